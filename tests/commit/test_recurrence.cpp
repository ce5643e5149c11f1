#include "commit/Recurrence.h"
#include "support/CatchQt.h"

using namespace concord;

namespace {

QList<QDate> days(Recurrence r, RecurrenceAnchor anchor, QDate start, QDate end)
{
    return RecurrenceRules::plan(r, anchor, start, end).occurrences;
}

} // namespace

TEST_CASE("recurrence: one due day per calendar period that overlaps the validity", "[commit][recurrence]")
{
    CHECK(days(Recurrence::Monthly, {}, QDate(2025, 3, 15), QDate(2025, 6, 30))
        == QList<QDate>({ QDate(2025, 3, 31), QDate(2025, 4, 30), QDate(2025, 5, 31), QDate(2025, 6, 30) }));
    CHECK(days(Recurrence::Quarterly, {}, QDate(2025, 2, 10), QDate(2025, 12, 31))
        == QList<QDate>({ QDate(2025, 3, 31), QDate(2025, 6, 30), QDate(2025, 9, 30), QDate(2025, 12, 31) }));
    // The last period ends with the agreement.
    CHECK(days(Recurrence::Semiannual, {}, QDate(2024, 3, 1), QDate(2025, 9, 30))
        == QList<QDate>({ QDate(2024, 6, 30), QDate(2024, 12, 31), QDate(2025, 6, 30), QDate(2025, 9, 30) }));
    CHECK(days(Recurrence::None, {}, QDate(2024, 3, 1), QDate(2025, 9, 30)).isEmpty());
    CHECK(days(Recurrence::Yearly, {}, QDate(), QDate(2025, 9, 30)).isEmpty());
}

TEST_CASE("recurrence: an anchor day before the start of the validity is skipped, a missing day is the month's last",
    "[commit][recurrence]")
{
    CHECK(days(Recurrence::Monthly, { 0, 5 }, QDate(2025, 3, 15), QDate(2025, 6, 30))
        == QList<QDate>({ QDate(2025, 4, 5), QDate(2025, 5, 5), QDate(2025, 6, 5) }));
    CHECK(days(Recurrence::Monthly, { 0, 31 }, QDate(2025, 1, 1), QDate(2025, 3, 31))
        == QList<QDate>({ QDate(2025, 1, 31), QDate(2025, 2, 28), QDate(2025, 3, 31) }));
    CHECK(days(Recurrence::Yearly, { 2, 29 }, QDate(2024, 1, 1), QDate(2025, 12, 31))
        == QList<QDate>({ QDate(2024, 2, 29), QDate(2025, 2, 28) }));
    CHECK(days(Recurrence::Yearly, { 5, 0 }, QDate(2024, 6, 1), QDate(2026, 12, 31))
        == QList<QDate>({ QDate(2025, 5, 31), QDate(2026, 5, 31) }));
}

TEST_CASE("recurrence: without an end of validity the days of the next three years are listed", "[commit][recurrence]")
{
    const RecurrencePlan yearly = RecurrenceRules::plan(Recurrence::Yearly, {}, QDate(2024, 3, 1), QDate());
    CHECK(yearly.openEnded);
    CHECK(yearly.occurrences == QList<QDate>({ QDate(2024, 12, 31), QDate(2025, 12, 31), QDate(2026, 12, 31) }));
    const RecurrencePlan quarterly = RecurrenceRules::plan(Recurrence::Quarterly, {}, QDate(2024, 3, 1), QDate());
    REQUIRE(quarterly.occurrences.size() == 12);
    CHECK(quarterly.occurrences.front() == QDate(2024, 3, 31));
    CHECK(quarterly.occurrences.back() == QDate(2026, 12, 31));
    CHECK(RecurrenceRules::plan(Recurrence::Monthly, {}, QDate(2024, 3, 1), QDate()).occurrences.size() == 36);
    CHECK_FALSE(RecurrenceRules::plan(Recurrence::Monthly, {}, QDate(2024, 3, 1), QDate(2024, 5, 1)).openEnded);
}

TEST_CASE("recurrence: keys and anchors are written as the JSON output names them", "[commit][recurrence]")
{
    for (const Recurrence r :
        { Recurrence::Monthly, Recurrence::Quarterly, Recurrence::Semiannual, Recurrence::Yearly })
        CHECK(RecurrenceRules::fromKey(RecurrenceRules::key(r)) == r);
    CHECK(RecurrenceRules::key(Recurrence::Semiannual) == QStringLiteral("semiannual"));
    CHECK_FALSE(RecurrenceRules::fromKey(u"weekly").has_value());
    CHECK(RecurrenceAnchor { 5, 0 }.key() == QStringLiteral("05"));
    CHECK(RecurrenceAnchor { 3, 31 }.key() == QStringLiteral("03-31"));
    CHECK(RecurrenceAnchor { 0, 5 }.key() == QStringLiteral("---05"));
    CHECK(RecurrenceAnchor {}.key().isEmpty());
}
