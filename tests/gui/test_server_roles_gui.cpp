#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/MessageBox.h"
#include "gui/agreements/AgreementsPage.h"
#include "gui/board/CommitmentBoard.h"
#include "gui/board/CommitmentModel.h"
#include "gui/reader/ReaderPage.h"
#include "import/Gazetteer.h"
#include "store/ImportService.h"
#include "store/ServerRoles.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QAction>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>

using namespace concord;
using namespace concord::test;

// These run on the private test server only (CTest's "postgresql: " run; hidden from the file run by the dot).

namespace {

struct RolesFixture
{
    GuiFixture gui;
    TempDatabase temp;
    std::unique_ptr<Database> owner = temp.open();
    FixedClock clock { QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC) };
    qint64 id = 0;

    RolesFixture()
    {
        gui.languages->apply(QStringLiteral("en"));
        const auto imported = ImportService(*owner, Gazetteer::builtIn(), longAgo())
                                  .importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")));
        REQUIRE(imported.ok());
        id = owner->agreements()->front().id;
        REQUIRE_FALSE(ServerRoles::apply(*owner).has_value());
    }

    std::unique_ptr<Database> as(StoreRole role)
    {
        StoreAddress address = StoreAddress::parse(temp.path()).value();
        const QString name = address.database + QLatin1Char('_') + StoreAccess::key(role);
        REQUIRE_FALSE(ServerRoles::addUser(*owner, { name, role, {}, {} }).has_value());
        address.user = name;
        auto opened = Database::open(address.display());
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }
};

const QString ViewerStatus = QStringLiteral(
    "You are connected as viewer: changing a status needs an editor. Ask the department's administrator.");

} // namespace

TEST_CASE("roles: a viewer sees the board's changes greyed, each saying which role it needs", "[gui][.server]")
{
    RolesFixture f;
    const auto viewer = f.as(StoreRole::Viewer);
    CommitmentBoard board(*viewer, Gazetteer::builtIn(), f.clock);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    REQUIRE(board.model()->rowCount() > 0);
    board.selectCommitment(board.model()->commitment(0)->id);
    const QModelIndex status = board.model()->index(0, CommitmentModel::StatusColumn);
    CHECK_FALSE(board.model()->flags(status).testFlag(Qt::ItemIsEditable));
    CHECK(status.data(Qt::ToolTipRole).toString() == ViewerStatus);
    for (const char* name : { "acceptButton", "editButton", "rejectButton" }) {
        INFO(name);
        auto* button = board.findChild<QPushButton*>(QString::fromLatin1(name));
        REQUIRE(button != nullptr);
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip()
            == QStringLiteral("You are connected as viewer: reviewing a commitment needs an editor. Ask the "
                              "department's administrator."));
    }
    CHECK_FALSE(board.findChild<QPushButton*>(QStringLiteral("addNoteButton"))->isEnabled());
    CHECK_FALSE(board.findChild<QLineEdit*>(QStringLiteral("noteEdit"))->isEnabled());

    // In Vietnamese and Chinese, for the screenshots.
    board.resize(1024, 700);
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    for (const QString code : { QStringLiteral("vi"), QStringLiteral("zh_CN") }) {
        REQUIRE(f.gui.languages->apply(code));
        REQUIRE(waitUntil([&] { return !board.isLoading(); }));
        CHECK(board.findChild<QPushButton*>(QStringLiteral("acceptButton"))->toolTip()
            != QStringLiteral("You are connected as viewer: reviewing a commitment needs an editor. Ask the "
                              "department's administrator."));
        if (!shots.isEmpty())
            board.grab().save(shots + QStringLiteral("/roles-viewer-board-%1.png").arg(code));
    }
    f.gui.languages->apply(QStringLiteral("en"));
}

TEST_CASE("roles: an editor reviews on the board but may not edit the reader's alignment or import", "[gui][.server]")
{
    RolesFixture f;
    const auto editor = f.as(StoreRole::Editor);
    CommitmentBoard board(*editor, Gazetteer::builtIn(), f.clock);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    board.selectCommitment(board.model()->commitment(0)->id);
    CHECK(board.model()->flags(board.model()->index(0, CommitmentModel::StatusColumn)).testFlag(Qt::ItemIsEditable));
    CHECK(board.findChild<QPushButton*>(QStringLiteral("addNoteButton"))->isEnabled());

    ReaderPage reader(*editor, Gazetteer::builtIn(), f.clock);
    REQUIRE(reader.openAgreement(f.id));
    for (const char* name : { "actionConfirmPair", "actionUnlinkPair", "actionMergePair", "actionSplitVietnamese",
             "actionShiftChineseUp" }) {
        INFO(name);
        auto* action = reader.findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(action != nullptr);
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip()
            == QStringLiteral("You are connected as editor: editing an alignment needs an administrator. Ask the "
                              "department's administrator."));
    }
    // Reading actions stay.
    CHECK(reader.findChild<QAction*>(QStringLiteral("actionFindInAgreement"))->isEnabled());
    CHECK(reader.findChild<QAction*>(QStringLiteral("actionCopyPair"))->isEnabled());
    // The tracked-from day is an editor's.
    CHECK(reader.findChild<QDateEdit*>(QStringLiteral("readerTrackedFrom"))->isEnabled());

    AgreementsPage page(*editor, Gazetteer::builtIn(), f.clock);
    auto* import = page.findChild<QPushButton*>(QStringLiteral("importButton"));
    CHECK_FALSE(import->isEnabled());
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(page.importFiles({ samplePath(QStringLiteral("001_21e0537984c48e62.txt")) }));
    CHECK(MessageBox::lastText()
        == QStringLiteral(
            "You are connected as editor: importing needs an administrator. Ask the department's administrator."));
    CHECK(f.owner->agreementCount() == 1);
}
