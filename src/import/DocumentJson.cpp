#include "import/DocumentJson.h"

#include "text/TextQuality.h"

#include <QFileInfo>
#include <QJsonArray>

namespace concord {

namespace {

QJsonObject signatureJson(const SignatureBlock& block)
{
    return QJsonObject {
        { QStringLiteral("party"), block.party },
        { QStringLiteral("office"), block.office },
        { QStringLiteral("person"), block.person },
        { QStringLiteral("person_alt"), block.personAlternate },
    };
}

QJsonObject unitJson(const Unit& unit)
{
    QJsonObject object {
        { QStringLiteral("kind"), Unit::kindKey(unit.kind) },
        { QStringLiteral("line"), unit.line },
        { QStringLiteral("level"), unit.level },
        { QStringLiteral("parent"), unit.parent },
        { QStringLiteral("text"), unit.text },
    };
    if (unit.label) {
        object.insert(QStringLiteral("label"), unit.label->text);
        object.insert(QStringLiteral("scheme"), NumberingLabel::schemeKey(unit.label->scheme));
        object.insert(QStringLiteral("value"), unit.label->value);
        object.insert(QStringLiteral("depth"), unit.label->depth);
        object.insert(QStringLiteral("uncertain"), unit.label->uncertain);
    }
    if (unit.kind == UnitKind::Signature)
        object.insert(QStringLiteral("signature"), signatureJson(unit.signature));
    return object;
}

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject metadataJson(const DocumentMetadata& metadata)
{
    QJsonArray signatories;
    for (const SignatureBlock& block : metadata.signatories)
        signatories.append(signatureJson(block));
    QJsonObject object = DocumentJson::agreement(metadata.header);
    object.insert(QStringLiteral("originals"), metadata.originals);
    object.insert(QStringLiteral("parties"), QJsonArray::fromStringList(metadata.parties));
    object.insert(QStringLiteral("signatories"), signatories);
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(metadata.warnings));
    return object;
}

QJsonObject versionJson(const LanguageVersion& version)
{
    QJsonArray units;
    for (const Unit& unit : version.units)
        units.append(unitJson(unit));
    QJsonArray debris;
    for (const Debris& piece : version.debris) {
        debris.append(QJsonObject {
            { QStringLiteral("text"), piece.text },
            { QStringLiteral("line"), piece.line },
            { QStringLiteral("reason"), piece.reason },
        });
    }
    return QJsonObject {
        { QStringLiteral("language"), LanguageVersion::languageKey(version.language) },
        { QStringLiteral("first_line"), version.firstLine },
        { QStringLiteral("last_line"), version.lastLine },
        { QStringLiteral("units"), units },
        { QStringLiteral("debris"), debris },
    };
}

} // namespace

QJsonObject DocumentJson::agreement(const Agreement& header)
{
    return QJsonObject {
        { QStringLiteral("kind"), kindKey(header.kind) },
        { QStringLiteral("title_vi"), header.titleVi },
        { QStringLiteral("title_zh"), header.titleZh },
        { QStringLiteral("reference"), header.reference },
        { QStringLiteral("signed_on"), dateJson(header.signedOn) },
        { QStringLiteral("place"), header.place },
        { QStringLiteral("valid_from"), dateJson(header.validFrom) },
        { QStringLiteral("valid_to"), dateJson(header.validTo) },
        { QStringLiteral("binding"), header.binding ? QJsonValue(*header.binding) : QJsonValue() },
        // What the list and the reader show: text that reads as OCR output, to check against the original; and
        // text Concord itself read from a scan.
        { QStringLiteral("ocr_text"), header.ocrText },
        { QStringLiteral("ocr_warning"), header.ocrText ? QJsonValue(TextQuality::ocrWarning()) : QJsonValue() },
        { QStringLiteral("scanned"), header.scanned },
    };
}

QJsonObject DocumentJson::toJson(const ParsedFile& file)
{
    QJsonArray documents;
    for (const ParsedDocument& document : file.documents) {
        QJsonArray versions;
        for (const LanguageVersion& version : document.versions)
            versions.append(versionJson(version));
        QJsonObject object {
            { QStringLiteral("metadata"), metadataJson(document.metadata) },
            { QStringLiteral("versions"), versions },
        };
        object.insert(
            QStringLiteral("forwards"), document.forwards >= 0 ? QJsonValue(document.forwards) : QJsonValue());
        documents.append(object);
    }
    return QJsonObject {
        { QStringLiteral("file"), QFileInfo(file.path).fileName() },
        { QStringLiteral("encoding"), file.encoding },
        { QStringLiteral("encoding_confidence"), file.encodingConfidence },
        { QStringLiteral("documents"), documents },
    };
}

} // namespace concord
