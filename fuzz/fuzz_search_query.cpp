// The search query builder: any text a person types into the search box becomes an FTS5 query and highlights.
#include "FuzzInput.h"
#include "store/SearchText.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // The first half is the query, the rest the text it is highlighted in.
    const QString all = concord::fuzz::text(data, size);
    const QStringView input = QStringView(all).left(all.size() / 2);
    const QStringView unit = QStringView(all).mid(all.size() / 2);
    (void)concord::SearchText::query(input);
    (void)concord::SearchText::indexed(unit);
    (void)concord::SearchText::highlights(unit, input);
    return 0;
}
