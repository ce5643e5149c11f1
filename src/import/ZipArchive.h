#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace concord {

/// A zip archive in memory, read and written through zlib's minizip (the same library libxlsxwriter uses,
/// so the two never meet two different copies of minizip's symbols in one process). Used for .docx files,
/// and by tests to build .docx files and to read .xlsx files back.
class ZipArchive
{
public:
    /// The archive in \a bytes, or nullopt when they are not a zip archive.
    static std::optional<ZipArchive> open(const QByteArray& bytes);
    /// Most bytes one entry may expand to, and most it may expand per byte stored: more is a zip bomb.
    static constexpr qint64 MaxEntrySize = 64ll << 20;
    static constexpr int MaxRatio = 200;

    /// Unsupported: compressed other than stored or deflated (bzip2, LZMA…) or encrypted, which Word never writes.
    enum class Problem { Missing, Damaged, TooLarge, TooCompressed, Unsupported };
    /// An entry's bytes, or why there are none.
    struct Entry
    {
        QByteArray bytes;
        std::optional<Problem> problem;
    };

    /// Inflates entry \a name, a piece at a time, stopping as soon as it passes \a maxSize bytes or, past the
    /// first megabyte, \a maxRatio times its compressed size (checked while inflating, whatever the header
    /// claims); its checksum is checked at the end.
    Entry read(const QString& name, qint64 maxSize = MaxEntrySize, int maxRatio = MaxRatio) const;
    /// The uncompressed bytes of entry \a name, or nullopt when read() finds a problem.
    std::optional<QByteArray> entry(const QString& name) const;
    /// The names of all entries, in archive order.
    QStringList names() const;

    /// A new archive holding \a entries (name, bytes), deflated.
    static QByteArray create(const QList<std::pair<QString, QByteArray>>& entries);

private:
    explicit ZipArchive(QByteArray bytes);
    QByteArray m_bytes;
};

} // namespace concord
