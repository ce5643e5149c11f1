#pragma once

#include "import/Paragraph.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace concord {

/// Tables in text: Markdown pipe tables (`| STT | Nội dung | … |`, the `|---|` line under the header) and HTML
/// tables that converters leave in the text (`<table><tr><td rowspan="2">…`), read into rows of cells. A table of
/// data becomes one table paragraph; a layout grid (two columns of signatures, a letterhead) becomes the
/// paragraphs of its cells, row by row, as a reader of the page would take them.
class TableReader
{
public:
    /// Cells and rows a table may have: a row with more is cut there, a span wider is read as this wide.
    static constexpr int MaxColumns = 64;
    static constexpr int MaxRowSpan = 1000;

    static bool isPipeRow(const QString& line);
    /// `|---|:---:|`: the line under a Markdown table's header.
    static bool isPipeSeparator(const QString& line);
    /// The cells of a pipe row, markup removed (`\|` is a bar inside a cell).
    static QStringList pipeCells(const QString& line);
    /// A pipe row of \a cells, a bar inside a cell written `\|`: what pipeCells reads back. The Word and PDF readers
    /// write their tables with it.
    static QString pipeRow(const QStringList& cells);

    /// Whether an HTML table starts on \a line.
    static bool startsHtmlTable(const QString& line);
    /// Reads the HTML table that starts at \a lines[\a start] (1-based source line \a start + 1), up to the line that
    /// closes it (or the end), into \a rows with each row's source line; returns the index after its last line.
    static qsizetype readHtml(
        const QStringList& lines, qsizetype start, QList<QStringList>* rows, QList<int>* rowLines);

    /// The paragraphs \a rows make (each with its source line): one table paragraph for a table of data
    /// (TableCells::isDataTable), else one paragraph per non-empty cell.
    static QList<Paragraph> paragraphs(const QList<QStringList>& rows, const QList<int>& rowLines);
};

} // namespace concord
