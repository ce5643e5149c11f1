#pragma once

#include "model/Agreement.h"
#include "model/Result.h"
#include "store/StoreAccess.h"
#include "store/StoreAddress.h"
#include "store/StoreEvents.h"
#include "store/StoreSchema.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace concord {

class SqlWriter;

/// One Concord store, on either engine (StoreAddress): a single SQLite file in WAL mode with foreign keys on, its
/// schema versioned with PRAGMA user_version; or a PostgreSQL database, its schema versioned in the table
/// concord_schema. Both are brought forward by the same migrations (StoreSchema) when opened. Every reader and writer
/// of the store goes through this class and Transaction; the SQL they run is one text for both engines (StoreSchema
/// gives PostgreSQL the few functions of SQLite's that the queries use). Returns errors; never talks to the user.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(concord::Database)

public:
    /// Schema version this build writes. Opening a newer file fails rather than damaging it.
    static constexpr int SchemaVersion = StoreSchema::Version;
    /// PRAGMA application_id of a Concord store ("CNCD"): tells it from any other SQLite file.
    static constexpr int ApplicationId = 0x434E4344;

    /// How thoroughly check() reads the file: quick_check (every page, no index against its table) or
    /// integrity_check (everything, minutes on a large store).
    enum class CheckDepth { Quick, Full };

    /// Opens \a path, a file or a server's address (StoreAddress), creating the file (and its folder) when missing,
    /// and migrates it to SchemaVersion. A server's database must exist; its empty schema is filled.
    /// Fails, naming the file, when it is not an SQLite file, belongs to another program, or was written
    /// by a newer Concord, or is damaged. A file this user may not write is opened read-only: reads work,
    /// writes fail saying so. A failed open leaves an existing file unchanged. Opening does not read every
    /// page (the screens open the store on each worker); the programs call check() once when they start.
    static Result<std::unique_ptr<Database>> open(const QString& path);

    /// Where the programs keep their store unless told otherwise: concord.sqlite in the user's data folder.
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The store's file, or its server's address without a password: what a worker thread opens again.
    QString path() const { return m_path; }
    StoreAddress::Engine engine() const { return m_address.engine; }
    bool isServer() const { return m_address.isServer(); }
    /// Where this store's writers announce what they committed (lives on the thread that opened the store).
    StoreEvents& events() const { return *m_events; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    /// Who this program writes as, for the history: the server's name for this connection's user, or on a file
    /// the computer's user.
    const QString& userName() const { return m_userName; }
    /// The computer's user (what a file store records, and libpq's default user for a server).
    static QString localUserName();
    /// On a server store: listens for the changes other programs commit to it (ChangeNotice) and announces each
    /// on events(), marked remote, as soon as this thread's event loop runs (well within two seconds). The GUI
    /// calls it for the store its screens show; nothing on a file store, which has no other writers to hear.
    void followOtherClients();
    /// What this program may do to the store: on a file everything; on a server what the privileges its user
    /// holds there allow (ServerRoles), read when the store is opened. The server refuses the rest in any case.
    const StoreAccess& access() const { return m_access; }
    /// Reads the whole file for damage (a server keeps its own data sound: nothing to read there); an error saying "the
    /// database is damaged" with SQLite's first finding.
    std::optional<Error> check(CheckDepth depth = CheckDepth::Quick) const;
    /// Why this connection must not write now, checked before every write transaction: the file store's journal
    /// (its -wal file) or the file itself was deleted or moved by another program while this one had it open, and
    /// what it wrote would go to a file nobody will read again. Nothing on a server or a read-only store.
    std::optional<QString> writeRefusal() const;

    qint64 agreementCount() const;
    /// All agreements, newest signing date first.
    Result<QList<Agreement>> agreements() const;
    /// One agreement's header, nullopt when there is no agreement \a id; an error when it cannot be read.
    Result<std::optional<Agreement>> agreement(qint64 id) const;

private:
    Database(StoreAddress address, QString connectionName);
    static Result<std::unique_ptr<Database>> openFile(const StoreAddress& address);
    static Result<std::unique_ptr<Database>> openServer(const StoreAddress& address);
    std::optional<Error> configure();
    std::optional<Error> configureServer();
    std::optional<Error> migrate();
    std::optional<Error> migrateServer();
    void readUser();
    /// SQLite's checkpoint when the last connection closes: off while the store is not known to be sound.
    void keepJournalOnClose(bool keep) const;
    std::optional<Error> runSteps(SqlWriter& writer, int from);
    Error sqlError(const QString& what, const QString& detail) const;

    StoreAddress m_address;
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_walMode = false; ///< the file store's journal is a write-ahead log (its -wal file)
    QString m_userName;
    StoreAccess m_access;
    std::unique_ptr<StoreEvents> m_events = std::make_unique<StoreEvents>();
};

} // namespace concord
