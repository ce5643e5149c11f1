#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace concord {

/// What a date phrase says.
enum class DateKind {
    Day, ///< a day: `ngày 11 tháng 02 năm 2026`, `11/02/2026`, `2026年2月11日`
    Month, ///< a month: `tháng 4/2025`, `2026年2月`
    Year, ///< a year on its own: `năm 2026`
    Range, ///< a span: `14 -17.4.2026`, `2026—2027 年`, `giai đoạn 2022 - 2026`
    Deadline, ///< by the end of: `trong năm 2026`, `2026 年内`, `nửa đầu năm 2026`, `đến hết ngày 31/12/2027`
    Start, ///< from: `từ năm 2026`, `自2026年起`
    Yearly, ///< every year: `hằng năm`, `hàng năm`, `每年`
    EveryMonth, ///< every month: `hằng tháng`, `mỗi tháng`, `每月`
    EveryQuarter, ///< every quarter: `hằng quý`, `mỗi quý`, `每季度`
    EveryHalfYear, ///< twice a year: `sáu tháng một lần`, `hai lần mỗi năm`, `每半年`, `每年两次`
};

/// A date phrase found in a text: where it is and the days it means.
struct DateMention
{
    qsizetype start = 0; ///< in the original text
    qsizetype length = 0;
    DateKind kind = DateKind::Day;
    QDate from; ///< first day covered (invalid for a repetition: Yearly, EveryMonth …)
    QDate to; ///< last day covered; for a Deadline, the deadline itself
    bool yearAssumed = false; ///< the phrase gives no year (`trước ngày 15 tháng 7`, `7月15日前`): the reference year

    /// The one day a tracker keeps: the deadline's last day, a start's first day, a day itself.
    QDate anchor() const { return kind == DateKind::Start || kind == DateKind::Day ? from : to; }
};

/// Finds dates, periods and deadline phrases in Vietnamese and Chinese administrative text.
class DateParser
{
public:
    /// All mentions in \a text, in order, none overlapping (a deadline phrase is reported once, not also as
    /// the date inside it). \a referenceYear resolves phrases without a year (`年内`, `上半年`); 0 ignores them.
    static QList<DateMention> find(QStringView text, int referenceYear = 0);
};

} // namespace concord
