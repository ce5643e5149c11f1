#pragma once

#include "model/Clock.h"

namespace concord::test {

/// A clock that says what the test tells it. "Overdue" and "days remaining" are computed against it.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now);
    explicit FixedClock(QDate today);
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace concord::test
