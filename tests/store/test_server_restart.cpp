#include "import/Gazetteer.h"
#include "store/Database.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Fixtures.h"
#include "support/PrivateCluster.h"
#include "support/TempDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace concord;
using namespace concord::test;

namespace {

/// An agreement of \a articles articles in both languages (one unit each, and the title), slow to store.
QString bigAgreement(int articles)
{
    QString vi = QStringLiteral("THỎA THUẬN HỢP TÁC SỐ 771204 GIỮA TỈNH CAO BẰNG VÀ THÀNH PHỐ BÁCH SẮC\n\n");
    QString zh = QStringLiteral("越南高平省与中国百色市合作协议\n\n");
    for (int n = 1; n <= articles; ++n) {
        vi += QStringLiteral("Điều %1. Hai bên trao đổi đoàn chuyên gia nông nghiệp số %1 trong năm %2.\n\n")
                  .arg(n)
                  .arg(2026 + n % 4);
        zh += QStringLiteral("第%1条 双方于%2年互派第%1批农业专家团。\n\n").arg(n).arg(2026 + n % 4);
    }
    return vi + zh;
}

} // namespace

TEST_CASE("server: a server restarted mid-import leaves no half agreement, and the import then goes through",
    "[server][store][crash]")
{
    // A cluster of its own: the shared test server must not go down under the other tests.
    PrivateCluster cluster;
    REQUIRE(cluster.isRunning());
    const QString store = cluster.createDatabase(QStringLiteral("concord_restart"));
    REQUIRE_FALSE(store.isEmpty());
    QTemporaryDir dir;
    qint64 sampleUnits = 0;
    {
        const auto db = Database::open(store);
        REQUIRE(db.ok());
        REQUIRE(ImportService(*db.value(), Gazetteer::builtIn(), longAgo())
                    .importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")))
                    .ok());
        sampleUnits = scalarOf(*db.value(), QStringLiteral("SELECT count(*) FROM unit"));
    }
    const QString big = dir.filePath(QStringLiteral("big.txt"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bigAgreement(3000).toUtf8());
    }

    // concord-cli imports the big file; once its transaction has been writing for a moment, the server goes down
    // as in a power cut (immediate: no checkpoint) and comes back.
    QProcess cli;
    cli.start(CliRunner::program(), { QStringLiteral("import"), big, QStringLiteral("--db"), store });
    REQUIRE(cli.waitForStarted());
    bool midImport = false;
    {
        QSqlDatabase watch = rawServerConnection(store, QStringLiteral("restart-watch"));
        REQUIRE(watch.isOpen());
        QSqlQuery busy(watch);
        QElapsedTimer clock;
        clock.start();
        while (!midImport && cli.state() == QProcess::Running && clock.elapsed() < 60000) {
            REQUIRE(busy.exec(QStringLiteral(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = "
                "'Concord' AND xact_start IS NOT NULL AND now() - xact_start > interval '300 milliseconds'")));
            midImport = busy.next() && busy.value(0).toLongLong() > 0;
            if (!midImport)
                QThread::msleep(20);
        }
        watch.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("restart-watch"));
    REQUIRE(midImport); // the restart really comes while the import's transaction is open
    REQUIRE(cluster.restart());
    REQUIRE(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    INFO(err.toStdString());
    CHECK(cli.exitCode() == 1);
    CHECK(err.contains(QStringLiteral("big.txt")));
    CHECK(err.contains(QStringLiteral("The connection to the server was lost (stopped or restarted)")));

    // Nothing of it is there: the agreement, its units, their search tokens, its text.
    {
        const auto db = Database::open(store);
        REQUIRE(db.ok());
        CHECK(db.value()->agreementCount() == 1);
        CHECK(scalarOf(*db.value(), QStringLiteral("SELECT count(*) FROM unit")) == sampleUnits);
        CHECK(scalarOf(*db.value(), QStringLiteral("SELECT count(*) FROM unit_search")) == sampleUnits);
        CHECK(scalarOf(*db.value(),
                  QStringLiteral("SELECT count(*) FROM agreement_text WHERE agreement_id NOT IN "
                                 "(SELECT id FROM agreement)"))
            == 0);
    }
    // The store goes on: the same file imports whole.
    const CliResult again
        = CliRunner().run({ QStringLiteral("import"), big, QStringLiteral("--db"), store }, {}, 120000);
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    const auto db = Database::open(store);
    REQUIRE(db.ok());
    CHECK(db.value()->agreementCount() == 2);
    CHECK(scalarOf(*db.value(), QStringLiteral("SELECT count(*) FROM unit")) == sampleUnits + 2 * (1 + 3000));
    CHECK(scalarOf(*db.value(), QStringLiteral("SELECT count(*) FROM unit_search")) == sampleUnits + 2 * (1 + 3000));
}
