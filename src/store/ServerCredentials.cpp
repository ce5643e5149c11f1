#include "store/ServerCredentials.h"

#include <QHash>
#include <QMutex>

namespace concord {

namespace {
QMutex& lock()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> byAddress;
    return byAddress;
}
} // namespace

void ServerCredentials::remember(const QString& address, const QString& password)
{
    const QMutexLocker locker(&lock());
    passwords().insert(address, password);
}

QString ServerCredentials::password(const QString& address)
{
    const QMutexLocker locker(&lock());
    return passwords().value(address);
}

void ServerCredentials::forget(const QString& address)
{
    const QMutexLocker locker(&lock());
    passwords().remove(address);
}

} // namespace concord
