#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace concord {
class Clock;
class Database;
} // namespace concord

namespace concord::cli {

/// The commands that look after the store itself: `check` (read every page for damage), `backup`
/// (a consistent copy while in use), `restore` (put a verified copy back), `copy` (a whole store from a file to a
/// server or back, proven by counts and checksums) and `init-server` (make a server database a Concord store).
class StoreCommands
{
public:
    using UsageError = std::function<int(const QString&)>;

    StoreCommands(QTextStream& out, QTextStream& err, UsageError usageError, const Clock& clock);

    int run(const QString& command, const QStringList& args);
    static bool handles(const QString& command);

private:
    int check(const QStringList& args);
    int backup(const QStringList& args);
    int restore(const QStringList& args);
    int copy(const QStringList& args);
    int initServer(const QStringList& args);
    int addUser(const QStringList& args);
    /// The path --db names, or the default store's.
    static QString storePath(const QString& dbOption);
    /// The store at \a path, opened without creating it (no daily backup, no damage check); nullptr after saying why.
    std::unique_ptr<Database> openExisting(const QString& path);

    QTextStream& m_out;
    QTextStream& m_err;
    UsageError m_usageError;
    const Clock& m_clock;
};

} // namespace concord::cli
