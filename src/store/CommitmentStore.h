#pragma once

#include "commit/Commitment.h"
#include "commit/CommitmentStatus.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace concord {

class Database;
class Gazetteer;

/// Whether a person has looked at a commitment the importer found.
enum class Review {
    Candidate, ///< found, not yet looked at
    Accepted, ///< confirmed (possibly edited): tracked
    Rejected, ///< not a commitment: kept, hidden from the board
};

/// One year of a yearly commitment, with a status of its own.
struct Occurrence
{
    qint64 id = 0;
    QDate due;
    CommitmentStatus status = CommitmentStatus::NotStarted;
};

/// A commitment as the store keeps it: what was found (the candidate), the review, and its status.
struct StoredCommitment
{
    qint64 id = 0;
    qint64 agreementId = 0;
    QString agreementTitle; ///< the Vietnamese title, or the Chinese one when there is no Vietnamese
    QString agreementTitleZh; ///< the Chinese title, empty when there is none
    CommitmentCandidate found; ///< responsible/counterparty hold party keys; evidence and warnings as found
    Review review = Review::Candidate;
    CommitmentStatus status = CommitmentStatus::NotStarted;
    QList<Occurrence> occurrences;
    QString lastNote;

    /// The date to follow up: the first open year of a yearly commitment, else the due date.
    QDate nextDue() const;
    /// The status to follow up: of the first open year of a yearly commitment (of its last year when all are
    /// closed), else the commitment's.
    CommitmentStatus currentStatus() const;
    /// Past due on \a asOf and not closed (for a yearly one: any year past due and not closed).
    bool isOverdue(const QDate& asOf) const;
};

/// What a list of commitments is narrowed to. Empty fields do not narrow.
struct CommitmentFilter
{
    QString party; ///< any name of a party: its commitments and those of the parties merged into it
    QList<CommitmentStatus> statuses;
    QDate dueFrom; ///< nextDue() on or after
    QDate dueTo; ///< nextDue() on or before
    qint64 agreementId = 0;
    QDate overdueAsOf; ///< only those overdue on that day
    QList<Review> reviews { Review::Candidate, Review::Accepted }; ///< rejected ones are hidden unless asked for
};

/// One change in a commitment's history.
struct CommitmentEvent
{
    QDateTime at;
    QString field; ///< "review", "status", "due", "quantity", "responsible", "note"
    QString oldValue;
    QString newValue;
    QString note;
    QString link;
    QDate occurrence; ///< the year's due date, for a status change of one year of a yearly commitment
};

/// Reads the commitments of a store: lists narrowed by party (merged parties rolled up to their successor),
/// status, due range, agreement, review and overdue-as-of, one commitment, its history. Changes go through
/// CommitmentTracker.
class CommitmentStore
{
    Q_DECLARE_TR_FUNCTIONS(concord::CommitmentStore)

public:
    CommitmentStore(const Database& database, const Gazetteer& gazetteer);

    static QString reviewKey(Review review);
    static std::optional<Review> reviewFromKey(QStringView key);

    Result<QList<StoredCommitment>> list(const CommitmentFilter& filter) const;
    Result<StoredCommitment> get(qint64 id) const;
    Result<QList<CommitmentEvent>> history(qint64 id) const;

private:
    Error error(const QString& message) const;

    const Database& m_database;
    const Gazetteer& m_gazetteer;
};

} // namespace concord
