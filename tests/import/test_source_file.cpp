#include "import/SourceFile.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace concord;
using concord::test::writeTempFile;

namespace {
/// The bytes of a literal that may contain NUL, without its terminating NUL.
template <size_t N>
QByteArray bytes(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

} // namespace

TEST_CASE("import: source format is recognised from the first bytes", "[import]")
{
    struct Row
    {
        QByteArray bytes;
        std::optional<SourceFormat> expected;
    };
    const auto row = GENERATE(values<Row>({
        { QByteArray("Th\xe1\xbb\x8f"
                     "a thu\xe1\xba\xad"),
            SourceFormat::PlainText },
        { QByteArray("\xEF\xBB\xBF**\xc4\x90i\xe1\xbb\x81u 1:**"), SourceFormat::PlainText },
        { bytes("\xFF\xFE\x2C\x7B\x00\x4E"), SourceFormat::PlainText }, // UTF-16LE "第一"
        { bytes("\xFE\xFF\x7B\x2C\x4E\x00"), SourceFormat::PlainText }, // UTF-16BE
        { QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), SourceFormat::Pdf },
        { bytes("PK\x03\x04\x14\x00\x06\x00[Content_Types].xml"), SourceFormat::Docx },
        { bytes("PK\x03\x04\x14\x00\x00\x00photos/cat.jpg"), std::nullopt },
        { bytes("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), SourceFormat::Image },
        { bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF"), SourceFormat::Image },
        { bytes("II*\x00\x08\x00\x00\x00"), SourceFormat::Image },
        { bytes("GIF89a\x01\x00"), std::nullopt },
        { bytes("abc\x00\x01\x02"), std::nullopt },
    }));
    CHECK(SourceFile::detect(row.bytes) == row.expected);
}

TEST_CASE("import: reading a file keeps its bytes exactly", "[import]")
{
    QTemporaryDir dir;
    const QByteArray bytes = "**\xc4\x90i\xe1\xbb\x81u 1:** \r\n\xe7\xac\xac\xe4\xb8\x80\xe6\x9d\xa1\n";
    const auto file = SourceFile::read(writeTempFile(dir, QStringLiteral("a.md"), bytes));
    REQUIRE(file.ok());
    CHECK(file->bytes == bytes);
    CHECK(file->format == SourceFormat::PlainText);
}

TEST_CASE("import: unreadable files give an error naming the file", "[import]")
{
    QTemporaryDir dir;
    const QString empty = writeTempFile(dir, QStringLiteral("empty.txt"), {});
    const QString binary = writeTempFile(dir, QStringLiteral("photo.txt"), bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR"));
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));

    auto result = SourceFile::read(empty);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().toString() == empty + QStringLiteral(": The file is empty."));

    result = SourceFile::read(binary);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().toString()
        == binary
            + QStringLiteral(": The name says plain text but the content is an image; rename the file to end in .png "
                             "and import it again."));

    result = SourceFile::read(missing);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().toString() == missing + QStringLiteral(": The file does not exist."));

    result = SourceFile::read(dir.path());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().file == dir.path());
    CHECK(result.error().message == QStringLiteral("This is a folder, not a file."));
}

TEST_CASE("import: the content decides the type, and a name that says otherwise is refused with both", "[import]")
{
    QTemporaryDir dir;
    const QByteArray text = QStringLiteral("Just some text\nnot an agreement\n").toUtf8();
    const QString notes = writeTempFile(dir, QStringLiteral("notes.pdf"), text);
    auto result = SourceFile::read(notes);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().toString()
        == notes
            + QStringLiteral(": The name says a PDF but the content is plain text; rename the file to end in .txt and "
                             "import it again."));

    const QString word = writeTempFile(dir, QStringLiteral("minutes.docx"), bytes("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"));
    result = SourceFile::read(word);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message
        == QStringLiteral("The name says a Word document but the content is a PDF; rename the file to end in .pdf and "
                          "import it again."));

    const QString pdfAsText = writeTempFile(dir, QStringLiteral("scan.TXT"), bytes("%PDF-1.4\n"));
    result = SourceFile::read(pdfAsText);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.startsWith(QStringLiteral("The name says plain text but the content is a PDF")));

    // No suffix, or one Concord does not know: the content alone decides.
    for (const QString& name : { QStringLiteral("agreement"), QStringLiteral("agreement.md") }) {
        const auto read = SourceFile::read(writeTempFile(dir, name, text));
        REQUIRE(read.ok());
        CHECK(read->format == SourceFormat::PlainText);
    }
}
