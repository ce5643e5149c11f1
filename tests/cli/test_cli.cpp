#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using concord::test::CliRunner;
using concord::test::TempDatabase;

TEST_CASE("cli: --version prints the version", "[cli]")
{
    const auto result = CliRunner().run({ QStringLiteral("--version") });
    REQUIRE(result.finished);
    CHECK(result.exitCode == 0);
    CHECK(result.out == QStringLiteral("concord-cli " CONCORD_VERSION "\n"));
    CHECK(result.err.isEmpty());
}

TEST_CASE("cli: --help prints usage on stdout and succeeds", "[cli]")
{
    const auto result = CliRunner().run({ QStringLiteral("--help") });
    CHECK(result.exitCode == 0);
    CHECK(result.out.startsWith(QStringLiteral("Usage: concord-cli COMMAND [OPTIONS]\n")));
    CHECK(result.out.contains(QStringLiteral("  list [--db PATH] [--party NAME] [--json]")));
}

TEST_CASE("cli: wrong usage prints usage on stderr and exits 2", "[cli]")
{
    struct Row
    {
        QStringList args;
        QString firstLine;
    };
    const auto row = GENERATE(values<Row>({
        { {}, QStringLiteral("concord-cli: no command given") },
        { { QStringLiteral("frobnicate") }, QStringLiteral("concord-cli: unknown command 'frobnicate'") },
        { { QStringLiteral("--frob") }, QStringLiteral("concord-cli: unknown option --frob") },
        { { QStringLiteral("list"), QStringLiteral("--frob") },
            QStringLiteral("concord-cli: 'list' does not take option --frob") },
        { { QStringLiteral("list"), QStringLiteral("--db") },
            QStringLiteral("concord-cli: option --db needs a value") },
        { { QStringLiteral("list"), QStringLiteral("extra") },
            QStringLiteral("concord-cli: 'list' takes no arguments, got 'extra'") },
    }));
    const auto result = CliRunner().run(row.args);
    REQUIRE(result.finished);
    CHECK(result.exitCode == 2);
    CHECK(result.out.isEmpty());
    CHECK(result.err.section(QLatin1Char('\n'), 0, 0) == row.firstLine);
    CHECK(result.err.contains(QStringLiteral("Usage: concord-cli COMMAND [OPTIONS]")));
}

TEST_CASE("cli: list on a new database prints nothing and creates the store", "[cli]")
{
    TempDatabase temp;
    const auto result = CliRunner().run({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() });
    CHECK(result.exitCode == 0);
    CHECK(result.out.isEmpty());
    CHECK(result.err.isEmpty());
    CHECK(temp.open()->schemaVersion() == concord::Database::SchemaVersion);
}

TEST_CASE("cli: list --json prints the stored agreements", "[cli]")
{
    TempDatabase temp;
    {
        auto db = temp.open();
        QSqlQuery query(db->connection());
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO agreement (kind, title_vi, title_zh, reference, signed_on, place, valid_to, binding) VALUES "
            "('agreement', 'Thỏa thuận giao lưu thanh niên', '青年交流协议', '', '2026-02-07', 'Nam Ninh', "
            "'2027-12-31', NULL)")));
    }
    const auto result
        = CliRunner().run({ QStringLiteral("list"), QStringLiteral("--db=") + temp.path(), QStringLiteral("--json") });
    REQUIRE(result.exitCode == 0);
    const QJsonArray list
        = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("agreements")).toArray();
    REQUIRE(list.size() == 1);
    const QJsonObject a = list[0].toObject();
    CHECK(a.value(QStringLiteral("kind")).toString() == QStringLiteral("agreement"));
    CHECK(a.value(QStringLiteral("title_vi")).toString() == QStringLiteral("Thỏa thuận giao lưu thanh niên"));
    CHECK(a.value(QStringLiteral("title_zh")).toString() == QStringLiteral("青年交流协议"));
    CHECK(a.value(QStringLiteral("signed_on")).toString() == QStringLiteral("2026-02-07"));
    CHECK(a.value(QStringLiteral("valid_to")).toString() == QStringLiteral("2027-12-31"));
    CHECK(a.value(QStringLiteral("valid_from")).isNull());
    CHECK(a.value(QStringLiteral("binding")).isNull());

    const auto plain = CliRunner().run({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() });
    CHECK(plain.out == QStringLiteral("1\t2026-02-07\tagreement\tThỏa thuận giao lưu thanh niên\n"));
}

TEST_CASE("cli: list without --db uses the store in the user's data folder", "[cli]")
{
    QTemporaryDir data;
    CliRunner cli;
    cli.setEnvironment(QStringLiteral("XDG_DATA_HOME"), data.path());
    const auto result = cli.run({ QStringLiteral("list") });
    CHECK(result.exitCode == 0);
    CHECK(QFile::exists(data.filePath(QStringLiteral("Concord/concord/concord.sqlite"))));
    // Created on first use with the sample agreements: five files, seven agreements (two letters carry one each).
    CHECK(result.out.count(QLatin1Char('\n')) == 7);
    CHECK(result.out.contains(QStringLiteral("\t2026-02-11\tminutes\tBIÊN BẢN HỘI ĐÀM GẶP GỠ ĐẦU XUÂN 2026")));
    // The second time it is only opened.
    const auto again = cli.run({ QStringLiteral("list") });
    CHECK(again.out == result.out);
}

TEST_CASE("cli: a file that is not a database fails with exit 1 and names it", "[cli]")
{
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("agreement.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Điều 1: Hằng năm …\n");
    file.close();
    const auto result = CliRunner().run({ QStringLiteral("list"), QStringLiteral("--db"), path });
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err
        == QStringLiteral("concord-cli: %1: This is not a Concord database (not an SQLite file).\n").arg(path));
}
