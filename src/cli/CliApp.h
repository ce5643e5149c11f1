#pragma once

#include <QStringList>
#include <QTextStream>

#include <atomic>
#include <memory>

namespace concord {
class Clock;
class Database;
} // namespace concord

namespace concord::cli {

/// concord-cli: the scriptable front end. Reads its words, runs one command against concord_core and
/// writes results to \a out and messages to \a err. Exit status: 0 success, 1 the command failed (a bad
/// file, a database error), 2 the call itself was wrong (unknown command or option).
class CliApp
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2, Interrupted = 130 };

    /// \a clock says what "today" is: the import day, history times, the default as-of day.
    CliApp(QTextStream& out, QTextStream& err, const Clock& clock);

    /// \a args excludes the program name.
    int run(const QStringList& args);

    static QString usage();

    /// Asks a running import to stop before its next file (Ctrl+C); safe to call from a signal handler.
    static void requestStop();
    static bool stopRequested();
    /// The flag requestStop() sets, for a reader to watch as its Cancel.
    static const std::atomic_bool* stopSignal();

private:
    int usageError(const QString& message);
    int list(const QStringList& args);
    int parse(const QStringList& args);
    int align(const QStringList& args);
    int import(const QStringList& args);
    int search(const QStringList& args);
    int remove(const QStringList& args);
    /// The store --db names, or the default one (created with the sample agreements on first use).
    std::unique_ptr<Database> openStore(const QString& dbOption);

    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
};

} // namespace concord::cli
