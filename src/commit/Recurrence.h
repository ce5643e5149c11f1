#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace concord {

/// How often a commitment falls due.
enum class Recurrence {
    None, ///< once
    Monthly, ///< `mỗi tháng`, `hằng tháng`, `每月`
    Quarterly, ///< `hằng quý`, `mỗi quý`, `每季度`
    Semiannual, ///< `sáu tháng một lần`, `hai lần mỗi năm`, `每半年`, `每年两次`
    Yearly, ///< `hằng năm`, `mỗi năm`, `每年`
};

/// The day in its period a recurring commitment falls due, when the text gives one: `vào tháng 5 hằng năm`
/// (month 5), `trước ngày 31 tháng 3 hằng năm` (month 3, day 31), `trước ngày 5 hằng tháng` (day 5).
struct RecurrenceAnchor
{
    int month = 0; ///< 1–12 for a yearly commitment; 0 when none
    int day = 0; ///< 1–31; 0 for the end of the month (or of the period)

    bool isEmpty() const { return month == 0 && day == 0; }
    /// "05", "03-31", or for a monthly day ISO 8601's day of month "---05"; empty when none.
    QString key() const;
    bool operator==(const RecurrenceAnchor& other) const = default;
};

/// The occurrences a recurring commitment has while an agreement is in force.
struct RecurrencePlan
{
    QList<QDate> occurrences; ///< by due day
    bool openEnded = false; ///< no end of validity: the first HorizonYears years are listed
};

/// The rules of recurrence: names, and which days a recurring commitment falls due.
class RecurrenceRules
{
public:
    /// How far ahead occurrences are listed when an agreement has no end of validity.
    static constexpr int HorizonYears = 3;

    /// "monthly", "quarterly", "semiannual", "yearly"; empty for None.
    static QString key(Recurrence recurrence);
    static std::optional<Recurrence> fromKey(QStringView key);
    /// Months in one period: 1, 3, 6, 12; 0 for None.
    static int months(Recurrence recurrence);

    /// The due days of \a recurrence from \a start to \a end: one per calendar period (month, quarter, half year,
    /// year) that overlaps them, on the anchor's day of that period or else its last day. A day before \a start is
    /// skipped; a day after \a end is moved to \a end (the last period ends with the agreement). Without \a end,
    /// the days before \a start + HorizonYears years are listed, not clipped.
    static RecurrencePlan plan(Recurrence recurrence, RecurrenceAnchor anchor, const QDate& start, const QDate& end);
};

} // namespace concord
