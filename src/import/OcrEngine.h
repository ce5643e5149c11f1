#pragma once

#include "model/Result.h"
#include "model/Structure.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

#include <atomic>
#include <memory>

namespace tesseract {
class ETEXT_DESC;
class ResultIterator;
class TessBaseAPI;
} // namespace tesseract

namespace concord {

/// A word as the recogniser read it.
struct OcrWord
{
    QString text;
    int confidence = 0; ///< 0–100
    QRect box; ///< in page pixels
};

/// A line of recognised text, in the language its paragraph was read in.
struct OcrLine
{
    QRect box;
    int baseline = 0; ///< where the letters sit, at the line's left end (steadier than the box: accents and
                      ///< descenders make boxes of one paragraph's lines differ in height)
    Language language = Language::Vietnamese;
    QList<OcrWord> words;
    /// The words joined: by a space in Vietnamese; in Chinese by nothing (Tesseract puts spaces between
    /// characters) except between two Latin letters or digits, with Chinese punctuation set full-width.
    QString text() const;
    int lowestConfidence() const;
};

/// Tesseract (through its C++ API) with its Vietnamese and Simplified Chinese models, reading one page at a time.
/// Language is decided per paragraph, not per page: the page's layout is analysed once, the first line of each
/// paragraph is read with the Chinese model, and the paragraph is then read whole with the model of the script
/// that line is in — so a page holding the end of the Vietnamese version and the start of the Chinese one comes
/// out right. Not thread-safe: one engine per thread (an engine costs about 0.4 s to start and 80 MB).
class OcrEngine
{
    Q_DECLARE_TR_FUNCTIONS(concord::OcrEngine)

public:
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    /// Starts both models; an error names the Debian package whose data is missing.
    static Result<std::unique_ptr<OcrEngine>> create();

    /// The lines of \a page (any format; colour is reduced to grey with red stamps removed) at \a dpi, in
    /// reading order. Stops early, returning what it has, once \a cancel is set.
    QList<OcrLine> recognise(const QImage& page, int dpi, const std::atomic_bool* cancel = nullptr);

    /// \a page in grey for recognition: saturated red (stamps, seals) turns white, everything else keeps its
    /// brightness.
    static QImage toGrey(const QImage& page);

private:
    /// Words of a Vietnamese paragraph read with less confidence than this are tried with the Chinese model.
    static constexpr int RereadBelow = 60;
    /// … and their Chinese reading is kept when the Chinese model is at least this sure of it.
    static constexpr int ChineseAtLeast = 75;

    /// A paragraph the layout analysis found: its lines' boxes.
    struct Region
    {
        QList<QRect> lines;
    };

    OcrEngine();
    /// The text paragraphs of \a page (the image set on the engines), found in page segmentation mode \a mode.
    QList<Region> layout(int mode, const QRect& page);
    /// A line of a Vietnamese paragraph read with less mean confidence than this is tried with the Chinese model.
    static constexpr int DoubtfulLineBelow = 75;

    /// The words of line \a box (read within \a area) in \a language.
    OcrLine readLine(Language language, const QRect& box, const QRect& area, tesseract::ETEXT_DESC* monitor);
    /// The words of a line read with the Chinese model, their punctuation full-width where it takes the room of
    /// a character.
    static QList<OcrWord> chineseWords(tesseract::ResultIterator& it);
    void rereadChineseWords(QList<OcrLine>& lines, qsizetype from, const QRect& bounds, int margin);
    std::unique_ptr<tesseract::TessBaseAPI> m_vietnamese;
    std::unique_ptr<tesseract::TessBaseAPI> m_chinese;
};

} // namespace concord
