#include "model/Error.h"

namespace concord {

QString Error::toString() const
{
    if (file.isEmpty())
        return message;
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    if (offset >= 0)
        return QStringLiteral("%1 (byte %2): %3").arg(file).arg(offset).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

} // namespace concord
