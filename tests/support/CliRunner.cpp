#include "support/CliRunner.h"

#include <QProcess>

namespace concord::test {

CliRunner::CliRunner()
    : m_environment(QProcessEnvironment::systemEnvironment())
{ }

QString CliRunner::program()
{
#ifdef CONCORD_CLI_PATH
    return QStringLiteral(CONCORD_CLI_PATH);
#else
    return QStringLiteral("concord-cli");
#endif
}

void CliRunner::setEnvironment(const QString& name, const QString& value)
{
    m_environment.insert(name, value);
}

CliResult CliRunner::run(const QStringList& args, const QByteArray& stdinData, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (m_wrapper.isEmpty())
        process.start(program(), args);
    else
        process.start(m_wrapper.front(), m_wrapper.mid(1) + QStringList { program() } + args);
    CliResult result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace concord::test
