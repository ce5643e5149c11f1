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

/// What the Parties screen reads on its worker thread.
struct PartiesSnapshot
{
    QList<PartyRecord> parties;
    QList<Agreement> agreements;
    QHash<qint64, QList<qint64>> agreementsOf; ///< party id → its agreements and its predecessors'
    QList<StoredCommitment> commitments; ///< accepted and awaiting review
};

/// The parties: one row per real party with its names in both languages, kind, aliases and merger (a merged
/// province under its successor); for the selected one its agreements, the counts of its accepted commitments
/// (CommitmentTally, as the board and the reports count), those awaiting review, and the commitments themselves —
/// counting those of the parties merged into it. Read on a worker thread; the store's changes reload it.
class PartiesPage : public LazyPage
{
    Q_OBJECT

public:
    PartiesPage(Database& database, const Gazetteer& gazetteer, const Clock& clock, QWidget* parent = nullptr);
    ~PartiesPage() override;

    QTreeWidget* tree() const { return m_tree; }
    QTextBrowser* details() const { return m_details; }
    bool isLoading() const;
    /// The counts the details show for party \a partyId: its accepted commitments and its predecessors'.
    CommitmentTally tallyOf(qint64 partyId) const;

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
    /// Party \a partyId's commitments and its predecessors' (by responsible party).
    QList<const StoredCommitment*> commitmentsOf(qint64 partyId) const;

    std::unique_ptr<Ui::PartiesPage> m_ui;
    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    BackgroundLoader* m_loader = nullptr;
    QTreeWidget* m_tree = nullptr;
    QTextBrowser* m_details = nullptr;
    PartiesSnapshot m_snapshot;
};

} // namespace concord
