#pragma once

#include "align/Alignment.h"
#include "align/LengthModel.h"
#include "align/UnitFeatures.h"
#include "model/Structure.h"

namespace concord {

class Gazetteer;

/// Aligns the Vietnamese and Chinese versions of a document unit by unit (DESIGN.md, "Alignment"):
///
/// 1. confirmed pairs from a person are kept as they are;
/// 2. numbered units are paired by their numbering path — the values from the top-level unit down, so
///    `Điều 3 ↔ 第三条`, `2.(4) ↔ 二、（四）` and `II.1. ↔ 二、(一)` pair although the schemes and nominal depths
///    differ — when the path is unique in both versions (pairs that cross, from two items in another
///    order, are kept); signature blocks pair the same way by the places their parties name;
/// 3. between the monotone chain of those anchors, a dynamic programme over 1-1, 1-0, 0-1, 1-2, 2-1 and 2-2
///    beads (Gale & Church) with a length model fitted on this document's anchored pairs (LengthModel::fit:
///    ratio Σzh/Σvi and its variance), falling back to the model fitted on the sample agreements when a
///    document has fewer than MinFitPairs anchors, plus a bonus for shared tokens (numbers, dates, places,
///    names) and a cost for pairing different kinds of unit; the search stays in a band around the
///    diagonal, so time grows linearly.
///
/// Every pair gets pairScore(); a unit left alone gets 0.
class Aligner
{
public:
    static constexpr int MinFitPairs = 4;

    static Alignment align(const LanguageVersion& vi, const LanguageVersion& zh, const Gazetteer& gazetteer,
        const QList<AlignedPair>& confirmed = {});

    /// Scores every pair of \a alignment again (after edits), with the model align() would use.
    static void rescore(
        Alignment& alignment, const LanguageVersion& vi, const LanguageVersion& zh, const Gazetteer& gazetteer);

    /// The features of both versions, with Latin-word tokens kept only where the other version has the
    /// word too (Vietnamese is all Latin words; Chinese has only names and abbreviations in Latin).
    static std::pair<QList<UnitFeatures>, QList<UnitFeatures>> features(
        const LanguageVersion& vi, const LanguageVersion& zh, const Gazetteer& gazetteer);

    /// The length model fitted on the anchored 1-1 pairs of \a pairs (confirmed and signature pairs left out)
    /// when there are at least MinFitPairs of them, else sampleModel().
    static LengthModel lengthModel(
        const QList<AlignedPair>& pairs, const QList<UnitFeatures>& vi, const QList<UnitFeatures>& zh);

    /// How well \a vi units and \a zh units match, in [0,1]: length agreement under \a model, shared tokens,
    /// equal numbering and equal kinds, weighted 0.35, 0.25, 0.25, 0.15.
    static double pairScore(
        const QList<const UnitFeatures*>& vi, const QList<const UnitFeatures*>& zh, const LengthModel& model);

    /// The length model fitted on the numbered pairs of the three bilingual sample agreements (000, 001 and
    /// the memorandum in 004): Chinese letters per Vietnamese letter and the variance per letter.
    static LengthModel sampleModel();
};

} // namespace concord
