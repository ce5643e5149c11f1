#pragma once

#include "model/Agreement.h"
#include "model/Structure.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace concord {

class Gazetteer;

/// What a document says about itself, read from whichever language states it.
struct DocumentMetadata
{
    Agreement header; ///< kind, titles, reference, signing date and place, validity, binding
    int originals = 0; ///< number of originals ("lập thành 06 bản", "一式六份"); 0 when not stated
    QStringList parties; ///< gazetteer ids of the signing parties, in signature order
    QList<SignatureBlock> signatories; ///< as the first version lists them
    QStringList warnings; ///< where the two versions disagree
};

/// Reads the metadata of a document from its language versions (DESIGN.md, "Structure"): the kind from the
/// title, the reference number from the letter header, the signing date and place from the sentence that
/// says the document was signed, validity from "có giá trị … đến hết ngày …" / "有效期至 …" or the period in
/// the title, the binding flag, the number of originals, and the parties from the signature blocks through
/// the gazetteer. Each value is read from each version; when both state it and they disagree, the
/// Vietnamese value is kept and a warning says what the Chinese says.
class MetadataExtractor
{
    Q_DECLARE_TR_FUNCTIONS(concord::MetadataExtractor)

public:
    static DocumentMetadata extract(const QList<LanguageVersion>& versions, bool isLetter, const Gazetteer& gazetteer);
};

} // namespace concord
