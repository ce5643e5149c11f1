#include "commit/CommitmentJson.h"

namespace concord {

namespace {
QJsonValue date(const QDate& day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject evidence(const Evidence& e)
{
    return QJsonObject { { QStringLiteral("vi"), text(e.vi) }, { QStringLiteral("zh"), text(e.zh) } };
}

QJsonValue agency(const Evidence& e)
{
    return e.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(evidence(e));
}
} // namespace

QJsonObject CommitmentJson::toJson(const CommitmentCandidate& c)
{
    QJsonArray occurrences;
    for (const QDate& day : c.occurrences)
        occurrences.append(day.toString(Qt::ISODate));
    return QJsonObject {
        { QStringLiteral("kind"), CommitmentCandidate::kindKey(c.kind) },
        { QStringLiteral("label"), text(c.label) },
        { QStringLiteral("vi"), text(c.vi) },
        { QStringLiteral("zh"), text(c.zh) },
        { QStringLiteral("action"), evidence(c.action) },
        { QStringLiteral("responsible"), QJsonArray::fromStringList(c.responsible) },
        { QStringLiteral("counterparty"), QJsonArray::fromStringList(c.counterparty) },
        { QStringLiteral("lead_agency"), agency(c.leadAgency) },
        { QStringLiteral("supporting_agencies"), agency(c.supportingAgencies) },
        { QStringLiteral("due"), date(c.due) },
        { QStringLiteral("due_text"), text(c.dueText) },
        { QStringLiteral("recurrence"),
            c.isRecurring() ? QJsonValue(RecurrenceRules::key(c.recurrence)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("anchor"), c.anchor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.anchor.key()) },
        { QStringLiteral("occurrences"), occurrences },
        { QStringLiteral("quantity"), text(c.quantity) },
        { QStringLiteral("confidence"), qRound(c.confidence * 100) / 100.0 },
        { QStringLiteral("evidence"),
            QJsonObject { { QStringLiteral("actor"), evidence(c.actorEvidence) },
                { QStringLiteral("due"), evidence(c.dueEvidence) },
                { QStringLiteral("quantity"), evidence(c.quantityEvidence) },
                { QStringLiteral("recurrence"), evidence(c.recurrenceEvidence) } } },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings) },
    };
}

QJsonArray CommitmentJson::toJson(const QList<CommitmentCandidate>& commitments)
{
    QJsonArray array;
    for (const CommitmentCandidate& c : commitments)
        array.append(toJson(c));
    return array;
}

} // namespace concord
