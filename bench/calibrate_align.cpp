// Calibrates the aligner's pair score (PairEvidence::score): a logistic model fitted on pairs known to be
// right — the pairs numbering gives in the bilingual sample agreements and the commitment corpus
// (tests/data/commitments) — and pairs known to be wrong: each Vietnamese unit with the Chinese unit one and
// three places further on, and with the Chinese unit of another document (a right pair with a neighbour
// merged in is half right: the dynamic programme's bead costs, not the score, keep those out). Each pair is used twice,
// with and without its numbering, so the weights of what the clauses say are fitted for unnumbered documents too.
// Prints the weights to paste into PairEvidence::weights() and how well they separate (right ≥ 0.6, wrong < 0.4).
//
//   build/bench/calibrate_align [FILES...]   (default: the samples and the corpus)
#include "BenchSupport.h"
#include "align/Aligner.h"
#include "align/PairEvidence.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"

#include <cmath>

using namespace concord;
using namespace concord::bench;

namespace {

struct Doc
{
    QString name;
    QList<UnitFeatures> vi;
    QList<UnitFeatures> zh;
    QList<std::pair<int, int>> right;
};

struct Row
{
    QList<double> x;
    bool right;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    if (files.size() == 2 && files.front() == QStringLiteral("--explain")) {
        // The evidence of each pair the aligner makes in one file.
        const auto parsed = DocumentParser::parseFile(files[1]);
        if (!parsed.ok())
            return 1;
        for (const ParsedDocument& document : parsed.value().documents) {
            const LanguageVersion* vi = document.version(Language::Vietnamese);
            const LanguageVersion* zh = document.version(Language::Chinese);
            if (!vi || !zh)
                continue;
            const auto [a, z] = Aligner::features(*vi, *zh, Gazetteer::builtIn());
            for (const AlignedPair& pair : Aligner::align(*vi, *zh, Gazetteer::builtIn()).pairs) {
                if (pair.vi.isEmpty() || pair.zh.isEmpty())
                    continue;
                const PairEvidence e = PairEvidence::of(
                    UnitFeatures::pointers(a, pair.vi), UnitFeatures::pointers(z, pair.zh), Aligner::sampleModel());
                std::printf("%.2f zh %.2f vi %.2f bi %.2f chars %d | len %.2f num %d kind %d tok %.2f/%d one %d | %s\n",
                    e.score(), e.content.chineseCovered, e.content.vietnameseCovered, e.content.bigramsCovered,
                    e.content.characters, e.length, e.numbering, int(e.sameKind), e.tokens, e.tokenCount,
                    e.tokensOnlyOneSide, qPrintable(vi->units[pair.vi.front()].text.left(40)));
            }
        }
        return 0;
    }
    QList<Doc> docs;
    for (const KnownPairs& known : knownPairs(files)) {
        Doc doc { known.file, {}, {}, known.pairs };
        std::tie(doc.vi, doc.zh) = Aligner::features(known.vi, known.zh, Gazetteer::builtIn());
        if (doc.right.size() >= 4)
            docs.append(doc);
    }
    const LengthModel model = Aligner::sampleModel();
    QList<Row> rows;
    auto add = [&](const QList<const UnitFeatures*>& a, const QList<const UnitFeatures*>& z, bool right) {
        PairEvidence e = PairEvidence::of(a, z, model);
        rows.append({ e.features(), right });
        e.numbering = 0;
        rows.append({ e.features(), right });
    };
    int pairs = 0;
    for (qsizetype d = 0; d < docs.size(); ++d) {
        const Doc& doc = docs[d];
        const Doc& other = docs[(d + 1) % docs.size()];
        const qsizetype n = doc.right.size();
        for (qsizetype k = 0; k < n; ++k) {
            const auto [i, j] = doc.right[k];
            ++pairs;
            add({ &doc.vi[i] }, { &doc.zh[j] }, true);
            add({ &doc.vi[i] }, { &doc.zh[doc.right[(k + 1) % n].second] }, false);
            add({ &doc.vi[i] }, { &doc.zh[doc.right[(k + 3) % n].second] }, false);
            const auto [oi, oj] = other.right[k % other.right.size()];
            add({ &doc.vi[i] }, { &other.zh[oj] }, false);
            add({ &other.vi[oi] }, { &doc.zh[j] }, false);
        }
    }
    if (qEnvironmentVariableIsSet("CALIBRATE_DUMP")) {
        for (const Row& row : rows) {
            std::printf("%d", row.right ? 1 : 0);
            for (const double v : row.x)
                std::printf(" %.3f", v);
            std::printf("\n");
        }
    }
    // Logistic regression by gradient descent with a little L2.
    const qsizetype dims = rows.front().x.size() + 1;
    QList<double> w(dims, 0.0);
    const double rate = 0.5;
    const double l2 = 1e-4;
    // Classes weighed equally: the score is to mean "right" or "wrong", whatever their shares here.
    const double rightRows = double(std::count_if(rows.cbegin(), rows.cend(), [](const Row& r) { return r.right; }));
    const double rightWeight = (double(rows.size()) - rightRows) / rightRows;
    for (int iteration = 0; iteration < 20000; ++iteration) {
        QList<double> gradient(dims, 0.0);
        for (const Row& row : rows) {
            const double error
                = (PairEvidence::logistic(w, row.x) - (row.right ? 1.0 : 0.0)) * (row.right ? rightWeight : 1.0);
            gradient[0] += error;
            for (qsizetype k = 0; k < row.x.size(); ++k)
                gradient[k + 1] += error * row.x[k];
        }
        for (qsizetype k = 0; k < dims; ++k)
            w[k] -= rate * (gradient[k] / double(rows.size()) + (k > 0 ? l2 * w[k] : 0));
    }
    const int right = int(rightRows);
    const int wrong = int(rows.size()) - right;
    // How many right pairs score ≥ 0.6 and how many wrong ones < 0.4 under \a weights.
    auto separation = [&](const QList<double>& weights) {
        int high = 0;
        int low = 0;
        for (const Row& row : rows) {
            const double score = PairEvidence::logistic(weights, row.x);
            high += row.right && score >= 0.6;
            low += !row.right && score < 0.4;
        }
        return std::pair(high, low);
    };
    const auto [rightHigh, wrongLow] = separation(w);
    std::printf("documents %lld, right pairs %d, rows %lld\n", static_cast<long long>(docs.size()), pairs,
        static_cast<long long>(rows.size()));
    std::printf("weights {");
    for (qsizetype k = 0; k < dims; ++k)
        std::printf(" %.3f%s", w[k], k + 1 < dims ? "," : " }\n");
    std::printf("right >= 0.6: %d/%d (%.3f)   wrong < 0.4: %d/%d (%.3f)\n", rightHigh, right, double(rightHigh) / right,
        wrongLow, wrong, double(wrongLow) / wrong);
    const auto [inUseHigh, inUseLow] = separation(PairEvidence::weights());
    std::printf("weights in use: right >= 0.6: %.3f   wrong < 0.4: %.3f\n", double(inUseHigh) / right,
        double(inUseLow) / wrong);
    return 0;
}
