#include "store/Transaction.h"

#include "store/Database.h"
#include "store/StoreProblem.h"

#include <QSqlError>

namespace concord {

Transaction::Transaction(const Database& database)
    : m_database(database)
    , m_db(database.connection())
    , m_started(m_db.transaction())
    , m_beginError(m_started ? QString() : StoreProblem::describe(m_db.lastError()))
    , m_writer(m_db)
{ }

Transaction::~Transaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

std::optional<QString> Transaction::commit(const std::optional<StoreChange>& change)
{
    if (!m_started)
        return m_beginError.isEmpty() ? QStringLiteral("BEGIN failed") : m_beginError;
    m_done = true;
    if (m_writer.failed() || !m_db.commit()) {
        const QString reason = m_writer.failed() ? m_writer.error() : StoreProblem::describe(m_db.lastError());
        m_db.rollback();
        return reason;
    }
    if (change)
        m_database.events().announce(*change);
    return std::nullopt;
}

} // namespace concord
