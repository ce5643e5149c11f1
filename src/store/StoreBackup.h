#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfoList>
#include <QString>

#include <optional>

namespace concord {

class Database;

/// Copies of a store, made with SQLite's online backup (consistent while others read and write): before every
/// schema upgrade, once a day on first use, and on request; and the way back, after the copy is verified.
/// Automatic copies live in a "backups" folder beside the store, named after it and the day.
class StoreBackup
{
    Q_DECLARE_TR_FUNCTIONS(concord::StoreBackup)

public:
    /// How many daily copies are kept unless the settings say otherwise.
    static constexpr int DefaultKeep = 7;

    /// Copies the whole of \a from to \a file (written beside it first, renamed when complete).
    static std::optional<Error> write(const Database& from, const QString& file);

    /// The folder of the automatic copies of the store at \a databasePath.
    static QString folder(const QString& databasePath);
    /// The daily copies of the store at \a databasePath, newest first.
    static QFileInfoList dailyCopies(const QString& databasePath);
    /// The newest copy of any kind (daily, before an upgrade), or an empty string when there is none.
    static QString newest(const QString& databasePath);

    /// The day's copy of \a database, unless it exists already, the store is empty or \a keep is 0; then
    /// removes daily copies beyond the newest \a keep. Returns the copy made, or an empty string.
    static Result<QString> daily(const Database& database, const QDateTime& now, int keep = DefaultKeep);
    /// The copy made before a schema upgrade from \a fromVersion.
    static Result<QString> beforeUpgrade(const Database& database, int fromVersion, const QDateTime& now);

    /// Checks that \a file is a sound Concord store this version can open; the reason when it is not.
    static std::optional<Error> verify(const QString& file);
    /// Replaces the content of the store at \a databasePath by the verified copy \a backup, in place through
    /// SQLite (connections open on it see the restored store). The content it replaces is copied beside it as
    /// "<name>.replaced-<time>" first, never deleted. Returns the path of that copy (empty when there was none).
    static Result<QString> restore(const QString& backup, const QString& databasePath, const QDateTime& now);
};

} // namespace concord
