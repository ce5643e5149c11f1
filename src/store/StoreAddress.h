#pragma once

#include "model/Result.h"

#include <QCoreApplication>
#include <QString>

namespace concord {

/// Where a store is: an SQLite file (a path, the default) or a PostgreSQL database, written as
/// `postgresql://user@host:port/database?sslmode=require` (libpq's URI form, `postgres://` too). Every program takes
/// one string for its store (`--db`, the GUI's last store) and reads it here; the password never belongs in it (libpq
/// reads ~/.pgpass; the GUI asks and keeps it in the system keyring), and display() never shows one.
struct StoreAddress
{
    Q_DECLARE_TR_FUNCTIONS(concord::StoreAddress)

public:
    enum class Engine { SQLite, PostgreSQL };

    Engine engine = Engine::SQLite;
    QString path; ///< the SQLite file
    QString host; ///< a name, an address or a folder holding the server's socket
    int port = 5432;
    QString database;
    QString user;
    QString password; ///< only when the address carried one (discouraged); never shown or remembered
    QString
        sslMode; ///< libpq's sslmode (disable, allow, prefer, require, verify-ca, verify-full); empty: libpq's default
    int connectTimeout = 10; ///< seconds

    /// Reads \a text: an address when it starts with postgresql:// or postgres://, a file path otherwise. Fails,
    /// quoting the address, on an unknown sslmode, a port out of range, or no database name.
    static Result<StoreAddress> parse(const QString& text);
    /// Whether \a text names a server rather than a file.
    static bool isServer(const QString& text);

    bool isServer() const { return engine == Engine::PostgreSQL; }
    /// The address as a person reads it and as the programs pass it on: the path, or the URI without a password.
    QString display() const;
    /// The options Qt's QPSQL driver passes to libpq (sslmode, connect_timeout, application_name).
    QString connectOptions() const;

    friend bool operator==(const StoreAddress&, const StoreAddress&) = default;
};

} // namespace concord
