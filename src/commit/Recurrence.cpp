#include "commit/Recurrence.h"

#include <algorithm>

namespace concord {

QString RecurrenceAnchor::key() const
{
    if (month == 0 && day == 0)
        return {};
    if (month == 0)
        return QStringLiteral("---%1").arg(day, 2, 10, QLatin1Char('0'));
    if (day == 0)
        return QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
}

QString RecurrenceRules::key(Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::None:
        break;
    case Recurrence::Monthly:
        return QStringLiteral("monthly");
    case Recurrence::Quarterly:
        return QStringLiteral("quarterly");
    case Recurrence::Semiannual:
        return QStringLiteral("semiannual");
    case Recurrence::Yearly:
        return QStringLiteral("yearly");
    }
    return {};
}

std::optional<Recurrence> RecurrenceRules::fromKey(QStringView key)
{
    for (const Recurrence r :
        { Recurrence::None, Recurrence::Monthly, Recurrence::Quarterly, Recurrence::Semiannual, Recurrence::Yearly }) {
        if (RecurrenceRules::key(r) == key)
            return r;
    }
    return std::nullopt;
}

int RecurrenceRules::months(Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::None:
        return 0;
    case Recurrence::Monthly:
        return 1;
    case Recurrence::Quarterly:
        return 3;
    case Recurrence::Semiannual:
        return 6;
    case Recurrence::Yearly:
        return 12;
    }
    return 0;
}

RecurrencePlan RecurrenceRules::plan(
    Recurrence recurrence, RecurrenceAnchor anchor, const QDate& start, const QDate& end)
{
    RecurrencePlan result;
    const int step = months(recurrence);
    if (step == 0 || !start.isValid())
        return result;
    result.openEnded = !end.isValid();
    const QDate horizon = start.addYears(HorizonYears);
    // The calendar period that holds the start: January, a quarter's or a half year's first month.
    QDate period(start.year(), (start.month() - 1) / step * step + 1, 1);
    for (; result.occurrences.size() < 1200; period = period.addMonths(step)) {
        const QDate periodEnd = period.addMonths(step).addDays(-1);
        if (end.isValid() ? period > end : periodEnd >= horizon.addYears(1))
            break;
        QDate day = periodEnd;
        if (recurrence == Recurrence::Yearly && anchor.month > 0) {
            const QDate month(period.year(), anchor.month, 1);
            day = QDate(period.year(), anchor.month,
                anchor.day > 0 ? std::min(anchor.day, month.daysInMonth()) : month.daysInMonth());
        } else if (recurrence == Recurrence::Monthly && anchor.day > 0) {
            day = QDate(period.year(), period.month(), std::min(anchor.day, period.daysInMonth()));
        }
        if (day < start)
            continue; // that period's day came before the agreement
        if (end.isValid()) {
            result.occurrences.append(std::min(day, end));
        } else {
            if (day >= horizon)
                break;
            result.occurrences.append(day);
        }
    }
    return result;
}

} // namespace concord
