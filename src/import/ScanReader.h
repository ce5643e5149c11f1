#pragma once

#include "model/Result.h"
#include "model/ScanRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <atomic>
#include <functional>

namespace concord {

/// How far a scan has been read.
struct ScanProgress
{
    int pagesDone = 0;
    int pages = 0;
    qint64 elapsedMs = 0;

    /// The time the remaining pages will take at the pace so far; -1 before the first page is done.
    qint64 remainingMs() const;
    /// "page 3 of 8, about 40 s left" (translated), for the CLI's stderr and the GUI's progress dialog.
    QString describe() const;
};

/// What a person asked of a scan import while it runs.
struct ScanOptions
{
    /// Told after each page (on a worker thread).
    std::function<void(const ScanProgress&)> progress;
    /// Set from any thread to stop; the read then fails with Error::code ScanReader::Cancelled.
    const std::atomic_bool* cancel = nullptr;
    /// Pages read at once; 0 for one per core.
    int threads = 0;
};

/// The text an OCR read produced and what it keeps of the scan.
struct ScannedText
{
    QString text; ///< the same light text the other readers write (paragraphs, furniture at the end)
    ScanRecord record;
};

/// Reads scans: PDF pages without a usable text layer (rendered by poppler) and images (PNG, JPEG, TIFF, multi-page
/// TIFF, read by Leptonica), one page per core through OcrEngine, into the light text every reader writes
/// (PageLayout), with each line's page, box and confidence and a reduced image of every page.
class ScanReader
{
    Q_DECLARE_TR_FUNCTIONS(concord::ScanReader)

public:
    static constexpr int RenderDpi = 300; ///< PDF pages are rendered at this resolution for recognition
    static constexpr int KeptDpi = 120; ///< page images are kept at this resolution for the reader
    static constexpr int MinSide = 500; ///< pixels: a smaller image cannot hold a readable page
    /// Pixels of the largest page read: an A3 sheet at 300 dpi is 3508 × 4961 (17.4 million), with a margin for
    /// scanners that add a border. Checked before an image is decoded (a 40,000 × 40,000 PNG would need 6.4 GB).
    static constexpr qint64 MaxPixels = 21'000'000;
    static constexpr const char* Cancelled = "scan-cancelled"; ///< Error::code of a cancelled read

    static Result<ScannedText> readPdf(const QByteArray& bytes, const QString& fileName, const ScanOptions& options);
    static Result<ScannedText> readImage(const QByteArray& bytes, const QString& fileName, const ScanOptions& options);
    /// Page \a page (0-based) of a TIFF whose pages TiffDirectory listed within the limits, decoded by Leptonica.
    static Result<QImage> tiffPage(const QByteArray& bytes, int page, const QString& fileName);
    /// Reads \a pages scanned at \a dpi (the tests render their own).
    static Result<ScannedText> readPages(
        const QList<QImage>& pages, int dpi, const QString& fileName, const ScanOptions& options);

private:
    using PageImage = std::function<Result<QImage>(int page, int worker)>;
    static Result<ScannedText> read(
        int pages, const PageImage& image, int dpi, const QString& fileName, const ScanOptions& options);
};

} // namespace concord
