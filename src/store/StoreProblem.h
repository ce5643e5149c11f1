#pragma once

#include "model/Error.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;
struct sqlite3;

namespace concord {

/// What a failed SQLite call means to the person using the store: one sentence per kind of trouble (damaged,
/// read-only, locked, disk full), SQLite's own words after it. Every reader and writer of the store reports
/// failures through it, so a damaged file is called damaged wherever it is met, never shown as emptiness.
class StoreProblem
{
    Q_DECLARE_TR_FUNCTIONS(concord::StoreProblem)

public:
    /// \a code is SQLite's (extended) result code, \a message its text.
    static QString describe(int code, const QString& message);
    /// The last failure on \a handle.
    static QString describe(sqlite3* handle);
    /// A failure Qt's SQLite driver reported (its native code is SQLite's).
    static QString describe(const QSqlError& error);
    /// The sentence a store connection the server dropped is reported with.
    static QString lostConnection();
    /// Whether \a code says the file's content is damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
    static bool isDamage(int code);
    /// The sentence a damaged store is reported with, for \a detail.
    static QString damaged(const QString& detail);
    /// Whether \a error is such a report.
    static bool isDamageReport(const Error& error);
};

} // namespace concord
