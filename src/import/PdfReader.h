#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace concord {

/// Reads the text layer of a PDF (through poppler-qt6) as plain text in reading order: words joined into
/// lines by their position, lines into paragraphs where the gap between them is wider than the line
/// spacing. A page break keeps the paragraph going when the page's last line runs to the right margin.
/// Short lines in the top and bottom margins (page numbers, running headers) are page furniture: they
/// come out at the end, a paragraph each, for the structure parser to list as debris. A PDF without a
/// text layer (a scan) is an error that says so.
class PdfReader
{
    Q_DECLARE_TR_FUNCTIONS(concord::PdfReader)

public:
    /// Pages read at most: an agreement with its annexes has dozens; thousands are not an agreement.
    static constexpr int MaxPages = 2000;

    /// Poppler's own messages about a damaged file end up in the error, after Concord's sentence.
    static Result<QString> read(const QByteArray& bytes, const QString& fileName);
};

} // namespace concord
