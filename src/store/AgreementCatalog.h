#pragma once

#include "commit/CommitmentStatus.h"
#include "model/Agreement.h"
#include "store/PartyDirectory.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace concord {

class Database;
class Gazetteer;

/// One line of the agreements list: the header, the parties, and how its commitments stand.
struct CatalogEntry
{
    Agreement header;
    QList<PartyRecord> parties; ///< as the documents name them
    QHash<CommitmentStatus, int> byStatus; ///< commitments not rejected, by status
    int overdue = 0; ///< of those, overdue on the catalog's day
    int toReview = 0; ///< candidates nobody has looked at

    int commitments() const;
};

/// Reads every agreement with its parties and commitment counts in a few queries (not one per agreement),
/// for the agreements list and its filters.
class AgreementCatalog
{
public:
    AgreementCatalog(const Database& database, const Gazetteer& gazetteer);

    /// Newest signing first; overdue counted as of \a asOf.
    QList<CatalogEntry> entries(const QDate& asOf) const;

private:
    const Database& m_database;
    const Gazetteer& m_gazetteer;
};

} // namespace concord
