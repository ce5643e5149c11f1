#include "store/StoreAddress.h"
#include "support/CatchQt.h"

using namespace concord;

TEST_CASE("store address: a path is a file, a postgresql:// address a server with each part read", "[store]")
{
    const auto file = StoreAddress::parse(QStringLiteral("/home/lan/concord.sqlite"));
    REQUIRE(file.ok());
    CHECK_FALSE(file->isServer());
    CHECK(file->path == QStringLiteral("/home/lan/concord.sqlite"));
    CHECK(file->display() == QStringLiteral("/home/lan/concord.sqlite"));

    const auto server
        = StoreAddress::parse(QStringLiteral("postgresql://lan@db.ngoaivu.local:6543/concord?sslmode=verify-full"));
    REQUIRE(server.ok());
    CHECK(server->isServer());
    CHECK(server->host == QStringLiteral("db.ngoaivu.local"));
    CHECK(server->port == 6543);
    CHECK(server->database == QStringLiteral("concord"));
    CHECK(server->user == QStringLiteral("lan"));
    CHECK(server->sslMode == QStringLiteral("verify-full"));
    CHECK(
        server->connectOptions() == QStringLiteral("connect_timeout=10;application_name=Concord;sslmode=verify-full"));
    CHECK(server->display() == QStringLiteral("postgresql://lan@db.ngoaivu.local:6543/concord?sslmode=verify-full"));

    // postgres:// too; the default port; a socket folder given as host=.
    const auto local = StoreAddress::parse(QStringLiteral("postgres:///concord?host=/var/run/postgresql"));
    REQUIRE(local.ok());
    CHECK(local->host == QStringLiteral("/var/run/postgresql"));
    CHECK(local->port == 5432);
    CHECK(local->user.isEmpty());
}

TEST_CASE("store address: a password in the address is used but never shown", "[store]")
{
    const auto server = StoreAddress::parse(QStringLiteral("postgresql://minh:b%C3%AD%20m%E1%BA%ADt@10.0.0.5/concord"));
    REQUIRE(server.ok());
    CHECK(server->password == QStringLiteral("bí mật"));
    CHECK(server->display() == QStringLiteral("postgresql://minh@10.0.0.5:5432/concord"));
    CHECK_FALSE(server->display().contains(QStringLiteral("m%E1%BA%ADt")));
}

TEST_CASE("store address: a server address that cannot be used is refused, quoting it, with the reason", "[store]")
{
    const auto noDatabase = StoreAddress::parse(QStringLiteral("postgresql://lan@db:5432/"));
    REQUIRE_FALSE(noDatabase.ok());
    CHECK(noDatabase.error().message
        == QStringLiteral("The server address postgresql://lan@db:5432/ cannot be used: it names no database "
                          "(…/database at its end)"));
    const auto badSsl = StoreAddress::parse(QStringLiteral("postgresql://db/concord?sslmode=always"));
    REQUIRE_FALSE(badSsl.ok());
    CHECK(badSsl.error().message.endsWith(
        QStringLiteral("sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full")));
    const auto unknown = StoreAddress::parse(QStringLiteral("postgresql://db/concord?password=x"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.endsWith(QStringLiteral("the option password is not known (sslmode and "
                                                          "connect_timeout are)")));
    CHECK_FALSE(StoreAddress::parse(QStringLiteral("postgresql://db:99999/concord")).ok());
}
