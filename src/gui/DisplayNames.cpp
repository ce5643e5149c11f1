#include "gui/DisplayNames.h"

#include "import/Gazetteer.h"
#include "text/DateText.h"

#include <QLocale>

namespace concord {

bool DisplayNames::chineseFirst()
{
    return tr("vi", "language whose text the summaries show first") == QLatin1String("zh");
}

QString DisplayNames::kind(AgreementKind kind)
{
    switch (kind) {
    case AgreementKind::Agreement:
        // The kind (thỏa thuận / 协议), not the glossary's "agreement" of any kind (văn bản).
        return tr("Agreement", "kind of document");
    case AgreementKind::Minutes:
        return tr("Minutes");
    case AgreementKind::Memorandum:
        return tr("Memorandum");
    case AgreementKind::Letter:
        return tr("Letter");
    case AgreementKind::JointStatement:
        return tr("Joint statement");
    case AgreementKind::Other:
        break;
    }
    return tr("Other");
}

QString DisplayNames::validity(ValidityState state)
{
    switch (state) {
    case ValidityState::NotYetInForce:
        return tr("Not yet in force");
    case ValidityState::InForce:
        return tr("In force");
    case ValidityState::ExpiringSoon:
        return tr("Expiring within 90 days");
    case ValidityState::Expired:
        return tr("Expired");
    case ValidityState::Unknown:
        break;
    }
    return tr("Validity unknown");
}

QString DisplayNames::status(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::NotStarted:
        return tr("Not started");
    case CommitmentStatus::InProgress:
        return tr("In progress");
    case CommitmentStatus::Done:
        return tr("Done");
    case CommitmentStatus::Deferred:
        return tr("Deferred");
    case CommitmentStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

QString DisplayNames::review(Review review)
{
    switch (review) {
    case Review::Candidate:
        return tr("To review");
    case Review::Accepted:
        return tr("Accepted");
    case Review::Rejected:
        return tr("Rejected");
    }
    return QString();
}

QString DisplayNames::recurrence(Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::None:
        break;
    case Recurrence::Monthly:
        return tr("monthly");
    case Recurrence::Quarterly:
        return tr("quarterly");
    case Recurrence::Semiannual:
        return tr("twice a year");
    case Recurrence::Yearly:
        return tr("yearly");
    }
    return QString();
}

QString DisplayNames::party(const PartyRecord& party)
{
    if (party.nameVi.isEmpty() || party.nameZh.isEmpty())
        return party.nameVi.isEmpty() ? (party.nameZh.isEmpty() ? party.key : party.nameZh) : party.nameVi;
    return chineseFirst() ? party.nameZh + QStringLiteral(" / ") + party.nameVi
                          : party.nameVi + QStringLiteral(" / ") + party.nameZh;
}

QString DisplayNames::partyKeys(const QStringList& keys, const Gazetteer& gazetteer)
{
    QStringList names;
    for (const QString& key : keys) {
        const Place* place = gazetteer.place(key);
        if (!place) {
            names.append(key);
            continue;
        }
        const QString vi = place->vietnamese.value(0);
        const QString zh = place->chinese.value(0);
        names.append(chineseFirst() ? (zh.isEmpty() ? vi : zh) : (vi.isEmpty() ? zh : vi));
    }
    return names.join(QStringLiteral("; "));
}

QString DisplayNames::date(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return DateText::day(date);
}

QString DisplayNames::moment(const QDateTime& when)
{
    return DateText::moment(when);
}

QString DisplayNames::historyField(const QString& field)
{
    if (field == QLatin1String("review"))
        return tr("Review");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("due"))
        return tr("Due");
    if (field == QLatin1String("quantity"))
        return tr("Quantity");
    if (field == QLatin1String("responsible"))
        return tr("Responsible");
    if (field == QLatin1String("note"))
        return tr("Note");
    return field;
}

QString DisplayNames::historyValue(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return QStringLiteral("—");
    if (field == QLatin1String("status")) {
        if (const auto status = CommitmentStatusRules::fromKey(value))
            return DisplayNames::status(*status);
    } else if (field == QLatin1String("review")) {
        if (const auto review = CommitmentStore::reviewFromKey(value))
            return DisplayNames::review(*review);
    } else if (field == QLatin1String("due")) {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (day.isValid())
            return date(day);
    }
    return value;
}

QString DisplayNames::historyChange(const CommitmentEvent& event)
{
    if (event.oldValue.isEmpty() && event.newValue.isEmpty())
        return QString();
    QString change = QStringLiteral("%1 → %2").arg(
        historyValue(event.field, event.oldValue), historyValue(event.field, event.newValue));
    if (event.occurrence.isValid())
        change += QStringLiteral(" (%1)").arg(event.occurrence.year());
    return change;
}

QList<CommitmentStatus> DisplayNames::statuses()
{
    return { CommitmentStatus::NotStarted, CommitmentStatus::InProgress, CommitmentStatus::Done,
        CommitmentStatus::Deferred, CommitmentStatus::Cancelled };
}

QString DisplayNames::partyKind(const QString& key)
{
    if (key == QLatin1String("province"))
        return tr("province");
    if (key == QLatin1String("city"))
        return tr("city");
    if (key == QLatin1String("region"))
        return tr("autonomous region");
    if (key == QLatin1String("country"))
        return tr("country");
    if (key == QLatin1String("prefecture"))
        return tr("autonomous prefecture");
    if (key == QLatin1String("county"))
        return tr("county");
    return key;
}

QString DisplayNames::summary(const StoredCommitment& c)
{
    const bool chinese = chineseFirst();
    const QString first = chinese ? c.found.zh : c.found.vi;
    const QString second = chinese ? c.found.vi : c.found.zh;
    if (!first.isEmpty() || !second.isEmpty())
        return first.isEmpty() ? second : first;
    switch (c.found.kind) {
    case CommitmentKind::ValidityEnd:
        return tr("The agreement's validity ends");
    case CommitmentKind::Renewal:
        return tr("Decide whether to renew the agreement");
    case CommitmentKind::NextMeeting:
        return tr("Next meeting");
    case CommitmentKind::Clause:
        break;
    }
    return c.found.dueText;
}

QString DisplayNames::bothTitles(const QString& vi, const QString& zh)
{
    if (vi.isEmpty() || zh.isEmpty())
        return vi.isEmpty() ? zh : vi;
    return chineseFirst() ? zh + QLatin1Char('\n') + vi : vi + QLatin1Char('\n') + zh;
}

QString DisplayNames::place(const QString& name)
{
    if (name.isEmpty() || !chineseFirst())
        return name;
    const Place* known = Gazetteer::builtIn().resolve(name);
    return known && !known->chinese.isEmpty() ? known->chinese.front() : name;
}

QString DisplayNames::clauseLabel(const CommitmentCandidate& c)
{
    return chineseFirst() && !c.labelZh.isEmpty() ? c.labelZh : c.label;
}

QString DisplayNames::title(const QString& vi, const QString& zh)
{
    if (chineseFirst())
        return zh.isEmpty() ? vi : zh;
    return vi.isEmpty() ? zh : vi;
}

QString DisplayNames::agreementTitle(const StoredCommitment& c)
{
    return title(c.agreementTitle, c.agreementTitleZh);
}

QString DisplayNames::month(const QDate& date)
{
    const QLocale locale(tr("en_US", "locale of month names"));
    return locale.toString(date, tr("MMMM yyyy", "month heading format"));
}

} // namespace concord
