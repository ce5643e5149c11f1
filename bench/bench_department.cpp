// A department's store on PostgreSQL beside the same store in an SQLite file: the commitment board on 100,000
// commitments, opened and painted, and the latency of 200 Vietnamese and 200 Chinese searches (median and p99),
// each on both engines, on this machine. The server is a private cluster (scripts/pg-cluster.sh, on 127.0.0.1) that
// the program starts and stops; the store is the file bench_screens builds (copied to the server with StoreCopy,
// which is timed too), and the board is also timed as an editor, whose reads pass row-level security.
// Usage: bench_department [--store FILE] (the store of bench_screens --store FILE; without it, or when FILE does not
// exist, the same store is built first: 951 synthetic agreements, 100,000 commitments, a minute or so).

#include "BenchSupport.h"
#include "gui/board/CommitmentBoard.h"
#include "gui/board/CommitmentModel.h"
#include "import/Gazetteer.h"
#include "store/Database.h"
#include "store/ImportService.h"
#include "store/ServerRoles.h"
#include "store/StoreCopy.h"
#include "store/UnitSearch.h"
#include "support/PrivateCluster.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace concord;
using namespace concord::bench;
using concord::test::PrivateCluster;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile99(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(double(values.size()) * 0.99))];
}

/// Seconds until the board has read, counted and painted all commitments (median of \a runs, after a warm-up).
double boardSeconds(Database& db, int runs)
{
    SystemClock clock;
    std::vector<double> whole;
    for (int run = 0; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        CommitmentBoard board(db, Gazetteer::builtIn(), clock);
        board.resize(1400, 800);
        board.show();
        waitUntil([&] { return board.model()->rowCount() > 0 && !board.isLoading(); });
        QApplication::processEvents();
        board.grab();
        if (run > 0)
            whole.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    return median(whole);
}

/// Queries taken from the store's own units: 1–3 Vietnamese words (half without diacritics), 2–4 Chinese characters.
QStringList queries(const Database& db, bool chinese, int count)
{
    QStringList texts;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT text FROM unit WHERE language = '%1' ORDER BY id LIMIT 4000")
                   .arg(chinese ? QStringLiteral("zh") : QStringLiteral("vi")));
    while (query.next())
        texts.append(query.value(0).toString());
    QRandomGenerator random(20261202);
    QStringList out;
    while (out.size() < count && !texts.isEmpty()) {
        const QString text = texts[random.bounded(int(texts.size()))];
        if (chinese) {
            QString han;
            for (const QChar c : text)
                if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
                    han.append(c);
            if (han.size() < 4)
                continue;
            const int length = 2 + random.bounded(3);
            out.append(han.mid(random.bounded(int(han.size()) - length + 1), length));
        } else {
            const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.size() < 4)
                continue;
            const int length = 1 + random.bounded(3);
            QString phrase = words.mid(random.bounded(int(words.size()) - length + 1), length).join(QLatin1Char(' '));
            phrase.remove(QRegularExpression(QStringLiteral("[.,;:()\"“”]")));
            if (out.size() % 2 == 1) // as typed without diacritics
                phrase = phrase.normalized(QString::NormalizationForm_D)
                             .remove(QRegularExpression(QStringLiteral("\\p{Mn}")))
                             .replace(QChar(0x0111), QLatin1Char('d'))
                             .replace(QChar(0x0110), QLatin1Char('D'));
            out.append(phrase);
        }
    }
    return out;
}

/// Milliseconds of each search, 50 hits.
std::vector<double> searchMs(const Database& db, const QStringList& list)
{
    std::vector<double> ms;
    UnitSearch search(db);
    for (const QString& q : list) {
        QElapsedTimer timer;
        timer.start();
        const auto hits = search.search(q, 50);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (hits.ok())
            keep(hits.value());
    }
    return ms;
}

/// The store of bench_screens: one agreement of 5,000 articles, then 100-article ones up to 100,000 commitments.
bool buildStore(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened)
        return false;
    Database& db = *opened.value();
    ImportService store(db, Gazetteer::builtIn(), importClock());
    const auto count = [&db] {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT count(*) FROM commitment"));
        return query.next() ? query.value(0).toLongLong() : 0;
    };
    for (int k = 0; count() < 100'000; k += 50) {
        for (int batch = 0; batch < 50; ++batch) {
            const int articles = k + batch == 0 ? 5'000 : 100;
            const auto parsed = DocumentParser::parseText(
                syntheticAgreement(k + batch, articles), QStringLiteral("synthetic-%1.txt").arg(k + batch));
            if (!parsed || !store.importFile(parsed.value()))
                return false;
        }
    }
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--store"));
    const QString kept = at >= 0 && at + 1 < args.size() ? args[at + 1] : QString();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("store.sqlite"));
    if (!kept.isEmpty() && QFile::exists(kept)) {
        QFile::copy(kept, file);
    } else if (!buildStore(file)) {
        return 1;
    } else if (!kept.isEmpty()) {
        QFile::copy(file, kept);
    }
    PrivateCluster cluster;
    if (!cluster.isRunning())
        return 1;
    int status = 0;
    {
        const QString server = cluster.createDatabase(QStringLiteral("concord_bench"));
        StoreAddress address = StoreAddress::parse(server).value();

        QElapsedTimer copying;
        copying.start();
        const auto copied = StoreCopy::copy(file, server);
        if (!copied) {
            std::fprintf(stderr, "%s\n", qPrintable(copied.error().toString()));
            status = 1;
        } else {
            qint64 rows = 0;
            for (const TableTally& table : copied.value())
                rows += table.rows;
            std::printf("%-58s %8.0f ms (%lld rows)\n", "copy: the file store to the server, verified",
                double(copying.elapsed()), rows);
            auto onFile = Database::open(file);
            auto onServer = Database::open(server);
            QSqlQuery(onServer.value()->connection()).exec(QStringLiteral("VACUUM ANALYZE"));
            const int runs = 5;
            std::printf("%-58s %8.0f ms (median of %d)\n", "board: 100,000 commitments, SQLite file",
                boardSeconds(*onFile.value(), runs) * 1000, runs);
            std::printf("%-58s %8.0f ms (median of %d)\n", "board: 100,000 commitments, PostgreSQL",
                boardSeconds(*onServer.value(), runs) * 1000, runs);
            // As an editor: the same reads through the roles' grants and row-level security.
            ServerRoles::apply(*onServer.value());
            ServerRoles::addUser(*onServer.value(), { QStringLiteral("bench_editor"), StoreRole::Editor, {}, {} });
            StoreAddress editorAddress = address;
            editorAddress.user = QStringLiteral("bench_editor");
            auto asEditor = Database::open(editorAddress.display());
            std::printf("%-58s %8.0f ms (median of %d)\n", "board: 100,000 commitments, PostgreSQL, as an editor",
                boardSeconds(*asEditor.value(), runs) * 1000, runs);
            for (const bool chinese : { false, true }) {
                const QStringList list = queries(*onFile.value(), chinese, 200);
                for (const auto& [engine, db] : { std::pair { "SQLite", onFile.value().get() },
                         std::pair { "PostgreSQL", onServer.value().get() } }) {
                    searchMs(*db, list.mid(0, 20)); // warm-up
                    std::vector<double> all;
                    for (int round = 0; round < 3; ++round) {
                        const std::vector<double> ms = searchMs(*db, list);
                        all.insert(all.end(), ms.begin(), ms.end());
                    }
                    std::printf("search: %d %s queries, %-10s median %6.2f ms, p99 %6.2f ms\n", int(list.size()),
                        chinese ? "Chinese" : "Vietnamese", engine, median(all), percentile99(all));
                }
            }
        }
    }
    return status;
}
