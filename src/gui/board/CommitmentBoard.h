#pragma once

#include "commit/CommitmentTally.h"
#include "store/CommitmentStore.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

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
/// worker thread (its own connection to the store), so a large store opens without freezing the window: the
/// first FirstWindow rows by due date come first and are shown at once, the whole list follows; any change the
/// store announces reloads it.
class CommitmentBoard : public QWidget
{
    Q_OBJECT

public:
    CommitmentBoard(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);
    ~CommitmentBoard() override;

    /// How many rows are read first, to show before the whole list arrives: more than a screen holds.
    static constexpr int FirstWindow = 300;

    /// Reads the list again with the current filters (in the background); loaded() follows.
    void reload();
    /// Until the whole list is shown (the first window may be).
    bool isLoading() const;
    /// The numbers the summary line shows: of the listed commitments, as of today (counted on the worker that
    /// read them).
    CommitmentTally tally() const { return m_tally; }

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
    /// What a worker reads: the rows, and their counts by the rules (on the worker, not the GUI thread).
    struct Listed
    {
        QList<StoredCommitment> rows;
        CommitmentTally tally;
    };

    void retranslate();
    void fitColumns();
    void fillChoices();
    void showLoaded(Result<Listed> result);
    void showFirst(Result<Listed> result);
    /// The rows into the model (moved: a shared list would be copied when sorted), sorted as the view is, the
    /// selection kept; false after a message box.
    bool showRows(QList<StoredCommitment> rows);
    void storeChanged(const StoreChange& change);
    void showDetails();
    void showSummary();
    void refreshOne(qint64 id);
    /// After a tracker change: the row refreshed, or \a failureTitle and the reason in a message box.
    /// Makes \a change to commitment \a id with the version this board shows of it; when somebody changed it since,
    /// asks whether to apply it anyway (else the row shows theirs); says why a change failed.
    bool track(
        qint64 id, const QString& failureTitle, const std::function<Result<void>(std::optional<qint64>)>& change);
    void editAndAccept();

    std::unique_ptr<Ui::CommitmentBoard> m_ui;
    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    CommitmentModel* m_model = nullptr;
    BackgroundLoader* m_loader = nullptr;
    BackgroundLoader* m_firstLoader = nullptr; ///< the first window, read beside the whole list
    CommitmentTally m_tally; ///< of the whole list last read
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
