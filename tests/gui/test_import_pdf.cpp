// PDF import needs real PDFs: these are drawn here with Qt's own PDF writer (text, fonts with Vietnamese and
// CJK glyphs, page numbers in the footer, paragraphs cut by page breaks) and read back through poppler.
#include "import/PdfReader.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/TreeCompare.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

using namespace concord;
using namespace concord::test;

namespace {

/// The light Markdown of a sample laid out as a text PDF, one block per paragraph, wrapped to the page.
void writePdf(const QString& markdown, const QString& path)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t\\x{00A0}]*\\n\\s*"));
    static const QRegularExpression markup(QStringLiteral("\\*\\*|^#{1,6} +|~~|<[^>]+>|\\\\"));
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("Noto Sans"), 11));
    QTextCursor cursor(&document);
    QTextBlockFormat block;
    block.setBottomMargin(10);
    bool first = true;
    for (QString paragraph : markdown.split(blank, Qt::SkipEmptyParts)) {
        const bool heading = paragraph.startsWith(QLatin1Char('#'));
        paragraph.replace(markup, QString());
        paragraph = paragraph.trimmed();
        if (paragraph.isEmpty())
            continue;
        if (!first)
            cursor.insertBlock(block);
        cursor.setBlockFormat(block);
        QTextCharFormat format;
        format.setFontWeight(heading ? QFont::Bold : QFont::Normal);
        const QStringList lines = paragraph.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                cursor.insertText(QString(QChar::LineSeparator), format);
            cursor.insertText(lines[i].trimmed(), format);
        }
        first = false;
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(144);
    document.print(&writer);
}

} // namespace

TEST_CASE("import: a sample printed to a text PDF yields the same trees as the text file", "[import][pdf]")
{
    const QString name
        = GENERATE(QStringLiteral("000_a538a87b9166962b.txt"), QStringLiteral("001_21e0537984c48e62.txt"));
    CAPTURE(name);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("agreement.pdf"));
    writePdf(QString::fromUtf8(readFixture(QStringLiteral("samples/") + name)), pdf);
    const ParsedFile fromText = parseOrFail(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name);
    const ParsedFile fromPdf = parseOrFail(pdf);
    CHECK(fromPdf.encoding == QStringLiteral("pdf"));
    CHECK(treeOf(fromPdf) == treeOf(fromText));
    // The page numbers the printer added are listed as debris, not lost and not in any unit.
    int pageNumbers = 0;
    for (const LanguageVersion& version : fromPdf.documents.front().versions) {
        for (const Debris& piece : version.debris)
            pageNumbers += piece.reason == QLatin1String("page-number");
    }
    CHECK(pageNumbers >= 2);
}

TEST_CASE("import: a scanned PDF page that holds no text is an error naming the file and the page", "[import][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.pdf"));
    {
        QPdfWriter writer(path);
        QPainter painter(&writer);
        QImage scan(400, 560, QImage::Format_Grayscale8);
        scan.fill(235);
        painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), scan);
    }
    const auto parsed = DocumentParser::parseFile(path);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().file == path);
    CHECK(parsed.error().message.startsWith(
        QStringLiteral("Page 1 yields no text: it is blank or holds no printed text.")));
}

TEST_CASE("import: a damaged PDF is an error naming the file", "[import][pdf]")
{
    const auto read
        = PdfReader::read(QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage"), QStringLiteral("bad.pdf"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().file == QStringLiteral("bad.pdf"));
}
