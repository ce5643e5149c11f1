#pragma once

#include "align/UnitFeatures.h"

#include <QList>

#include <utility>

namespace concord {

class LengthModel;

/// Pairs that content alone makes certain in a long unnumbered stretch, so the dynamic programme runs in
/// short gaps between them and its band stays narrow however far the two versions drift apart (a dropped
/// paragraph every twenty shifts the diagonal by hundreds of units in a document of ten thousand).
///
/// Each Chinese unit votes for the Vietnamese units near its expected place that share rare evidence with
/// it: syllables its characters read as that occur in at most two Vietnamese units of that neighbourhood,
/// and numbers, dates and places that occur in at most two there (each enough alone). A clear winner (at least
/// MinVotes, twice the runner-up) is a candidate; the longest chain of candidates increasing on both sides is kept
/// where each pair scores at least MinScore.
class ContentAnchors
{
public:
    static constexpr int MinUnits = 48; ///< shorter stretches go to the dynamic programme whole
    static constexpr int MinVotes = 3;
    static constexpr double MinScore = 0.9;

    /// Indices into \a vi and \a zh, increasing on both sides.
    static QList<std::pair<int, int>> find(
        const QList<UnitFeatures>& vi, const QList<UnitFeatures>& zh, const LengthModel& model);
};

} // namespace concord
