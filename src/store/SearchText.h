#pragma once

#include "text/Fold.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace concord {

/// The text the search index holds for a unit, and the query made from what a person types: the text
/// layer's fold (case, diacritics, đ, full width, Traditional Han) with each Han character made a token of
/// its own. FTS5's unicode61 tokenizer then gives Vietnamese words and single Han characters, and a phrase
/// query of the folded input finds `quang ninh` in `Quảng Ninh` and any run of Chinese characters (`广西`,
/// `廣西`) wherever it stands. A folded shadow text was chosen over a custom FTS5 tokenizer: it needs no C
/// callbacks registered on the driver's handle, works with the stock QSQLITE driver, and the index stays
/// contentless (the text is stored once, in the unit table).
class SearchText
{
public:
    static QString indexed(QStringView text);
    /// An FTS5 MATCH expression for \a input: one phrase; empty when there is nothing to look for.
    static QString query(QStringView input);
    /// Where what a person typed (\a input) occurs in \a text, as (start, length) ranges of \a text, found
    /// in the fold of both: what a hit highlights.
    /// At most \a width characters of \a text around its first highlight, each highlight within them marked
    /// [like this], line breaks as spaces: what a plain-text list of hits prints. Cut before it is marked, so a
    /// hit in a long paragraph costs its window, not the paragraph.
    static QString snippet(
        const QString& text, const QList<std::pair<qsizetype, qsizetype>>& highlights, qsizetype width = 200);
    static QList<std::pair<qsizetype, qsizetype>> highlights(QStringView text, QStringView input);
    /// What is looked for in a folded text when a person types \a input: its fold, trimmed.
    static QString needle(QStringView input);
    /// The same ranges in a text already folded (\a folded, of a text \a length long) for a \a needle
    /// already made: a screen that searches one text many times folds it once.
    static QList<std::pair<qsizetype, qsizetype>> highlights(
        const FoldedText& folded, qsizetype length, const QString& needle);
    /// How many times \a needle occurs in \a folded.
    static int count(const FoldedText& folded, const QString& needle);
};

} // namespace concord
