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

AgreementCatalog::AgreementCatalog(const Database& database)
    : m_database(database)
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
    QSqlQuery parties(db);
    parties.setForwardOnly(true);
    if (parties.exec(QStringLiteral("SELECT ap.agreement_id, p.id, p.key, p.kind, p.name_vi, p.name_zh, "
                                    "coalesce(p.merged_into, 0), p.merged_on FROM agreement_party ap JOIN party p "
                                    "ON p.id = ap.party_id ORDER BY ap.agreement_id, ap.rowid"))) {
        while (parties.next()) {
            PartyRecord party;
            party.id = parties.value(1).toLongLong();
            party.key = parties.value(2).toString();
            party.kind = parties.value(3).toString();
            party.nameVi = parties.value(4).toString();
            party.nameZh = parties.value(5).toString();
            party.mergedInto = parties.value(6).toLongLong();
            party.mergedOn = QDate::fromString(parties.value(7).toString(), Qt::ISODate);
            if (index.contains(parties.value(0).toLongLong()))
                result[index.value(parties.value(0).toLongLong())].parties.append(party);
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
