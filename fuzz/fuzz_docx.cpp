// The zip reader with the Word (.docx) reader: any bytes, as a .docx file.
#include "FuzzInput.h"
#include "import/DocxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)concord::DocxReader::read(concord::fuzz::bytes(data, size), QStringLiteral("fuzz.docx"));
    return 0;
}
