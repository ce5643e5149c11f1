#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace concord::test {

/// What one run of concord-cli did.
struct CliResult
{
    int exitCode = -1;
    QString out; ///< stdout, decoded as UTF-8
    QString err; ///< stderr, decoded as UTF-8
    bool finished = false; ///< false when it crashed or timed out
};

/// Runs the real concord-cli binary (built with the tests) end to end.
class CliRunner
{
public:
    CliRunner();
    /// Extra environment for the child, e.g. XDG_DATA_HOME for a private default database.
    void setEnvironment(const QString& name, const QString& value);
    /// Runs concord-cli through \a command (e.g. prlimit with its options, or setpriv to drop root).
    void setWrapper(const QStringList& command) { m_wrapper = command; }
    CliResult run(const QStringList& args, const QByteArray& stdinData = {}, int timeoutMs = 60000) const;

    static QString program();

private:
    QProcessEnvironment m_environment;
    QStringList m_wrapper;
};

} // namespace concord::test
