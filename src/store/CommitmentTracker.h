#pragma once

#include "commit/CommitmentStatus.h"
#include "model/Result.h"
#include "store/CommitmentStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace concord {

class Database;
class Gazetteer;
class Transaction;

/// Edits a reviewer makes while accepting a candidate. Unset fields keep what was found.
struct CommitmentEdits
{
    std::optional<QDate> due;
    std::optional<QString> quantity;
    std::optional<QStringList> responsible; ///< party names in either language, or gazetteer keys
};

/// Reviews and tracks commitments: accept (possibly edited) or reject a candidate, change a status (of one
/// year, for a yearly commitment), add a note. Each change is one transaction that writes the change and
/// its history entry (time, field, old and new value, note); a change that cannot be made changes nothing
/// and says why. Changing the status of a candidate accepts it. Every change is announced on the store's
/// StoreEvents once committed. A change raises the commitment's version in its first write (which, on a server,
/// holds the row until the change commits), so that two people changing one commitment at once never undo each
/// other unseen; each history line records who made it (Database::userName).
class CommitmentTracker
{
    Q_DECLARE_TR_FUNCTIONS(concord::CommitmentTracker)

public:
    CommitmentTracker(Database& database, const Gazetteer& gazetteer);

    /// The Error::code of a change refused because the commitment changed after the version the person saw.
    static constexpr const char* StaleCode = "stale";

    /// Each change below takes the version of the commitment the person decided on (StoredCommitment::version):
    /// when somebody has changed it since, nothing is written and the error (code StaleCode) says who changed it
    /// and when, so that the person can reload it or apply the change anyway (by not giving a version). Without a
    /// version the change applies to the commitment as it is when written.
    Result<void> accept(qint64 id, const CommitmentEdits& edits, const QString& note, const QDateTime& at,
        std::optional<qint64> seenVersion = {});
    Result<void> reject(qint64 id, const QString& note, const QDateTime& at, std::optional<qint64> seenVersion = {});
    /// Changes the status of the commitment; for a yearly one, of the occurrence of \a year, or without it of
    /// the first year still open.
    Result<void> setStatus(qint64 id, CommitmentStatus status, const QString& note, const QDateTime& at,
        std::optional<int> year = {}, std::optional<qint64> seenVersion = {});
    Result<void> addNote(qint64 id, const QString& note, const QString& link, const QDateTime& at);
    /// Sets every period of \a agreementId's recurring commitments that ended before its tracked-from day (its
    /// history) to \a status, with one note; returns how many periods changed.
    Result<int> closeHistory(qint64 agreementId, CommitmentStatus status, const QString& note, const QDateTime& at);
    /// Follow-up of \a agreementId starts on \a day: earlier periods become history (an event records the change).
    /// Raises the agreement's version; refused (AlignmentStore::StaleCode) when \a seenVersion is given and the
    /// agreement changed since.
    Result<void> setTrackedFrom(
        qint64 agreementId, const QDate& day, const QDateTime& at, std::optional<qint64> seenVersion = {});

private:
    Error error(const QString& message) const;
    /// The first write of every change to commitment \a id: raises its version. Nothing when the version found was
    /// the one the change was decided on (\a read); else what the attempt ends with: the store's failure, or a
    /// mark to read again and retry.
    std::optional<Result<void>> claim(Transaction& change, qint64 id, qint64 read) const;
    /// The refusal of a change to commitment \a id made on an older version: who changed it last, and when.
    Error stale(qint64 id) const;
    /// Runs \a attempt on commitment \a id as read now; again when another program changed the commitment
    /// between that read and the attempt's write (unless the person named the version they saw).
    template <typename Attempt>
    Result<void> onCurrent(qint64 id, std::optional<qint64> seenVersion, Attempt attempt);

    Database& m_database;
    const Gazetteer& m_gazetteer;
};

} // namespace concord
