#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace concord {

/// The container format of an input file, from its first bytes (its name only breaks ties).
enum class SourceFormat {
    PlainText, ///< .txt, .md and anything else that is text
    Docx, ///< Office Open XML word-processing document (a zip)
    Pdf,
    Image, ///< a scan: PNG, JPEG or TIFF (multi-page too), read by OCR
};

/// A file read whole into memory, with its format recognised. Everything the importer reads starts
/// here, so every "cannot read" error names the file the same way.
struct SourceFile
{
    Q_DECLARE_TR_FUNCTIONS(concord::SourceFile)

public:
    QString path;
    QByteArray bytes;
    SourceFormat format = SourceFormat::PlainText;

    /// Largest file accepted; agreements are a few hundred kB, a 64 MB file is a mistake.
    static constexpr qint64 MaxSize = 64LL * 1024 * 1024;

    /// Reads \a path. Fails, naming the file, when it is missing, unreadable, a directory, empty,
    /// larger than MaxSize, or a binary format Concord does not read (archives, GIF, …).
    static Result<SourceFile> read(const QString& path);
    /// Recognises the format of \a bytes; nullopt for binary data that is none of the formats.
    static std::optional<SourceFormat> detect(const QByteArray& bytes);
    /// "plain text", "a Word document", "a PDF", "an image" (translated), and the file name suffix of each.
    static QString formatName(SourceFormat format);
    static QString formatSuffix(SourceFormat format);
    /// The file names an import chooser shows ("*.txt", "*.md", "*.docx", "*.pdf", "*.png" …): every kind read.
    static QStringList namePatterns();
    /// Of those, the scans read by OCR.
    static QStringList imagePatterns();
    /// The refusal of a device, a pipe or a socket (all report size 0 and some never end): the limits say why.
    static QString notRegular();
    static QString tooLarge();
};

} // namespace concord
