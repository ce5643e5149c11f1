#include "store/SearchText.h"

#include "text/Fold.h"

namespace concord {

namespace {
bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}
} // namespace

QString SearchText::indexed(QStringView text)
{
    const QString folded = Fold::fold(text);
    QString out;
    out.reserve(folded.size() + folded.size() / 2);
    for (const QChar c : folded) {
        if (isHan(c)) {
            out += QLatin1Char(' ');
            out += c;
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

QString SearchText::query(QStringView input)
{
    // Tokens as the index has them, quoted as one phrase (FTS5 doubles quotes inside a string).
    QString tokens;
    for (const QChar c : indexed(input)) {
        if (c.isLetterOrNumber())
            tokens += c;
        else if (!tokens.isEmpty() && !tokens.endsWith(QLatin1Char(' ')))
            tokens += QLatin1Char(' ');
    }
    tokens = tokens.trimmed();
    if (tokens.isEmpty())
        return QString();
    return QLatin1Char('"') + tokens + QLatin1Char('"');
}

QList<std::pair<qsizetype, qsizetype>> SearchText::highlights(QStringView text, QStringView input)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    const QString needle = Fold::fold(input).trimmed();
    if (needle.isEmpty())
        return ranges;
    const FoldedText folded = Fold::foldWithSource(text);
    for (qsizetype at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + needle.size()))
        ranges.append(folded.sourceRange(at, needle.size(), text.size()));
    return ranges;
}

} // namespace concord
