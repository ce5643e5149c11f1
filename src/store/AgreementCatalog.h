#pragma once

#include "commit/CommitmentStatus.h"
#include "commit/CommitmentTally.h"
#include "model/Agreement.h"
#include "model/Result.h"
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
    CommitmentTally tally; ///< its commitments not rejected (accepted and candidates), on the catalog's day

    int commitments() const { return tally.total; }
};

/// Reads every agreement with its parties and commitment counts in a few queries (not one per agreement),
/// for the agreements list and its filters.
class AgreementCatalog
{
public:
    AgreementCatalog(const Database& database, const Gazetteer& gazetteer);

    /// Newest signing first; counted as of \a asOf by CommitmentTally. Fails when the store cannot be read.
    Result<QList<CatalogEntry>> entries(const QDate& asOf) const;

private:
    const Database& m_database;
    const Gazetteer& m_gazetteer;
};

} // namespace concord
