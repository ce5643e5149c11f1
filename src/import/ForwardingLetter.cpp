#include "import/ForwardingLetter.h"

#include "import/SignatureParser.h"
#include "text/Fold.h"

#include <QRegularExpression>

namespace concord {

namespace {

bool endsWithName(const Paragraph& paragraph)
{
    return !paragraph.lines.isEmpty() && SignatureParser::isPersonName(paragraph.lines.back().text);
}

} // namespace

/// `Số 489-CV/TU`, `Số: 716-CV/TU`, `V/v triển khai …`, `Kính gửi:` near the top.
bool ForwardingLetter::isLetter(const QList<Paragraph>& paragraphs)
{
    static const QRegularExpression header(QStringLiteral("^(?:so:? ?\\d+[-/ ]*cv\\b|v/v |kinh gui\\b|- kinh gui\\b)"));
    const qsizetype scan = qMin<qsizetype>(paragraphs.size(), 12);
    for (qsizetype i = 0; i < scan; ++i) {
        if (header.match(Fold::fold(paragraphs[i].text())).hasMatch())
            return true;
    }
    return false;
}

ForwardingLetter::Split ForwardingLetter::split(const QList<Paragraph>& paragraphs)
{
    Split result;
    result.carried = paragraphs;
    if (!isLetter(paragraphs))
        return result;
    static const QRegularExpression recipients(QStringLiteral("^noi nhan\\s*:?"));
    qsizetype i = 0;
    while (i < paragraphs.size() && !recipients.match(Fold::fold(paragraphs[i].text())).hasMatch())
        ++i;
    if (i == paragraphs.size())
        return result;
    // The recipients, then the signature, which ends with the signatory's name, within a few paragraphs.
    // When the signature came first, the letter ends with the recipients list.
    const qsizetype listStart = i + 1;
    qsizetype end = -1;
    for (qsizetype k = listStart; k < qMin(paragraphs.size(), listStart + 6); ++k) {
        if (endsWithName(paragraphs[k])) {
            end = k;
            break;
        }
    }
    if (end < 0) {
        end = i;
        while (end + 1 < paragraphs.size() && paragraphs[end + 1].text().startsWith(QLatin1Char('-')))
            ++end;
    }
    i = end;
    if (i >= paragraphs.size() - 1)
        return result; // a letter that carries nothing
    result.letter = paragraphs.mid(0, i + 1);
    result.carried = paragraphs.mid(i + 1);
    return result;
}

} // namespace concord
