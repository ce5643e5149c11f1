#include "gui/HeaderFit.h"

#include <QAbstractItemModel>
#include <QHeaderView>

namespace concord {

void HeaderFit::titles(QHeaderView* header)
{
    if (!header || !header->model())
        return;
    const int pad = header->fontMetrics().averageCharWidth() * 2 + 8; // the margins and a sort arrow
    int widest = 0;
    for (int section = 0; section < header->count(); ++section) {
        const QString title = header->model()->headerData(section, header->orientation()).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title) + pad;
        widest = std::max(widest, needed);
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(section);
        if ((mode == QHeaderView::Interactive || mode == QHeaderView::Fixed) && header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
    // Sections that fit their contents (or stretch) keep at least the widest title.
    bool sizesItself = false;
    for (int section = 0; section < header->count(); ++section)
        sizesItself = sizesItself || header->sectionResizeMode(section) == QHeaderView::ResizeToContents;
    if (sizesItself)
        header->setMinimumSectionSize(std::max(header->minimumSectionSize(), widest));
}

} // namespace concord
