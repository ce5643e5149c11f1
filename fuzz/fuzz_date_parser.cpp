// The date parser: any text, in any year of reference.
#include "FuzzInput.h"
#include "text/DateParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const int referenceYear = data[0] < 128 ? 0 : 1900 + data[0];
    (void)concord::DateParser::find(concord::fuzz::text(data + 1, size - 1), referenceYear);
    return 0;
}
