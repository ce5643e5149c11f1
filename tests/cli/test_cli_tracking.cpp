#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace concord::test;

namespace {

QJsonArray trackedJson(const QString& db, const QStringList& extra = {})
{
    const auto result = CliRunner().run(
        QStringList { QStringLiteral("tracked"), QStringLiteral("--db"), db, QStringLiteral("--json") } + extra);
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("commitments")).toArray();
}

/// The ids `import` printed, one per agreement.
QStringList importedIds(const CliResult& result)
{
    REQUIRE(result.exitCode == 0);
    QStringList ids;
    for (const QString& line : result.out.split(u'\n', Qt::SkipEmptyParts))
        ids.append(line.section(u'\t', 0, 0));
    return ids;
}

int countTrue(const QJsonArray& rows, const QString& flag)
{
    return int(std::count_if(
        rows.begin(), rows.end(), [&flag](const QJsonValue& v) { return v.toObject().value(flag).toBool(); }));
}

} // namespace

TEST_CASE("cli: tracking starts on the import day and set-tracked-from moves it", "[cli][tracking]")
{
    TempDatabase temp;
    const QString db = temp.path();
    const QStringList ids = importedIds(CliRunner().run({ QStringLiteral("import"),
        samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")), QStringLiteral("--db"), db }));
    REQUIRE(ids.size() == 2); // the forwarding letter and the memorandum
    // Imported today (whatever today is, after 2026): the memorandum's past years are history, none overdue.
    const QJsonArray today = trackedJson(db);
    REQUIRE(today.size() == 17);
    const QString importDay = today[0].toObject().value(QStringLiteral("tracked_from")).toString();
    REQUIRE(QDate::fromString(importDay, Qt::ISODate).isValid());
    const QJsonArray asOfImport = trackedJson(db, { QStringLiteral("--as-of"), importDay });
    const int yearsBefore2026Open = [&] {
        int n = 0;
        for (const QJsonValue& row : asOfImport) {
            for (const QJsonValue& o : row.toObject().value(QStringLiteral("occurrences")).toArray())
                n += o.toObject().value(QStringLiteral("history")).toBool() ? 1 : 0;
        }
        return n;
    }();
    CHECK(yearsBefore2026Open >= 12); // 2022–2025 of three yearly commitments at least
    CHECK(countTrue(
              trackedJson(db, { QStringLiteral("--as-of"), QStringLiteral("2026-12-01") }), QStringLiteral("overdue"))
        == 0);

    // Tracked from 2022: 2022's scholarships are overdue on 1 December 2026, each commitment once.
    const QString memorandum = ids.back();
    const auto moved = CliRunner().run(
        { QStringLiteral("set-tracked-from"), memorandum, QStringLiteral("2022-01-01"), QStringLiteral("--db"), db });
    CHECK(moved.exitCode == 0);
    const QJsonArray from2022 = trackedJson(db, { QStringLiteral("--as-of"), QStringLiteral("2026-12-01") });
    CHECK(countTrue(from2022, QStringLiteral("overdue")) == 3);
    CHECK(countTrue(from2022, QStringLiteral("due_within_30")) == 1); // the memorandum's own end, 31 December
    CHECK(countTrue(from2022, QStringLiteral("open")) == 17); // with the 13 undated understandings
    CHECK(from2022[0].toObject().value(QStringLiteral("tracked_from")).toString() == QStringLiteral("2022-01-01"));

    const auto bad = CliRunner().run(
        { QStringLiteral("set-tracked-from"), memorandum, QStringLiteral("01/01/2022"), QStringLiteral("--db"), db });
    CHECK(bad.exitCode == 2);
    const auto none = CliRunner().run({ QStringLiteral("set-tracked-from"), QStringLiteral("99"),
        QStringLiteral("2022-01-01"), QStringLiteral("--db"), db });
    CHECK(none.exitCode == 1);
    CHECK(none.err == QStringLiteral("concord-cli: %1: There is no agreement 99.\n").arg(db));
}

TEST_CASE("cli: close-history sets the years before tracking started in one go", "[cli][tracking]")
{
    TempDatabase temp;
    const QString db = temp.path();
    const QStringList ids = importedIds(CliRunner().run({ QStringLiteral("import"),
        samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")), QStringLiteral("--db"), db }));
    REQUIRE(CliRunner()
                .run({ QStringLiteral("set-tracked-from"), ids.back(), QStringLiteral("2026-01-01"),
                    QStringLiteral("--db"), db })
                .exitCode
        == 0);
    const auto closed = CliRunner().run(
        { QStringLiteral("close-history"), ids.back(), QStringLiteral("--status"), QStringLiteral("done"),
            QStringLiteral("--note"), QStringLiteral("Đã thực hiện theo tổng kết 2025"), QStringLiteral("--db"), db });
    CHECK(closed.exitCode == 0);
    CHECK(closed.out == QStringLiteral("12 period(s) set to done\n"));
    for (const QJsonValue& row : trackedJson(db)) {
        for (const QJsonValue& o : row.toObject().value(QStringLiteral("occurrences")).toArray()) {
            const QJsonObject year = o.toObject();
            if (year.value(QStringLiteral("history")).toBool())
                CHECK(year.value(QStringLiteral("status")).toString() == QStringLiteral("done"));
        }
    }
    const auto usage = CliRunner().run({ QStringLiteral("close-history"), ids.back(), QStringLiteral("--db"), db });
    CHECK(usage.exitCode == 2);
}

TEST_CASE("cli: delete asks first, then removes the agreement and everything of it", "[cli][tracking]")
{
    TempDatabase temp;
    const QString db = temp.path();
    const QStringList ids = importedIds(CliRunner().run({ QStringLiteral("import"),
        samplePath(QStringLiteral("000_a538a87b9166962b.txt")), QStringLiteral("--db"), db }));
    REQUIRE(ids.size() == 1);
    // No answer (or "n"): nothing goes.
    const auto declined = CliRunner().run({ QStringLiteral("delete"), ids[0], QStringLiteral("--db"), db }, "n\n");
    CHECK(declined.exitCode == 1);
    CHECK(declined.err.contains(QStringLiteral("Delete agreement %1 \"").arg(ids[0])));
    CHECK(declined.err.contains(QStringLiteral("(000_a538a87b9166962b.txt)")));
    CHECK(declined.err.endsWith(QStringLiteral("concord-cli: nothing deleted\n")));
    CHECK(trackedJson(db).size() == 10);

    const auto removed = CliRunner().run({ QStringLiteral("delete"), ids[0], QStringLiteral("--db"), db }, "y\n");
    CHECK(removed.exitCode == 0);
    CHECK(removed.out.startsWith(QStringLiteral("%1\tdeleted\tTHỎA THUẬN").arg(ids[0])));
    CHECK(trackedJson(db).isEmpty());
    const auto search
        = CliRunner().run({ QStringLiteral("search"), QStringLiteral("thanh niên"), QStringLiteral("--db"), db });
    CHECK(search.exitCode == 0);
    CHECK(search.out.isEmpty());
    const auto list = CliRunner().run({ QStringLiteral("list"), QStringLiteral("--db"), db });
    CHECK(list.out.isEmpty());
    const auto report = CliRunner().run(
        { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
            temp.file(QStringLiteral("r.csv")), QStringLiteral("--db"), db, QStringLiteral("--include-candidates") });
    CHECK(report.out.endsWith(QStringLiteral("\t0 commitments, 0 overdue\n")));

    // Deleted, it imports again; --yes skips the question.
    const QStringList again = importedIds(CliRunner().run({ QStringLiteral("import"),
        samplePath(QStringLiteral("000_a538a87b9166962b.txt")), QStringLiteral("--db"), db }));
    REQUIRE(again.size() == 1);
    CHECK(trackedJson(db).size() == 10);
    CHECK(CliRunner()
              .run({ QStringLiteral("delete"), again[0], QStringLiteral("--yes"), QStringLiteral("--db"), db })
              .exitCode
        == 0);
    const auto missing
        = CliRunner().run({ QStringLiteral("delete"), again[0], QStringLiteral("--yes"), QStringLiteral("--db"), db });
    CHECK(missing.exitCode == 1);
    CHECK(missing.err == QStringLiteral("concord-cli: %1: there is no agreement %2\n").arg(db, again[0]));
}
