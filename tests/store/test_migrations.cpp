#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/CommitmentStore.h"
#include "store/Database.h"
#include "store/ImportService.h"
#include "store/StoreBackup.h"
#include "store/StoreSchema.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace concord;
using concord::test::TempDatabase;

namespace {

QString fixture(int version)
{
    return QStringLiteral(CONCORD_FIXTURES_DIR "/schema/v%1.sql").arg(version);
}

/// Writes the store of schema \a version from its fixture with plain SQLite, as that version left it.
void createOldStore(const QString& path, int version)
{
    QFile file(fixture(version));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString script = QString::fromUtf8(file.readAll());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-store"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString& line : script.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("--")))
                continue;
            INFO(line.toStdString());
            REQUIRE(query.exec(line));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-store"));
}

/// Everything that defines a store's shape: its schema objects and the search index's configuration.
QStringList shape(const Database& db)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name")));
    while (query.next()) {
        rows.append(QStringLiteral("%1|%2|%3|%4")
                        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString()));
    }
    REQUIRE(query.exec(QStringLiteral("SELECT k, v FROM unit_search_config ORDER BY k")));
    while (query.next())
        rows.append(QStringLiteral("config|%1|%2").arg(query.value(0).toString(), query.value(1).toString()));
    REQUIRE(query.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(query.next());
    rows.append(QStringLiteral("application_id|%1").arg(query.value(0).toInt()));
    return rows;
}

} // namespace

TEST_CASE("migrations: a store of every earlier schema is brought to the current one with its rows", "[sqlite][store]")
{
    TempDatabase fresh;
    const QStringList current = shape(*fresh.open());
    for (int version = 0; version < Database::SchemaVersion; ++version) {
        INFO("from schema " << version);
        REQUIRE(QFile::exists(fixture(version))); // add tests/fixtures/schema/vN.sql when the schema moves on
        TempDatabase temp;
        createOldStore(temp.path(), version);
        const auto opened = Database::open(temp.path());
        REQUIRE(opened.ok());
        const Database& db = *opened.value();
        CHECK(db.schemaVersion() == Database::SchemaVersion);
        CHECK(shape(db) == current);
        QSqlQuery check(db.connection());
        REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));
        if (version >= 1) {
            const QList<Agreement> agreements = db.agreements().value();
            REQUIRE(agreements.size() == 2);
            CHECK(agreements[0].titleVi == QStringLiteral("THỎA THUẬN HỢP TÁC"));
            CHECK(agreements[0].titleZh == QStringLiteral("合作协议"));
            CHECK(agreements[0].signedOn == QDate(2024, 5, 6));
            CHECK(agreements[0].validTo == QDate(2026, 5, 6));
            CHECK(agreements[1].kind == AgreementKind::Minutes);
        }
        if (version >= 1) {
            // Schema 4: each agreement is tracked from the day it was imported.
            CHECK(db.agreements()->front().trackedFrom == QDate(2024, 5, 7));
        }
        if (version == 3) {
            // The cached status of the yearly commitment is its current year's, as the rules say.
            const auto yearly = CommitmentStore(db, Gazetteer::builtIn()).get(2);
            REQUIRE(yearly.ok());
            CHECK(yearly->currentStatus() == CommitmentStatus::InProgress);
            QSqlQuery cached(db.connection());
            REQUIRE(cached.exec(QStringLiteral("SELECT status FROM commitment WHERE id = 2")));
            REQUIRE(cached.next());
            CHECK(cached.value(0).toString() == CommitmentStatusRules::key(yearly->currentStatus()));
        }
        if (version >= 3) {
            // Schema 5 rebuilds the commitment table: its rows, parties and occurrences come through.
            const auto yearly = CommitmentStore(db, Gazetteer::builtIn()).get(2);
            REQUIRE(yearly.ok());
            CHECK(yearly->found.recurrence == Recurrence::Yearly);
            CHECK(yearly->occurrences.size() == 3);
            const auto once = CommitmentStore(db, Gazetteer::builtIn()).get(1);
            REQUIRE(once.ok());
            CHECK(once->found.responsible == QStringList { QStringLiteral("lang-son") });
            QSqlQuery keys(db.connection());
            REQUIRE(keys.exec(QStringLiteral("PRAGMA foreign_keys")));
            REQUIRE(keys.next());
            CHECK(keys.value(0).toInt() == 1);
        }
        // The brought-forward store takes an import like a new one.
        ImportService store(*opened.value(), Gazetteer::builtIn(), test::longAgo());
        CHECK(store.importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt")).ok());
    }
}

TEST_CASE("migrations: a migration that fails leaves the old store as it was", "[sqlite][store]")
{
    TempDatabase temp;
    createOldStore(temp.path(), 1);
    {
        // A table in the way of schema 2's: the upgrade must fail whole.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("in-the-way"));
        db.setDatabaseName(temp.path());
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("CREATE TABLE debris (x)")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("in-the-way"));
    const auto failed = Database::open(temp.path());
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().file == temp.path());
    CHECK(failed.error().message.contains(QStringLiteral("schema 2")));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("after"));
    db.setDatabaseName(temp.path());
    REQUIRE(db.open());
    {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM agreement), "
                                          "(SELECT count(*) FROM sqlite_schema WHERE name = 'unit'), "
                                          "(SELECT user_version FROM pragma_user_version)")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 2);
        CHECK(query.value(1).toInt() == 0);
        CHECK(query.value(2).toInt() == 1);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("after"));
}

TEST_CASE("migrations: schema 4's cached status of a recurring commitment is the rule's, on every combination",
    "[sqlite][store][tracking]")
{
    // Every status of three yearly periods (2024, 2025, 2026), under three import days: before all of them, between
    // the first two, after the last. Schema 4's SQL must give each commitment the status the rules show.
    TempDatabase temp;
    createOldStore(temp.path(), 3);
    const QStringList statuses { QStringLiteral("not-started"), QStringLiteral("in-progress"), QStringLiteral("done"),
        QStringLiteral("deferred"), QStringLiteral("cancelled") };
    const QStringList imported { QStringLiteral("2024-01-10T08:00:00Z"), QStringLiteral("2025-03-01T08:00:00Z"),
        QStringLiteral("2027-02-01T08:00:00Z") };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("combinations"));
        db.setDatabaseName(temp.path());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(db.transaction());
        int commitment = 100, occurrence = 100;
        for (int a = 0; a < imported.size(); ++a) {
            const int agreement = 10 + a;
            REQUIRE(q.exec(QStringLiteral("INSERT INTO agreement (id, title_vi, content_hash, imported_at) "
                                          "VALUES (%1, 'T', 'h%1', '%2')")
                               .arg(agreement)
                               .arg(imported[a])));
            for (const QString& first : statuses) {
                for (const QString& second : statuses) {
                    for (const QString& third : statuses) {
                        REQUIRE(
                            q.exec(QStringLiteral("INSERT INTO commitment (id, agreement_id, position, kind, label, "
                                                  "text_vi, text_zh, quantity, due, due_text, recurrence, "
                                                  "confidence, evidence, warnings, review, status) VALUES (%1, %2, "
                                                  "%1, 'clause', '', '', '', '', '2024-12-31', '', 'yearly', 0.5, "
                                                  "'{}', '', 'accepted', 'not-started')")
                                       .arg(commitment)
                                       .arg(agreement)));
                        int year = 2024;
                        for (const QString& status : { first, second, third }) {
                            REQUIRE(q.exec(QStringLiteral("INSERT INTO commitment_occurrence (id, commitment_id, due, "
                                                          "status) VALUES (%1, %2, '%3-12-31', '%4')")
                                               .arg(occurrence++)
                                               .arg(commitment)
                                               .arg(year++)
                                               .arg(status)));
                        }
                        ++commitment;
                    }
                }
            }
        }
        REQUIRE(db.commit());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("combinations"));

    const auto opened = Database::open(temp.path());
    REQUIRE(opened.ok());
    CommitmentFilter all;
    all.reviews = { Review::Accepted };
    const auto list = CommitmentStore(*opened.value(), Gazetteer::builtIn()).list(all);
    REQUIRE(list.ok());
    int checked = 0;
    for (const StoredCommitment& c : list.value()) {
        if (c.id < 100)
            continue;
        INFO("commitment " << c.id);
        QSqlQuery cached(opened.value()->connection());
        REQUIRE(cached.exec(QStringLiteral("SELECT status FROM commitment WHERE id = %1").arg(c.id)));
        REQUIRE(cached.next());
        CHECK(cached.value(0).toString() == CommitmentStatusRules::key(c.currentStatus()));
        ++checked;
    }
    CHECK(checked == 3 * 125);
}

TEST_CASE("migrations: an upgrade keeps a copy of the store as it was in the backups folder", "[sqlite][store][backup]")
{
    TempDatabase temp;
    createOldStore(temp.path(), 4);
    REQUIRE(Database::open(temp.path()).ok());
    const QDir backups(StoreBackup::folder(temp.path()));
    const QStringList copies = backups.entryList({ QStringLiteral("concord-*-schema4.sqlite") }, QDir::Files);
    REQUIRE(copies.size() == 1);
    const QString copy = backups.filePath(copies.front());
    CHECK_FALSE(StoreBackup::verify(copy).has_value());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
    {
        db.setDatabaseName(copy);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 4);
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM agreement")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 2);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    // A new store needs no copy: there is nothing to keep.
    TempDatabase fresh;
    fresh.open();
    CHECK_FALSE(QDir(StoreBackup::folder(fresh.path())).exists());
}

namespace {
/// A server store's shape: its columns, constraints and indexes as PostgreSQL's catalogue gives them.
QStringList serverShape(const QSqlDatabase& db)
{
    QStringList rows;
    QSqlQuery query(db);
    for (const QString& sql : {
             QStringLiteral("SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' "
                            "|| coalesce(column_default, '') FROM information_schema.columns "
                            "WHERE table_schema = current_schema() ORDER BY 1"),
             QStringLiteral("SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
                            "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace ORDER BY 1"),
             QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1"),
         }) {
        REQUIRE(query.exec(sql));
        while (query.next())
            rows.append(query.value(0).toString());
    }
    return rows;
}

/// Runs \a statements on the server database at \a address, on a connection of its own.
void onServer(const QString& address, const QStringList& statements, QStringList* shapeOut = nullptr)
{
    {
        QString error;
        QSqlDatabase db = test::rawServerConnection(address, QStringLiteral("old-server-store"), &error);
        INFO(error.toStdString());
        REQUIRE(db.isOpen());
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            INFO(statement.toStdString());
            INFO(query.lastError().text().toStdString());
            REQUIRE(query.exec(statement));
        }
        if (shapeOut)
            *shapeOut = serverShape(db);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-server-store"));
}
} // namespace

TEST_CASE(
    "migrations: a server store of every earlier schema is brought to the current one with its rows", "[server][store]")
{
    // The shape of a store made at the current schema, to compare every upgraded one with.
    QStringList current;
    {
        TempDatabase fresh;
        fresh.open();
        onServer(fresh.path(), {}, &current);
    }
    REQUIRE(current.contains(QStringLiteral("commitment.recurrence text YES ")));
    for (int version = 1; version < Database::SchemaVersion; ++version) {
        CAPTURE(version);
        TempDatabase temp;
        // The store as that version of Concord left it: its steps, its version, an agreement (and from schema 2 a
        // yearly commitment with one period).
        QStringList statements { QStringLiteral("CREATE TABLE concord_schema (version INTEGER NOT NULL)") };
        for (int step = 1; step <= version; ++step)
            statements += StoreSchema::step(step, StoreAddress::Engine::PostgreSQL);
        statements += QStringLiteral("INSERT INTO concord_schema (version) VALUES (%1)").arg(version);
        statements += QStringLiteral("INSERT INTO agreement (id, title_vi, content_hash, imported_at) "
                                     "VALUES (1, 'Thỏa thuận hợp tác', 'h1', '2025-03-01T08:00:00Z')");
        if (version >= 2) {
            statements += QStringLiteral(
                "INSERT INTO commitment (id, agreement_id, position, kind, label, text_vi, text_zh, quantity, due, "
                "due_text, recurrence, confidence, evidence, warnings) VALUES (1, 1, 0, 'clause', 'Điều 1', 'Hằng năm "
                "trao 5 suất học bổng', '每年5个名额', '5 suất', '2026-09-01', 'hằng năm', 'yearly', 0.9, '{}', '')");
            statements += QStringLiteral("INSERT INTO commitment_occurrence (commitment_id, due, status) VALUES (1, "
                                         "'2026-09-01', 'in-progress')");
        }
        onServer(temp.path(), statements);

        const auto opened = Database::open(temp.path());
        INFO((opened.ok() ? std::string() : opened.error().toString().toStdString()));
        REQUIRE(opened.ok());
        const Database& db = *opened.value();
        CHECK(db.schemaVersion() == Database::SchemaVersion);
        CHECK(db.agreementCount() == 1);
        CHECK(db.agreement(1).value()->titleVi == QStringLiteral("Thỏa thuận hợp tác"));
        if (version < 4)
            CHECK(db.agreement(1).value()->trackedFrom == QDate(2025, 3, 1)); // schema 4 filled it in
        if (version >= 2) {
            CHECK(test::rowsIn(db, QStringLiteral("commitment")) == 1);
            if (version < 4) // schema 4 cached the current period's status on the commitment
                CHECK(CommitmentStore(db, Gazetteer::builtIn()).get(1).value().status == CommitmentStatus::InProgress);
        }
        QStringList shape;
        onServer(temp.path(), {}, &shape);
        CHECK(shape == current);
        // Schema 5 let commitments repeat monthly.
        QSqlQuery monthly(db.connection());
        CHECK(monthly.exec(QStringLiteral("UPDATE commitment SET recurrence = 'monthly' WHERE id = 1")));
    }
}
