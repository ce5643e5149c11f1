#pragma once

#include <QList>

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

    bool operator==(const AlignedPair& other) const = default;
};

/// The alignment of two language versions: pairs in reading order of the Vietnamese version (pairs found
/// by numbering keep their numbers even when one version orders two items differently).
struct Alignment
{
    QList<AlignedPair> pairs;

    bool operator==(const Alignment& other) const = default;
};

} // namespace concord
