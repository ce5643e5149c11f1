#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace concord {

/// Every file Concord writes for a person (reports, backups): never over the store it reads, and whole or not at
/// all.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(concord::OutputFile)

public:
    /// Why \a target must not be written while \a storePath is the store: it is the store file, its journal
    /// (-wal, -shm, -journal) or inside its backups folder, compared by resolved path (symbolic links followed)
    /// and by file identity (hard links). Nothing for a server's store. A backup (\a inBackups Allowed) may go
    /// into the backups folder, where the window suggests it.
    enum class Backups { Refused, Allowed };
    static std::optional<Error> refusal(
        const QString& target, const QString& storePath, Backups inBackups = Backups::Refused);

    /// Writes \a bytes to \a target whole: into a temporary file beside it, every write, the flush to disk and the
    /// close checked, then renamed over it, so that a failure (a full disk) leaves an existing file as it was and
    /// says why. A target that exists and is not a regular file (a device such as /dev/stdout, a pipe) is written
    /// directly, every write checked (/dev/full fails).
    static std::optional<Error> write(const QString& target, const QByteArray& bytes);
};

} // namespace concord
