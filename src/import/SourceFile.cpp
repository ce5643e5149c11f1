#include "import/SourceFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

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

Result<SourceFile> SourceFile::read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error { path, 0, -1, tr("The file does not exist.") };
    if (info.isDir())
        return Error { path, 0, -1, tr("This is a folder, not a file.") };
    if (info.size() > MaxSize)
        return Error { path, 0, -1,
            tr("The file is larger than %1 MB; agreements are much smaller.").arg(MaxSize >> 20) };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { path, 0, -1, tr("The file cannot be read: %1").arg(file.errorString()) };
    SourceFile result;
    result.path = path;
    result.bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error { path, 0, -1, tr("The file cannot be read: %1").arg(file.errorString()) };
    if (result.bytes.isEmpty())
        return Error { path, 0, -1, tr("The file is empty.") };

    const auto format = detect(result.bytes);
    if (!format)
        return Error { path, 0, -1, tr("This is not a text, Word (.docx), PDF or image (PNG, JPEG, TIFF) file.") };
    result.format = *format;
    // The content decides what a file is; a name that says otherwise is a mistake to point out, not to guess past
    // (a text renamed notes.pdf is not a PDF agreement).
    const QString suffix = info.suffix().toLower();
    static const QStringList images { QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
        QStringLiteral("tif"), QStringLiteral("tiff") };
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

} // namespace concord
