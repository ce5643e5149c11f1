#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace concord {

/// Folded text and, for each of its characters, where it came from in the original, so that a hit found
/// in folded text can be highlighted in the original.
struct FoldedText
{
    QString text;
    QList<qsizetype> source; ///< source[i] = index in the original of text[i]

    /// The original range [start, start + length) that the folded range covers.
    std::pair<qsizetype, qsizetype> sourceRange(qsizetype start, qsizetype length, qsizetype originalLength) const;
};

/// The one fold used by search, alignment and extraction, so that `quang ninh` finds `Quảng Ninh`,
/// `（一）` matches `(一)` and `廣西` matches `广西`:
/// case folded, combining marks removed (after NFD), đ/Đ → d, full-width ASCII forms → ASCII,
/// Traditional → Simplified Han (character by character), and each run of white space → one space.
///
/// fold() is a table lookup per UTF-16 unit. The table is built once, lazily, by running ICU's generic
/// path (reference()) over every BMP character, so both give the same result by construction; the tests
/// check that on every character of the sample documents. Characters outside the BMP are kept as they are.
class Fold
{
public:
    static QString fold(QStringView text);
    static FoldedText foldWithSource(QStringView text);

    /// The same fold through ICU's generic services (Transliterator "NFD; [:Nonspacing Mark:] Remove; NFC",
    /// u_strFoldCase, Fullwidth-Halfwidth, Traditional-Simplified, a white-space rule): slow, and the
    /// definition fold() is measured and checked against.
    static QString reference(QStringView text);

    /// Builds the lookup table now (it is otherwise built on first use, in about a tenth of a second).
    static void prepare();
};

} // namespace concord
