#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace concord::test {

/// What a scanner and a tired office add to a printed page.
struct ScanNoise
{
    double rotation = 0; ///< degrees, clockwise
    int jpegQuality = 0; ///< compress and decompress at this quality (1–100); 0 for none
    double speckle = 0; ///< share of pixels flipped to a random grey
    bool stamp = false; ///< a red seal, ring and star, over the text in the lower half
};

/// Sample agreements printed the way an office prints them, for the OCR tests: the file's paragraphs (markup
/// removed, headings and bold paragraphs in bold) in Noto Serif / Noto Serif CJK SC, 12 pt, on A4 pages at
/// \a dpi, with a page number in the bottom margin — rendered by Qt, so no hand-made scan is needed.
class ScanPages
{
public:
    /// The share of characters a reading got right, per language; -1 for a language the printed text lacks.
    struct Accuracy
    {
        double vietnamese = -1;
        double chinese = -1;
    };
    /// How much of \a fileText, printed, the recognised \a text got right (characterAccuracy of each language's
    /// paragraphs).
    static Accuracy accuracy(const QString& text, const QString& fileText);

    /// The paragraphs as printed: what a perfect reading of the pages gives (page numbers aside).
    static QStringList printedParagraphs(const QString& fileText);
    static QList<QImage> print(const QString& fileText, int dpi = 300);
    /// \a page with \a noise; the same seed gives the same page.
    static QImage addNoise(const QImage& page, const ScanNoise& noise, quint32 seed = 1);

    /// One page's worth of a sample: its first paragraphs in \a chinese or Vietnamese, up to \a characters.
    static QString firstParagraphs(const QString& fileText, bool chinese, int characters);
    /// \a pages as one multi-page TIFF (grey, compressed without loss), written by Leptonica.
    static bool writeTiff(const QList<QImage>& pages, const QString& path);
    /// \a pages as a PDF of images, without a text layer: what a scanner's "scan to PDF" makes.
    static bool writeScannedPdf(const QList<QImage>& pages, const QString& path);

    /// The paragraphs of \a text written mostly in Chinese (\a chinese) or not, joined, without white space.
    static QString languagePart(const QStringList& paragraphs, bool chinese);
    /// 1 − (edit distance / length of \a truth), both without white space: the share of characters right.
    static double characterAccuracy(const QString& recognised, const QString& truth);
};

} // namespace concord::test
