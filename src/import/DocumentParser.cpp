#include "import/DocumentParser.h"

#include "import/DocxReader.h"
#include "import/ForwardingLetter.h"
#include "import/Gazetteer.h"
#include "import/LanguageSplitter.h"
#include "import/PdfReader.h"
#include "import/SourceFile.h"
#include "import/StructureParser.h"
#include "import/TextReader.h"
#include "import/UnitRoles.h"
#include "text/Decoder.h"

namespace concord {

namespace {

ParsedDocument parseDocument(const QList<Paragraph>& paragraphs, bool isLetter, const Gazetteer& gazetteer)
{
    ParsedDocument document;
    for (const LanguageBlock& block : LanguageSplitter::split(paragraphs))
        document.versions.append(StructureParser::parse(block.language, block.paragraphs));
    // Roles the two versions should agree on (closing inside or after the last article) are decided once.
    if (document.versions.size() == 2 && document.versions[0].language != document.versions[1].language) {
        LanguageVersion& first = document.versions[0];
        LanguageVersion& second = document.versions[1];
        if (first.language == Language::Vietnamese)
            UnitRoles::harmonise(first, second);
        else
            UnitRoles::harmonise(second, first);
    }
    document.metadata = MetadataExtractor::extract(document.versions, isLetter, gazetteer);
    return document;
}

} // namespace

const LanguageVersion* ParsedDocument::version(Language language) const
{
    for (const LanguageVersion& v : versions) {
        if (v.language == language)
            return &v;
    }
    return nullptr;
}

Result<ParsedFile> DocumentParser::parseFile(const QString& path, const Gazetteer& gazetteer, const ScanOptions& scan)
{
    auto file = SourceFile::read(path);
    if (!file)
        return file.error();
    QString text;
    QString encoding;
    double confidence = 1.0;
    std::optional<ScannedText> scanned;
    switch (file->format) {
    case SourceFormat::PlainText: {
        auto decoded = Decoder::decode(file->bytes, path);
        if (!decoded)
            return decoded.error();
        // Every line end one '\n': Windows' CR LF, and the CR alone of old Mac files (else one line of the whole).
        text = decoded->text;
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        encoding = decoded->encoding;
        confidence = decoded->confidence;
        break;
    }
    case SourceFormat::Docx: {
        auto read = DocxReader::read(file->bytes, path);
        if (!read)
            return read.error();
        text = Decoder::toNfc(read.value());
        encoding = QStringLiteral("docx");
        break;
    }
    case SourceFormat::Pdf: {
        auto read = PdfReader::read(file->bytes, path);
        if (read) {
            text = Decoder::toNfc(read.value());
            encoding = QStringLiteral("pdf");
            break;
        }
        if (read.error().code != QLatin1String(PdfReader::NoTextLayer))
            return read.error();
        auto ocr = ScanReader::readPdf(file->bytes, path, scan);
        if (!ocr)
            return ocr.error();
        scanned = std::move(ocr).value();
        break;
    }
    case SourceFormat::Image: {
        auto ocr = ScanReader::readImage(file->bytes, path, scan);
        if (!ocr)
            return ocr.error();
        scanned = std::move(ocr).value();
        break;
    }
    }
    if (scanned) {
        text = Decoder::toNfc(scanned->text);
        encoding = QStringLiteral("ocr");
    }
    auto parsed = parseText(text, path, gazetteer);
    if (parsed) {
        parsed->encoding = encoding;
        parsed->encodingConfidence = confidence;
        if (scanned) {
            parsed->scan = std::move(scanned->record);
            for (ParsedDocument& document : parsed->documents)
                document.metadata.header.scanned = true;
        }
    }
    return parsed;
}

Result<ParsedFile> DocumentParser::parseText(const QString& text, const QString& name, const Gazetteer& gazetteer)
{
    ParsedFile file;
    file.path = name;
    file.rawText = text;
    const QList<Paragraph> paragraphs = TextReader::paragraphs(text);
    if (paragraphs.isEmpty())
        return Error { name, 0, -1, tr("The file has no text.") };
    const ForwardingLetter::Split split = ForwardingLetter::split(paragraphs);
    if (!split.letter.isEmpty()) {
        file.documents.append(parseDocument(split.letter, true, gazetteer));
        file.documents.front().forwards = 1;
    }
    file.documents.append(
        parseDocument(split.carried, split.letter.isEmpty() && ForwardingLetter::isLetter(paragraphs), gazetteer));
    return file;
}

} // namespace concord
