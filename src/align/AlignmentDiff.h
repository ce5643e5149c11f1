#pragma once

#include "align/AlignmentEdits.h"

namespace concord {

/// A stretch of a list replaced by another: items [first, first + removed) of the old list became items
/// [first, first + inserted) of the new one, and everything after moved by inserted − removed.
struct ListChange
{
    int first = 0;
    int removed = 0;
    int inserted = 0;

    bool isEmpty() const { return removed == 0 && inserted == 0; }
    int shift() const { return inserted - removed; }
    /// Where the old item \a index is now, or −1 when it was replaced.
    int map(int index) const
    {
        if (index < first)
            return index;
        return index >= first + removed ? index + shift() : -1;
    }

    bool operator==(const ListChange& other) const = default;
};

/// What an alignment edit changed, found by comparing the state before with the state after (the edits are
/// pure functions, so this is all a save or a screen needs to touch): the units of each language (only a split
/// or a join changes them; a unit counts as unchanged whatever its parent index, which moves with the units before
/// it) and the pairs. A pair counts as unchanged when it holds the same units (after the
/// unit change is allowed for) with the same score, anchoring and confirmation.
struct AlignmentDiff
{
    ListChange vi;
    ListChange zh;
    ListChange pairs;

    static AlignmentDiff of(const AlignedVersions& before, const AlignedVersions& after);

    const ListChange& units(Language language) const { return language == Language::Chinese ? zh : vi; }
};

} // namespace concord
