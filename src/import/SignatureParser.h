#pragma once

#include "import/Paragraph.h"
#include "model/Structure.h"

#include <QList>

namespace concord {

/// Reads the signature area at the end of a version: blocks of party lines and an office (`BÍ THƯ`,
/// `PHÓ BÍ THƯ`, `T/M BAN THƯỜNG VỤ`, `书记` …), each followed, in the same order, by the signatory's name.
/// Two-column layouts put two blocks before two names; names are matched to blocks first come, first
/// served. Bilingual names (`Nguyen Phuong Thao 阮芳草`) give both forms.
class SignatureParser
{
public:
    /// Whether \a paragraph can be part of a signature area: short lines, no sentence.
    static bool isSignatureLike(const Paragraph& paragraph);

    /// The signature units of the area made of \a paragraphs.
    static QList<Unit> parse(const QList<Paragraph>& paragraphs);

    /// Whether \a line is a person's name (Vietnamese, pinyin-less Latin, Chinese, or both).
    static bool isPersonName(const QString& line);
};

} // namespace concord
