#include "support/TempDatabase.h"

#include "support/CatchQt.h"

#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

namespace concord::test {

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
}

QString TempDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("concord.sqlite"));
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
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace concord::test
