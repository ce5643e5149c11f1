#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sqlite3.h>
#include <unistd.h>

using concord::test::CliResult;
using concord::test::CliRunner;
using concord::test::TempDatabase;

namespace {

const QString Sample = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt");
const QString Damaged = QStringLiteral("The database is damaged. Restore it from a backup");

CliResult cli(const QStringList& args)
{
    return CliRunner().run(args);
}

/// A store with one sample agreement and its commitments.
void fill(const TempDatabase& temp)
{
    const auto imported = cli({ QStringLiteral("import"), Sample, QStringLiteral("--db"), temp.path() });
    REQUIRE(imported.exitCode == 0);
}

} // namespace

TEST_CASE("cli: every command on a damaged store says it is damaged and exits 1", "[cli][store][damage]")
{
    TempDatabase temp;
    fill(temp);
    TempDatabase::damageTable(temp.path(), QStringLiteral("commitment"));
    const QByteArray before = [&] {
        QFile file(temp.path());
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }();
    const QString db = temp.path();
    const QString out = temp.file(QStringLiteral("r.csv"));
    const QList<QStringList> commands {
        { QStringLiteral("list") },
        { QStringLiteral("tracked") },
        { QStringLiteral("search"), QStringLiteral("hợp tác") },
        { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out },
        { QStringLiteral("set-status"), QStringLiteral("1"), QStringLiteral("done") },
        { QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("accept") },
        { QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("checked") },
        { QStringLiteral("history"), QStringLiteral("1") },
        { QStringLiteral("set-tracked-from"), QStringLiteral("1"), QStringLiteral("2026-01-01") },
        { QStringLiteral("close-history"), QStringLiteral("1"), QStringLiteral("--status"), QStringLiteral("done") },
        { QStringLiteral("delete"), QStringLiteral("1"), QStringLiteral("--yes") },
        { QStringLiteral("import"), QStringLiteral(CONCORD_FIXTURES_DIR "/samples/003_314c7307816d8f71.txt") },
        { QStringLiteral("check") },
    };
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const auto result = cli(command + QStringList { QStringLiteral("--db"), db });
        REQUIRE(result.finished);
        CHECK(result.exitCode == 1);
        CHECK(result.err.startsWith(QStringLiteral("concord-cli: %1: %2").arg(db, Damaged)));
        CHECK(result.out.isEmpty());
    }
    CHECK_FALSE(QFile::exists(out));
    QFile file(temp.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before); // nothing was written into it
}

TEST_CASE("cli: a damaged store points at its newest backup and is restored in two steps", "[cli][store][damage]")
{
    TempDatabase temp;
    fill(temp);
    // The first command of the day on a store with agreements makes the day's backup.
    REQUIRE(cli({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() }).exitCode == 0);
    const QFileInfoList copies = QDir(temp.file(QStringLiteral("backups"))).entryInfoList(QDir::Files);
    REQUIRE(copies.size() == 1);
    const QString backup = copies.front().absoluteFilePath();
    TempDatabase::damageTable(temp.path(), QStringLiteral("agreement"));

    const auto damaged = cli({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() });
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.err.contains(
        QStringLiteral("concord-cli: the newest backup is %1 (concord-cli restore %1)\n").arg(backup)));

    const auto restored = cli({ QStringLiteral("restore"), backup, QStringLiteral("--db"), temp.path() });
    CHECK(restored.exitCode == 0);
    CHECK(restored.out.startsWith(QStringLiteral("%1: restored from %2 (1 agreements)\n").arg(temp.path(), backup)));
    const auto listed = cli({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() });
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.startsWith(QStringLiteral("1\t")));
    CHECK(cli({ QStringLiteral("check"), QStringLiteral("--db"), temp.path() }).out
        == QStringLiteral("%1: ok (schema %2, 1 agreements)\n").arg(temp.path()).arg(concord::Database::SchemaVersion));
}

TEST_CASE("cli: backup --out writes a verified copy, restore refuses a file that is not a backup", "[cli][store]")
{
    TempDatabase temp;
    fill(temp);
    const QString copy = temp.file(QStringLiteral("out/copy.sqlite"));
    const auto written
        = cli({ QStringLiteral("backup"), QStringLiteral("--out"), copy, QStringLiteral("--db"), temp.path() });
    CHECK(written.exitCode == 0);
    CHECK(written.out == copy + QLatin1Char('\n'));
    CHECK(cli({ QStringLiteral("check"), QStringLiteral("--db"), copy }).exitCode == 0);
    const QString text = temp.file(QStringLiteral("notes.sqlite"));
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("just some notes\n");
    file.close();
    const auto refused = cli({ QStringLiteral("restore"), text, QStringLiteral("--db"), temp.path() });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err
        == QStringLiteral("concord-cli: %1: This file is not a backup of a Concord store (not an SQLite database).\n")
               .arg(text));
    CHECK(cli({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() }).out.startsWith(QStringLiteral("1\t")));
}

TEST_CASE("cli: an empty --db is wrong usage, never the default store", "[cli][store]")
{
    for (const QStringList& args : { QStringList { QStringLiteral("list"), QStringLiteral("--db"), QString() },
             QStringList { QStringLiteral("list"), QStringLiteral("--db=") } }) {
        const auto result = cli(args);
        CHECK(result.exitCode == 2);
        CHECK(result.err.startsWith(QStringLiteral("concord-cli: option --db needs a value, not an empty one\n")));
    }
}

TEST_CASE("cli: a store this user may not write is read, and a change says it is read-only", "[cli][store]")
{
    TempDatabase temp;
    fill(temp);
    CliRunner runner;
    if (::geteuid() == 0) {
        // root writes any file: the check runs as nobody, on a store nobody may write.
        runner.setWrapper({ QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups") });
        QFile::setPermissions(QFileInfo(temp.path()).absolutePath(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        runner.setEnvironment(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/nonexistent"));
    }
    QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::ReadOther);
    const auto listed = runner.run({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() });
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.startsWith(QStringLiteral("1\t")));
    const auto changed = runner.run({ QStringLiteral("set-status"), QStringLiteral("1"), QStringLiteral("done"),
        QStringLiteral("--db"), temp.path() });
    CHECK(changed.exitCode == 1);
    CHECK(changed.err.contains(
        QStringLiteral("The database is read-only: it can be read, but changes cannot be saved.")));
    QFile::setPermissions(temp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("cli: a locked store is read, and a change waits, then says it is locked", "[cli][store]")
{
    TempDatabase temp;
    fill(temp);
    // Another program holds the write lock (in WAL mode readers go on).
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(temp.path()).constData(), &other, SQLITE_OPEN_READWRITE, nullptr)
        == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK(cli({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() }).out.startsWith(QStringLiteral("1\t")));
    const auto changed = cli({ QStringLiteral("set-status"), QStringLiteral("1"), QStringLiteral("done"),
        QStringLiteral("--db"), temp.path() });
    CHECK(changed.exitCode == 1);
    CHECK(changed.err.contains(
        QStringLiteral("The database is locked by another program; try again when it has finished.")));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    CHECK(cli({ QStringLiteral("set-status"), QStringLiteral("1"), QStringLiteral("done"), QStringLiteral("--db"),
                  temp.path() })
              .exitCode
        == 0);
}

TEST_CASE("cli: the same file imported by four programs at once goes in once, the others say already imported",
    "[cli][store]")
{
    TempDatabase temp;
    fill(temp); // the store exists and is at the current schema before the race
    const QString file = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/004_450d6ae2b470d9a1.txt");
    QList<QProcess*> processes;
    for (int i = 0; i < 4; ++i) {
        auto* process = new QProcess;
        process->start(CliRunner::program(), { QStringLiteral("import"), file, QStringLiteral("--db"), temp.path() });
        processes.append(process);
    }
    int fresh = 0;
    int already = 0;
    for (QProcess* process : processes) {
        REQUIRE(process->waitForFinished(60000));
        CHECK(process->exitCode() == 0);
        const QString out = QString::fromUtf8(process->readAllStandardOutput());
        INFO(out.toStdString() << QString::fromUtf8(process->readAllStandardError()).toStdString());
        CHECK(out.endsWith(QLatin1Char('\n')));
        (out.contains(QStringLiteral("\talready imported")) ? already : fresh) += 1;
        delete process;
    }
    CHECK(fresh == 1);
    CHECK(already == 3);
    CHECK(cli({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() }).out.count(QLatin1Char('\n'))
        == 3); // 004 holds two
}
