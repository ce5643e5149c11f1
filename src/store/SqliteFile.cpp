#include "store/SqliteFile.h"

#include <QFile>
#include <QSaveFile>
#include <QScopeGuard>

#include <algorithm>
#include <functional>
#include <sqlite3.h>

namespace concord {

namespace {

/// Runs \a read on SQLite's handle of the file at \a path (opened read-only, never created); the reason when the
/// file cannot be reached.
std::optional<QString> withFile(const QString& path, const std::function<std::optional<QString>(sqlite3_file*)>& read)
{
    sqlite3* handle = nullptr;
    const auto closing = qScopeGuard([&handle] { sqlite3_close(handle); });
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_file* file = nullptr;
    // Nothing is read through SQLite itself: no header check, no journal recovery, only the bytes.
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file || !file->pMethods)
        return QString::fromUtf8(sqlite3_errmsg(handle));
    return read(file);
}

/// Reads \a length bytes at \a offset of \a file into \a into (shorter at the end of the file).
std::optional<QString> readAt(sqlite3_file* file, sqlite3_int64 offset, qsizetype length, QByteArray& into)
{
    into.resize(length);
    const int status = file->pMethods->xRead(file, into.data(), int(length), offset);
    if (status != SQLITE_OK && status != SQLITE_IOERR_SHORT_READ)
        return QString::fromUtf8(sqlite3_errstr(status));
    return std::nullopt;
}

} // namespace

Result<QByteArray> SqliteFile::head(const QString& path, int length)
{
    QByteArray bytes;
    const auto failure = withFile(path, [&bytes, length](sqlite3_file* file) -> std::optional<QString> {
        sqlite3_int64 size = 0;
        if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
            return tr("its size cannot be read");
        if (auto failure = readAt(file, 0, std::min<sqlite3_int64>(size, length), bytes))
            return failure;
        return std::nullopt;
    });
    if (failure)
        return Error { path, 0, -1, *failure };
    return bytes;
}

std::optional<QString> SqliteFile::copy(const QString& path, const QString& target)
{
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    const auto failure = withFile(path, [&out](sqlite3_file* file) -> std::optional<QString> {
        sqlite3_int64 size = 0;
        if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
            return tr("its size cannot be read");
        constexpr qsizetype Chunk = 1 << 20;
        QByteArray bytes;
        for (sqlite3_int64 offset = 0; offset < size; offset += Chunk) {
            if (auto failure = readAt(file, offset, std::min<sqlite3_int64>(Chunk, size - offset), bytes))
                return failure;
            if (out.write(bytes) != bytes.size())
                return out.errorString();
        }
        return std::nullopt;
    });
    if (failure) {
        out.cancelWriting();
        return failure;
    }
    if (!out.commit())
        return out.errorString();
    return std::nullopt;
}

} // namespace concord
