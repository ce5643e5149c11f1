#pragma once

#include "import/Paragraph.h"
#include "model/Structure.h"

#include <QList>

namespace concord {

/// The paragraphs of one language in a file.
struct LanguageBlock
{
    Language language = Language::Vietnamese;
    QList<Paragraph> paragraphs;
};

/// Splits a file's paragraphs into its Vietnamese and Chinese versions by script. The versions follow one
/// another (either may come first, either may be alone), so the split is the one cut that puts the most
/// text in its own script on each side; paragraphs without letters, and mixed lines such as
/// `Nguyen Phuong Thao 阮芳草`, go with their neighbours.
class LanguageSplitter
{
public:
    /// Below this share of the letters, a second script is a quotation, not a version.
    static constexpr double MinorityShare = 0.10;

    static QList<LanguageBlock> split(const QList<Paragraph>& paragraphs);
};

} // namespace concord
