#include "commit/CommitmentStatus.h"
#include "support/CatchQt.h"

using namespace concord;

TEST_CASE("commit: statuses round-trip through their stored keys", "[commit]")
{
    const auto status = GENERATE(CommitmentStatus::NotStarted, CommitmentStatus::InProgress, CommitmentStatus::Done,
        CommitmentStatus::Deferred, CommitmentStatus::Cancelled);
    CHECK(CommitmentStatusRules::fromKey(CommitmentStatusRules::key(status)) == status);
    CHECK_FALSE(CommitmentStatusRules::canChange(status, status));
}

TEST_CASE("commit: status keys are fixed strings", "[commit]")
{
    CHECK(CommitmentStatusRules::key(CommitmentStatus::NotStarted) == QStringLiteral("not-started"));
    CHECK(CommitmentStatusRules::key(CommitmentStatus::InProgress) == QStringLiteral("in-progress"));
    CHECK_FALSE(CommitmentStatusRules::fromKey(u"overdue").has_value());
}

TEST_CASE("commit: overdue is derived from due date status and the day", "[commit]")
{
    const QDate due(2026, 6, 30);
    using R = CommitmentStatusRules;
    CHECK_FALSE(R::isOverdue(CommitmentStatus::NotStarted, due, QDate(2026, 6, 30))); // due today: not yet
    CHECK(R::isOverdue(CommitmentStatus::NotStarted, due, QDate(2026, 7, 1)));
    CHECK(R::isOverdue(CommitmentStatus::InProgress, due, QDate(2026, 7, 1)));
    CHECK(R::isOverdue(CommitmentStatus::Deferred, due, QDate(2026, 7, 1)));
    CHECK_FALSE(R::isOverdue(CommitmentStatus::Done, due, QDate(2026, 7, 1)));
    CHECK_FALSE(R::isOverdue(CommitmentStatus::Cancelled, due, QDate(2026, 7, 1)));
    CHECK_FALSE(R::isOverdue(CommitmentStatus::NotStarted, QDate(), QDate(2026, 7, 1))); // no due date
}

TEST_CASE("commit: due within a window counts from the as-of day inclusive", "[commit]")
{
    using R = CommitmentStatusRules;
    const QDate asOf(2026, 6, 1);
    CHECK(R::isDueWithin(CommitmentStatus::NotStarted, QDate(2026, 6, 1), asOf, 30));
    CHECK(R::isDueWithin(CommitmentStatus::NotStarted, QDate(2026, 7, 1), asOf, 30));
    CHECK_FALSE(R::isDueWithin(CommitmentStatus::NotStarted, QDate(2026, 7, 2), asOf, 30));
    CHECK_FALSE(R::isDueWithin(CommitmentStatus::NotStarted, QDate(2026, 5, 31), asOf, 30)); // overdue instead
    CHECK_FALSE(R::isDueWithin(CommitmentStatus::Done, QDate(2026, 6, 10), asOf, 30));
}
