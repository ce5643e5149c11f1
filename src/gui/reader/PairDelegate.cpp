#include "gui/reader/PairDelegate.h"

#include "gui/Tones.h"
#include "gui/reader/PairModel.h"
#include "model/TableCells.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QPoint>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <functional>
#include <memory>

namespace concord {

namespace {
constexpr int Margin = 6;
const QColor HitColour(255, 221, 87);
const QColor LowScoreColour(255, 236, 224);
const QColor DoubtfulColour(200, 30, 30);
} // namespace

PairDelegate::PairDelegate(QHeaderView* header, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_header(header)
{ }

void PairDelegate::layout(
    QTextDocument& document, const QStyleOptionViewItem& option, const QModelIndex& index, int width) const
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(Margin);
    const QString text = index.data(Qt::DisplayRole).toString();
    // Positions in the model's text (the cells joined by tabs for a table row) → positions in the document.
    std::function<int(int)> position = [](int at) { return at; };
    const QVariantList widths = index.data(PairModel::TableColumnsRole).toList();
    if (widths.isEmpty()) {
        document.setPlainText(text);
    } else {
        // A table row: its cells side by side, ruled, as wide as the header's columns make them.
        const QStringList cells = TableCells::split(text);
        QTextTableFormat format;
        format.setBorder(0.5);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(option.palette.color(QPalette::Mid));
        format.setBorderCollapse(true);
        format.setCellPadding(2);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> constraints;
        for (qsizetype c = 0; c < cells.size(); ++c)
            constraints.append(QTextLength(QTextLength::PercentageLength, widths.value(c, 10).toInt()));
        format.setColumnWidthConstraints(constraints);
        QTextCursor cursor(&document);
        QTextTable* table = cursor.insertTable(1, int(cells.size()), format);
        QTextCharFormat cellFormat;
        if (index.data(PairModel::TableHeaderRole).toBool())
            cellFormat.setFontWeight(QFont::Bold);
        auto starts = std::make_shared<QList<std::pair<int, int>>>(); // (offset in text, position in document)
        int offset = 0;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            QTextCursor in = table->cellAt(0, int(c)).firstCursorPosition();
            starts->append({ offset, in.position() });
            in.insertText(cells[c], cellFormat);
            offset += int(cells[c].size()) + 1;
        }
        position = [starts](int at) {
            auto cell = starts->front();
            for (const auto& start : *starts) {
                if (start.first > at)
                    break;
                cell = start;
            }
            return cell.second + at - cell.first;
        };
    }
    document.setTextWidth(std::max(width, 2 * Margin + 1));
    // Words text recognition was unsure of: a wavy red underline (the tooltip names them with their confidence).
    QTextCharFormat doubtful;
    doubtful.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    doubtful.setUnderlineColor(DoubtfulColour);
    for (const QVariant& range : index.data(PairModel::DoubtfulRole).toList()) {
        const QPoint p = range.toPoint();
        QTextCursor cursor(&document);
        cursor.setPosition(position(p.x()));
        cursor.setPosition(position(p.x() + p.y()), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(doubtful);
    }
    const QVariantList hits = index.data(PairModel::HighlightsRole).toList();
    if (hits.isEmpty())
        return;
    QTextCharFormat hit;
    hit.setBackground(HitColour);
    hit.setForeground(Qt::black);
    for (const QVariant& range : hits) {
        const QPoint p = range.toPoint();
        QTextCursor cursor(&document);
        cursor.setPosition(position(p.x()));
        cursor.setPosition(position(p.x() + p.y()), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(hit);
    }
}

void PairDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    if (index.data(PairModel::LowScoreRole).toBool() && !(opt.state & QStyle::State_Selected))
        opt.backgroundBrush = LowScoreColour;
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    layout(document, opt, index, opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    if (index.column() == PairModel::ScoreColumn && index.data(PairModel::LowScoreRole).toBool() && !selected)
        context.palette.setColor(QPalette::Text, Tones::late());
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize PairDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // Highlights change colours, not metrics: the height depends on the text, the width and the font only. The
    // text's hash comes from the model where it keeps one (PairModel::TextKeyRole: the label and both texts of a
    // pair), so a cached height costs no text at all.
    const int width = m_header ? m_header->sectionSize(index.column()) : option.rect.width();
    const QVariant textKey = index.data(PairModel::TextKeyRole);
    const auto keyOf = [&](const QStyleOptionViewItem& opt) {
        return textKey.isValid()
            ? qHashMulti(0, textKey.toULongLong(), width, option.font.pointSizeF(), option.font.family())
            : qHashMulti(0, opt.text, width, opt.font.pointSizeF(), opt.font.family());
    };
    if (textKey.isValid()) {
        if (const auto cached = m_heights.constFind(keyOf(option)); cached != m_heights.cend())
            return QSize(width, *cached);
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const size_t key = keyOf(opt);
    if (const auto cached = m_heights.constFind(key); cached != m_heights.cend())
        return QSize(width, *cached);
    QTextDocument document;
    layout(document, opt, index, width);
    const int height = int(std::ceil(document.size().height()));
    if (m_heights.size() > 200'000)
        m_heights.clear();
    m_heights.insert(key, height);
    return QSize(width, height);
}

} // namespace concord
