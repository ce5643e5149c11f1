#include "import/TiffDirectory.h"

#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace concord {

namespace {

/// Reads the file's integers in its byte order ("II": little-endian, "MM": big-endian), bounds-checked.
class Reader
{
public:
    explicit Reader(const QByteArray& bytes)
        : m_bytes(bytes)
        , m_little(bytes.startsWith("II"))
    { }

    bool has(qint64 offset, qint64 length) const
    {
        return offset >= 0 && length >= 0 && offset <= m_bytes.size() && length <= m_bytes.size() - offset;
    }
    quint16 u16(qint64 offset) const
    {
        const auto* p = reinterpret_cast<const uchar*>(m_bytes.constData()) + offset;
        return m_little ? qFromLittleEndian<quint16>(p) : qFromBigEndian<quint16>(p);
    }
    quint32 u32(qint64 offset) const
    {
        const auto* p = reinterpret_cast<const uchar*>(m_bytes.constData()) + offset;
        return m_little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
    }

private:
    const QByteArray& m_bytes;
    bool m_little;
};

constexpr quint16 ImageWidth = 256;
constexpr quint16 ImageLength = 257;
constexpr quint16 Short = 3;
constexpr quint16 Long = 4;

} // namespace

Result<QList<QSize>> TiffDirectory::pages(const QByteArray& bytes, int maxPages)
{
    const Reader in(bytes);
    if (!in.has(0, 8) || !(bytes.startsWith("II*\0") || bytes.startsWith(QByteArray("MM\0*", 4))))
        return Error { {}, 0, -1, tr("This is not a TIFF file.") };
    QList<QSize> sizes;
    QSet<quint32> seen;
    for (quint32 offset = in.u32(4); offset != 0;) {
        const int page = int(sizes.size()) + 1;
        if (seen.contains(offset))
            return Error { {}, 0, -1,
                tr("The TIFF file is damaged: after page %1 its list of pages comes back to an earlier page (a "
                   "loop).")
                    .arg(page - 1) };
        if (page > maxPages)
            return Error { {}, 0, -1,
                tr("The TIFF file has more than %1 pages; a scan import takes at most %1. Split it into several "
                   "files.")
                    .arg(maxPages) };
        seen.insert(offset);
        if (!in.has(offset, 2))
            return Error { {}, 0, -1, tr("The TIFF file is damaged: page %1 lies beyond its end.").arg(page) };
        const quint16 entries = in.u16(offset);
        if (!in.has(offset + 2, qint64(entries) * 12 + 4))
            return Error { {}, 0, -1, tr("The TIFF file is damaged: page %1 lies beyond its end.").arg(page) };
        qint64 width = -1;
        qint64 height = -1;
        for (quint16 i = 0; i < entries; ++i) {
            const qint64 entry = offset + 2 + qint64(i) * 12;
            const quint16 tag = in.u16(entry);
            if (tag != ImageWidth && tag != ImageLength)
                continue;
            const quint16 type = in.u16(entry + 2);
            const qint64 value = type == Short ? in.u16(entry + 8) : type == Long ? in.u32(entry + 8) : -1;
            // A size given twice (fuzz_tiff: 65,966 then 32 wide): the larger counts, since a decoder may take either
            // and the pixel limit must hold for both.
            qint64& side = tag == ImageWidth ? width : height;
            side = std::max(side, value);
        }
        if (width <= 0 || height <= 0)
            return Error { {}, 0, -1, tr("The TIFF file is damaged: page %1 has no size.").arg(page) };
        // QSize holds int; a side beyond that is refused by the caller's pixel limit in any case.
        sizes.append(QSize(int(std::min<qint64>(width, INT_MAX)), int(std::min<qint64>(height, INT_MAX))));
        offset = in.u32(offset + 2 + qint64(entries) * 12);
    }
    if (sizes.isEmpty())
        return Error { {}, 0, -1, tr("The TIFF file is damaged: it lists no page.") };
    return sizes;
}

} // namespace concord
