#include "import/Gazetteer.h"
#include "store/CommitmentStore.h"
#include "store/Database.h"
#include "store/ImportService.h"
#include "store/StoreBackup.h"
#include "store/StoreProblem.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTimeZone>

using namespace concord;
using concord::test::TempDatabase;

namespace {

const QString Sample = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt");
const QString Other = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/003_314c7307816d8f71.txt");

void importInto(Database& db, const QString& file)
{
    const test::FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    REQUIRE(ImportService(db, Gazetteer::builtIn(), clock).importPath(file).ok());
}

} // namespace

TEST_CASE(
    "backup: a copy written while the store is open holds its rows and passes verification", "[sqlite][store][backup]")
{
    TempDatabase temp;
    const auto db = temp.open();
    importInto(*db, Sample);
    const QString copy = temp.file(QStringLiteral("copy.sqlite"));
    REQUIRE_FALSE(StoreBackup::write(*db, copy).has_value());
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".partial")));
    CHECK_FALSE(StoreBackup::verify(copy).has_value());
    const auto reopened = Database::open(copy);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->agreementCount() == 1);
    // Never over the store itself.
    const auto self = StoreBackup::write(*db, temp.path());
    REQUIRE(self.has_value());
    CHECK(self->message == QStringLiteral("A backup cannot overwrite the store it copies."));
}

TEST_CASE("backup: one daily copy a day, the newest seven kept, none of an empty store", "[sqlite][store][backup]")
{
    TempDatabase temp;
    const auto db = temp.open();
    const QDateTime day(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    CHECK(StoreBackup::daily(*db, day).value().isEmpty()); // empty: nothing to keep
    importInto(*db, Sample);
    for (int i = 0; i < 10; ++i) {
        const auto made = StoreBackup::daily(*db, day.addDays(i));
        REQUIRE(made.ok());
        CHECK(made.value().endsWith(
            QStringLiteral("/backups/concord-%1.sqlite").arg(day.addDays(i).date().toString(Qt::ISODate))));
        CHECK(StoreBackup::daily(*db, day.addDays(i).addSecs(3600)).value().isEmpty()); // once a day
    }
    QStringList names;
    for (const QFileInfo& info : StoreBackup::dailyCopies(temp.path()))
        names.append(info.fileName());
    CHECK(names
        == QStringList { QStringLiteral("concord-2026-01-10.sqlite"), QStringLiteral("concord-2026-01-09.sqlite"),
            QStringLiteral("concord-2026-01-08.sqlite"), QStringLiteral("concord-2026-01-07.sqlite"),
            QStringLiteral("concord-2026-01-06.sqlite"), QStringLiteral("concord-2026-01-05.sqlite"),
            QStringLiteral("concord-2026-01-04.sqlite") });
    // Zero keeps none and makes none.
    CHECK(StoreBackup::daily(*db, day.addDays(20), 0).value().isEmpty());
    CHECK(StoreBackup::dailyCopies(temp.path()).size() == 7);
}

TEST_CASE("backup: a damaged store is reported as damaged, by check and by every read", "[sqlite][store][backup]")
{
    TempDatabase temp;
    {
        const auto db = temp.open();
        importInto(*db, Sample);
    }
    TempDatabase::damageTable(temp.path(), QStringLiteral("commitment"));
    const auto opened = Database::open(temp.path());
    REQUIRE(opened.ok()); // the schema is readable: damage shows on reading
    const auto damage = opened.value()->check();
    REQUIRE(damage.has_value());
    CHECK(StoreProblem::isDamageReport(*damage));
    CHECK(damage->message.startsWith(QStringLiteral("The database is damaged. Restore it from a backup")));
    const auto full = opened.value()->check(Database::CheckDepth::Full);
    REQUIRE(full.has_value());
    CHECK(StoreProblem::isDamageReport(*full));
    const auto commitments = CommitmentStore(*opened.value(), Gazetteer::builtIn()).list({});
    REQUIRE_FALSE(commitments.ok());
    CHECK(commitments.error().message.contains(StoreProblem::damaged(QString())));
}

TEST_CASE(
    "backup: restore verifies the copy, keeps the replaced store and brings the rows back", "[sqlite][store][backup]")
{
    TempDatabase temp;
    const QString copy = temp.file(QStringLiteral("copy.sqlite"));
    {
        const auto db = temp.open();
        importInto(*db, Sample);
        REQUIRE_FALSE(StoreBackup::write(*db, copy).has_value());
        importInto(*db, Other);
    }
    TempDatabase::damageTable(temp.path(), QStringLiteral("agreement"));
    const QDateTime now(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);

    // A damaged or foreign backup is refused before anything is touched.
    const QString junk = temp.file(QStringLiteral("junk.sqlite"));
    QFile::copy(temp.path(), junk);
    const auto refused = StoreBackup::restore(junk, temp.path(), now);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("The backup is damaged too:")));
    const QString foreign = temp.file(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(foreign);
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t (x)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    CHECK(StoreBackup::restore(foreign, temp.path(), now).error().message
        == QStringLiteral("The backup is not a Concord database."));
    CHECK_FALSE(QFile::exists(temp.path() + QStringLiteral(".replaced-20260302-103000")));

    const auto restored = StoreBackup::restore(copy, temp.path(), now);
    REQUIRE(restored.ok());
    CHECK(restored.value() == temp.path() + QStringLiteral(".replaced-20260302-103000"));
    CHECK(QFile::exists(restored.value()));
    const auto db = temp.open();
    CHECK_FALSE(db->check(Database::CheckDepth::Full).has_value());
    CHECK(db->agreementCount() == 1);
}

TEST_CASE("database: an empty path, a folder and a newer schema each get their own sentence", "[sqlite][store]")
{
    CHECK(
        Database::open(QString()).error().message == QStringLiteral("No database file was given (the path is empty)."));
    TempDatabase temp;
    CHECK(Database::open(QFileInfo(temp.path()).absolutePath()).error().message
        == QStringLiteral("This is a folder, not a database file."));
    {
        const auto db = temp.open();
        QSqlQuery(db->connection()).exec(QStringLiteral("PRAGMA user_version = 99"));
    }
    CHECK(
        Database::open(temp.path())
            .error()
            .message.startsWith(QStringLiteral("This database was written by a newer version of Concord (schema 99;")));
    // A Concord store whose first page is overwritten is damaged, not "not a database".
    QFile file(temp.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(16, 'x'));
    file.close();
    CHECK(StoreProblem::isDamageReport(Database::open(temp.path()).error()));
}
