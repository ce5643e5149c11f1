#include "support/FixedClock.h"

#include <QTimeZone>

namespace concord::test {

FixedClock::FixedClock(QDateTime now)
    : m_now(std::move(now))
{ }

FixedClock::FixedClock(QDate today)
    : m_now(today.startOfDay(QTimeZone::utc()))
{ }

} // namespace concord::test
