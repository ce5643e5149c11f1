#include "store/Database.h"

#include "store/ChangeNotice.h"
#include "store/ServerCredentials.h"
#include "store/ServerRoles.h"
#include "store/SqlWriter.h"
#include "store/SqliteFile.h"
#include "store/StoreBackup.h"
#include "store/StoreProblem.h"
#include "store/Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <functional>
#include <sqlite3.h>
#include <vector>

namespace concord {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("concord-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Waits for another program's lock from the very first statement (the default is not to wait), so that two
/// programs creating one new store at once queue instead of failing with "database is locked".
const QString BusyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");

QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
} // namespace

Database::Database(StoreAddress address, QString connectionName)
    : m_address(std::move(address))
    , m_path(m_address.display())
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/concord.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    auto address = StoreAddress::parse(path);
    if (!address)
        return address.error();
    return address->isServer() ? openServer(address.value()) : openFile(address.value());
}

Result<std::unique_ptr<Database>> Database::openFile(const StoreAddress& address)
{
    const QString& path = address.path;
    if (path.trimmed().isEmpty())
        return Error { path, 0, -1, tr("No database file was given (the path is empty).") };
    const QFileInfo info(path);
    if (info.isDir())
        return Error { path, 0, -1, tr("This is a folder, not a database file.") };
    bool readOnly = false;
    if (info.exists() && !info.isFile())
        return Error { path, 0, -1, tr("This is not a regular file (a device, a pipe or a socket), not a database.") };
    if (info.exists() && info.size() > 0) {
        const auto header = SqliteFile::head(path, 100);
        if (!header)
            return Error { path, 0, -1, tr("The database cannot be read: %1").arg(header.error().message) };
        if (!header->startsWith(QByteArray("SQLite format 3\0", 16))) {
            // A Concord store whose first page was overwritten still carries its application id there.
            if (header->size() >= 72 && header->mid(68, 4) == QByteArray("CNCD"))
                return Error { path, 0, -1, StoreProblem::damaged(tr("its header is not an SQLite header")) };
            return Error { path, 0, -1, tr("This is not a Concord database (not an SQLite file).") };
        }
        // A file (or folder) this user may not write is opened for reading: everything can be read and
        // every change says that the store is read-only.
        readOnly = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error { path, 0, -1, tr("The folder for the database cannot be created.") };
    }

    std::unique_ptr<Database> db(new Database(address, nextConnectionName()));
    db->m_readOnly = readOnly;
    db->m_userName = localUserName();
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (readOnly) {
        // Read-only and immutable: a store in WAL mode needs its shared-memory file to be read, which a
        // folder this user may not write cannot hold; immutable reads the file as it is, without locks.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setScheme(QStringLiteral("file"));
        uri.setQuery(QStringLiteral("immutable=1"));
        connection.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;%1").arg(BusyTimeout));
    } else {
        connection.setDatabaseName(path);
        connection.setConnectOptions(BusyTimeout);
    }
    if (!connection.open())
        return db->sqlError(tr("The database cannot be opened."), StoreProblem::describe(connection.lastError()));
    // Until the store is found sound, closing it must not checkpoint: a journal that is not this store's (a stray
    // -wal copied beside it) would be written into the file for good, where deleting the stray file loses nothing.
    db->keepJournalOnClose(true);
    if (auto error = db->configure())
        return *error;
    if (auto error = db->migrate())
        return *error;
    db->keepJournalOnClose(false);
    return db;
}

Result<std::unique_ptr<Database>> Database::openServer(const StoreAddress& address)
{
    std::unique_ptr<Database> db(new Database(address, nextConnectionName()));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return db->sqlError(tr("This installation of Concord cannot reach PostgreSQL: Qt's QPSQL driver is missing "
                               "(Debian package libqt6sql6-psql)."),
            {});
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    connection.setHostName(address.host);
    connection.setPort(address.port);
    connection.setDatabaseName(address.database);
    connection.setUserName(address.user);
    // A password given with the address is kept for this program's other connections to the same store (the
    // screens' workers open it again by path()); none given: the one remembered, or libpq's ~/.pgpass.
    if (!address.password.isEmpty())
        ServerCredentials::remember(db->m_path, address.password);
    connection.setPassword(ServerCredentials::password(db->m_path));
    connection.setConnectOptions(address.connectOptions());
    if (!connection.open())
        return db->sqlError(
            tr("The server's database cannot be opened."), StoreProblem::describe(connection.lastError()));
    if (auto error = db->configureServer())
        return *error;
    if (auto error = db->migrate())
        return *error;
    db->readUser();
    return db;
}

QString Database::localUserName()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

void Database::readUser()
{
    // Who this is, and the role as what the server lets this user do (one round trip: every worker opens the store):
    // writing agreements is an administrator's, changing a commitment an editor's (a superuser or the store's owner
    // can do both).
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT current_user, has_table_privilege('agreement', 'INSERT'), "
                                   "has_table_privilege('commitment', 'UPDATE'), "
                                   "(SELECT province FROM concord_user_scope WHERE user_name = session_user)"))
        || !query.next())
        return;
    m_userName = query.value(0).toString();
    const StoreRole role = query.value(1).toBool() ? StoreRole::Administrator
        : query.value(2).toBool()                  ? StoreRole::Editor
                                                   : StoreRole::Viewer;
    m_access = StoreAccess(role, query.value(3).toString());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::sqlError(const QString& what, const QString& detail) const
{
    return Error { m_path, 0, -1, detail.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, detail) };
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (isServer()) {
        // No table yet: an empty database, version 0 (to_regclass answers without an error that would end a
        // transaction).
        if (!query.exec(QStringLiteral("SELECT to_regclass('concord_schema') IS NOT NULL")) || !query.next())
            return -1;
        if (!query.value(0).toBool())
            return 0;
        return query.exec(QStringLiteral("SELECT max(version) FROM concord_schema")) && query.next()
            ? query.value(0).toInt()
            : -1;
    }
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

std::optional<Error> Database::configureServer()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"))
        || !query.next())
        return sqlError(tr("The server's database cannot be read."), StoreProblem::describe(query.lastError()));
    const bool empty = query.value(0).toInt() == 0;
    query.finish();
    const int version = schemaVersion();
    if (version < 0)
        return sqlError(tr("The server's database cannot be read."), StoreProblem::describe(query.lastError()));
    if (!empty && version == 0)
        return sqlError(tr("This database on the server belongs to another program, not Concord: give Concord a "
                           "database of its own (concord-cli init-server)."),
            {});
    if (version > SchemaVersion)
        return sqlError(tr("This database was written by a newer version of Concord (schema %1; this version "
                           "reads up to %2).")
                            .arg(version)
                            .arg(SchemaVersion),
            {});
    return std::nullopt;
}

std::optional<Error> Database::configure()
{
    QSqlQuery query(connection());
    // The first read of the schema meets a damaged or foreign file: say which it is.
    const auto unreadable = [this](const QSqlError& error) {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        if (ok && StoreProblem::isDamage(code))
            return Error { m_path, 0, -1, StoreProblem::damaged(error.databaseText()) };
        return sqlError(tr("The database cannot be read."), StoreProblem::describe(error));
    };
    // One statement, one snapshot: another program creating this store at the same moment commits its tables
    // and its application id together, and both are seen, or neither.
    if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version "
                                   "FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)"))
        || !query.next())
        return unreadable(query.lastError());
    const int applicationId = query.value(0).toInt();
    const int version = query.value(1).toInt();
    const bool empty = query.value(2).toInt() == 0;
    query.finish();
    // Foreign: another program's tables, or its schema version on a file without tables (never Concord's: a
    // Concord file has its application id from its first migration). Refused before anything is written to it.
    if (applicationId != ApplicationId && (!empty || version != 0))
        return sqlError(tr("This SQLite file belongs to another program, not Concord."), {});
    if (version > SchemaVersion)
        return sqlError(tr("This database was written by a newer version of Concord (schema %1; this version "
                           "reads up to %2).")
                            .arg(version)
                            .arg(SchemaVersion),
            {});
    if (m_readOnly && (empty || version < SchemaVersion))
        return sqlError(tr("The database is read-only and needs an upgrade to this version of Concord (schema %1 to "
                           "%2); open it once where it can be written.")
                            .arg(version)
                            .arg(SchemaVersion),
            {});

    QStringList pragmas { QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000") };
    if (!m_readOnly)
        pragmas += { QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL") };
    for (const QString& pragma : pragmas) {
        // Switching a new file to WAL takes its lock without SQLite's busy handler: while another program creates
        // the same store, wait for it here (five seconds, as the busy timeout).
        bool done = query.exec(pragma);
        for (int tries = 0; !done && tries < 100 && query.lastError().nativeErrorCode().toInt() == SQLITE_BUSY;
             ++tries) {
            QThread::msleep(50);
            done = query.exec(pragma);
        }
        if (!done)
            return sqlError(tr("The database cannot be configured."), StoreProblem::describe(query.lastError()));
        if (pragma.contains(QLatin1String("journal_mode")))
            m_walMode = query.next() && query.value(0).toString() == QLatin1String("wal");
        query.finish();
    }
    return std::nullopt;
}

void Database::keepJournalOnClose(bool keep) const
{
    if (sqlite3* handle = SqlWriter::handleOf(connection()))
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, keep ? 1 : 0, nullptr);
}

std::optional<QString> Database::writeRefusal() const
{
    if (isServer() || m_readOnly)
        return std::nullopt;
    int moved = 0;
    if (sqlite3* handle = SqlWriter::handleOf(connection());
        handle && sqlite3_file_control(handle, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        return tr("The store's file was moved or deleted by another program while Concord had it open; nothing was "
                  "written. Open the store again.");
    if (m_walMode && !QFileInfo::exists(m_address.path + QStringLiteral("-wal")))
        return tr("The store's journal (%1) was deleted by another program while Concord had the store open; "
                  "nothing was written. Close the store and open it again.")
            .arg(QFileInfo(m_address.path).fileName() + QStringLiteral("-wal"));
    return std::nullopt;
}

void Database::followOtherClients()
{
    if (!isServer())
        return;
    QSqlDriver* driver = connection().driver();
    const QString channel = QLatin1String(ChangeNotice::Channel);
    if (!driver || driver->subscribedToNotifications().contains(channel))
        return;
    if (!driver->subscribeToNotification(channel))
        return;
    QObject::connect(driver, &QSqlDriver::notification, m_events.get(),
        [events = m_events.get(), channel](
            const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
            if (name != channel)
                return;
            if (const auto change = ChangeNotice::decode(payload.toString()))
                events->announce(*change);
        });
}

std::optional<Error> Database::check(CheckDepth depth) const
{
    if (isServer())
        return std::nullopt;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    const QString pragma = depth == CheckDepth::Full ? QStringLiteral("PRAGMA integrity_check(20)")
                                                     : QStringLiteral("PRAGMA quick_check(20)");
    if (!query.exec(pragma))
        return Error { m_path, 0, -1, StoreProblem::describe(query.lastError()) };
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (query.lastError().isValid())
        return Error { m_path, 0, -1, StoreProblem::describe(query.lastError()) };
    if (problems.isEmpty() && depth == CheckDepth::Full) {
        // Rows whose parent is gone (a unit without its agreement) are sound pages holding unsound data: written
        // by a program that switched foreign keys off. integrity_check does not look; foreign_key_check does.
        QSqlQuery orphans(connection());
        orphans.setForwardOnly(true);
        if (orphans.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            int count = 0;
            QString first;
            while (orphans.next()) {
                if (count++ == 0)
                    first = tr("row %1 of table %2 refers to a row of %3 that does not exist")
                                .arg(orphans.value(1).toString(), orphans.value(0).toString(),
                                    orphans.value(2).toString());
            }
            if (count > 0) {
                QString detail = first;
                if (count > 1)
                    detail += tr(" and %n more finding(s)", nullptr, count - 1);
                keepJournalOnClose(true);
                return Error { m_path, 0, -1, StoreProblem::damaged(detail) };
            }
        }
    }
    if (problems.isEmpty())
        return std::nullopt;
    // A damaged store is left as it is: its journal (perhaps a stray one) is not written into it on close.
    keepJournalOnClose(true);
    // SQLite's first finding, without its "*** in database main ***" heading; the count of the others.
    QStringList findings;
    for (const QString& problem : problems)
        for (const QString& line : problem.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.startsWith(QLatin1String("***")))
                findings.append(line.trimmed());
    QString detail = findings.value(0);
    if (findings.size() > 1)
        detail += tr(" and %n more finding(s)", nullptr, int(findings.size() - 1));
    return Error { m_path, 0, -1, StoreProblem::damaged(detail) };
}

std::optional<Error> Database::migrate()
{
    const int from = schemaVersion();
    if (from == SchemaVersion)
        return std::nullopt;
    if (isServer())
        return migrateServer();
    // An upgrade rewrites tables: a copy of the store as it was comes first.
    if (from > 0) {
        if (const auto copy = StoreBackup::beforeUpgrade(*this, from, QDateTime::currentDateTime()); !copy)
            return Error { m_path, 0, -1,
                tr("The database is not upgraded: no backup could be made first. %1").arg(copy.error().message) };
    }
    // A step may rebuild a table that others refer to; foreign keys can only be switched outside a transaction.
    QSqlQuery pragma(connection());
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto keysBackOn = qScopeGuard([&pragma] { pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    Transaction transaction(*this);
    if (!transaction.started())
        return sqlError(tr("The database cannot be upgraded."), transaction.beginError());
    // Another program may have created or upgraded the store while this one waited for the write lock.
    const int current = schemaVersion();
    if (current == SchemaVersion)
        return std::nullopt;
    SqlWriter& writer = transaction.writer();
    if (auto error = runSteps(writer, std::max(current, 0)))
        return error;
    // PRAGMA values cannot be bound; both are integers this code controls.
    writer.run(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), {});
    writer.run(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), {});
    if (!writer.failed() && !writer.rows(QStringLiteral("PRAGMA foreign_key_check"), {}, 1).isEmpty())
        return sqlError(tr("The database cannot be upgraded: some rows refer to rows that do not exist."), {});
    if (const auto failure = transaction.commit())
        return sqlError(tr("The database cannot be upgraded."), *failure);
    return std::nullopt;
}

std::optional<Error> Database::migrateServer()
{
    // PostgreSQL changes its schema inside a transaction. Two programs opening one new or old store at once: the
    // second waits on the lock, then finds the schema current.
    Transaction transaction(*this);
    if (!transaction.started())
        return sqlError(tr("The database cannot be upgraded."), transaction.beginError());
    SqlWriter& writer = transaction.writer();
    writer.rows(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ApplicationId), {});
    const int from = writer.failed() ? -1 : schemaVersion();
    if (from == SchemaVersion)
        return std::nullopt;
    if (from == 0)
        writer.run(QStringLiteral("CREATE TABLE concord_schema (version INTEGER NOT NULL)"), {});
    if (auto error = runSteps(writer, std::max(from, 0)))
        return error;
    // The roles' grants cover the tables that existed when they were given: give them again for the new ones.
    if (from > 0 && ServerRoles::exist(writer))
        ServerRoles::grant(writer);
    writer.run(QStringLiteral("DELETE FROM concord_schema"), {});
    writer.run(QStringLiteral("INSERT INTO concord_schema (version) VALUES (%1)").arg(SchemaVersion), {});
    if (const auto failure = transaction.commit())
        return sqlError(tr("The database cannot be upgraded."), *failure);
    return std::nullopt;
}

std::optional<Error> Database::runSteps(SqlWriter& writer, int from)
{
    for (int version = from; version < SchemaVersion && !writer.failed(); ++version) {
        for (const QString& statement : StoreSchema::step(version + 1, engine())) {
            writer.run(statement, {});
            if (writer.failed())
                return sqlError(tr("The database cannot be upgraded to schema %1.").arg(version + 1), writer.error());
        }
    }
    return std::nullopt;
}

qint64 Database::agreementCount() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM agreement")) && query.next() ? query.value(0).toLongLong()
                                                                                        : 0;
}

namespace {
const QString AgreementColumns = QStringLiteral(
    "SELECT id, kind, title_vi, title_zh, reference, signed_on, place, valid_from, valid_to, binding, source_name, "
    "tracked_from, ocr_text, scanned, version FROM agreement ");

Agreement agreementFrom(const QSqlQuery& query)
{
    Agreement a;
    a.id = query.value(0).toLongLong();
    a.kind = kindFromKey(query.value(1).toString()).value_or(AgreementKind::Other);
    a.titleVi = query.value(2).toString();
    a.titleZh = query.value(3).toString();
    a.reference = query.value(4).toString();
    a.signedOn = dateFrom(query.value(5));
    a.place = query.value(6).toString();
    a.validFrom = dateFrom(query.value(7));
    a.validTo = dateFrom(query.value(8));
    if (!query.value(9).isNull())
        a.binding = query.value(9).toInt() != 0;
    a.sourceName = query.value(10).toString();
    a.trackedFrom = dateFrom(query.value(11));
    a.ocrText = query.value(12).toInt() != 0;
    a.scanned = query.value(13).toInt() != 0;
    a.version = query.value(14).toLongLong();
    return a;
}
} // namespace

Result<QList<Agreement>> Database::agreements() const
{
    QList<Agreement> result;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(AgreementColumns + QStringLiteral("ORDER BY signed_on IS NULL, signed_on DESC, id")))
        return sqlError(tr("The agreements cannot be read."), StoreProblem::describe(query.lastError()));
    while (query.next())
        result.append(agreementFrom(query));
    return result;
}

Result<std::optional<Agreement>> Database::agreement(qint64 id) const
{
    QSqlQuery query(connection());
    query.prepare(AgreementColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("The agreements cannot be read."), StoreProblem::describe(query.lastError()));
    if (!query.next()) {
        if (query.lastError().isValid())
            return sqlError(tr("The agreements cannot be read."), StoreProblem::describe(query.lastError()));
        return std::optional<Agreement>();
    }
    return std::optional(agreementFrom(query));
}

} // namespace concord
