#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using concord::test::CliRunner;
using concord::test::samplePath;
using concord::test::TempDatabase;

namespace {

QJsonArray commitmentsOf(const concord::test::CliResult& result)
{
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("commitments")).toArray();
}

} // namespace

TEST_CASE("cli: commitments --json prints the candidates of a file as DESIGN.md gives them", "[cli][commit]")
{
    const QJsonArray all = commitmentsOf(CliRunner().run({ QStringLiteral("commitments"),
        samplePath(QStringLiteral("000_a538a87b9166962b.txt")), QStringLiteral("--json") }));
    REQUIRE(all.size() == 10);
    const QJsonObject second = all[1].toObject();
    CHECK(second.value(QStringLiteral("label")).toString() == QStringLiteral("Điều 2:"));
    CHECK(second.value(QStringLiteral("responsible")).toArray() == QJsonArray { QStringLiteral("guangxi") });
    CHECK(second.value(QStringLiteral("counterparty")).toArray().size() == 5);
    CHECK(second.value(QStringLiteral("due")).toString() == QStringLiteral("2026-12-31"));
    CHECK(second.value(QStringLiteral("recurrence")).toString() == QStringLiteral("yearly"));
    CHECK(second.value(QStringLiteral("quantity")).toString() == QStringLiteral("80 người"));
    CHECK(second.value(QStringLiteral("occurrences")).toArray()
        == QJsonArray { QStringLiteral("2026-12-31"), QStringLiteral("2027-12-31") });
    CHECK(second.value(QStringLiteral("vi")).toString().startsWith(QStringLiteral("Hằng năm, Quảng Tây")));
    CHECK(second.value(QStringLiteral("zh")).toString().startsWith(QStringLiteral("中国广西每年邀请")));
    CHECK(second.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("quantity")).toObject()
        == QJsonObject {
            { QStringLiteral("vi"), QStringLiteral("80 người") }, { QStringLiteral("zh"), QStringLiteral("80 人") } });
    CHECK(all[9].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("validity-end"));

    const auto bad = CliRunner().run({ QStringLiteral("commitments"), QStringLiteral("/nonexistent/file.txt") });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.startsWith(QStringLiteral("concord-cli: /nonexistent/file.txt")));
}

TEST_CASE("cli: commitments are reviewed and tracked from the store, across runs", "[cli][commit][store]")
{
    TempDatabase temp;
    const QString db = temp.path();
    const auto imported = CliRunner().run({ QStringLiteral("import"),
        samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")), QStringLiteral("--db"), db });
    REQUIRE(imported.exitCode == 0);
    // Imported today, the 2022–2026 memorandum would be followed up from today; the office follows it from 2022.
    for (const QString& line : imported.out.split(u'\n', Qt::SkipEmptyParts)) {
        REQUIRE(CliRunner()
                    .run({ QStringLiteral("set-tracked-from"), line.section(u'\t', 0, 0), QStringLiteral("2022-06-01"),
                        QStringLiteral("--db"), db })
                    .exitCode
            == 0);
    }
    // The Hà Giang scholarships are Tuyên Quang's since the merger.
    const QJsonArray ofTuyenQuang
        = commitmentsOf(CliRunner().run({ QStringLiteral("tracked"), QStringLiteral("--party"),
            QStringLiteral("tuyen quang"), QStringLiteral("--db"), db, QStringLiteral("--json") }));
    // The scholarships, the 13 understandings of all parties and the memorandum's end of validity.
    REQUIRE(ofTuyenQuang.size() == 15);
    const auto found = std::find_if(ofTuyenQuang.begin(), ofTuyenQuang.end(), [](const QJsonValue& c) {
        return c.toObject().value(QStringLiteral("recurrence")).toString() == QStringLiteral("yearly");
    });
    REQUIRE(found != ofTuyenQuang.end());
    const QJsonObject scholarships = found->toObject();
    CHECK(scholarships.value(QStringLiteral("quantity")).toString() == QStringLiteral("02 suất học bổng"));
    CHECK(scholarships.value(QStringLiteral("review")).toString() == QStringLiteral("candidate"));
    const QString id = QString::number(scholarships.value(QStringLiteral("id")).toInteger());

    CHECK(CliRunner()
              .run({ QStringLiteral("review"), id, QStringLiteral("accept"), QStringLiteral("--note"),
                  QStringLiteral("Đã đối chiếu bản gốc"), QStringLiteral("--db"), db })
              .exitCode
        == 0);
    CHECK(CliRunner()
              .run({ QStringLiteral("set-status"), id, QStringLiteral("done"), QStringLiteral("--year"),
                  QStringLiteral("2022"), QStringLiteral("--note"), QStringLiteral("Đã cấp đủ 02 suất"),
                  QStringLiteral("--db"), db })
              .exitCode
        == 0);
    const auto again = CliRunner().run({ QStringLiteral("set-status"), id, QStringLiteral("done"),
        QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--db"), db });
    CHECK(again.exitCode == 1);
    CHECK(again.err == QStringLiteral("concord-cli: %1: Commitment %2 is already done.\n").arg(db, id));

    const QJsonArray overdue = commitmentsOf(CliRunner().run({ QStringLiteral("tracked"), QStringLiteral("--party"),
        QStringLiteral("Hà Giang"), QStringLiteral("--overdue-as-of"), QStringLiteral("2024-01-15"),
        QStringLiteral("--db"), db, QStringLiteral("--json") }));
    REQUIRE(overdue.size() == 1);
    const QJsonObject tracked = overdue[0].toObject();
    CHECK(tracked.value(QStringLiteral("review")).toString() == QStringLiteral("accepted"));
    CHECK(tracked.value(QStringLiteral("next_due")).toString() == QStringLiteral("2023-12-31"));
    CHECK(tracked.value(QStringLiteral("note")).toString() == QStringLiteral("Đã cấp đủ 02 suất"));
    CHECK(
        tracked.value(QStringLiteral("occurrences")).toArray()[0].toObject().value(QStringLiteral("status")).toString()
        == QStringLiteral("done"));

    const auto history = CliRunner().run({ QStringLiteral("history"), id, QStringLiteral("--db"), db });
    CHECK(history.exitCode == 0);
    const QStringList lines = history.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].section(u'\t', 1) == QStringLiteral("review\tcandidate -> accepted\tĐã đối chiếu bản gốc"));
    CHECK(lines[1].section(u'\t', 1) == QStringLiteral("status (2022)\tnot-started -> done\tĐã cấp đủ 02 suất"));

    const auto wrong
        = CliRunner().run({ QStringLiteral("set-status"), id, QStringLiteral("finished"), QStringLiteral("--db"), db });
    CHECK(wrong.exitCode == 2);
    const auto badDate = CliRunner().run({ QStringLiteral("tracked"), QStringLiteral("--from"),
        QStringLiteral("31/12/2026"), QStringLiteral("--db"), db });
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.startsWith(QStringLiteral("concord-cli: --from needs a date as YYYY-MM-DD, got '31/12/2026'")));
}
