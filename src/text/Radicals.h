#pragma once

#include <QString>

namespace concord {

/// CJK radicals (U+2E80–U+2EFF, U+2F00–U+2FDF, U+31C0–U+31EF) replaced by the unified ideographs they stand
/// for. PDF text layers often give `⼴⻄` for `广西`: fonts share one glyph between a radical and its
/// ideograph, and the PDF writer's ToUnicode map names the radical. The table is Unicode's
/// EquivalentUnifiedIdeograph.txt (Unicode 15.0, from Debian's unicode-data package).
class Radicals
{
public:
    static QString toUnifiedIdeographs(const QString& text);
    /// The ideograph \a radical stands for (which may lie outside the BMP), or \a radical itself.
    static char32_t unified(char16_t radical);
};

} // namespace concord
