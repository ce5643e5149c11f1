#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace concord {

/// Reads the text of a Word document (.docx: a zip of Office Open XML, opened with QuaZip) as the same
/// light Markdown the text reader takes: one paragraph per block separated by blank lines, headings
/// (`Heading N`/`Title` styles, outline levels) as `#` lines, wholly bold paragraphs in `**`, automatic
/// numbering written out as the label Word would show (`Điều 1:`, `1.`, `a)`, `I.`, `一、`), line breaks
/// kept, and table cells as paragraphs in reading order (signature blocks are often tables).
class DocxReader
{
    Q_DECLARE_TR_FUNCTIONS(concord::DocxReader)

public:
    static Result<QString> read(const QByteArray& bytes, const QString& fileName);
};

} // namespace concord
