#include "store/Transaction.h"

#include "store/ChangeNotice.h"
#include "store/Database.h"
#include "store/StoreProblem.h"

#include <QSqlError>
#include <QSqlQuery>

namespace concord {

namespace {
/// Runs one transaction statement; the reason when it fails.
std::optional<QString> run(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return std::nullopt;
    return StoreProblem::describe(query.lastError());
}
} // namespace

Transaction::Transaction(const Database& database)
    : m_database(database)
    , m_db(database.connection())
    , m_started(false)
    , m_writer(m_db)
{
    // IMMEDIATE: the write lock is taken at the start, waiting (busy_timeout) for another writer to finish. A
    // deferred transaction that reads first and writes later cannot wait: two importers at once would fail
    // with "database is locked" instead of one waiting for the other.
    // PostgreSQL locks rows as they are written and has no such statement.
    // Nothing is written into a journal another program deleted under this one (Database::writeRefusal).
    if (const auto refusal = database.writeRefusal()) {
        m_beginError = *refusal;
        m_writer.refuse(m_beginError);
        return;
    }
    const auto failure = run(m_db, database.isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    m_started = !failure;
    m_beginError = failure.value_or(QString());
    if (failure)
        m_writer.refuse(m_beginError);
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        run(m_db, QStringLiteral("ROLLBACK"));
}

std::optional<QString> Transaction::commit(const std::optional<StoreChange>& change)
{
    if (!m_started)
        return m_beginError.isEmpty() ? QStringLiteral("BEGIN failed") : m_beginError;
    m_done = true;
    // On a server every other program connected to the store hears of the change when it commits (NOTIFY is
    // delivered on commit, and not at all on rollback).
    if (change && m_database.isServer()) {
        for (const QString& notice : ChangeNotice::encode(*change))
            m_writer.rows(
                QStringLiteral("SELECT pg_notify('%1', ?)").arg(QLatin1String(ChangeNotice::Channel)), { notice });
    }
    const auto failure = m_writer.failed() ? std::optional(m_writer.error()) : run(m_db, QStringLiteral("COMMIT"));
    if (failure) {
        run(m_db, QStringLiteral("ROLLBACK"));
        return failure;
    }
    if (change)
        m_database.events().announce(*change);
    return std::nullopt;
}

} // namespace concord
