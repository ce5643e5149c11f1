#include "import/SourceFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace concord {

namespace {
bool looksLikeText(const QByteArray& bytes)
{
    // UTF-16 text is full of NUL bytes, so recognise its byte-order mark first.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return true;
    const qsizetype probe = qMin<qsizetype>(bytes.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == 0)
            return false;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1A)
            ++control;
    }
    return control * 100 <= probe; // more than 1% control characters: not text
}
} // namespace

QString SourceFile::formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::PlainText:
        return tr("plain text");
    case SourceFormat::Docx:
        return tr("a Word document");
    case SourceFormat::Pdf:
        return tr("a PDF");
    case SourceFormat::Image:
        return tr("an image");
    }
    return {};
}

QString SourceFile::formatSuffix(SourceFormat format)
{
    switch (format) {
    case SourceFormat::PlainText:
        return QStringLiteral("txt");
    case SourceFormat::Docx:
        return QStringLiteral("docx");
    case SourceFormat::Pdf:
        return QStringLiteral("pdf");
    case SourceFormat::Image:
        return QStringLiteral("png");
    }
    return {};
}

std::optional<SourceFormat> SourceFile::detect(const QByteArray& bytes)
{
    if (bytes.startsWith("%PDF-"))
        return SourceFormat::Pdf;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("II*\x00")
        || bytes.startsWith("MM\x00*"))
        return SourceFormat::Image;
    if (bytes.startsWith("PK\x03\x04")) {
        // A zip: only a Word document is ours. Its first entry is [Content_Types].xml or word/…
        const QByteArray head = bytes.left(4096);
        if (head.contains("[Content_Types].xml") || head.contains("word/"))
            return SourceFormat::Docx;
        return std::nullopt;
    }
    if (looksLikeText(bytes))
        return SourceFormat::PlainText;
    return std::nullopt;
}

QString SourceFile::notRegular()
{
    return tr("This is not a regular file (a device, a pipe or a socket); Concord imports documents saved as files.");
}

QString SourceFile::tooLarge()
{
    return tr("The file is larger than %1 MB; agreements are much smaller.").arg(MaxSize >> 20);
}

Result<SourceFile> SourceFile::read(const QString& path)
{
    const QFileInfo info(path);
    const QByteArray name = QFile::encodeName(path);
    struct stat status
    {
    };
    if (::stat(name.constData(), &status) != 0) {
        if (errno == ELOOP)
            return Error { path, 0, -1, tr("This is a link that leads back to itself (a loop of links), not a file.") };
        if (info.isSymLink())
            return Error { path, 0, -1,
                tr("This is a link to a file that does not exist (%1).").arg(info.symLinkTarget()) };
        if (errno == EACCES)
            return Error { path, 0, -1, tr("The file cannot be read: permission denied.") };
        return Error { path, 0, -1, tr("The file does not exist.") };
    }
    if (S_ISDIR(status.st_mode))
        return Error { path, 0, -1, tr("This is a folder, not a file.") };
    if (!S_ISREG(status.st_mode))
        return Error { path, 0, -1, notRegular() };

    // Opened without waiting (a pipe put there since the check would block forever) and checked again on the open
    // descriptor; read up to one byte more than the limit, whatever the file says its size is.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return Error { path, 0, -1, tr("The file cannot be read: %1").arg(QString::fromLocal8Bit(strerror(errno))) };
    const auto closing = qScopeGuard([fd] { ::close(fd); });
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode))
        return Error { path, 0, -1, notRegular() };
    if (status.st_size > MaxSize)
        return Error { path, 0, -1, tooLarge() };
    SourceFile result;
    result.path = path;
    result.bytes.reserve(qsizetype(status.st_size));
    char chunk[1 << 16];
    for (;;) {
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return Error { path, 0, -1,
                tr("The file cannot be read: %1").arg(QString::fromLocal8Bit(strerror(errno))) };
        if (got == 0)
            break;
        if (result.bytes.size() + got > MaxSize)
            return Error { path, 0, -1, tooLarge() };
        result.bytes.append(chunk, qsizetype(got));
    }
    if (result.bytes.isEmpty())
        return Error { path, 0, -1, tr("The file is empty.") };

    const auto format = detect(result.bytes);
    if (!format && result.bytes.count('\0') * 100 <= result.bytes.size()) {
        // A text with a few stray NUL bytes (a damaged copy) is a text: say what is wrong with it.
        QByteArray withoutNul = result.bytes;
        withoutNul.replace('\0', QByteArray());
        if (detect(withoutNul) == SourceFormat::PlainText)
            return Error { path, 0, -1,
                tr("The text holds NUL bytes (%1, the first at byte %2), which no text has: the file is damaged. "
                   "Save the text again without them and import it again.")
                    .arg(result.bytes.count('\0'))
                    .arg(result.bytes.indexOf('\0')) };
    }
    if (!format)
        return Error { path, 0, -1, tr("This is not a text, Word (.docx), PDF or image (PNG, JPEG, TIFF) file.") };
    result.format = *format;
    // The content decides what a file is; a name that says otherwise is a mistake to point out, not to guess past
    // (a text renamed notes.pdf is not a PDF agreement).
    const QString suffix = info.suffix().toLower();
    static const QStringList images = [] {
        QStringList suffixes;
        for (const QString& pattern : imagePatterns())
            suffixes.append(pattern.mid(2));
        return suffixes;
    }();
    const std::optional<SourceFormat> named = suffix == QLatin1String("pdf") ? std::optional(SourceFormat::Pdf)
        : suffix == QLatin1String("docx")                                    ? std::optional(SourceFormat::Docx)
        : suffix == QLatin1String("txt") || suffix == QLatin1String("text")  ? std::optional(SourceFormat::PlainText)
        : images.contains(suffix)                                            ? std::optional(SourceFormat::Image)
                                                                             : std::nullopt;
    if (named && *named != *format) {
        return Error { path, 0, -1,
            tr("The name says %1 but the content is %2; rename the file to end in .%3 and import it again.")
                .arg(formatName(*named), formatName(*format), formatSuffix(*format)) };
    }
    return result;
}

QStringList SourceFile::imagePatterns()
{
    return { QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.tif"),
        QStringLiteral("*.tiff") };
}

QStringList SourceFile::namePatterns()
{
    // Markdown and other text are read as plain text: the content decides (detect()).
    return QStringList { QStringLiteral("*.txt"), QStringLiteral("*.text"), QStringLiteral("*.md"),
        QStringLiteral("*.markdown"), QStringLiteral("*.docx"), QStringLiteral("*.pdf") }
    + imagePatterns();
}

} // namespace concord
