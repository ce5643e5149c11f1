#pragma once

// Small helpers shared by the benchmark programs: the sample documents as input, timing as the median of
// several runs, and one result line per measurement. Benchmarks are not tests; see docs/benchmarks.md.

#include "align/Aligner.h"
#include "commit/CommitmentExtractor.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "model/Clock.h"
#include "model/TableCells.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace concord::bench {

/// Turns the event loop until \a done() holds (screens load in the background), at most a minute.
template <typename Predicate>
void waitUntil(Predicate done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
}

/// The clock benchmark imports run on: the system's.
inline const Clock& importClock()
{
    static const SystemClock clock;
    return clock;
}

/// A synthetic bilingual agreement of \a articles articles in each language, each a dated, quantified
/// undertaking of a named province (so every article is a commitment), numbered like the samples.
inline QString syntheticAgreement(int k, int articles)
{
    static const char16_t* const provinces[][2] = {
        { u"Tỉnh Lạng Sơn", u"谅山省" },
        { u"Tỉnh Quảng Ninh", u"广宁省" },
        { u"Tỉnh Cao Bằng", u"高平省" },
        { u"Quảng Tây", u"广西" },
    };
    QString vi = QStringLiteral("THỎA THUẬN HỢP TÁC SỐ %1\n\n").arg(k + 1);
    QString zh = QStringLiteral("第%1号合作协议\n\n").arg(k + 1);
    for (int n = 1; n <= articles; ++n) {
        const auto& p = provinces[(k + n) % 4];
        vi += QStringLiteral("Điều %1. %2 sẽ tiếp nhận %3 sinh viên sang học tập trong năm %4.\n\n")
                  .arg(n)
                  .arg(QString::fromUtf16(p[0]))
                  .arg(10 + n % 40)
                  .arg(2026 + n % 3);
        zh += QStringLiteral("第%1条 %2将于%4年内接收%3名学生。\n\n")
                  .arg(n)
                  .arg(QString::fromUtf16(p[1]))
                  .arg(10 + n % 40)
                  .arg(2026 + n % 3);
    }
    return vi + zh;
}

/// Every sample agreement in data/samples, as raw bytes.
inline std::vector<QByteArray> sampleFiles()
{
    std::vector<QByteArray> files;
    const QDir dir(QStringLiteral(CONCORD_SAMPLES_DIR));
    for (const QString& name : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.push_back(file.readAll());
    }
    if (files.empty()) {
        std::fprintf(stderr, "no sample documents in %s\n", CONCORD_SAMPLES_DIR);
        std::exit(1);
    }
    return files;
}

/// Repeats \a unit until the result is at least \a bytes long.
template <typename T>
T repeatedTo(const T& unit, qsizetype bytes, qsizetype unitBytes)
{
    return unit.repeated(qMax<qsizetype>(1, (bytes + unitBytes - 1) / unitBytes));
}

/// Runs \a work \a runs times (after one warm-up run) and returns the median wall time in seconds.
template <typename F>
double medianSeconds(int runs, F&& work)
{
    work();
    std::vector<double> seconds;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds[seconds.size() / 2];
}

/// Prints one measurement: what, megabytes per second over \a bytes of input, and the run count.
inline double report(const char* what, qsizetype bytes, double seconds, int runs)
{
    const double mbPerSecond = double(bytes) / 1e6 / seconds;
    std::printf("%-58s %9.1f MB/s  (median of %d runs over %.1f MB)\n", what, mbPerSecond, runs, double(bytes) / 1e6);
    std::fflush(stdout);
    return mbPerSecond;
}

/// Keeps the compiler from dropping a result.
inline volatile qsizetype keptSize = 0;

template <typename T>
void keep(const T& value)
{
    keptSize = qsizetype(value.size());
}

/// A bilingual document with the pairs known to be right in it: the units numbering pairs one to one
/// (signatures left out), which the samples and the corpus number alike in both languages.
struct KnownPairs
{
    QString file;
    LanguageVersion vi;
    LanguageVersion zh;
    QList<std::pair<int, int>> pairs; ///< (Vietnamese unit, Chinese unit)
};

/// The known pairs of each bilingual document in \a files, or by default in the samples and the commitment
/// corpus (tests/data/commitments). Files that do not parse are skipped.
inline QList<KnownPairs> knownPairs(QStringList files = {})
{
    if (files.isEmpty()) {
        for (const QString& dir : { QStringLiteral(CONCORD_SAMPLES_DIR),
                 QStringLiteral(CONCORD_SAMPLES_DIR "/../../tests/data/commitments") }) {
            for (const QString& name : QDir(dir).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
                files.append(dir + QLatin1Char('/') + name);
        }
    }
    QList<KnownPairs> list;
    for (const QString& path : files) {
        const auto parsed = DocumentParser::parseFile(path);
        if (!parsed.ok())
            continue;
        for (const ParsedDocument& document : parsed.value().documents) {
            const LanguageVersion* vi = document.version(Language::Vietnamese);
            const LanguageVersion* zh = document.version(Language::Chinese);
            if (!vi || !zh)
                continue;
            KnownPairs known { QFileInfo(path).fileName(), *vi, *zh, {} };
            for (const AlignedPair& pair : Aligner::align(*vi, *zh, Gazetteer::builtIn()).pairs) {
                if (pair.anchored && pair.vi.size() == 1 && pair.zh.size() == 1
                    && vi->units[pair.vi.front()].kind != UnitKind::Signature)
                    known.pairs.append({ pair.vi.front(), pair.zh.front() });
            }
            list.append(known);
        }
    }
    return list;
}

/// How the table corpus (tests/data/tables, expectations written before the code ran) comes out: of the rows the
/// expectations pair, how many the aligner pairs so; of the task rows, how many commitments have the right text,
/// due day, repetition and lead agency. The test (test_table_corpus.cpp) requires all of them; the benchmarks report
/// the shares, so that a change that loses some shows by how much.
struct TableCorpusScore
{
    int pairs = 0;
    int pairsRight = 0;
    int commitments = 0;
    int commitmentsRight = 0;
};

inline TableCorpusScore scoreTableCorpus()
{
    const QString dir = QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/tables/");
    QFile file(dir + QStringLiteral("expected.json"));
    TableCorpusScore score;
    if (!file.open(QIODevice::ReadOnly))
        return score;
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    const Gazetteer& gazetteer = Gazetteer::builtIn();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            continue;
        const QJsonObject expected = it.value().toObject();
        const auto parsed = DocumentParser::parseFile(dir + it.key(), gazetteer);
        if (!parsed.ok())
            continue;
        const ParsedDocument& document = parsed->documents.front();
        const LanguageVersion* vi = document.version(Language::Vietnamese);
        const LanguageVersion* zh = document.version(Language::Chinese);
        const Alignment alignment = vi && zh ? Aligner::align(*vi, *zh, gazetteer) : Alignment();
        const auto number = [](const LanguageVersion& version, int unit) -> std::optional<int> {
            const Unit& row = version.units[unit];
            if (row.kind != UnitKind::Row)
                return std::nullopt;
            return TableCells::number(
                TableCells::split(row.text), TableCells::roles(TableCells::split(version.units[row.parent].text)));
        };
        for (const QJsonValue& v : expected.value(QStringLiteral("row_pairs")).toArray()) {
            ++score.pairs;
            const int a = v.toArray().at(0).toInt();
            const int b = v.toArray().at(1).toInt();
            for (const AlignedPair& pair : alignment.pairs) {
                if (pair.vi.size() == 1 && pair.zh.size() == 1 && number(*vi, pair.vi.front()) == a
                    && number(*zh, pair.zh.front()) == b)
                    ++score.pairsRight;
            }
        }
        const QList<CommitmentCandidate> found = CommitmentExtractor::extract(document, alignment, gazetteer);
        for (const QJsonValue& value : expected.value(QStringLiteral("commitments")).toArray()) {
            const QJsonObject w = value.toObject();
            ++score.commitments;
            const QString text = w.value(QStringLiteral("vi")).toString();
            const QString textZh = w.value(QStringLiteral("zh")).toString();
            const bool right = std::any_of(found.begin(), found.end(), [&](const CommitmentCandidate& c) {
                const bool says = !text.isEmpty() ? c.vi.startsWith(text) : c.zh.startsWith(textZh);
                const QString lead = w.contains(QStringLiteral("lead")) ? w.value(QStringLiteral("lead")).toString()
                                                                        : w.value(QStringLiteral("lead_zh")).toString();
                return says && c.due == QDate::fromString(w.value(QStringLiteral("due")).toString(), Qt::ISODate)
                    && (c.isRecurring() ? RecurrenceRules::key(c.recurrence) : QString())
                    == w.value(QStringLiteral("recurrence")).toString()
                    && (c.leadAgency.vi == lead || c.leadAgency.zh == lead);
            });
            score.commitmentsRight += right ? 1 : 0;
        }
    }
    return score;
}

} // namespace concord::bench
