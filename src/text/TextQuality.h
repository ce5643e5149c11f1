#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace concord {

/// How a Vietnamese text reads: the share of its words that carry Vietnamese letters (ă, ê, ơ, đ, tones …) and
/// the share that look damaged (digits or stray symbols inside a word: "H§i", "Ho6i", "13n"). Typed Vietnamese
/// marks most of its syllables; text from an OCR tool that lost the diacritics marks few and damages many.
struct TextQuality
{
    Q_DECLARE_TR_FUNCTIONS(concord::TextQuality)

public:
    int words = 0;
    double marked = 0; ///< share of words with a non-ASCII letter
    double damaged = 0; ///< share of words with a digit or a stray symbol among letters

    /// Text to check against the original: OCR output without diacritics or with damaged words.
    bool ocrSuspect() const;

    static TextQuality ofVietnamese(QStringView text);
    /// What a person is told about OCR text: "OCR text: check against the original."
    static QString ocrWarning();
};

} // namespace concord
