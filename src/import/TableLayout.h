#pragma once

#include "import/PageLayout.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace concord {

/// A word of a PDF's text layer where poppler placed it.
struct LayoutWord
{
    QString text;
    QRectF box;
    bool spaceAfter = true;
};

/// Tables on a PDF page, told by the positions of its words: a header row whose cells (runs of words separated by
/// more than a space) name columns of known roles (TableCells::isHeader), and the rows under it whose runs start at
/// those columns. A new row starts where the number column (or the first) has text; a wrapped cell's next line is
/// added to its cell. Each row becomes one line, a Markdown pipe row (LayoutLine::tableRow), so that the text
/// pipeline reads the table as a table. A table that runs past the bottom of the page goes on at the top of the
/// next one, with or without its header printed again.
class TableLayout
{
public:
    /// The columns of a table that reached the end of the previous page: their left edges.
    using Columns = QList<qreal>;

    /// The lines of a page from its words in content order: table rows as pipe rows at their place, every other word
    /// in lines as before (a word that starts left of the previous one's end, or below it, starts a line).
    /// \a carried is the table open at the end of the previous page, and is set to the one open at this page's end.
    static QList<LayoutLine> lines(const QList<LayoutWord>& words, std::optional<Columns>* carried);
};

} // namespace concord
