#include "align/AlignmentDiff.h"

#include <algorithm>

namespace concord {

namespace {

/// The change from \a before to \a after, with \a same telling an old item from a new one alike: the common
/// start, then the common end of what is left.
template <typename T, typename Same>
ListChange changeOf(const QList<T>& before, const QList<T>& after, Same same)
{
    const int n = int(before.size());
    const int m = int(after.size());
    int prefix = 0;
    while (prefix < n && prefix < m && same(before[prefix], after[prefix]))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && same(before[n - 1 - suffix], after[m - 1 - suffix]))
        ++suffix;
    return ListChange { prefix, n - prefix - suffix, m - prefix - suffix };
}

/// \a indices of old units, where they are now; false when one of them was replaced.
bool mapped(const QList<int>& indices, const ListChange& change, QList<int>& out)
{
    out.clear();
    for (const int i : indices) {
        const int now = change.map(i);
        if (now < 0)
            return false;
        out.append(now);
    }
    return true;
}

} // namespace

AlignmentDiff AlignmentDiff::of(const AlignedVersions& before, const AlignedVersions& after)
{
    AlignmentDiff diff;
    // Parents are indices that move with the units before them; the store compares them on its own.
    const auto sameUnit = [](const Unit& a, const Unit& b) {
        return a.kind == b.kind && a.text == b.text && a.line == b.line && a.level == b.level && a.label == b.label
            && a.signature == b.signature;
    };
    if (before.vi.units != after.vi.units)
        diff.vi = changeOf(before.vi.units, after.vi.units, sameUnit);
    if (before.zh.units != after.zh.units)
        diff.zh = changeOf(before.zh.units, after.zh.units, sameUnit);
    QList<int> vi, zh;
    diff.pairs
        = changeOf(before.alignment.pairs, after.alignment.pairs, [&](const AlignedPair& old, const AlignedPair& now) {
              return old.score == now.score && old.anchored == now.anchored && old.confirmed == now.confirmed
                  && mapped(old.vi, diff.vi, vi) && std::equal(vi.cbegin(), vi.cend(), now.vi.cbegin(), now.vi.cend())
                  && mapped(old.zh, diff.zh, zh) && std::equal(zh.cbegin(), zh.cend(), now.zh.cbegin(), now.zh.cend());
          });
    return diff;
}

} // namespace concord
