#include "gui/DisplayNames.h"

#include <QLocale>

namespace concord {

QString DisplayNames::kind(AgreementKind kind)
{
    switch (kind) {
    case AgreementKind::Agreement:
        return tr("Agreement");
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

QString DisplayNames::party(const PartyRecord& party)
{
    if (party.nameVi.isEmpty() || party.nameZh.isEmpty())
        return party.nameVi.isEmpty() ? (party.nameZh.isEmpty() ? party.key : party.nameZh) : party.nameVi;
    return party.nameVi + QStringLiteral(" / ") + party.nameZh;
}

QString DisplayNames::date(const QDate& date)
{
    if (!date.isValid())
        return QString();
    return date.toString(tr("dd/MM/yyyy", "date format"));
}

QList<CommitmentStatus> DisplayNames::statuses()
{
    return { CommitmentStatus::NotStarted, CommitmentStatus::InProgress, CommitmentStatus::Done,
        CommitmentStatus::Deferred, CommitmentStatus::Cancelled };
}

} // namespace concord
