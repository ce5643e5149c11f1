#pragma once

#include "align/Alignment.h"
#include "model/Structure.h"

#include <QJsonObject>

namespace concord {

/// The JSON `concord-cli align --json` prints (DESIGN.md): {"pairs":[{"vi":[TEXT…],"zh":[TEXT…],
/// "vi_label":…,"zh_label":…,"score":…}], "noise":{"vi":[…],"zh":[…]}}; TEXT is the unit's text with
/// markup removed. Pairs also say "kind", "confirmed" and "anchored", and "checks": the cross-language
/// consistency checks of the pair (ConsistencyCheck), each {"kind":…,"vi":PHRASE,"zh":PHRASE}, a missing
/// phrase null.
class Gazetteer;

class AlignmentJson
{
public:
    static QJsonObject toJson(
        const Alignment& alignment, const LanguageVersion& vi, const LanguageVersion& zh, const Gazetteer& gazetteer);
};

} // namespace concord
