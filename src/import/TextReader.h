#pragma once

#include "import/Paragraph.h"

#include <QList>
#include <QString>

namespace concord {

/// Reads plain text and the Markdown that converters produce (`**bold**`, `# heading`, `~~struck~~`,
/// `\*`, stray HTML such as `<b>…</b>`) into paragraphs separated by blank lines, with the markup removed
/// and remembered.
class TextReader
{
public:
    static QList<Paragraph> paragraphs(const QString& text);

    /// One line without its markup; sets the flags it found.
    static QString cleanLine(const QString& line, int* heading, bool* bold, bool* html, QStringList* struck);
};

} // namespace concord
