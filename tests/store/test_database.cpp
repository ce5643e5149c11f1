#include "store/Database.h"
#include "store/StoreAddress.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace concord;
using concord::test::TempDatabase;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant pragma(const Database& db, const char* name)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name)));
    REQUIRE(query.next());
    return query.value(0);
}
} // namespace

TEST_CASE("store: a new database is created at the current schema (a file in WAL mode with foreign keys)", "[store]")
{
    TempDatabase temp;
    auto db = temp.open();
    CHECK(db->schemaVersion() == Database::SchemaVersion);
    if (!db->isServer()) {
        CHECK(pragma(*db, "application_id").toInt() == Database::ApplicationId);
        CHECK(pragma(*db, "journal_mode").toString() == QStringLiteral("wal"));
        CHECK(pragma(*db, "foreign_keys").toInt() == 1);
    }
    CHECK(db->agreementCount() == 0);
    CHECK(db->agreements()->isEmpty());
}

TEST_CASE("store: the database folder is created when missing", "[sqlite][store]")
{
    TempDatabase temp;
    const QString nested = temp.file(QStringLiteral("a/b/c/store.sqlite"));
    auto db = Database::open(nested);
    REQUIRE(db.ok());
    CHECK(QFile::exists(nested));
}

TEST_CASE("store: agreements are listed newest first with their fields", "[store]")
{
    TempDatabase temp;
    {
        auto db = temp.open();
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO agreement (kind, title_vi, title_zh, reference, signed_on, place, valid_to, binding) VALUES "
            "('memorandum', 'Bản ghi nhớ', '备忘录', '489-CV/TU', '2022-03-17', 'Cao Bằng', '2026-12-31', 0),"
            "('agreement', 'Thỏa thuận', '协议', '', '2026-02-07', 'Nam Ninh', '2027-12-31', NULL),"
            "('letter', 'Công văn', '', '716-CV/TU', NULL, '', NULL, 1)")));
    }
    auto db = temp.open(); // reopened: nothing is lost and no migration runs twice
    const QList<Agreement> list = db->agreements().value();
    REQUIRE(list.size() == 3);
    CHECK(list[0].titleVi == QStringLiteral("Thỏa thuận"));
    CHECK(list[0].kind == AgreementKind::Agreement);
    CHECK(list[0].signedOn == QDate(2026, 2, 7));
    CHECK_FALSE(list[0].binding.has_value());
    CHECK(list[1].reference == QStringLiteral("489-CV/TU"));
    CHECK(list[1].titleZh == QStringLiteral("备忘录"));
    CHECK(list[1].binding == false);
    CHECK(list[2].kind == AgreementKind::Letter);
    CHECK_FALSE(list[2].signedOn.isValid());
    CHECK(list[2].binding == true);
}

TEST_CASE("store: a file that is not SQLite is refused and left unchanged", "[sqlite][store]")
{
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("notes.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Biên bản hội đàm — not a database\n");
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().file == path);
    CHECK(db.error().message == QStringLiteral("This is not a Concord database (not an SQLite file)."));
    CHECK(fileHash(path) == before);
}

TEST_CASE("store: another program's SQLite file is refused and left unchanged", "[sqlite][store]")
{
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery query(other);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        query.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message == QStringLiteral("This SQLite file belongs to another program, not Concord."));
    CHECK(fileHash(path) == before);
}

TEST_CASE("store: a database from a newer Concord is refused", "[store]")
{
    TempDatabase temp;
    {
        auto db = temp.open();
        concord::test::setSchemaVersion(*db, Database::SchemaVersion + 1);
    }
    auto db = Database::open(temp.path());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.startsWith(QStringLiteral("This database was written by a newer version of Concord")));
}

TEST_CASE("store: two open stores do not share a connection", "[store]")
{
    TempDatabase a;
    TempDatabase b;
    auto first = a.open();
    auto second = b.open();
    QSqlQuery query(first->connection());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO agreement (title_vi) VALUES ('Một')")));
    CHECK(first->agreementCount() == 1);
    CHECK(second->agreementCount() == 0);
}

TEST_CASE("store: a server database holding another program's tables is refused and left unchanged", "[server][store]")
{
    TempDatabase temp;
    {
        auto db = temp.open();
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral("SET client_min_messages = warning")));
        REQUIRE(query.exec(QStringLiteral("DROP SCHEMA public CASCADE")));
        REQUIRE(query.exec(QStringLiteral("CREATE SCHEMA public")));
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE invoices (id integer, amount numeric)")));
    }
    auto db = Database::open(temp.path());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.startsWith(
        QStringLiteral("This database on the server belongs to another program, not Concord")));
    CHECK(db.error().file == temp.path());
    // Nothing was added beside the other program's table.
    QSqlDatabase raw = concord::test::rawServerConnection(temp.path(), QStringLiteral("foreign-check"));
    {
        REQUIRE(raw.isOpen());
        QSqlQuery tables(raw);
        REQUIRE(tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        CHECK(names == QStringList { QStringLiteral("invoices") });
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("foreign-check"));
}

TEST_CASE("store: a server that cannot be reached is an error naming its address, not an empty store", "[store]")
{
    // A port nothing listens on (the discard port, closed on a test machine).
    const QString address = QStringLiteral("postgresql://nobody@127.0.0.1:9/concord?connect_timeout=2");
    const auto db = Database::open(address);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().file == QStringLiteral("postgresql://nobody@127.0.0.1:9/concord?connect_timeout=2"));
    CHECK(db.error().message.startsWith(QStringLiteral("The server's database cannot be opened.")));
}
