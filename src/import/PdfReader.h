#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace concord {

/// Reads the text layer of a PDF (through poppler-qt6) as plain text in reading order: words joined into
/// lines by their position, lines into paragraphs where the gap between them is wider than the line
/// spacing. A page break keeps the paragraph going when the page's last line runs to the right margin.
/// Short lines in the top and bottom margins (page numbers, running headers) are page furniture: they
/// come out at the end, a paragraph each, for the structure parser to list as debris (PageLayout). A PDF without a
/// text layer (a scan), or whose text layer is garbage, is an error with code NoTextLayer: DocumentParser reads such
/// a PDF with ScanReader instead.
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(concord::PdfReader)

public:
    /// Pages read at most: an agreement with its annexes has dozens; thousands are not an agreement.
    static constexpr int MaxPages = 2000;
    /// Error::code of a PDF that has no usable text layer.
    static constexpr const char* NoTextLayer = "pdf-no-text-layer";

    /// Opens \a bytes; an error for a damaged, protected, empty or far too long PDF.
    static Result<std::unique_ptr<Poppler::Document>> open(const QByteArray& bytes, const QString& fileName);
    /// Poppler's own messages about a damaged file end up in the error, after Concord's sentence.
    static Result<QString> read(const QByteArray& bytes, const QString& fileName);
    /// A text layer that is not text: more than a quarter of its characters are symbols, private-use or
    /// replacement characters.
    static bool isGarbage(QStringView text);
};

} // namespace concord
