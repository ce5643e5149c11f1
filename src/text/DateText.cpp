#include "text/DateText.h"

#include <QRegularExpression>

namespace concord {

DateStyle DateText::current()
{
    return forLocale(QLocale());
}

DateStyle DateText::forLocale(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::Vietnamese:
        return DateStyle::Vietnamese;
    case QLocale::Chinese:
        return DateStyle::Chinese;
    default:
        return DateStyle::Locale;
    }
}

QString DateText::editFormat(DateStyle style)
{
    switch (style) {
    case DateStyle::Vietnamese:
        return QStringLiteral("dd/MM/yyyy");
    case DateStyle::Chinese:
        return QStringLiteral("yyyy年M月d日");
    case DateStyle::Locale:
        break;
    }
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DateText::day(const QDate& date, DateStyle style)
{
    if (!date.isValid())
        return QString();
    return QLocale::c().toString(date, editFormat(style));
}

QString DateText::moment(const QDateTime& when, DateStyle style)
{
    if (!when.isValid())
        return QString();
    const QDateTime local = when.toLocalTime();
    return day(local.date(), style) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QDate DateText::isoDay(const QString& text)
{
    static const QRegularExpression exact(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return exact.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace concord
