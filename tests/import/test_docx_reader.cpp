#include "import/DocxReader.h"
#include "import/ZipArchive.h"
#include "support/CatchQt.h"
#include "support/DocxMaker.h"
#include "support/Fixtures.h"
#include "support/TreeCompare.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace concord;
using namespace concord::test;

TEST_CASE("import: a sample saved as .docx yields the same trees as the text file", "[import][docx]")
{
    const QString name = GENERATE(QStringLiteral("000_a538a87b9166962b.txt"),
        QStringLiteral("001_21e0537984c48e62.txt"), QStringLiteral("004_450d6ae2b470d9a1.txt"));
    const bool numberArticles = GENERATE(false, true);
    CAPTURE(name, numberArticles);
    QTemporaryDir dir;
    const QString text = QString::fromUtf8(readFixture(QStringLiteral("samples/") + name));
    const QString docx
        = writeTempFile(dir, QStringLiteral("agreement.docx"), DocxMaker::fromMarkdown(text, numberArticles));
    const ParsedFile fromText = parseOrFail(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name);
    const ParsedFile fromDocx = parseOrFail(docx);
    CHECK(fromDocx.encoding == QStringLiteral("docx"));
    CHECK(treeOf(fromDocx) == treeOf(fromText));
}

TEST_CASE("import: Word numbering, headings, bold, line breaks and tables are read", "[import][docx]")
{
    const QString numbering = QStringLiteral(
        "<w:abstractNum w:abstractNumId=\"0\">"
        "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
        "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
        "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%3)\"/></w:lvl>"
        "</w:abstractNum><w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>");
    auto numbered = [](int level, const QString& text) {
        return QStringLiteral("<w:p><w:pPr><w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"5\"/></w:numPr></w:pPr>"
                              "<w:r><w:t>%2</w:t></w:r></w:p>")
            .arg(level)
            .arg(text);
    };
    const QString body
        = QStringLiteral(
              "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>BẢN GHI NHỚ</w:t></w:r></w:p>"
              "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Hai bên</w:t></w:r>"
              "<w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t xml:space=\"preserve\"> thống nhất:</w:t></w:r></w:p>")
        + numbered(0, QStringLiteral("Chính trị")) + numbered(1, QStringLiteral("Trao đổi đoàn."))
        + numbered(2, QStringLiteral("Hằng năm;")) + numbered(2, QStringLiteral("Luân phiên."))
        + numbered(0, QStringLiteral("Kinh tế")) + numbered(1, QStringLiteral("Thương mại."))
        + QStringLiteral(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>BÍ THƯ</w:t><w:br/><w:t>TỈNH ỦY CAO BẰNG</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>书记</w:t></w:r></w:p></w:tc></w:tr>"
            "<w:tr><w:tc><w:p><w:r><w:t>Trần Hồng Minh</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p/></w:tc></w:tr></w:tbl>");
    const auto text = DocxReader::read(DocxMaker::fromBody(body, numbering), QStringLiteral("memo.docx"));
    REQUIRE(text.ok());
    CHECK(text.value()
        == QStringLiteral(
            "# BẢN GHI NHỚ\n\nHai bên thống nhất:\n\nI. Chính trị\n\n1. Trao đổi đoàn.\n\na) Hằng năm;\n\n"
            "b) Luân phiên.\n\nII. Kinh tế\n\n1. Thương mại.\n\nBÍ THƯ\nTỈNH ỦY CAO BẰNG\n\n**书记**\n\n"
            "Trần Hồng Minh\n"));
}

TEST_CASE("import: a damaged or hollow .docx is an error naming the file", "[import][docx]")
{
    const auto notZip
        = DocxReader::read(QByteArray("PK\x03\x04 this is not really a zip", 30), QStringLiteral("bad.docx"));
    REQUIRE_FALSE(notZip.ok());
    CHECK(notZip.error().toString()
        == QStringLiteral("bad.docx: The Word document cannot be opened: it is not a valid .docx (zip) file."));

    const QByteArray hollowBytes
        = ZipArchive::create({ { QStringLiteral("readme.txt"), QByteArray("not a Word document") } });
    const auto hollow = DocxReader::read(hollowBytes, QStringLiteral("hollow.docx"));
    REQUIRE_FALSE(hollow.ok());
    CHECK(hollow.error().toString()
        == QStringLiteral("hollow.docx: The Word document has no text part (word/document.xml)."));

    const auto garbage = DocxReader::read(QByteArray("not a zip at all"), QStringLiteral("x.docx"));
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().file == QStringLiteral("x.docx"));

    QByteArray broken = DocxMaker::fromBody(QStringLiteral("<w:p><w:r><w:t>ok</w:t></w:r></w:p>"));
    const auto truncated = DocxReader::read(broken.left(broken.size() / 2), QStringLiteral("cut.docx"));
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().file == QStringLiteral("cut.docx"));
}

TEST_CASE("zip: an entry is inflated within limits, checked while inflating", "[docx][hostile]")
{
    QByteArray text;
    for (int i = 0; text.size() < (2 << 20); ++i)
        text += QByteArray::number(qint64(i) * 7919 % 100003) + ' '; // numbers: compresses about 3:1
    const QByteArray zeros(2 << 20, '\0'); // compresses about 1000:1
    const auto zip = ZipArchive::open(
        ZipArchive::create({ { QStringLiteral("text.xml"), text }, { QStringLiteral("zeros.xml"), zeros } }));
    REQUIRE(zip.has_value());
    CHECK(zip->read(QStringLiteral("text.xml")).bytes == text);
    CHECK_FALSE(zip->read(QStringLiteral("text.xml")).problem.has_value());
    CHECK(zip->read(QStringLiteral("text.xml"), 1 << 20).problem == ZipArchive::Problem::TooLarge);
    CHECK(zip->read(QStringLiteral("text.xml"), 1 << 20).bytes.isEmpty());
    CHECK(zip->read(QStringLiteral("zeros.xml")).problem == ZipArchive::Problem::TooCompressed);
    CHECK(zip->read(QStringLiteral("zeros.xml"), ZipArchive::MaxEntrySize, 5000).bytes == zeros);
    CHECK(zip->read(QStringLiteral("missing.xml")).problem == ZipArchive::Problem::Missing);
}
