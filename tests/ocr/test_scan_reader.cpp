// Sample agreements printed by Qt (no hand-made scans), then read back through Tesseract: accuracy, structure,
// noise, every file kind, errors, progress and Cancel.
#include "import/DocumentParser.h"
#include "import/ScanReader.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/ScanPages.h"
#include "support/TreeCompare.h"

#include <QFile>
#include <QTemporaryDir>

using namespace concord;
using namespace concord::test;

namespace {

QString sampleText(const QString& name)
{
    return QString::fromUtf8(readFixture(QStringLiteral("samples/") + name));
}

/// A one-page Vietnamese text and a one-page Chinese text from sample 001 (not the one the other tests use).
QString vietnamesePage()
{
    return ScanPages::firstParagraphs(sampleText(QStringLiteral("001_21e0537984c48e62.txt")), false, 2000);
}

QString chinesePage()
{
    return ScanPages::firstParagraphs(sampleText(QStringLiteral("001_21e0537984c48e62.txt")), true, 900);
}

void checkNoisyPage(const ScanNoise& noise)
{
    for (const bool chinese : { false, true }) {
        const QString text = chinese ? chinesePage() : vietnamesePage();
        const QList<QImage> printed = ScanPages::print(text);
        REQUIRE(printed.size() == 1);
        const auto read = ScanReader::readPages(
            { ScanPages::addNoise(printed.front(), noise, 7) }, 300, QStringLiteral("noisy.png"), {});
        REQUIRE(read.ok());
        const ScanPages::Accuracy accuracy = ScanPages::accuracy(read->text, text);
        CAPTURE(chinese, accuracy.vietnamese, accuracy.chinese, read->text);
        if (chinese)
            CHECK(accuracy.chinese >= 0.95);
        else
            CHECK(accuracy.vietnamese >= 0.97);
    }
}

} // namespace

TEST_CASE("ocr: a printed bilingual agreement reads back within the accuracy targets and parses into the same "
          "units as its text",
    "[ocr]")
{
    const QString name = QStringLiteral("000_a538a87b9166962b.txt");
    const QString text = sampleText(name);
    const QList<QImage> pages = ScanPages::print(text);
    REQUIRE(pages.size() == 5);
    const auto read = ScanReader::readPages(pages, 300, QStringLiteral("000.tiff"), {});
    REQUIRE(read.ok());

    const ScanPages::Accuracy accuracy = ScanPages::accuracy(read->text, text);
    CAPTURE(accuracy.vietnamese, accuracy.chinese);
    CHECK(accuracy.vietnamese >= 0.97);
    CHECK(accuracy.chinese >= 0.95);

    // The same articles, closing and signature blocks, in both languages, with the same dates and parties.
    const auto fromScan = DocumentParser::parseText(read->text, QStringLiteral("000.tiff"));
    REQUIRE(fromScan.ok());
    const ParsedFile fromText = parseOrFail(samplePath(name));
    CHECK(skeletonOf(fromScan.value()) == skeletonOf(fromText));
    const Agreement& scanned = fromScan->documents.front().metadata.header;
    const Agreement& typed = fromText.documents.front().metadata.header;
    CHECK(ScanPages::characterAccuracy(scanned.titleVi, typed.titleVi) >= 0.97);
    CHECK(ScanPages::characterAccuracy(scanned.titleZh, typed.titleZh) >= 0.95);

    // Every line of text came from a place on a page, and every page is kept for the reader.
    REQUIRE(read->record.pages.size() == 5);
    for (const ScanPageImage& page : read->record.pages) {
        CHECK(page.image.startsWith("\x89PNG"));
        CHECK(page.size.width() == qRound(8.27 * ScanReader::KeptDpi));
    }
    const QStringList lines = read->text.split(QLatin1Char('\n'));
    int recorded = 0;
    for (const ScanLineRecord& line : read->record.lines) {
        REQUIRE(line.line >= 1);
        REQUIRE(line.line <= lines.size());
        CHECK_FALSE(lines[line.line - 1].isEmpty());
        CHECK(QRectF(0, 0, 1, 1).contains(line.box));
        CHECK(line.page >= 0);
        CHECK(line.page < 5);
        ++recorded;
    }
    CHECK(recorded == lines.size() - lines.count(QString()));
    // The lone page numbers Qt printed in the bottom margin are specks to Tesseract's layout analysis: they are in
    // no unit (PageLayout sets a margin line apart when a recogniser does read one).
    for (const LanguageVersion& version : fromScan->documents.front().versions) {
        for (const Unit& unit : version.units)
            CHECK_FALSE(unit.text.endsWith(QStringLiteral(" 4")));
    }
}

TEST_CASE("ocr: a page turned by one degree still reads within the targets", "[ocr][noise]")
{
    checkNoisyPage({ 1.0, 0, 0, false });
}

TEST_CASE("ocr: a page saved as a strongly compressed JPEG still reads within the targets", "[ocr][noise]")
{
    checkNoisyPage({ 0, 30, 0, false });
}

TEST_CASE("ocr: a speckled page still reads within the targets", "[ocr][noise]")
{
    checkNoisyPage({ 0, 0, 0.004, false });
}

TEST_CASE("ocr: a red seal stamped over the text is not read as text", "[ocr][noise]")
{
    checkNoisyPage({ 0, 0, 0, true });
}

TEST_CASE("ocr: scans as PNG, JPEG, multi-page TIFF and image-only PDF import as the same text", "[ocr][files]")
{
    QTemporaryDir dir;
    const QList<QImage> vietnamese = ScanPages::print(vietnamesePage());
    const QList<QImage> chinese = ScanPages::print(chinesePage());
    REQUIRE(vietnamese.size() == 1);
    REQUIRE(chinese.size() == 1);

    const QString png = dir.filePath(QStringLiteral("page.png"));
    REQUIRE(vietnamese.front().save(png));
    const QString jpeg = dir.filePath(QStringLiteral("page.jpg"));
    REQUIRE(chinese.front().save(jpeg, "JPEG", 85));
    const QString tiff = dir.filePath(QStringLiteral("pages.tif"));
    REQUIRE(ScanPages::writeTiff({ vietnamese.front(), chinese.front() }, tiff));
    const QString pdf = dir.filePath(QStringLiteral("scan.pdf"));
    REQUIRE(ScanPages::writeScannedPdf({ chinese.front(), vietnamese.front() }, pdf));

    struct Row
    {
        QString path;
        int pages;
        bool vietnameseFirst;
        bool hasChinese;
        bool hasVietnamese;
    };
    for (const Row& row : { Row { png, 1, true, false, true }, Row { jpeg, 1, false, true, false },
             Row { tiff, 2, true, true, true }, Row { pdf, 2, false, true, true } }) {
        CAPTURE(row.path);
        QList<ScanProgress> told;
        ScanOptions options;
        options.progress = [&told](const ScanProgress& progress) { told.append(progress); };
        const auto parsed = DocumentParser::parseFile(row.path, Gazetteer::builtIn(), options);
        REQUIRE(parsed.ok());
        CHECK(parsed->encoding == QStringLiteral("ocr"));
        CHECK(parsed->isScan());
        CHECK(parsed->scan.pages.size() == row.pages);
        CHECK(told.size() == row.pages);
        CHECK(told.back().pagesDone == row.pages);
        CHECK(told.back().pages == row.pages);
        const ParsedDocument& document = parsed->documents.front();
        CHECK(document.metadata.header.scanned);
        CHECK((document.version(Language::Vietnamese) != nullptr) == row.hasVietnamese);
        CHECK((document.version(Language::Chinese) != nullptr) == row.hasChinese);
        if (row.hasVietnamese && row.hasChinese)
            CHECK((document.versions.front().language == Language::Vietnamese) == row.vietnameseFirst);
        const ScanPages::Accuracy accuracy = ScanPages::accuracy(parsed->rawText,
            row.hasVietnamese && row.hasChinese ? vietnamesePage() + QStringLiteral("\n\n") + chinesePage()
                : row.hasVietnamese             ? vietnamesePage()
                                                : chinesePage());
        if (row.hasVietnamese)
            CHECK(accuracy.vietnamese >= 0.97);
        if (row.hasChinese)
            CHECK(accuracy.chinese >= (row.path == jpeg ? 0.95 : 0.97));
    }
}

TEST_CASE("ocr: unreadable scans are refused with a message naming the file and the page", "[ocr][errors]")
{
    QTemporaryDir dir;
    QImage small(300, 200, QImage::Format_Grayscale8);
    small.fill(255);
    const QString smallPath = dir.filePath(QStringLiteral("thumbnail.png"));
    REQUIRE(small.save(smallPath));
    QImage blank(2480, 3508, QImage::Format_Grayscale8);
    blank.fill(255);
    const QString blankPath = dir.filePath(QStringLiteral("blank.png"));
    REQUIRE(blank.save(blankPath));
    // A two-page TIFF whose second page is empty: the message says which page.
    const QString backPath = dir.filePath(QStringLiteral("with-back.tif"));
    REQUIRE(ScanPages::writeTiff({ ScanPages::print(vietnamesePage()).front(), blank }, backPath));
    const QString encrypted = QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/hostile/encrypted.pdf");

    struct Row
    {
        QString path;
        QString message;
    };
    for (const Row& row : {
             Row { smallPath, QStringLiteral("Page 1 is too small to read (300 × 200 pixels); scan it at 300 dpi.") },
             Row { blankPath,
                 QStringLiteral("Page 1 yields no text: it is blank or holds no printed text. Remove the page from "
                                "the scan and import again.") },
             Row { backPath,
                 QStringLiteral("Page 2 yields no text: it is blank or holds no printed text. Remove the page from "
                                "the scan and import again.") },
             Row { encrypted,
                 QStringLiteral("The PDF is protected by a password; open it, save an unprotected copy and import "
                                "that.") },
         }) {
        CAPTURE(row.path);
        const auto parsed = DocumentParser::parseFile(row.path);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().file == row.path);
        CHECK(parsed.error().message == row.message);
    }
}

TEST_CASE("ocr: Cancel stops reading a scan between pages and within one", "[ocr][cancel]")
{
    const QList<QImage> page = ScanPages::print(vietnamesePage());
    std::atomic_bool cancel { false };
    ScanOptions options;
    options.cancel = &cancel;
    options.threads = 1;
    int told = 0;
    options.progress = [&](const ScanProgress&) {
        ++told;
        cancel = true; // after the first page
    };
    const auto read = ScanReader::readPages(
        { page.front(), page.front(), page.front() }, 300, QStringLiteral("three.tif"), options);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == QLatin1String(ScanReader::Cancelled));
    CHECK(read.error().file == QStringLiteral("three.tif"));
    CHECK(told == 1);
}
