#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

using namespace concord;
using namespace concord::test;

namespace {

const QDateTime Monday(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QDateTime Tuesday(QDate(2026, 3, 3), QTime(14, 30), Qt::UTC);

/// The stored commitment of \a label whose quantity is \a quantity.
StoredCommitment find(const Database& db, const QString& label, const QString& quantity)
{
    CommitmentFilter filter;
    filter.reviews = { Review::Candidate, Review::Accepted, Review::Rejected };
    const auto all = CommitmentStore(db, Gazetteer::builtIn()).list(filter);
    REQUIRE(all.ok());
    for (const StoredCommitment& s : all.value()) {
        if (s.found.label == label && s.found.quantity == quantity)
            return s;
    }
    FAIL("no commitment " << label.toStdString() << " " << quantity.toStdString());
    return {};
}

QStringList ids(const Result<QList<StoredCommitment>>& list)
{
    INFO((list.ok() ? std::string() : list.error().toString().toStdString()));
    REQUIRE(list.ok());
    QStringList result;
    for (const StoredCommitment& s : list.value())
        result.append(QStringLiteral("%1 %2").arg(s.found.label, s.found.quantity));
    return result;
}

} // namespace

TEST_CASE("tracking: imported candidates are accepted, edited, rejected, and every change is in the history",
    "[store][commit]")
{
    TempDatabase temp;
    {
        const auto db = temp.open();
        REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                    .importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")))
                    .ok());
        CommitmentTracker tracker(*db, Gazetteer::builtIn());
        const StoredCommitment delegation = find(*db, QStringLiteral("Điều 2:"), QStringLiteral("80 người"));
        CHECK(delegation.review == Review::Candidate);
        CHECK(delegation.found.responsible == QStringList { QStringLiteral("guangxi") });
        CHECK(delegation.occurrences.size() == 2);

        CommitmentEdits edits;
        edits.quantity = QStringLiteral("82 người");
        REQUIRE(tracker.accept(delegation.id, edits, QStringLiteral("Số liệu theo công văn bổ sung"), Monday).ok());
        // A candidate that is not a commitment is rejected, and then no longer listed.
        const StoredCommitment costs = find(*db, QStringLiteral("Điều 6:"), QString());
        REQUIRE(tracker.reject(costs.id, QStringLiteral("chi phí, không phải việc cần theo dõi"), Monday).ok());
        // Done for 2026 only: 2027 stays open.
        REQUIRE(
            tracker
                .setStatus(delegation.id, CommitmentStatus::Done, QStringLiteral("Đoàn đã sang tháng 7"), Tuesday, 2026)
                .ok());
        REQUIRE(tracker
                    .addNote(delegation.id, QStringLiteral("Danh sách đoàn"), QStringLiteral("https://example.org/ds"),
                        Tuesday)
                    .ok());
    }
    // Reopened: everything survived.
    const auto db = temp.open();
    const StoredCommitment delegation = find(*db, QStringLiteral("Điều 2:"), QStringLiteral("82 người"));
    CHECK(delegation.review == Review::Accepted);
    REQUIRE(delegation.occurrences.size() == 2);
    CHECK(delegation.occurrences[0].status == CommitmentStatus::Done);
    CHECK(delegation.occurrences[1].status == CommitmentStatus::NotStarted);
    CHECK(delegation.nextDue() == QDate(2027, 12, 31));
    CHECK(delegation.lastNote == QStringLiteral("Danh sách đoàn"));
    const auto history = CommitmentStore(*db, Gazetteer::builtIn()).history(delegation.id);
    REQUIRE(history.ok());
    QStringList lines;
    for (const CommitmentEvent& e : history.value()) {
        lines.append(QStringLiteral("%1 %2 %3 %4>%5 %6 %7")
                         .arg(e.at.toString(Qt::ISODate), e.field,
                             e.occurrence.isValid() ? e.occurrence.toString(Qt::ISODate) : QStringLiteral("-"),
                             e.oldValue, e.newValue, e.note, e.link));
    }
    CHECK(lines
        == QStringList({
            QStringLiteral("2026-03-02T09:00:00Z review - candidate>accepted Số liệu theo công văn bổ sung "),
            QStringLiteral("2026-03-02T09:00:00Z quantity - 80 người>82 người Số liệu theo công văn bổ sung "),
            QStringLiteral("2026-03-03T14:30:00Z status 2026-12-31 not-started>done Đoàn đã sang tháng 7 "),
            QStringLiteral("2026-03-03T14:30:00Z note - > Danh sách đoàn https://example.org/ds"),
        }));
    // Of Article 6's three clauses (two on costs, one on managing the delegations), the rejected one is no longer
    // listed (unless asked for).
    CommitmentFilter shown;
    CHECK(ids(CommitmentStore(*db, Gazetteer::builtIn()).list(shown)).count(QStringLiteral("Điều 6: ")) == 2);
    shown.reviews = { Review::Rejected };
    CHECK(ids(CommitmentStore(*db, Gazetteer::builtIn()).list(shown)) == QStringList { QStringLiteral("Điều 6: ") });
}

TEST_CASE("tracking: a change that cannot be made says why and changes nothing", "[store][commit]")
{
    TempDatabase temp;
    const auto db = temp.open();
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                .importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")))
                .ok());
    CommitmentTracker tracker(*db, Gazetteer::builtIn());
    const StoredCommitment delegation = find(*db, QStringLiteral("Điều 1:"), QStringLiteral("01 đoàn"));
    const auto noYear = tracker.setStatus(delegation.id, CommitmentStatus::Done, QString(), Monday, 2030);
    REQUIRE_FALSE(noYear.ok());
    CHECK(noYear.error().message == QStringLiteral("Commitment %1 has no occurrence in 2030.").arg(delegation.id));
    const auto missing = tracker.setStatus(9999, CommitmentStatus::Done, QString(), Monday);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == QStringLiteral("There is no commitment 9999."));
    CommitmentEdits unknown;
    unknown.responsible = QStringList { QStringLiteral("Atlantis") };
    CHECK_FALSE(tracker.accept(delegation.id, unknown, QString(), Monday).ok());
    CHECK_FALSE(tracker.addNote(delegation.id, QStringLiteral("  "), QString(), Monday).ok());
    // The database refuses the history row: the status change goes too.
    refuseInserts(*db, QStringLiteral("commitment_event"));
    const auto refused = tracker.setStatus(delegation.id, CommitmentStatus::InProgress, QString(), Monday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("disk full")));
    const StoredCommitment after = find(*db, QStringLiteral("Điều 1:"), QStringLiteral("01 đoàn"));
    CHECK(after.status == CommitmentStatus::NotStarted);
    CHECK(after.review == Review::Candidate);
    CHECK(CommitmentStore(*db, Gazetteer::builtIn()).history(delegation.id)->isEmpty());
}

TEST_CASE("tracking: lists filter by party with merged predecessors, status, due range, agreement and overdue",
    "[store][commit]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService importer(*db, Gazetteer::builtIn(), test::longAgo());
    REQUIRE(importer.importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt"))).ok());
    const auto memorandum = importer.importPath(samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")));
    REQUIRE(memorandum.ok());
    const CommitmentStore store(*db, Gazetteer::builtIn());

    // Hà Giang's scholarships (2022–2026) are Tuyên Quang's to follow up since the 2025 merger.
    CommitmentFilter tuyenQuang;
    tuyenQuang.party = QStringLiteral("Tuyên Quang");
    const QStringList ofTuyenQuang = ids(store.list(tuyenQuang));
    CHECK(ofTuyenQuang.contains(QStringLiteral("III. 02 suất học bổng")));
    CHECK(ofTuyenQuang.contains(QStringLiteral("Điều 3: 15 - 20 người")));
    CHECK_FALSE(ofTuyenQuang.contains(QStringLiteral("Điều 2: 80 người"))); // Guangxi's
    CommitmentFilter haGiang;
    haGiang.party = QStringLiteral("河江");
    CHECK(ids(store.list(haGiang)).contains(QStringLiteral("III. 02 suất học bổng")));
    CHECK_FALSE(ids(store.list(haGiang)).contains(QStringLiteral("Điều 3: 15 - 20 người")));

    CommitmentFilter guangxiOverdue;
    guangxiOverdue.party = QStringLiteral("Quảng Tây");
    guangxiOverdue.overdueAsOf = QDate(2027, 1, 10);
    CHECK(ids(store.list(guangxiOverdue))
        == QStringList({ QStringLiteral("III. 100 suất học bổng"), QStringLiteral("Điều 1: 01 đoàn"),
            QStringLiteral("Điều 2: 80 người"), QStringLiteral("Điều 4: "), QStringLiteral(" ") }));

    CommitmentFilter range;
    range.agreementId = memorandum->agreementIds.back();
    range.dueFrom = QDate(2022, 1, 1);
    range.dueTo = QDate(2022, 12, 31);
    CHECK(ids(store.list(range))
        == QStringList({ QStringLiteral("III. 100 suất học bổng"), QStringLiteral("III. 05 suất học bổng"),
            QStringLiteral("III. 02 suất học bổng") }));

    CommitmentFilter done;
    done.statuses = { CommitmentStatus::Done };
    CHECK(ids(store.list(done)).isEmpty());
    CommitmentFilter nobody;
    nobody.party = QStringLiteral("Atlantis");
    REQUIRE_FALSE(store.list(nobody).ok());
    CHECK(store.list(nobody).error().message == QStringLiteral("No party called \"Atlantis\" in this store."));
}

TEST_CASE("tracking: a first window holds the earliest-due commitments of the whole list", "[store][commit]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService importer(*db, Gazetteer::builtIn(), test::longAgo());
    REQUIRE(importer.importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt"))).ok());
    REQUIRE(importer.importPath(samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt"))).ok());
    const CommitmentStore store(*db, Gazetteer::builtIn());
    const auto whole = store.list({});
    REQUIRE(whole.ok());
    REQUIRE(whole->size() > 6);
    for (const int k : { 1, 3, 6 }) {
        CommitmentFilter first;
        first.limit = k;
        const auto window = store.list(first);
        REQUIRE(window.ok());
        CHECK(window->size() == k);
        QSet<qint64> inWindow;
        QDate latest; // the latest stored due date in the window
        for (const StoredCommitment& c : window.value()) {
            inWindow.insert(c.id);
            CHECK(
                std::any_of(whole->cbegin(), whole->cend(), [&c](const StoredCommitment& w) { return w.id == c.id; }));
            if (c.found.due.isValid() && (!latest.isValid() || c.found.due > latest))
                latest = c.found.due;
        }
        // Nothing left out is due before what the window holds.
        for (const StoredCommitment& c : whole.value()) {
            if (!inWindow.contains(c.id) && c.found.due.isValid())
                CHECK(c.found.due >= latest);
        }
    }
    // Narrowed by a rule after the window is read: no more than the window, all of them matching.
    CommitmentFilter done;
    done.limit = 5;
    done.statuses = { CommitmentStatus::NotStarted };
    const auto narrowed = store.list(done);
    REQUIRE(narrowed.ok());
    CHECK(narrowed->size() <= 5);
    for (const StoredCommitment& c : narrowed.value())
        CHECK(c.currentStatus() == CommitmentStatus::NotStarted);
}
