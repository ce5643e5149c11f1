#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace concord {

/// A file's text in Unicode NFC, and how it was decoded.
struct DecodedText
{
    QString text; ///< NFC
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1258", "TCVN3" or "VNI"
    bool byteOrderMark = false;
    /// How sure the detection is, in [0,1]: 1 for a BOM or valid UTF-8; for a legacy encoding, how
    /// Vietnamese the chosen decoding looks and how far ahead of the other candidates it is.
    double confidence = 0;
};

/// Turns a file's bytes into NFC text: BOM first (UTF-8, UTF-16LE/BE), then strict UTF-8, then the legacy
/// Vietnamese encodings (Windows-1258 through ICU; TCVN3 and VNI by table), choosing the one whose text
/// reads most like Vietnamese. Input that is none of these is an error naming the file and the byte.
class Decoder
{
    Q_DECLARE_TR_FUNCTIONS(concord::Decoder)

public:
    static Result<DecodedText> decode(const QByteArray& bytes, const QString& fileName);

    /// Offset of the first byte that makes \a bytes invalid UTF-8 (overlong forms, surrogates, values
    /// above U+10FFFF and truncated sequences included), or -1 when it is valid.
    static qsizetype firstInvalidUtf8(const QByteArray& bytes);

    /// NFC through ICU (Windows-1258 arrives decomposed); returns \a text itself when already NFC.
    static QString toNfc(const QString& text);
};

} // namespace concord
