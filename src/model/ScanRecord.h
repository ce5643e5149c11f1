#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QString>

#include <utility>

namespace concord {

struct LanguageVersion;

/// A recognised word Tesseract was unsure of, and how sure it was (0–100).
struct ScanWordMark
{
    QString word;
    int confidence = 0;
};

/// One line of the text an OCR reader wrote: where it was on the scan, and how sure the recogniser was.
struct ScanLineRecord
{
    int line = 0; ///< 1-based line of the file's text
    int page = 0; ///< 0-based page of the scan
    QRectF box; ///< on its page, in fractions of the page's width and height (0–1)
    int confidence = 100; ///< the lowest word confidence in the line (0–100)
    QList<ScanWordMark> lowWords; ///< its words below ScanRecord::LowConfidence, in reading order
};

/// A page of the scan, kept (reduced) so that the reader can show a unit's image beside its text.
struct ScanPageImage
{
    int page = 0;
    QSize size; ///< of the stored image, in pixels
    QByteArray image; ///< PNG
};

/// What an OCR import keeps of the scan: a record per line of text and the page images.
struct ScanRecord
{
    /// Words recognised with less confidence than this are marked in the reader (Tesseract's LSTM engine gives
    /// right words 85–96 and misread ones mostly below 70).
    static constexpr int LowConfidence = 70;

    QList<ScanLineRecord> lines; ///< ordered by line
    QList<ScanPageImage> pages; ///< ordered by page

    /// What a unit spanning lines \a first … \a last (1-based, inclusive) came from.
    struct Span
    {
        bool found = false; ///< some line of the range was recognised
        int confidence = 100; ///< the lowest word confidence in the range
        int page = 0; ///< the page of its first line
        QRectF box; ///< the lines on that page, united
        QList<ScanWordMark> lowWords;

        /// Takes in \a other, which comes after: its box when it is on this span's page, its lowest confidence and
        /// its doubtful words.
        void add(const Span& other);
    };
    Span span(int first, int last) const;
    /// What unit \a index of \a version came from: its lines run to the line before the next unit's.
    Span spanOf(const LanguageVersion& version, int index) const;
    bool isEmpty() const { return lines.isEmpty(); }

    /// Where the doubtful \a words are in \a text (start, length), each searched after the one before it; a word
    /// the text no longer holds (a person split the unit there, say) is left out.
    static QList<std::pair<qsizetype, qsizetype>> locate(const QString& text, const QList<ScanWordMark>& words);
};

} // namespace concord
