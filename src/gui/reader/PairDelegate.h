#pragma once

#include <QStyledItemDelegate>

class QHeaderView;
class QTextDocument;

namespace concord {

/// Paints a reader cell as word-wrapped text with the search hits (PairModel::HighlightsRole) marked, low
/// score pairs tinted, and measures its height for the width its column has now.
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
};

} // namespace concord
