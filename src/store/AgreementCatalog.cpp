#include "store/AgreementCatalog.h"

#include "store/Database.h"

#include <QSqlQuery>

namespace concord {

int CatalogEntry::commitments() const
{
    int total = 0;
    for (const int n : byStatus)
        total += n;
    return total;
}

AgreementCatalog::AgreementCatalog(const Database& database, const Gazetteer& gazetteer)
    : m_database(database)
    , m_gazetteer(gazetteer)
{ }

QList<CatalogEntry> AgreementCatalog::entries(const QDate& asOf) const
{
    QList<CatalogEntry> result;
    QHash<qint64, qsizetype> index;
    for (const Agreement& a : m_database.agreements()) {
        index.insert(a.id, result.size());
        result.append({ a, {}, {}, 0, 0 });
    }
    const QSqlDatabase db = m_database.connection();
    QHash<qint64, PartyRecord> partyById;
    for (const PartyRecord& party : PartyDirectory(m_database, m_gazetteer).parties())
        partyById.insert(party.id, party);
    QSqlQuery parties(db);
    parties.setForwardOnly(true);
    if (parties.exec(
            QStringLiteral("SELECT agreement_id, party_id FROM agreement_party ORDER BY agreement_id, rowid"))) {
        while (parties.next()) {
            const qint64 agreement = parties.value(0).toLongLong();
            if (index.contains(agreement) && partyById.contains(parties.value(1).toLongLong()))
                result[index.value(agreement)].parties.append(partyById.value(parties.value(1).toLongLong()));
        }
    }
    QSqlQuery counts(db);
    counts.setForwardOnly(true);
    if (counts.exec(QStringLiteral("SELECT agreement_id, status, review, count(*) FROM commitment "
                                   "WHERE review <> 'rejected' GROUP BY agreement_id, status, review"))) {
        while (counts.next()) {
            if (!index.contains(counts.value(0).toLongLong()))
                continue;
            CatalogEntry& entry = result[index.value(counts.value(0).toLongLong())];
            const auto status = CommitmentStatusRules::fromKey(counts.value(1).toString());
            entry.byStatus[status.value_or(CommitmentStatus::NotStarted)] += counts.value(3).toInt();
            if (counts.value(2).toString() == QLatin1String("candidate"))
                entry.toReview += counts.value(3).toInt();
        }
    }
    // Overdue: a dated commitment still open past its day, or a yearly one with a year still open past its day.
    QSqlQuery overdue(db);
    overdue.setForwardOnly(true);
    overdue.prepare(
        QStringLiteral("SELECT c.agreement_id, count(*) FROM commitment c WHERE c.review <> 'rejected' AND ("
                       " (c.recurrence IS NULL AND c.due < ?1 AND c.status NOT IN ('done', 'cancelled'))"
                       " OR EXISTS (SELECT 1 FROM commitment_occurrence o WHERE o.commitment_id = c.id AND o.due < ?1"
                       " AND o.status NOT IN ('done', 'cancelled'))) GROUP BY c.agreement_id"));
    overdue.addBindValue(asOf.toString(Qt::ISODate));
    if (overdue.exec()) {
        while (overdue.next()) {
            if (index.contains(overdue.value(0).toLongLong()))
                result[index.value(overdue.value(0).toLongLong())].overdue = overdue.value(1).toInt();
        }
    }
    return result;
}

} // namespace concord
