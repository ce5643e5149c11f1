#pragma once

#include "commit/DeadlineSchedule.h"
#include "gui/LazyPage.h"
#include "model/Result.h"

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Ui {
class DeadlinesPage;
}

namespace concord {

class BackgroundLoader;
class Clock;
class Database;
class Gazetteer;

/// What falls due (DeadlineSchedule): every overdue commitment, the statuses to confirm, then the coming months
/// one group each (a recurring commitment once per open period), then the periods before tracking started,
/// greyed, which can be closed in bulk per agreement. Read on a worker thread; the store's changes reload it.
/// Double-clicking a deadline asks to show it on the board.
class DeadlinesPage : public LazyPage
{
    Q_OBJECT

public:
    /// Lines listed under one heading; the rest are counted on a last line (the board lists them all). A
    /// department's ten years can hold tens of thousands of overdue periods: making a line for each froze the
    /// window for seconds, and nobody reads that far down a heading.
    static constexpr int ShownPerGroup = 100;
    /// The earliest-due commitments read first and shown (headings without counts) while the rest is read.
    static constexpr int FirstWindow = 300;

    DeadlinesPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);
    ~DeadlinesPage() override;

    QTreeWidget* tree() const { return m_tree; }
    /// Whether commitments awaiting review are listed with the accepted ones (the default).
    void setIncludeCandidates(bool include);
    bool isLoading() const;
    /// The schedule on screen (its tally is the summary line).
    const DeadlineSchedule& schedule() const { return *m_schedule; }
    /// Closes the history of the agreement of the selected history line: every period before its tracked-from
    /// day set to \a status with \a note. False (and a message) when it cannot.
    bool closeHistory(qint64 agreementId, CommitmentStatus status, const QString& note);

signals:
    void showCommitment(qint64 id);
    void loaded();

protected:
    void load() override;
    void changeEvent(QEvent* event) override;

private:
    /// What the worker reads and builds: the commitments and their schedule.
    struct Scheduled
    {
        QList<StoredCommitment> commitments;
        std::shared_ptr<const DeadlineSchedule> schedule;
        bool partial = false; ///< the first window only
    };

    void retranslate();
    void showLoaded(Result<Scheduled> result);
    void askCloseHistory();

    std::unique_ptr<Ui::DeadlinesPage> m_ui;
    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    BackgroundLoader* m_loader = nullptr;
    BackgroundLoader* m_firstLoader = nullptr; ///< the earliest deadlines, read beside the whole schedule
    QSpinBox* m_months = nullptr;
    QCheckBox* m_candidates = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_closeHistory = nullptr;
    QTreeWidget* m_tree = nullptr;
    QList<StoredCommitment> m_commitments;
    std::shared_ptr<const DeadlineSchedule> m_schedule;
};

} // namespace concord
