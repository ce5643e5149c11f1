#include "store/Database.h"

#include "store/SqlWriter.h"
#include "store/StoreBackup.h"
#include "store/StoreProblem.h"
#include "store/Transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <functional>
#include <sqlite3.h>
#include <vector>

namespace concord {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("concord-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Every statement of a migration step; a step runs inside the migration's transaction.
const std::vector<std::vector<const char*>>& migrationSteps()
{
    static const std::vector<std::vector<const char*>> steps {
        // 0 → 1: agreements.
        {
            "CREATE TABLE agreement ("
            " id INTEGER PRIMARY KEY,"
            " kind TEXT NOT NULL DEFAULT 'other',"
            " title_vi TEXT NOT NULL DEFAULT '',"
            " title_zh TEXT NOT NULL DEFAULT '',"
            " reference TEXT NOT NULL DEFAULT '',"
            " signed_on TEXT,"
            " place TEXT NOT NULL DEFAULT '',"
            " valid_from TEXT,"
            " valid_to TEXT,"
            " binding INTEGER CHECK (binding IN (0, 1)),"
            " source_name TEXT NOT NULL DEFAULT '',"
            " content_hash TEXT UNIQUE,"
            " imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))",
            "CREATE INDEX agreement_signed_on ON agreement(signed_on)",
        },
        // 1 → 2: the imported text, its units and alignment, parties, signatories, links, history, commitments,
        // search.
        {
            "CREATE TABLE agreement_text ("
            " agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " language TEXT NOT NULL CHECK (language IN ('vi', 'zh')),"
            " raw BLOB NOT NULL," // the version's lines as imported, UTF-8, zlib-compressed (qCompress)
            " PRIMARY KEY (agreement_id, language))",
            "CREATE TABLE unit ("
            " id INTEGER PRIMARY KEY,"
            " agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " language TEXT NOT NULL CHECK (language IN ('vi', 'zh')),"
            " position INTEGER NOT NULL,"
            " kind TEXT NOT NULL,"
            " label TEXT, scheme TEXT, value INTEGER, depth INTEGER, uncertain INTEGER NOT NULL DEFAULT 0,"
            " parent_id INTEGER REFERENCES unit(id) ON DELETE CASCADE,"
            " level INTEGER NOT NULL DEFAULT 0,"
            " line INTEGER NOT NULL DEFAULT 0,"
            " text TEXT NOT NULL,"
            " UNIQUE (agreement_id, language, position))",
            "CREATE TABLE debris ("
            " id INTEGER PRIMARY KEY,"
            " agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " language TEXT NOT NULL, line INTEGER NOT NULL, reason TEXT NOT NULL, text TEXT NOT NULL)",
            "CREATE TABLE alignment_pair ("
            " id INTEGER PRIMARY KEY,"
            " agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " score REAL NOT NULL,"
            " anchored INTEGER NOT NULL DEFAULT 0,"
            " confirmed_by TEXT, confirmed_at TEXT,"
            " UNIQUE (agreement_id, position))",
            "CREATE TABLE alignment_member ("
            " pair_id INTEGER NOT NULL REFERENCES alignment_pair(id) ON DELETE CASCADE,"
            " unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,"
            " PRIMARY KEY (pair_id, unit_id))",
            "CREATE INDEX alignment_member_unit ON alignment_member(unit_id)",
            "CREATE TABLE party ("
            " id INTEGER PRIMARY KEY,"
            " key TEXT NOT NULL UNIQUE,"
            " kind TEXT NOT NULL DEFAULT '',"
            " name_vi TEXT NOT NULL DEFAULT '', name_zh TEXT NOT NULL DEFAULT '',"
            " merged_into INTEGER REFERENCES party(id), merged_on TEXT)",
            "CREATE TABLE party_alias ("
            " party_id INTEGER NOT NULL REFERENCES party(id) ON DELETE CASCADE,"
            " language TEXT NOT NULL, name TEXT NOT NULL,"
            " PRIMARY KEY (party_id, language, name))",
            "CREATE TABLE agreement_party ("
            " agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " party_id INTEGER NOT NULL REFERENCES party(id),"
            " role TEXT NOT NULL DEFAULT 'party',"
            " PRIMARY KEY (agreement_id, party_id, role))",
            "CREATE TABLE signatory ("
            " id INTEGER PRIMARY KEY,"
            " agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " party TEXT NOT NULL, office TEXT NOT NULL, person TEXT NOT NULL, person_alt TEXT NOT NULL)",
            "CREATE TABLE agreement_link ("
            " from_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " to_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL CHECK (kind IN ('forwards', 'implements', 'supersedes')),"
            " PRIMARY KEY (from_id, to_id, kind))",
            "CREATE TABLE event ("
            " id INTEGER PRIMARY KEY,"
            " at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),"
            " agreement_id INTEGER REFERENCES agreement(id) ON DELETE CASCADE,"
            " action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')",
            // Commitments: found at import (review 'candidate'), then accepted or rejected by a person; status per
            // commitment, and per year for a yearly one; every change kept in commitment_event.
            "CREATE TABLE commitment ("
            " id INTEGER PRIMARY KEY,"
            " agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " pair_id INTEGER REFERENCES alignment_pair(id) ON DELETE SET NULL,"
            " position INTEGER NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('clause', 'validity-end', 'renewal', 'next-meeting')),"
            " label TEXT NOT NULL, text_vi TEXT NOT NULL, text_zh TEXT NOT NULL, quantity TEXT NOT NULL,"
            " due TEXT, due_text TEXT NOT NULL,"
            " recurrence TEXT CHECK (recurrence IN ('yearly')),"
            " confidence REAL NOT NULL,"
            " evidence TEXT NOT NULL," // JSON: the phrases that gave actor, due, quantity, recurrence
            " warnings TEXT NOT NULL," // one per line
            " review TEXT NOT NULL DEFAULT 'candidate' CHECK (review IN ('candidate', 'accepted', 'rejected')),"
            " status TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'done', "
            "'deferred', 'cancelled')))",
            "CREATE INDEX commitment_agreement ON commitment(agreement_id, position)",
            "CREATE INDEX commitment_due ON commitment(due)",
            "CREATE TABLE commitment_party ("
            " commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,"
            " party_id INTEGER NOT NULL REFERENCES party(id),"
            " role TEXT NOT NULL CHECK (role IN ('responsible', 'counterparty')),"
            " PRIMARY KEY (commitment_id, party_id, role))",
            "CREATE INDEX commitment_party_party ON commitment_party(party_id)",
            "CREATE TABLE commitment_occurrence ("
            " id INTEGER PRIMARY KEY,"
            " commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,"
            " due TEXT NOT NULL,"
            " status TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'done', "
            "'deferred', 'cancelled')),"
            " UNIQUE (commitment_id, due))",
            "CREATE TABLE commitment_event ("
            " id INTEGER PRIMARY KEY,"
            " commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,"
            " occurrence_id INTEGER REFERENCES commitment_occurrence(id) ON DELETE CASCADE,"
            " at TEXT NOT NULL,"
            " field TEXT NOT NULL," // review, status, due, quantity, responsible, note
            " old_value TEXT NOT NULL, new_value TEXT NOT NULL, note TEXT NOT NULL, link TEXT NOT NULL)",
            "CREATE INDEX commitment_event_commitment ON commitment_event(commitment_id, id)",
            // Search: the fold of each unit's text with every Han character a token of its own, so that a
            // phrase query finds any Chinese substring; contentless: the text itself stays in unit.
            "CREATE VIRTUAL TABLE unit_search USING fts5(folded, content='', tokenize='ascii', columnsize=0)",
            // Merge eight segments at a time instead of four: a third less merging on import, queries unchanged.
            "INSERT INTO unit_search (unit_search, rank) VALUES ('automerge', 8)",
        },
        // Schema 3: the reader saves alignment edits by rewriting an agreement's pairs (and, after a split, its
        // units). Without these indexes every deleted pair scanned all commitments for ON DELETE SET NULL,
        // and every deleted unit all units for its children: minutes per edit on a large store.
        {
            "CREATE INDEX commitment_pair ON commitment(pair_id)",
            "CREATE INDEX unit_parent ON unit(parent_id)",
        },
        // Schema 4: tracking starts somewhere. Each agreement is followed up from its "tracked from" day (the day it
        // was imported, until someone changes it); periods of a recurring commitment that ended before it are
        // history. The status column of a recurring commitment caches the status of its current period
        // (StoredCommitment::currentStatus, which a test checks this statement against).
        {
            "ALTER TABLE agreement ADD COLUMN tracked_from TEXT",
            "UPDATE agreement SET tracked_from = substr(imported_at, 1, 10)",
            "UPDATE commitment SET status = coalesce("
            " (SELECT o.status FROM commitment_occurrence o JOIN agreement a ON a.id = commitment.agreement_id"
            "  WHERE o.commitment_id = commitment.id AND o.due >= a.tracked_from"
            "  AND o.status NOT IN ('done', 'cancelled') ORDER BY o.due LIMIT 1),"
            " (SELECT o.status FROM commitment_occurrence o JOIN agreement a ON a.id = commitment.agreement_id"
            "  WHERE o.commitment_id = commitment.id AND o.due >= a.tracked_from ORDER BY o.due DESC LIMIT 1),"
            " (SELECT o.status FROM commitment_occurrence o WHERE o.commitment_id = commitment.id"
            "  ORDER BY o.due DESC LIMIT 1),"
            " status) WHERE recurrence IS NOT NULL",
        },
        // Schema 5: commitments repeat monthly, quarterly and twice a year too. SQLite cannot change a CHECK
        // constraint, so the table is rebuilt (with foreign keys off: migrate() turns them off around the
        // upgrade and checks them before it commits).
        {
            "CREATE TABLE commitment_new ("
            " id INTEGER PRIMARY KEY,"
            " agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " pair_id INTEGER REFERENCES alignment_pair(id) ON DELETE SET NULL,"
            " position INTEGER NOT NULL,"
            " kind TEXT NOT NULL CHECK (kind IN ('clause', 'validity-end', 'renewal', 'next-meeting')),"
            " label TEXT NOT NULL, text_vi TEXT NOT NULL, text_zh TEXT NOT NULL, quantity TEXT NOT NULL,"
            " due TEXT, due_text TEXT NOT NULL,"
            " recurrence TEXT CHECK (recurrence IN ('monthly', 'quarterly', 'semiannual', 'yearly')),"
            " confidence REAL NOT NULL,"
            " evidence TEXT NOT NULL,"
            " warnings TEXT NOT NULL,"
            " review TEXT NOT NULL DEFAULT 'candidate' CHECK (review IN ('candidate', 'accepted', 'rejected')),"
            " status TEXT NOT NULL DEFAULT 'not-started' CHECK (status IN ('not-started', 'in-progress', 'done', "
            "'deferred', 'cancelled')))",
            "INSERT INTO commitment_new SELECT * FROM commitment",
            "DROP TABLE commitment",
            "ALTER TABLE commitment_new RENAME TO commitment",
            "CREATE INDEX commitment_agreement ON commitment(agreement_id, position)",
            "CREATE INDEX commitment_due ON commitment(due)",
            "CREATE INDEX commitment_pair ON commitment(pair_id)",
        },
        // Schema 6: an agreement whose text reads as OCR output is flagged (to check against the original).
        {
            "ALTER TABLE agreement ADD COLUMN ocr_text INTEGER NOT NULL DEFAULT 0 CHECK (ocr_text IN (0, 1))",
            // and a commitment keeps the Chinese label of its clause (第二条) for the Chinese interface.
            "ALTER TABLE commitment ADD COLUMN label_zh TEXT NOT NULL DEFAULT ''",
        },
        // Schema 7: agreements read from scans keep, per line of their text, the page, box and confidence it was
        // recognised with, and their pages' images (ScanStore).
        {
            "ALTER TABLE agreement ADD COLUMN scanned INTEGER NOT NULL DEFAULT 0 CHECK (scanned IN (0, 1))",
            "CREATE TABLE scan_line ("
            " agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " line INTEGER NOT NULL,"
            " page INTEGER NOT NULL,"
            " x REAL NOT NULL, y REAL NOT NULL, width REAL NOT NULL, height REAL NOT NULL," // fractions of the page
            " confidence INTEGER NOT NULL,"
            " low_words TEXT NOT NULL DEFAULT ''," // JSON: [["word", confidence], …]
            " PRIMARY KEY (agreement_id, line))",
            "CREATE TABLE scan_page ("
            " agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
            " page INTEGER NOT NULL,"
            " width INTEGER NOT NULL, height INTEGER NOT NULL,"
            " image BLOB NOT NULL," // PNG, grey
            " PRIMARY KEY (agreement_id, page))",
        },
    };
    return steps;
}

QDate dateFrom(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/concord.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    if (path.trimmed().isEmpty())
        return Error { path, 0, -1, tr("No database file was given (the path is empty).") };
    const QFileInfo info(path);
    if (info.isDir())
        return Error { path, 0, -1, tr("This is a folder, not a database file.") };
    bool readOnly = false;
    if (info.exists() && info.size() > 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error { path, 0, -1, tr("The database cannot be read: %1").arg(file.errorString()) };
        const QByteArray header = file.read(100);
        if (!header.startsWith(QByteArray("SQLite format 3\0", 16))) {
            // A Concord store whose first page was overwritten still carries its application id there.
            if (header.size() >= 72 && header.mid(68, 4) == QByteArray("CNCD"))
                return Error { path, 0, -1, StoreProblem::damaged(tr("its header is not an SQLite header")) };
            return Error { path, 0, -1, tr("This is not a Concord database (not an SQLite file).") };
        }
        // A file (or folder) this user may not write is opened for reading: everything can be read and
        // every change says that the store is read-only.
        readOnly = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error { path, 0, -1, tr("The folder for the database cannot be created.") };
    }

    std::unique_ptr<Database> db(new Database(path, nextConnectionName()));
    db->m_readOnly = readOnly;
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (readOnly) {
        // Read-only and immutable: a store in WAL mode needs its shared-memory file to be read, which a
        // folder this user may not write cannot hold; immutable reads the file as it is, without locks.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setScheme(QStringLiteral("file"));
        uri.setQuery(QStringLiteral("immutable=1"));
        connection.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        connection.setDatabaseName(path);
    }
    if (!connection.open())
        return db->sqlError(tr("The database cannot be opened."), StoreProblem::describe(connection.lastError()));
    if (auto error = db->configure())
        return *error;
    if (auto error = db->migrate())
        return *error;
    return db;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::sqlError(const QString& what, const QString& detail) const
{
    return Error { m_path, 0, -1, detail.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, detail) };
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
}

std::optional<Error> Database::configure()
{
    QSqlQuery query(connection());
    // The first read of the schema meets a damaged or foreign file: say which it is.
    const auto unreadable = [this](const QSqlError& error) {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        if (ok && StoreProblem::isDamage(code))
            return Error { m_path, 0, -1, StoreProblem::damaged(error.databaseText()) };
        return sqlError(tr("The database cannot be read."), StoreProblem::describe(error));
    };
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return unreadable(query.lastError());
    const int applicationId = query.value(0).toInt();
    const int version = schemaVersion();
    query.finish();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
        return unreadable(query.lastError());
    const bool empty = query.value(0).toInt() == 0;
    query.finish();
    if (!empty && applicationId != ApplicationId)
        return sqlError(tr("This SQLite file belongs to another program, not Concord."), {});
    if (version > SchemaVersion)
        return sqlError(tr("This database was written by a newer version of Concord (schema %1; this version "
                           "reads up to %2).")
                            .arg(version)
                            .arg(SchemaVersion),
            {});
    if (m_readOnly && (empty || version < SchemaVersion))
        return sqlError(tr("The database is read-only and needs an upgrade to this version of Concord (schema %1 to "
                           "%2); open it once where it can be written.")
                            .arg(version)
                            .arg(SchemaVersion),
            {});

    QStringList pragmas { QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000") };
    if (!m_readOnly)
        pragmas += { QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL") };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return sqlError(tr("The database cannot be configured."), StoreProblem::describe(query.lastError()));
        query.finish();
    }
    return std::nullopt;
}

std::optional<Error> Database::check(CheckDepth depth) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    const QString pragma = depth == CheckDepth::Full ? QStringLiteral("PRAGMA integrity_check(20)")
                                                     : QStringLiteral("PRAGMA quick_check(20)");
    if (!query.exec(pragma))
        return Error { m_path, 0, -1, StoreProblem::describe(query.lastError()) };
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (query.lastError().isValid())
        return Error { m_path, 0, -1, StoreProblem::describe(query.lastError()) };
    if (problems.isEmpty())
        return std::nullopt;
    // SQLite's first finding, without its "*** in database main ***" heading; the count of the others.
    QStringList findings;
    for (const QString& problem : problems)
        for (const QString& line : problem.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.startsWith(QLatin1String("***")))
                findings.append(line.trimmed());
    QString detail = findings.value(0);
    if (findings.size() > 1)
        detail += tr(" and %n more finding(s)", nullptr, int(findings.size() - 1));
    return Error { m_path, 0, -1, StoreProblem::damaged(detail) };
}

std::optional<Error> Database::migrate()
{
    const int from = schemaVersion();
    if (from == SchemaVersion)
        return std::nullopt;
    // An upgrade rewrites tables: a copy of the store as it was comes first.
    if (from > 0) {
        if (const auto copy = StoreBackup::beforeUpgrade(*this, from, QDateTime::currentDateTime()); !copy)
            return Error { m_path, 0, -1,
                tr("The database is not upgraded: no backup could be made first. %1").arg(copy.error().message) };
    }
    // A step may rebuild a table that others refer to; foreign keys can only be switched outside a transaction.
    QSqlQuery pragma(connection());
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto keysBackOn = qScopeGuard([&pragma] { pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    Transaction transaction(*this);
    if (!transaction.started())
        return sqlError(tr("The database cannot be upgraded."), StoreProblem::describe(connection().lastError()));
    SqlWriter& writer = transaction.writer();
    const auto& steps = migrationSteps();
    for (int version = from; version < SchemaVersion && !writer.failed(); ++version) {
        for (const char* statement : steps[static_cast<size_t>(version)]) {
            writer.run(QString::fromUtf8(statement), {});
            if (writer.failed())
                return sqlError(tr("The database cannot be upgraded to schema %1.").arg(version + 1), writer.error());
        }
    }
    // PRAGMA values cannot be bound; both are integers this code controls.
    writer.run(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), {});
    writer.run(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), {});
    if (!writer.failed() && !writer.rows(QStringLiteral("PRAGMA foreign_key_check"), {}, 1).isEmpty())
        return sqlError(tr("The database cannot be upgraded: some rows refer to rows that do not exist."), {});
    if (const auto failure = transaction.commit())
        return sqlError(tr("The database cannot be upgraded."), *failure);
    return std::nullopt;
}

qint64 Database::agreementCount() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM agreement")) && query.next() ? query.value(0).toLongLong()
                                                                                        : 0;
}

namespace {
const QString AgreementColumns = QStringLiteral(
    "SELECT id, kind, title_vi, title_zh, reference, signed_on, place, valid_from, valid_to, binding, source_name, "
    "tracked_from, ocr_text, scanned FROM agreement ");

Agreement agreementFrom(const QSqlQuery& query)
{
    Agreement a;
    a.id = query.value(0).toLongLong();
    a.kind = kindFromKey(query.value(1).toString()).value_or(AgreementKind::Other);
    a.titleVi = query.value(2).toString();
    a.titleZh = query.value(3).toString();
    a.reference = query.value(4).toString();
    a.signedOn = dateFrom(query.value(5));
    a.place = query.value(6).toString();
    a.validFrom = dateFrom(query.value(7));
    a.validTo = dateFrom(query.value(8));
    if (!query.value(9).isNull())
        a.binding = query.value(9).toInt() != 0;
    a.sourceName = query.value(10).toString();
    a.trackedFrom = dateFrom(query.value(11));
    a.ocrText = query.value(12).toInt() != 0;
    a.scanned = query.value(13).toInt() != 0;
    return a;
}
} // namespace

Result<QList<Agreement>> Database::agreements() const
{
    QList<Agreement> result;
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.exec(AgreementColumns + QStringLiteral("ORDER BY signed_on IS NULL, signed_on DESC, id")))
        return sqlError(tr("The agreements cannot be read."), StoreProblem::describe(query.lastError()));
    while (query.next())
        result.append(agreementFrom(query));
    return result;
}

Result<std::optional<Agreement>> Database::agreement(qint64 id) const
{
    QSqlQuery query(connection());
    query.prepare(AgreementColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("The agreements cannot be read."), StoreProblem::describe(query.lastError()));
    if (!query.next()) {
        if (query.lastError().isValid())
            return sqlError(tr("The agreements cannot be read."), StoreProblem::describe(query.lastError()));
        return std::optional<Agreement>();
    }
    return std::optional(agreementFrom(query));
}

} // namespace concord
