#include "store/CommitmentStore.h"

#include "import/Gazetteer.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"
#include "store/StoreProblem.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <numeric>

namespace concord {

namespace {

QDate dateOf(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

Evidence evidenceOf(const QJsonObject& object)
{
    return { object.value(QStringLiteral("vi")).toString(), object.value(QStringLiteral("zh")).toString() };
}

QString idList(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/// The filters that follow the rules (status shown, due range of the next due day, overdue), then soonest first by
/// the date to follow up (a recurring one moves on as its periods are done); undated last.
QList<StoredCommitment> finish(QList<StoredCommitment> result, const CommitmentFilter& filter)
{
    result.removeIf([&filter](const StoredCommitment& s) {
        const QDate due = s.nextDue();
        if (!filter.statuses.isEmpty() && !filter.statuses.contains(s.currentStatus()))
            return true;
        if (filter.dueFrom.isValid() && (!due.isValid() || due < filter.dueFrom))
            return true;
        if (filter.dueTo.isValid() && (!due.isValid() || due > filter.dueTo))
            return true;
        return filter.overdueAsOf.isValid() && !s.isOverdue(filter.overdueAsOf);
    });
    // By next due day (undated last), each day computed once; the rows are moved once, not at every step of the
    // sort (a commitment is a large value).
    QList<QDate> due(result.size());
    for (qsizetype k = 0; k < result.size(); ++k)
        due[k] = result[k].nextDue();
    QList<qsizetype> order(result.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&due](qsizetype a, qsizetype b) {
        const QDate& x = due[a];
        const QDate& y = due[b];
        if (x.isValid() != y.isValid())
            return x.isValid();
        return x < y;
    });
    QList<StoredCommitment> sorted;
    sorted.reserve(result.size());
    for (const qsizetype k : order)
        sorted.append(std::move(result[k]));
    result = std::move(sorted);
    return result;
}

} // namespace

CommitmentStore::CommitmentStore(const Database& database, const Gazetteer& gazetteer)
    : m_database(database)
    , m_gazetteer(gazetteer)
{ }

QString CommitmentStore::reviewKey(Review review)
{
    switch (review) {
    case Review::Candidate:
        return QStringLiteral("candidate");
    case Review::Accepted:
        return QStringLiteral("accepted");
    case Review::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("candidate");
}

std::optional<Review> CommitmentStore::reviewFromKey(QStringView key)
{
    for (const Review review : { Review::Candidate, Review::Accepted, Review::Rejected }) {
        if (reviewKey(review) == key)
            return review;
    }
    return std::nullopt;
}

Error CommitmentStore::error(const QString& message) const
{
    return Error { m_database.path(), 0, -1, message };
}

Result<QList<StoredCommitment>> CommitmentStore::list(const CommitmentFilter& filter) const
{
    const QSqlDatabase db = m_database.connection();
    QStringList where;
    QVariantList values;
    if (filter.agreementId > 0) {
        where.append(QStringLiteral("c.agreement_id = ?"));
        values.append(filter.agreementId);
    }
    if (!filter.party.isEmpty()) {
        const PartyDirectory directory(m_database, m_gazetteer);
        const auto party = directory.find(filter.party);
        if (!party)
            return party.error();
        if (!party.value())
            return error(tr("No party called \"%1\" in this store.").arg(filter.party));
        const auto lineage = directory.lineage(party.value()->id);
        if (!lineage)
            return lineage.error();
        where.append(QStringLiteral("c.id IN (SELECT commitment_id FROM commitment_party WHERE role = 'responsible' "
                                    "AND party_id IN (SELECT value FROM json_each(?)))"));
        values.append(idList(lineage.value()));
    }
    QStringList reviews;
    for (const Review review : filter.reviews)
        reviews.append(QLatin1Char('\'') + reviewKey(review) + QLatin1Char('\''));
    where.append(QStringLiteral("c.review IN (%1)").arg(reviews.isEmpty() ? QStringLiteral("''") : reviews.join(u',')));

    if (filter.limit > 0) {
        // The window's ids first, by the indexed columns alone (dated ones through the due index, then undated
        // ones if room is left): sorting 100,000 full rows to keep 300 would read every text.
        QList<qint64> ids;
        for (const QString& dated : { QStringLiteral("c.due IS NOT NULL"), QStringLiteral("c.due IS NULL") }) {
            QSqlQuery window(db);
            window.setForwardOnly(true);
            window.prepare(QStringLiteral("SELECT c.id FROM commitment c WHERE %1 AND %2 ORDER BY c.due, "
                                          "c.agreement_id, c.position LIMIT %3")
                               .arg(where.join(QStringLiteral(" AND ")), dated)
                               .arg(filter.limit - ids.size()));
            for (const QVariant& value : values)
                window.addBindValue(value);
            if (!window.exec())
                return error(tr("The commitments cannot be read: %1").arg(StoreProblem::describe(window.lastError())));
            while (window.next())
                ids.append(window.value(0).toLongLong());
            if (ids.size() >= filter.limit)
                break;
        }
        where.append(QStringLiteral("c.id IN (SELECT value FROM json_each(?))"));
        values.append(idList(ids));
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT c.id, c.agreement_id, CASE WHEN a.title_vi <> '' THEN a.title_vi ELSE a.title_zh END, c.kind, c.label, "
        "%2, c.quantity, c.due, c.due_text, c.recurrence, c.confidence, %3, "
        "c.review, c.status, (SELECT p.position FROM alignment_pair p WHERE p.id = c.pair_id), a.title_zh, "
        "a.tracked_from, EXISTS (SELECT 1 FROM commitment_event e WHERE e.commitment_id = c.id AND e.field = "
        "'status'), "
        "c.label_zh, c.version "
        "FROM commitment c JOIN agreement a ON a.id = c.agreement_id WHERE %1 "
        "ORDER BY c.due IS NULL, c.due, c.agreement_id, c.position")
                      .arg(where.join(QStringLiteral(" AND ")),
                          // Counting needs neither the texts nor the evidence: NULLs cost nothing to read.
                          filter.details ? QStringLiteral("c.text_vi, c.text_zh") : QStringLiteral("NULL, NULL"),
                          filter.details ? QStringLiteral("c.evidence, c.warnings") : QStringLiteral("NULL, NULL")));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return error(tr("The commitments cannot be read: %1").arg(StoreProblem::describe(query.lastError())));
    QList<StoredCommitment> result;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        StoredCommitment s;
        s.id = query.value(0).toLongLong();
        s.agreementId = query.value(1).toLongLong();
        s.agreementTitle = query.value(2).toString();
        CommitmentCandidate& c = s.found;
        c.kind = CommitmentCandidate::kindFromKey(query.value(3).toString()).value_or(CommitmentKind::Clause);
        c.label = query.value(4).toString();
        c.vi = query.value(5).toString();
        c.zh = query.value(6).toString();
        c.quantity = query.value(7).toString();
        c.due = dateOf(query.value(8));
        c.dueText = query.value(9).toString();
        c.recurrence = RecurrenceRules::fromKey(query.value(10).toString()).value_or(Recurrence::None);
        c.confidence = query.value(11).toDouble();
        const QJsonObject evidence
            = filter.details ? QJsonDocument::fromJson(query.value(12).toString().toUtf8()).object() : QJsonObject();
        c.action = evidenceOf(evidence.value(QStringLiteral("action")).toObject());
        c.actorEvidence = evidenceOf(evidence.value(QStringLiteral("actor")).toObject());
        c.dueEvidence = evidenceOf(evidence.value(QStringLiteral("due")).toObject());
        c.quantityEvidence = evidenceOf(evidence.value(QStringLiteral("quantity")).toObject());
        c.recurrenceEvidence = evidenceOf(evidence.value(QStringLiteral("recurrence")).toObject());
        c.leadAgency = evidenceOf(evidence.value(QStringLiteral("lead_agency")).toObject());
        c.supportingAgencies = evidenceOf(evidence.value(QStringLiteral("supporting_agencies")).toObject());
        c.warnings = query.value(13).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        s.review = reviewFromKey(query.value(14).toString()).value_or(Review::Candidate);
        s.status = CommitmentStatusRules::fromKey(query.value(15).toString()).value_or(CommitmentStatus::NotStarted);
        c.pair = query.value(16).isNull() ? -1 : query.value(16).toInt();
        s.agreementTitleZh = query.value(17).toString();
        s.trackedFrom = dateOf(query.value(18));
        s.statusSet = query.value(19).toBool();
        c.labelZh = query.value(20).toString();
        s.version = query.value(21).toLongLong();
        index.insert(s.id, result.size());
        result.append(std::move(s));
    }
    if (result.isEmpty())
        return result;

    // Parties, years and latest notes of all of them at once.
    QList<qint64> ids = index.keys();
    const QString idsJson = idList(ids);
    QSqlQuery parties(db);
    parties.setForwardOnly(true);
    // Without details (counting), nobody asks who is responsible: 600,000 party links are not read.
    parties.prepare(QStringLiteral("SELECT cp.commitment_id, p.key, cp.role FROM commitment_party cp JOIN party p "
                                   "ON p.id = cp.party_id WHERE cp.commitment_id IN (SELECT value FROM json_each(?)) "
                                   "ORDER BY cp.rowid"));
    parties.addBindValue(idsJson);
    if (filter.details && !parties.exec())
        return error(tr("The commitments cannot be read: %1").arg(StoreProblem::describe(parties.lastError())));
    if (filter.details) {
        while (parties.next()) {
            CommitmentCandidate& c = result[index.value(parties.value(0).toLongLong())].found;
            (parties.value(2).toString() == QLatin1String("responsible") ? c.responsible : c.counterparty)
                .append(parties.value(1).toString());
        }
    }
    QSqlQuery years(db);
    years.setForwardOnly(true);
    years.prepare(QStringLiteral("SELECT commitment_id, id, due, status FROM commitment_occurrence "
                                 "WHERE commitment_id IN (SELECT value FROM json_each(?)) ORDER BY due"));
    years.addBindValue(idsJson);
    if (!years.exec())
        return error(tr("The commitments cannot be read: %1").arg(StoreProblem::describe(years.lastError())));
    {
        while (years.next()) {
            StoredCommitment& s = result[index.value(years.value(0).toLongLong())];
            s.occurrences.append({ years.value(1).toLongLong(), dateOf(years.value(2)),
                CommitmentStatusRules::fromKey(years.value(3).toString()).value_or(CommitmentStatus::NotStarted) });
            s.found.occurrences.append(dateOf(years.value(2)));
        }
    }
    if (!filter.details)
        return finish(std::move(result), filter);
    QSqlQuery notes(db);
    notes.setForwardOnly(true);
    notes.prepare(
        QStringLiteral("SELECT commitment_id, note FROM commitment_event WHERE id IN (SELECT max(id) FROM "
                       "commitment_event WHERE note <> '' AND commitment_id IN (SELECT value FROM json_each(?)) "
                       "GROUP BY commitment_id)"));
    notes.addBindValue(idsJson);
    if (!notes.exec())
        return error(tr("The commitments cannot be read: %1").arg(StoreProblem::describe(notes.lastError())));
    {
        while (notes.next())
            result[index.value(notes.value(0).toLongLong())].lastNote = notes.value(1).toString();
    }

    return finish(std::move(result), filter);
}

Result<StoredCommitment> CommitmentStore::get(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT agreement_id FROM commitment WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return error(tr("There is no commitment %1.").arg(id));
    CommitmentFilter filter;
    filter.agreementId = query.value(0).toLongLong();
    filter.reviews = { Review::Candidate, Review::Accepted, Review::Rejected };
    const auto all = list(filter);
    if (!all)
        return all.error();
    for (const StoredCommitment& s : all.value()) {
        if (s.id == id)
            return s;
    }
    return error(tr("There is no commitment %1.").arg(id));
}

Result<QList<CommitmentEvent>> CommitmentStore::history(qint64 id) const
{
    if (const auto found = get(id); !found)
        return found.error();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT e.at, e.field, e.old_value, e.new_value, e.note, e.link, o.due, e.changed_by FROM "
                       "commitment_event e LEFT JOIN commitment_occurrence o ON o.id = e.occurrence_id "
                       "WHERE e.commitment_id = ? ORDER BY e.id"));
    query.addBindValue(id);
    if (!query.exec())
        return error(tr("The history cannot be read: %1").arg(StoreProblem::describe(query.lastError())));
    QList<CommitmentEvent> events;
    while (query.next()) {
        events.append({ QDateTime::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            dateOf(query.value(6)), query.value(7).toString() });
    }
    return events;
}

} // namespace concord
