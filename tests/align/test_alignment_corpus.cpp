// The alignment corpus (tests/data/alignment): bilingual documents written for this test — unnumbered minutes,
// a press communiqué with paragraphs dropped and merged, a partly numbered memorandum whose Chinese version has
// an extra paragraph at the start and two paragraphs in another order, a joint statement whose versions split
// paragraphs at different places (2-2 and 1-2), two unrelated documents glued as if they were one — each with
// the pairs a careful reader makes (NAME.pairs, written before the aligner ran on it).
#include "align/Aligner.h"
#include "align/PairEvidence.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "support/CatchQt.h"
#include "text/Fold.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace concord;

namespace {

const QString CorpusDir = QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/alignment");

struct Document
{
    QString name;
    LanguageVersion vi;
    LanguageVersion zh;
    QList<AlignedPair> gold; ///< scores unset
};

/// The unit of \a version whose text holds \a piece (folded), which must be exactly one.
int unitOf(const LanguageVersion& version, const QString& piece, const QString& where)
{
    const QString folded = Fold::fold(piece.trimmed());
    int found = -1;
    for (qsizetype k = 0; k < version.units.size(); ++k) {
        if (Fold::fold(version.units[k].text).contains(folded)) {
            INFO(
                (where + QStringLiteral(": \"") + piece + QStringLiteral("\" is in more than one unit")).toStdString());
            REQUIRE(found < 0);
            found = int(k);
        }
    }
    INFO((where + QStringLiteral(": no unit holds \"") + piece + QLatin1Char('"')).toStdString());
    REQUIRE(found >= 0);
    return found;
}

QList<int> unitsOf(const LanguageVersion& version, const QString& side, const QString& where)
{
    if (side.trimmed() == QStringLiteral("-"))
        return {};
    QList<int> units;
    for (const QString& piece : side.split(QLatin1Char('+')))
        units.append(unitOf(version, piece, where));
    std::sort(units.begin(), units.end());
    return units;
}

Document load(const QString& name)
{
    const auto parsed = DocumentParser::parseFile(CorpusDir + QLatin1Char('/') + name + QStringLiteral(".txt"));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->documents.size() == 1);
    const ParsedDocument& document = parsed->documents.front();
    REQUIRE(document.version(Language::Vietnamese));
    REQUIRE(document.version(Language::Chinese));
    Document doc { name, *document.version(Language::Vietnamese), *document.version(Language::Chinese), {} };
    QFile file(CorpusDir + QLatin1Char('/') + name + QStringLiteral(".pairs"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    int line = 0;
    for (const QString& text : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        ++line;
        if (text.trimmed().isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QString where = name + QStringLiteral(".pairs:") + QString::number(line);
        const QStringList sides = text.split(QStringLiteral(" | "));
        REQUIRE(sides.size() == 2);
        doc.gold.append({ unitsOf(doc.vi, sides[0], where), unitsOf(doc.zh, sides[1], where), 0.0, false, false });
    }
    return doc;
}

QStringList corpus()
{
    QStringList names;
    for (const QString& file : QDir(CorpusDir).entryList({ QStringLiteral("*.pairs") }, QDir::Files, QDir::Name))
        names.append(file.chopped(6));
    return names;
}

bool samePair(const AlignedPair& a, const AlignedPair& b)
{
    QList<int> av = a.vi;
    QList<int> az = a.zh;
    std::sort(av.begin(), av.end());
    std::sort(az.begin(), az.end());
    return av == b.vi && az == b.zh;
}

} // namespace

TEST_CASE("align corpus: unnumbered and partly numbered documents align at least 95% right", "[align][corpus]")
{
    int gold = 0;
    int right = 0;
    for (const QString& name : corpus()) {
        if (name == QStringLiteral("04-unrelated-glued"))
            continue; // not a bilingual document: the next test
        const Document doc = load(name);
        const Alignment alignment = Aligner::align(doc.vi, doc.zh, Gazetteer::builtIn());
        int found = 0;
        for (const AlignedPair& expected : doc.gold) {
            const bool ok = std::any_of(alignment.pairs.cbegin(), alignment.pairs.cend(),
                [&](const AlignedPair& pair) { return samePair(pair, expected); });
            found += ok;
            if (!ok)
                UNSCOPED_INFO(name.toStdString()
                    << ": missed the pair of vi unit " << (expected.vi.isEmpty() ? -1 : expected.vi.front())
                    << " and zh unit " << (expected.zh.isEmpty() ? -1 : expected.zh.front()));
        }
        UNSCOPED_INFO(name.toStdString() << ": " << found << "/" << doc.gold.size());
        gold += int(doc.gold.size());
        right += found;
    }
    CAPTURE(right, gold);
    CHECK(gold >= 30);
    CHECK(double(right) / gold >= 0.95);
}

TEST_CASE("align corpus: two unrelated documents glued together give no confident pair", "[align][corpus]")
{
    const Document doc = load(QStringLiteral("04-unrelated-glued"));
    const Alignment alignment = Aligner::align(doc.vi, doc.zh, Gazetteer::builtIn());
    for (const AlignedPair& pair : alignment.pairs) {
        if (pair.vi.isEmpty() || pair.zh.isEmpty())
            continue;
        CAPTURE(pair.vi, pair.zh, pair.score);
        CHECK(pair.score < 0.4);
    }
}

TEST_CASE(
    "align corpus: right pairs score at least 0.6 and wrong pairs under 0.4, nine in ten", "[align][corpus][score]")
{
    // Right: the gold pairs with both sides. Wrong: each Vietnamese side with the Chinese side of the next gold
    // pair and of the one three further on (shifts), and with a Chinese side of another document.
    QList<Document> docs;
    for (const QString& name : corpus()) {
        if (name != QStringLiteral("04-unrelated-glued"))
            docs.append(load(name));
    }
    int right = 0;
    int rightHigh = 0;
    int wrong = 0;
    int wrongLow = 0;
    for (qsizetype d = 0; d < docs.size(); ++d) {
        const Document& doc = docs[d];
        const Document& other = docs[(d + 1) % docs.size()];
        auto [vi, zh] = Aligner::features(doc.vi, doc.zh, Gazetteer::builtIn());
        auto [otherVi, otherZh] = Aligner::features(other.vi, other.zh, Gazetteer::builtIn());
        QList<AlignedPair> both;
        for (const AlignedPair& pair : doc.gold) {
            if (!pair.vi.isEmpty() && !pair.zh.isEmpty())
                both.append(pair);
        }
        const LengthModel model = Aligner::sampleModel();
        for (qsizetype k = 0; k < both.size(); ++k) {
            const auto a = UnitFeatures::pointers(vi, both[k].vi);
            const double s = Aligner::pairScore(a, UnitFeatures::pointers(zh, both[k].zh), model);
            ++right;
            rightHigh += s >= 0.6;
            UNSCOPED_INFO(doc.name.toStdString() << " right " << k << ": " << s);
            for (const qsizetype shift : { 1, 3 }) {
                const double w
                    = Aligner::pairScore(a, UnitFeatures::pointers(zh, both[(k + shift) % both.size()].zh), model);
                ++wrong;
                wrongLow += w < 0.4;
            }
            const QList<int> otherZhUnit = { int(k % otherZh.size()) };
            const double w = Aligner::pairScore(a, UnitFeatures::pointers(otherZh, otherZhUnit), model);
            ++wrong;
            wrongLow += w < 0.4;
        }
    }
    CAPTURE(right, rightHigh, wrong, wrongLow);
    CHECK(double(rightHigh) / right >= 0.9);
    CHECK(double(wrongLow) / wrong >= 0.9);
}
