#pragma once

#include <QDate>
#include <QDateTime>

namespace concord {

/// The source of "today". Overdue, days remaining and history times depend on it, so it is injected:
/// the programs use SystemClock, tests a fixed clock (tests/support/FixedClock.h).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

} // namespace concord
