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

/// The parties: one row per real party with its names in both languages, kind, aliases and merger (a merged
/// province under its successor); for the selected one its agreements, the counts of its accepted commitments
/// (CommitmentTally, as the board and the reports count), those awaiting review, and the first of its commitments —
/// counting those of the parties merged into it. The parties, then the selected party's commitments, are read on a
/// worker thread; the store's changes reload them.
class PartiesPage : public LazyPage
{
    Q_OBJECT

public:
    PartiesPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);
    ~PartiesPage() override;

    QTreeWidget* tree() const { return m_tree; }
    QTextBrowser* details() const { return m_details; }
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
    PartiesSnapshot m_snapshot;
    qint64 m_commitmentsOf = 0; ///< the party m_commitments belong to
    QList<StoredCommitment> m_commitments; ///< its commitments, accepted and awaiting review
};

} // namespace concord
