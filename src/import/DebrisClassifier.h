#pragma once

#include "import/Paragraph.h"

#include <QString>

namespace concord {

/// Recognises paragraphs that are not part of the document's text: stray page numbers (`18`, `- 3 -`,
/// `Trang 2`), scan residue (`Ch. Kao`, a lone `周`), stamp blocks that converters leave as HTML or tabbed
/// fields (`<b>SỞ NGOẠI VỤ</b>`, `ĐẾN Ngày: 22/3/22`) and paragraphs that are only markup (`\*`).
class DebrisClassifier
{
public:
    /// The reason \a paragraph is debris ("page-number", "scan-residue", "stamp", "markup"), or an empty
    /// string when it is text.
    static QString classify(const Paragraph& paragraph);
};

} // namespace concord
