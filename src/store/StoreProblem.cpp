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
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const QString message = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return ok ? describe(code, message) : error.text();
}

} // namespace concord
