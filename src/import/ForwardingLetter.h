#pragma once

#include "import/Paragraph.h"

#include <QList>

namespace concord {

/// Recognises an official letter (công văn) that carries another document: a letter header (`Số 489-CV/TU`,
/// `V/v …`, `Kính gửi:`), its recipients list (`Nơi nhận:`) and its signature, and after the signatory's
/// name the full text of the document it forwards (`BẢN GHI NHỚ …`, `Toàn văn Tuyên bố chung …`).
class ForwardingLetter
{
public:
    struct Split
    {
        QList<Paragraph> letter; ///< empty when the file is not a forwarding letter
        QList<Paragraph> carried; ///< the forwarded document, or the whole file
    };

    static Split split(const QList<Paragraph>& paragraphs);
    /// Whether \a paragraphs start like an official letter (reference `Số …-CV/…`, `V/v`, `Kính gửi`).
    static bool isLetter(const QList<Paragraph>& paragraphs);
};

} // namespace concord
