#include "text/TextQuality.h"

#include <QString>

namespace concord {

namespace {
/// Symbols OCR tools put in place of Vietnamese letters ("H§i", "tu¢").
bool isStray(QChar c)
{
    static const QString stray = QStringLiteral("§¢©®£¥¤¦|¬°±µ¶");
    return stray.contains(c);
}
} // namespace

bool TextQuality::ocrSuspect() const
{
    // Enough words to judge. Typed Vietnamese marks four words in five (the samples: 0.80–0.85, no damage), the
    // OCR tool of sample 002 one in six, with 3% of its words damaged.
    return words >= 20 && (marked < 0.5 || damaged > 0.02);
}

QString TextQuality::ocrWarning()
{
    return tr("OCR text: check against the original.");
}

TextQuality TextQuality::ofVietnamese(QStringView text)
{
    TextQuality quality;
    int marked = 0;
    int damaged = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        // A word: letters, digits and stray symbols between spaces and punctuation.
        while (i < n && !(text[i].isLetterOrNumber() || text[i].isMark() || isStray(text[i])))
            ++i;
        const qsizetype start = i;
        bool latin = false;
        bool nonAscii = false;
        bool digit = false;
        bool stray = false;
        bool han = false;
        while (i < n && (text[i].isLetterOrNumber() || text[i].isMark() || isStray(text[i]))) {
            const QChar c = text[i];
            if (c.script() == QChar::Script_Han)
                han = true;
            latin = latin || (c.isLetter() && c.script() == QChar::Script_Latin);
            nonAscii = nonAscii || ((c.isLetter() || c.isMark()) && c.unicode() >= 0x80 && !han);
            digit = digit || c.isDigit();
            stray = stray || isStray(c);
            ++i;
        }
        if (i - start < 2 || !latin || han)
            continue; // numbers, single letters, Chinese
        ++quality.words;
        marked += nonAscii;
        damaged += digit || stray;
    }
    if (quality.words > 0) {
        quality.marked = double(marked) / quality.words;
        quality.damaged = double(damaged) / quality.words;
    }
    return quality;
}

} // namespace concord
