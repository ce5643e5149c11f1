#pragma once

#include "model/Structure.h"

namespace concord {

/// Numbering labels that recognition damaged, recovered from the run of labels around them: among the numbered
/// units under one parent in one scheme, a label whose value breaks the run where the labels before and after it
/// leave exactly one value open (`I.`, `II.`, `II.`, `IV.` — the second `II.` a misread `III.`; `1.`, `7.`, `3.`)
/// takes that value, and is marked uncertain for a person to check. The text keeps the label as it was read.
class LabelRun
{
public:
    static void repair(LanguageVersion& version);
};

} // namespace concord
