#include "store/Database.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

using namespace concord;
using namespace concord::test;

namespace {

/// A bilingual agreement of \a articles numbered articles each way: a few megabytes to store, long enough
/// that its import can be caught in the middle of its transaction.
QString bigAgreement(int articles)
{
    QString vi
        = QStringLiteral("THỎA THUẬN HỢP TÁC SỐ 913713 GIỮA TỈNH LẠNG SƠN VÀ KHU TỰ TRỊ DÂN TỘC CHOANG QUẢNG TÂY\n\n");
    QString zh = QStringLiteral("越南谅山省与中国广西壮族自治区合作协议\n\n");
    for (int n = 1; n <= articles; ++n) {
        vi += QStringLiteral("Điều %1. Hai bên phối hợp tổ chức đoàn công tác số %1 về hợp tác thương mại, du lịch "
                             "và giao lưu nhân dân trong năm %2.\n\n")
                  .arg(n)
                  .arg(2026 + n % 3);
        zh += QStringLiteral("第%1条 双方配合组织第%1批商贸、旅游和人文交流工作团，时间为%2年。\n\n")
                  .arg(n)
                  .arg(2026 + n % 3);
    }
    return vi + zh;
}

QString text(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toString();
}

/// The database is whole: SQLite's own check, the search index's, and no row of a missing agreement.
void requireConsistent(const Database& db)
{
    CHECK(text(db, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    CHECK(scalarOf(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    QSqlQuery fts(db.connection());
    CHECK(fts.exec(QStringLiteral("INSERT INTO unit_search (unit_search, rank) VALUES ('integrity-check', 0)")));
}

} // namespace

TEST_CASE("store: an import killed with SIGKILL midway leaves the database consistent, without the agreement",
    "[cli][store][crash]")
{
    TempDatabase temp;
    const QString sample = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt");
    REQUIRE(CliRunner().run({ QStringLiteral("import"), sample, QStringLiteral("--db"), temp.path() }).exitCode == 0);
    qint64 sampleUnits = 0;
    {
        const auto db = temp.open();
        sampleUnits = scalarOf(*db, QStringLiteral("SELECT count(*) FROM unit"));
    }
    const QString big = temp.file(QStringLiteral("big.txt"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bigAgreement(6000).toUtf8());
    }
    const QString wal = temp.path() + QStringLiteral("-wal");

    // The import spills its transaction's pages into the write-ahead log as it goes; killing it once the log
    // has grown past each threshold catches it with part of the agreement written but not committed.
    for (const qint64 threshold : { 64 * 1024, 512 * 1024, 2 * 1024 * 1024 }) {
        INFO("killed once the log held " << threshold << " bytes");
        QProcess process;
        process.start(CliRunner::program(), { QStringLiteral("import"), big, QStringLiteral("--db"), temp.path() });
        REQUIRE(process.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        bool killed = false;
        while (!killed && process.state() == QProcess::Running && clock.elapsed() < 60000) {
            if (QFileInfo(wal).size() > threshold) {
                process.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
                killed = true;
            } else {
                QThread::usleep(200);
            }
        }
        process.waitForFinished();
        REQUIRE(killed); // the import was still running: the kill really came mid-import
        CHECK(process.exitStatus() == QProcess::CrashExit);

        const auto db = temp.open();
        requireConsistent(*db);
        CHECK(db->agreementCount() == 1);
        CHECK(scalarOf(*db, QStringLiteral("SELECT count(*) FROM unit")) == sampleUnits);
        CHECK(scalarOf(*db, QStringLiteral("SELECT count(*) FROM agreement_text WHERE agreement_id <> 1")) == 0);
        // Nothing of it reached the search index (913713 and 商贸 occur only in the big file).
        CHECK(scalarOf(*db, QStringLiteral("SELECT count(*) FROM unit_search('913713')")) == 0);
        CHECK(scalarOf(*db, QStringLiteral("SELECT count(*) FROM unit_search('\"商 贸\"')")) == 0);
    }

    // The store goes on working: the same file imports whole afterwards.
    const CliResult again = CliRunner().run({ QStringLiteral("import"), big, QStringLiteral("--db"), temp.path() });
    CHECK(again.exitCode == 0);
    const auto db = temp.open();
    requireConsistent(*db);
    CHECK(db->agreementCount() == 2);
    CHECK(scalarOf(*db, QStringLiteral("SELECT count(*) FROM unit")) == sampleUnits + 2 * (1 + 6000));
    CHECK(scalarOf(*db, QStringLiteral("SELECT count(*) FROM unit_search('\"商 贸\"')")) == 6000);
}
