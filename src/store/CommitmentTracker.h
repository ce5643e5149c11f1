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
/// and says why. Changing the status of a candidate accepts it.
class CommitmentTracker
{
    Q_DECLARE_TR_FUNCTIONS(concord::CommitmentTracker)

public:
    CommitmentTracker(Database& database, const Gazetteer& gazetteer);

    Result<bool> accept(qint64 id, const CommitmentEdits& edits, const QString& note, const QDateTime& at);
    Result<bool> reject(qint64 id, const QString& note, const QDateTime& at);
    /// Changes the status of the commitment; for a yearly one, of the occurrence of \a year, or without it of
    /// the first year still open.
    Result<bool> setStatus(
        qint64 id, CommitmentStatus status, const QString& note, const QDateTime& at, std::optional<int> year = {});
    Result<bool> addNote(qint64 id, const QString& note, const QString& link, const QDateTime& at);

private:
    Error error(const QString& message) const;

    Database& m_database;
    const Gazetteer& m_gazetteer;
};

} // namespace concord
