#include "model/ScanRecord.h"

#include <algorithm>

namespace concord {

ScanRecord::Span ScanRecord::span(int first, int last) const
{
    Span span;
    auto it = std::lower_bound(
        lines.cbegin(), lines.cend(), first, [](const ScanLineRecord& record, int line) { return record.line < line; });
    for (; it != lines.cend() && it->line <= last; ++it) {
        if (!span.found) {
            span.found = true;
            span.page = it->page;
            span.box = it->box;
        } else if (it->page == span.page) {
            span.box = span.box.united(it->box);
        }
        span.confidence = std::min(span.confidence, it->confidence);
        span.lowWords.append(it->lowWords);
    }
    return span;
}

} // namespace concord
