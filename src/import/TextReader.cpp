#include "import/TextReader.h"

#include "import/TableReader.h"
#include "text/NumberingLabel.h"

#include <QRegularExpression>

namespace concord {

namespace {

bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

/// Whether a line that starts with \a label begins a new paragraph although no blank line stands before it
/// (OCR and PDF text often has none): section-level labels always do, others when the line before ended
/// a sentence.
bool startsParagraph(const NumberingLabel& label, const QString& previousLine)
{
    if (label.scheme == LabelScheme::Bullet)
        return false;
    if (label.depth <= LabelParser::rank(LabelScheme::RomanDot))
        return true;
    static const QString sentenceEnd = QStringLiteral(".。;；:：!！?？");
    return !previousLine.isEmpty() && sentenceEnd.contains(previousLine.back());
}

} // namespace

QString TextReader::cleanLine(const QString& line, int* heading, bool* bold, bool* html, QStringList* struck)
{
    static const QRegularExpression headingMark(QStringLiteral("^\\s*(#{1,6})\\s+"));
    static const QRegularExpression strike(QStringLiteral("~~(.+?)~~"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>"));
    static const QRegularExpression strong(QStringLiteral("\\*\\*|__"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![\\\\*\\w])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![*\\w])"));
    static const QRegularExpression lonelyStar(QStringLiteral("(?<!\\\\)\\*"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}\\x{3000}]+"));

    QString text = line;
    if (const auto m = headingMark.match(text); m.hasMatch()) {
        *heading = int(m.capturedLength(1));
        text.remove(0, m.capturedLength(0));
    }
    for (auto it = strike.globalMatch(text); it.hasNext();)
        struck->append(it.next().captured(1));
    text.replace(strike, QString());
    if (text.contains(tag)) {
        *html = true;
        text.replace(tag, QString());
    }
    if (text.contains(strong)) {
        *bold = true;
        text.replace(strong, QString());
    }
    text.replace(emphasis, QStringLiteral("\\1"));
    text.replace(lonelyStar, QString());
    text.replace(QLatin1String("\\*"), QLatin1String("*"));
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed();
}

QList<Paragraph> TextReader::paragraphs(const QString& text)
{
    QList<Paragraph> result;
    Paragraph current;
    auto flush = [&] {
        if (!current.lines.isEmpty() || !current.struck.isEmpty())
            result.append(current);
        current = Paragraph();
    };
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString raw = lines[i];
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        if (isBlank(raw)) {
            flush();
            continue;
        }
        // A table is a block of its own: the rows of a pipe table, or an HTML table to the line that closes it.
        if (TableReader::isPipeRow(raw) || TableReader::startsHtmlTable(raw)) {
            flush();
            QList<QStringList> rows;
            QList<int> rowLines;
            if (TableReader::startsHtmlTable(raw)) {
                i = TableReader::readHtml(lines, i, &rows, &rowLines) - 1;
            } else {
                for (; i < lines.size() && TableReader::isPipeRow(lines[i]); ++i) {
                    if (TableReader::isPipeSeparator(lines[i]))
                        continue;
                    rows.append(TableReader::pipeCells(lines[i]));
                    rowLines.append(int(i) + 1);
                }
                --i;
            }
            result += TableReader::paragraphs(rows, rowLines);
            continue;
        }
        int heading = 0;
        bool bold = false;
        bool html = false;
        QStringList struck;
        const QString clean = cleanLine(raw, &heading, &bold, &html, &struck);
        if (heading > 0)
            flush(); // a Markdown heading is a paragraph of its own
        else if (!current.lines.isEmpty()) {
            if (const auto label = LabelParser::parse(clean);
                label && startsParagraph(*label, current.lines.back().text))
                flush();
        }
        if (current.lines.isEmpty())
            current.bold = bold;
        current.heading = qMax(current.heading, heading);
        current.html = current.html || html;
        current.struck += struck;
        if (!clean.isEmpty())
            current.lines.append({ clean, int(i) + 1 });
        if (heading > 0)
            flush();
    }
    flush();
    return result;
}

} // namespace concord
