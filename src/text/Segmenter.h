#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace concord {

/// Splits text with ICU break iterators: sentences in Vietnamese or Chinese, and Chinese into words
/// (ICU's dictionary-based Chinese word breaker).
class Segmenter
{
public:
    enum class Language { Vietnamese, Chinese };

    /// Sentence boundaries as (start, length) in \a text; trailing white space stays with its sentence.
    static QList<std::pair<qsizetype, qsizetype>> sentenceRanges(QStringView text, Language language);
    /// The sentences themselves, trimmed, empty ones dropped.
    static QStringList sentences(QStringView text, Language language);
    /// The words of \a text (letters, ideographs, numbers), without spaces and punctuation.
    static QStringList words(QStringView text, Language language);
};

} // namespace concord
