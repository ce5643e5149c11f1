#include "align/AlignmentScorer.h"

#include "align/Aligner.h"

namespace concord {

AlignmentScorer::AlignmentScorer(const LanguageVersion& vi, const LanguageVersion& zh, const Gazetteer& gazetteer)
{
    m_vi.features = UnitFeatures::of(vi, gazetteer, &m_vi.weights);
    m_zh.features = UnitFeatures::of(zh, gazetteer, &m_zh.weights);
    m_vi.words = wordsOf(m_vi.features);
    m_zh.words = wordsOf(m_zh.features);
    keepShared(m_vi.features, m_zh.words);
    keepShared(m_zh.features, m_vi.words);
}

QSet<QString> AlignmentScorer::wordsOf(const QList<UnitFeatures>& features)
{
    QSet<QString> all;
    for (const UnitFeatures& f : features) {
        for (const QString& t : f.tokens) {
            if (t.startsWith(QLatin1Char('w')))
                all.insert(t);
        }
    }
    return all;
}

void AlignmentScorer::keepShared(QList<UnitFeatures>& features, const QSet<QString>& otherWords)
{
    for (UnitFeatures& f : features) {
        for (auto it = f.tokens.begin(); it != f.tokens.end();) {
            if (it->startsWith(QLatin1Char('w')) && !otherWords.contains(*it))
                it = f.tokens.erase(it);
            else
                ++it;
        }
        f.tokenIds = UnitFeatures::idsOf(f.tokens);
    }
}

void AlignmentScorer::unitsReplaced(
    const LanguageVersion& version, int first, int removed, int inserted, const Gazetteer& gazetteer)
{
    const bool vietnamese = version.language == Language::Vietnamese;
    Side& side = vietnamese ? m_vi : m_zh;
    QList<UnitFeatures> fresh = UnitFeatures::of(version, gazetteer, first, inserted, side.weights);
    keepShared(fresh, (vietnamese ? m_zh : m_vi).words);
    side.features.remove(first, std::min<qsizetype>(removed, side.features.size() - first));
    for (qsizetype k = 0; k < fresh.size(); ++k)
        side.features.insert(first + k, fresh[k]);
}

void AlignmentScorer::scoreUnscored(Alignment& alignment, int first, int count) const
{
    const LengthModel model = Aligner::lengthModel(alignment.pairs, m_vi.features, m_zh.features);
    const int end = std::min(int(alignment.pairs.size()), first + count);
    for (int p = std::max(0, first); p < end; ++p) {
        AlignedPair& pair = alignment.pairs[p];
        if (pair.score == 0)
            pair.score = Aligner::pairScore(
                UnitFeatures::pointers(m_vi.features, pair.vi), UnitFeatures::pointers(m_zh.features, pair.zh), model);
    }
}

void AlignmentScorer::scoreAll(Alignment& alignment) const
{
    const LengthModel model = Aligner::lengthModel(alignment.pairs, m_vi.features, m_zh.features);
    for (AlignedPair& pair : alignment.pairs)
        pair.score = Aligner::pairScore(
            UnitFeatures::pointers(m_vi.features, pair.vi), UnitFeatures::pointers(m_zh.features, pair.zh), model);
}

} // namespace concord
