#pragma once

#include "commit/Commitment.h"
#include "commit/CommitmentStatus.h"

#include <QDate>
#include <QList>
#include <QString>

namespace concord {

/// Whether a person has looked at a commitment the importer found.
enum class Review {
    Candidate, ///< found, not yet looked at
    Accepted, ///< confirmed (possibly edited): tracked
    Rejected, ///< not a commitment: kept, hidden from the board
};

/// One period of a recurring commitment, with a status of its own.
struct Occurrence
{
    qint64 id = 0;
    QDate due;
    CommitmentStatus status = CommitmentStatus::NotStarted;
};

/// A commitment as the store keeps it: what was found (the candidate), the review, its status and the day its
/// agreement is tracked from.
///
/// The member functions are *the* rules of follow-up — open, overdue as of a day, due within N days, which
/// occurrence is current, the status a recurring commitment shows, history before tracking started. The
/// store's queries, every screen, the CLI and every report call them; nothing else decides these questions.
struct StoredCommitment
{
    qint64 id = 0;
    qint64 agreementId = 0;
    QString agreementTitle; ///< the Vietnamese title, or the Chinese one when there is no Vietnamese
    QString agreementTitleZh; ///< the Chinese title, empty when there is none
    CommitmentCandidate found; ///< responsible/counterparty hold party keys; evidence and warnings as found
    Review review = Review::Candidate;
    CommitmentStatus status = CommitmentStatus::NotStarted; ///< of a one-time commitment (a recurring one: cache)
    QList<Occurrence> occurrences; ///< a recurring commitment's periods, by due day
    QString lastNote;
    QDate trackedFrom; ///< the agreement's "tracked from" day: periods that ended before it are history
    bool statusSet = false; ///< somebody has set a status (the history has a status change)
    qint64 version = 0; ///< raised by every change: a change made on an older version is refused

    bool isRecurring() const { return !occurrences.isEmpty(); }
    /// A period that ended before tracking started: neither overdue nor current, shown apart.
    bool isHistory(const Occurrence& occurrence) const;
    /// The occurrences before the tracked-from day.
    QList<Occurrence> history() const;
    /// The occurrence being followed up: the first tracked one still open, else the last tracked one;
    /// nullptr for a one-time commitment, or when every period is history.
    const Occurrence* current() const;
    /// The date to follow up: the current occurrence's, else the due date (the last period's when all are history).
    QDate nextDue() const;
    /// The status to follow up: the current occurrence's, else the commitment's (the last period's when all are
    /// history).
    CommitmentStatus currentStatus() const;
    /// The status of the period that falls in \a year; the commitment's own for a one-time commitment.
    std::optional<CommitmentStatus> statusForYear(int year) const;
    /// Not rejected and something is still to be done: a one-time commitment not closed, or a recurring one whose
    /// current occurrence is not closed.
    bool isOpen() const;
    /// A one-time commitment due before tracking started whose status nobody has set yet: open, not overdue,
    /// shown as "status to confirm".
    bool needsConfirmation() const;
    /// Past due on \a asOf and not closed — for a recurring one, any tracked period past due and not closed.
    /// Rejected candidates, history and commitments whose status is to be confirmed are never overdue.
    bool isOverdue(const QDate& asOf) const;
    /// Open, not overdue on \a asOf, and its next due day within \a days days of it (inclusive).
    bool isDueWithin(const QDate& asOf, int days) const;
};

} // namespace concord
