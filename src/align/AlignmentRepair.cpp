#include "align/AlignmentRepair.h"

#include "align/PairEvidence.h"

namespace concord {

namespace {

bool isAlone(const AlignedPair& pair)
{
    return !pair.confirmed && !pair.anchored && (pair.vi.isEmpty() != pair.zh.isEmpty());
}

bool isFree(const AlignedPair& pair)
{
    return !pair.confirmed && !pair.anchored && !pair.vi.isEmpty() && !pair.zh.isEmpty();
}

/// Pairs alone Vietnamese units with alone Chinese units a few rows away when they are each other's best.
void pairReordered(
    QList<AlignedPair>& pairs, const QList<UnitFeatures>& vi, const QList<UnitFeatures>& zh, const LengthModel& model)
{
    auto scoreOf = [&](const AlignedPair& a, const AlignedPair& z) {
        return PairEvidence::of(UnitFeatures::pointers(vi, a.vi), UnitFeatures::pointers(zh, z.zh), model).score();
    };
    auto best = [&](qsizetype row, bool vietnamese) {
        qsizetype found = -1;
        double top = AlignmentRepair::MinScore;
        for (qsizetype other = qMax<qsizetype>(0, row - AlignmentRepair::Window);
             other < qMin(pairs.size(), row + AlignmentRepair::Window + 1); ++other) {
            if (!isAlone(pairs[other]) || pairs[other].vi.isEmpty() == pairs[row].vi.isEmpty())
                continue;
            const double s = vietnamese ? scoreOf(pairs[row], pairs[other]) : scoreOf(pairs[other], pairs[row]);
            if (s >= top) {
                top = s;
                found = other;
            }
        }
        return found;
    };
    for (qsizetype row = 0; row < pairs.size(); ++row) {
        if (!isAlone(pairs[row]) || pairs[row].vi.isEmpty())
            continue;
        const qsizetype other = best(row, true);
        if (other < 0 || best(other, false) != row)
            continue;
        pairs[row].zh = pairs[other].zh;
        pairs.removeAt(other);
        if (other < row)
            --row;
    }
}

/// Joins a unit alone to the pair before or after it when that makes a better merged pair.
void joinMerges(
    QList<AlignedPair>& pairs, const QList<UnitFeatures>& vi, const QList<UnitFeatures>& zh, const LengthModel& model)
{
    for (qsizetype row = 0; row < pairs.size(); ++row) {
        if (!isAlone(pairs[row]))
            continue;
        const bool vietnamese = !pairs[row].vi.isEmpty();
        qsizetype target = -1;
        AlignedPair merged;
        double gain = -0.02;
        for (const qsizetype neighbour : { row - 1, row + 1 }) {
            if (neighbour < 0 || neighbour >= pairs.size() || !isFree(pairs[neighbour]))
                continue;
            const AlignedPair& pair = pairs[neighbour];
            if ((vietnamese ? pair.vi.size() : pair.zh.size()) >= 2)
                continue;
            const PairEvidence before
                = PairEvidence::of(UnitFeatures::pointers(vi, pair.vi), UnitFeatures::pointers(zh, pair.zh), model);
            AlignedPair candidate = pair;
            QList<int>& side = vietnamese ? candidate.vi : candidate.zh;
            const int unit = vietnamese ? pairs[row].vi.front() : pairs[row].zh.front();
            if (neighbour < row)
                side.append(unit);
            else
                side.prepend(unit);
            const PairEvidence after = PairEvidence::of(
                UnitFeatures::pointers(vi, candidate.vi), UnitFeatures::pointers(zh, candidate.zh), model);
            // Better evidence: more of both sides read in each other, or a clearly more probable pair that
            // reads about as well (a stray paragraph lowers both).
            const double rise = after.content.similarity() - before.content.similarity();
            const bool better = rise > 0 || (after.score() - before.score() >= 0.05 && rise > -0.02);
            if (better && rise > gain && after.score() >= AlignmentRepair::MinScore) {
                gain = rise;
                target = neighbour;
                merged = candidate;
            }
        }
        if (target < 0)
            continue;
        pairs[target] = merged;
        pairs.removeAt(row);
        --row;
    }
}

/// Merges two neighbouring pairs into one 2-2 pair where the versions split a passage at different places
/// (vi A+B | C against zh A | B+C): one of the pairs scores low, each pair's Vietnamese shares content with
/// the other pair's Chinese, and the merged pair scores at least MinScore and reads better than either.
void joinCrossedSplits(
    QList<AlignedPair>& pairs, const QList<UnitFeatures>& vi, const QList<UnitFeatures>& zh, const LengthModel& model)
{
    // Each side of a cross pair covers part of the other: an eighth of both, weighted by rarity, is more than
    // chance (unrelated paragraphs share well under a twentieth).
    constexpr double CrossCoverage = 0.13;
    for (qsizetype row = 0; row + 1 < pairs.size(); ++row) {
        AlignedPair& a = pairs[row];
        const AlignedPair& b = pairs[row + 1];
        if (!isFree(a) || !isFree(b) || a.vi.size() != 1 || a.zh.size() != 1 || b.vi.size() != 1 || b.zh.size() != 1)
            continue;
        const PairEvidence first
            = PairEvidence::of(UnitFeatures::pointers(vi, a.vi), UnitFeatures::pointers(zh, a.zh), model);
        const PairEvidence second
            = PairEvidence::of(UnitFeatures::pointers(vi, b.vi), UnitFeatures::pointers(zh, b.zh), model);
        if (qMin(first.score(), second.score()) >= AlignmentRepair::MinScore)
            continue;
        const ContentMatch crossAB
            = ContentEvidence::match(UnitFeatures::pointers(vi, a.vi), UnitFeatures::pointers(zh, b.zh));
        const ContentMatch crossBA
            = ContentEvidence::match(UnitFeatures::pointers(vi, b.vi), UnitFeatures::pointers(zh, a.zh));
        const auto covers = [](const ContentMatch& m) { return qMin(m.chineseCovered, m.vietnameseCovered); };
        if (qMax(covers(crossAB), covers(crossBA)) < CrossCoverage)
            continue;
        AlignedPair merged = a;
        merged.vi.append(b.vi);
        merged.zh.append(b.zh);
        // And the merged pair reads better than either pair alone (a good pair joined to a poor neighbour
        // reads worse than the good pair).
        const PairEvidence together
            = PairEvidence::of(UnitFeatures::pointers(vi, merged.vi), UnitFeatures::pointers(zh, merged.zh), model);
        const double best = qMax(first.content.similarity(), second.content.similarity());
        if (together.score() < AlignmentRepair::MinScore || together.content.similarity() <= best)
            continue;
        a = merged;
        pairs.removeAt(row + 1);
    }
}

} // namespace

void AlignmentRepair::repair(
    QList<AlignedPair>& pairs, const QList<UnitFeatures>& vi, const QList<UnitFeatures>& zh, const LengthModel& model)
{
    pairReordered(pairs, vi, zh, model);
    joinMerges(pairs, vi, zh, model);
    joinCrossedSplits(pairs, vi, zh, model);
}

} // namespace concord
