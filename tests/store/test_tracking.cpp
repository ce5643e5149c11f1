#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/ImportService.h"
#include "store/StoreEvents.h"
#include "store/UnitSearch.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

using namespace concord;
using namespace concord::test;

namespace {

const QString Memorandum = QStringLiteral("004_450d6ae2b470d9a1.txt"); // 2022–2026, yearly scholarships
const QDateTime When(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);

/// The first value of a query's first row.
QVariant valueOf(const Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0);
}

qint64 scalar(const Database& db, const QString& sql, const QVariantList& values = {})
{
    return valueOf(db, sql, values).toLongLong();
}

QString text(const Database& db, const QString& sql, const QVariantList& values = {})
{
    return valueOf(db, sql, values).toString();
}

QList<StoredCommitment> listOf(const Database& db, CommitmentFilter filter = {})
{
    const auto list = CommitmentStore(db, Gazetteer::builtIn()).list(filter);
    REQUIRE(list.ok());
    return list.value();
}

/// The memorandum's agreement (not its forwarding letter): the one with commitments.
qint64 memorandumId(const Database& db)
{
    return scalar(
        db, QStringLiteral("SELECT agreement_id FROM commitment GROUP BY agreement_id ORDER BY count(*) DESC"));
}

/// Every commitment's cached status column equals the status the rules show.
void checkStatusColumn(const Database& db)
{
    for (const StoredCommitment& c : listOf(db, { {}, {}, {}, {}, 0, {}, { Review::Candidate, Review::Accepted } })) {
        INFO("commitment " << c.id);
        CHECK(scalar(db, QStringLiteral("SELECT status = ? FROM commitment WHERE id = ?"),
                  { CommitmentStatusRules::key(c.currentStatus()), c.id })
            == 1);
    }
}

} // namespace

TEST_CASE("tracking: an agreement imported today lights up no past year of a yearly commitment", "[store][tracking]")
{
    TempDatabase temp;
    const auto db = temp.open();
    const FixedClock today(QDate(2026, 12, 1));
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), today).importPath(samplePath(Memorandum)).ok());
    const QList<StoredCommitment> all = listOf(*db);
    REQUIRE(all.size() == 17); // three yearly scholarships, 13 undated understandings, the end of validity
    int yearly = 0;
    for (const StoredCommitment& c : all) {
        CHECK(c.trackedFrom == QDate(2026, 12, 1));
        CHECK_FALSE(c.isOverdue(today.today()));
        if (c.isRecurring()) {
            ++yearly;
            CHECK(c.history().size() == 4); // 2022–2025
            CHECK(c.nextDue() == QDate(2026, 12, 31));
        }
    }
    CHECK(yearly == 3);
    CommitmentFilter overdue;
    overdue.overdueAsOf = today.today();
    CHECK(listOf(*db, overdue).isEmpty());
    // Next year the 2026 scholarships are overdue, and nothing earlier.
    overdue.overdueAsOf = QDate(2027, 1, 15);
    CHECK(listOf(*db, overdue).size() == 4); // three yearly ones and the memorandum's own end of validity

    // The office says it has followed the memorandum since mid-2022: the earlier years count again.
    CommitmentTracker tracker(*db, Gazetteer::builtIn());
    const qint64 agreement = memorandumId(*db);
    REQUIRE(tracker.setTrackedFrom(agreement, QDate(2022, 6, 1), When).ok());
    overdue.overdueAsOf = today.today();
    CHECK(listOf(*db, overdue).size() == 3);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM event WHERE action = 'tracked-from' AND detail = ?"),
              { QStringLiteral("2026-12-01 -> 2022-06-01") })
        == 1);
    const auto again = tracker.setTrackedFrom(agreement, QDate(2022, 6, 1), When);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message == QStringLiteral("Agreement %1 is already tracked from 2022-06-01.").arg(agreement));
    checkStatusColumn(*db);
}

TEST_CASE("tracking: a yearly commitment in progress is found by the in-progress filter", "[store][tracking]")
{
    TempDatabase temp;
    const auto db = temp.open();
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), longAgo()).importPath(samplePath(Memorandum)).ok());
    CommitmentTracker tracker(*db, Gazetteer::builtIn());
    const StoredCommitment first = listOf(*db).front();
    REQUIRE(first.isRecurring());
    // Without a year: the year being followed (2022); with one: that year.
    REQUIRE(tracker.setStatus(first.id, CommitmentStatus::Done, QString(), When).ok());
    REQUIRE(tracker.setStatus(first.id, CommitmentStatus::InProgress, QString(), When).ok());
    CommitmentFilter inProgress;
    inProgress.statuses = { CommitmentStatus::InProgress };
    const QList<StoredCommitment> found = listOf(*db, inProgress);
    REQUIRE(found.size() == 1);
    CHECK(found.front().id == first.id);
    CHECK(found.front().statusForYear(2022) == CommitmentStatus::Done);
    CHECK(found.front().statusForYear(2023) == CommitmentStatus::InProgress);
    CHECK(found.front().nextDue() == QDate(2023, 12, 31));
    CHECK(text(*db, QStringLiteral("SELECT status FROM commitment WHERE id = ?"), { first.id })
        == QStringLiteral("in-progress"));
    checkStatusColumn(*db);
    inProgress.statuses = { CommitmentStatus::NotStarted };
    const QList<StoredCommitment> notStarted = listOf(*db, inProgress);
    CHECK(notStarted.size() == 16);
    CHECK(std::none_of(
        notStarted.cbegin(), notStarted.cend(), [&first](const StoredCommitment& c) { return c.id == first.id; }));
}

TEST_CASE(
    "tracking: the history before tracking started is closed in bulk with one status and one note", "[store][tracking]")
{
    TempDatabase temp;
    const auto db = temp.open();
    const FixedClock today(QDate(2026, 12, 1));
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), today).importPath(samplePath(Memorandum)).ok());
    const qint64 agreement = memorandumId(*db);
    CommitmentTracker tracker(*db, Gazetteer::builtIn());
    const auto closed
        = tracker.closeHistory(agreement, CommitmentStatus::Done, QStringLiteral("Theo báo cáo tổng kết 2025"), When);
    REQUIRE(closed.ok());
    CHECK(closed.value() == 12); // three yearly commitments, 2022–2025 each
    CHECK(scalar(*db,
              QStringLiteral("SELECT count(*) FROM commitment_event WHERE field = 'status' AND note = ? "
                             "AND occurrence_id IS NOT NULL"),
              { QStringLiteral("Theo báo cáo tổng kết 2025") })
        == 12);
    for (const StoredCommitment& c : listOf(*db)) {
        for (const Occurrence& o : c.history())
            CHECK(o.status == CommitmentStatus::Done);
        if (c.isRecurring())
            CHECK(c.currentStatus() == CommitmentStatus::NotStarted); // 2026 untouched
    }
    checkStatusColumn(*db);
    const auto twice = tracker.closeHistory(agreement, CommitmentStatus::Done, QString(), When);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("no period before its tracked-from day")));
}

TEST_CASE("tracking: a one-time commitment due before tracking started waits for its status to be confirmed",
    "[store][tracking]")
{
    TempDatabase temp;
    const auto db = temp.open();
    // 000 (signed February 2026): its end of validity is 2027; imported in 2028 it is past due.
    const FixedClock later(QDate(2028, 3, 1));
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), later)
                .importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")))
                .ok());
    QList<StoredCommitment> oneTime;
    for (const StoredCommitment& c : listOf(*db)) {
        if (!c.isRecurring() && c.found.due.isValid())
            oneTime.append(c);
    }
    REQUIRE(oneTime.size() == 2); // the renewal and the end of validity, both 31 December 2027
    for (const StoredCommitment& c : oneTime) {
        CHECK(c.needsConfirmation());
        CHECK_FALSE(c.isOverdue(later.today()));
        CHECK(c.isOpen());
    }
    // Somebody confirms it was not started: now it is overdue. Confirming the same status is a change here.
    REQUIRE(CommitmentTracker(*db, Gazetteer::builtIn())
                .setStatus(oneTime.front().id, CommitmentStatus::NotStarted, QStringLiteral("checked"), When)
                .ok());
    const auto confirmed = CommitmentStore(*db, Gazetteer::builtIn()).get(oneTime.front().id);
    REQUIRE(confirmed.ok());
    CHECK_FALSE(confirmed->needsConfirmation());
    CHECK(confirmed->isOverdue(later.today()));
}

TEST_CASE("tracking: deleting an agreement removes all of it in one transaction and keeps a line of history",
    "[store][tracking]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService importer(*db, Gazetteer::builtIn(), longAgo());
    const auto youth = importer.importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")));
    const auto memorandum = importer.importPath(samplePath(Memorandum));
    REQUIRE(youth.ok());
    REQUIRE(memorandum.ok());
    const qint64 id = youth->agreementIds.front();
    const auto hits = [&db](const QString& query) {
        const auto found = UnitSearch(*db).search(query);
        REQUIRE(found.ok());
        return found->size();
    };
    REQUIRE(hits(QStringLiteral("thanh nien")) > 0);
    const qint64 otherUnits = scalar(*db, QStringLiteral("SELECT count(*) FROM unit WHERE agreement_id <> ?"), { id });

    QList<StoreChange> changed;
    QObject::connect(&db->events(), &StoreEvents::changed, [&changed](const StoreChange& c) { changed.append(c); });
    REQUIRE(AgreementStore(*db, Gazetteer::builtIn()).remove(id, When).ok());
    REQUIRE(changed.size() == 1);
    const StoreChange change = changed.front();
    CHECK(change.kind == StoreChange::Deleted);
    CHECK(change.agreements == QList<qint64>({ id }));

    for (const QString& table : { QStringLiteral("unit"), QStringLiteral("alignment_pair"),
             QStringLiteral("commitment"), QStringLiteral("agreement_text"), QStringLiteral("agreement_party"),
             QStringLiteral("signatory"), QStringLiteral("debris") }) {
        INFO(table.toStdString());
        CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM %1 WHERE agreement_id = ?").arg(table), { id }) == 0);
    }
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM unit")) == otherUnits);
    CHECK(hits(QStringLiteral("thanh nien cong san ho chi minh")) == 0); // 000 only
    CHECK(hits(QStringLiteral("hoc bong")) > 0); // the memorandum's stay
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM commitment_event")) == 0);
    QSqlQuery line(db->connection());
    REQUIRE(line.exec(QStringLiteral("SELECT at, agreement_id, detail FROM event WHERE action = 'deleted'")));
    REQUIRE(line.next());
    CHECK(line.value(0).toString() == QStringLiteral("2026-12-02T09:00:00Z"));
    CHECK(line.value(1).isNull());
    CHECK(line.value(2).toString().startsWith(QStringLiteral("%1\t").arg(id)));
    CHECK(line.value(2).toString().endsWith(QStringLiteral("\t000_a538a87b9166962b.txt")));
    checkSound(*db);

    // The same file can be imported again, as a new agreement.
    const auto again = importer.importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")));
    REQUIRE(again.ok());
    CHECK_FALSE(again->alreadyImported);
    CHECK(again->agreementIds.front() != id);
    CHECK(hits(QStringLiteral("thanh nien cong san ho chi minh")) > 0);
    const auto missing = AgreementStore(*db, Gazetteer::builtIn()).remove(id, When);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == QStringLiteral("There is no agreement %1.").arg(id));
}

TEST_CASE("tracking: every writer announces what it committed on the store's one change signal", "[store][tracking]")
{
    TempDatabase temp;
    const auto db = temp.open();
    QList<int> changed;
    QObject::connect(
        &db->events(), &StoreEvents::changed, [&changed](const StoreChange& c) { changed.append(c.kind); });
    const auto kinds = [&changed] { return std::exchange(changed, {}); };
    const auto imported = ImportService(*db, Gazetteer::builtIn(), longAgo()).importPath(samplePath(Memorandum));
    REQUIRE(imported.ok());
    CHECK(kinds() == QList<int>({ StoreChange::Imported }));
    const StoredCommitment c = listOf(*db).front();
    CommitmentTracker tracker(*db, Gazetteer::builtIn());
    REQUIRE(tracker.accept(c.id, {}, QString(), When).ok());
    REQUIRE(tracker.setStatus(c.id, CommitmentStatus::InProgress, QString(), When).ok());
    REQUIRE(tracker.addNote(c.id, QStringLiteral("x"), QString(), When).ok());
    REQUIRE(tracker.setTrackedFrom(c.agreementId, QDate(2025, 1, 1), When).ok());
    REQUIRE(tracker.closeHistory(c.agreementId, CommitmentStatus::Done, QString(), When).ok());
    REQUIRE(tracker.reject(c.id, QString(), When).ok());
    CHECK(kinds()
        == QList<int>({ StoreChange::Reviewed, StoreChange::StatusChanged, StoreChange::Noted, StoreChange::TrackedFrom,
            StoreChange::StatusChanged, StoreChange::Reviewed }));
    // A change that fails announces nothing.
    REQUIRE_FALSE(tracker.reject(c.id, QString(), When).ok());
    CHECK(kinds().isEmpty());
}
