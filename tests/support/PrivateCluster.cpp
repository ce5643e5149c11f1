#include "support/PrivateCluster.h"

#include "store/StoreAddress.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace concord::test {

PrivateCluster::PrivateCluster()
{
    if (script(QStringLiteral("start")) != 0)
        return;
    QFile url(m_dir.filePath(QStringLiteral("cluster/url")));
    if (url.open(QIODevice::ReadOnly))
        m_address = QString::fromUtf8(url.readAll()).trimmed();
}

PrivateCluster::~PrivateCluster()
{
    script(QStringLiteral("stop"));
}

int PrivateCluster::script(const QString& command) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("bash"),
        { QStringLiteral(CONCORD_SOURCE_DIR "/scripts/pg-cluster.sh"), command,
            m_dir.filePath(QStringLiteral("cluster")) });
    process.waitForFinished(180000);
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

QString PrivateCluster::createDatabase(const QString& name) const
{
    auto address = StoreAddress::parse(m_address);
    if (!address)
        return {};
    const QString connection = QStringLiteral("private-cluster-") + name;
    bool made = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(address->host);
        admin.setPort(address->port);
        admin.setDatabaseName(address->database);
        admin.setUserName(address->user);
        made = admin.open() && QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!made)
        return {};
    address->database = name;
    return address->display();
}

bool PrivateCluster::restart()
{
    return script(QStringLiteral("restart")) == 0;
}

} // namespace concord::test
