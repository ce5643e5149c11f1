// Alignment accuracy and time on unnumbered documents with deletions and merges: documents of 100, 1,000 and
// 10,000 paragraphs per side built from real translation pairs — the numbered pairs of the bilingual samples
// and of the commitment corpus (tests/data/commitments), labels removed — drawn at random (seeded), then 5% of
// the positions changed: a paragraph dropped in one version, or two consecutive paragraphs merged into one in
// one version. The right answer is known by construction; a pair counts as right when the aligner makes it
// exactly (merges included). Prints accuracy and the median time of Aligner::align over 3 runs.
//
// `bench_align_accuracy [LARGEST] [varied]`: up to LARGEST paragraphs; with `varied`, each drawn pair carries
// a quantity of its own in both languages (the pool's 122 pairs repeat in long documents, unlike real text).
// The same source builds against an older concord_core (the length-only aligner) for the "before" figures.
#include "BenchSupport.h"
#include "align/Aligner.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"

#include <QRandomGenerator>

using namespace concord;
using namespace concord::bench;

namespace {

struct Source
{
    QString vi;
    QString zh;
};

QString withoutLabel(const Unit& unit)
{
    return unit.label ? unit.text.mid(qMin(unit.label->length, unit.text.size())).trimmed() : unit.text;
}

QList<Source> sources()
{
    QList<Source> list;
    for (const KnownPairs& known : knownPairs()) {
        for (const auto& [i, j] : known.pairs)
            list.append({ withoutLabel(known.vi.units[i]), withoutLabel(known.zh.units[j]) });
    }
    return list;
}

struct Expected
{
    QList<int> vi;
    QList<int> zh;
};

struct Built
{
    LanguageVersion vi;
    LanguageVersion zh;
    QList<Expected> gold;
};

/// The pool's pairs repeat in a long document; \a varied gives each drawn pair a quantity of its own in
/// both languages, as real paragraphs differ.
Built build(const QList<Source>& pool, int paragraphs, quint32 seed, bool varied)
{
    QRandomGenerator random(seed);
    int drawn = 0;
    auto draw = [&]() {
        Source s = pool[int(random.bounded(quint32(pool.size())))];
        if (varied) {
            const int amount = 100 + (drawn++ * 37) % 900000;
            s.vi += QStringLiteral(" Kinh phí dự kiến %1 triệu đồng.").arg(amount);
            s.zh += QStringLiteral("预计经费%1百万越南盾。").arg(amount);
        }
        return s;
    };
    Built b;
    b.vi.language = Language::Vietnamese;
    b.zh.language = Language::Chinese;
    auto add = [](LanguageVersion& version, const QString& text) {
        Unit unit;
        unit.kind = UnitKind::Preamble;
        unit.text = text;
        version.units.append(unit);
        return int(version.units.size() - 1);
    };
    for (int k = 0; k < paragraphs; ++k) {
        const Source s = draw();
        const int event = int(random.bounded(100u));
        if (event < 5 && k + 1 < paragraphs) {
            const Source next = draw();
            switch (event) {
            case 0: // dropped in Chinese
                b.gold.append(Expected { { add(b.vi, s.vi) }, {} });
                continue;
            case 1: // dropped in Vietnamese
                b.gold.append(Expected { {}, { add(b.zh, s.zh) } });
                continue;
            case 2: // two Vietnamese paragraphs are one in Chinese
            case 3: {
                const int a = add(b.vi, s.vi);
                const int c = add(b.vi, next.vi);
                b.gold.append(Expected { { a, c }, { add(b.zh, s.zh + next.zh) } });
                ++k;
                continue;
            }
            default: { // two Chinese paragraphs are one in Vietnamese
                const int a = add(b.zh, s.zh);
                const int c = add(b.zh, next.zh);
                b.gold.append(Expected { { add(b.vi, s.vi + QLatin1Char(' ') + next.vi) }, { a, c } });
                ++k;
                continue;
            }
            }
        }
        b.gold.append(Expected { { add(b.vi, s.vi) }, { add(b.zh, s.zh) } });
    }
    return b;
}

double accuracy(const Built& b, const Alignment& alignment)
{
    int right = 0;
    for (const Expected& e : b.gold) {
        for (const AlignedPair& pair : alignment.pairs) {
            if (pair.vi == e.vi && pair.zh == e.zh) {
                ++right;
                break;
            }
        }
    }
    if (qEnvironmentVariableIsSet("ACCURACY_DEBUG")) {
        auto show = [](const QList<int>& l) {
            QStringList s;
            for (const int i : l)
                s.append(QString::number(i));
            return s.join(u'+');
        };
        for (const Expected& e : b.gold) {
            bool found = false;
            for (const AlignedPair& pair : alignment.pairs)
                found = found || (pair.vi == e.vi && pair.zh == e.zh);
            if (found)
                continue;
            QStringList got;
            for (const AlignedPair& pair : alignment.pairs) {
                const bool touches
                    = std::any_of(pair.vi.cbegin(), pair.vi.cend(), [&](int i) { return e.vi.contains(i); })
                    || std::any_of(pair.zh.cbegin(), pair.zh.cend(), [&](int j) { return e.zh.contains(j); });
                if (touches)
                    got.append(show(pair.vi) + QLatin1Char('|') + show(pair.zh) + QLatin1Char(' ')
                        + QString::number(pair.score, 'f', 2));
            }
            std::fprintf(stderr, "missed %s|%s got %s\n", qPrintable(show(e.vi)), qPrintable(show(e.zh)),
                qPrintable(got.join(QStringLiteral(", "))));
        }
    }
    return double(right) / double(b.gold.size());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The table corpus: rows of the Vietnamese and Chinese tables paired as the expectations say.
    const TableCorpusScore corpus = scoreTableCorpus();
    std::printf("table corpus: %d of %d row pairs right (%.3f)\n", corpus.pairsRight, corpus.pairs,
        corpus.pairs > 0 ? double(corpus.pairsRight) / corpus.pairs : 0.0);
    const QList<Source> pool = sources();
    std::printf("source pairs: %lld\n", static_cast<long long>(pool.size()));
    const QStringList args = app.arguments();
    const int largest = args.size() > 1 ? args[1].toInt() : 10000;
    const bool varied = args.contains(QStringLiteral("varied"));
    std::printf("%s\n", varied ? "each paragraph with a quantity of its own" : "paragraphs drawn with repeats");
    for (const int size : { 100, 1000, 10000 }) {
        if (size > largest)
            break;
        double accuracySum = 0;
        std::vector<double> times;
        for (quint32 seed = 1; seed <= 3; ++seed) {
            const Built b = build(pool, size, seed, varied);
            QElapsedTimer timer;
            timer.start();
            const Alignment alignment = Aligner::align(b.vi, b.zh, Gazetteer::builtIn());
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            accuracySum += accuracy(b, alignment);
        }
        std::sort(times.begin(), times.end());
        std::printf("%6d paragraphs: accuracy %.3f (mean of 3 documents), align %.0f ms (median)\n", size,
            accuracySum / 3, times[1]);
        std::fflush(stdout);
    }
    return 0;
}
