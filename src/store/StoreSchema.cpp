#include "store/StoreSchema.h"

#include <QRegularExpression>

#include <vector>

namespace concord {

namespace {
/// One statement of a step: SQLite's text, and PostgreSQL's when it is not the translation of SQLite's; nullptr
/// where an engine has nothing to do.
struct Statement
{
    Statement(const char* both)
        : sqlite(both)
        , postgres(both)
        , translate(true)
    { }
    Statement(const char* sqlite, const char* postgres)
        : sqlite(sqlite)
        , postgres(postgres)
    { }

    const char* sqlite;
    const char* postgres;
    bool translate = false;
};

const std::vector<std::vector<Statement>>& steps()
{
    static const std::vector<std::vector<Statement>> steps {
        // 0 → 1: agreements.
        {
            // PostgreSQL: what the queries use of SQLite's built-in functions, so that one text of each query serves
            // both engines: instr(), json_each() of a JSON array of ids, group_concat(); and the trigram index.
            { nullptr, "CREATE EXTENSION IF NOT EXISTS pg_trgm" },
            { nullptr,
                "CREATE FUNCTION instr(text, text) RETURNS integer LANGUAGE sql IMMUTABLE STRICT"
                " AS 'SELECT strpos($1, $2)'" },
            { nullptr,
                "CREATE FUNCTION json_each(text) RETURNS TABLE (value bigint) LANGUAGE sql IMMUTABLE STRICT"
                " AS 'SELECT e::bigint FROM json_array_elements_text($1::json) AS e'" },
            { nullptr,
                "CREATE FUNCTION concord_concat(text, text, text) RETURNS text LANGUAGE sql IMMUTABLE"
                " AS 'SELECT CASE WHEN $1 IS NULL THEN $2 WHEN $2 IS NULL THEN $1 ELSE $1 || $3 || $2 END'" },
            { nullptr, "CREATE AGGREGATE group_concat(text, text) (SFUNC = concord_concat, STYPE = text)" },
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
            // The parties of an agreement and of a commitment are read in the order they were written (ORDER BY
            // rowid): SQLite numbers every row; PostgreSQL is given the column.
            { "CREATE TABLE agreement_party ("
              " agreement_id INTEGER NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
              " party_id INTEGER NOT NULL REFERENCES party(id),"
              " role TEXT NOT NULL DEFAULT 'party',"
              " PRIMARY KEY (agreement_id, party_id, role))",
                "CREATE TABLE agreement_party ("
                " rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,"
                " agreement_id BIGINT NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,"
                " party_id BIGINT NOT NULL REFERENCES party(id),"
                " role TEXT NOT NULL DEFAULT 'party',"
                " PRIMARY KEY (agreement_id, party_id, role))" },
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
            { "CREATE TABLE commitment_party ("
              " commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,"
              " party_id INTEGER NOT NULL REFERENCES party(id),"
              " role TEXT NOT NULL CHECK (role IN ('responsible', 'counterparty')),"
              " PRIMARY KEY (commitment_id, party_id, role))",
                "CREATE TABLE commitment_party ("
                " rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,"
                " commitment_id BIGINT NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,"
                " party_id BIGINT NOT NULL REFERENCES party(id),"
                " role TEXT NOT NULL CHECK (role IN ('responsible', 'counterparty')),"
                " PRIMARY KEY (commitment_id, party_id, role))" },
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
            // phrase query finds any Chinese substring (SearchIndex). SQLite: an FTS5 index, contentless (the text
            // itself stays in unit). PostgreSQL: the tokens in a column with a trigram index, which answers the
            // same phrase as a LIKE pattern, one- and two-character Chinese queries included.
            { "CREATE VIRTUAL TABLE unit_search USING fts5(folded, content='', tokenize='ascii', columnsize=0)",
                "CREATE TABLE unit_search ("
                " rowid BIGINT PRIMARY KEY REFERENCES unit(id) ON DELETE CASCADE,"
                " folded TEXT NOT NULL)" },
            { nullptr, "CREATE INDEX unit_search_folded ON unit_search USING gin (folded gin_trgm_ops)" },
            // Merge eight segments at a time instead of four: a third less merging on import, queries unchanged.
            { "INSERT INTO unit_search (unit_search, rank) VALUES ('automerge', 8)", nullptr },
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
            { "CREATE TABLE commitment_new ("
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
                // PostgreSQL changes the constraint in place.
                "ALTER TABLE commitment DROP CONSTRAINT commitment_recurrence_check" },
            { "INSERT INTO commitment_new SELECT * FROM commitment",
                "ALTER TABLE commitment ADD CONSTRAINT commitment_recurrence_check"
                " CHECK (recurrence IN ('monthly', 'quarterly', 'semiannual', 'yearly'))" },
            { "DROP TABLE commitment", nullptr },
            { "ALTER TABLE commitment_new RENAME TO commitment", nullptr },
            { "CREATE INDEX commitment_agreement ON commitment(agreement_id, position)", nullptr },
            { "CREATE INDEX commitment_due ON commitment(due)", nullptr },
            { "CREATE INDEX commitment_pair ON commitment(pair_id)", nullptr },
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
        // Schema 8: a department's store is written by several people at once (on a server). Each commitment
        // carries a version that every change raises, so that a change made on what someone read before another's
        // change is refused instead of undoing it unseen (CommitmentTracker); each line of history says who made
        // it: the server's user name, or on a file the computer's user.
        {
            "ALTER TABLE commitment ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
            "ALTER TABLE commitment_event ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE event ADD COLUMN changed_by TEXT NOT NULL DEFAULT ''",
        },
        // Schema 9: agreements and alignment pairs carry versions too. An agreement's is raised by every change of
        // its alignment or its tracked-from day (AlignmentSession, CommitmentTracker), so that an edit made on an
        // older reading is refused; each pair carries the version of the alignment it was written in. On a server,
        // which province a user is limited to (ServerRoles).
        {
            "ALTER TABLE agreement ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
            "ALTER TABLE alignment_pair ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
            { nullptr, "CREATE TABLE concord_user_scope (user_name TEXT PRIMARY KEY, province TEXT NOT NULL)" },
        },
    };
    return steps;
}
} // namespace

QString StoreSchema::forPostgres(const QString& sql)
{
    static const QRegularExpression identity(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    QString out = sql;
    out.replace(QLatin1String("(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"),
        QLatin1String("(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"));
    out.replace(identity, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    out.replace(integer, QStringLiteral("BIGINT"));
    out.replace(real, QStringLiteral("DOUBLE PRECISION"));
    out.replace(blob, QStringLiteral("BYTEA"));
    return out;
}

QStringList StoreSchema::step(int to, StoreAddress::Engine engine)
{
    QStringList statements;
    if (to < 1 || to > Version)
        return statements;
    for (const Statement& statement : steps()[size_t(to - 1)]) {
        const bool postgres = engine == StoreAddress::Engine::PostgreSQL;
        const char* text = postgres ? statement.postgres : statement.sqlite;
        if (!text)
            continue;
        const QString sql = QString::fromUtf8(text);
        statements.append(postgres && statement.translate ? forPostgres(sql) : sql);
    }
    return statements;
}

} // namespace concord
