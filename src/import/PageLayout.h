#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace concord {

/// A line of text on a page, as a PDF text layer or a recogniser found it.
struct LayoutLine
{
    QString text;
    QRectF box; ///< in the page's units
    bool tableRow = false; ///< a row of a table, written as a Markdown pipe row (TableLayout): kept with its rows
};

struct LayoutPage
{
    QSizeF size;
    QList<LayoutLine> lines; ///< in reading order
};

/// Lines of pages into the light text every reader writes: lines into paragraphs where the gap between them is
/// wider than the line spacing; a page break keeps the paragraph going when the page's last line runs to the right
/// margin. Short lines in the top and bottom margins (page numbers, running headers) are page furniture: they come
/// out at the end, a paragraph each, for the structure parser to list as debris. The PDF and the OCR readers share
/// it, so a scan and the text layer of the same page come out alike.
class PageLayout
{
public:
    struct Text
    {
        QString text;
        /// For page p and its line i, the 1-based line of text it became (furniture included).
        QList<QList<int>> lineNumbers;
    };

    static Text arrange(const QList<LayoutPage>& pages);
};

} // namespace concord
