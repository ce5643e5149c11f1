#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace concord {

/// Runs statements with bound parameters on an open Concord connection, preparing each distinct statement
/// once and remembering the first failure: after it, every further call does nothing, so a caller writes a
/// whole record and checks error() once before committing or rolling back.
///
/// Bulk import spends most of its time binding values, so this talks to SQLite's C interface on the
/// connection Qt opened (QSqlDriver::handle()) rather than through QSqlQuery: no QVariant round trip per
/// value, text bound as UTF-8. Transactions stay with QSqlDatabase.
class SqlWriter
{
public:
    explicit SqlWriter(const QSqlDatabase& db);
    /// The SQLite connection under Qt's \a db (QSqlDriver::handle()), nullptr when it is none.
    static sqlite3* handleOf(const QSqlDatabase& db);
    ~SqlWriter();
    SqlWriter(const SqlWriter&) = delete;
    SqlWriter& operator=(const SqlWriter&) = delete;

    /// Executes \a sql with \a values bound in order and returns the new row's id (0 after a failure).
    /// An invalid QVariant binds SQL NULL; a null QString binds the empty string, not NULL.
    qint64 run(const QString& sql, const QVariantList& values);
    /// The first row of a query, or an empty list when there is none (or after a failure).
    QVariantList firstRow(const QString& sql, const QVariantList& values);
    /// The rows of a query (at most \a limit when it is not negative); empty after a failure.
    QList<QVariantList> rows(const QString& sql, const QVariantList& values, int limit = -1);

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    sqlite3_stmt* prepared(const QString& sql);
    bool bind(sqlite3_stmt* statement, const QVariantList& values);
    void fail();

    sqlite3* m_handle = nullptr;
    std::unordered_map<QString, sqlite3_stmt*> m_statements;
    QString m_error;
};

} // namespace concord
