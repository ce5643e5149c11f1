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

QString SearchText::snippet(
    const QString& text, const QList<std::pair<qsizetype, qsizetype>>& highlights, qsizetype width)
{
    // From the start when the first hit is near it, else a little before the hit, so that it shows what leads to it.
    const qsizetype first = highlights.isEmpty() ? 0 : highlights.front().first;
    const qsizetype start = first < width * 3 / 4 ? 0
        : first + width / 2 > text.size()         ? std::max<qsizetype>(0, text.size() - width)
                                                  : first - width / 4;
    const qsizetype end = std::min(text.size(), start + width);
    QString marked;
    marked.reserve(end - start + 16);
    qsizetype at = start;
    for (const auto& [hit, length] : highlights) {
        const qsizetype from = std::max(hit, at);
        const qsizetype to = std::min(hit + length, end);
        if (from >= end)
            break;
        if (to <= from)
            continue;
        marked += QStringView(text).mid(at, from - at);
        marked += QLatin1Char('[');
        marked += QStringView(text).mid(from, to - from);
        marked += QLatin1Char(']');
        at = to;
    }
    marked += QStringView(text).mid(at, end - at);
    marked.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (start > 0)
        marked.prepend(QChar(0x2026));
    if (end < text.size())
        marked.append(QChar(0x2026));
    return marked;
}

} // namespace concord
