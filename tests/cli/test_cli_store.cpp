#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <csignal>

using concord::test::CliRunner;
using concord::test::TempDatabase;

TEST_CASE("cli: import the samples, then search them from another run in both languages", "[cli][store]")
{
    TempDatabase temp;
    QStringList args { QStringLiteral("import"), QStringLiteral("--db"), temp.path() };
    for (const QString& name : concord::test::sampleNames())
        args.append(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name);
    const auto imported = CliRunner().run(args);
    REQUIRE(imported.finished);
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.count(QLatin1Char('\n')) == 7);
    CHECK(imported.out.startsWith(QStringLiteral("1\t")));

    const auto again = CliRunner().run({ QStringLiteral("import"), QStringLiteral("--db"), temp.path(), args.last() });
    CHECK(again.exitCode == 0);
    CHECK(again.out.endsWith(QStringLiteral("\talready imported\n")));

    const auto vi = CliRunner().run(
        { QStringLiteral("search"), QStringLiteral("phong thanh cang"), QStringLiteral("--db"), temp.path() });
    CHECK(vi.exitCode == 0);
    CHECK(vi.out.startsWith(QStringLiteral("1\tvi\tĐiều 5:\tĐiều 5: Thúc đẩy")));
    CHECK(vi.out.contains(QStringLiteral("[Phòng Thành Cảng]")));

    const auto zh = CliRunner().run({ QStringLiteral("search"), QStringLiteral("廣西與諒山"), QStringLiteral("--db"),
        temp.path(), QStringLiteral("--json") });
    CHECK(zh.exitCode == 0);
    const QJsonArray hits = QJsonDocument::fromJson(zh.out.toUtf8()).object().value(QStringLiteral("hits")).toArray();
    REQUIRE(hits.size() >= 1);
    const QJsonObject first = hits[0].toObject();
    CHECK(first.value(QStringLiteral("language")).toString() == QStringLiteral("zh"));
    CHECK(first.value(QStringLiteral("text")).toString().contains(QStringLiteral("广西与谅山")));
    CHECK_FALSE(first.value(QStringLiteral("vi")).toArray().isEmpty());
}

TEST_CASE("cli: import of a bad file fails and names it, the good ones still go in", "[cli][store]")
{
    TempDatabase temp;
    const QString bad = temp.file(QStringLiteral("empty.txt"));
    QFile(bad).open(QIODevice::WriteOnly);
    const auto result = CliRunner().run(
        { QStringLiteral("import"), bad, QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt"),
            QStringLiteral("--db"), temp.path() });
    CHECK(result.exitCode == 1);
    CHECK(result.err.startsWith(QStringLiteral("concord-cli: ") + bad));
    CHECK(result.out.startsWith(QStringLiteral("1\t")));
}

TEST_CASE("cli: list --party gives a party's agreements with those of the parties merged into it", "[cli][store]")
{
    TempDatabase temp;
    QStringList args { QStringLiteral("import"), QStringLiteral("--db"), temp.path() };
    for (const QString& name :
        { QStringLiteral("000_a538a87b9166962b.txt"), QStringLiteral("004_450d6ae2b470d9a1.txt") })
        args.append(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name);
    REQUIRE(CliRunner().run(args).exitCode == 0);

    // 000 names Tuyên Quang; 004 (2022) names Hà Giang, merged into Tuyên Quang in 2025.
    const auto tuyenQuang = CliRunner().run({ QStringLiteral("list"), QStringLiteral("--party"),
        QStringLiteral("tuyen quang"), QStringLiteral("--db"), temp.path() });
    CHECK(tuyenQuang.exitCode == 0);
    QStringList ids;
    for (const QString& line : tuyenQuang.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        ids.append(line.section(QLatin1Char('\t'), 0, 0));
    CHECK(ids == QStringList({ QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") }));

    const auto haGiang = CliRunner().run({ QStringLiteral("list"), QStringLiteral("--party"), QStringLiteral("河江"),
        QStringLiteral("--db"), temp.path(), QStringLiteral("--json") });
    CHECK(haGiang.exitCode == 0);
    const QJsonArray agreements
        = QJsonDocument::fromJson(haGiang.out.toUtf8()).object().value(QStringLiteral("agreements")).toArray();
    REQUIRE(agreements.size() == 2);
    bool sawMerger = false;
    for (const QJsonValue party : agreements[0].toObject().value(QStringLiteral("party_records")).toArray()) {
        if (party.toObject().value(QStringLiteral("key")).toString() == QStringLiteral("ha-giang")) {
            CHECK(party.toObject().value(QStringLiteral("merged_into")).toString() == QStringLiteral("tuyen-quang"));
            CHECK(party.toObject().value(QStringLiteral("merged_on")).toString() == QStringLiteral("2025-07-01"));
            sawMerger = true;
        }
    }
    CHECK(sawMerger);

    const auto unknown = CliRunner().run({ QStringLiteral("list"), QStringLiteral("--party"),
        QStringLiteral("Atlantis"), QStringLiteral("--db"), temp.path() });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err == QStringLiteral("concord-cli: no party called 'Atlantis' in %1\n").arg(temp.path()));
}

TEST_CASE("cli: Ctrl+C stops an import after the file being stored, and what was stored was printed", "[cli][store]")
{
    TempDatabase temp;
    // A long second file gives the interrupt time to arrive while it is read.
    const QString slow = temp.file(QStringLiteral("long.txt"));
    {
        QFile file(slow);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("THỎA THUẬN HỢP TÁC\n\n");
        for (int i = 1; i <= 20000; ++i)
            file.write(QStringLiteral("Điều %1. Hai bên tăng cường hợp tác về du lịch và thương mại biên giới.\n\n")
                           .arg(i)
                           .toUtf8());
    }
    const QStringList files { QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt"), slow,
        QStringLiteral(CONCORD_FIXTURES_DIR "/samples/001_21e0537984c48e62.txt"),
        QStringLiteral(CONCORD_FIXTURES_DIR "/samples/004_450d6ae2b470d9a1.txt") };
    QProcess process;
    process.start(CliRunner::program(),
        QStringList { QStringLiteral("import") } + files + QStringList { QStringLiteral("--db"), temp.path() });
    REQUIRE(process.waitForStarted());
    QByteArray out;
    while (!out.contains('\n') && process.waitForReadyRead(30000))
        out += process.readAllStandardOutput();
    REQUIRE(out == QStringLiteral("1\t%1\n").arg(files[0]).toUtf8()); // printed as soon as it was stored
    ::kill(pid_t(process.processId()), SIGINT);
    REQUIRE(process.waitForFinished(60000));
    out += process.readAllStandardOutput();
    const QString err = QString::fromUtf8(process.readAllStandardError());
    CHECK(process.exitCode() == 130);
    // The interrupt lands before the long file starts or while it is read: either way that file is whole or absent.
    const int stored = int(out.count('\n'));
    REQUIRE((stored == 1 || stored == 2));
    if (stored == 2)
        CHECK(QString::fromUtf8(out) == QStringLiteral("1\t%1\n2\t%2\n").arg(files[0], slow));
    CHECK(err
        == QStringLiteral("concord-cli: interrupted; not imported: %1\n")
               .arg(files.mid(stored).join(QLatin1Char(' '))));
    const auto listed = CliRunner().run({ QStringLiteral("list"), QStringLiteral("--db"), temp.path() });
    CHECK(listed.out.count(QLatin1Char('\n')) == stored);
}

TEST_CASE("cli: a file with no agreement structure is refused, and stored with --anyway", "[cli][store]")
{
    TempDatabase temp;
    const QString note = temp.file(QStringLiteral("note.txt"));
    QFile file(note);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Just some text\nnothing more\n");
    file.close();
    const auto refused = CliRunner().run({ QStringLiteral("import"), note, QStringLiteral("--db"), temp.path() });
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err
        == QStringLiteral("concord-cli: %1: No agreement was recognised in it: no title, no numbered or signed parts, "
                          "no parties. Import it anyway only if it is an agreement.\n"
                          "concord-cli: (import --anyway %1 stores it all the same)\n")
               .arg(note));
    const auto anyway = CliRunner().run(
        { QStringLiteral("import"), QStringLiteral("--anyway"), note, QStringLiteral("--db"), temp.path() });
    CHECK(anyway.exitCode == 0);
    CHECK(anyway.out == QStringLiteral("1\t%1\n").arg(note));
}
