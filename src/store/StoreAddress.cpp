#include "store/StoreAddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace concord {

namespace {
const QStringList SslModes { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
    QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
} // namespace

bool StoreAddress::isServer(const QString& text)
{
    const QString t = text.trimmed();
    return t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<StoreAddress> StoreAddress::parse(const QString& text)
{
    StoreAddress address;
    if (!isServer(text)) {
        address.path = text;
        return address;
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto invalid = [&text](const QString& why) {
        return Error { QString(), 0, -1, tr("The server address %1 cannot be used: %2").arg(text.trimmed(), why) };
    };
    if (!url.isValid())
        return invalid(url.errorString());
    address.engine = Engine::PostgreSQL;
    address.host = url.host(QUrl::FullyDecoded);
    const QUrlQuery query(url);
    if (address.host.isEmpty() && query.hasQueryItem(QStringLiteral("host")))
        address.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (address.host.isEmpty())
        address.host = QStringLiteral("localhost");
    address.port = url.port(5432);
    if (address.port <= 0 || address.port > 65535)
        return invalid(tr("the port must be between 1 and 65535"));
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return invalid(tr("it names no database (…/database at its end)"));
    address.user = url.userName(QUrl::FullyDecoded);
    address.password = url.password(QUrl::FullyDecoded);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!SslModes.contains(value))
                return invalid(tr("sslmode must be one of %1").arg(SslModes.join(QStringLiteral(", "))));
            address.sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            address.connectTimeout = value.toInt(&ok);
            if (!ok || address.connectTimeout < 1)
                return invalid(tr("connect_timeout must be a number of seconds"));
        } else if (key != QLatin1String("host")) {
            return invalid(tr("the option %1 is not known (sslmode and connect_timeout are)").arg(key));
        }
    }
    return address;
}

QString StoreAddress::display() const
{
    if (!isServer())
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else
        url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (connectTimeout != 10)
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(connectTimeout));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString StoreAddress::connectOptions() const
{
    QStringList options { QStringLiteral("connect_timeout=%1").arg(connectTimeout),
        QStringLiteral("application_name=Concord") };
    if (!sslMode.isEmpty())
        options.append(QStringLiteral("sslmode=") + sslMode);
    return options.join(QLatin1Char(';'));
}

} // namespace concord
