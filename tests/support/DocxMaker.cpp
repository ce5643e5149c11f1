#include "support/DocxMaker.h"

#include "import/ZipArchive.h"
#include "support/CatchQt.h"

#include <QRegularExpression>
#include <QStringList>

namespace concord::test {

namespace {

QString escaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

QString run(const QString& text, bool bold)
{
    QString xml = QStringLiteral("<w:r>");
    if (bold)
        xml += QStringLiteral("<w:rPr><w:b/></w:rPr>");
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            xml += QStringLiteral("<w:br/>");
        xml += QStringLiteral("<w:t xml:space=\"preserve\">") + escaped(lines[i]) + QStringLiteral("</w:t>");
    }
    return xml + QStringLiteral("</w:r>");
}

using Entries = QList<std::pair<QString, QByteArray>>;

void add(Entries& zip, const QString& name, const QString& content)
{
    zip.append({ name, content.toUtf8() });
}

} // namespace

QByteArray DocxMaker::fromBody(const QString& bodyXml, const QString& numberingXml)
{
    Entries zip;
    add(zip, QStringLiteral("[Content_Types].xml"),
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
            "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
            "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
            "ContentType=\"application/"
            "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
    const QString ns = QStringLiteral("xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"");
    add(zip, QStringLiteral("word/document.xml"),
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document %1><w:body>%2</w:body></w:document>")
            .arg(ns, bodyXml));
    add(zip, QStringLiteral("word/styles.xml"),
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles %1><w:style w:type=\"paragraph\" "
                       "w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style><w:style w:type=\"paragraph\" "
                       "w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style></w:styles>")
            .arg(ns));
    if (!numberingXml.isEmpty()) {
        add(zip, QStringLiteral("word/numbering.xml"),
            QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering %1>%2</w:numbering>")
                .arg(ns, numberingXml));
    }
    const QByteArray bytes = ZipArchive::create(zip);
    REQUIRE_FALSE(bytes.isEmpty());
    return bytes;
}

QByteArray DocxMaker::fromMarkdown(const QString& text, bool numberArticles)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t\\x{00A0}]*\\n\\s*"));
    static const QRegularExpression heading(QStringLiteral("^(#{1,6}) +"));
    static const QRegularExpression article(
        QStringLiteral("^\\*\\*(?:Điều \\d+:|第[一二三四五六七八九十]+条)\\*\\* ?"));
    static const QRegularExpression bold(
        QStringLiteral("\\*\\*(.+?)\\*\\*"), QRegularExpression::DotMatchesEverythingOption);
    QString body;
    for (QString paragraph : text.split(blank, Qt::SkipEmptyParts)) {
        paragraph = paragraph.trimmed();
        paragraph.replace(QStringLiteral("  \n"), QStringLiteral("\n"));
        if (paragraph.isEmpty())
            continue;
        QString properties;
        if (const auto m = heading.match(paragraph); m.hasMatch()) {
            properties += QStringLiteral("<w:pStyle w:val=\"Heading%1\"/>").arg(m.capturedLength(1));
            paragraph.remove(0, m.capturedLength(0));
        }
        if (const auto m = article.match(paragraph); numberArticles && m.hasMatch()) {
            const int numId = m.captured(0).contains(QStringLiteral("Điều")) ? 1 : 2;
            properties += QStringLiteral("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"%1\"/></w:numPr>").arg(numId);
            paragraph.remove(0, m.capturedLength(0));
        }
        QString runs;
        qsizetype at = 0;
        for (auto it = bold.globalMatch(paragraph); it.hasNext();) {
            const auto m = it.next();
            if (m.capturedStart(0) > at)
                runs += run(paragraph.mid(at, m.capturedStart(0) - at), false);
            runs += run(m.captured(1), true);
            at = m.capturedEnd(0);
        }
        if (at < paragraph.size())
            runs += run(paragraph.mid(at), false);
        body += QStringLiteral("<w:p><w:pPr>%1</w:pPr>%2</w:p>").arg(properties, runs);
    }
    const QString numbering = QStringLiteral(
        "<w:abstractNum w:abstractNumId=\"10\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
        "<w:lvlText w:val=\"Điều %1:\"/></w:lvl></w:abstractNum>"
        "<w:abstractNum w:abstractNumId=\"20\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
        "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"第%1条\"/></w:lvl></w:abstractNum>"
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"20\"/></w:num>");
    return fromBody(body, numberArticles ? numbering : QString());
}

} // namespace concord::test
