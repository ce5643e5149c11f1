#pragma once

#include "store/Database.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

namespace concord::test {

/// A fresh Concord store, removed with the object: a database file in its own temporary folder or, when the
/// environment variable CONCORD_TEST_SERVER names the file holding a PostgreSQL server's address (the test
/// cluster of scripts/pg-cluster.sh, which CTest starts for the store tests' second run), a new database on that
/// server. The same tests thereby run on both engines; those that are about files are tagged [sqlite] and left
/// out of the server's run.
class TempDatabase
{
public:
    TempDatabase();
    ~TempDatabase();
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    /// Whether this run of the tests puts its stores on a server.
    static bool onServer();
    /// The address of the test server's administrator on its database postgres (empty when there is none).
    static QString serverAddress();
    /// Where the store is: the database file (not yet created until open() or a program opens it), or the
    /// server database's address.
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
    QString m_serverDatabase; ///< the database's name on the server, empty for a file
    QString m_path; ///< path()
};

/// A hash of the bytes of the store file at \a path and its write-ahead log: "unchanged" means these are the same.
QByteArray storeFingerprint(const QString& path);

/// The number of rows of \a table in \a db, failing the test when it cannot be counted.
qint64 rowsIn(const Database& db, const QString& table);
/// The number the query \a sql gives (its first row's first column), failing the test when it cannot run.
qint64 scalarOf(const Database& db, const QString& sql);

/// A connection named \a name to the server database at \a address, not through Database: what the server's
/// administrator or another program sees. Open, or closed with the reason in \a error. Remove it with
/// QSqlDatabase::removeDatabase(name) when done.
QSqlDatabase rawServerConnection(const QString& address, const QString& name, QString* error = nullptr);

/// Makes \a db refuse every row inserted into \a table with the message "disk full", as a failing store would:
/// a trigger, written in the store's engine's language.
void refuseInserts(const Database& db, const QString& table);

/// Writes \a version as the store's schema version, where its engine keeps it.
void setSchemaVersion(const Database& db, int version);

/// Checks that the store's rows are sound: on SQLite, integrity_check says ok and no row refers to a missing one;
/// on PostgreSQL there is nothing to look at, since the server enforces every foreign key as each row is written.
void checkSound(const Database& db);

} // namespace concord::test
