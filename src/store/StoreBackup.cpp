#include "store/StoreBackup.h"

#include "store/Database.h"
#include "store/OutputFile.h"
#include "store/SqlWriter.h"
#include "store/SqliteFile.h"
#include "store/StoreProblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>

#include <sqlite3.h>

namespace concord {

namespace {

/// Copies every page of \a source over the database of \a destination (SQLite's online backup: one write
/// transaction, which other connections see when it commits); the reason when it fails.
std::optional<QString> copyPages(sqlite3* source, sqlite3* destination)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return StoreProblem::describe(destination);
    // Busy or locked pages are retried; the copy restarts by itself when a writer changes the source.
    int status = SQLITE_OK;
    while (
        (status = sqlite3_backup_step(backup, 1024)) == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED) {
        if (status != SQLITE_OK)
            sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (status != SQLITE_DONE)
        return StoreProblem::describe(status, QString::fromUtf8(sqlite3_errstr(status)));
    return std::nullopt;
}

/// Opens \a path with SQLite itself (no Qt connection), creating it when \a create.
sqlite3* openRaw(const QString& path, int flags)
{
    sqlite3* handle = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    return handle;
}

/// Copies every page of \a source into a new file at \a target.
std::optional<QString> copyToFile(sqlite3* source, const QString& target)
{
    QFile::remove(target);
    sqlite3* destination = openRaw(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    auto failure = sqlite3_errcode(destination) == SQLITE_OK ? copyPages(source, destination)
                                                             : std::optional(StoreProblem::describe(destination));
    sqlite3_close(destination);
    if (failure)
        QFile::remove(target);
    return failure;
}

QString stem(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

} // namespace

std::optional<Error> StoreBackup::write(const Database& from, const QString& file)
{
    if (from.isServer())
        return Error { from.path(), 0, -1,
            tr("A store on a server is backed up on the server (pg_dump); concord-cli copy makes a file of it.") };
    if (file.trimmed().isEmpty())
        return Error { file, 0, -1, tr("No file was given for the backup.") };
    if (auto refused = OutputFile::refusal(file, from.path(), OutputFile::Backups::Allowed))
        return Error { file, 0, -1, tr("A backup cannot overwrite the store it copies.") };
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error { file, 0, -1, tr("The folder for the backup cannot be created.") };
    const QString partial = file + QStringLiteral(".partial");
    if (const auto failure = copyToFile(SqlWriter::handleOf(from.connection()), partial))
        return Error { file, 0, -1, tr("The backup cannot be written: %1").arg(*failure) };
    QFile::remove(file);
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return Error { file, 0, -1, tr("The backup cannot be written.") };
    }
    return std::nullopt;
}

QString StoreBackup::folder(const QString& databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

QFileInfoList StoreBackup::dailyCopies(const QString& databasePath)
{
    const QRegularExpression daily(
        QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.sqlite$").arg(QRegularExpression::escape(stem(databasePath))));
    QFileInfoList copies;
    const QDir dir(folder(databasePath));
    for (const QFileInfo& info : dir.entryInfoList(
             { stem(databasePath) + QStringLiteral("-*.sqlite") }, QDir::Files, QDir::Name | QDir::Reversed)) {
        if (daily.match(info.fileName()).hasMatch())
            copies.append(info);
    }
    return copies;
}

QString StoreBackup::newest(const QString& databasePath)
{
    const QDir dir(folder(databasePath));
    const QFileInfoList all
        = dir.entryInfoList({ stem(databasePath) + QStringLiteral("-*.sqlite") }, QDir::Files, QDir::Time);
    return all.isEmpty() ? QString() : all.front().absoluteFilePath();
}

Result<QString> StoreBackup::daily(const Database& database, const QDateTime& now, int keep)
{
    // A server's store is the server's to back up.
    if (keep <= 0 || database.isServer() || database.isReadOnly() || database.agreementCount() == 0)
        return QString();
    const QString file = QStringLiteral("%1/%2-%3.sqlite")
                             .arg(folder(database.path()), stem(database.path()), now.date().toString(Qt::ISODate));
    if (QFileInfo::exists(file))
        return QString();
    if (auto error = write(database, file))
        return *error;
    const QFileInfoList copies = dailyCopies(database.path());
    for (qsizetype i = keep; i < copies.size(); ++i)
        QFile::remove(copies[i].absoluteFilePath());
    return file;
}

Result<QString> StoreBackup::beforeUpgrade(const Database& database, int fromVersion, const QDateTime& now)
{
    const QString file
        = QStringLiteral("%1/%2-%3-schema%4.sqlite")
              .arg(folder(database.path()), stem(database.path()), now.toString(QStringLiteral("yyyy-MM-dd-HHmmss")))
              .arg(fromVersion);
    if (auto error = write(database, file))
        return *error;
    return file;
}

std::optional<Error> StoreBackup::verify(const QString& file)
{
    if (!QFileInfo(file).isFile())
        return Error { file, 0, -1, tr("The backup does not exist.") };
    // Not SQLite at all: not a backup (SQLite itself would call it a damaged database).
    if (const auto head = SqliteFile::head(file, 16); !head || !head->startsWith(QByteArray("SQLite format 3\0", 16)))
        return Error { file, 0, -1, tr("This file is not a backup of a Concord store (not an SQLite database).") };
    sqlite3* handle = nullptr;
    const auto closing = [&handle] { sqlite3_close(handle); };
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString reason = StoreProblem::describe(handle);
        closing();
        return Error { file, 0, -1, tr("The backup cannot be opened: %1").arg(reason) };
    }
    const auto integer = [handle](const char* sql, bool* ok) {
        sqlite3_stmt* statement = nullptr;
        int value = 0;
        *ok = sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW;
        if (*ok)
            value = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        return value;
    };
    bool ok = false;
    const int application = integer("PRAGMA application_id", &ok);
    if (!ok) {
        const QString reason = StoreProblem::describe(handle);
        closing();
        return Error { file, 0, -1, tr("The backup cannot be used: %1").arg(reason) };
    }
    const int version = integer("PRAGMA user_version", &ok);
    if (application != Database::ApplicationId) {
        closing();
        return Error { file, 0, -1, tr("The backup is not a Concord database.") };
    }
    if (version > Database::SchemaVersion) {
        closing();
        return Error { file, 0, -1,
            tr("The backup was written by a newer version of Concord (schema %1).").arg(version) };
    }
    sqlite3_stmt* statement = nullptr;
    QString finding;
    if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check(1)", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        finding = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    else
        finding = StoreProblem::describe(handle);
    sqlite3_finalize(statement);
    closing();
    if (finding != QLatin1String("ok"))
        return Error { file, 0, -1, tr("The backup is damaged too: %1").arg(finding) };
    return std::nullopt;
}

Result<QString> StoreBackup::restore(const QString& backup, const QString& databasePath, const QDateTime& now)
{
    if (auto error = verify(backup))
        return *error;
    if (QFileInfo(backup).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return Error { backup, 0, -1, tr("The backup is the store itself.") };
    // The store as it is now is copied aside first, byte for byte (damage and all), never deleted.
    QString replaced;
    if (QFileInfo::exists(databasePath)) {
        replaced = QStringLiteral("%1.replaced-%2").arg(databasePath, now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
        // Through SQLite's file layer: a descriptor of our own, closed, would drop the locks of the connections
        // this program has open on the store (SqliteFile). The journal holds no locks and is copied as a file.
        const QString wal = databasePath + QStringLiteral("-wal");
        if (SqliteFile::copy(databasePath, replaced)
            || (QFileInfo::exists(wal) && !QFile::copy(wal, replaced + QStringLiteral("-wal"))))
            return Error { databasePath, 0, -1,
                tr("The store cannot be copied aside before it is replaced; nothing was changed.") };
    }
    sqlite3* source = openRaw(backup, SQLITE_OPEN_READONLY);
    const auto closeSource = qScopeGuard([source] { sqlite3_close(source); });
    // Into the store in place, through SQLite: connections others have open see the restored content.
    sqlite3* destination = openRaw(databasePath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    auto failure = sqlite3_errcode(destination) == SQLITE_OK ? copyPages(source, destination)
                                                             : std::optional(StoreProblem::describe(destination));
    sqlite3_close(destination);
    if (failure && QFileInfo::exists(databasePath)) {
        // A store too damaged for SQLite to write into (its header is gone): nobody can have it open, so
        // it is replaced as a file; its copy aside was made above.
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(databasePath + suffix);
        failure = copyToFile(source, databasePath);
    }
    if (failure)
        return Error { databasePath, 0, -1, tr("The backup cannot be copied into the store: %1").arg(*failure) };
    return replaced;
}

} // namespace concord
