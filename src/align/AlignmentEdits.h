#pragma once

#include "align/Alignment.h"
#include "model/Structure.h"

#include <optional>

namespace concord {

/// Both language versions and their alignment: what an alignment edit changes (splitting a unit changes a
/// version, the rest only the pairs).
struct AlignedVersions
{
    LanguageVersion vi;
    LanguageVersion zh;
    Alignment alignment;

    bool operator==(const AlignedVersions& other) const = default;
};

/// One edit of an alignment, as the reader's undo stack keeps it.
struct AlignmentEdit
{
    enum class Kind {
        Confirm, ///< mark pair `pair` as checked by a person
        Unconfirm,
        Unlink, ///< pair `pair` becomes its Vietnamese units alone, then its Chinese units alone
        MergeWithNext, ///< pair `pair` and the next become one pair
        ShiftDown, ///< the last `side` unit of pair `pair` moves to the start of the next pair
        ShiftUp, ///< the first `side` unit of pair `pair` moves to the end of the previous pair
        SplitUnit, ///< `side` unit `unit` is cut at character `offset` into two units (in the same pair)
        JoinUnits, ///< `side` units `unit` and `unit + 1` become one again
        Replace, ///< pairs [pair, pair + count) are replaced by `pairs` (what inverses are made of)
    };

    Kind kind = Kind::Confirm;
    int pair = 0;
    Language side = Language::Vietnamese;
    int unit = 0;
    qsizetype offset = 0;
    int count = 0;
    QList<AlignedPair> pairs;

    static AlignmentEdit make(
        Kind kind, int pair, Language side = Language::Vietnamese, int unit = 0, qsizetype offset = 0)
    {
        AlignmentEdit edit;
        edit.kind = kind;
        edit.pair = pair;
        edit.side = side;
        edit.unit = unit;
        edit.offset = offset;
        return edit;
    }
    static AlignmentEdit confirm(int pair) { return make(Kind::Confirm, pair); }
    static AlignmentEdit unconfirm(int pair) { return make(Kind::Unconfirm, pair); }
    static AlignmentEdit unlink(int pair) { return make(Kind::Unlink, pair); }
    static AlignmentEdit mergeWithNext(int pair) { return make(Kind::MergeWithNext, pair); }
    static AlignmentEdit shiftDown(int pair, Language side) { return make(Kind::ShiftDown, pair, side); }
    static AlignmentEdit shiftUp(int pair, Language side) { return make(Kind::ShiftUp, pair, side); }
    static AlignmentEdit splitUnit(Language side, int unit, qsizetype offset)
    {
        return make(Kind::SplitUnit, 0, side, unit, offset);
    }
};

/// Alignment edits as pure functions: each takes a state and gives a new state and the edit that undoes it
/// exactly, or nothing when the edit does not apply (no such pair, nothing to move, a split outside the
/// text). Changed pairs get score 0 and lose their confirmation; Aligner::rescore() scores them again.
class AlignmentEdits
{
public:
    struct Result
    {
        AlignedVersions state;
        AlignmentEdit inverse;
    };

    static std::optional<Result> apply(const AlignedVersions& state, const AlignmentEdit& edit);

    /// Where sentence \a sentence (0-based, ≥ 1) of \a unit starts: the offset for a SplitUnit edit.
    static std::optional<qsizetype> sentenceStart(const Unit& unit, Language language, int sentence);
};

} // namespace concord
