// Alignment of scans against alignment of text: each bilingual document of the alignment corpus (tests/data/alignment,
// its gold pairs written before the aligner ran) printed by Qt at 300 dpi, read back by Concord's OCR, parsed and
// aligned; the share of gold pairs the aligner makes, on the text and on the scan. A gold piece is found in a scan's
// unit by shared four-character runs of its folded text (recognition changes a letter here and there).
// Results go into docs/benchmarks.md ("Scanned agreements"). Not a test: a document takes a minute to read.
//
//   bench_scan_align [--only 01]
#include "BenchSupport.h"
#include "import/ScanReader.h"
#include "support/ScanPages.h"
#include "text/Fold.h"

#include <QGuiApplication>
#include <QSet>

#include <cstdio>

using namespace concord;
using namespace concord::test;

namespace {

QString squeezed(const QString& text)
{
    QString folded = Fold::fold(text);
    folded.remove(QLatin1Char(' '));
    return folded;
}

QSet<QString> grams(const QString& text)
{
    QSet<QString> set;
    for (qsizetype k = 0; k + 4 <= text.size(); ++k)
        set.insert(text.mid(k, 4));
    return set;
}

/// The unit of \a version that holds \a piece best: most of its four-character runs; -1 when none holds half.
int unitOf(const LanguageVersion& version, const QString& piece)
{
    const QSet<QString> wanted = grams(squeezed(piece));
    int best = -1;
    qsizetype bestShared = 0;
    for (qsizetype k = 0; k < version.units.size(); ++k) {
        const QSet<QString> have = grams(squeezed(version.units[k].text));
        const qsizetype shared = QSet<QString>(wanted).intersect(have).size();
        if (shared > bestShared) {
            bestShared = shared;
            best = int(k);
        }
    }
    return bestShared * 2 >= wanted.size() ? best : -1;
}

/// The share of gold pairs (the .pairs file) that the alignment of \a file's text makes.
std::pair<int, int> score(const ParsedFile& file, const QString& pairsPath)
{
    const ParsedDocument& document = file.documents.back();
    const LanguageVersion* vi = document.version(Language::Vietnamese);
    const LanguageVersion* zh = document.version(Language::Chinese);
    if (!vi || !zh)
        return { 0, 0 };
    const Alignment alignment = Aligner::align(*vi, *zh, Gazetteer::builtIn());
    QFile pairs(pairsPath);
    if (!pairs.open(QIODevice::ReadOnly))
        return { 0, 0 };
    int gold = 0;
    int right = 0;
    for (const QString& line : QString::fromUtf8(pairs.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList sides = line.split(QStringLiteral(" | "));
        if (sides.size() != 2)
            continue;
        const auto unitsOf = [](const LanguageVersion& version, const QString& side) {
            QList<int> units;
            if (side.trimmed() == QStringLiteral("-"))
                return units;
            for (const QString& piece : side.split(QLatin1Char('+')))
                units.append(unitOf(version, piece));
            std::sort(units.begin(), units.end());
            return units;
        };
        const QList<int> a = unitsOf(*vi, sides[0]);
        const QList<int> b = unitsOf(*zh, sides[1]);
        ++gold;
        if (a.contains(-1) || b.contains(-1))
            continue;
        right += std::any_of(alignment.pairs.begin(), alignment.pairs.end(), [&](const AlignedPair& pair) {
            QList<int> v = pair.vi;
            QList<int> z = pair.zh;
            std::sort(v.begin(), v.end());
            std::sort(z.begin(), z.end());
            return v == a && z == b;
        });
    }
    return { right, gold };
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--only"));
    const QString only = at >= 0 && at + 1 < args.size() ? args[at + 1] : QString();
    const QDir dir(QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/alignment"));
    int textRight = 0, scanRight = 0, gold = 0;
    int textCommitments = 0, sameCommitments = 0;
    std::printf("%-34s %6s %6s %6s\n", "document", "pairs", "text", "scan");
    for (const QString& name : dir.entryList({ QStringLiteral("*.pairs") }, QDir::Files, QDir::Name)) {
        const QString base = name.chopped(6);
        if ((!only.isEmpty() && !base.startsWith(only)) || base.contains(QLatin1String("unrelated")))
            continue;
        QFile file(dir.filePath(base + QStringLiteral(".txt")));
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QString text = QString::fromUtf8(file.readAll());
        const auto parsedText = DocumentParser::parseText(text, base);
        const auto read = ScanReader::readPages(ScanPages::print(text, 300), 300, base, ScanOptions());
        if (!parsedText.ok() || !read.ok()) {
            std::printf("%-34s cannot be read\n", qPrintable(base));
            continue;
        }
        if (const QString out = qEnvironmentVariable("BENCH_SCAN_TEXT"); !out.isEmpty()) {
            QFile dump(out + QLatin1Char('/') + base + QStringLiteral(".ocr.txt"));
            if (dump.open(QIODevice::WriteOnly))
                dump.write(read->text.toUtf8());
        }
        const auto parsedScan = DocumentParser::parseText(read->text, base);
        const auto [t, n] = score(parsedText.value(), dir.filePath(name));
        const auto [s, m] = parsedScan.ok() ? score(parsedScan.value(), dir.filePath(name)) : std::pair { 0, n };
        // The same commitments: of the text's, how many the scan gives with the same kind, due day and repetition.
        const QList<CommitmentCandidate> fromText
            = CommitmentExtractor::extract(parsedText->documents.back(), Gazetteer::builtIn());
        const QList<CommitmentCandidate> fromScan = parsedScan.ok()
            ? CommitmentExtractor::extract(parsedScan->documents.back(), Gazetteer::builtIn())
            : QList<CommitmentCandidate>();
        QList<bool> used(fromScan.size(), false);
        int same = 0;
        for (const CommitmentCandidate& c : fromText) {
            for (qsizetype k = 0; k < fromScan.size(); ++k) {
                if (!used[k] && fromScan[k].kind == c.kind && fromScan[k].due == c.due
                    && fromScan[k].recurrence == c.recurrence) {
                    used[k] = true;
                    ++same;
                    break;
                }
            }
        }
        std::printf("%-34s %6d %6.3f %6.3f   commitments %d, %d of them from the scan too (%lld found there)\n",
            qPrintable(base), n, n ? double(t) / n : 0.0, n ? double(s) / n : 0.0, int(fromText.size()), same,
            static_cast<long long>(fromScan.size()));
        sameCommitments += same;
        textCommitments += int(fromText.size());
        textRight += t;
        scanRight += s;
        gold += n;
        (void)m;
    }
    std::printf("%-34s %6d %6.3f %6.3f   commitments %d, %d of them from the scan too\n", "all", gold,
        gold ? double(textRight) / gold : 0.0, gold ? double(scanRight) / gold : 0.0, textCommitments, sameCommitments);
    return 0;
}
