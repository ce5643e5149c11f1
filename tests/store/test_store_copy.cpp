#include "import/Gazetteer.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/Database.h"
#include "store/ImportService.h"
#include "store/StoreCopy.h"
#include "store/UnitSearch.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

using namespace concord;
using namespace concord::test;

namespace {

const QDateTime Monday(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

/// A store file holding the five samples and the alignment corpus (documents written for the tests: other
/// provinces, numbering and layouts), with a reviewed commitment, a status, a note and a yearly period done.
QString storeFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("source.sqlite"));
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    ImportService importer(db, Gazetteer::builtIn(), test::longAgo());
    QStringList files;
    for (const QString& name :
        QDir(QStringLiteral(CONCORD_FIXTURES_DIR "/samples")).entryList({ QStringLiteral("*.txt") }))
        files.append(samplePath(name));
    const QDir corpus(QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/alignment"));
    for (const QString& name : corpus.entryList({ QStringLiteral("*.txt") }))
        files.append(corpus.filePath(name));
    ImportOptions anyway;
    anyway.evenWithoutStructure = true; // the corpus holds a page of unrelated text glued to an agreement, too
    for (const QString& file : files) {
        INFO(file.toStdString());
        REQUIRE(importer.importPath(file, anyway).ok());
    }
    const auto all = CommitmentStore(db, Gazetteer::builtIn()).list({});
    REQUIRE(all.ok());
    REQUIRE(all->size() > 20);
    CommitmentTracker tracker(db, Gazetteer::builtIn());
    const StoredCommitment& first = all->front();
    REQUIRE(tracker.accept(first.id, {}, QStringLiteral("Đã đối chiếu với bản gốc"), Monday).ok());
    REQUIRE(
        tracker.setStatus(first.id, CommitmentStatus::InProgress, QStringLiteral("Công văn số 15/SNgV"), Monday).ok());
    REQUIRE(tracker
                .addNote(all->at(1).id, QStringLiteral("广西方面已确认 — đã xác nhận"),
                    QStringLiteral("https://example.org/cv/15"), Monday)
                .ok());
    return path;
}

/// "agreement-id language label" of each hit, sorted.
QStringList hitsOf(const Database& db, const QString& query)
{
    const auto hits = UnitSearch(db).search(query, 200);
    INFO(query.toStdString());
    REQUIRE(hits.ok());
    QStringList list;
    for (const SearchHit& hit : hits.value())
        list.append(QStringLiteral("%1 %2 %3 %4")
                        .arg(hit.agreementId)
                        .arg(LanguageVersion::languageKey(hit.language), hit.label)
                        .arg(hit.unitId));
    list.sort();
    return list;
}

/// A store file (storeFile()) and this run's store holding a copy of it.
struct Copied
{
    QTemporaryDir dir;
    QString source = storeFile(dir);
    TempDatabase temp;

    Copied() { REQUIRE(StoreCopy::copy(source, temp.path()).ok()); }
};

} // namespace

TEST_CASE(
    "copy: a whole store moves into this run's store and back, every table's rows and checksum equal", "[store][copy]")
{
    QTemporaryDir dir;
    const QString source = storeFile(dir);
    TempDatabase temp;
    const auto there = StoreCopy::copy(source, temp.path());
    INFO((there.ok() ? std::string() : there.error().toString().toStdString()));
    REQUIRE(there.ok());
    const QString back = dir.filePath(QStringLiteral("back.sqlite"));
    const auto returned = StoreCopy::copy(temp.path(), back);
    INFO((returned.ok() ? std::string() : returned.error().toString().toStdString()));
    REQUIRE(returned.ok());

    const auto a = StoreCopy::tally(source);
    const auto b = StoreCopy::tally(temp.path());
    const auto c = StoreCopy::tally(back);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(b.value() == a.value());
    CHECK(c.value() == a.value());
    QStringList held;
    for (const TableTally& t : a.value()) {
        if (t.rows > 0)
            held.append(t.table);
    }
    // Every kind of row was there to copy, the history included.
    CHECK(held.contains(QStringLiteral("commitment_event")));
    CHECK(held.contains(QStringLiteral("alignment_member")));
    CHECK(held.contains(QStringLiteral("agreement_link")));

    // The copy is a store to work on: the next agreement gets the next id (the server's identity was moved past
    // the copied ones), and a commitment's history reads back with its note.
    const auto opened = temp.open();
    const qint64 agreements = opened->agreementCount();
    ImportService importer(*opened, Gazetteer::builtIn(), test::longAgo());
    const auto added = importer.importPath(
        QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/commitments/02-lao-cai-hong-ha-ke-hoach.txt"));
    REQUIRE(added.ok());
    REQUIRE(added->agreementIds.size() == 1);
    CHECK(added->agreementIds.front() == agreements + 1);
    const auto all = CommitmentStore(*opened, Gazetteer::builtIn()).list({});
    REQUIRE(all.ok());
    const auto history = CommitmentStore(*opened, Gazetteer::builtIn()).history(all->at(1).id);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->back().note == QStringLiteral("广西方面已确认 — đã xác nhận"));
}

TEST_CASE("copy: a store that is not empty is not copied into, and stays as it was", "[store][copy]")
{
    Copied copied;
    const QString& source = copied.source;
    TempDatabase& temp = copied.temp;
    const auto before = StoreCopy::tally(temp.path());
    const auto again = StoreCopy::copy(source, temp.path());
    REQUIRE_FALSE(again.ok());
    // A file that exists is never written over; a server database only when it holds no agreement.
    CHECK(again.error().message
        == (temp.onServer() ? QStringLiteral("The destination is not empty (%1 agreements); a copy fills only an empty "
                                             "store.")
                                  .arg(before->front().rows)
                            : QStringLiteral("The file exists; a copy is written only to a new file.")));
    CHECK(StoreCopy::tally(temp.path()).value() == before.value());
    // Nor is a file that exists.
    const auto onFile = StoreCopy::copy(temp.path(), source);
    REQUIRE_FALSE(onFile.ok());
    CHECK(onFile.error().message == QStringLiteral("The file exists; a copy is written only to a new file."));
}

TEST_CASE("search: this run's store finds exactly what the SQLite file finds, for every kind of query",
    "[store][search][copy]")
{
    Copied copied;
    const QString& source = copied.source;
    TempDatabase& temp = copied.temp;
    auto file = Database::open(source);
    REQUIRE(file.ok());
    const auto here = temp.open();
    // Vietnamese with and without marks, any case; đ; Chinese Simplified and Traditional, one and two characters
    // and longer runs; numbers; several words; punctuation; a query found nowhere.
    const QStringList queries { QStringLiteral("quảng tây"), QStringLiteral("QUANG TAY"), QStringLiteral("Quang tay"),
        QStringLiteral("hợp tác"), QStringLiteral("hop tac"), QStringLiteral("đoàn"), QStringLiteral("doan"),
        QStringLiteral("Ủy ban nhân dân"), QStringLiteral("cửa khẩu"), QStringLiteral("biên giới"),
        QStringLiteral("Lạng Sơn"), QStringLiteral("lang son"), QStringLiteral("广西"), QStringLiteral("廣西"),
        QStringLiteral("省"), QStringLiteral("合作"), QStringLiteral("合"), QStringLiteral("口岸"),
        QStringLiteral("人民政府"), QStringLiteral("越南"), QStringLiteral("2023"), QStringLiteral("01"),
        QStringLiteral("Điều 5"), QStringLiteral("第二条"), QStringLiteral("“hai bên”"), QStringLiteral("hai, bên"),
        QStringLiteral("ty"), QStringLiteral("khong co gi o day"), QStringLiteral("不存在的词") };
    int found = 0;
    for (const QString& query : queries) {
        CAPTURE(query);
        const QStringList expected = hitsOf(*file.value(), query);
        CHECK(hitsOf(*here, query) == expected);
        if (!expected.isEmpty())
            ++found;
    }
    CHECK(found >= 20); // the comparison is not between two empty lists
    CHECK(hitsOf(*here, QStringLiteral("khong co gi o day")).isEmpty());
}

TEST_CASE("cli: copy moves a store and prints each table's rows and checksum; init-server readies a database",
    "[store][copy][cli]")
{
    QTemporaryDir dir;
    const QString source = storeFile(dir);
    TempDatabase temp;
    CliRunner cli;
    if (temp.onServer()) {
        const auto init = cli.run({ QStringLiteral("init-server"), temp.path() });
        CHECK(init.exitCode == 0);
        CHECK(init.out
            == temp.path()
                + QStringLiteral(": ready (schema %1, 0 agreements; roles concord_viewer, concord_editor, "
                                 "concord_administrator)\n")
                      .arg(Database::SchemaVersion));
    }
    const auto copied
        = cli.run({ QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), temp.path() });
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    const QStringList lines = copied.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == StoreCopy::tables().size() + 1);
    CHECK(lines.front().startsWith(QStringLiteral("agreement ")));
    CHECK(lines.back()
        == QStringLiteral("copied to %1: every table's rows and checksum agree with the source").arg(temp.path()));
    const auto again
        = cli.run({ QStringLiteral("copy"), QStringLiteral("--from"), source, QStringLiteral("--to"), temp.path() });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(temp.onServer() ? QStringLiteral("a copy fills only an empty store")
                                             : QStringLiteral("a copy is written only to a new file")));
    const auto usage = cli.run({ QStringLiteral("copy"), QStringLiteral("--from"), source });
    CHECK(usage.exitCode == 2);
}

TEST_CASE("live updates: a change another program commits reaches this program's change signal within two seconds",
    "[server][store]")
{
    Copied copied;
    TempDatabase& temp = copied.temp;
    auto here = temp.open();
    here->followOtherClients();
    QList<StoreChange> heard;
    QObject::connect(&here->events(), &StoreEvents::changed, &here->events(),
        [&heard](const StoreChange& change) { heard.append(change); });
    const auto all = CommitmentStore(*here, Gazetteer::builtIn()).list({});
    REQUIRE(all.ok());
    // A one-time commitment: its status is the commitment's own.
    const auto once = std::find_if(all->begin(), all->end(),
        [](const StoredCommitment& c) { return !c.found.isRecurring() && c.status == CommitmentStatus::NotStarted; });
    REQUIRE(once != all->end());
    const StoredCommitment target = *once;

    // Another program (concord-cli, a process of its own) changes a status on the same server store.
    CliRunner cli;
    const auto set = cli.run({ QStringLiteral("set-status"), QString::number(target.id), QStringLiteral("done"),
        QStringLiteral("--note"), QStringLiteral("Đã ký biên bản"), QStringLiteral("--db"), temp.path() });
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    QElapsedTimer waited;
    waited.start();
    while (heard.isEmpty() && waited.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(heard.size() == 1);
    CHECK(heard.front().kind == StoreChange::StatusChanged);
    CHECK(heard.front().commitments == QList<qint64> { target.id });
    CHECK(heard.front().remote);
    CHECK(CommitmentStore(*here, Gazetteer::builtIn()).get(target.id).value().status == CommitmentStatus::Done);

    // This program's own changes are announced once, as its own, not heard back from the server.
    heard.clear();
    REQUIRE(CommitmentTracker(*here, Gazetteer::builtIn())
                .addNote(target.id, QStringLiteral("ghi chú"), QString(), Monday)
                .ok());
    waited.restart();
    while (waited.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(heard.size() == 1);
    CHECK_FALSE(heard.front().remote);
}
