#include "model/Clock.h"

namespace concord {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace concord
