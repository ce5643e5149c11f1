#pragma once

#include "model/Agreement.h"
#include "model/Result.h"
#include "store/StoreEvents.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace concord {

/// One Concord store: a single SQLite file in WAL mode with foreign keys on, its schema versioned with
/// PRAGMA user_version and brought forward by migrations when opened. Returns errors; never talks to the user.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(concord::Database)

public:
    /// Schema version this build writes. Opening a newer file fails rather than damaging it.
    static constexpr int SchemaVersion = 7;
    /// PRAGMA application_id of a Concord store ("CNCD"): tells it from any other SQLite file.
    static constexpr int ApplicationId = 0x434E4344;

    /// How thoroughly check() reads the file: quick_check (every page, no index against its table) or
    /// integrity_check (everything, minutes on a large store).
    enum class CheckDepth { Quick, Full };

    /// Opens \a path, creating the file (and its folder) when missing, and migrates it to SchemaVersion.
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

    QString path() const { return m_path; }
    /// Where this store's writers announce what they committed (lives on the thread that opened the store).
    StoreEvents& events() const { return *m_events; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    /// Reads the whole file for damage; an error saying "the database is damaged" with SQLite's first finding.
    std::optional<Error> check(CheckDepth depth = CheckDepth::Quick) const;

    qint64 agreementCount() const;
    /// All agreements, newest signing date first.
    Result<QList<Agreement>> agreements() const;
    /// One agreement's header, nullopt when there is no agreement \a id; an error when it cannot be read.
    Result<std::optional<Agreement>> agreement(qint64 id) const;

private:
    Database(QString path, QString connectionName);
    std::optional<Error> configure();
    std::optional<Error> migrate();
    Error sqlError(const QString& what, const QString& detail) const;

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    std::unique_ptr<StoreEvents> m_events = std::make_unique<StoreEvents>();
};

} // namespace concord
