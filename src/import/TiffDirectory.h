#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSize>

namespace concord {

/// The pages of a TIFF file as its directory chain lists them, read before a single pixel is decoded: each page's
/// size, in order. A chain that comes back to a page already listed (a loop), that leaves the file, or that holds
/// more pages than a scan import takes is refused with the reason, so that a 45 KB file cannot make the decoder
/// spin or allocate gigabytes.
class TiffDirectory
{
    Q_DECLARE_TR_FUNCTIONS(concord::TiffDirectory)

public:
    /// The size of every page; an error (without a file name) when the chain is damaged, loops or is too long.
    static Result<QList<QSize>> pages(const QByteArray& bytes, int maxPages);
};

} // namespace concord
