// TIFF pages as Concord reads them before OCR: the page chain walked first, then one page decoded at a time.
#include "import/PdfReader.h"
#include "import/ScanReader.h"
#include "import/TiffDirectory.h"
#include "support/CatchQt.h"

#include <QFile>

using namespace concord;

TEST_CASE("tiff: a page that claims an absurd resolution is decoded and read at the usual 300 dpi", "[import][tiff]")
{
    // Found by fuzz_tiff: a page claiming some 400 million dots per inch overflowed the dots-per-metre integer.
    QFile file(QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/hostile/absurd-resolution.tif"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto pages = TiffDirectory::pages(bytes, PdfReader::MaxPages);
    REQUIRE(pages.ok());
    REQUIRE(pages->size() == 1);
    const auto page = ScanReader::tiffPage(bytes, 0, QStringLiteral("absurd-resolution.tif"));
    REQUIRE(page.ok());
    CHECK(page->height() == pages->front().height());
    // The file's claim is dropped: the image keeps Qt's default, which the OCR reads as "no resolution given".
    CHECK(page->dotsPerMeterX() == QImage(1, 1, QImage::Format_RGB32).dotsPerMeterX());
    CHECK(page->dotsPerMeterY() == QImage(1, 1, QImage::Format_RGB32).dotsPerMeterY());
}

TEST_CASE("tiff: a page that gives its width twice is measured by the larger and refused before a pixel is decoded",
    "[import][tiff][hostile]")
{
    // Found by fuzz_tiff: 65,966 pixels wide, then 32; the pixel limit took 32 and Leptonica the first, 1.6 GB.
    QFile file(QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/hostile/duplicate-size.tif"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto pages = TiffDirectory::pages(bytes, PdfReader::MaxPages);
    REQUIRE(pages.ok());
    REQUIRE(pages->size() == 1);
    CHECK(pages->front() == QSize(65966, 196608));
    const auto read = ScanReader::readImage(bytes, QStringLiteral("duplicate-size.tif"), ScanOptions());
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().file == QStringLiteral("duplicate-size.tif"));
    CHECK(read.error().message.startsWith(QStringLiteral("Page 1 is too large to read (65966 × 196608 pixels)")));
}
