#include "import/ScanReader.h"

#include "import/OcrEngine.h"
#include "import/PageLayout.h"
#include "import/PdfReader.h"
#include "import/TiffDirectory.h"
#include "text/Radicals.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageReader>
#include <QLoggingCategory>
#include <QThread>
#include <QtEndian>

#include <cstdarg>
#include <cstring>
#include <dlfcn.h>
#include <leptonica/allheaders.h>
#include <memory>
#include <mutex>
#include <optional>
#include <poppler/qt6/poppler-qt6.h>
#include <thread>
#include <vector>
#include <zlib.h>

namespace concord {

namespace {

/// A Leptonica image as a QImage (Leptonica keeps 32-bit pixels as 0xRRGGBBAA words).
QImage toQImage(PIX* pix)
{
    PIX* rgb = pixConvertTo32(pix);
    if (!rgb)
        return {};
    const int width = int(pixGetWidth(rgb));
    const int height = int(pixGetHeight(rgb));
    QImage image(width, height, QImage::Format_RGB32);
    const l_uint32* data = pixGetData(rgb);
    const int wpl = int(pixGetWpl(rgb));
    for (int y = 0; y < height; ++y) {
        const l_uint32* line = data + qsizetype(y) * wpl;
        auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            out[x] = qRgb(int(line[x] >> 24), int((line[x] >> 16) & 0xff), int((line[x] >> 8) & 0xff));
    }
    // The resolution as the file claims it, kept only when believable (a damaged file may claim billions of dots
    // per inch, which no dots-per-metre integer holds).
    const int resolution = int(pixGetXRes(pix));
    if (resolution > 0 && resolution <= 100000) {
        image.setDotsPerMeterX(qRound(resolution / 0.0254));
        image.setDotsPerMeterY(qRound(resolution / 0.0254));
    }
    pixDestroy(&rgb);
    return image;
}

/// Qt's image readers, Leptonica and libtiff write their complaints to stderr; the error a reader returns says
/// what went wrong, naming the file.
void silenceLibraries()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio.warning=false"));
        setMsgSeverity(L_SEVERITY_NONE);
        // libtiff has no headers here; it is loaded with Leptonica, so its handlers are found at run time.
        using Handler = void (*)(const char*, const char*, va_list);
        using SetHandler = Handler (*)(Handler);
        for (const char* name : { "TIFFSetErrorHandler", "TIFFSetWarningHandler" }) {
            if (auto set = reinterpret_cast<SetHandler>(dlsym(RTLD_DEFAULT, name)))
                set(nullptr);
        }
    });
}

/// A PNG whose chunks are all there with their checksums right, up to IEND. libpng prints its complaint about a
/// damaged file to stderr before Qt sees it, so a damaged one is recognised here first.
bool isWholePng(const QByteArray& bytes)
{
    qsizetype at = 8;
    while (at + 12 <= bytes.size()) {
        const auto* p = reinterpret_cast<const uchar*>(bytes.constData()) + at;
        const quint32 length = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
        if (length > quint32(bytes.size() - at - 12))
            return false;
        const quint32 stored = qFromBigEndian<quint32>(p + 8 + length);
        if (quint32(crc32(0, p + 4, uInt(length + 4))) != stored)
            return false;
        if (std::memcmp(p + 4, "IEND", 4) == 0)
            return true;
        at += 12 + qsizetype(length);
    }
    return false;
}

/// The resolution an image says it was scanned at, or 300 when it says nothing believable.
int dpiOf(const QImage& image)
{
    const int dpi = qRound(image.dotsPerMeterX() * 0.0254);
    return dpi >= 70 && dpi <= 1200 ? dpi : ScanReader::RenderDpi;
}

QByteArray keptImage(const QImage& page, int dpi, QSize* size)
{
    const double scale = double(ScanReader::KeptDpi) / dpi;
    QImage kept = page.convertToFormat(QImage::Format_Grayscale8);
    if (scale < 1)
        kept = kept.scaled(qRound(page.width() * scale), qRound(page.height() * scale), Qt::IgnoreAspectRatio,
            Qt::SmoothTransformation);
    *size = kept.size();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    kept.save(&buffer, "PNG");
    return png;
}

} // namespace

qint64 ScanProgress::remainingMs() const
{
    if (pagesDone <= 0)
        return -1;
    return elapsedMs * (pages - pagesDone) / pagesDone;
}

QString ScanProgress::describe() const
{
    const QString page = ScanReader::tr("page %1 of %2").arg(pagesDone).arg(pages);
    const qint64 remaining = remainingMs();
    if (remaining < 0 || pagesDone >= pages)
        return page;
    const qint64 seconds = (remaining + 999) / 1000;
    const QString left = seconds < 60 ? ScanReader::tr("about %n s left", nullptr, int(seconds))
                                      : ScanReader::tr("about %n min left", nullptr, int((seconds + 59) / 60));
    return QStringLiteral("%1, %2").arg(page, left);
}

Result<ScannedText> ScanReader::readPdf(const QByteArray& bytes, const QString& fileName, const ScanOptions& options)
{
    auto opened = PdfReader::open(bytes, fileName);
    if (!opened)
        return opened.error();
    std::unique_ptr<Poppler::Document> document = std::move(opened).value();
    const int pages = document->numPages();
    // Poppler renders from one thread at a time per document: each worker opens its own.
    std::mutex mutex;
    std::vector<std::unique_ptr<Poppler::Document>> documents;
    documents.push_back(std::move(document));
    const PageImage render = [&](int page, int worker) -> Result<QImage> {
        Poppler::Document* own = nullptr;
        {
            const std::lock_guard lock(mutex);
            while (int(documents.size()) <= worker)
                documents.push_back(Poppler::Document::loadFromData(bytes));
            own = documents[size_t(worker)].get();
        }
        const std::unique_ptr<Poppler::Page> p = own ? own->page(page) : nullptr;
        // The page's size says how many pixels it renders to: a 200 × 200-inch page is refused, not rendered.
        const QSizeF inches = p ? p->pageSizeF() / 72.0 : QSizeF();
        const QSizeF pixels = inches * RenderDpi;
        if (p && pixels.width() * pixels.height() > double(MaxPixels))
            return Error { fileName, 0, -1,
                tr("Page %1 of the PDF is too large to read (%2 × %3 inches); a scanned page is at most A3 "
                   "(11.7 × 16.5 inches).")
                    .arg(page + 1)
                    .arg(inches.width(), 0, 'f', 1)
                    .arg(inches.height(), 0, 'f', 1) };
        QImage image = p ? p->renderToImage(RenderDpi, RenderDpi) : QImage();
        if (image.isNull())
            return Error { fileName, 0, -1, tr("Page %1 of the PDF cannot be rendered: it is damaged.").arg(page + 1) };
        return image;
    };
    return read(pages, render, RenderDpi, fileName, options);
}

Result<QImage> ScanReader::tiffPage(const QByteArray& bytes, int page, const QString& fileName)
{
    silenceLibraries();
    PIX* pix = pixReadMemTiff(reinterpret_cast<const l_uint8*>(bytes.constData()), size_t(bytes.size()), page);
    QImage image = pix ? toQImage(pix) : QImage();
    pixDestroy(&pix);
    if (image.isNull())
        return Error { fileName, 0, -1, tr("Page %1 of the TIFF file cannot be read: it is damaged.").arg(page + 1) };
    return image;
}

Result<ScannedText> ScanReader::readImage(const QByteArray& bytes, const QString& fileName, const ScanOptions& options)
{
    silenceLibraries();
    const auto tooLarge = [&fileName](int page, QSize size) {
        return Error { fileName, 0, -1,
            tr("Page %1 is too large to read (%2 × %3 pixels); a page scanned at 300 dpi is at most A3 (3508 × 4961). "
               "Scan it again at 300 dpi.")
                .arg(page)
                .arg(size.width())
                .arg(size.height()) };
    };
    const bool tiff = bytes.startsWith("II*") || bytes.startsWith("MM\x00*");
    if (tiff) {
        // Qt has no TIFF reader of its own; Leptonica reads one page at a time, after the chain of pages was
        // walked here: its length, loops and every page's size are known before a pixel is decoded.
        const auto sizes = TiffDirectory::pages(bytes, PdfReader::MaxPages);
        if (!sizes)
            return Error { fileName, 0, -1, sizes.error().message };
        for (int i = 0; i < sizes->size(); ++i)
            if (qint64(sizes->at(i).width()) * sizes->at(i).height() > MaxPixels)
                return tooLarge(i + 1, sizes->at(i));
        const auto decode = [&bytes, &fileName](int page) { return tiffPage(bytes, page, fileName); };
        const auto first = decode(0);
        if (!first)
            return first.error();
        const PageImage page
            = [&decode, &first](int index, int) -> Result<QImage> { return index == 0 ? first : decode(index); };
        return read(int(sizes->size()), page, dpiOf(first.value()), fileName, options);
    }
    // libpng prints its complaint about a damaged file to stderr before Qt sees it: a damaged PNG is told first.
    const QString damaged = tr("The image cannot be read: it is damaged or not a PNG, JPEG or TIFF file.");
    if (bytes.startsWith("\x89PNG") && !isWholePng(bytes))
        return Error { fileName, 0, -1, damaged };
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxPixels)
        return tooLarge(1, size);
    QImage image;
    if (reader.read(&image) && !image.isNull())
        return readPages({ image }, dpiOf(image), fileName, options);
    return Error { fileName, 0, -1, damaged };
}

Result<ScannedText> ScanReader::readPages(
    const QList<QImage>& pages, int dpi, const QString& fileName, const ScanOptions& options)
{
    return read(
        int(pages.size()), [&pages](int page, int) -> Result<QImage> { return pages[page]; }, dpi, fileName, options);
}

Result<ScannedText> ScanReader::read(
    int pageCount, const PageImage& image, int dpi, const QString& fileName, const ScanOptions& options)
{
    struct Page
    {
        QList<OcrLine> lines;
        QSize size;
        ScanPageImage kept;
        std::optional<Error> error;
    };
    std::vector<Page> pages(static_cast<size_t>(pageCount));
    std::atomic_int next { 0 };
    std::atomic_bool failed { false };
    std::mutex mutex;
    int done = 0;
    QElapsedTimer clock;
    clock.start();
    const auto cancelled = [&options] { return options.cancel && options.cancel->load(); };
    const auto fail = [&](int page, Error error) {
        pages[size_t(page)].error = std::move(error);
        failed = true;
    };
    const auto work = [&](int worker) {
        auto engine = OcrEngine::create();
        if (!engine) {
            fail(0, Error { fileName, 0, -1, engine.error().message });
            return;
        }
        for (int p = next++; p < pageCount && !failed && !cancelled(); p = next++) {
            auto page = image(p, worker);
            if (!page) {
                fail(p, page.error());
                return;
            }
            const QImage& picture = page.value();
            if (std::min(picture.width(), picture.height()) < MinSide) {
                fail(p,
                    Error { fileName, 0, -1,
                        tr("Page %1 is too small to read (%2 × %3 pixels); scan it at 300 dpi.")
                            .arg(p + 1)
                            .arg(picture.width())
                            .arg(picture.height()) });
                return;
            }
            Page& out = pages[size_t(p)];
            out.lines = engine.value()->recognise(picture, dpi, options.cancel);
            if (cancelled())
                return;
            if (out.lines.isEmpty()) {
                fail(p,
                    Error { fileName, 0, -1,
                        tr("Page %1 yields no text: it is blank or holds no printed text. Remove the page from "
                           "the scan and import again.")
                            .arg(p + 1) });
                return;
            }
            out.size = picture.size();
            out.kept.page = p;
            out.kept.image = keptImage(picture, dpi, &out.kept.size);
            const std::lock_guard lock(mutex);
            ++done;
            if (options.progress)
                options.progress({ done, pageCount, clock.elapsed() });
        }
    };
    const int threads
        = std::clamp(options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1, std::max(1, pageCount));
    std::vector<std::thread> workers;
    for (int w = 1; w < threads; ++w)
        workers.emplace_back(work, w);
    work(0);
    for (std::thread& worker : workers)
        worker.join();

    if (cancelled())
        return Error { fileName, 0, -1, tr("Reading the scan was cancelled."), QString::fromLatin1(Cancelled) };
    for (const Page& page : pages) {
        if (page.error)
            return page.error.value();
    }

    // Lines are laid out by their baselines, each as tall as the page's typical line, so that accents and
    // descenders do not look like paragraph gaps.
    QList<LayoutPage> layout;
    for (const Page& page : pages) {
        LayoutPage out { QSizeF(page.size), {} };
        QList<int> heights;
        for (const OcrLine& line : page.lines)
            heights.append(line.box.height());
        std::sort(heights.begin(), heights.end());
        const qreal height = heights.isEmpty() ? 0 : heights[heights.size() / 2];
        for (const OcrLine& line : page.lines) {
            out.lines.append({ Radicals::toUnifiedIdeographs(line.text()),
                QRectF(line.box.left(), line.baseline - height, line.box.width(), height) });
        }
        layout.append(out);
    }
    const PageLayout::Text arranged = PageLayout::arrange(layout);
    ScannedText scanned;
    scanned.text = arranged.text;
    for (int p = 0; p < pageCount; ++p) {
        const Page& page = pages[size_t(p)];
        scanned.record.pages.append(page.kept);
        const double width = std::max(1, page.size.width());
        const double height = std::max(1, page.size.height());
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            const OcrLine& line = page.lines[i];
            ScanLineRecord record;
            record.line = arranged.lineNumbers[p][i];
            record.page = p;
            record.box = QRectF(
                line.box.x() / width, line.box.y() / height, line.box.width() / width, line.box.height() / height);
            record.confidence = line.lowestConfidence();
            for (const OcrWord& word : line.words) {
                if (word.confidence < ScanRecord::LowConfidence)
                    record.lowWords.append({ word.text, word.confidence });
            }
            scanned.record.lines.append(record);
        }
    }
    std::sort(scanned.record.lines.begin(), scanned.record.lines.end(),
        [](const ScanLineRecord& a, const ScanLineRecord& b) { return a.line < b.line; });
    return scanned;
}

} // namespace concord
