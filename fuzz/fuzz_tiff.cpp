// TIFF scans as Concord reads them: the page chain walked by TiffDirectory (loops, page and pixel limits), then
// each page within the limits decoded by Leptonica and libtiff (the first three: every page is the same code).
#include "FuzzInput.h"
#include "import/PdfReader.h"
#include "import/ScanReader.h"
#include "import/TiffDirectory.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = concord::fuzz::bytes(data, size);
    const auto pages = concord::TiffDirectory::pages(bytes, concord::PdfReader::MaxPages);
    if (!pages)
        return 0;
    for (int i = 0; i < pages->size(); ++i)
        if (qint64(pages->at(i).width()) * pages->at(i).height() > concord::ScanReader::MaxPixels)
            return 0;
    for (int i = 0; i < std::min<int>(3, int(pages->size())); ++i)
        (void)concord::ScanReader::tiffPage(bytes, i, QStringLiteral("fuzz.tif"));
    return 0;
}
