#pragma once

#include <QString>

namespace concord {

/// An error a user can act on: what went wrong and where (file, line or byte offset).
/// Every layer returns these instead of talking to the user; the front ends decide how to show them.
struct Error
{
    Error() = default;
    Error(QString file, int line, qint64 offset, QString message, QString code = {})
        : file(std::move(file))
        , line(line)
        , offset(offset)
        , message(std::move(message))
        , code(std::move(code))
    { }

    QString file; ///< the file concerned, empty when none
    int line = 0; ///< 1-based line, 0 when it does not apply
    qint64 offset = -1; ///< byte offset, -1 when it does not apply
    QString message; ///< translated, complete sentence
    QString code; ///< why, for a front end that offers a way out (AgreementShape::NoStructure); usually empty

    /// "FILE:LINE: message", "FILE (byte N): message" or just "message".
    QString toString() const;
};

} // namespace concord
