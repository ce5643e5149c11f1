#pragma once

#include "align/ContentEvidence.h"
#include "model/Structure.h"

#include <QList>
#include <QSet>
#include <QString>

namespace concord {

class Gazetteer;

/// What the aligner compares between units: length, numbering, the tokens both languages write the same
/// way — numbers (`2026`, `80`, `1088/2`, and Chinese numerals: `五` = `05` = `5`), dates, places from the
/// gazetteer, and Latin words (names given in both forms, `RCEP`) — and what the unit says, through
/// Sino-Vietnamese readings (content).
struct UnitFeatures
{
    UnitKind kind = UnitKind::Preamble;
    int length = 0; ///< letters, digits and ideographs, label excluded
    QList<int> path; ///< numbering values from the top-level unit down; empty when unnumbered or unreadable
    QSet<QString> tokens;
    /// The tokens as ids for quick comparison (idsOf), sorted; set by Aligner::features.
    QList<int> tokenIds;
    /// What pairs this unit with its counterpart without looking at its neighbours: the numbering path
    /// ("a.3" for Điều 3 / 第三条, "n.2.4" for 2.(4) / 二、（四）), or for a signature block the places its
    /// party names ("s.quang-ninh"), which pairs blocks that the two versions list in different orders.
    QString anchorKey;
    /// Syllables or characters with a Sino-Vietnamese reading, weighted by rarity (ContentEvidence).
    ContentProfile content;

    /// The features of every unit of \a version, content weighted over its units (their counts to \a counted).
    static QList<UnitFeatures> of(
        const LanguageVersion& version, const Gazetteer& gazetteer, ContentWeights* counted = nullptr);
    /// The features of units [first, first + count) of \a version, content weighted by \a weights.
    static QList<UnitFeatures> of(const LanguageVersion& version, const Gazetteer& gazetteer, int first, int count,
        const ContentWeights& weights);

    /// Ids of \a tokens, sorted: a hash of the token with a fixed seed (the same in every document and every
    /// run, so units of different documents compare too), its two low bits replaced by + 1 for numbers and
    /// dates (which a translation must carry over) and + 2 for a year alone (which every document of that
    /// year has: not counted as shared evidence).
    static QList<int> idsOf(const QSet<QString>& tokens);

    /// The features of \a indices in \a all, for the scorers that take the units of one side of a pair.
    static QList<const UnitFeatures*> pointers(const QList<UnitFeatures>& all, const QList<int>& indices);

private:
    static QList<UnitFeatures> withoutContent(
        const LanguageVersion& version, const Gazetteer& gazetteer, int first, int count, QList<QString>& foldedBodies);
    static void withContent(QList<UnitFeatures>& features, const QList<ContentProfile>& profiles);
};

} // namespace concord
