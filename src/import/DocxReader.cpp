#include "import/DocxReader.h"

#include "import/TableReader.h"
#include "import/ZipArchive.h"
#include "model/TableCells.h"
#include "text/Numerals.h"

#include <QHash>
#include <QXmlStreamReader>

namespace concord {

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
/// Word nests a dozen levels at most (tables in tables a few more); thousands are an attack on the reader.
constexpr int MaxDepth = 256;
/// Characters one entity reference may expand to (Word writes none of its own).
constexpr int MaxEntityExpansion = 1024;

/// One level of a numbering definition: its format and its text pattern ("Điều %1:", "%1.", "(%2)").
struct Level
{
    QString format = QStringLiteral("decimal");
    QString text = QStringLiteral("%1.");
    int start = 1;
};

struct Numbering
{
    QHash<QString, QHash<int, Level>> abstract; ///< abstractNumId → levels
    QHash<QString, QString> instances; ///< numId → abstractNumId
    QHash<QString, QList<int>> counters; ///< numId → current value per level
};

QString roman(int value)
{
    static const std::pair<int, const char*> table[]
        = { { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" }, { 50, "L" },
              { 40, "XL" }, { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" } };
    QString out;
    for (const auto& [n, s] : table) {
        while (value >= n) {
            out += QLatin1String(s);
            value -= n;
        }
    }
    return out;
}

QString chinese(int value)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (value < 10)
        return QString(digits[value]);
    if (value < 20)
        return QStringLiteral("十") + (value % 10 ? QString(digits[value % 10]) : QString());
    if (value < 100)
        return QString(digits[value / 10]) + QStringLiteral("十")
            + (value % 10 ? QString(digits[value % 10]) : QString());
    return QString::number(value);
}

QString formatValue(const QString& format, int value)
{
    if (format == QLatin1String("upperRoman"))
        return roman(value);
    if (format == QLatin1String("lowerRoman"))
        return roman(value).toLower();
    if (format == QLatin1String("upperLetter"))
        return QString(QChar(u'A' + (value - 1) % 26));
    if (format == QLatin1String("lowerLetter"))
        return QString(QChar(u'a' + (value - 1) % 26));
    if (format.startsWith(QLatin1String("chinese")) || format.startsWith(QLatin1String("ideograph"))
        || format == QLatin1String("taiwaneseCounting"))
        return chinese(value);
    if (format == QLatin1String("bullet") || format == QLatin1String("none"))
        return QString();
    return QString::number(value);
}

Numbering readNumbering(const QByteArray& xml)
{
    Numbering numbering;
    QXmlStreamReader reader(xml);
    reader.setEntityExpansionLimit(MaxEntityExpansion);
    QString abstractId;
    QString numId;
    int level = -1;
    while (!reader.atEnd()) {
        if (!reader.readNextStartElement())
            continue;
        const auto name = reader.name();
        const auto val = reader.attributes().value(W, QStringLiteral("val")).toString();
        if (name == QLatin1String("abstractNum")) {
            abstractId = reader.attributes().value(W, QStringLiteral("abstractNumId")).toString();
            numId.clear();
        } else if (name == QLatin1String("num")) {
            numId = reader.attributes().value(W, QStringLiteral("numId")).toString();
            abstractId.clear();
        } else if (name == QLatin1String("abstractNumId") && !numId.isEmpty()) {
            numbering.instances.insert(numId, val);
        } else if (name == QLatin1String("lvl") && !abstractId.isEmpty()) {
            level = reader.attributes().value(W, QStringLiteral("ilvl")).toInt();
            numbering.abstract[abstractId][level] = Level();
        } else if (level >= 0 && !abstractId.isEmpty()) {
            Level& l = numbering.abstract[abstractId][level];
            if (name == QLatin1String("numFmt"))
                l.format = val;
            else if (name == QLatin1String("lvlText"))
                l.text = val;
            else if (name == QLatin1String("start"))
                l.start = val.toInt();
        }
    }
    return numbering;
}

/// Heading levels of paragraph styles: "Heading1" → 1, "Title" → 1, styles with an outline level.
QHash<QString, int> readHeadingStyles(const QByteArray& xml)
{
    QHash<QString, int> headings;
    QXmlStreamReader reader(xml);
    reader.setEntityExpansionLimit(MaxEntityExpansion);
    QString style;
    while (!reader.atEnd()) {
        if (!reader.readNextStartElement())
            continue;
        if (reader.name() == QLatin1String("style")) {
            style = reader.attributes().value(W, QStringLiteral("styleId")).toString();
            if (style.startsWith(QLatin1String("Heading")))
                headings.insert(style, qBound(1, style.mid(7).toInt(), 6));
            else if (style == QLatin1String("Title"))
                headings.insert(style, 1);
        } else if (reader.name() == QLatin1String("outlineLvl") && !style.isEmpty()) {
            headings.insert(style, qBound(1, reader.attributes().value(W, QStringLiteral("val")).toInt() + 1, 6));
        }
    }
    return headings;
}

QString label(Numbering& numbering, const QString& numId, int level)
{
    const QString abstractId = numbering.instances.value(numId);
    if (abstractId.isEmpty() || !numbering.abstract.contains(abstractId))
        return QString();
    const auto& levels = numbering.abstract[abstractId];
    QList<int>& counters = numbering.counters[numId];
    while (counters.size() <= level)
        counters.append(0);
    counters[level] = counters[level] == 0 ? levels.value(level).start : counters[level] + 1;
    for (qsizetype deeper = level + 1; deeper < counters.size(); ++deeper)
        counters[deeper] = 0;
    const Level& own = levels.value(level);
    if (own.format == QLatin1String("bullet"))
        return QStringLiteral("-");
    QString text = own.text;
    for (int k = 0; k <= level; ++k) {
        const int value = counters[k] == 0 ? levels.value(k).start : counters[k];
        text.replace(QStringLiteral("%%1").arg(k + 1), formatValue(levels.value(k).format, value));
    }
    return text;
}

/// A cell of a Word table as read: its paragraphs (with the reader's markup), how many grid columns it spans and
/// whether it continues the cell above (`<w:vMerge/>`).
struct WordCell
{
    QStringList paragraphs;
    int span = 1;
    bool continuesAbove = false;
};

/// The rows of the outermost table being read; tables inside its cells are read as their cells' paragraphs.
struct WordTable
{
    QList<QList<WordCell>> rows;

    /// The table's text: a Markdown pipe table when it is a table of data (TableCells::isDataTable), each cell one
    /// line, spans as empty cells, a vertically merged cell the text of the cell it continues (each task row keeps
    /// its lead agency); else its cells' paragraphs in reading order, as Word shows a layout grid.
    QStringList text() const
    {
        QList<QStringList> grid;
        for (const QList<WordCell>& row : rows) {
            QStringList cells;
            for (const WordCell& cell : row) {
                QString text;
                for (QString paragraph : cell.paragraphs) {
                    paragraph.remove(QStringLiteral("**"));
                    paragraph.replace(QLatin1Char('\n'), QLatin1Char(' '));
                    paragraph.replace(QLatin1Char('\t'), QLatin1Char(' '));
                    while (paragraph.startsWith(QLatin1Char('#')))
                        paragraph.remove(0, 1);
                    Paragraph::append(text, paragraph.trimmed());
                }
                const qsizetype column = cells.size();
                if (cell.continuesAbove && !grid.isEmpty() && column < grid.back().size())
                    text = grid.back()[column];
                cells.append(text);
                for (int k = 1; k < cell.span && cells.size() < TableReader::MaxColumns; ++k)
                    cells.append(QString());
            }
            grid.append(cells);
        }
        QStringList out;
        if (TableCells::isDataTable(grid)) {
            QString table;
            for (qsizetype r = 0; r < grid.size(); ++r) {
                table += TableReader::pipeRow(grid[r]) + QLatin1Char('\n');
                if (r == 0)
                    table += QStringLiteral("|") + QStringLiteral("---|").repeated(grid[r].size()) + QLatin1Char('\n');
            }
            table.chop(1);
            out.append(table);
            return out;
        }
        for (const QList<WordCell>& row : rows) {
            for (const WordCell& cell : row) {
                if (!cell.continuesAbove)
                    out += cell.paragraphs;
            }
        }
        return out;
    }
};

} // namespace

Result<QString> DocxReader::read(const QByteArray& bytes, const QString& fileName)
{
    const auto zip = ZipArchive::open(bytes);
    if (!zip)
        return Error { fileName, 0, -1, tr("The Word document cannot be opened: it is not a valid .docx (zip) file.") };
    // Every part is inflated within limits: a part that expands past them is refused, not read.
    const auto part = [&](const QString& name, bool required) -> Result<QByteArray> {
        ZipArchive::Entry entry = zip->read(name);
        if (!entry.problem)
            return std::move(entry.bytes);
        switch (*entry.problem) {
        case ZipArchive::Problem::Missing:
            if (!required)
                return QByteArray();
            return Error { fileName, 0, -1, tr("The Word document has no text part (%1).").arg(name) };
        case ZipArchive::Problem::Damaged:
            return Error {
                fileName, 0, -1,
                tr("The Word document is damaged: its part %1 cannot be unpacked (checksum or data error).").arg(name)
            };
        case ZipArchive::Problem::Unsupported:
            return Error { fileName, 0, -1,
                tr("The Word document's part %1 is compressed or encrypted in a way Word does not write (bzip2, "
                   "LZMA or a password); save it again from Word or LibreOffice, without a password.")
                    .arg(name) };
        case ZipArchive::Problem::TooLarge:
            return Error { fileName, 0, -1,
                tr("The Word document's part %1 expands to more than %2 MB; no agreement is that large, so it "
                   "is not read.")
                    .arg(name)
                    .arg(ZipArchive::MaxEntrySize >> 20) };
        case ZipArchive::Problem::TooCompressed:
            return Error { fileName, 0, -1,
                tr("The Word document's part %1 expands more than %2 times its stored size (a zip bomb); it is "
                   "not read.")
                    .arg(name)
                    .arg(ZipArchive::MaxRatio) };
        }
        return QByteArray();
    };
    const auto document = part(QStringLiteral("word/document.xml"), true);
    if (!document)
        return document.error();
    const auto numberingXml = part(QStringLiteral("word/numbering.xml"), false);
    if (!numberingXml)
        return numberingXml.error();
    const auto stylesXml = part(QStringLiteral("word/styles.xml"), false);
    if (!stylesXml)
        return stylesXml.error();
    Numbering numbering = readNumbering(numberingXml.value());
    const QHash<QString, int> headings = readHeadingStyles(stylesXml.value());

    QStringList paragraphs;
    QXmlStreamReader reader(document.value());
    reader.setEntityExpansionLimit(MaxEntityExpansion);
    int depth = 0;
    QString text;
    QString numId;
    int numLevel = 0;
    int heading = 0;
    bool allBold = true;
    bool anyText = false;
    bool runBold = false;
    int tableDepth = 0;
    WordTable table;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement())
            --depth;
        if (reader.isStartElement()) {
            if (++depth > MaxDepth)
                return Error { fileName, 0, reader.characterOffset(),
                    tr("The Word document's text is nested more than %1 levels deep; it is not read.").arg(MaxDepth) };
            const auto name = reader.name();
            const auto val = reader.attributes().value(W, QStringLiteral("val"));
            if (name == QLatin1String("tbl")) {
                if (++tableDepth == 1)
                    table = WordTable();
            } else if (tableDepth == 1 && name == QLatin1String("tr")) {
                table.rows.append(QList<WordCell>());
            } else if (tableDepth == 1 && name == QLatin1String("tc") && !table.rows.isEmpty()) {
                table.rows.back().append(WordCell());
            } else if (tableDepth == 1 && name == QLatin1String("gridSpan") && !table.rows.isEmpty()
                && !table.rows.back().isEmpty()) {
                table.rows.back().back().span = qBound(1, val.toInt(), TableReader::MaxColumns);
            } else if (tableDepth == 1 && name == QLatin1String("vMerge") && !table.rows.isEmpty()
                && !table.rows.back().isEmpty()) {
                table.rows.back().back().continuesAbove = val.isEmpty() || val == QLatin1String("continue");
            } else if (name == QLatin1String("p")) {
                text.clear();
                numId.clear();
                numLevel = 0;
                heading = 0;
                allBold = true;
                anyText = false;
            } else if (name == QLatin1String("pStyle")) {
                heading = headings.value(val.toString(), 0);
            } else if (name == QLatin1String("outlineLvl")) {
                heading = qBound(1, val.toInt() + 1, 6);
            } else if (name == QLatin1String("numId")) {
                numId = val.toString();
            } else if (name == QLatin1String("ilvl")) {
                numLevel = val.toInt();
            } else if (name == QLatin1String("r")) {
                runBold = false;
            } else if (name == QLatin1String("b")) {
                const bool on = val.isEmpty() || (val != QLatin1String("0") && val != QLatin1String("false"));
                // <w:b> inside <w:pPr><w:rPr> marks the paragraph mark; inside a run's rPr, the run.
                runBold = on;
            } else if (name == QLatin1String("t")) {
                const QString piece = reader.readElementText();
                --depth; // readElementText() consumed the end of <w:t>
                if (!piece.trimmed().isEmpty()) {
                    anyText = true;
                    allBold = allBold && runBold;
                }
                text += piece;
            } else if (name == QLatin1String("tab")) {
                text += QLatin1Char('\t');
            } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                text += QLatin1Char('\n');
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("tbl")) {
            if (--tableDepth == 0)
                paragraphs += table.text();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("p")) {
            QString paragraph = text.trimmed();
            if (!numId.isEmpty() && numId != QLatin1String("0")) {
                const QString prefix = label(numbering, numId, numLevel);
                if (!prefix.isEmpty())
                    paragraph = prefix + QLatin1Char(' ') + paragraph;
            }
            if (paragraph.isEmpty())
                continue;
            if (anyText && allBold && heading == 0)
                paragraph = QStringLiteral("**") + paragraph + QStringLiteral("**");
            if (heading > 0)
                paragraph = QString(heading, QLatin1Char('#')) + QLatin1Char(' ')
                    + paragraph.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (tableDepth > 0 && !table.rows.isEmpty() && !table.rows.back().isEmpty())
                table.rows.back().back().paragraphs.append(paragraph);
            else if (tableDepth == 0)
                paragraphs.append(paragraph);
        }
    }
    if (reader.hasError())
        return Error { fileName, 0, reader.characterOffset(),
            tr("The Word document's text is damaged: %1").arg(reader.errorString()) };
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace concord
