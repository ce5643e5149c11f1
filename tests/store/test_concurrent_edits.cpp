#include "import/Gazetteer.h"
#include "store/AlignmentSession.h"
#include "store/AlignmentStore.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/Database.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QMap>
#include <QMutex>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace concord;
using namespace concord::test;

namespace {

const QDateTime Tuesday(QDate(2026, 12, 1), QTime(14, 0), Qt::UTC);

/// One-time commitments of the samples, accepted, \a count of them.
QList<qint64> oneTimeCommitments(Database& db, int count)
{
    ImportService importer(db, Gazetteer::builtIn(), test::longAgo());
    for (const QString& name : { QStringLiteral("000_a538a87b9166962b.txt"), QStringLiteral("001_21e0537984c48e62.txt"),
             QStringLiteral("002_13411ba3686edd0d.txt"), QStringLiteral("003_314c7307816d8f71.txt") })
        REQUIRE(importer.importPath(samplePath(name)).ok());
    const auto all = CommitmentStore(db, Gazetteer::builtIn()).list({});
    REQUIRE(all.ok());
    QList<qint64> ids;
    CommitmentTracker tracker(db, Gazetteer::builtIn());
    for (const StoredCommitment& c : all.value()) {
        if (c.isRecurring() || c.needsConfirmation() || ids.size() == count)
            continue;
        REQUIRE(tracker.accept(c.id, {}, QString(), Tuesday).ok());
        ids.append(c.id);
    }
    REQUIRE(ids.size() == count);
    return ids;
}

/// field, old value, new value and author of each line of a commitment's history, oldest first.
QList<CommitmentEvent> historyOf(const Database& db, qint64 id)
{
    const auto history = CommitmentStore(db, Gazetteer::builtIn()).history(id);
    REQUIRE(history.ok());
    return history.value();
}

} // namespace

TEST_CASE("tracking: a change decided on an older version is refused with who changed it and when, and writes nothing",
    "[store][tracking][versions]")
{
    TempDatabase temp;
    auto mine = temp.open();
    auto theirs = temp.open(); // another officer's connection to the same store
    const qint64 id = oneTimeCommitments(*mine, 1).front();
    const StoredCommitment seen = CommitmentStore(*mine, Gazetteer::builtIn()).get(id).value();

    // Somebody else moves it on first.
    REQUIRE(CommitmentTracker(*theirs, Gazetteer::builtIn())
                .setStatus(id, CommitmentStatus::InProgress, QStringLiteral("Đã liên hệ"), Tuesday, {}, seen.version)
                .ok());
    const StoredCommitment now = CommitmentStore(*mine, Gazetteer::builtIn()).get(id).value();
    CHECK(now.version == seen.version + 1);
    const qsizetype lines = historyOf(*mine, id).size();

    // My change, decided on what I saw before theirs, is refused and names them.
    CommitmentTracker tracker(*mine, Gazetteer::builtIn());
    const auto refused
        = tracker.setStatus(id, CommitmentStatus::Done, QStringLiteral("Xong"), Tuesday, {}, seen.version);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QString::fromLatin1(CommitmentTracker::StaleCode));
    if (!theirs->userName().isEmpty())
        CHECK(refused.error().message.startsWith(
            QStringLiteral("%1 changed commitment %2 at ").arg(theirs->userName()).arg(id)));
    CHECK(refused.error().message.endsWith(
        QStringLiteral("after you read it: reload it to see the change, or apply yours anyway.")));
    CHECK(CommitmentStore(*mine, Gazetteer::builtIn()).get(id).value().status == CommitmentStatus::InProgress);
    CHECK(historyOf(*mine, id).size() == lines);
    // Accepting and rejecting are guarded the same way.
    CHECK(tracker.reject(id, QString(), Tuesday, seen.version).error().code
        == QString::fromLatin1(CommitmentTracker::StaleCode));

    // Reloaded, the change goes through; "apply mine anyway" (no version) too.
    REQUIRE(tracker.setStatus(id, CommitmentStatus::Done, QStringLiteral("Xong"), Tuesday, {}, now.version).ok());
    REQUIRE(tracker.setStatus(id, CommitmentStatus::Deferred, QString(), Tuesday).ok());
    const QList<CommitmentEvent> history = historyOf(*mine, id);
    REQUIRE(history.size() == lines + 2);
    CHECK(history.back().newValue == QStringLiteral("deferred"));
    CHECK(history.back().by == mine->userName());
    CHECK(CommitmentStore(*mine, Gazetteer::builtIn()).get(id).value().version == now.version + 2);
}

TEST_CASE("tracking: five programs changing the same twenty commitments at once lose no change",
    "[store][tracking][versions][concurrency]")
{
    TempDatabase temp;
    QList<qint64> ids;
    {
        auto db = temp.open();
        ids = oneTimeCommitments(*db, 20);
    }
    constexpr int Clients = 5;
    constexpr int ChangesEach = 200; // status changes and notes, alternately
    const QList<CommitmentStatus> statuses { CommitmentStatus::InProgress, CommitmentStatus::Done,
        CommitmentStatus::Deferred, CommitmentStatus::NotStarted };
    std::atomic<int> statusChanges { 0 }, notes { 0 }, refusals { 0 }, failures { 0 };
    QMutex errorsLock;
    QStringList errors;
    std::vector<std::unique_ptr<QThread>> clients;
    for (int client = 0; client < Clients; ++client) {
        clients.push_back(std::unique_ptr<QThread>(QThread::create([&, client] {
            // Each client is a program of its own: its own connection, its own tracker.
            auto opened = Database::open(temp.path());
            if (!opened) {
                ++failures;
                return;
            }
            Database& db = *opened.value();
            CommitmentTracker tracker(db, Gazetteer::builtIn());
            CommitmentStore store(db, Gazetteer::builtIn());
            for (int k = 0; k < ChangesEach; ++k) {
                const qint64 id = ids[(client * 7 + k) % ids.size()];
                if (k % 2 == 1) {
                    const auto noted = tracker.addNote(
                        id, QStringLiteral("client %1 note %2").arg(client).arg(k), QString(), Tuesday);
                    noted ? ++notes : ++failures;
                    continue;
                }
                // Read, decide, write with the version read; refused: read again and decide again.
                for (;;) {
                    const auto current = store.get(id);
                    if (!current) {
                        ++failures;
                        break;
                    }
                    // One to three steps along the cycle: never the status it has.
                    const CommitmentStatus next
                        = statuses[(statuses.indexOf(current->status) + 1 + client % 3) % statuses.size()];
                    const auto set = tracker.setStatus(id, next, QString(), Tuesday, {}, current->version);
                    if (set) {
                        ++statusChanges;
                        break;
                    }
                    if (set.error().code == QString::fromLatin1(CommitmentTracker::StaleCode)) {
                        ++refusals;
                        continue;
                    }
                    const QMutexLocker locker(&errorsLock);
                    errors.append(set.error().toString());
                    ++failures;
                    break;
                }
            }
        })));
        clients.back()->start();
    }
    for (const auto& thread : clients)
        REQUIRE(thread->wait(240000));
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(failures == 0);
    CHECK(statusChanges == Clients * ChangesEach / 2);
    CHECK(notes == Clients * ChangesEach / 2);

    // Every change is in the history, and each status change starts from the status the one before it left: no
    // change was made on a state another had already replaced.
    auto db = temp.open();
    int statusLines = 0, noteLines = 0;
    for (const qint64 id : ids) {
        const QList<CommitmentEvent> history = historyOf(*db, id);
        QString status = QStringLiteral("not-started");
        for (const CommitmentEvent& e : history) {
            if (e.field == QLatin1String("note")) {
                ++noteLines;
                CHECK(e.by == db->userName());
            } else if (e.field == QLatin1String("status")) {
                ++statusLines;
                CHECK(e.oldValue == status);
                status = e.newValue;
            }
        }
        const StoredCommitment c = CommitmentStore(*db, Gazetteer::builtIn()).get(id).value();
        CHECK(CommitmentStatusRules::key(c.status) == status);
    }
    CHECK(statusLines == statusChanges);
    CHECK(noteLines == notes);

    // Every client reads the same counts afterwards.
    QMap<QString, int> first;
    for (int client = 0; client < Clients; ++client) {
        auto reader = Database::open(temp.path());
        REQUIRE(reader.ok());
        QMap<QString, int> tally;
        const auto list = CommitmentStore(*reader.value(), Gazetteer::builtIn()).list({});
        REQUIRE(list.ok());
        for (const StoredCommitment& c : list.value())
            ++tally[CommitmentStatusRules::key(c.status)];
        if (client == 0)
            first = tally;
        CHECK(tally == first);
    }
}

TEST_CASE("alignment: an edit decided on an older reading of the agreement is refused with who and when, and writes "
          "nothing",
    "[store][alignment][versions]")
{
    TempDatabase temp;
    auto mine = temp.open();
    auto theirs = temp.open(); // another officer's connection to the same store
    const auto imported = ImportService(*mine, Gazetteer::builtIn(), test::longAgo())
                              .importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")));
    REQUIRE(imported.ok());
    const qint64 id = imported->agreementIds.first();
    AlignmentSession here(*mine, Gazetteer::builtIn(), test::longAgo());
    AlignmentSession there(*theirs, Gazetteer::builtIn(), test::longAgo());
    REQUIRE(here.open(id).ok());
    REQUIRE(there.open(id).ok());
    CHECK(here.agreement().header.version == 1);

    // They confirm the first pair; the agreement's version moves on, and the pair carries it.
    REQUIRE(there.apply(AlignmentEdit::confirm(0), QStringLiteral("Lan")).ok());
    CHECK(there.agreement().header.version == 2);
    QSqlQuery pair(theirs->connection());
    REQUIRE(pair.exec(
        QStringLiteral("SELECT version FROM alignment_pair WHERE agreement_id = %1 AND position = 0").arg(id)));
    REQUIRE(pair.next());
    CHECK(pair.value(0).toLongLong() == 2);

    // My merge, decided on the alignment before theirs, is refused and names them; nothing of it is written.
    const auto before = AlignmentStore(*mine).load(id);
    REQUIRE(before.ok());
    const auto refused = here.apply(AlignmentEdit::mergeWithNext(2), QStringLiteral("Minh"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QString::fromLatin1(AlignmentStore::StaleCode));
    if (!theirs->userName().isEmpty())
        CHECK(refused.error().message.startsWith(
            QStringLiteral("%1 changed agreement %2 at ").arg(theirs->userName()).arg(id)));
    const auto after = AlignmentStore(*mine).load(id);
    REQUIRE(after.ok());
    CHECK(after->versions == before->versions);
    CHECK(after->header.version == 2);
    // So is a tracked-from day chosen on the old reading.
    CommitmentTracker tracker(*mine, Gazetteer::builtIn());
    const auto tracked = tracker.setTrackedFrom(id, QDate(2026, 6, 1), Tuesday, qint64(1));
    REQUIRE_FALSE(tracked.ok());
    CHECK(tracked.error().code == QString::fromLatin1(AlignmentStore::StaleCode));
    CHECK(mine->agreement(id).value()->trackedFrom != QDate(2026, 6, 1));

    // Read again, my edit goes through on theirs.
    REQUIRE(here.open(id).ok());
    CHECK(here.versions().alignment.pairs[0].confirmed);
    REQUIRE(here.apply(AlignmentEdit::mergeWithNext(2), QStringLiteral("Minh")).ok());
    CHECK(here.agreement().header.version == 3);
    REQUIRE(tracker.setTrackedFrom(id, QDate(2026, 6, 1), Tuesday, qint64(3)).ok());
    CHECK(mine->agreement(id).value()->version == 4);
}
