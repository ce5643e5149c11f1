// The decoder: any bytes, as a text file's content (UTF-8, UTF-16, legacy Vietnamese encodings, GB18030).
#include "FuzzInput.h"
#include "text/Decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto decoded = concord::Decoder::decode(concord::fuzz::bytes(data, size), QStringLiteral("fuzz.txt"));
    if (decoded)
        (void)concord::Decoder::toNfc(decoded->text);
    return 0;
}
