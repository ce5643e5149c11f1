#include "commit/TrackedCommitment.h"

#include <algorithm>

namespace concord {

bool StoredCommitment::isHistory(const Occurrence& occurrence) const
{
    return trackedFrom.isValid() && occurrence.due < trackedFrom;
}

QList<Occurrence> StoredCommitment::history() const
{
    QList<Occurrence> result;
    for (const Occurrence& o : occurrences) {
        if (isHistory(o))
            result.append(o);
    }
    return result;
}

const Occurrence* StoredCommitment::current() const
{
    const Occurrence* lastTracked = nullptr;
    for (const Occurrence& o : occurrences) {
        if (isHistory(o))
            continue;
        if (!CommitmentStatusRules::isClosed(o.status))
            return &o;
        lastTracked = &o;
    }
    return lastTracked;
}

QDate StoredCommitment::nextDue() const
{
    if (occurrences.isEmpty())
        return found.due;
    if (const Occurrence* o = current())
        return o->due;
    return occurrences.back().due;
}

CommitmentStatus StoredCommitment::currentStatus() const
{
    if (occurrences.isEmpty())
        return status;
    if (const Occurrence* o = current())
        return o->status;
    return occurrences.back().status;
}

std::optional<CommitmentStatus> StoredCommitment::statusForYear(int year) const
{
    if (occurrences.isEmpty())
        return status;
    for (const Occurrence& o : occurrences) {
        if (o.due.year() == year)
            return o.status;
    }
    return std::nullopt;
}

bool StoredCommitment::isOpen() const
{
    if (review == Review::Rejected)
        return false;
    if (occurrences.isEmpty())
        return !CommitmentStatusRules::isClosed(status);
    const Occurrence* o = current();
    return o && !CommitmentStatusRules::isClosed(o->status);
}

bool StoredCommitment::needsConfirmation() const
{
    return review != Review::Rejected && occurrences.isEmpty() && !statusSet && status == CommitmentStatus::NotStarted
        && found.due.isValid() && trackedFrom.isValid() && found.due < trackedFrom;
}

bool StoredCommitment::isOverdue(const QDate& asOf) const
{
    if (review == Review::Rejected || !asOf.isValid())
        return false;
    if (occurrences.isEmpty())
        return !needsConfirmation() && CommitmentStatusRules::isOverdue(status, found.due, asOf);
    return std::any_of(occurrences.begin(), occurrences.end(), [this, &asOf](const Occurrence& o) {
        return !isHistory(o) && CommitmentStatusRules::isOverdue(o.status, o.due, asOf);
    });
}

bool StoredCommitment::isDueWithin(const QDate& asOf, int days) const
{
    return isOpen() && !isOverdue(asOf) && CommitmentStatusRules::isDueWithin(currentStatus(), nextDue(), asOf, days);
}

} // namespace concord
