// The text and Markdown reader with the structure parser, the language splitter and the metadata extractor:
// any text, as a .txt or .md file's decoded content.
#include "FuzzInput.h"
#include "import/DocumentParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)concord::DocumentParser::parseText(concord::fuzz::text(data, size), QStringLiteral("fuzz.md"));
    return 0;
}
