#include "text/ScriptClassifier.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace concord {

ScriptCounts ScriptClassifier::count(QStringView text)
{
    ScriptCounts counts;
    const qsizetype length = text.size();
    for (qsizetype i = 0; i < length; ++i) {
        UChar32 cp = text[i].unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < length && text[i + 1].isLowSurrogate()) {
            cp = static_cast<UChar32>(QChar::surrogateToUcs4(text[i], text[i + 1]));
            ++i;
        }
        if (!u_isalpha(cp))
            continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(cp, &status);
        if (U_FAILURE(status))
            continue;
        if (script == USCRIPT_LATIN)
            ++counts.latin;
        else if (script == USCRIPT_HAN)
            ++counts.han;
        else
            ++counts.other;
    }
    return counts;
}

Script ScriptClassifier::dominant(const ScriptCounts& counts)
{
    if (counts.latin == 0 && counts.han == 0)
        return Script::None;
    return counts.han * HanWeight >= counts.latin ? Script::Han : Script::Latin;
}

Script ScriptClassifier::dominant(QStringView text)
{
    return dominant(count(text));
}

CaseCounts ScriptClassifier::countCase(QStringView text)
{
    CaseCounts counts;
    for (const QChar c : text) {
        if (c.isUpper())
            ++counts.upper;
        else if (c.isLower())
            ++counts.lower;
    }
    return counts;
}

} // namespace concord
