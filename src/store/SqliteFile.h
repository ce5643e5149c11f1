#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace concord {

/// Reads a database file's bytes through SQLite's own file layer, never through a descriptor of this program's.
///
/// Closing any descriptor of a file drops every POSIX lock the process holds on it: a QFile opened and closed on a
/// store that another connection of this process has open (the window's, while a screen's worker opens the store
/// again) would release that connection's shared lock, and the next program to close the store (concord-cli) would
/// take itself for the last one and delete the journal under the window. SQLite keeps its descriptors of a file
/// open until its last connection to that file closes, so reading through it leaves every lock in place.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(concord::SqliteFile)

public:
    /// Up to \a length bytes from the start of the file at \a path (fewer when the file is shorter).
    static Result<QByteArray> head(const QString& path, int length);
    /// Copies the file at \a path byte for byte (damage and all) to a new file \a target; the reason when it fails.
    static std::optional<QString> copy(const QString& path, const QString& target);
};

} // namespace concord
