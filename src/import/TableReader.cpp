#include "import/TableReader.h"

#include "import/TextReader.h"
#include "model/TableCells.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace concord {

namespace {

QString clean(const QString& cell)
{
    // Most cells carry no markup: the regular expressions of cleanLine are for those that do.
    static const QString markup = QStringLiteral("#~<>*_\\&");
    if (std::none_of(cell.begin(), cell.end(), [](QChar c) { return markup.contains(c); }))
        return cell.simplified();
    int heading = 0;
    bool bold = false;
    bool html = false;
    QStringList struck;
    QString text = cell;
    text.replace(QRegularExpression(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption),
        QStringLiteral(" "));
    return TextReader::cleanLine(text, &heading, &bold, &html, &struck);
}

QString decodeEntities(QString text)
{
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace

bool TableReader::isPipeRow(const QString& line)
{
    const QString trimmed = line.trimmed();
    return trimmed.size() >= 3 && trimmed.startsWith(QLatin1Char('|')) && trimmed.indexOf(QLatin1Char('|'), 1) > 0;
}

bool TableReader::isPipeSeparator(const QString& line)
{
    static const QRegularExpression separator(QStringLiteral("^\\s*\\|?(?:\\s*:?-+:?\\s*\\|)+\\s*(?::?-+:?\\s*)?$"));
    return separator.match(line).hasMatch();
}

QStringList TableReader::pipeCells(const QString& line)
{
    QString trimmed = line.trimmed();
    if (trimmed.startsWith(QLatin1Char('|')))
        trimmed.remove(0, 1);
    if (trimmed.endsWith(QLatin1Char('|')) && !trimmed.endsWith(QLatin1String("\\|")))
        trimmed.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (c == u'\\' && i + 1 < trimmed.size() && trimmed[i + 1] == u'|') {
            cell += QLatin1Char('|');
            ++i;
        } else if (c == u'|') {
            cells.append(clean(cell));
            cell.clear();
            if (cells.size() == MaxColumns)
                return cells;
        } else {
            cell += c;
        }
    }
    cells.append(clean(cell));
    return cells;
}

QString TableReader::pipeRow(const QStringList& cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (QString cell : cells)
        escaped.append(cell.replace(QLatin1Char('|'), QLatin1String("\\|")));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |");
}

bool TableReader::startsHtmlTable(const QString& line)
{
    static const QRegularExpression table(QStringLiteral("<table\\b"), QRegularExpression::CaseInsensitiveOption);
    return line.contains(table);
}

qsizetype TableReader::readHtml(
    const QStringList& lines, qsizetype start, QList<QStringList>* rows, QList<int>* rowLines)
{
    static const QRegularExpression close(QStringLiteral("</table\\s*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression token(
        QStringLiteral("<(/?)(tr|td|th)\\b([^<>]*)>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spanAttribute(
        QStringLiteral("(colspan|rowspan)\\s*=\\s*[\"']?(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    qsizetype end = start;
    QString html;
    QList<std::pair<qsizetype, int>> lineStarts; // offset in html → source line
    for (; end < lines.size(); ++end) {
        lineStarts.append({ html.size(), int(end) + 1 });
        html += lines[end] + QLatin1Char('\n');
        if (lines[end].contains(close)) {
            ++end;
            break;
        }
    }
    const auto lineAt = [&lineStarts](qsizetype offset) {
        const auto after = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset,
            [](qsizetype at, const std::pair<qsizetype, int>& start) { return at < start.first; });
        return after == lineStarts.begin() ? lineStarts.front().second : std::prev(after)->second;
    };
    // Cells that a rowspan above carries into later rows: column → (rows left, text).
    QHash<int, std::pair<int, QString>> carried;
    QStringList row;
    bool inRow = false;
    qsizetype rowStart = 0;
    qsizetype cellStart = -1;
    int colspan = 1;
    int rowspan = 1;
    const auto placeCarried = [&]() {
        while (carried.contains(int(row.size())) && row.size() < MaxColumns) {
            auto& [left, text] = carried[int(row.size())];
            row.append(text);
            if (--left <= 0)
                carried.remove(int(row.size()) - 1);
        }
    };
    const auto endCell = [&](qsizetype at) {
        if (cellStart < 0)
            return;
        placeCarried();
        const QString text = clean(decodeEntities(html.mid(cellStart, at - cellStart)));
        const int column = int(row.size());
        for (int k = 0; k < colspan && row.size() < MaxColumns; ++k) {
            row.append(k == 0 ? text : QString());
            if (rowspan > 1)
                carried.insert(column + k, { rowspan - 1, k == 0 ? text : QString() });
        }
        cellStart = -1;
    };
    const auto endRow = [&](qsizetype at) {
        endCell(at);
        if (!inRow)
            return;
        placeCarried();
        if (!row.isEmpty()) {
            rows->append(row);
            rowLines->append(lineAt(rowStart));
        }
        row.clear();
        inRow = false;
    };
    for (auto it = token.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == QLatin1String("tr")) {
            if (inRow)
                endRow(m.capturedStart());
            if (!closing) {
                inRow = true;
                rowStart = m.capturedStart();
            }
            continue;
        }
        endCell(m.capturedStart());
        if (closing)
            continue;
        if (!inRow) {
            inRow = true;
            rowStart = m.capturedStart();
        }
        colspan = 1;
        rowspan = 1;
        for (auto a = spanAttribute.globalMatch(m.captured(3)); a.hasNext();) {
            const auto attribute = a.next();
            const int value = qBound(1, attribute.captured(2).left(6).toInt(), MaxRowSpan);
            if (attribute.captured(1).toLower() == QLatin1String("colspan"))
                colspan = qMin(value, MaxColumns);
            else
                rowspan = value;
        }
        cellStart = m.capturedEnd();
    }
    if (inRow)
        endRow(html.size());
    return end;
}

QList<Paragraph> TableReader::paragraphs(const QList<QStringList>& rows, const QList<int>& rowLines)
{
    QList<Paragraph> result;
    if (TableCells::isDataTable(rows)) {
        Paragraph table;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            table.rows.append(rows[r]);
            table.lines.append({ rows[r].join(QStringLiteral(" | ")), rowLines.value(r) });
        }
        result.append(table);
        return result;
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (const QString& cell : rows[r]) {
            if (cell.trimmed().isEmpty())
                continue;
            Paragraph paragraph;
            paragraph.lines.append({ cell, rowLines.value(r) });
            result.append(paragraph);
        }
    }
    return result;
}

} // namespace concord
