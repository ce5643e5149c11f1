#include "store/SqlWriter.h"

#include "store/StoreProblem.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace concord {

sqlite3* SqlWriter::handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

SqlWriter::SqlWriter(const QSqlDatabase& db)
    : m_handle(handleOf(db))
{
    if (!m_handle && db.isOpen() && db.driverName() == QLatin1String("QPSQL"))
        m_server = db;
    else if (!m_handle)
        m_error = QStringLiteral("the database connection is not an open SQLite connection");
}

SqlWriter::~SqlWriter()
{
    for (const auto& [sql, statement] : m_statements)
        sqlite3_finalize(statement);
}

void SqlWriter::fail()
{
    m_error = StoreProblem::describe(m_handle);
}

sqlite3_stmt* SqlWriter::prepared(const QString& sql)
{
    const auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return found->second;
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        fail();
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.emplace(sql, statement);
    return statement;
}

bool SqlWriter::bind(sqlite3_stmt* statement, const QVariantList& values)
{
    sqlite3_reset(statement);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values[i];
        const int at = i + 1;
        int rc = SQLITE_OK;
        switch (value.isValid() && !value.isNull() ? value.typeId() : QMetaType::UnknownType) {
        case QMetaType::UnknownType:
            rc = value.typeId() == QMetaType::QString ? sqlite3_bind_text(statement, at, "", 0, SQLITE_STATIC)
                                                      : sqlite3_bind_null(statement, at);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(statement, at, value.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(statement, at, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(statement, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text64(
                statement, at, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
        }
        if (rc != SQLITE_OK) {
            fail();
            return false;
        }
    }
    return true;
}

QSqlQuery* SqlWriter::serverQuery(const QString& sql, const QVariantList& values)
{
    // PostgreSQL prepares only queries and changes of rows: a statement without values (the schema's too) runs
    // as it is.
    if (values.isEmpty()) {
        auto& query = m_queries[QString()];
        if (!query) {
            query = std::make_unique<QSqlQuery>(m_server);
            query->setForwardOnly(true);
        }
        if (!query->exec(sql)) {
            m_error = StoreProblem::describe(query->lastError());
            return nullptr;
        }
        return query.get();
    }
    auto found = m_queries.find(sql);
    if (found == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_server);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            m_error = StoreProblem::describe(query->lastError());
            return nullptr;
        }
        found = m_queries.emplace(sql, std::move(query)).first;
    }
    QSqlQuery* query = found->second.get();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values[i];
        // Qt's SQL drivers bind a null QString as NULL: the empty string here, as on SQLite.
        if (value.typeId() == QMetaType::QString)
            query->bindValue(i, value.toString().isNull() ? QStringLiteral("") : value.toString());
        else if (!value.isValid() || value.isNull())
            query->bindValue(i, QVariant());
        else if (value.typeId() == QMetaType::Bool)
            query->bindValue(i, value.toBool() ? 1 : 0);
        else
            query->bindValue(i, value);
    }
    if (!query->exec()) {
        m_error = StoreProblem::describe(query->lastError());
        return nullptr;
    }
    return query;
}

void SqlWriter::run(const QString& sql, const QVariantList& values)
{
    if (failed())
        return;
    if (m_server.isValid()) {
        if (QSqlQuery* query = serverQuery(sql, values))
            query->finish();
        return;
    }
    sqlite3_stmt* statement = prepared(sql);
    if (!statement || !bind(statement, values))
        return;
    const int rc = sqlite3_step(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail();
    sqlite3_reset(statement);
}

qint64 SqlWriter::insert(const QString& sql, const QVariantList& values)
{
    if (failed())
        return 0;
    if (m_server.isValid())
        return rows(sql + QStringLiteral(" RETURNING id"), values, 1).value(0).value(0).toLongLong();
    run(sql, values);
    return failed() ? 0 : sqlite3_last_insert_rowid(m_handle);
}

QVariantList SqlWriter::firstRow(const QString& sql, const QVariantList& values)
{
    return rows(sql, values, 1).value(0);
}

QList<QVariantList> SqlWriter::rows(const QString& sql, const QVariantList& values, int limit)
{
    if (failed())
        return {};
    if (m_server.isValid()) {
        QSqlQuery* query = serverQuery(sql, values);
        QList<QVariantList> result;
        if (!query)
            return result;
        const int columns = query->record().count();
        while ((limit < 0 || result.size() < limit) && query->next()) {
            QVariantList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i) {
                const QVariant value = query->value(i);
                if (value.isNull())
                    row.append(QVariant());
                else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Bool)
                    row.append(qint64(value.toLongLong()));
                else
                    row.append(value);
            }
            result.append(row);
        }
        if (query->lastError().isValid())
            m_error = StoreProblem::describe(query->lastError());
        query->finish();
        return result;
    }
    sqlite3_stmt* statement = prepared(sql);
    if (!statement || !bind(statement, values))
        return {};
    QList<QVariantList> result;
    int rc = SQLITE_ROW;
    while ((limit < 0 || result.size() < limit) && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QVariantList row;
        for (int i = 0; i < sqlite3_column_count(statement); ++i) {
            switch (sqlite3_column_type(statement, i)) {
            case SQLITE_INTEGER:
                row.append(qint64(sqlite3_column_int64(statement, i)));
                break;
            case SQLITE_FLOAT:
                row.append(sqlite3_column_double(statement, i));
                break;
            case SQLITE_NULL:
                row.append(QVariant());
                break;
            case SQLITE_BLOB:
                row.append(QByteArray(
                    static_cast<const char*>(sqlite3_column_blob(statement, i)), sqlite3_column_bytes(statement, i)));
                break;
            default:
                row.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, i)),
                    sqlite3_column_bytes(statement, i)));
            }
        }
        result.append(row);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        fail();
    sqlite3_reset(statement);
    return result;
}

} // namespace concord
