#include "store/StoreProblem.h"

#include <QSqlError>

#include <sqlite3.h>

namespace concord {

bool StoreProblem::isDamage(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

QString StoreProblem::damaged(const QString& detail)
{
    const QString sentence = tr("The database is damaged. Restore it from a backup (File ▸ Restore from Backup, "
                                "or concord-cli restore).");
    return detail.isEmpty() ? sentence : QStringLiteral("%1 (%2)").arg(sentence, detail);
}

bool StoreProblem::isDamageReport(const Error& error)
{
    return error.message.startsWith(damaged(QString()));
}

QString StoreProblem::describe(int code, const QString& message)
{
    const auto with = [&message](const QString& sentence) {
        return message.isEmpty() ? sentence : QStringLiteral("%1 (%2)").arg(sentence, message);
    };
    if (isDamage(code))
        return damaged(message);
    switch (code & 0xff) {
    case SQLITE_READONLY:
        return with(tr("The database is read-only: it can be read, but changes cannot be saved."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return with(tr("The database is locked by another program; try again when it has finished."));
    case SQLITE_FULL:
        return with(tr("The disk is full; nothing was changed."));
    case SQLITE_IOERR:
        return with(tr("The database file cannot be read or written (input/output error)."));
    case SQLITE_CANTOPEN:
        return with(tr("The database file cannot be opened."));
    default:
        return message;
    }
}

QString StoreProblem::describe(sqlite3* handle)
{
    if (!handle)
        return tr("The database connection is not open.");
    return describe(sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle)));
}

QString StoreProblem::describe(const QSqlError& error)
{
    const QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // PostgreSQL's codes are five-character SQLSTATEs; SQLite's are numbers below 10,000.
    const QString state = error.nativeErrorCode();
    if (state.size() == 5) {
        const auto with
            = [&message](const QString& sentence) { return QStringLiteral("%1 (%2)").arg(sentence, message); };
        if (state == QLatin1String("42501"))
            return with(tr("The server refused: your role does not allow this change. Ask the department's "
                           "administrator."));
        if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
            return with(lostConnection());
        if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
            return with(tr("Another change collided with this one on the server; nothing was saved. Try again."));
        return message;
    }
    // A connection the server dropped has no SQLSTATE: libpq only says so (in English, or the user's language).
    if (state.isEmpty()
        && (error.type() == QSqlError::ConnectionError
            || message.contains(QLatin1String("server closed the connection"))
            || message.contains(QLatin1String("no connection to the server"))))
        return QStringLiteral("%1 (%2)").arg(lostConnection(), message.trimmed());
    bool ok = false;
    const int code = state.toInt(&ok);
    return ok ? describe(code, message) : error.text();
}

QString StoreProblem::lostConnection()
{
    return tr("The connection to the server was lost (stopped or restarted); nothing of this change was saved.");
}

} // namespace concord
