#pragma once

#include "store/CommitmentStore.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTreeWidget;

namespace Ui {
class CommitmentBoard;
}

namespace concord {

class Clock;
class CommitmentModel;
class Database;
class Gazetteer;

/// The commitment board: every commitment with filters (party with its merged predecessors, status, due
/// range, agreement, overdue today), a count per status, status changed in place, and for the selected
/// one its evidence, review (accept, edit, reject), notes and history. The list is read on a worker thread
/// (its own connection to the store), so a large store opens without freezing the window.
class CommitmentBoard : public QWidget
{
    Q_OBJECT

public:
    CommitmentBoard(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);
    ~CommitmentBoard() override;

    /// Reads the list again with the current filters (in the background).
    void reload();
    bool isLoading() const;
    /// Waits for a reload in progress (tests, and before closing).
    void waitForLoad();

    CommitmentModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    CommitmentFilter currentFilter() const;
    void setPartyFilter(const QString& party);
    void setAgreementFilter(qint64 agreementId);

    /// The actions on the selected commitment, as the buttons do them; false (and a message) on failure.
    bool setStatus(qint64 id, CommitmentStatus status);
    bool addNote(qint64 id, const QString& note);
    bool accept(qint64 id);
    bool reject(qint64 id);
    qint64 currentId() const;

    /// Column widths, sort order and the split between list and details, to keep between runs.
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);
    void selectCommitment(qint64 id);

signals:
    void loaded();
    /// A commitment changed (status, review, note): other screens may count differently.
    void commitmentsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillChoices();
    void showLoaded();
    void showDetails();
    void showSummary();
    void refreshOne(qint64 id);
    /// After a tracker change: the row refreshed, or \a failureTitle and the reason in a message box.
    bool track(qint64 id, const QString& failureTitle, const Result<bool>& done);
    void editAndAccept();

    std::unique_ptr<Ui::CommitmentBoard> m_ui;
    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    CommitmentModel* m_model = nullptr;
    QFutureWatcher<Result<QList<StoredCommitment>>> m_watcher;
    bool m_reloadAgain = false;
    QComboBox* m_party = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_agreement = nullptr;
    QCheckBox* m_overdue = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_reject = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_addNote = nullptr;
    QTreeWidget* m_history = nullptr;
    QSplitter* m_splitter = nullptr;
};

} // namespace concord
