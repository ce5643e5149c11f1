#pragma once

#include "align/Alignment.h"
#include "align/ContentEvidence.h"
#include "align/LengthModel.h"
#include "align/UnitFeatures.h"
#include "model/Structure.h"

#include <QList>
#include <QSet>
#include <QString>

namespace concord {

class Gazetteer;

/// The features of both versions of one document, read once and kept while the document is edited, so that an
/// alignment edit scores the pairs it changed without reading every unit again (what made an edit of a long
/// agreement take most of a second). Latin-word tokens are kept only where the other version has the word
/// too (Vietnamese is all Latin words; Chinese has only names and abbreviations in Latin); content is weighted
/// by rarity over each version's units (ContentEvidence).
///
/// After a unit is split or joined, the new units' features are read with the weights and the other version's
/// words as the document had them when the scorer was made: a pair scores the same whether it was edited
/// first or last, and one unit more or less does not shift the rarity of anything measurably.
class AlignmentScorer
{
public:
    AlignmentScorer() = default;
    AlignmentScorer(const LanguageVersion& vi, const LanguageVersion& zh, const Gazetteer& gazetteer);

    const QList<UnitFeatures>& vi() const { return m_vi.features; }
    const QList<UnitFeatures>& zh() const { return m_zh.features; }
    bool isEmpty() const { return m_vi.features.isEmpty() && m_zh.features.isEmpty(); }

    /// Units [first, first + removed) of \a version's language were replaced by its units
    /// [first, first + inserted) (a split or a join).
    void unitsReplaced(
        const LanguageVersion& version, int first, int removed, int inserted, const Gazetteer& gazetteer);

    /// Scores the pairs of \a alignment in [first, first + count) that have score 0 (changed by an edit), with
    /// the length model fitted on the whole alignment (Aligner::lengthModel).
    void scoreUnscored(Alignment& alignment, int first, int count) const;
    /// Scores every pair.
    void scoreAll(Alignment& alignment) const;

private:
    struct Side
    {
        QList<UnitFeatures> features;
        ContentWeights weights;
        QSet<QString> words; ///< the Latin-word tokens of this version, before keeping shared ones
    };

    static QSet<QString> wordsOf(const QList<UnitFeatures>& features);
    static void keepShared(QList<UnitFeatures>& features, const QSet<QString>& otherWords);

    Side m_vi;
    Side m_zh;
};

} // namespace concord
