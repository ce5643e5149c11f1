#include "support/ScanPages.h"

#include "import/TextReader.h"
#include "text/ScriptClassifier.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <leptonica/allheaders.h>
#include <vector>

namespace concord::test {

namespace {

QString withoutSpace(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

/// The lines of \a paragraph as printed: trimmed, empty ones left out.
QStringList printedLines(const Paragraph& paragraph)
{
    QStringList lines;
    for (const SourceLine& line : paragraph.lines) {
        if (!line.text.trimmed().isEmpty())
            lines.append(line.text.trimmed());
    }
    return lines;
}

} // namespace

QStringList ScanPages::printedParagraphs(const QString& fileText)
{
    QStringList out;
    for (const Paragraph& paragraph : TextReader::paragraphs(fileText)) {
        const QStringList lines = printedLines(paragraph);
        if (!lines.isEmpty())
            out.append(lines.join(QLatin1Char('\n')));
    }
    return out;
}

QList<QImage> ScanPages::print(const QString& fileText, int dpi)
{
    const QSizeF page(8.27 * dpi, 11.69 * dpi);
    const qreal margin = 0.9 * dpi;
    QTextDocument document;
    QFont font;
    font.setFamilies({ QStringLiteral("Noto Serif"), QStringLiteral("Noto Serif CJK SC") });
    font.setPixelSize(12 * dpi / 72);
    document.setDefaultFont(font);
    document.setDocumentMargin(margin);
    document.setPageSize(page);
    QTextCursor cursor(&document);
    QTextBlockFormat block;
    block.setBottomMargin(6.0 * dpi / 72);
    bool first = true;
    const QList<Paragraph> paragraphs = TextReader::paragraphs(fileText);
    for (const Paragraph& paragraph : paragraphs) {
        const QStringList lines = printedLines(paragraph);
        if (lines.isEmpty())
            continue;
        if (!first)
            cursor.insertBlock(block);
        else
            cursor.setBlockFormat(block);
        first = false;
        QTextCharFormat format;
        format.setFontWeight(paragraph.bold || paragraph.heading > 0 ? QFont::Bold : QFont::Normal);
        cursor.insertText(lines.join(QChar::LineSeparator), format);
    }
    QList<QImage> pages;
    const int count = document.pageCount();
    for (int p = 0; p < count; ++p) {
        QImage image(page.toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.save();
        painter.translate(0, -p * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * page.height(), page.width(), page.height());
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        QFont number = font;
        number.setPixelSize(10 * dpi / 72);
        painter.setFont(number);
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(0, page.height() - 0.6 * dpi, page.width(), 0.3 * dpi), Qt::AlignCenter, QString::number(p + 1));
        painter.end();
        pages.append(image);
    }
    return pages;
}

QImage ScanPages::addNoise(const QImage& page, const ScanNoise& noise, quint32 seed)
{
    QImage out = page.convertToFormat(QImage::Format_RGB32);
    QRandomGenerator random(seed);
    if (noise.stamp) {
        QPainter painter(&out);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal radius = out.width() * 0.11;
        const QPointF centre(out.width() * 0.62, out.height() * 0.62);
        const QColor red(220, 30, 40, 210);
        painter.setPen(QPen(red, radius * 0.06));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, radius, radius);
        painter.drawEllipse(centre, radius * 0.86, radius * 0.86);
        QPainterPath star;
        for (int i = 0; i < 10; ++i) {
            const qreal r = i % 2 ? radius * 0.12 : radius * 0.3;
            const qreal angle = -M_PI / 2 + i * M_PI / 5;
            const QPointF point = centre + QPointF(r * std::cos(angle), r * std::sin(angle));
            i ? star.lineTo(point) : star.moveTo(point);
        }
        star.closeSubpath();
        painter.fillPath(star, red);
        painter.end();
    }
    if (noise.rotation != 0) {
        QImage rotated = out.transformed(QTransform().rotate(noise.rotation), Qt::SmoothTransformation);
        QImage framed(out.size(), QImage::Format_RGB32);
        framed.fill(Qt::white);
        QPainter painter(&framed);
        painter.drawImage(QPointF((out.width() - rotated.width()) / 2.0, (out.height() - rotated.height()) / 2.0),
            rotated.convertToFormat(QImage::Format_ARGB32));
        painter.end();
        framed.setDotsPerMeterX(out.dotsPerMeterX());
        framed.setDotsPerMeterY(out.dotsPerMeterY());
        out = framed;
        // transformed() leaves the corners transparent (black once flattened): white them as paper is.
    }
    if (noise.speckle > 0) {
        const qint64 count = qint64(noise.speckle * out.width() * out.height());
        for (qint64 i = 0; i < count; ++i) {
            const int x = int(random.bounded(out.width()));
            const int y = int(random.bounded(out.height()));
            const int grey = int(random.bounded(256));
            out.setPixel(x, y, qRgb(grey, grey, grey));
        }
    }
    if (noise.jpegQuality > 0) {
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        out.save(&buffer, "JPEG", noise.jpegQuality);
        QImage decoded;
        decoded.loadFromData(jpeg, "JPEG");
        decoded.setDotsPerMeterX(out.dotsPerMeterX());
        decoded.setDotsPerMeterY(out.dotsPerMeterY());
        out = decoded.convertToFormat(QImage::Format_RGB32);
    }
    return out;
}

QString ScanPages::firstParagraphs(const QString& fileText, bool chinese, int characters)
{
    QStringList taken;
    int size = 0;
    for (const QString& paragraph : printedParagraphs(fileText)) {
        if ((ScriptClassifier::dominant(paragraph) == Script::Han) != chinese)
            continue;
        if (size + paragraph.size() > characters)
            break;
        taken.append(paragraph);
        size += int(paragraph.size());
    }
    return taken.join(QStringLiteral("\n\n"));
}

bool ScanPages::writeTiff(const QList<QImage>& pages, const QString& path)
{
    QFile::remove(path);
    for (const QImage& page : pages) {
        const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
        PIX* pix = pixCreate(grey.width(), grey.height(), 8);
        pixSetResolution(pix, qRound(page.dotsPerMeterX() * 0.0254), qRound(page.dotsPerMeterY() * 0.0254));
        for (int y = 0; y < grey.height(); ++y) {
            l_uint32* line = pixGetData(pix) + qsizetype(y) * pixGetWpl(pix);
            const uchar* in = grey.constScanLine(y);
            for (int x = 0; x < grey.width(); ++x)
                SET_DATA_BYTE(line, x, in[x]);
        }
        const l_ok written = pixWriteTiff(path.toLocal8Bit().constData(), pix, IFF_TIFF_ZIP, "a");
        pixDestroy(&pix);
        if (written != 0)
            return false;
    }
    return true;
}

bool ScanPages::writeScannedPdf(const QList<QImage>& pages, const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF());
    writer.setResolution(300);
    QPainter painter(&writer);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), pages[i]);
    }
    return painter.end();
}

QString ScanPages::languagePart(const QStringList& paragraphs, bool chinese)
{
    QString out;
    for (const QString& paragraph : paragraphs) {
        const Script script = ScriptClassifier::dominant(paragraph);
        if (script == Script::None)
            continue;
        if ((script == Script::Han) == chinese)
            out += withoutSpace(paragraph);
    }
    return out;
}

ScanPages::Accuracy ScanPages::accuracy(const QString& text, const QString& fileText)
{
    const QStringList truth = printedParagraphs(fileText);
    const QStringList read = text.split(QStringLiteral("\n\n"));
    Accuracy out;
    const QString vietnamese = languagePart(truth, false);
    const QString chinese = languagePart(truth, true);
    if (!vietnamese.isEmpty())
        out.vietnamese = characterAccuracy(languagePart(read, false), vietnamese);
    if (!chinese.isEmpty())
        out.chinese = characterAccuracy(languagePart(read, true), chinese);
    return out;
}

double ScanPages::characterAccuracy(const QString& recognised, const QString& truth)
{
    const QString a = withoutSpace(recognised);
    const QString b = withoutSpace(truth);
    if (b.isEmpty())
        return a.isEmpty() ? 1.0 : 0.0;
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({ up + 1, row[size_t(j) - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = up;
        }
    }
    return 1.0 - double(row.back()) / double(b.size());
}

} // namespace concord::test
