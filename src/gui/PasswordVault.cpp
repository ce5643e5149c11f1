#include "gui/PasswordVault.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace concord {

namespace {
const QString Service = QStringLiteral("Concord");

/// Runs \a job to its end (QtKeychain's jobs finish on the event loop; the keyring answers within moments).
void runToEnd(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
} // namespace

std::optional<QString> PasswordVault::store(const QString& address, const QString& password)
{
    QKeychain::WritePasswordJob job(Service);
    job.setInsecureFallback(false); // never a plain file
    job.setKey(address);
    job.setTextData(password);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return job.errorString().isEmpty() ? tr("no system keyring answered") : job.errorString();
    return std::nullopt;
}

std::optional<QString> PasswordVault::read(const QString& address)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setInsecureFallback(false);
    job.setKey(address);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

void PasswordVault::forget(const QString& address)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setInsecureFallback(false);
    job.setKey(address);
    runToEnd(job);
}

} // namespace concord
