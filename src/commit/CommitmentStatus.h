#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace concord {

/// Where a commitment stands. "Overdue" is not a status: it is derived from the due date and a day.
enum class CommitmentStatus {
    NotStarted,
    InProgress,
    Done,
    Deferred,
    Cancelled,
};

/// The status rules: stored keys, which statuses are closed, which changes are allowed and overdue.
class CommitmentStatusRules
{
public:
    static QString key(CommitmentStatus status);
    static std::optional<CommitmentStatus> fromKey(QStringView key);

    /// Done and cancelled commitments need no more follow-up.
    static bool isClosed(CommitmentStatus status);
    /// Any status may change to any other but itself; reopening a closed one is allowed (a note says why).
    static bool canChange(CommitmentStatus from, CommitmentStatus to);
    /// Overdue on \a asOf: has a due date before that day and is not closed. Deferred ones stay overdue:
    /// deferring is a decision to report, not a new deadline.
    static bool isOverdue(CommitmentStatus status, const QDate& due, const QDate& asOf);
    /// Open and due within \a days days from \a asOf (inclusive), not yet overdue.
    static bool isDueWithin(CommitmentStatus status, const QDate& due, const QDate& asOf, int days);
};

} // namespace concord
