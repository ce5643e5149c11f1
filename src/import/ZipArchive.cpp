#include "import/ZipArchive.h"

#include <cstring>
#include <minizip/unzip.h>
#include <minizip/zip.h>

namespace concord {

namespace {

/// minizip reads and writes through these callbacks: a byte array and a position instead of a file.
struct MemoryFile
{
    QByteArray* data;
    qint64 position = 0;
};

voidpf ZCALLBACK openMemory(voidpf opaque, const void*, int)
{
    return new MemoryFile { static_cast<QByteArray*>(opaque), 0 };
}

uLong ZCALLBACK readMemory(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto* file = static_cast<MemoryFile*>(stream);
    const qint64 available = std::max<qint64>(0, file->data->size() - file->position);
    const qint64 count = std::min<qint64>(available, qint64(size));
    std::memcpy(buffer, file->data->constData() + file->position, size_t(count));
    file->position += count;
    return uLong(count);
}

uLong ZCALLBACK writeMemory(voidpf, voidpf stream, const void* buffer, uLong size)
{
    auto* file = static_cast<MemoryFile*>(stream);
    const qint64 end = file->position + qint64(size);
    if (end > file->data->size())
        file->data->resize(end);
    std::memcpy(file->data->data() + file->position, buffer, size_t(size));
    file->position = end;
    return size;
}

ZPOS64_T ZCALLBACK tellMemory(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<MemoryFile*>(stream)->position);
}

long ZCALLBACK seekMemory(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* file = static_cast<MemoryFile*>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->data->size();
    const qint64 target = base + qint64(offset);
    if (target < 0)
        return -1;
    file->position = target;
    return 0;
}

int ZCALLBACK closeMemory(voidpf, voidpf stream)
{
    delete static_cast<MemoryFile*>(stream);
    return 0;
}

int ZCALLBACK errorMemory(voidpf, voidpf)
{
    return 0;
}

zlib_filefunc64_def memoryFunctions(QByteArray* data)
{
    zlib_filefunc64_def functions;
    functions.zopen64_file = openMemory;
    functions.zread_file = readMemory;
    functions.zwrite_file = writeMemory;
    functions.ztell64_file = tellMemory;
    functions.zseek64_file = seekMemory;
    functions.zclose_file = closeMemory;
    functions.zerror_file = errorMemory;
    functions.opaque = data;
    return functions;
}

} // namespace

ZipArchive::ZipArchive(QByteArray bytes)
    : m_bytes(std::move(bytes))
{ }

namespace {
/// The archive without its closing comment, when it has one: minizip looks for the end of the central directory
/// only in the last 65,535 bytes, which a comment of the largest size (65,535 bytes) pushes it out of.
std::optional<QByteArray> withoutComment(const QByteArray& bytes)
{
    constexpr qsizetype EndRecord = 22;
    const qsizetype last = bytes.size() - EndRecord;
    for (qsizetype at = last; at >= 0 && at >= last - 0xFFFF; --at) {
        if (bytes.at(at) != 'P' || std::memcmp(bytes.constData() + at, "PK\x05\x06", 4) != 0)
            continue;
        const auto* p = reinterpret_cast<const uchar*>(bytes.constData()) + at;
        const qsizetype comment = p[20] | (p[21] << 8);
        if (at + EndRecord + comment != bytes.size())
            continue;
        QByteArray trimmed = bytes.left(at + EndRecord);
        trimmed[at + 20] = 0;
        trimmed[at + 21] = 0;
        return trimmed;
    }
    return std::nullopt;
}
} // namespace

std::optional<ZipArchive> ZipArchive::open(const QByteArray& bytes)
{
    ZipArchive archive(bytes);
    for (int attempt = 0; attempt < 2; ++attempt) {
        zlib_filefunc64_def functions = memoryFunctions(&archive.m_bytes);
        if (unzFile zip = unzOpen2_64("memory", &functions)) {
            unzClose(zip);
            return archive;
        }
        const auto trimmed = attempt == 0 ? withoutComment(bytes) : std::nullopt;
        if (!trimmed)
            break;
        archive.m_bytes = *trimmed;
    }
    return std::nullopt;
}

ZipArchive::Entry ZipArchive::read(const QString& name, qint64 maxSize, int maxRatio) const
{
    QByteArray bytes = m_bytes;
    zlib_filefunc64_def functions = memoryFunctions(&bytes);
    unzFile zip = unzOpen2_64("memory", &functions);
    if (!zip)
        return { {}, Problem::Damaged };
    Entry result { {}, Problem::Missing };
    unz_file_info64 info {};
    if (unzLocateFile(zip, name.toUtf8().constData(), 1) == UNZ_OK
        && unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK) {
        // What the header claims is checked first, what inflating yields all along: a header may lie.
        const qint64 stored = qMax<qint64>(1, qMin<qint64>(qint64(info.compressed_size), m_bytes.size()));
        const auto overLimit = [&](qint64 size) -> std::optional<Problem> {
            if (size > maxSize)
                return Problem::TooLarge;
            if (size > (1 << 20) && size > stored * maxRatio)
                return Problem::TooCompressed;
            return std::nullopt;
        };
        // Word stores (0) or deflates (8), never encrypts (flag bit 0): anything else is said as such.
        const bool unsupported
            = (info.compression_method != 0 && info.compression_method != Z_DEFLATED) || (info.flag & 1) != 0;
        result.problem = unsupported
            ? std::optional(Problem::Unsupported)
            : overLimit(qint64(std::min<ZPOS64_T>(info.uncompressed_size, ZPOS64_T(maxSize) + 1)));
        if (!result.problem && unzOpenCurrentFile(zip) == UNZ_OK) {
            char buffer[65536];
            int read = 0;
            while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
                result.bytes.append(buffer, read);
                if ((result.problem = overLimit(result.bytes.size())))
                    break;
            }
            // unzCloseCurrentFile checks the CRC of what was read (a stop above makes it fail: the problem stays).
            const bool sound = unzCloseCurrentFile(zip) == UNZ_OK && read == 0;
            if (!result.problem && !sound)
                result.problem = Problem::Damaged;
        } else if (!result.problem) {
            result.problem = Problem::Damaged;
        }
        if (result.problem)
            result.bytes.clear();
    }
    unzClose(zip);
    return result;
}

std::optional<QByteArray> ZipArchive::entry(const QString& name) const
{
    Entry found = read(name);
    if (found.problem)
        return std::nullopt;
    return std::move(found.bytes);
}

QStringList ZipArchive::names() const
{
    QByteArray bytes = m_bytes;
    zlib_filefunc64_def functions = memoryFunctions(&bytes);
    unzFile zip = unzOpen2_64("memory", &functions);
    QStringList list;
    if (!zip)
        return list;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        char name[1024];
        if (unzGetCurrentFileInfo64(zip, nullptr, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK)
            list.append(QString::fromUtf8(name));
    }
    unzClose(zip);
    return list;
}

QByteArray ZipArchive::create(const QList<std::pair<QString, QByteArray>>& entries)
{
    QByteArray bytes;
    zlib_filefunc64_def functions = memoryFunctions(&bytes);
    zipFile zip = zipOpen2_64("memory", APPEND_STATUS_CREATE, nullptr, &functions);
    if (!zip)
        return QByteArray();
    for (const auto& [name, content] : entries) {
        zip_fileinfo info {};
        if (zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                Z_DEFAULT_COMPRESSION, 0)
            != ZIP_OK) {
            zipClose(zip, nullptr);
            return QByteArray();
        }
        zipWriteInFileInZip(zip, content.constData(), unsigned(content.size()));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
    return bytes;
}

} // namespace concord
