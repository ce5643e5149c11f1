#include "import/TableLayout.h"

#include "import/Paragraph.h"
#include "import/TableReader.h"
#include "model/TableCells.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace concord {

namespace {

/// Words at one height, left to right.
struct VisualRow
{
    QList<int> words;
    qreal top = 0;
    qreal bottom = 0;
};

/// A run of words of a visual row with no gap wider than a space between them.
struct Run
{
    QString text;
    QRectF box;
    QList<int> words;
};

QList<LayoutLine> plainLines(const QList<LayoutWord>& words, const QList<int>& indices)
{
    QList<LayoutLine> lines;
    const LayoutWord* previous = nullptr;
    for (const int i : indices) {
        const LayoutWord& word = words[i];
        const bool newLine
            = !previous || word.box.top() > previous->box.center().y() || word.box.left() < previous->box.left();
        if (newLine) {
            lines.append({ word.text, word.box });
        } else {
            LayoutLine& line = lines.back();
            if (previous->spaceAfter)
                line.text += QLatin1Char(' ');
            line.text += word.text;
            line.box = line.box.united(word.box);
        }
        previous = &word;
    }
    return lines;
}

QList<Run> runsOf(const QList<LayoutWord>& words, const VisualRow& row, qreal gap)
{
    QList<Run> runs;
    for (const int i : row.words) {
        const LayoutWord& word = words[i];
        if (runs.isEmpty() || word.box.left() - runs.back().box.right() > gap) {
            runs.append({ word.text, word.box, { i } });
            continue;
        }
        Run& run = runs.back();
        const LayoutWord& before = words[run.words.back()];
        run.text = before.spaceAfter || word.box.left() - before.box.right() > gap * 0.2
            ? Paragraph::join(run.text, word.text)
            : run.text + word.text;
        run.box = run.box.united(word.box);
        run.words.append(i);
    }
    return runs;
}

/// The column a run starting at \a left falls in: the last whose left edge it reaches.
int columnOf(const TableLayout::Columns& columns, qreal left, qreal tolerance)
{
    int column = -1;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (left + tolerance >= columns[c])
            column = int(c);
    }
    return column;
}

} // namespace

QList<LayoutLine> TableLayout::lines(const QList<LayoutWord>& words, std::optional<Columns>* carried)
{
    // Visual rows: words whose vertical centres lie within half a line of each other.
    QList<int> order(words.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&words](int a, int b) { return words[a].box.center().y() < words[b].box.center().y(); });
    QList<qreal> heights;
    for (const LayoutWord& word : words)
        heights.append(word.box.height());
    std::sort(heights.begin(), heights.end());
    const qreal height = heights.isEmpty() ? 10 : heights[heights.size() / 2];
    QList<VisualRow> rows;
    for (const int i : order) {
        const QRectF& box = words[i].box;
        if (rows.isEmpty() || box.center().y() - (rows.back().top + rows.back().bottom) / 2 > height * 0.5)
            rows.append({ {}, box.top(), box.bottom() });
        VisualRow& row = rows.back();
        row.words.append(i);
        row.top = qMin(row.top, box.top());
        row.bottom = qMax(row.bottom, box.bottom());
    }
    for (VisualRow& row : rows)
        std::sort(row.words.begin(), row.words.end(),
            [&words](int a, int b) { return words[a].box.left() < words[b].box.left(); });
    const qreal gap = height * 0.9; // wider than a space, narrower than a column gutter
    const qreal tolerance = height * 0.6;

    // Bands: visual rows closer than half a line to the one above. A table row is a band (its cells' lines, a short
    // cell centred between a long one's), and so is a paragraph.
    QList<QList<int>> bands;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (bands.isEmpty() || rows[r].top - rows[r - 1].bottom > height * 0.45)
            bands.append(QList<int>());
        bands.back().append(int(r));
    }
    // A band's runs in columns: runs that overlap horizontally are one column, its text read top to bottom.
    struct Column
    {
        qreal left = 0;
        qreal right = 0;
        QString text;
        QList<int> words;
        QList<int> rows; ///< visual rows it has text on
    };
    const auto columnsOf = [&](const QList<int>& band) {
        QList<Column> columns;
        for (const int r : band) {
            for (const Run& run : runsOf(words, rows[r], gap)) {
                auto it = std::find_if(columns.begin(), columns.end(),
                    [&run](const Column& c) { return run.box.left() < c.right && run.box.right() > c.left; });
                if (it == columns.end()) {
                    columns.append({ run.box.left(), run.box.right(), QString(), {}, {} });
                    it = columns.end() - 1;
                }
                it->left = qMin(it->left, run.box.left());
                it->right = qMax(it->right, run.box.right());
                it->text = Paragraph::join(it->text, run.text);
                it->words += run.words;
                it->rows.append(r);
            }
        }
        std::sort(columns.begin(), columns.end(), [](const Column& a, const Column& b) { return a.left < b.left; });
        return columns;
    };

    QList<bool> inTable(words.size(), false);
    QList<LayoutLine> tableLines; // pipe rows, each at its place
    const auto writeRow = [&](const QStringList& cells, const QRectF& box) {
        LayoutLine line { TableReader::pipeRow(cells), box };
        line.tableRow = true;
        tableLines.append(line);
    };
    const auto bandBox = [&](const QList<int>& band) {
        QRectF box;
        for (const int r : band) {
            for (const int w : rows[r].words)
                box = box.isNull() ? words[w].box : box.united(words[w].box);
        }
        return box;
    };
    // The rows of a table from band \a first on, in columns whose cells begin at \a boundaries (each column's left
    // edge, the first -infinity): every word to the column it starts in. Returns the band after the table's last.
    const auto readRows = [&](qsizetype first, const Columns& boundaries, qreal width) {
        qsizetype b = first;
        for (; b < bands.size(); ++b) {
            const QList<Column> found = columnsOf(bands[b]);
            const QRectF box = bandBox(bands[b]);
            QStringList texts;
            for (const Column& c : found)
                texts.append(c.text);
            // A line of prose across the table, a gap of three lines, another table's header: the table ends.
            // Prose: each line one run of words, one of them across a column's edge ("本计划于2027年…" under a table).
            bool oneRunEach = true;
            bool across = false;
            for (const int r : bands[b]) {
                const QList<Run> runs = runsOf(words, rows[r], gap);
                oneRunEach = oneRunEach && runs.size() == 1;
                for (const Run& run : runs) {
                    for (qsizetype c = 1; c < boundaries.size(); ++c)
                        across = across || (run.box.left() < boundaries[c] && run.box.right() > boundaries[c] + gap);
                }
            }
            const bool prose = (found.size() == 1 && box.width() > width * 0.75) || (oneRunEach && across);
            const bool far = b > first && rows[bands[b].front()].top - rows[bands[b - 1].back()].bottom > height * 3;
            if (found.isEmpty() || prose || far || (found.size() >= 3 && TableCells::isHeader(texts) && b > first))
                break;
            // Rows set tight (no space between them): a band whose number column has text on several lines is as many
            // rows, each from the line its number is on.
            QList<int> starts;
            for (const int r : bands[b]) {
                QString first;
                for (const int w : rows[r].words) {
                    if (columnOf(boundaries, words[w].box.left(), 0) == 0)
                        first = Paragraph::join(first, words[w].text);
                }
                if (TableCells::number({ first }, { ColumnRole::Number }))
                    starts.append(r);
            }
            if (starts.size() <= 1)
                starts = { bands[b].front() };
            for (qsizetype k = 0; k < starts.size(); ++k) {
                const int from = k == 0 ? bands[b].front() : starts[k];
                const int to = k + 1 < starts.size() ? starts[k + 1] : bands[b].back() + 1;
                QList<QStringList> lines(boundaries.size()); // per column, its lines top to bottom
                QRectF partBox;
                for (int r = from; r < to; ++r) {
                    QStringList here(boundaries.size());
                    const LayoutWord* previous = nullptr;
                    int previousColumn = -1;
                    for (const int w : rows[r].words) {
                        const int c = qMax(0, columnOf(boundaries, words[w].box.left(), 0));
                        const bool glued = previous && previousColumn == c && !previous->spaceAfter
                            && words[w].box.left() - previous->box.right() < height * 0.2;
                        here[c] = glued ? here[c] + words[w].text : Paragraph::join(here[c], words[w].text);
                        previous = &words[w];
                        previousColumn = c;
                        inTable[w] = true;
                        partBox = partBox.isNull() ? words[w].box : partBox.united(words[w].box);
                    }
                    for (qsizetype c = 0; c < here.size(); ++c) {
                        if (!here[c].isEmpty())
                            lines[c].append(here[c]);
                    }
                }
                QStringList cells;
                for (const QStringList& column : lines) {
                    QString cell;
                    for (const QString& line : column)
                        Paragraph::append(cell, line);
                    cells.append(cell);
                }
                writeRow(cells, partBox);
            }
        }
        return b;
    };

    std::optional<Columns> open;
    qsizetype b = 0;
    if (carried && *carried) {
        // The table the previous page ended in goes on at the top of this one (its header printed again or not).
        const Columns boundaries = **carried;
        b = readRows(0, boundaries, boundaries.size() > 1 ? boundaries.back() - boundaries[1] : 0);
        if (b >= bands.size())
            open = boundaries;
    }
    for (; b < bands.size(); ++b) {
        const QList<Column> found = columnsOf(bands[b]);
        QStringList texts;
        for (const Column& c : found)
            texts.append(c.text);
        if (found.size() < 3 || !TableCells::isHeader(texts))
            continue;
        for (const Column& c : found) {
            for (const int w : c.words)
                inTable[w] = true;
        }
        writeRow(texts, bandBox(bands[b]));
        // Where each column's cells begin: the left-most start of a line of text between the header texts of the
        // column before and its own (a centred header stands inside its column), else its header's left edge.
        const qsizetype end = [&] {
            qsizetype e = b + 1;
            while (e < bands.size()
                && !(columnsOf(bands[e]).size() == 1
                    && bandBox(bands[e]).width() > (found.back().right - found.front().left) * 0.75))
                ++e;
            return e;
        }();
        Columns boundaries { -std::numeric_limits<qreal>::infinity() };
        for (qsizetype c = 1; c < found.size(); ++c) {
            qreal left = found[c].left;
            for (qsizetype e = b + 1; e < end; ++e) {
                for (const int r : bands[e]) {
                    for (const Run& run : runsOf(words, rows[r], gap)) {
                        if (run.box.left() > found[c - 1].right && run.box.left() < left)
                            left = run.box.left();
                    }
                }
            }
            boundaries.append(left - tolerance * 0.5);
        }
        const qsizetype after = readRows(b + 1, boundaries, found.back().right - found.front().left);
        open = after >= bands.size() ? std::optional<Columns>(boundaries) : std::nullopt;
        b = after - 1;
    }
    if (carried)
        *carried = open;

    // Every other word in lines as before, in content order; the table rows among them by height.
    QList<int> rest;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!inTable[i])
            rest.append(int(i));
    }
    QList<LayoutLine> result = plainLines(words, rest);
    for (const LayoutLine& row : tableLines) {
        const auto at = std::find_if(result.begin(), result.end(),
            [&row](const LayoutLine& line) { return !line.tableRow && line.box.top() > row.box.top(); });
        result.insert(at, row);
    }
    return result;
}

} // namespace concord
