#include "model/ScanRecord.h"

#include "model/Structure.h"

#include <algorithm>

namespace concord {

ScanRecord::Span ScanRecord::span(int first, int last) const
{
    Span span;
    auto it = std::lower_bound(
        lines.cbegin(), lines.cend(), first, [](const ScanLineRecord& record, int line) { return record.line < line; });
    for (; it != lines.cend() && it->line <= last; ++it)
        span.add({ true, it->confidence, it->page, it->box, it->lowWords });
    return span;
}

void ScanRecord::Span::add(const Span& other)
{
    if (!other.found)
        return;
    if (!found) {
        *this = other;
        return;
    }
    if (other.page == page)
        box = box.united(other.box);
    confidence = std::min(confidence, other.confidence);
    lowWords.append(other.lowWords);
}

ScanRecord::Span ScanRecord::spanOf(const LanguageVersion& version, int index) const
{
    if (index < 0 || index >= version.units.size())
        return {};
    const int first = version.units[index].line;
    int last = std::max(first, version.lastLine);
    for (qsizetype next = index + 1; next < version.units.size(); ++next) {
        if (version.units[next].line > first) {
            last = version.units[next].line - 1;
            break;
        }
    }
    return span(first, last);
}

QList<std::pair<qsizetype, qsizetype>> ScanRecord::locate(const QString& text, const QList<ScanWordMark>& words)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    qsizetype from = 0;
    for (const ScanWordMark& word : words) {
        if (word.word.isEmpty())
            continue;
        const qsizetype at = text.indexOf(word.word, from);
        if (at < 0)
            continue;
        ranges.append({ at, word.word.size() });
        from = at + word.word.size();
    }
    return ranges;
}

} // namespace concord
