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
    const QString looked = needle(input);
    if (looked.isEmpty())
        return {};
    return highlights(Fold::foldWithSource(text), text.size(), looked);
}

QString SearchText::needle(QStringView input)
{
    return Fold::fold(input).trimmed();
}

QList<std::pair<qsizetype, qsizetype>> SearchText::highlights(
    const FoldedText& folded, qsizetype length, const QString& needle)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (needle.isEmpty())
        return ranges;
    for (qsizetype at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + needle.size()))
        ranges.append(folded.sourceRange(at, needle.size(), length));
    return ranges;
}

int SearchText::count(const FoldedText& folded, const QString& needle)
{
    int n = 0;
    if (needle.isEmpty())
        return n;
    for (qsizetype at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + needle.size()))
        ++n;
    return n;
}

} // namespace concord
