#pragma once

#include "model/Structure.h"

#include <optional>

namespace concord {

/// Numbering labels that recognition damaged, recovered from the run of labels around them: among the numbered
/// units under one parent in one scheme, a label whose value breaks the run where the labels before and after it
/// leave exactly one value open (`I.`, `II.`, `II.`, `IV.` — the second `II.` a misread `III.`; `1.`, `7.`, `3.`)
/// takes that value, and is marked uncertain for a person to check. The text keeps the label as it was read.
class LabelRun
{
public:
    static void repair(LanguageVersion& version);

    /// The label a paragraph that no label opens would have, when recognition damaged it and the labels around say
    /// what it was: the next numbered paragraph is \a next, the last unit numbered in its scheme is \a previous (or
    /// none, and \a next is the second), so this one is the value between; its start is a damaged form of that
    /// scheme's label (`人双方…` or `一双方…` for `一、双方…`, `1, Hai bên…` for `1. Hai bên…`, `II, …` for `II. …`).
    /// Marked uncertain; nullopt otherwise.
    static std::optional<NumberingLabel> recover(
        const QString& paragraph, const NumberingLabel& next, const std::optional<NumberingLabel>& previous);
};

} // namespace concord
