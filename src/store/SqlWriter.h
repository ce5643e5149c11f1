#pragma once

#include "store/StoreAddress.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <unordered_map>

class QSqlQuery;

struct sqlite3;
struct sqlite3_stmt;

namespace concord {

/// Runs statements with bound parameters on an open Concord connection, preparing each distinct statement
/// once and remembering the first failure: after it, every further call does nothing, so a caller writes a
/// whole record and checks error() once before committing or rolling back.
///
/// Bulk import spends most of its time binding values, so on an SQLite store this talks to SQLite's C interface
/// on the connection Qt opened (QSqlDriver::handle()) rather than through QSqlQuery: no QVariant round trip per
/// value, text bound as UTF-8. On a PostgreSQL store it runs prepared QSqlQuery statements of Qt's QPSQL driver.
/// Both give the same values back: integers as qint64, NULL as an invalid QVariant. Transactions stay with
/// QSqlDatabase.
class SqlWriter
{
public:
    explicit SqlWriter(const QSqlDatabase& db);
    /// The SQLite connection under Qt's \a db (QSqlDriver::handle()), nullptr when it is none.
    static sqlite3* handleOf(const QSqlDatabase& db);
    ~SqlWriter();
    SqlWriter(const SqlWriter&) = delete;
    SqlWriter& operator=(const SqlWriter&) = delete;

    /// Executes \a sql with \a values bound in order. An invalid QVariant binds SQL NULL; a null QString binds the
    /// empty string, not NULL; a bool binds 0 or 1.
    void run(const QString& sql, const QVariantList& values);
    /// Executes the INSERT \a sql into a table with an id column and returns the new row's id (0 after a failure).
    qint64 insert(const QString& sql, const QVariantList& values);
    /// The first row of a query, or an empty list when there is none (or after a failure).
    QVariantList firstRow(const QString& sql, const QVariantList& values);
    /// The rows of a query (at most \a limit when it is not negative); empty after a failure.
    QList<QVariantList> rows(const QString& sql, const QVariantList& values, int limit = -1);

    StoreAddress::Engine engine() const
    {
        return m_server.isValid() ? StoreAddress::Engine::PostgreSQL : StoreAddress::Engine::SQLite;
    }
    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    /// Fails the writer before anything ran (its transaction did not start): every call after does nothing.
    void refuse(const QString& reason)
    {
        if (m_error.isEmpty())
            m_error = reason;
    }

private:
    QSqlQuery* serverQuery(const QString& sql, const QVariantList& values);
    sqlite3_stmt* prepared(const QString& sql);
    bool bind(sqlite3_stmt* statement, const QVariantList& values);
    void fail();

    sqlite3* m_handle = nullptr;
    std::unordered_map<QString, sqlite3_stmt*> m_statements;
    QSqlDatabase m_server; ///< valid on a PostgreSQL store
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    QString m_error;
};

} // namespace concord
