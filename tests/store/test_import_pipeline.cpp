#include "import/Gazetteer.h"
#include "store/ImportPipeline.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace concord;
using namespace concord::test;

namespace {

qint64 agreements(const Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM agreement")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("import pipeline: files are stored and reported in their order while the next ones are prepared, a "
          "failure said for its own file",
    "[store][import]")
{
    TempDatabase temp;
    auto db = temp.open();
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));
    const QStringList paths { samplePath(QStringLiteral("000_a538a87b9166962b.txt")), missing,
        samplePath(QStringLiteral("001_21e0537984c48e62.txt")), samplePath(QStringLiteral("000_a538a87b9166962b.txt")),
        samplePath(QStringLiteral("003_314c7307816d8f71.txt")) };
    ImportService service(*db, Gazetteer::builtIn(), test::longAgo());
    ImportPipeline pipeline(service, 2);
    QStringList said;
    qsizetype stored = 0;
    const int reported = pipeline.run(
        int(paths.size()), [&paths](int i) { return ImportService::prepare(paths[i], Gazetteer::builtIn()); },
        [&](int i, const Result<ImportOutcome>& outcome) {
            if (!outcome)
                said.append(QStringLiteral("%1 error%2")
                                .arg(i)
                                .arg(outcome.error().file == paths[i] ? QStringLiteral(" naming it") : QString()));
            else
                said.append(QStringLiteral("%1 %2").arg(i).arg(
                    outcome->alreadyImported ? QStringLiteral("again") : QStringLiteral("stored")));
            if (outcome && !outcome->alreadyImported)
                stored += outcome->agreementIds.size();
            return true;
        });
    CHECK(reported == 5);
    CHECK(said
        == QStringList({ QStringLiteral("0 stored"), QStringLiteral("1 error naming it"), QStringLiteral("2 stored"),
            QStringLiteral("3 again"), QStringLiteral("4 stored") }));
    CHECK(stored >= 3); // 003 holds more than one document
    CHECK(agreements(*db) == stored);
}

TEST_CASE("import pipeline: stopping after a file stores nothing after it", "[store][import]")
{
    TempDatabase temp;
    auto db = temp.open();
    const QStringList paths { samplePath(QStringLiteral("000_a538a87b9166962b.txt")),
        samplePath(QStringLiteral("001_21e0537984c48e62.txt")),
        samplePath(QStringLiteral("003_314c7307816d8f71.txt")) };
    ImportService service(*db, Gazetteer::builtIn(), test::longAgo());
    ImportPipeline pipeline(service, 2);
    const int reported = pipeline.run(
        int(paths.size()), [&paths](int i) { return ImportService::prepare(paths[i], Gazetteer::builtIn()); },
        [](int, const Result<ImportOutcome>&) { return false; });
    CHECK(reported == 1);
    CHECK(agreements(*db) == 1); // the second file was being prepared: nothing of it was stored
}
