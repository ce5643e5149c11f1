#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"

#include <QFile>

using concord::test::CliRunner;
using concord::test::TempDatabase;

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("cli: report writes each format for a scope and an as-of day", "[cli][report]")
{
    TempDatabase temp;
    const QString db = temp.path();
    REQUIRE(
        CliRunner()
            .run({ QStringLiteral("import"), QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt"),
                QStringLiteral("--db"), db })
            .exitCode
        == 0);
    const QList<std::pair<QString, QByteArray>> formats {
        { QStringLiteral("csv"), QByteArray("\xEF\xBB\xBF") },
        { QStringLiteral("html"), QByteArray("<!DOCTYPE html>") },
        { QStringLiteral("ics"), QByteArray("BEGIN:VCALENDAR\r\n") },
        { QStringLiteral("pdf"), QByteArray("%PDF-") },
        { QStringLiteral("xlsx"), QByteArray("PK\x03\x04") },
    };
    for (const auto& [format, start] : formats) {
        INFO(format.toStdString());
        const QString out = temp.file(QStringLiteral("report.") + format);
        const auto result
            = CliRunner().run({ QStringLiteral("report"), QStringLiteral("--format"), format, QStringLiteral("--out"),
                out, QStringLiteral("--db"), db, QStringLiteral("--as-of"), QStringLiteral("2027-01-15"),
                QStringLiteral("--party"), QStringLiteral("Quảng Tây"), QStringLiteral("--include-candidates") });
        CHECK(result.exitCode == 0);
        // Guangxi's: Articles 1, 2, 4, 5 and 6 (twice), the end of validity and renewal; the 2026 delegations are
        // overdue.
        CHECK(result.out == QStringLiteral("%1\t8 commitments, 3 overdue\n").arg(out));
        CHECK(contents(out).startsWith(start));
        // The documents a superior signs tell that their office is blank until it is set.
        if (format == QLatin1String("pdf") || format == QLatin1String("xlsx"))
            CHECK(result.err
                == QStringLiteral("concord-cli: note: the issuing office is not set (Preferences in the window, or "
                                  "--office-vi and --office-zh): the report leaves it blank to fill in by hand.\n"));
        else
            CHECK(result.err.isEmpty());
    }
    const auto headed = CliRunner().run({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"),
        QStringLiteral("--out"), temp.file(QStringLiteral("headed.pdf")), QStringLiteral("--db"), db,
        QStringLiteral("--office-vi"), QStringLiteral("SỞ NGOẠI VỤ TỈNH LẠNG SƠN") });
    CHECK(headed.exitCode == 0);
    CHECK(headed.err.isEmpty());

    // Without --include-candidates nobody has reviewed anything yet: nothing is counted, eight wait apart.
    const auto unreviewed = CliRunner().run(
        { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
            temp.file(QStringLiteral("apart.csv")), QStringLiteral("--db"), db, QStringLiteral("--as-of"),
            QStringLiteral("2027-01-15"), QStringLiteral("--party"), QStringLiteral("Quảng Tây") });
    CHECK(unreviewed.exitCode == 0);
    CHECK(unreviewed.out
        == QStringLiteral("%1\t0 commitments, 0 overdue, 8 awaiting review (not counted)\n")
               .arg(temp.file(QStringLiteral("apart.csv"))));

    const auto xlsx = CliRunner().run({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("docx"),
        QStringLiteral("--out"), temp.file(QStringLiteral("x")), QStringLiteral("--db"), db });
    CHECK(xlsx.exitCode == 2);
    const auto nobody = CliRunner().run({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--out"), temp.file(QStringLiteral("n.csv")), QStringLiteral("--db"), db,
        QStringLiteral("--party"), QStringLiteral("Atlantis") });
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("No party called \"Atlantis\"")));
    CHECK_FALSE(QFile::exists(temp.file(QStringLiteral("n.csv"))));
}
