#pragma once

#include <QByteArray>
#include <QString>

namespace concord::test {

/// Writes a real .docx (zip of Office Open XML, through QuaZip) for reader tests.
class DocxMaker
{
public:
    /// A document from the light Markdown of the sample files: paragraphs split at blank lines, line
    /// breaks as <w:br/>, `# ` as Heading1, `**…**` as bold runs. With \a numberArticles, paragraphs that
    /// start with `Điều N:` or `第N条` lose their label and get Word's automatic numbering instead.
    static QByteArray fromMarkdown(const QString& text, bool numberArticles);

    /// A document whose word/document.xml body is \a bodyXml (paragraphs, tables …), with the numbering
    /// definitions in \a numberingXml (may be empty).
    static QByteArray fromBody(const QString& bodyXml, const QString& numberingXml = QString());
};

} // namespace concord::test
