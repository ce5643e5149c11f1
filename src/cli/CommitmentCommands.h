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

/// The commitment commands of concord-cli: `commitments FILE` (what a file promises, from the text alone)
/// and the store-side ones that list, review and change the status of stored commitments.
class CommitmentCommands
{
public:
    using UsageError = std::function<int(const QString&)>;
    using OpenStore = std::function<std::unique_ptr<Database>(const QString&)>;

    CommitmentCommands(
        QTextStream& out, QTextStream& err, UsageError usageError, OpenStore openStore, const Clock& clock);

    /// Runs \a command when it is one of these; nullopt-like -1 when it is not.
    int run(const QString& command, const QStringList& args);
    static bool handles(const QString& command);

private:
    int extract(const QStringList& args);
    int list(const QStringList& args);
    int review(const QStringList& args);
    int setStatus(const QStringList& args);
    int note(const QStringList& args);
    int history(const QStringList& args);
    int setTrackedFrom(const QStringList& args);
    int closeHistory(const QStringList& args);
    int fail(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    UsageError m_usageError;
    OpenStore m_openStore;
    const Clock& m_clock;
};

} // namespace concord::cli
