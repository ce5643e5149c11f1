#include "support/CatchQt.h"
#include "text/DateText.h"

using namespace concord;

TEST_CASE("date text: each language writes a day its own way, four-digit years everywhere", "[text][dates]")
{
    const QDate day(2026, 12, 31);
    CHECK(DateText::day(day, DateStyle::Vietnamese) == QStringLiteral("31/12/2026"));
    CHECK(DateText::day(QDate(2027, 1, 5), DateStyle::Vietnamese) == QStringLiteral("05/01/2027"));
    CHECK(DateText::day(QDate(2027, 1, 5), DateStyle::Chinese) == QStringLiteral("2027年1月5日"));
    CHECK(DateText::day(QDate(), DateStyle::Chinese).isEmpty());

    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
    CHECK(DateText::current() == DateStyle::Locale);
    CHECK(DateText::day(day) == QStringLiteral("12/31/2026"));
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    CHECK(DateText::day(day) == QStringLiteral("31/12/2026"));
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    CHECK(DateText::current() == DateStyle::Chinese);
    CHECK(DateText::editFormat() == QStringLiteral("yyyy年M月d日"));
    QLocale::setDefault(QLocale(QStringLiteral("vi")));
    CHECK(DateText::current() == DateStyle::Vietnamese);
    CHECK(DateText::moment(QDateTime(day, QTime(9, 5))) == QStringLiteral("31/12/2026 09:05"));
    QLocale::setDefault(before);
}
