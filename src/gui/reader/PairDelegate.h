#pragma once

#include <QHash>
#include <QStyledItemDelegate>

class QHeaderView;
class QTextDocument;

namespace concord {

/// Paints a reader cell as word-wrapped text with the search hits (PairModel::HighlightsRole) marked, the words
/// text recognition was unsure of (PairModel::DoubtfulRole) underlined, low score pairs tinted, and measures its height
/// for the width its column has now.
class PairDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PairDelegate(QHeaderView* header, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void layout(QTextDocument& document, const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;

    QHeaderView* m_header;
    /// Heights already measured, by text, width and font: a search or an edit elsewhere makes the view ask
    /// again for every row, and laying out thousands of texts again is what would freeze it.
    mutable QHash<size_t, int> m_heights;
};

} // namespace concord
