#include "store/AgreementCatalog.h"

#include "store/CommitmentStore.h"
#include "store/Database.h"
#include "store/StoreProblem.h"

#include <QSqlError>
#include <QSqlQuery>

namespace concord {

AgreementCatalog::AgreementCatalog(const Database& database, const Gazetteer& gazetteer)
    : m_database(database)
    , m_gazetteer(gazetteer)
{ }

Result<QList<CatalogEntry>> AgreementCatalog::entries(const QDate& asOf) const
{
    const auto agreements = m_database.agreements();
    if (!agreements)
        return agreements.error();
    QList<CatalogEntry> result;
    QHash<qint64, qsizetype> index;
    for (const Agreement& a : agreements.value()) {
        index.insert(a.id, result.size());
        result.append({ a, {}, CommitmentTally(asOf) });
    }
    const auto parties = PartyDirectory(m_database, m_gazetteer).parties();
    if (!parties)
        return parties.error();
    QHash<qint64, PartyRecord> partyById;
    for (const PartyRecord& party : parties.value())
        partyById.insert(party.id, party);
    QSqlQuery links(m_database.connection());
    links.setForwardOnly(true);
    if (!links.exec(
            QStringLiteral("SELECT agreement_id, party_id FROM agreement_party ORDER BY agreement_id, rowid"))) {
        return Error { m_database.path(), 0, -1,
            QCoreApplication::translate("concord::AgreementCatalog", "The agreements cannot be read: %1")
                .arg(StoreProblem::describe(links.lastError())) };
    }
    while (links.next()) {
        const qint64 agreement = links.value(0).toLongLong();
        if (index.contains(agreement) && partyById.contains(links.value(1).toLongLong()))
            result[index.value(agreement)].parties.append(partyById.value(links.value(1).toLongLong()));
    }
    // The counts come from the same rules as every other view: CommitmentTally over the stored commitments.
    CommitmentFilter counting;
    counting.details = false;
    const auto commitments = CommitmentStore(m_database, m_gazetteer).list(counting);
    if (!commitments)
        return commitments.error();
    for (const StoredCommitment& c : commitments.value()) {
        if (index.contains(c.agreementId))
            result[index.value(c.agreementId)].tally.add(c);
    }
    return result;
}

} // namespace concord
