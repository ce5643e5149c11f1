// Faults around the store file itself: a stray journal, two first uses at once, a journal deleted under an open
// connection, a foreign file that must stay as it was.
#include "import/Gazetteer.h"
#include "store/CommitmentTracker.h"
#include "store/Database.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace concord;
using concord::test::CliRunner;
using concord::test::TempDatabase;

namespace {

const QString First = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt");
const QString Second = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/004_450d6ae2b470d9a1.txt");
const QString Third = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/001_21e0537984c48e62.txt");
const QString Fourth = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/003_314c7307816d8f71.txt");

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("cli: a stray journal from another store is refused as damage and both files stay byte for byte",
    "[cli][store][damage]")
{
    TempDatabase temp;
    const QString other = temp.file(QStringLiteral("other.sqlite"));
    const CliRunner cli;
    for (const QString& sample : { First, Second, Third })
        REQUIRE(cli.run({ QStringLiteral("import"), sample, QStringLiteral("--db"), temp.path() }).exitCode == 0);
    REQUIRE(cli.run({ QStringLiteral("import"), Fourth, QStringLiteral("--db"), other }).exitCode == 0);

    // The other store's journal while another program holds it open: frames not yet in its file.
    sqlite3* holder = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(other).constData(), &holder, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "SELECT count(*) FROM agreement", nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(cli.run({ QStringLiteral("import"), First, QStringLiteral("--db"), other }).exitCode == 0);
    const QByteArray strayJournal = bytesOf(other + QStringLiteral("-wal"));
    sqlite3_close(holder);
    REQUIRE(strayJournal.size() > 100000);

    QFile::remove(temp.path() + QStringLiteral("-shm"));
    writeBytes(temp.path() + QStringLiteral("-wal"), strayJournal);
    const QByteArray store = bytesOf(temp.path());
    for (int i = 0; i < 2; ++i) {
        const auto listed = cli.run({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() });
        CHECK(listed.exitCode == 1);
        CHECK(listed.err.contains(QStringLiteral("The database is damaged")));
        CHECK(bytesOf(temp.path()) == store);
        CHECK(bytesOf(temp.path() + QStringLiteral("-wal")) == strayJournal);
    }
    // Deleting the stray file loses nothing: the store is whole without it.
    QFile::remove(temp.path() + QStringLiteral("-wal"));
    QFile::remove(temp.path() + QStringLiteral("-shm"));
    const auto checked = cli.run({ QStringLiteral("check"), QStringLiteral("--db"), temp.path() });
    CHECK(checked.exitCode == 0);
    const auto listed = cli.run({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() });
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.count(QLatin1Char('\n')) == 4); // the second and third samples hold two each
}

TEST_CASE("cli: two first uses of a store that does not exist yet both succeed, in 20 of 20 rounds", "[cli][store]")
{
    TempDatabase temp;
    int succeeded = 0;
    for (int round = 0; round < 20; ++round) {
        const QString path = temp.file(QStringLiteral("new-%1/store.sqlite").arg(round));
        QProcess one;
        QProcess two;
        one.start(CliRunner::program(), { QStringLiteral("import"), First, QStringLiteral("--db"), path });
        two.start(CliRunner::program(), { QStringLiteral("import"), Second, QStringLiteral("--db"), path });
        REQUIRE(one.waitForFinished(60000));
        REQUIRE(two.waitForFinished(60000));
        INFO(QString::fromUtf8(one.readAllStandardError() + two.readAllStandardError()).toStdString());
        CHECK(one.exitCode() == 0);
        CHECK(two.exitCode() == 0);
        if (one.exitCode() == 0 && two.exitCode() == 0)
            ++succeeded;
    }
    CHECK(succeeded == 20);
}

TEST_CASE("store: an empty file of another program with a schema version is refused and not switched to WAL",
    "[sqlite][store]")
{
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("foreign.sqlite"));
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle, "PRAGMA user_version = 3", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
    const QByteArray before = bytesOf(path);
    const auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message == QStringLiteral("This SQLite file belongs to another program, not Concord."));
    CHECK(bytesOf(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("store: a connection whose journal another program deleted writes nothing and says why", "[sqlite][store]")
{
    TempDatabase temp;
    REQUIRE(CliRunner().run({ QStringLiteral("import"), First, QStringLiteral("--db"), temp.path() }).exitCode == 0);
    auto db = temp.open();
    const qint64 id = test::scalarOf(*db, QStringLiteral("SELECT min(id) FROM commitment"));
    const qint64 before = test::scalarOf(*db, QStringLiteral("SELECT count(*) FROM commitment_event"));
    REQUIRE(QFile::remove(temp.path() + QStringLiteral("-wal")));

    const auto noted = CommitmentTracker(*db, Gazetteer::builtIn())
                           .addNote(id, QStringLiteral("lost?"), {}, QDateTime::currentDateTime());
    REQUIRE_FALSE(noted.ok());
    CHECK(noted.error().message.contains(
        QStringLiteral("The store's journal (%1-wal) was deleted by another program while Concord had the store open; "
                       "nothing was written.")
            .arg(QFileInfo(temp.path()).fileName())));
    db.reset();
    auto again = temp.open();
    CHECK(test::scalarOf(*again, QStringLiteral("SELECT count(*) FROM commitment_event")) == before);
}

TEST_CASE("cli: check reports rows whose agreement is gone (written with foreign keys off)", "[cli][store][damage]")
{
    TempDatabase temp;
    const CliRunner cli;
    REQUIRE(cli.run({ QStringLiteral("import"), First, QStringLiteral("--db"), temp.path() }).exitCode == 0);
    REQUIRE(cli.run({ QStringLiteral("check"), QStringLiteral("--db"), temp.path() }).exitCode == 0);
    // Another program, foreign keys off, deletes the agreement and leaves its units.
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(temp.path()).constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "PRAGMA foreign_keys = OFF; DELETE FROM agreement", nullptr, nullptr, nullptr)
        == SQLITE_OK);
    sqlite3_close(other);
    const auto checked = cli.run({ QStringLiteral("check"), QStringLiteral("--db"), temp.path() });
    CHECK(checked.exitCode == 1);
    CHECK(checked.err.startsWith(QStringLiteral("concord-cli: %1: The database is damaged. Restore it from a backup "
                                                "(File ▸ Restore from Backup, or concord-cli restore). (row ")
                                     .arg(temp.path())));
    CHECK(checked.err.contains(QStringLiteral("refers to a row of agreement that does not exist and ")));
}
