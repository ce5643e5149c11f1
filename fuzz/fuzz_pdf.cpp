// The PDF reader (poppler underneath, Concord's line and paragraph assembly on top): any bytes, as a .pdf file.
#include "FuzzInput.h"
#include "import/PdfReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)concord::PdfReader::read(concord::fuzz::bytes(data, size), QStringLiteral("fuzz.pdf"));
    return 0;
}
