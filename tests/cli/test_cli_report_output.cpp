// Where a report may be written, and what a failed write leaves: never over the store it reads (nor its journal,
// a link to it or its backups folder), and on a full disk or /dev/full an error and the old file as it was.
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using concord::test::CliResult;
using concord::test::CliRunner;
using concord::test::TempDatabase;

namespace {

const QString Sample = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt");
const QStringList Formats { QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("ics"), QStringLiteral("pdf"),
    QStringLiteral("xlsx") };

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CliResult report(const QString& format, const QString& out, const QString& db, const CliRunner& cli = CliRunner())
{
    return cli.run({ QStringLiteral("report"), QStringLiteral("--format"), format, QStringLiteral("--out"), out,
        QStringLiteral("--db"), db });
}

} // namespace

TEST_CASE("cli: a report is never written over its store, its journal, a link to it or its backups folder",
    "[cli][report][hostile]")
{
    TempDatabase temp;
    const CliRunner cli;
    REQUIRE(cli.run({ QStringLiteral("import"), Sample, QStringLiteral("--db"), temp.path() }).exitCode == 0);
    const QString symbolic = temp.file(QStringLiteral("link.csv"));
    REQUIRE(QFile::link(temp.path(), symbolic));
    const QString hard = temp.file(QStringLiteral("hard.csv"));
    REQUIRE(::link(QFile::encodeName(temp.path()).constData(), QFile::encodeName(hard).constData()) == 0);
    const QString backups = QFileInfo(temp.path()).absolutePath() + QStringLiteral("/backups");
    REQUIRE(QDir().mkpath(backups));
    const QString store = QStringLiteral(
        "This is the store Concord is reading (or its journal); writing here would destroy it. Choose another file.");
    const QString folder
        = QStringLiteral("This is in the store's backups folder, which holds its daily copies; choose another folder.");
    const QByteArray before = concord::test::storeFingerprint(temp.path());
    struct Case
    {
        QString out;
        QString message;
    };
    for (const Case& c : { Case { temp.path(), store }, Case { temp.path() + QStringLiteral("-wal"), store },
             Case { temp.path() + QStringLiteral("-shm"), store }, Case { symbolic, store }, Case { hard, store },
             Case { backups + QStringLiteral("/report.csv"), folder } }) {
        for (const QString& format : Formats) {
            INFO(c.out.toStdString() << " " << format.toStdString());
            const auto result = report(format, c.out, temp.path());
            CHECK(result.exitCode == 1);
            CHECK(result.out.isEmpty());
            CHECK(result.err == QStringLiteral("concord-cli: %1: %2\n").arg(c.out, c.message));
            CHECK(concord::test::storeFingerprint(temp.path()) == before);
        }
    }
    CHECK(cli.run({ QStringLiteral("check"), QStringLiteral("--db"), temp.path() }).exitCode == 0);
    // backup refuses the store too, and still writes into the backups folder, where the window suggests it.
    const auto over
        = cli.run({ QStringLiteral("backup"), QStringLiteral("--out"), symbolic, QStringLiteral("--db"), temp.path() });
    CHECK(over.exitCode == 1);
    CHECK(concord::test::storeFingerprint(temp.path()) == before);
    CHECK(cli.run({ QStringLiteral("backup"), QStringLiteral("--out"), backups + QStringLiteral("/manual.sqlite"),
                      QStringLiteral("--db"), temp.path() })
              .exitCode
        == 0);
}

TEST_CASE("cli: a report that cannot be written fails with the reason and leaves the old file", "[cli][report]")
{
    TempDatabase temp;
    REQUIRE(CliRunner().run({ QStringLiteral("import"), Sample, QStringLiteral("--db"), temp.path() }).exitCode == 0);
    for (const QString& format : Formats) {
        INFO(format.toStdString());
        const auto full = report(format, QStringLiteral("/dev/full"), temp.path());
        CHECK(full.exitCode == 1);
        CHECK(full.out.isEmpty());
        CHECK(full.err
            == QStringLiteral("concord-cli: /dev/full: The file cannot be written: No space left on device\n"));

        // A disk that fills up: the report's folder on a 16 KB file system of its own (a private mount, gone with
        // the program), holding the report of the day before, which must stay as it was.
        const QString folder = temp.file(QStringLiteral("full-disk"));
        REQUIRE(QDir().mkpath(folder));
        const QString out = folder + QStringLiteral("/report.") + format;
        CliRunner onFullDisk;
        onFullDisk.setWrapper({ QStringLiteral("unshare"), QStringLiteral("-m"), QStringLiteral("sh"),
            QStringLiteral("-c"),
            QStringLiteral("mount -t tmpfs -o size=16k tmpfs '%1' || exit 99; printf \"yesterday's report\" > '%2'; "
                           "head -c 12000 /dev/zero > '%1/filler'; \"$@\"; status=$?; echo '---' >&2; "
                           "cat '%2' >&2; echo >&2; ls -A '%1' >&2; exit $status")
                .arg(folder, out),
            QStringLiteral("sh") });
        const auto filled = report(format, out, temp.path(), onFullDisk);
        if (filled.exitCode == 99) {
            WARN("no private mount here (unshare -m needs CAP_SYS_ADMIN): the full-disk case is not run");
            continue;
        }
        CHECK(filled.exitCode == 1);
        CHECK(filled.out.isEmpty());
        CHECK(filled.err
            == QStringLiteral("concord-cli: %1: The file cannot be written: No space left on device\n---\n"
                              "yesterday's report\nfiller\nreport.%2\n")
                   .arg(out, format));
    }
}
