#pragma once

#include "commit/CommitmentTally.h"
#include "store/CommitmentStore.h"

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

class BackgroundLoader;
class Clock;
class CommitmentModel;
struct StoreChange;
class Database;
class Gazetteer;

/// The commitment board: every commitment with filters (party with its merged predecessors, status, review,
/// due range, agreement, overdue today), the counts of what it shows (CommitmentTally), status changed in place,
/// and for the selected one its evidence, review (accept, edit, reject), notes and history. The list is read on a
/// worker thread (its own connection to the store), so a large store opens without freezing the window; any
/// change the store announces reloads it.
class CommitmentBoard : public QWidget
{
    Q_OBJECT

public:
    CommitmentBoard(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);
    ~CommitmentBoard() override;

    /// Reads the list again with the current filters (in the background); loaded() follows.
    void reload();
    bool isLoading() const;
    /// The numbers the summary line shows: of the listed commitments, as of today.
    CommitmentTally tally() const;

    CommitmentModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    CommitmentFilter currentFilter() const;
    void setPartyFilter(const QString& party);
    void setAgreementFilter(qint64 agreementId);
    /// Which review states the list shows: accepted and candidates (the default), or one of them, or rejected.
    void setReviewFilter(const QList<Review>& reviews);

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
    void showLoaded(const Result<QList<StoredCommitment>>& result);
    void storeChanged(const StoreChange& change);
    void showDetails();
    void showSummary();
    void refreshOne(qint64 id);
    /// After a tracker change: the row refreshed, or \a failureTitle and the reason in a message box.
    bool track(qint64 id, const QString& failureTitle, const Result<void>& done);
    void editAndAccept();

    std::unique_ptr<Ui::CommitmentBoard> m_ui;
    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    CommitmentModel* m_model = nullptr;
    BackgroundLoader* m_loader = nullptr;
    QComboBox* m_party = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_review = nullptr;
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
