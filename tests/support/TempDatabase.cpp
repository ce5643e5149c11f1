#include "support/TempDatabase.h"

#include "store/StoreAddress.h"
#include "support/CatchQt.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace concord::test {

namespace {
/// Runs \a sql as the test server's administrator, on a connection of its own; the error when it fails.
QString administer(const QString& sql)
{
    const QString name = QStringLiteral("concord-test-admin");
    QString error;
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : rawServerConnection(TempDatabase::serverAddress(), name, &error);
    if (!db.isOpen())
        return error;
    QSqlQuery query(db);
    return query.exec(sql) ? QString() : sql + QStringLiteral(": ") + query.lastError().text();
}
} // namespace

bool TempDatabase::onServer()
{
    return !qEnvironmentVariableIsEmpty("CONCORD_TEST_SERVER");
}

QString TempDatabase::serverAddress()
{
    if (!onServer())
        return QString();
    QFile file(qEnvironmentVariable("CONCORD_TEST_SERVER"));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("CONCORD_TEST_SERVER names no readable file: is the test server running (scripts/pg-cluster.sh)?");
    return QString::fromUtf8(file.readAll()).trimmed();
}

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("concord.sqlite"));
    if (onServer()) {
        static QAtomicInteger<int> counter; // names are per process: a crashed run's leftovers do not collide
        m_serverDatabase = QStringLiteral("concord_test_%1_%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(counter.fetchAndAddRelaxed(1));
        const QString failure = administer(QStringLiteral("CREATE DATABASE %1").arg(m_serverDatabase));
        INFO(failure.toStdString());
        REQUIRE(failure.isEmpty());
        QUrl url(serverAddress());
        url.setPath(QLatin1Char('/') + m_serverDatabase);
        m_path = url.toString();
    }
}

TempDatabase::~TempDatabase()
{
    if (!m_serverDatabase.isEmpty())
        administer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_serverDatabase));
}

QString TempDatabase::path() const
{
    return m_path;
}

QString TempDatabase::file(const QString& name) const
{
    return m_dir.filePath(name);
}

std::unique_ptr<Database> TempDatabase::open() const
{
    auto result = Database::open(path());
    INFO((result.ok() ? std::string() : result.error().toString().toStdString()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

void TempDatabase::damageTable(const QString& path, const QString& table)
{
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    sqlite3_exec(handle, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    const auto integer = [handle](const QByteArray& sql) {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr);
        const int value = sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int(statement, 0) : -1;
        sqlite3_finalize(statement);
        return value;
    };
    const int pageSize = integer("PRAGMA page_size");
    const int root = integer("SELECT rootpage FROM sqlite_schema WHERE name = '" + table.toUtf8() + "'");
    sqlite3_close(handle);
    REQUIRE(pageSize > 0);
    REQUIRE(root > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(qint64(root - 1) * pageSize));
    file.write(QByteArray(pageSize, '\x55'));
}

qint64 rowsIn(const Database& db, const QString& table)
{
    return scalarOf(db, QStringLiteral("SELECT count(*) FROM ") + table);
}

QByteArray storeFingerprint(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& file : { path, path + QStringLiteral("-wal") }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return hash.result();
}

qint64 scalarOf(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QSqlDatabase rawServerConnection(const QString& address, const QString& name, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const auto where = StoreAddress::parse(address);
    if (!where) {
        if (error)
            *error = where.error().message;
        return db;
    }
    db.setHostName(where->host);
    db.setPort(where->port);
    db.setDatabaseName(where->database);
    db.setUserName(where->user);
    if (!db.open() && error)
        *error = db.lastError().text();
    return db;
}

void refuseInserts(const Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (db.isServer()) {
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec(QStringLiteral("CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
                                          "$$ BEGIN RAISE EXCEPTION 'disk full'; END $$")));
        REQUIRE(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                          "refuse()")
                               .arg(table)));
        return;
    }
    REQUIRE(query.exec(
        QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, 'disk full'); END")
            .arg(table)));
}

void setSchemaVersion(const Database& db, int version)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(db.isServer() ? QStringLiteral("UPDATE concord_schema SET version = %1").arg(version)
                                     : QStringLiteral("PRAGMA user_version = %1").arg(version)));
}

void checkSound(const Database& db)
{
    if (db.isServer())
        return;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == QStringLiteral("ok"));
    query.finish();
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(query.next());
}

} // namespace concord::test
