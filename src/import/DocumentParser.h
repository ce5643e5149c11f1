#pragma once

#include "import/Gazetteer.h"
#include "import/MetadataExtractor.h"
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
    QString encoding; ///< as the Decoder found it for text files; "docx" or "pdf" for those
    double encodingConfidence = 0;
    QString rawText; ///< the decoded text, verbatim (NFC): debris stays in here
    QList<ParsedDocument> documents;
};

/// Reads a file and runs it through the pipeline: decode → paragraphs → forwarding letter → split by
/// language → structure → metadata.
class DocumentParser
{
    Q_DECLARE_TR_FUNCTIONS(concord::DocumentParser)

public:
    /// Parties are found through \a gazetteer (the built-in one unless a caller injects another).
    static Result<ParsedFile> parseFile(const QString& path, const Gazetteer& gazetteer = Gazetteer::builtIn());
    /// The same for text already decoded; \a name is used in messages.
    static Result<ParsedFile> parseText(
        const QString& text, const QString& name, const Gazetteer& gazetteer = Gazetteer::builtIn());
};

} // namespace concord
