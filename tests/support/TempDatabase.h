#pragma once

#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace concord::test {

/// A fresh Concord database file in its own temporary folder, removed with the object.
class TempDatabase
{
public:
    TempDatabase();
    /// Path of the database file (not yet created until open() or a program opens it).
    QString path() const;
    /// A path for any other file in the same temporary folder.
    QString file(const QString& name) const;
    /// Opens the database, failing the test when it cannot be opened.
    std::unique_ptr<Database> open() const;
    /// Overwrites the root page of \a table in the closed store at \a path with junk (after folding the
    /// write-ahead log into the file), as a failing disk would.
    static void damageTable(const QString& path, const QString& table);

private:
    QTemporaryDir m_dir;
};

/// The number of rows of \a table in \a db, failing the test when it cannot be counted.
qint64 rowsIn(const Database& db, const QString& table);

} // namespace concord::test
