#pragma once

#include "commit/CommitmentTally.h"
#include "commit/TrackedCommitment.h"

#include <QDate>
#include <QList>

namespace concord {

/// One line of the Deadlines screen: a commitment (index into the list it was built from) and the day it falls due.
struct Deadline
{
    qsizetype commitment = -1;
    QDate due;
    CommitmentStatus status = CommitmentStatus::NotStarted;
};

/// A heading of the Deadlines screen and what is under it.
struct DeadlineGroup
{
    enum Kind {
        Overdue, ///< each overdue commitment once, at its oldest open day past due
        ToConfirm, ///< one-time commitments due before tracking started, status not yet set
        Month, ///< open days that fall in one month from today on (a recurring commitment once per period)
        History, ///< periods that ended before tracking started and are still open: to close in bulk
    };
    Kind kind = Month;
    QDate month; ///< first day of the month, for Month
    QList<Deadline> deadlines;
};

/// What falls due, as the Deadlines screen shows it, built from StoredCommitment's rules so that its numbers are
/// the board's and the reports': overdue first, then the statuses to confirm, then month by month up to \a until,
/// then the history before tracking started.
class DeadlineSchedule
{
public:
    DeadlineSchedule(const QList<StoredCommitment>& commitments, const QDate& today, const QDate& until);

    const QList<DeadlineGroup>& groups() const { return m_groups; }
    /// The numbers of the commitments the schedule was built from (the screen's summary line).
    const CommitmentTally& tally() const { return m_tally; }

private:
    QList<DeadlineGroup> m_groups;
    CommitmentTally m_tally;
};

} // namespace concord
