#include "store/PartyDirectory.h"

#include "import/Gazetteer.h"
#include "store/Database.h"
#include "store/SqlWriter.h"
#include "store/StoreProblem.h"
#include "text/Fold.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace concord {

namespace {
/// The party and everything merged into it, transitively (a merger chain is short; UNION stops cycles).
const char* const LineageCte = "WITH RECURSIVE lineage(id) AS (SELECT CAST(? AS BIGINT) UNION "
                               "SELECT party.id FROM party JOIN lineage ON party.merged_into = lineage.id) ";
} // namespace

PartyDirectory::PartyDirectory(const Database& database, const Gazetteer& gazetteer)
    : m_database(database)
    , m_gazetteer(gazetteer)
{ }

Error PartyDirectory::failure(const QSqlQuery& query) const
{
    return Error { m_database.path(), 0, -1,
        tr("The parties cannot be read: %1").arg(StoreProblem::describe(query.lastError())) };
}

Result<QList<PartyRecord>> PartyDirectory::select(const QString& where, const QVariantList& values) const
{
    QList<PartyRecord> result;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT p.id, p.key, p.kind, p.name_vi, p.name_zh, p.merged_into, p.merged_on, "
                                 "(SELECT group_concat(a.language || ':' || a.name, '\x1f') FROM party_alias a "
                                 "WHERE a.party_id = p.id) FROM party p %1 ORDER BY p.name_vi, p.id")
                      .arg(where));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    while (query.next()) {
        PartyRecord party;
        party.id = query.value(0).toLongLong();
        party.key = query.value(1).toString();
        party.kind = query.value(2).toString();
        party.nameVi = query.value(3).toString();
        party.nameZh = query.value(4).toString();
        party.mergedInto = query.value(5).toLongLong();
        party.mergedOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        const QStringList aliases = query.value(7).toString().split(QChar(31), Qt::SkipEmptyParts);
        for (const QString& alias : aliases)
            (alias.startsWith(QLatin1String("zh:")) ? party.aliasesZh : party.aliasesVi).append(alias.mid(3));
        result.append(party);
    }
    for (PartyRecord& party : result) {
        const auto agreements = agreementsOf(party.id);
        if (!agreements)
            return agreements.error();
        party.agreements = int(agreements->size());
    }
    return result;
}

Result<QList<PartyRecord>> PartyDirectory::parties() const
{
    return select(QString(), {});
}

Result<std::optional<PartyRecord>> PartyDirectory::find(const QString& name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return std::optional<PartyRecord>();
    QString key;
    if (const Place* place = m_gazetteer.resolve(trimmed))
        key = place->id;
    const auto found = select(QStringLiteral("WHERE p.key = ?"), { key.isEmpty() ? trimmed : key });
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return std::optional(found->front());
    // A party the gazetteer does not know: match its stored names, any case and marks.
    const auto all = parties();
    if (!all)
        return all.error();
    const QString folded = Fold::fold(trimmed);
    for (const PartyRecord& party : all.value()) {
        if (Fold::fold(party.nameVi) == folded || Fold::fold(party.nameZh) == folded)
            return std::optional(party);
    }
    return std::optional<PartyRecord>();
}

Result<QList<qint64>> PartyDirectory::lineage(qint64 partyId) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(LineageCte) + QStringLiteral("SELECT id FROM lineage ORDER BY id"));
    query.addBindValue(partyId);
    if (!query.exec())
        return failure(query);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> PartyDirectory::agreementsOf(qint64 partyId) const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromLatin1(LineageCte)
        + QStringLiteral("SELECT agreement.id FROM agreement WHERE agreement.id IN (SELECT ap.agreement_id FROM "
                         "agreement_party ap WHERE ap.party_id IN (SELECT id FROM lineage)) "
                         "ORDER BY agreement.signed_on IS NULL, agreement.signed_on DESC, agreement.id"));
    query.addBindValue(partyId);
    if (!query.exec())
        return failure(query);
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<PartyRecord>> PartyDirectory::partiesOf(qint64 agreementId) const
{
    return select(
        QStringLiteral("WHERE p.id IN (SELECT party_id FROM agreement_party WHERE agreement_id = ?)"), { agreementId });
}

qint64 PartyDirectory::ensure(SqlWriter& writer, const Gazetteer& gazetteer, const QString& key)
{
    const QVariantList found = writer.firstRow(QStringLiteral("SELECT id FROM party WHERE key = ?"), { key });
    if (!found.isEmpty())
        return found.front().toLongLong();
    const Place* place = gazetteer.place(key);
    QVariant successor; // NULL unless merged
    QVariant mergedOn;
    if (place && !place->mergedInto.isEmpty()) {
        successor = ensure(writer, gazetteer, place->mergedInto);
        mergedOn = place->mergedOn.toString(Qt::ISODate);
    }
    const QString nameVi = place && !place->vietnamese.isEmpty() ? place->vietnamese.front() : key;
    const QString nameZh = place && !place->chinese.isEmpty() ? place->chinese.front() : QString();
    const qint64 id
        = writer.insert(QStringLiteral("INSERT INTO party (key, kind, name_vi, name_zh, merged_into, merged_on) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
            { key, place ? place->kind : QString(), nameVi, nameZh, successor, mergedOn });
    if (place) {
        const QString alias = QStringLiteral("INSERT INTO party_alias (party_id, language, name) VALUES (?, ?, ?)");
        for (const QString& name : place->vietnamese)
            writer.run(alias, { id, QStringLiteral("vi"), name });
        for (const QString& name : place->chinese)
            writer.run(alias, { id, QStringLiteral("zh"), name });
    }
    return id;
}

} // namespace concord
