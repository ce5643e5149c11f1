// The store at scale: a synthetic store of 1,000,000 units (agreements of 500 articles in each language, their
// sentences taken from the aligned sample agreements), imported through AgreementStore; then the import rate,
// the size of the database file against the raw text, and the latency of 200 Vietnamese and 200 Chinese
// searches (median and p99). Usage: bench_store [--units N] [--db PATH] [--pipeline] (default 1,000,000 units, a
// temporary file). Exits 1 when a target is missed: p99 < 50 ms, write ≥ 50,000 units/s, file < 3 × raw text.
// --pipeline imports through ImportPipeline (the next files parsed and planned on workers while one is stored)
// and times the whole import instead of each step; its target is ≥ 20,000 units/s.

#include "BenchSupport.h"
#include "align/Aligner.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/Database.h"
#include "store/ImportPipeline.h"
#include "store/ImportService.h"
#include "store/UnitSearch.h"
#include "text/Fold.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace concord;
using namespace concord::bench;

namespace {

struct SentencePair
{
    QString vi;
    QString zh;
};

QString withoutLabel(const Unit& unit)
{
    return unit.label ? unit.text.mid(unit.label->text.size()).trimmed() : unit.text;
}

/// Every one-to-one pair of paragraphs or articles the aligner finds in the samples, labels removed.
QList<SentencePair> samplePairs(const Gazetteer& gazetteer)
{
    QList<SentencePair> pairs;
    const QDir dir(QStringLiteral(CONCORD_SAMPLES_DIR));
    for (const QString& name : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
        const auto parsed = DocumentParser::parseFile(dir.filePath(name));
        if (!parsed)
            continue;
        for (const ParsedDocument& document : parsed->documents) {
            const LanguageVersion* vi = document.version(Language::Vietnamese);
            const LanguageVersion* zh = document.version(Language::Chinese);
            if (!vi || !zh)
                continue;
            for (const AlignedPair& pair : Aligner::align(*vi, *zh, gazetteer).pairs) {
                if (pair.vi.size() != 1 || pair.zh.size() != 1 || pair.score < 0.5)
                    continue;
                const QString v = withoutLabel(vi->units[pair.vi.front()]);
                const QString z = withoutLabel(zh->units[pair.zh.front()]);
                if (v.size() >= 20 && z.size() >= 8 && !v.contains(QLatin1Char('\n')) && !z.contains(QLatin1Char('\n')))
                    pairs.append({ v, z });
            }
        }
    }
    return pairs;
}

/// Agreement \a k: a title and \a articles numbered articles in each language, sentences picked from \a pool.
QString agreementText(const QList<SentencePair>& pool, int k, int articles)
{
    QString vi = QStringLiteral("THỎA THUẬN HỢP TÁC SỐ %1\n\n").arg(k + 1);
    QString zh = QStringLiteral("第%1号合作协议\n\n").arg(k + 1);
    for (int n = 1; n <= articles; ++n) {
        const SentencePair& pair = pool[(qsizetype(k) * 7919 + n * 31) % pool.size()];
        vi += QStringLiteral("Điều %1. ").arg(n) + pair.vi + QStringLiteral("\n\n");
        zh += QStringLiteral("第%1条 ").arg(n) + pair.zh + QStringLiteral("\n\n");
    }
    return vi + zh;
}

QStringList words(const QString& text)
{
    QStringList list;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() >= 2 && word.front().isLetter() && word.back().isLetter())
            list.append(word);
    }
    return list;
}

bool isHan(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

/// 200 Vietnamese queries: one to three words of a sample sentence, a third as written, a third without
/// diacritics, a third in capitals.
QStringList vietnameseQueries(const QList<SentencePair>& pool, QRandomGenerator& random)
{
    QStringList queries;
    while (queries.size() < 200) {
        const QStringList w = words(pool[random.bounded(int(pool.size()))].vi);
        if (w.size() < 3)
            continue;
        const int length = 1 + random.bounded(3);
        const int start = random.bounded(int(w.size()) - length + 1);
        QString query = w.mid(start, length).join(QLatin1Char(' '));
        if (queries.size() % 3 == 1)
            query = Fold::fold(query);
        else if (queries.size() % 3 == 2)
            query = query.toUpper();
        queries.append(query);
    }
    return queries;
}

/// 200 Chinese queries: two to four consecutive Han characters of a sample sentence.
QStringList chineseQueries(const QList<SentencePair>& pool, QRandomGenerator& random)
{
    QStringList queries;
    while (queries.size() < 200) {
        const QString& text = pool[random.bounded(int(pool.size()))].zh;
        const int length = 2 + random.bounded(3);
        if (text.size() <= length)
            continue;
        const QString query = text.mid(random.bounded(int(text.size()) - length), length);
        if (std::all_of(query.begin(), query.end(), isHan))
            queries.append(query);
    }
    return queries;
}

struct Latency
{
    double median = 0;
    double p99 = 0;
    double meanHits = 0;
};

Latency measure(const UnitSearch& search, const QStringList& queries)
{
    std::vector<double> ms;
    qsizetype hits = 0;
    for (const QString& query : queries) {
        QElapsedTimer timer;
        timer.start();
        const auto result = search.search(query, 50);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!result) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(result.error().toString()));
            std::exit(1);
        }
        hits += result->size();
    }
    std::sort(ms.begin(), ms.end());
    return { ms[ms.size() / 2], ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.99))],
        double(hits) / double(queries.size()) };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 targetUnits = 1'000'000;
    QString path;
    const QStringList args = app.arguments();
    const bool pipelined = args.contains(QStringLiteral("--pipeline"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--units"))
            targetUnits = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
    }
    QTemporaryDir temporary;
    if (path.isEmpty())
        path = temporary.filePath(QStringLiteral("bench.sqlite"));
    QFile::remove(path);

    const Gazetteer& gazetteer = Gazetteer::builtIn();
    const QList<SentencePair> pool = samplePairs(gazetteer);
    std::printf("%lld sentence pairs from the samples\n", qlonglong(pool.size()));
    if (pool.size() < 20)
        return 1;

    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Database& database = *opened.value();
    ImportService store(database, gazetteer, bench::importClock());

    constexpr int Articles = 500;
    qint64 units = 0;
    qint64 rawBytes = 0;
    double parseSeconds = 0, planSeconds = 0, writeSeconds = 0;
    double pipelinedRate = 0;
    if (pipelined) {
        // The files a run of the sequential import would store, through the pipeline; wall time of the whole.
        const qint64 perFile = [&] {
            const auto parsed
                = DocumentParser::parseText(agreementText(pool, 0, Articles), QStringLiteral("probe.txt"));
            qint64 n = 0;
            for (const ParsedDocument& document : parsed->documents) {
                for (const LanguageVersion& version : document.versions)
                    n += version.units.size();
            }
            return n;
        }();
        const int files = int((targetUnits + perFile - 1) / perFile);
        QElapsedTimer timer;
        timer.start();
        bool failed = false;
        ImportPipeline pipeline(store, ImportPipeline::defaultAhead());
        pipeline.run(
            files,
            [&pool, &gazetteer](int k) -> Result<ImportPlan> {
                auto parsed = DocumentParser::parseText(
                    agreementText(pool, k, Articles), QStringLiteral("synthetic-%1.txt").arg(k));
                if (!parsed)
                    return parsed.error();
                return ImportService::plan(std::move(parsed.value()), gazetteer);
            },
            [&](int k, const Result<ImportOutcome>& outcome) {
                if (!outcome) {
                    std::fprintf(stderr, "%s\n", qPrintable(outcome.error().toString()));
                    failed = true;
                    return false;
                }
                units += perFile;
                if (k % 100 == 99) {
                    std::printf(
                        "  %lld units, %.0f units/s\n", units, double(units) / (double(timer.elapsed()) / 1000));
                    std::fflush(stdout);
                }
                return true;
            });
        if (failed)
            return 1;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        pipelinedRate = double(units) / seconds;
        for (int k = 0; k < files; ++k)
            rawBytes += agreementText(pool, k, Articles).toUtf8().size();
        std::printf("import, pipelined (%d prepared ahead)  %.0f units/s (%.1f s)\n", ImportPipeline::defaultAhead(),
            pipelinedRate, seconds);
    }
    for (int k = 0; !pipelined && units < targetUnits; ++k) {
        const QString text = agreementText(pool, k, Articles);
        rawBytes += text.toUtf8().size();
        QElapsedTimer timer;
        timer.start();
        auto parsed = DocumentParser::parseText(text, QStringLiteral("synthetic-%1.txt").arg(k));
        parseSeconds += double(timer.nsecsElapsed()) / 1e9;
        if (!parsed)
            return 1;
        for (const ParsedDocument& document : parsed->documents) {
            for (const LanguageVersion& version : document.versions)
                units += version.units.size();
        }
        timer.restart();
        const ImportPlan plan = ImportService::plan(std::move(parsed.value()), gazetteer);
        planSeconds += double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        const auto written = store.store(plan);
        writeSeconds += double(timer.nsecsElapsed()) / 1e9;
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().toString()));
            return 1;
        }
        if (k % 100 == 99) {
            std::printf("  %lld units, write %.0f units/s\n", units, double(units) / writeSeconds);
            std::fflush(stdout);
        }
    }
    QSqlQuery checkpoint(database.connection());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    checkpoint.finish();
    const qint64 fileBytes = QFileInfo(path).size();

    const double writeRate = pipelined ? 0 : double(units) / writeSeconds;
    std::printf("units stored                         %lld in %lld agreements\n", units, database.agreementCount());
    if (!pipelined) {
        std::printf(
            "parse (DocumentParser)               %.0f units/s (%.1f s)\n", double(units) / parseSeconds, parseSeconds);
        std::printf(
            "plan (align + fold, no database)     %.0f units/s (%.1f s)\n", double(units) / planSeconds, planSeconds);
        std::printf("write (one transaction per file)     %.0f units/s (%.1f s)\n", writeRate, writeSeconds);
        std::printf("import, all three                    %.0f units/s\n",
            double(units) / (parseSeconds + planSeconds + writeSeconds));
    }
    std::printf("raw text %.1f MB, database %.1f MB: %.2f x\n", double(rawBytes) / 1e6, double(fileBytes) / 1e6,
        double(fileBytes) / double(rawBytes));

    QRandomGenerator random(20261124);
    const UnitSearch search(database);
    const QStringList vi = vietnameseQueries(pool, random);
    const QStringList zh = chineseQueries(pool, random);
    measure(search, vi.mid(0, 20)); // warm the page cache
    const Latency viLatency = measure(search, vi);
    const Latency zhLatency = measure(search, zh);
    std::printf("search Vietnamese (200 queries)      median %.2f ms, p99 %.2f ms, %.1f hits each\n", viLatency.median,
        viLatency.p99, viLatency.meanHits);
    std::printf("search Chinese (200 queries)         median %.2f ms, p99 %.2f ms, %.1f hits each\n", zhLatency.median,
        zhLatency.p99, zhLatency.meanHits);

    const bool met = viLatency.p99 < 50 && zhLatency.p99 < 50
        && (pipelined ? pipelinedRate >= 20'000 : writeRate >= 50'000) && double(fileBytes) < 3.0 * double(rawBytes);
    std::printf("%s\n", met ? "targets met" : "TARGET MISSED");
    return met ? 0 : 1;
}
