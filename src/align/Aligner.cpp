#include "align/Aligner.h"

#include "align/AlignmentRepair.h"
#include "align/AlignmentScorer.h"
#include "align/ContentAnchors.h"
#include "align/PairEvidence.h"
#include "text/Fold.h"
#include "text/SinoVietnamese.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace concord {

namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();

/// A bead: how many units it takes on each side, and what taking more than one unit on a side costs.
struct Bead
{
    int vi;
    int zh;
    double cost; ///< added to −log score (pairs) or the whole cost (a unit alone)
};

/// The dynamic programme's costs. A pair costs −log score (calibrated, PairEvidence::score) plus
/// ContentWeight × (1 − content similarity) × content mass, per unit: the score says whether a pair is right at all,
/// the similarity how much of both sides the pair covers — which is what tells a true merge (both Vietnamese
/// paragraphs read in the Chinese one: the similarity rises) from a paragraph with a stray neighbour (it
/// falls). A unit alone costs AloneCost; a pair is made rather than two units left alone while its cost
/// stays under 2 × AloneCost, which a wrong pair (score < 0.1) never does. Tuned by bench/bench_align_accuracy
/// on documents built from the samples' and the corpus's known pairs (docs/benchmarks.md).
constexpr double ContentWeight = 3.0;
constexpr double AloneCost = 3.0;
constexpr double MergeCost = 2.5;

const Bead Beads[] = {
    { 1, 1, 0.0 },
    { 1, 0, AloneCost },
    { 0, 1, AloneCost },
    { 2, 1, MergeCost },
    { 1, 2, MergeCost },
    { 2, 2, 2 * MergeCost },
};

/// What pairing \a vi with \a zh costs the dynamic programme (see ContentWeight).
double pairCost(const QList<const UnitFeatures*>& vi, const QList<const UnitFeatures*>& zh, const LengthModel& model)
{
    const PairEvidence evidence = PairEvidence::of(vi, zh, model);
    // Per unit: otherwise two pairs would pay the content cost twice where one merged pair pays it once.
    const double units = double(vi.size() + zh.size()) / 2;
    return -std::log(qMax(evidence.score(), 1e-9))
        + ContentWeight * units * evidence.contentMass() * (1.0 - evidence.content.similarity());
}

/// Pairs the units of vi[viFrom, viTo) and zh[zhFrom, zhTo) by dynamic programming in a band around the
/// diagonal; appends the pairs, in order, to \a out.
void alignGap(const QList<UnitFeatures>& vi, const QList<UnitFeatures>& zh, int viFrom, int viTo, int zhFrom, int zhTo,
    const LengthModel& model, QList<AlignedPair>* out)
{
    const int n = viTo - viFrom;
    const int m = zhTo - zhFrom;
    if (n == 0 && m == 0)
        return;
    if (n == 0 || m == 0) {
        for (int i = viFrom; i < viTo; ++i)
            out->append({ { i }, {}, 0.0, false, false });
        for (int j = zhFrom; j < zhTo; ++j)
            out->append({ {}, { j }, 0.0, false, false });
        return;
    }
    // Band: cells (i, j) with |j − i·m/n| ≤ band, stored row by row (only the band: memory and time
    // grow with n, not n·m).
    const int band = qMax(8, qAbs(n - m) + 8);
    std::vector<int> lo(size_t(n) + 1);
    std::vector<int> hi(size_t(n) + 1);
    std::vector<size_t> offset(size_t(n) + 2, 0);
    for (int i = 0; i <= n; ++i) {
        const double diagonal = double(i) * m / n;
        lo[size_t(i)] = qMax(0, int(std::floor(diagonal - band)));
        hi[size_t(i)] = qMin(m, int(std::ceil(diagonal + band)));
        offset[size_t(i) + 1] = offset[size_t(i)] + size_t(hi[size_t(i)] - lo[size_t(i)] + 1);
    }
    std::vector<double> cost(offset[size_t(n) + 1], Infinity);
    std::vector<signed char> choice(offset[size_t(n) + 1], -1);
    auto cell = [&](int i, int j) -> std::optional<size_t> {
        if (j < lo[size_t(i)] || j > hi[size_t(i)])
            return std::nullopt;
        return offset[size_t(i)] + size_t(j - lo[size_t(i)]);
    };
    cost[*cell(0, 0)] = 0;
    for (int i = 0; i <= n; ++i) {
        for (int j = lo[size_t(i)]; j <= hi[size_t(i)]; ++j) {
            if (i == 0 && j == 0)
                continue;
            double best = Infinity;
            signed char bestBead = -1;
            for (int b = 0; b < int(std::size(Beads)); ++b) {
                const Bead& bead = Beads[b];
                const int pi = i - bead.vi;
                const int pj = j - bead.zh;
                if (pi < 0 || pj < 0)
                    continue;
                const auto before = cell(pi, pj);
                if (!before || cost[*before] == Infinity)
                    continue;
                double c = cost[*before] + bead.cost;
                if (bead.vi > 0 && bead.zh > 0) {
                    QList<const UnitFeatures*> a;
                    QList<const UnitFeatures*> z;
                    for (int k = pi; k < i; ++k)
                        a.append(&vi[viFrom + k]);
                    for (int k = pj; k < j; ++k)
                        z.append(&zh[zhFrom + k]);
                    c += pairCost(a, z, model);
                }
                if (c < best) {
                    best = c;
                    bestBead = static_cast<signed char>(b);
                }
            }
            cost[*cell(i, j)] = best;
            choice[*cell(i, j)] = bestBead;
        }
    }
    QList<AlignedPair> reversed;
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
        const auto at = cell(i, j);
        const signed char b = at ? choice[*at] : -1;
        if (b < 0)
            break; // cannot happen inside the band; stop rather than loop
        const Bead& bead = Beads[b];
        AlignedPair pair;
        for (int k = i - bead.vi; k < i; ++k)
            pair.vi.append(viFrom + k);
        for (int k = j - bead.zh; k < j; ++k)
            pair.zh.append(zhFrom + k);
        reversed.append(pair);
        i -= bead.vi;
        j -= bead.zh;
    }
    for (auto it = reversed.rbegin(); it != reversed.rend(); ++it)
        out->append(*it);
}

/// Indices of the longest chain of pairs increasing on both sides (patience sorting, O(k log k)).
QList<int> longestIncreasingChain(const QList<std::pair<int, int>>& anchors)
{
    QList<int> tails; // index into anchors of the smallest tail of each chain length
    QList<int> previous(anchors.size(), -1);
    for (int k = 0; k < anchors.size(); ++k) {
        const int zh = anchors[k].second;
        const auto it = std::lower_bound(
            tails.begin(), tails.end(), zh, [&](int index, int value) { return anchors[index].second < value; });
        const int position = int(it - tails.begin());
        previous[k] = position > 0 ? tails[position - 1] : -1;
        if (it == tails.end())
            tails.append(k);
        else
            *it = k;
    }
    QList<int> chain;
    for (int k = tails.isEmpty() ? -1 : tails.back(); k >= 0; k = previous[k])
        chain.prepend(k);
    return chain;
}

} // namespace

void Aligner::rescore(
    Alignment& alignment, const LanguageVersion& vi, const LanguageVersion& zh, const Gazetteer& gazetteer)
{
    AlignmentScorer(vi, zh, gazetteer).scoreAll(alignment);
}

/// The length model fitted on the anchored 1-1 pairs when there are enough, else the samples' model.
LengthModel Aligner::lengthModel(
    const QList<AlignedPair>& pairs, const QList<UnitFeatures>& vi, const QList<UnitFeatures>& zh)
{
    std::vector<std::pair<int, int>> lengths;
    for (const AlignedPair& pair : pairs) {
        if (pair.anchored && !pair.confirmed && pair.vi.size() == 1 && pair.zh.size() == 1
            && vi[pair.vi.front()].kind != UnitKind::Signature)
            lengths.emplace_back(vi[pair.vi.front()].length, zh[pair.zh.front()].length);
    }
    const std::optional<LengthModel> fitted
        = int(lengths.size()) >= MinFitPairs ? LengthModel::fit(lengths) : std::nullopt;
    return fitted && fitted->variance() > 0 ? *fitted : sampleModel();
}

LengthModel Aligner::sampleModel()
{
    // Fitted by LengthModel::fit on the 47 numbered pairs of samples 000, 001 and 004 (the test
    // "align: the sample length model is what the samples give" recomputes it).
    return LengthModel(0.2678, 0.7101);
}

std::pair<QList<UnitFeatures>, QList<UnitFeatures>> Aligner::features(
    const LanguageVersion& vi, const LanguageVersion& zh, const Gazetteer& gazetteer)
{
    const AlignmentScorer scorer(vi, zh, gazetteer);
    return { scorer.vi(), scorer.zh() };
}

double Aligner::pairScore(
    const QList<const UnitFeatures*>& vi, const QList<const UnitFeatures*>& zh, const LengthModel& model)
{
    if (vi.isEmpty() || zh.isEmpty())
        return 0.0;
    return PairEvidence::of(vi, zh, model).score();
}

Alignment Aligner::align(const LanguageVersion& vi, const LanguageVersion& zh, const Gazetteer& gazetteer,
    const QList<AlignedPair>& confirmed)
{
    // Named, not a structured binding: the gap lambda below captures them (clang before 16 cannot capture bindings).
    const auto unitFeatures = features(vi, zh, gazetteer);
    const QList<UnitFeatures>& viFeatures = unitFeatures.first;
    const QList<UnitFeatures>& zhFeatures = unitFeatures.second;
    const int n = int(viFeatures.size());
    const int m = int(zhFeatures.size());

    // 1–2. Anchors: confirmed pairs, then unique anchor keys (numbering paths, signature parties).
    QList<AlignedPair> anchors;
    std::vector<bool> viTaken(size_t(n), false);
    std::vector<bool> zhTaken(size_t(m), false);
    for (AlignedPair pair : confirmed) {
        pair.confirmed = true;
        pair.anchored = true;
        for (const int i : pair.vi)
            viTaken[size_t(i)] = true;
        for (const int j : pair.zh)
            zhTaken[size_t(j)] = true;
        anchors.append(pair);
    }
    QHash<QString, int> viKeys;
    QHash<QString, int> zhKeys;
    for (int i = 0; i < n; ++i) {
        const QString& key = viFeatures[i].anchorKey;
        if (!key.isEmpty() && !viTaken[size_t(i)])
            viKeys[key] = viKeys.contains(key) ? -1 : i;
    }
    for (int j = 0; j < m; ++j) {
        const QString& key = zhFeatures[j].anchorKey;
        if (!key.isEmpty() && !zhTaken[size_t(j)])
            zhKeys[key] = zhKeys.contains(key) ? -1 : j;
    }
    for (auto it = viKeys.cbegin(); it != viKeys.cend(); ++it) {
        const int j = zhKeys.value(it.key(), -1);
        if (it.value() < 0 || j < 0)
            continue;
        anchors.append({ { it.value() }, { j }, 0.0, false, true });
        viTaken[size_t(it.value())] = true;
        zhTaken[size_t(j)] = true;
    }
    // Signature blocks whose parties name no place pair by their signatory: the Chinese name reads as the
    // Vietnamese one (阮文山 → Nguyễn Văn Sơn, 李明军 → Lý Minh Quân).
    for (int i = 0; i < n; ++i) {
        if (viTaken[size_t(i)] || vi.units[i].kind != UnitKind::Signature || vi.units[i].signature.person.isEmpty())
            continue;
        const QString name = Fold::fold(vi.units[i].signature.person).simplified();
        const SinoVietnamese& table = SinoVietnamese::instance();
        int match = -1;
        for (int j = 0; j < m; ++j) {
            const SignatureBlock& block = zh.units[j].signature;
            if (zhTaken[size_t(j)] || zh.units[j].kind != UnitKind::Signature)
                continue;
            if (table.readsAs(Fold::fold(block.person), name) || table.readsAs(Fold::fold(block.personAlternate), name))
                match = match < 0 ? j : -2; // two blocks reading alike: leave it to the programme
        }
        if (match >= 0) {
            anchors.append({ { i }, { match }, 0.0, false, true });
            viTaken[size_t(i)] = true;
            zhTaken[size_t(match)] = true;
        }
    }
    std::sort(anchors.begin(), anchors.end(),
        [](const AlignedPair& a, const AlignedPair& b) { return a.vi.value(0, -1) < b.vi.value(0, -1); });

    // The monotone chain of anchors bounds the gaps; anchors off the chain (reordered items) stand alone.
    QList<std::pair<int, int>> ends;
    for (const AlignedPair& pair : anchors)
        ends.append({ pair.vi.isEmpty() ? -1 : pair.vi.front(), pair.zh.isEmpty() ? -1 : pair.zh.front() });
    QList<int> chain;
    for (const int k : longestIncreasingChain(ends)) {
        if (ends[k].first >= 0 && ends[k].second >= 0)
            chain.append(k);
    }

    const LengthModel model = lengthModel(anchors, viFeatures, zhFeatures);

    // 3. The gaps between chained anchors, by dynamic programming over the units not yet taken.
    Alignment alignment;
    auto gap = [&](int viFrom, int viTo, int zhFrom, int zhTo) {
        // Units taken by off-chain anchors are skipped: collect the free ones and align those.
        QList<int> freeVi;
        QList<int> freeZh;
        for (int i = viFrom; i < viTo; ++i) {
            if (!viTaken[size_t(i)])
                freeVi.append(i);
        }
        for (int j = zhFrom; j < zhTo; ++j) {
            if (!zhTaken[size_t(j)])
                freeZh.append(j);
        }
        QList<UnitFeatures> a;
        QList<UnitFeatures> z;
        for (const int i : freeVi)
            a.append(viFeatures[i]);
        for (const int j : freeZh)
            z.append(zhFeatures[j]);
        // Long unnumbered stretches are cut at the pairs content makes certain, so the band stays narrow.
        QList<AlignedPair> local;
        int viLocal = 0;
        int zhLocal = 0;
        const auto found = ContentAnchors::find(a, z, model);
        for (const auto& [i, j] : found) {
            alignGap(a, z, viLocal, i, zhLocal, j, model, &local);
            local.append({ { i }, { j }, 0.0, false, false });
            viLocal = i + 1;
            zhLocal = j + 1;
        }
        alignGap(a, z, viLocal, int(a.size()), zhLocal, int(z.size()), model, &local);
        for (AlignedPair& pair : local) {
            for (int& i : pair.vi)
                i = freeVi[i];
            for (int& j : pair.zh)
                j = freeZh[j];
            alignment.pairs.append(pair);
        }
    };
    int viAt = 0;
    int zhAt = 0;
    for (const int k : chain) {
        const AlignedPair& anchor = anchors[k];
        gap(viAt, anchor.vi.front(), zhAt, anchor.zh.front());
        viAt = anchor.vi.back() + 1;
        zhAt = anchor.zh.back() + 1;
        alignment.pairs.append(anchor);
    }
    gap(viAt, n, zhAt, m);
    AlignmentRepair::repair(alignment.pairs, viFeatures, zhFeatures, model);
    // Anchors off the chain go where their Vietnamese unit stands.
    for (int k = 0; k < anchors.size(); ++k) {
        if (chain.contains(k))
            continue;
        const int at = anchors[k].vi.isEmpty() ? n : anchors[k].vi.front();
        qsizetype position = 0;
        while (position < alignment.pairs.size()
            && (alignment.pairs[position].vi.isEmpty() || alignment.pairs[position].vi.front() < at))
            ++position;
        alignment.pairs.insert(position, anchors[k]);
    }

    for (AlignedPair& pair : alignment.pairs)
        pair.score = pairScore(
            UnitFeatures::pointers(viFeatures, pair.vi), UnitFeatures::pointers(zhFeatures, pair.zh), model);
    return alignment;
}

} // namespace concord
