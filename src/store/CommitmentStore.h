#pragma once

#include "commit/Commitment.h"
#include "commit/CommitmentStatus.h"
#include "commit/TrackedCommitment.h"
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

/// What a list of commitments is narrowed to. Empty fields do not narrow.
struct CommitmentFilter
{
    QString party; ///< any name of a party: its commitments and those of the parties merged into it
    QList<CommitmentStatus> statuses; ///< StoredCommitment::currentStatus() is one of them
    QDate dueFrom; ///< nextDue() on or after
    QDate dueTo; ///< nextDue() on or before
    qint64 agreementId = 0;
    QDate overdueAsOf; ///< only those overdue on that day
    QList<Review> reviews { Review::Candidate, Review::Accepted }; ///< rejected ones are hidden unless asked for
    bool details = true; ///< false: no texts, evidence, warnings, notes or parties — enough to count by the rules
    /// > 0: only the first this many by stored due date, then narrowed by the rules (statuses, due range,
    /// overdue) — what a screen shows while it reads the rest.
    int limit = 0;
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
    QString by; ///< who made the change (the server's user name, or the computer's user); empty before schema 8
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
