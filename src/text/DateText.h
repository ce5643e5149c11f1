#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace concord {

/// How a person reads a date: Vietnamese "31/12/2026", Chinese "2026年12月31日", otherwise as the locale writes it
/// (with four-digit years). Machine formats (CLI, JSON, CSV, ICS) stay ISO and do not come here.
enum class DateStyle {
    Vietnamese,
    Chinese,
    Locale,
};

/// The one place that writes dates for people: screens, date editors and reports.
class DateText
{
public:
    /// The style of the interface language (QLocale's default, which the language switch sets).
    static DateStyle current();
    static DateStyle forLocale(const QLocale& locale);

    /// Empty for an invalid date.
    static QString day(const QDate& date, DateStyle style = current());
    /// The day and the local time of day ("31/12/2026 14:05"; "2026年12月31日 14:05").
    static QString moment(const QDateTime& when, DateStyle style = current());
    /// The display format for a QDateEdit in that style.
    static QString editFormat(DateStyle style = current());
    /// A day typed as YYYY-MM-DD and nothing else (Qt's ISO reading takes "2027-06-01garbage" for 2027-06-01);
    /// an invalid date otherwise. What every command-line date option reads.
    static QDate isoDay(const QString& text);
};

} // namespace concord
