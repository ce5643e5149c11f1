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

/// `concord-cli report`: the status report of a store's commitments written to a file.
class ReportCommand
{
public:
    using UsageError = std::function<int(const QString&)>;
    using OpenStore = std::function<std::unique_ptr<Database>(const QString&)>;

    ReportCommand(QTextStream& out, QTextStream& err, UsageError usageError, OpenStore openStore, const Clock& clock);
    int run(const QStringList& args);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    UsageError m_usageError;
    OpenStore m_openStore;
    const Clock& m_clock;
};

} // namespace concord::cli
