// The numbering parser: any paragraph's start ("Điều 1.", "第一条", "（一）", "IV.", "a)").
#include "FuzzInput.h"
#include "text/NumberingLabel.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString paragraph = concord::fuzz::text(data, size);
    if (const auto label = concord::LabelParser::parse(paragraph))
        (void)concord::LabelParser::rank(label->scheme);
    return 0;
}
