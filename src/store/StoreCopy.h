#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace concord {

class Database;

/// What a table held on both sides of a copy: its rows, and a SHA-256 over the text of every row (each value as
/// text, the rows sorted, so that neither engine's order or number types matter).
struct TableTally
{
    QString table;
    qint64 rows = 0;
    QByteArray checksum; ///< hex; empty for the search index, which is rebuilt rather than copied
    friend bool operator==(const TableTally&, const TableTally&) = default;
};

/// Moves a whole store from one place to another — an SQLite file to a PostgreSQL database, or back, or between
/// two of either — and proves it did: every table's rows are counted and checksummed on both sides afterwards.
/// The destination must hold no agreement (a new file, an empty server database, or one init-server made); the
/// copy is one transaction there (a file is written beside its name and moved into place), so a failure leaves it
/// as it was. Ids are kept, so links between rows, and notes that cite them, stay true; the search index is
/// rebuilt from the units' text in the destination's own form.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(concord::StoreCopy)

public:
    /// Copies the store at \a from into \a to (paths or server addresses); the tallies of every table, equal on
    /// both sides, or an error saying which table differs, or why nothing was copied.
    static Result<QList<TableTally>> copy(const QString& from, const QString& to);
    /// The tallies of the store at \a path.
    static Result<QList<TableTally>> tally(const QString& path);
    /// The tallies of \a db, as its connection sees it.
    static Result<QList<TableTally>> tally(const Database& db);
    /// The store's tables in the order a copy fills them (each after those it refers to).
    static const QStringList& tables();
};

} // namespace concord
