#pragma once

#include <QStringView>

namespace concord {

/// Which writing system a piece of text is in. Splitting a bilingual file into its Vietnamese and
/// Chinese versions starts from this, paragraph by paragraph.
enum class Script {
    None, ///< no letters at all (numbers, punctuation, empty)
    Latin, ///< Latin letters: Vietnamese (with or without diacritics), English
    Han, ///< Chinese characters
};

/// Capital and small letters in a text (any script that has case).
struct CaseCounts
{
    int upper = 0;
    int lower = 0;
};

struct ScriptCounts
{
    int latin = 0; ///< letters in Latin script
    int han = 0; ///< Han ideographs
    int other = 0; ///< letters of any other script (Cyrillic, Kana, …)
};

/// Counts letters by ICU script property and names the dominant script.
/// A Han character carries about as much text as a Vietnamese syllable (≈4 Latin letters), so Han
/// letters are weighted by HanWeight before comparing.
class ScriptClassifier
{
public:
    static constexpr int HanWeight = 4;

    static ScriptCounts count(QStringView text);
    static Script dominant(QStringView text);
    static Script dominant(const ScriptCounts& counts);
    static CaseCounts countCase(QStringView text);
};

} // namespace concord
