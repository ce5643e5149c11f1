#include "import/PageLayout.h"

#include <algorithm>

namespace concord {

namespace {

/// A page's furniture: a short line in the top 6 % or the bottom 8 % of the page.
bool isFurniture(const LayoutLine& line, qreal height)
{
    const bool margin = line.box.top() > height * 0.92 || line.box.bottom() < height * 0.06;
    return margin && line.text.size() <= 20 && !line.tableRow;
}

} // namespace

PageLayout::Text PageLayout::arrange(const QList<LayoutPage>& pages)
{
    Text out;
    QString& body = out.text;
    int lineNumber = 1; // of the line being written
    struct Aside
    {
        int page;
        qsizetype index;
    };
    QList<Aside> furniture;
    bool lastLineFull = false;
    bool lastTableRow = false; // the last line written is a table's row: the next row goes on without a blank line
    const auto append = [&](const QString& separator, const QString& text) {
        body += separator;
        lineNumber += int(separator.count(QLatin1Char('\n')));
        body += text;
    };
    out.lineNumbers.resize(pages.size());
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const LayoutPage& page = pages[p];
        out.lineNumbers[p].fill(0, page.lines.size());
        QList<qsizetype> kept;
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            if (isFurniture(page.lines[i], page.size.height()))
                furniture.append({ int(p), i });
            else
                kept.append(i);
        }
        if (kept.isEmpty())
            continue;
        // A new paragraph is a gap wider than the line spacing: wider than 1.3 times the closest two lines,
        // or than 1.7 line heights when every line is a paragraph of its own. The right edge of the text
        // block tells a paragraph's last (short) line from a full one.
        QList<qreal> steps;
        QList<qreal> heights;
        qreal right = 0;
        qreal left = page.lines[kept.front()].box.left();
        for (qsizetype k = 0; k < kept.size(); ++k) {
            const QRectF& box = page.lines[kept[k]].box;
            right = qMax(right, box.right());
            left = qMin(left, box.left());
            heights.append(box.height());
            if (k > 0 && box.top() > page.lines[kept[k - 1]].box.top())
                steps.append(box.top() - page.lines[kept[k - 1]].box.top());
        }
        std::sort(heights.begin(), heights.end());
        const qreal lineHeight = heights[heights.size() / 2];
        // Lines closer than 0.6 line heights overlap (a stamp's specks read as a line, a superscript): they say
        // nothing of the spacing.
        steps.erase(
            std::remove_if(steps.begin(), steps.end(), [lineHeight](qreal step) { return step < lineHeight * 0.6; }),
            steps.end());
        std::sort(steps.begin(), steps.end());
        const qreal gap = qMin(steps.isEmpty() ? lineHeight * 1.7 : steps.front() * 1.3, lineHeight * 1.7);
        for (qsizetype k = 0; k < kept.size(); ++k) {
            const LayoutLine& line = page.lines[kept[k]];
            QString separator;
            if (k == 0) {
                if (!body.isEmpty())
                    separator = lastLineFull || (lastTableRow && line.tableRow) ? QStringLiteral("\n")
                                                                                : QStringLiteral("\n\n");
            } else if (line.tableRow || page.lines[kept[k - 1]].tableRow) {
                // A table's rows are one block, set apart from the text around it.
                separator
                    = line.tableRow && page.lines[kept[k - 1]].tableRow ? QStringLiteral("\n") : QStringLiteral("\n\n");
            } else {
                const qreal step = line.box.top() - page.lines[kept[k - 1]].box.top();
                separator = step > gap || step < 0 ? QStringLiteral("\n\n") : QStringLiteral("\n");
            }
            append(separator, line.text);
            out.lineNumbers[p][kept[k]] = lineNumber;
        }
        const QRectF& last = page.lines[kept.back()].box;
        lastTableRow = page.lines[kept.back()].tableRow;
        lastLineFull = !lastTableRow && last.right() >= right - (right - left) * 0.12;
    }
    for (const Aside& aside : furniture) {
        append(body.isEmpty() ? QString() : QStringLiteral("\n\n"), pages[aside.page].lines[aside.index].text);
        out.lineNumbers[aside.page][aside.index] = lineNumber;
    }
    body += QLatin1Char('\n');
    return out;
}

} // namespace concord
