#pragma once

#include <QByteArray>
#include <QString>

namespace concord {

/// The pre-Unicode Vietnamese encodings ICU has no converter for, and a measure of how Vietnamese a text
/// looks, which the Decoder uses to choose between candidate decodings of the same bytes.
///
/// - TCVN3 (ABC, TCVN 5712:1993 VN3): one byte per lower-case letter with its tone; capitals with tones do
///   not exist in it (they were drawn with an upper-case font), so they decode as lower case.
/// - VNI (VNI-Windows): an ASCII base letter followed by one or two diacritic bytes (`a` + `ø` = `à`).
class LegacyVietnamese
{
public:
    static QString decodeTcvn3(const QByteArray& bytes);
    static QString decodeVni(const QByteArray& bytes);

    /// \a text in the form Windows-1258 stores it: precomposed base letters (ê, ơ, ă, đ …) followed by the
    /// tone as a combining mark (`ệ` → `ê` U+0323). ICU's windows-1258 encoder needs this form.
    static QString toWindows1258Form(const QString& text);

    /// Share of the words that contain a non-ASCII letter and are well-formed Vietnamese syllables
    /// (only Vietnamese letters, at most one tone mark), minus a penalty for characters no Vietnamese
    /// text contains (stray Latin-1 symbols, C1 controls). In [-1, 1]; near 1 for a correct decoding.
    static double plausibility(const QString& text);
};

} // namespace concord
