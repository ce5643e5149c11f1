#include "gui/HeaderFit.h"

#include "text/DateText.h"

#include <QAbstractItemModel>
#include <QFontMetrics>
#include <QHeaderView>

namespace concord {

void HeaderFit::titles(QHeaderView* header)
{
    if (!header || !header->model())
        return;
    const int pad = header->fontMetrics().averageCharWidth() * 2 + 8; // the margins and a sort arrow
    int widest = 0;
    bool sizesItself = false;
    for (int section = 0; section < header->count(); ++section) {
        const QString title = header->model()->headerData(section, header->orientation()).toString();
        const int needed = header->fontMetrics().horizontalAdvance(title) + pad;
        widest = std::max(widest, needed);
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(section);
        sizesItself = sizesItself || mode == QHeaderView::ResizeToContents;
        if ((mode == QHeaderView::Interactive || mode == QHeaderView::Fixed) && header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
    // Sections that fit their contents keep at least the widest title.
    if (sizesItself)
        header->setMinimumSectionSize(std::max(header->minimumSectionSize(), widest));
}

int HeaderFit::widest(const QFontMetrics& metrics, const QStringList& texts)
{
    int width = 0;
    for (const QString& text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    return width + metrics.averageCharWidth() * 2;
}

int HeaderFit::twoLines(const QFontMetrics& metrics, const QStringList& texts)
{
    int width = 0;
    for (const QString& text : texts) {
        const QStringList lines = text.split(QLatin1Char('\n'));
        if (lines.size() > 1) {
            width = std::max(width, widest(metrics, lines));
            continue;
        }
        // The split at a space that makes the longer half shortest.
        int best = metrics.horizontalAdvance(text);
        for (qsizetype at = text.indexOf(QLatin1Char(' ')); at > 0; at = text.indexOf(QLatin1Char(' '), at + 1))
            best = std::min(
                best, std::max(metrics.horizontalAdvance(text.left(at)), metrics.horizontalAdvance(text.mid(at + 1))));
        width = std::max(width, best + metrics.averageCharWidth() * 2);
    }
    return width;
}

int HeaderFit::dateWidth(const QFontMetrics& metrics)
{
    const QDate longest(2026, 12, 31);
    return widest(metrics,
        { DateText::day(longest, DateStyle::Vietnamese), DateText::day(longest, DateStyle::Chinese),
            DateText::day(longest, DateStyle::Locale) });
}

} // namespace concord
