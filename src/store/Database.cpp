#include "store/Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <functional>
#include <vector>

namespace concord {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("concord-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Every statement of a migration step; a step runs inside the migration's transaction.
const std::vector<std::vector<const char*>>& migrationSteps()
{
    static const std::vector<std::vector<const char*>> steps {
        // 0 → 1: agreements.
        {
            "CREATE TABLE agreement ("
            " id INTEGER PRIMARY KEY,"
            " kind TEXT NOT NULL DEFAULT 'other',"
            " title_vi TEXT NOT NULL DEFAULT '',"
            " title_zh TEXT NOT NULL DEFAULT '',"
            " reference TEXT NOT NULL DEFAULT '',"
            " signed_on TEXT,"
            " place TEXT NOT NULL DEFAULT '',"
            " valid_from TEXT,"
            " valid_to TEXT,"
            " binding INTEGER CHECK (binding IN (0, 1)),"
            " source_name TEXT NOT NULL DEFAULT '',"
            " content_hash TEXT UNIQUE,"
            " imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))",
            "CREATE INDEX agreement_signed_on ON agreement(signed_on)",
        },
    };
    return steps;
}

QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
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
    const QFileInfo info(path);
    if (info.isDir())
        return Error { path, 0, -1, tr("This is a folder, not a database file.") };
    if (info.exists() && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { path, 0, -1, tr("The database cannot be read: %1").arg(file.errorString()) };
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return Error { path, 0, -1, tr("This is not a Concord database (not an SQLite file).") };
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error { path, 0, -1, tr("The folder for the database cannot be created.") };
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    connection.setDatabaseName(path);
    if (!connection.open())
        return db->sqlError(tr("The database cannot be opened."), connection.lastError().text());
    if (auto error = db->configure())
        return *error;
    if (auto error = db->migrate())
        return *error;
    return db;
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
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

std::optional<Error> Database::configure()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return sqlError(tr("This is not a Concord database."), query.lastError().text());
    const int applicationId = query.value(0).toInt();
    const int version = schemaVersion();
    query.finish();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
        return sqlError(tr("This is not a Concord database."), query.lastError().text());
    const bool empty = query.value(0).toInt() == 0;
    query.finish();
    if (!empty && applicationId != ApplicationId)
        return sqlError(tr("This SQLite file belongs to another program, not Concord."), {});
    if (version > SchemaVersion)
        return sqlError(tr("This database was written by a newer version of Concord (schema %1; this version "
                           "reads up to %2).")
                            .arg(version)
                            .arg(SchemaVersion),
            {});

    for (const char* pragma : { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
             "PRAGMA synchronous = NORMAL" }) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlError(tr("The database cannot be configured."), query.lastError().text());
        query.finish();
    }
    return std::nullopt;
}

std::optional<Error> Database::migrate()
{
    const int from = schemaVersion();
    if (from == SchemaVersion)
        return std::nullopt;
    QSqlDatabase db = connection();
    if (!db.transaction())
        return sqlError(tr("The database cannot be upgraded."), db.lastError().text());
    QSqlQuery query(db);
    const auto& steps = migrationSteps();
    for (int version = from; version < SchemaVersion; ++version) {
        for (const char* statement : steps[static_cast<size_t>(version)]) {
            if (!query.exec(QString::fromUtf8(statement))) {
                const QString detail = query.lastError().text();
                db.rollback();
                return sqlError(tr("The database cannot be upgraded to schema %1.").arg(version + 1), detail);
            }
        }
    }
    // PRAGMA values cannot be bound; both are integers this code controls.
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
        || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))) {
        const QString detail = query.lastError().text();
        db.rollback();
        return sqlError(tr("The database cannot be upgraded."), detail);
    }
    if (!db.commit())
        return sqlError(tr("The database cannot be upgraded."), db.lastError().text());
    return std::nullopt;
}

qint64 Database::agreementCount() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM agreement")) && query.next() ? query.value(0).toLongLong()
                                                                                        : 0;
}

QList<Agreement> Database::agreements() const
{
    QList<Agreement> result;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, kind, title_vi, title_zh, reference, signed_on, place, valid_from, "
                                   "valid_to, binding, source_name FROM agreement "
                                   "ORDER BY signed_on IS NULL, signed_on DESC, id")))
        return result;
    while (query.next()) {
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
        result.append(a);
    }
    return result;
}

} // namespace concord
