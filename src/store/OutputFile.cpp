#include "store/OutputFile.h"

#include "store/StoreAddress.h"
#include "store/StoreBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace concord {

namespace {

QString reason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

/// The path \a path resolves to: links followed, also for a file that does not exist yet (through its folder).
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool sameFile(const QString& a, const QString& b)
{
    struct stat first
    {
    };
    struct stat second
    {
    };
    return ::stat(QFile::encodeName(a).constData(), &first) == 0
        && ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev
        && first.st_ino == second.st_ino;
}

/// Writes all of \a bytes to \a fd; false with errno set when a write fails.
bool writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t wrote = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0) {
            if (wrote == 0)
                errno = ENOSPC;
            return false;
        }
        done += wrote;
    }
    return true;
}

} // namespace

std::optional<Error> OutputFile::refusal(const QString& target, const QString& storePath, Backups inBackups)
{
    if (storePath.isEmpty() || StoreAddress::isServer(storePath))
        return std::nullopt;
    const QString out = resolved(target);
    const QString store = resolved(storePath);
    for (const QString& suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") }) {
        if (out == store + suffix || sameFile(target, storePath + suffix))
            return Error { target, 0, -1,
                tr("This is the store Concord is reading (or its journal); writing here would destroy it. Choose "
                   "another file.") };
    }
    const QString backups = resolved(StoreBackup::folder(storePath));
    if (inBackups == Backups::Refused && out.startsWith(backups + QLatin1Char('/')))
        return Error { target, 0, -1,
            tr("This is in the store's backups folder, which holds its daily copies; choose another folder.") };
    return std::nullopt;
}

std::optional<Error> OutputFile::write(const QString& target, const QByteArray& bytes)
{
    const auto failed = [&target](const QString& why) {
        return Error { target, 0, -1, tr("The file cannot be written: %1").arg(why) };
    };
    const QFileInfo info(target);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        // A device or a pipe: there is nothing to replace, only to write to.
        const int fd = ::open(QFile::encodeName(target).constData(), O_WRONLY | O_CLOEXEC);
        if (fd < 0)
            return failed(reason());
        const bool wrote = writeAll(fd, bytes);
        const QString why = wrote ? QString() : reason();
        if (::close(fd) != 0 && wrote)
            return failed(reason());
        if (!wrote)
            return failed(why);
        return std::nullopt;
    }
    if (info.isDir())
        return failed(tr("it is a folder"));
    // Beside the file the path resolves to: a link to the report keeps pointing at the new one.
    const QString final = resolved(target);
    QByteArray temporary = QFile::encodeName(QFileInfo(final).absolutePath() + QStringLiteral("/.")
        + QFileInfo(final).fileName() + QStringLiteral(".XXXXXX"));
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        return failed(reason());
    const mode_t mask = ::umask(0);
    ::umask(mask);
    struct stat existing
    {
    };
    const mode_t mode
        = ::stat(QFile::encodeName(final).constData(), &existing) == 0 ? (existing.st_mode & 07777) : (0666 & ~mask);
    bool ok = ::fchmod(fd, mode) == 0 && writeAll(fd, bytes) && ::fsync(fd) == 0;
    QString why = ok ? QString() : reason();
    if (::close(fd) != 0 && ok) {
        ok = false;
        why = reason();
    }
    if (ok && ::rename(temporary.constData(), QFile::encodeName(final).constData()) != 0) {
        ok = false;
        why = reason();
    }
    if (!ok) {
        ::unlink(temporary.constData());
        return failed(why);
    }
    return std::nullopt;
}

} // namespace concord
