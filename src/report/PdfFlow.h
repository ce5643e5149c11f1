#pragma once

#include <QColor>
#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>
#include <vector>

class QPaintDevice;
class QPainter;
class QRectF;

namespace concord {

/// One line of laid-out text: the characters, the glyphs to paint, their colour, the line's height.
struct FlowLine
{
    QString text;
    /// The glyphs QTextLayout shaped for the line, placed from the line's top-left corner with the baseline at its
    /// font's ascent: painted as they are (each run carries its font), so that no line is shaped twice (shaping
    /// again in QPainter::drawText was half of the PDF's time).
    QList<QGlyphRun> glyphs;
    QColor colour;
    qreal height = 0;
    qreal gapBefore = 0; ///< space above the line (between paragraphs of a cell)
};

/// A paginated document of text, headings and tables for QPdfWriter, laid out by hand: every paragraph is
/// broken into lines once (QTextLayout, at the device's resolution), pages are cut between table rows (a row
/// that does not fit starts the next page under a repeated header; a row taller than a page is cut between
/// lines), headings keep with what follows, and only then is anything painted — so each page can say
/// "page x of y". Linear in the text: no document model, no layout of what is already placed.
class PdfFlow
{
public:
    struct Style
    {
        QFont font;
        QColor colour = Qt::black;
        qreal ascent = 0;
        qreal lineSpacing = 0;
    };
    struct Column
    {
        QString header;
        qreal width = 0; ///< device units
    };
    /// A cell: paragraphs, each in a style (an index into styles()).
    struct Cell
    {
        QList<std::pair<QString, int>> paragraphs;
    };

    /// \a device: the PDF writer (its resolution measures the text); \a width: the text width of a page;
    /// \a height: the height of a page's body (between the running header and the footer).
    PdfFlow(QPaintDevice* device, qreal width, qreal height);
    ~PdfFlow();

    int addStyle(const QFont& font, const QColor& colour = Qt::black);

    /// A paragraph across the page; \a keepWithNext keeps it on the page of what follows (a heading).
    void text(const QString& text, int style, qreal spaceAfter = 0, bool keepWithNext = false);
    /// Space of \a height; dropped at the top of a page.
    void space(qreal height);
    /// A table; rows whose cells are all empty are left out.
    void table(const QList<Column>& columns, int headerStyle, const QColor& headerFill, const QList<QList<Cell>>& rows,
        const QList<QColor>& fills = {});
    /// Something drawn by \a paint into a rectangle of \a height, kept whole on one page.
    void block(qreal height, std::function<void(QPainter&, const QRectF&)> paint);
    void pageBreak();

    /// Lines of \a text in \a style broken at \a width.
    QList<FlowLine> wrap(const QString& text, int style, qreal width) const;
    qreal lineHeight(int style) const;
    qreal padding() const { return m_padding; }

    /// Cuts the flow into pages; the page count. Call once, after the last item.
    int paginate();
    /// What paginate() put where: per page, per item placed, and for a table each row shown and whether whole.
    struct Placement
    {
        int item = 0;
        int row = -1; ///< the table row (of the rows kept), -1 for a text or block
        bool whole = true;
        int from = 0, to = 0; ///< the lines of the row's first cell shown
        friend bool operator==(const Placement&, const Placement&) = default;
    };
    QList<QList<Placement>> placements() const;

    /// Paints page \a index (0-based) with its top-left at \a origin.
    void paintPage(QPainter& painter, int index, const QPointF& origin) const;

private:
    struct Row
    {
        std::vector<QList<FlowLine>> cells;
        QColor fill;
    };
    struct Table
    {
        QList<Column> columns;
        Row header;
        QColor headerFill;
        std::vector<Row> rows;
    };
    struct Item
    {
        enum Kind { Text, Space, TableItem, Block, Break } kind = Text;
        QList<FlowLine> lines;
        qreal height = 0;
        bool keepWithNext = false;
        int table = -1;
        std::function<void(QPainter&, const QRectF&)> paint;
    };
    /// What one page shows of an item: a text or block whole, or a table's header and a run of row pieces.
    struct Piece
    {
        int item = 0;
        qreal y = 0;
        /// For a table: each row shown (index, first and end line per cell).
        struct RowPart
        {
            int row = 0;
            std::vector<std::pair<int, int>> lines;
            qreal height = 0;
        };
        std::vector<RowPart> rows;
    };
    using Page = std::vector<Piece>;

    static qreal linesHeight(const QList<FlowLine>& lines, int from, int to);
    qreal rowHeight(const Row& row) const;
    void paintLines(QPainter& painter, const QList<FlowLine>& lines, int from, int to, QPointF at) const;
    void paintRow(QPainter& painter, const Table& table, const Row& row, const std::vector<std::pair<int, int>>& lines,
        qreal height, QPointF at) const;

    QPaintDevice* m_device;
    qreal m_width;
    qreal m_height;
    qreal m_padding;
    std::vector<Style> m_styles;
    std::vector<Item> m_items;
    std::vector<Table> m_tables;
    std::vector<Page> m_pages;
};

} // namespace concord
