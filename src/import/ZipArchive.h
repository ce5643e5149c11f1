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
    /// The uncompressed bytes of entry \a name, or nullopt when there is no such entry or it is damaged.
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
