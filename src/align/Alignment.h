#pragma once

#include <QList>

#include <algorithm>

namespace concord {

/// One row of the reader: the Vietnamese units and the Chinese units that say the same thing (indices into
/// LanguageVersion::units). Either side may be empty: a unit with no counterpart is shown alone.
struct AlignedPair
{
    QList<int> vi;
    QList<int> zh;
    double score = 0; ///< in [0,1]; low scores are the pairs a person should check
    bool confirmed = false; ///< set by a person; kept fixed when the rest is re-aligned
    bool anchored = false; ///< found by numbering (or confirmed), not by the length model

    /// Member by member; the unit lists compared element by element (Qt 6.4's QList<int>::operator== hands
    /// memcmp a null pointer when one of two empty lists has no buffer, which UBSan reports).
    bool operator==(const AlignedPair& other) const
    {
        return score == other.score && confirmed == other.confirmed && anchored == other.anchored
            && std::equal(vi.cbegin(), vi.cend(), other.vi.cbegin(), other.vi.cend())
            && std::equal(zh.cbegin(), zh.cend(), other.zh.cbegin(), other.zh.cend());
    }
};

/// The alignment of two language versions: pairs in reading order of the Vietnamese version (pairs found
/// by numbering keep their numbers even when one version orders two items differently).
struct Alignment
{
    QList<AlignedPair> pairs;

    bool operator==(const Alignment& other) const = default;
};

} // namespace concord
