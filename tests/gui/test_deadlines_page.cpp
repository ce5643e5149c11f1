#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/deadlines/DeadlinesPage.h"
#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace concord;
using namespace concord::test;

namespace {
struct DeadlineFixture
{
    GuiFixture gui;
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock { QDate(2026, 11, 29) };

    DeadlineFixture()
    {
        ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
        for (const char* sample :
            { "000_a538a87b9166962b.txt", "001_21e0537984c48e62.txt", "004_450d6ae2b470d9a1.txt" })
            REQUIRE(store.importPath(samplePath(QString::fromLatin1(sample))).ok());
    }
};
} // namespace

TEST_CASE(
    "deadlines: overdue first, then one group per month, a yearly commitment once per open year", "[gui][deadlines]")
{
    DeadlineFixture f;
    f.gui.languages->apply(QStringLiteral("en"));
    DeadlinesPage page(*f.db, Gazetteer::builtIn(), f.clock);
    page.show(); // a screen reads the store when it is shown, on a worker thread
    REQUIRE(waitUntil([&page] { return !page.isLoading(); }));
    QTreeWidget& tree = *page.tree();
    REQUIRE(tree.topLevelItemCount() >= 2);

    // What the store holds (nothing closed yet, everything tracked since 2000): each commitment past due once,
    // and every day still to come up to the end of November 2027, a yearly commitment once per year.
    const auto list = CommitmentStore(*f.db, Gazetteer::builtIn()).list({});
    REQUIRE(list.ok());
    int overdue = 0, coming = 0;
    const QDate until(2027, 11, 30);
    for (const StoredCommitment& c : list.value()) {
        QList<QDate> open;
        if (c.occurrences.isEmpty()) {
            if (c.found.due.isValid())
                open.append(c.found.due);
        } else {
            for (const Occurrence& o : c.occurrences)
                open.append(o.due);
        }
        bool late = false;
        for (const QDate& due : open) {
            if (due < f.clock.today())
                late = true;
            else if (due <= until)
                ++coming;
        }
        overdue += late ? 1 : 0;
    }
    REQUIRE(overdue > 0);
    CHECK(page.schedule().tally().overdue == overdue);
    CHECK(tree.topLevelItem(0)->text(0) == QStringLiteral("Overdue (%1)").arg(overdue));
    int listed = 0;
    for (int i = 1; i < tree.topLevelItemCount(); ++i)
        listed += tree.topLevelItem(i)->childCount();
    CHECK(listed == coming);
    CHECK(tree.topLevelItem(1)->text(0).startsWith(QStringLiteral("December 2026 (")));

    // Double-click a deadline: the board is asked to show it.
    QSignalSpy show(&page, &DeadlinesPage::showCommitment);
    emit tree.itemActivated(tree.topLevelItem(0)->child(0), 0);
    REQUIRE(show.count() == 1);
    CHECK(show.first().first().toLongLong() > 0);

    // Fewer months ahead, fewer groups.
    page.findChild<QSpinBox*>(QStringLiteral("deadlineMonths"))->setValue(1);
    REQUIRE(waitUntil([&page] { return !page.isLoading(); }));
    CHECK(tree.topLevelItemCount() <= 2);
}

TEST_CASE("deadlines: screenshots in Vietnamese and Chinese", "[gui][deadlines][screenshot]")
{
    DeadlineFixture f;
    // The memorandum of 2022–2026 followed from 2025: its earlier years show apart, greyed.
    QSqlQuery memorandum(f.db->connection());
    REQUIRE(memorandum.exec(QStringLiteral("SELECT agreement_id FROM commitment WHERE recurrence = 'yearly' AND "
                                           "due = '2022-12-31' LIMIT 1")));
    REQUIRE(memorandum.next());
    REQUIRE(CommitmentTracker(*f.db, Gazetteer::builtIn())
                .setTrackedFrom(memorandum.value(0).toLongLong(), QDate(2025, 1, 1), f.clock.now())
                .ok());
    DeadlinesPage page(*f.db, Gazetteer::builtIn(), f.clock);
    page.show();
    page.resize(1200, 700);
    REQUIRE(waitUntil([&page] { return !page.isLoading(); }));
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    for (const auto& [code, overdue] : { std::pair { QStringLiteral("vi"), QStringLiteral("Quá hạn") },
             std::pair { QStringLiteral("zh_CN"), QStringLiteral("逾期") } }) {
        REQUIRE(f.gui.languages->apply(code));
        REQUIRE(waitUntil([&page] { return !page.isLoading(); }));
        REQUIRE(page.tree()->topLevelItemCount() > 0);
        CHECK(page.tree()->topLevelItem(0)->text(0).startsWith(overdue));
        QTreeWidgetItem* history = page.tree()->topLevelItem(page.tree()->topLevelItemCount() - 1);
        CHECK(history->childCount() == 9); // 2022–2024 of the three yearly scholarships, none closed
        page.tree()->setCurrentItem(history->child(0));
        CHECK(page.findChild<QPushButton*>(QStringLiteral("closeHistoryButton"))->isEnabled());
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/deadlines-list-%1.png").arg(code));
    }
    f.gui.languages->apply(QStringLiteral("en"));
}

TEST_CASE("deadlines: a hidden page reads the store when it is next shown, not on every change", "[gui][deadlines]")
{
    DeadlineFixture f;
    f.gui.languages->apply(QStringLiteral("en"));
    DeadlinesPage page(*f.db, Gazetteer::builtIn(), f.clock);
    CHECK(page.isStale());
    CHECK(page.tree()->topLevelItemCount() == 0);
    page.show();
    CHECK_FALSE(page.isStale());
    REQUIRE(waitUntil([&page] { return !page.isLoading(); }));
    const int groups = page.tree()->topLevelItemCount();
    REQUIRE(groups >= 2);
    page.hide();
    page.invalidate();
    CHECK(page.isStale());
    CHECK(page.tree()->topLevelItemCount() == groups); // nothing read while hidden
    page.show();
    CHECK_FALSE(page.isStale());
    REQUIRE(waitUntil([&page] { return !page.isLoading(); }));
    CHECK(page.tree()->topLevelItemCount() == groups);
}
