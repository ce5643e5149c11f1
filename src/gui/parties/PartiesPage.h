#pragma once

#include "commit/CommitmentTally.h"
#include "gui/LazyPage.h"
#include "model/Agreement.h"
#include "model/Result.h"
#include "store/PartyDirectory.h"

#include <QHash>

#include <memory>

class QTextBrowser;
class QTreeWidget;

namespace Ui {
class PartiesPage;
}

namespace concord {

class BackgroundLoader;
class Clock;
class Database;
class Gazetteer;

/// What the Parties screen reads on its worker thread: the parties and their agreements.
struct PartiesSnapshot
{
    QList<PartyRecord> parties;
    QList<Agreement> agreements;
    QHash<qint64, QList<qint64>> agreementsOf; ///< party id → its agreements and its predecessors'
};

/// What the Parties screen reads on its worker thread for the selected party: the counts of its accepted
/// commitments (and its predecessors'), those awaiting review, and the first ListedCommitments by next due — so
/// the GUI thread neither counts nor holds the tens of thousands a province may have.
struct PartyCommitments
{
    CommitmentTally tally;
    int awaiting = 0; ///< candidates, not counted in the tally
    int total = 0; ///< all it read, accepted and awaiting review
    QList<StoredCommitment> listed;
};

/// The parties: one row per real party with its names in both languages, kind, aliases and merger (a merged
/// province under its successor); for the selected one the counts of its accepted commitments (CommitmentTally, as
/// the board and the reports count) and those awaiting review, then its agreements and the first of its
/// commitments in lists (a list lays out only the rows in sight; a rich-text table of 200 rows took 130 ms on the
/// GUI thread) — counting those of the parties merged into it. The parties, then the selected party's commitments, are
/// read on a worker thread; the store's changes reload them.
class PartiesPage : public LazyPage
{
    Q_OBJECT

public:
    PartiesPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);
    ~PartiesPage() override;

    QTreeWidget* tree() const { return m_tree; }
    QTextBrowser* details() const { return m_details; }
    /// The selected party's agreements (title, signed on); activating one opens it.
    QTreeWidget* agreements() const { return m_agreements; }
    /// Its first ListedCommitments commitments, next due first (due, commitment, status).
    QTreeWidget* commitments() const { return m_commitmentList; }
    bool isLoading() const;
    /// Selects party \a partyId; its commitments are read in the background (isLoading() until then).
    void selectParty(qint64 partyId);
    /// The counts the details show for the selected party: its accepted commitments and its predecessors'.
    CommitmentTally selectedTally() const;

    /// At most this many of the selected party's commitments are listed (the board lists them all).
    static constexpr int ListedCommitments = 200;

signals:
    void openRequested(qint64 agreementId);
    void loaded();

protected:
    void load() override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fitColumns();
    void showLoaded(const Result<PartiesSnapshot>& result);
    void showDetails();
    void loadCommitments();

    std::unique_ptr<Ui::PartiesPage> m_ui;
    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    BackgroundLoader* m_loader = nullptr;
    BackgroundLoader* m_commitmentLoader = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTextBrowser* m_details = nullptr;
    QTreeWidget* m_agreements = nullptr;
    QTreeWidget* m_commitmentList = nullptr;
    PartiesSnapshot m_snapshot;
    qint64 m_commitmentsOf = 0; ///< the party m_commitments belong to
    PartyCommitments m_commitments;
};

} // namespace concord
