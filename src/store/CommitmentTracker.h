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
/// StoreEvents once committed.
class CommitmentTracker
{
    Q_DECLARE_TR_FUNCTIONS(concord::CommitmentTracker)

public:
    CommitmentTracker(Database& database, const Gazetteer& gazetteer);

    Result<void> accept(qint64 id, const CommitmentEdits& edits, const QString& note, const QDateTime& at);
    Result<void> reject(qint64 id, const QString& note, const QDateTime& at);
    /// Changes the status of the commitment; for a yearly one, of the occurrence of \a year, or without it of
    /// the first year still open.
    Result<void> setStatus(
        qint64 id, CommitmentStatus status, const QString& note, const QDateTime& at, std::optional<int> year = {});
    Result<void> addNote(qint64 id, const QString& note, const QString& link, const QDateTime& at);
    /// Sets every period of \a agreementId's recurring commitments that ended before its tracked-from day (its
    /// history) to \a status, with one note; returns how many periods changed.
    Result<int> closeHistory(qint64 agreementId, CommitmentStatus status, const QString& note, const QDateTime& at);
    /// Follow-up of \a agreementId starts on \a day: earlier periods become history (an event records the change).
    Result<void> setTrackedFrom(qint64 agreementId, const QDate& day, const QDateTime& at);

private:
    Error error(const QString& message) const;

    Database& m_database;
    const Gazetteer& m_gazetteer;
};

} // namespace concord
