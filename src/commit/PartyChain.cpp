#include "commit/PartyChain.h"

#include "text/Fold.h"

#include <QRegularExpression>

namespace concord {

PartyChain PartyChain::find(const QString& clause, const QList<PlaceMention>& mentions, qsizetype from, qsizetype to)
{
    // What may stand between two parties of one subject: a joining word or bracket (in Chinese after the office:
    // "谅山省人民委员会与崇左市"), then the words of an office.
    static const QRegularExpression joint(
        QStringLiteral("^[\\s)）]*(?:$|\\p{Han}{0,8}(?:[,，、(（\\-–—]|(?:và|cùng|với|cùng "
                       "với|和|与|及|同|以及|会同)(?!\\p{L})))[^.;。；!?！？]{0,60}$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bracketAfter(QStringLiteral("^\\s*[(（][^()（）]{1,30}[)）]"));
    PartyChain chain;
    for (const PlaceMention& m : mentions) {
        if (m.start < from || m.start + m.length > to)
            continue;
        if (chain.places == 0) {
            chain.from = m.start;
            chain.to = m.start + m.length;
            chain.places = 1;
            continue;
        }
        if (m.start < chain.to)
            continue; // overlapping names of one place
        if (!joint.match(clause.mid(chain.to, m.start - chain.to)).hasMatch()) {
            chain.more = true;
            break;
        }
        chain.to = m.start + m.length;
        ++chain.places;
    }
    if (chain.places > 0) {
        const auto bracket = bracketAfter.match(clause.mid(chain.to, 40));
        if (bracket.hasMatch())
            chain.to += bracket.capturedLength(0);
    }
    return chain;
}

bool PartyChain::describes(const QString& rest, Language language)
{
    static const QRegularExpression vi(
        QStringLiteral("^(?:la|co|nam|gom|thuoc|duoc|vua|tung|da|dang|cung la|khong)\\b"));
    static const QRegularExpression zh(QStringLiteral("^(?:是|有|位于|属于|拥有|已|曾|正在|不)"));
    const QString folded = Fold::fold(rest.left(20)).trimmed();
    return folded.isEmpty() || folded.contains(language == Language::Chinese ? zh : vi);
}

} // namespace concord
