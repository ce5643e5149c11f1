#pragma once

#include "store/SqlWriter.h"
#include "store/StoreEvents.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace concord {

class Database;

/// One write to the store, all of it or nothing: begins on construction, rolls back on destruction unless
/// committed. Statements go through writer(), which remembers the first failure; commit() checks it, commits,
/// and announces \a change on the store's StoreEvents. Every writer of the store uses this type.
class Transaction
{
public:
    explicit Transaction(const Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Whether BEGIN succeeded; when not, commit() fails with the reason.
    bool started() const { return m_started; }
    /// Why the transaction did not start (empty when it did); its writer then refuses every statement.
    const QString& beginError() const { return m_beginError; }
    SqlWriter& writer() { return m_writer; }

    /// Commits and announces \a change; on failure rolls back and returns the reason.
    std::optional<QString> commit(const std::optional<StoreChange>& change = std::nullopt);

private:
    const Database& m_database;
    QSqlDatabase m_db;
    bool m_started;
    bool m_done = false;
    QString m_beginError;
    SqlWriter m_writer;
};

} // namespace concord
