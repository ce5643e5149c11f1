#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/parties/PartiesPage.h"
#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QTextBrowser>
#include <QTreeWidget>

using namespace concord;
using namespace concord::test;

namespace {
QTreeWidgetItem* findParty(QTreeWidget& tree, const QString& name)
{
    const auto found = tree.findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
    REQUIRE(found.size() == 1);
    return found.first();
}
} // namespace

TEST_CASE("parties: a merged province sits under its successor, whose agreements include its own", "[gui][parties]")
{
    GuiFixture gui;
    gui.languages->apply(QStringLiteral("en"));
    TempDatabase temp;
    auto db = temp.open();
    ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
    for (const char* sample : { "001_21e0537984c48e62.txt", "004_450d6ae2b470d9a1.txt" })
        REQUIRE(store.importPath(samplePath(QString::fromLatin1(sample))).ok());
    FixedClock clock(QDate(2026, 11, 29));
    PartiesPage page(*db, Gazetteer::builtIn(), clock);
    page.show(); // a screen reads the store when it is shown, on a worker thread
    REQUIRE(waitUntil([&page] { return !page.isLoading(); }));

    QTreeWidgetItem* haGiang = findParty(*page.tree(), QStringLiteral("Hà Giang"));
    REQUIRE(haGiang->parent() != nullptr);
    CHECK(haGiang->parent()->text(0) == QStringLiteral("Tuyên Quang"));
    CHECK(haGiang->text(1) == QStringLiteral("河江"));
    CHECK(haGiang->text(4).startsWith(QStringLiteral("merged on 7/1/2025")));
    // Hà Giang's letter and memorandum (004) count for Tuyên Quang, with its own minutes (001).
    CHECK(haGiang->text(3) == QStringLiteral("2"));
    CHECK(haGiang->parent()->text(3) == QStringLiteral("3"));

    page.tree()->setCurrentItem(haGiang->parent());
    REQUIRE(waitUntil([&page] { return !page.isLoading(); })); // its commitments are read in the background
    const QString details = page.details()->toPlainText();
    CHECK(page.agreements()->topLevelItemCount() == 3);
    CHECK(page.agreements()->headerItem()->text(0) == QStringLiteral("3 agreements"));
    REQUIRE(page.commitments()->topLevelItemCount() > 0);
    CHECK(page.commitments()->topLevelItem(0)->text(2).startsWith(QStringLiteral("Not started")));
    CHECK(details.contains(QStringLiteral("accepted commitments it is responsible for")));
    CHECK(details.contains(QStringLiteral("awaiting review (not counted)")));
}

TEST_CASE("parties: screenshots in Vietnamese and Chinese", "[gui][parties][screenshot]")
{
    GuiFixture gui;
    TempDatabase temp;
    auto db = temp.open();
    ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
    for (const char* sample : { "000_a538a87b9166962b.txt", "001_21e0537984c48e62.txt", "004_450d6ae2b470d9a1.txt" })
        REQUIRE(store.importPath(samplePath(QString::fromLatin1(sample))).ok());
    FixedClock clock(QDate(2026, 11, 29));
    PartiesPage page(*db, Gazetteer::builtIn(), clock);
    page.show();
    page.resize(1200, 700);
    REQUIRE(waitUntil([&page] { return !page.isLoading(); }));
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    for (const auto& [code, header] : { std::pair { QStringLiteral("vi"), QStringLiteral("Tên tiếng Việt") },
             std::pair { QStringLiteral("zh_CN"), QStringLiteral("越南文名称") } }) {
        REQUIRE(gui.languages->apply(code));
        REQUIRE(waitUntil([&page] { return !page.isLoading(); }));
        CHECK(page.tree()->headerItem()->text(0) == header);
        page.tree()->setCurrentItem(findParty(*page.tree(), QStringLiteral("Tuyên Quang")));
        REQUIRE(waitUntil([&page] { return !page.isLoading(); }));
        CHECK(page.commitments()->topLevelItemCount() > 0);
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/parties-detail-%1.png").arg(code));
    }
    gui.languages->apply(QStringLiteral("en"));
}
