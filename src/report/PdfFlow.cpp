#include "report/PdfFlow.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <optional>

namespace concord {

PdfFlow::PdfFlow(QPaintDevice* device, qreal width, qreal height)
    : m_device(device)
    , m_width(width)
    , m_height(height)
{
    QFont font;
    font.setPointSizeF(9);
    m_padding = QFontMetricsF(font, device).height() * 0.3;
}

PdfFlow::~PdfFlow() = default;

int PdfFlow::addStyle(const QFont& font, const QColor& colour)
{
    const QFontMetricsF metrics(font, m_device);
    m_styles.push_back({ font, colour, metrics.ascent(), metrics.lineSpacing() });
    return int(m_styles.size()) - 1;
}

qreal PdfFlow::lineHeight(int style) const
{
    return m_styles[size_t(style)].lineSpacing;
}

QList<FlowLine> PdfFlow::wrap(const QString& text, int style, qreal width) const
{
    const Style& s = m_styles[size_t(style)];
    QList<FlowLine> lines;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.trimmed().isEmpty())
            continue;
        QTextLayout layout(paragraph, s.font, m_device);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            const QString part = paragraph.mid(line.textStart(), line.textLength()).trimmed();
            if (part.isEmpty())
                continue;
            // From the layout's coordinates to the line's: baseline at the style's ascent, as drawText placed it;
            // the line's leading blanks (trimmed from its text) are not drawn, so their advance goes too.
            qreal lead = 0;
            for (qsizetype k = line.textStart(); k < line.textStart() + line.textLength() && paragraph[k].isSpace();
                 ++k)
                lead = line.cursorToX(int(k + 1)) - line.x();
            QList<QGlyphRun> runs = line.glyphRuns();
            for (QGlyphRun& run : runs) {
                QList<QPointF> positions = run.positions();
                for (QPointF& p : positions)
                    p = QPointF(p.x() - line.x() - lead, p.y() - line.y() - line.ascent() + s.ascent);
                run.setPositions(positions);
            }
            lines.append({ part, std::move(runs), s.colour, s.lineSpacing, 0 });
        }
        layout.endLayout();
    }
    return lines;
}

void PdfFlow::text(const QString& text, int style, qreal spaceAfter, bool keepWithNext)
{
    Item item;
    item.kind = Item::Text;
    item.lines = wrap(text, style, m_width);
    if (item.lines.isEmpty())
        return;
    item.height = linesHeight(item.lines, 0, int(item.lines.size())) + spaceAfter;
    item.keepWithNext = keepWithNext;
    m_items.push_back(std::move(item));
}

void PdfFlow::space(qreal height)
{
    Item item;
    item.kind = Item::Space;
    item.height = height;
    m_items.push_back(std::move(item));
}

void PdfFlow::block(qreal height, std::function<void(QPainter&, const QRectF&)> paint)
{
    Item item;
    item.kind = Item::Block;
    item.height = height;
    item.paint = std::move(paint);
    m_items.push_back(std::move(item));
}

void PdfFlow::pageBreak()
{
    Item item;
    item.kind = Item::Break;
    m_items.push_back(std::move(item));
}

void PdfFlow::table(const QList<Column>& columns, int headerStyle, const QColor& headerFill,
    const QList<QList<Cell>>& rows, const QList<QColor>& fills)
{
    Table table;
    table.columns = columns;
    table.headerFill = headerFill;
    const auto measure = [&](const QList<std::pair<QString, int>>& paragraphs, qreal width) {
        QList<FlowLine> lines;
        for (const auto& [text, style] : paragraphs) {
            QList<FlowLine> more = wrap(text, style, width - 2 * m_padding);
            if (!more.isEmpty() && !lines.isEmpty())
                more.first().gapBefore = m_padding * 0.5;
            lines += more;
        }
        return lines;
    };
    for (const Column& column : columns)
        table.header.cells.push_back(measure({ { column.header, headerStyle } }, column.width));
    for (int r = 0; r < rows.size(); ++r) {
        Row row;
        row.fill = fills.value(r);
        bool any = false;
        for (int c = 0; c < columns.size(); ++c) {
            row.cells.push_back(measure(rows[r].value(c).paragraphs, columns[c].width));
            any = any || !row.cells.back().isEmpty();
        }
        if (any)
            table.rows.push_back(std::move(row));
    }
    m_tables.push_back(std::move(table));
    Item item;
    item.kind = Item::TableItem;
    item.table = int(m_tables.size()) - 1;
    m_items.push_back(std::move(item));
}

qreal PdfFlow::linesHeight(const QList<FlowLine>& lines, int from, int to)
{
    qreal height = 0;
    for (int i = from; i < to; ++i)
        height += lines[i].height + (i > from ? lines[i].gapBefore : 0);
    return height;
}

qreal PdfFlow::rowHeight(const Row& row) const
{
    qreal height = 0;
    for (const QList<FlowLine>& cell : row.cells)
        height = std::max(height, linesHeight(cell, 0, int(cell.size())));
    return height + 2 * m_padding;
}

int PdfFlow::paginate()
{
    m_pages.assign(1, Page());
    qreal y = 0;
    const auto newPage = [&] {
        m_pages.emplace_back();
        y = 0;
    };
    // The least height that must follow a kept heading on its page.
    const auto firstPart = [&](size_t index) -> qreal {
        if (index >= m_items.size())
            return 0;
        const Item& next = m_items[index];
        if (next.kind != Item::TableItem)
            return next.kind == Item::Text || next.kind == Item::Block ? next.height : 0;
        const Table& table = m_tables[size_t(next.table)];
        const qreal first = table.rows.empty() ? 0 : std::min(rowHeight(table.rows.front()), m_height / 4);
        return rowHeight(table.header) + first;
    };
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items[i];
        switch (item.kind) {
        case Item::Break:
            if (y > 0)
                newPage();
            break;
        case Item::Space:
            if (y > 0)
                y += item.height;
            break;
        case Item::Text:
        case Item::Block: {
            qreal needed = item.height;
            for (size_t k = i; k < m_items.size() && m_items[k].keepWithNext; ++k)
                needed += firstPart(k + 1);
            if (y > 0 && y + std::min(needed, m_height) > m_height)
                newPage();
            m_pages.back().push_back({ int(i), y, {} });
            y += item.height;
            break;
        }
        case Item::TableItem: {
            const Table& table = m_tables[size_t(item.table)];
            if (table.rows.empty())
                break;
            const qreal header = rowHeight(table.header);
            const qreal firstLine
                = rowHeight(table.rows.front()) > m_height / 4 ? m_height / 4 : rowHeight(table.rows.front());
            if (y > 0 && y + header + firstLine > m_height)
                newPage();
            Piece piece { int(i), y, {} };
            y += header;
            for (size_t r = 0; r < table.rows.size(); ++r) {
                const Row& row = table.rows[r];
                std::vector<int> cursor(row.cells.size(), 0);
                for (;;) {
                    qreal full = 0;
                    for (size_t c = 0; c < row.cells.size(); ++c)
                        full = std::max(full, linesHeight(row.cells[c], cursor[c], int(row.cells[c].size())));
                    full += 2 * m_padding;
                    Piece::RowPart part { int(r), {}, 0 };
                    if (y + full <= m_height) {
                        for (size_t c = 0; c < row.cells.size(); ++c)
                            part.lines.emplace_back(cursor[c], int(row.cells[c].size()));
                        part.height = full;
                        piece.rows.push_back(std::move(part));
                        y += full;
                        break;
                    }
                    const bool fresh = piece.rows.empty() && piece.y == 0;
                    if (!fresh && full <= m_height - header) {
                        // Whole on the next page, under the header again.
                        if (!piece.rows.empty())
                            m_pages.back().push_back(std::move(piece));
                        newPage();
                        piece = Piece { int(i), 0, {} };
                        y = header;
                        continue;
                    }
                    // Taller than a page: cut between lines, the rest under the next page's header.
                    const qreal room = m_height - y - 2 * m_padding;
                    qreal used = 0;
                    bool any = false;
                    std::vector<int> cut(cursor);
                    for (size_t c = 0; c < row.cells.size(); ++c) {
                        const QList<FlowLine>& lines = row.cells[c];
                        while (cut[c] < lines.size() && linesHeight(lines, cursor[c], cut[c] + 1) <= room)
                            ++cut[c];
                        if (fresh && cut[c] == cursor[c] && cursor[c] < lines.size() && y == header)
                            ++cut[c]; // a single line taller than a page: it goes anyway
                        any = any || cut[c] > cursor[c];
                        used = std::max(used, linesHeight(lines, cursor[c], cut[c]));
                    }
                    if (any) {
                        for (size_t c = 0; c < row.cells.size(); ++c)
                            part.lines.emplace_back(cursor[c], cut[c]);
                        part.height = used + 2 * m_padding;
                        piece.rows.push_back(std::move(part));
                        cursor = cut;
                    }
                    if (!piece.rows.empty())
                        m_pages.back().push_back(std::move(piece));
                    newPage();
                    piece = Piece { int(i), 0, {} };
                    y = header;
                }
            }
            if (!piece.rows.empty())
                m_pages.back().push_back(std::move(piece));
            break;
        }
        }
    }
    if (m_pages.size() > 1 && m_pages.back().empty())
        m_pages.pop_back();
    return int(m_pages.size());
}

QList<QList<PdfFlow::Placement>> PdfFlow::placements() const
{
    QList<QList<Placement>> pages;
    for (const Page& page : m_pages) {
        QList<Placement> placed;
        for (const Piece& piece : page) {
            const Item& item = m_items[size_t(piece.item)];
            if (item.kind != Item::TableItem) {
                placed.append({ piece.item, -1, true, 0, 0 });
                continue;
            }
            const Table& table = m_tables[size_t(item.table)];
            for (const Piece::RowPart& part : piece.rows) {
                const Row& row = table.rows[size_t(part.row)];
                bool whole = true;
                for (size_t c = 0; c < row.cells.size(); ++c)
                    whole = whole && part.lines[c].first == 0 && part.lines[c].second == row.cells[c].size();
                placed.append({ piece.item, part.row, whole, part.lines.empty() ? 0 : part.lines.front().first,
                    part.lines.empty() ? 0 : part.lines.front().second });
            }
        }
        pages.append(placed);
    }
    return pages;
}

void PdfFlow::paintLines(QPainter& painter, const QList<FlowLine>& lines, int from, int to, QPointF at) const
{
    std::optional<QColor> colour;
    for (int i = from; i < to; ++i) {
        const FlowLine& line = lines[i];
        if (i > from)
            at.ry() += line.gapBefore;
        if (colour != line.colour) {
            colour = line.colour;
            painter.setPen(line.colour);
        }
        for (const QGlyphRun& run : line.glyphs)
            painter.drawGlyphRun(at, run);
        at.ry() += line.height;
    }
}

void PdfFlow::paintRow(QPainter& painter, const Table& table, const Row& row,
    const std::vector<std::pair<int, int>>& lines, qreal height, QPointF at) const
{
    qreal x = at.x();
    const QPen border(QColor(0x90, 0x90, 0x90), std::max(1.0, m_padding * 0.1));
    for (size_t c = 0; c < row.cells.size(); ++c) {
        const qreal width = table.columns[int(c)].width;
        const QRectF box(x, at.y(), width, height);
        if (row.fill.isValid())
            painter.fillRect(box, row.fill);
        painter.setPen(border);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box);
        paintLines(painter, row.cells[c], lines[c].first, lines[c].second, QPointF(x + m_padding, at.y() + m_padding));
        x += width;
    }
}

void PdfFlow::paintPage(QPainter& painter, int index, const QPointF& origin) const
{
    if (index < 0 || size_t(index) >= m_pages.size())
        return;
    for (const Piece& piece : m_pages[size_t(index)]) {
        const Item& item = m_items[size_t(piece.item)];
        const QPointF at(origin.x(), origin.y() + piece.y);
        switch (item.kind) {
        case Item::Text:
            paintLines(painter, item.lines, 0, int(item.lines.size()), at);
            break;
        case Item::Block:
            painter.save();
            item.paint(painter, QRectF(at.x(), at.y(), m_width, item.height));
            painter.restore();
            break;
        case Item::TableItem: {
            const Table& table = m_tables[size_t(item.table)];
            Row header = table.header;
            header.fill = table.headerFill;
            std::vector<std::pair<int, int>> all;
            for (const QList<FlowLine>& cell : header.cells)
                all.emplace_back(0, int(cell.size()));
            const qreal headerHeight = rowHeight(header);
            paintRow(painter, table, header, all, headerHeight, at);
            qreal y = at.y() + headerHeight;
            for (const Piece::RowPart& part : piece.rows) {
                paintRow(painter, table, table.rows[size_t(part.row)], part.lines, part.height, QPointF(at.x(), y));
                y += part.height;
            }
            break;
        }
        case Item::Space:
        case Item::Break:
            break;
        }
    }
}

} // namespace concord
