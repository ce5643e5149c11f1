#include "commit/CommitmentTally.h"
#include "commit/DeadlineSchedule.h"
#include "commit/TrackedCommitment.h"
#include "support/CatchQt.h"

using namespace concord;

namespace {

constexpr CommitmentStatus NS = CommitmentStatus::NotStarted;
constexpr CommitmentStatus IP = CommitmentStatus::InProgress;
constexpr CommitmentStatus DN = CommitmentStatus::Done;
constexpr CommitmentStatus DF = CommitmentStatus::Deferred;
constexpr CommitmentStatus CN = CommitmentStatus::Cancelled;

StoredCommitment oneTime(const QDate& due, CommitmentStatus status, const QDate& trackedFrom, bool statusSet = false,
    Review review = Review::Accepted)
{
    StoredCommitment c;
    c.found.due = due;
    c.status = status;
    c.trackedFrom = trackedFrom;
    c.statusSet = statusSet;
    c.review = review;
    return c;
}

/// A yearly commitment due on 31 December of each year in [first, last].
StoredCommitment yearly(int first, int last, const QList<CommitmentStatus>& statuses, const QDate& trackedFrom)
{
    StoredCommitment c;
    c.found.recurrence = Recurrence::Yearly;
    c.review = Review::Accepted;
    c.trackedFrom = trackedFrom;
    for (int year = first; year <= last; ++year)
        c.occurrences.append({ year, QDate(year, 12, 31), statuses.value(year - first, NS) });
    c.found.due = c.occurrences.front().due;
    return c;
}

} // namespace

TEST_CASE("rules: a one-time commitment in every status, before and after its day and its tracking", "[commit][rules]")
{
    const QDate due(2026, 6, 30);
    const QDate before(2026, 6, 1), after(2026, 7, 15);
    // status, tracked from before the due day?, status set?, as of → open, overdue, to confirm, due within 30
    struct Case
    {
        CommitmentStatus status;
        bool trackedEarlier;
        bool statusSet;
        QDate asOf;
        bool open, overdue, toConfirm, soon;
    };
    const QList<Case> cases {
        // Tracked since before the due day: the plain rules.
        { NS, true, false, before, true, false, false, true },
        { NS, true, false, after, true, true, false, false },
        { IP, true, true, after, true, true, false, false },
        { DF, true, true, after, true, true, false, false }, // deferring is a decision to report, not a new day
        { DN, true, true, after, false, false, false, false },
        { CN, true, true, after, false, false, false, false },
        { DN, true, true, before, false, false, false, false },
        // Imported after the due day: the status is to be confirmed, never overdue, until somebody sets it.
        { NS, false, false, after, true, false, true, false },
        { NS, false, true, after, true, true, false, false }, // confirmed as not started: overdue
        { IP, false, true, after, true, true, false, false },
        { DN, false, true, after, false, false, false, false },
    };
    for (const Case& k : cases) {
        INFO("status " << CommitmentStatusRules::key(k.status).toStdString() << ", tracked earlier " << k.trackedEarlier
                       << ", set " << k.statusSet << ", as of " << k.asOf.toString(Qt::ISODate).toStdString());
        const StoredCommitment c
            = oneTime(due, k.status, k.trackedEarlier ? QDate(2026, 1, 1) : QDate(2026, 7, 10), k.statusSet);
        CHECK(c.isOpen() == k.open);
        CHECK(c.isOverdue(k.asOf) == k.overdue);
        CHECK(c.needsConfirmation() == k.toConfirm);
        CHECK(c.isDueWithin(k.asOf, 30) == k.soon);
        CHECK(c.currentStatus() == k.status);
        CHECK(c.nextDue() == due);
        CHECK(c.statusForYear(2026) == k.status);
    }
}

TEST_CASE("rules: a rejected candidate is never open, overdue or counted", "[commit][rules]")
{
    const StoredCommitment c = oneTime(QDate(2026, 6, 30), NS, QDate(2026, 1, 1), false, Review::Rejected);
    CHECK_FALSE(c.isOpen());
    CHECK_FALSE(c.isOverdue(QDate(2027, 1, 1)));
    CHECK_FALSE(c.isDueWithin(QDate(2026, 6, 1), 30));
    CommitmentTally tally(QDate(2027, 1, 1));
    tally.add(c);
    CHECK(tally == CommitmentTally(QDate(2027, 1, 1)));
}

TEST_CASE(
    "rules: a yearly commitment follows its first open tracked year, earlier years are history", "[commit][rules]")
{
    // 2022–2026, imported on 1 December 2026: four years of history, 2026 the one followed.
    StoredCommitment c = yearly(2022, 2026, {}, QDate(2026, 12, 1));
    CHECK(c.history().size() == 4);
    REQUIRE(c.current() != nullptr);
    CHECK(c.current()->due == QDate(2026, 12, 31));
    CHECK(c.nextDue() == QDate(2026, 12, 31));
    CHECK(c.isOpen());
    CHECK_FALSE(c.isOverdue(QDate(2026, 12, 1))); // no past year lights up
    CHECK(c.isDueWithin(QDate(2026, 12, 1), 30));
    CHECK(c.isOverdue(QDate(2027, 1, 1)));

    // Tracked from 2022: every past year still open counts, once.
    c.trackedFrom = QDate(2022, 1, 1);
    CHECK(c.history().isEmpty());
    CHECK(c.current()->due == QDate(2022, 12, 31));
    CHECK(c.isOverdue(QDate(2026, 12, 1)));
    CHECK_FALSE(c.isDueWithin(QDate(2026, 12, 1), 30)); // overdue, not "due soon"

    // The year in progress is what the commitment shows, whatever the cached column says.
    c.occurrences[0].status = DN;
    c.occurrences[1].status = IP;
    c.status = NS;
    CHECK(c.currentStatus() == IP);
    CHECK(c.statusForYear(2023) == IP);
    CHECK(c.statusForYear(2021) == std::nullopt);
    CHECK(c.nextDue() == QDate(2023, 12, 31));

    // Every year closed: not open, shows the last year's status and day.
    for (Occurrence& o : c.occurrences)
        o.status = DN;
    c.occurrences.back().status = CN;
    CHECK_FALSE(c.isOpen());
    CHECK(c.current()->due == QDate(2026, 12, 31));
    CHECK(c.currentStatus() == CN);
    CHECK_FALSE(c.isOverdue(QDate(2030, 1, 1)));
}

TEST_CASE("rules: every period before tracking started is history: not open, not overdue", "[commit][rules]")
{
    const StoredCommitment c = yearly(2020, 2023, { IP }, QDate(2026, 1, 1));
    CHECK(c.current() == nullptr);
    CHECK_FALSE(c.isOpen());
    CHECK_FALSE(c.isOverdue(QDate(2026, 6, 1)));
    CHECK(c.currentStatus() == NS); // the last period's
    CHECK(c.nextDue() == QDate(2023, 12, 31));
    CHECK(c.history().size() == 4);
}

TEST_CASE("rules: the tally counts each commitment once, by its current status", "[commit][rules]")
{
    const QDate asOf(2026, 12, 15);
    const QDate from(2022, 1, 1);
    QList<StoredCommitment> all {
        oneTime(QDate(2026, 6, 30), NS, from), // overdue
        oneTime(QDate(2026, 12, 31), IP, from, true), // due within 30 and 90
        oneTime(QDate(2027, 2, 28), NS, from), // due within 90
        oneTime(QDate(2026, 3, 31), NS, QDate(2026, 10, 1)), // to confirm
        oneTime(QDate(2026, 3, 31), DN, from, true), // closed
        oneTime(QDate(), NS, from), // undated: open, nothing else
        yearly(2022, 2026, { DN, IP }, from), // 2023 in progress and overdue
        yearly(2022, 2026, {}, QDate(2026, 12, 1)), // history until 2026; 2026 due within 30
        oneTime(QDate(2026, 6, 30), NS, from, false, Review::Candidate), // overdue candidate
        oneTime(QDate(2026, 6, 30), NS, from, false, Review::Rejected), // not counted
    };
    CommitmentTally tally(asOf);
    for (const StoredCommitment& c : all)
        tally.add(c);
    CHECK(tally.total == 9);
    CHECK(tally.byStatus.value(NS) == 6);
    CHECK(tally.byStatus.value(IP) == 2);
    CHECK(tally.byStatus.value(DN) == 1);
    CHECK(tally.open == 8);
    CHECK(tally.overdue == 3);
    CHECK(tally.dueWithin30 == 2);
    CHECK(tally.dueWithin90 == 3);
    CHECK(tally.toConfirm == 1);
    CHECK(tally.candidates == 1);

    // The Deadlines screen's schedule counts the same, and lists each overdue commitment once.
    const DeadlineSchedule schedule(all, asOf, QDate(2027, 12, 31));
    CHECK(schedule.tally() == tally);
    REQUIRE_FALSE(schedule.groups().isEmpty());
    CHECK(schedule.groups().front().kind == DeadlineGroup::Overdue);
    CHECK(schedule.groups().front().deadlines.size() == tally.overdue);
    CHECK(schedule.groups()[1].kind == DeadlineGroup::ToConfirm);
    CHECK(schedule.groups()[1].deadlines.size() == tally.toConfirm);
    // The history of the second yearly one: four years, greyed at the end.
    CHECK(schedule.groups().back().kind == DeadlineGroup::History);
    CHECK(schedule.groups().back().deadlines.size() == 4);
}
