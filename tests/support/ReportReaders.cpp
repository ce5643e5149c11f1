#include "support/ReportReaders.h"

#include "support/CatchQt.h"

#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace concord::test {

/// The cells of one worksheet by reference ("F2"), with shared strings resolved.
QHash<QString, Cell> readSheet(
    const ZipArchive& zip, int sheet, const QStringList& strings, QString* autoFilter, bool* frozen)
{
    const auto xml = zip.entry(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
    REQUIRE(xml.has_value());
    QHash<QString, Cell> cells;
    QXmlStreamReader reader(*xml);
    QString ref;
    Cell cell;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("c")) {
            ref = reader.attributes().value(QStringLiteral("r")).toString();
            cell = Cell { QString(), reader.attributes().value(QStringLiteral("t")).toString(),
                reader.attributes().value(QStringLiteral("s")).toString() };
        } else if (reader.isStartElement() && reader.name() == QLatin1String("v")) {
            const QString v = reader.readElementText();
            cell.value = cell.type == QLatin1String("s") ? strings.value(v.toInt()) : v;
            cells.insert(ref, cell);
        } else if (reader.isStartElement() && reader.name() == QLatin1String("autoFilter")) {
            *autoFilter = reader.attributes().value(QStringLiteral("ref")).toString();
        } else if (reader.isStartElement() && reader.name() == QLatin1String("pane")) {
            *frozen = reader.attributes().value(QStringLiteral("state")) == QLatin1String("frozen")
                && reader.attributes().value(QStringLiteral("ySplit")) == QLatin1String("1");
        }
    }
    REQUIRE_FALSE(reader.hasError());
    return cells;
}

QStringList sharedStrings(const ZipArchive& zip)
{
    const auto xml = zip.entry(QStringLiteral("xl/sharedStrings.xml"));
    REQUIRE(xml.has_value());
    QStringList strings;
    QXmlStreamReader reader(*xml);
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si"))
            current.clear();
        else if (reader.isStartElement() && reader.name() == QLatin1String("t"))
            current += reader.readElementText();
        else if (reader.isEndElement() && reader.name() == QLatin1String("si"))
            strings.append(current);
    }
    return strings;
}

QString pdfText(const QString& path, int* pages)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    // The footer: "Trang 2/25", "第2页，共25页" or both.
    static const QRegularExpression footer(
        QStringLiteral("^\\s*(?:Trang (\\d+)/(\\d+))?(?: / )?(?:第(\\d+)页，共(\\d+)页)?\\s*$"));
    int count = 0;
    lines.removeIf([&count](const QString& line) {
        const auto m = footer.match(line);
        if (!m.hasMatch() || line.trimmed().isEmpty())
            return false;
        count = std::max(m.captured(2).toInt(), m.captured(4).toInt());
        return true;
    });
    if (pages)
        *pages = count;
    return lines.join(QLatin1Char('\n'));
}

} // namespace concord::test
