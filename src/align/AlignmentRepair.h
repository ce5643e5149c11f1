#pragma once

#include "align/Alignment.h"
#include "align/UnitFeatures.h"

namespace concord {

class LengthModel;

/// What the monotone dynamic programme cannot do, done after it on the units it left alone:
/// - two paragraphs in another order in one version (the programme pairs one of them and leaves the other
///   two units alone): alone units a few rows apart are paired when they are each other's best match and the
///   pair scores at least MinScore;
/// - a merge the programme split into a pair and a unit alone: the unit joins the neighbouring pair when that
///   raises the pair's content similarity, or raises its score clearly while the similarity stays (a stray
///   paragraph lowers both), and the merged pair still scores at least MinScore;
/// - a passage the versions split at different places (vi A+B | C against zh A | B+C), which the programme
///   pairs as two 1-1 pairs, one of them poor: the two become one 2-2 pair when each one's Vietnamese shares
///   content with the other's Chinese and the merged pair scores at least MinScore.
/// Confirmed and anchored pairs are left as they are.
class AlignmentRepair
{
public:
    static constexpr double MinScore = 0.6;
    static constexpr int Window = 4; ///< rows apart, for reordered paragraphs

    static void repair(QList<AlignedPair>& pairs, const QList<UnitFeatures>& vi, const QList<UnitFeatures>& zh,
        const LengthModel& model);
};

} // namespace concord
