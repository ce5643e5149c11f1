#pragma once

#include "import/Gazetteer.h"
#include "import/MetadataExtractor.h"
#include "import/ScanReader.h"
#include "model/Result.h"
#include "model/Structure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace concord {

class Gazetteer;

/// One document of a file: its language versions, as unit trees, and its metadata.
struct ParsedDocument
{
    QList<LanguageVersion> versions; ///< in the order they appear in the file
    DocumentMetadata metadata;
    int forwards = -1; ///< for a forwarding letter: index (in ParsedFile::documents) of the document it carries

    const LanguageVersion* version(Language language) const;
};

/// A file read into its documents: usually one; a forwarding letter (công văn) and the document it
/// carries make two, linked by ParsedDocument::forwards.
struct ParsedFile
{
    QString path;
    QString encoding; ///< as the Decoder found it for text files; "docx", "pdf" or "ocr" for those
    double encodingConfidence = 0;
    QString rawText; ///< the decoded text, verbatim (NFC): debris stays in here
    QList<ParsedDocument> documents;
    ScanRecord scan; ///< for a scan read by OCR: each line's page, box and confidence, and the page images

    bool isScan() const { return !scan.isEmpty(); }
};

/// Reads a file and runs it through the pipeline: decode → paragraphs → forwarding letter → split by
/// language → structure → metadata. Images, and PDFs without a usable text layer, are read by OCR (ScanReader)
/// into the same light text first.
class DocumentParser
{
    Q_DECLARE_TR_FUNCTIONS(concord::DocumentParser)

public:
    /// Parties are found through \a gazetteer (the built-in one unless a caller injects another).
    /// \a scan tells a scan's progress and carries its Cancel.
    static Result<ParsedFile> parseFile(
        const QString& path, const Gazetteer& gazetteer = Gazetteer::builtIn(), const ScanOptions& scan = {});
    /// The same for text already decoded; \a name is used in messages.
    static Result<ParsedFile> parseText(
        const QString& text, const QString& name, const Gazetteer& gazetteer = Gazetteer::builtIn());
};

} // namespace concord
