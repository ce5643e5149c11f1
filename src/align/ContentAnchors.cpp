#include "align/ContentAnchors.h"

#include "align/PairEvidence.h"

#include <QHash>

#include <algorithm>

namespace concord {

QList<std::pair<int, int>> ContentAnchors::find(
    const QList<UnitFeatures>& vi, const QList<UnitFeatures>& zh, const LengthModel& model)
{
    const int n = int(vi.size());
    const int m = int(zh.size());
    if (n < MinUnits || m < MinUnits)
        return {};
    // Where each syllable and token occurs in the Vietnamese units (up to MaxOccurrences times; more is too
    // common to tell units apart). Rarity is judged in the window a Chinese unit looks in, so a paragraph
    // repeated far away does not hide a match near by.
    constexpr int MaxOccurrences = 256;
    QHash<std::uint32_t, QList<int>> bySyllable;
    QHash<int, QList<int>> byToken;
    for (int i = 0; i < n; ++i) {
        for (const ContentProfile::Weighted& item : vi[i].content.items) {
            QList<int>& units = bySyllable[item.id];
            if (units.size() <= MaxOccurrences)
                units.append(i);
        }
        for (const int token : vi[i].tokenIds) {
            QList<int>& units = byToken[token];
            if (units.size() <= MaxOccurrences)
                units.append(i);
        }
    }
    const int window = qAbs(n - m) + 16;
    QList<std::pair<int, int>> candidates;
    QHash<int, int> votes;
    for (int j = 0; j < m; ++j) {
        const int expected = int(qint64(j) * n / m);
        votes.clear();
        auto vote = [&](const QList<int>& units, int weight) {
            if (units.size() > MaxOccurrences)
                return;
            // The units in the window, found by binary search (the list is in unit order).
            const auto from = std::lower_bound(units.cbegin(), units.cend(), expected - window);
            const auto to = std::upper_bound(from, units.cend(), expected + window);
            if (to - from == 0 || to - from > 2)
                return;
            for (auto it = from; it != to; ++it)
                votes[*it] += weight;
        };
        const ContentProfile& p = zh[j].content;
        for (const int reading : p.readings) {
            const auto it = bySyllable.constFind(std::uint32_t(reading));
            if (it != bySyllable.cend())
                vote(*it, 1);
        }
        for (const int token : zh[j].tokenIds) {
            const auto it = byToken.constFind(token);
            if (it != byToken.cend())
                vote(*it, MinVotes); // a number, date or place found in one or two units: enough alone
        }
        int best = -1;
        int top = 0;
        int second = 0;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            if (it.value() > top) {
                second = top;
                top = it.value();
                best = it.key();
            } else if (it.value() > second) {
                second = it.value();
            }
        }
        if (best >= 0 && top >= MinVotes && top >= 2 * second)
            candidates.append({ best, j });
    }
    // The longest chain increasing on both sides (candidates are in zh order; patience sorting on vi).
    QList<int> tails;
    QList<int> previous(candidates.size(), -1);
    for (int k = 0; k < candidates.size(); ++k) {
        const int i = candidates[k].first;
        const auto it = std::lower_bound(
            tails.begin(), tails.end(), i, [&](int index, int value) { return candidates[index].first < value; });
        const int position = int(it - tails.begin());
        previous[k] = position > 0 ? tails[position - 1] : -1;
        if (it == tails.end())
            tails.append(k);
        else
            *it = k;
    }
    QList<std::pair<int, int>> chain;
    for (int k = tails.isEmpty() ? -1 : tails.back(); k >= 0; k = previous[k]) {
        const auto [i, j] = candidates[k];
        if (PairEvidence::of({ &vi[i] }, { &zh[j] }, model).score() >= MinScore)
            chain.prepend(candidates[k]);
    }
    return chain;
}

} // namespace concord
