#pragma once

#include "import/DocumentParser.h"

#include <QJsonObject>

namespace concord {

/// The JSON form of a parsed file that `concord-cli parse --json` prints: file, encoding, and per document
/// its metadata and, per language version, its units (kind, label, scheme, value, depth, level, parent,
/// line, text, signature) and its debris (text, line, reason).
class DocumentJson
{
public:
    static QJsonObject toJson(const ParsedFile& file);
    /// An agreement's header: kind, titles, reference, signing date and place, validity, binding.
    static QJsonObject agreement(const Agreement& header);
};

} // namespace concord
