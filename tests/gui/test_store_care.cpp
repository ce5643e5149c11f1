#include "gui/FileDialog.h"
#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/agreements/AgreementsPage.h"
#include "import/Gazetteer.h"
#include "store/Database.h"
#include "store/ImportService.h"
#include "store/StoreBackup.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

using namespace concord;
using concord::test::GuiFixture;
using concord::test::TempDatabase;

namespace {

const test::FixedClock Today(QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC));

/// A store at \a path holding the samples named, imported with the fixed clock.
void storeWith(const QString& path, const QStringList& samples)
{
    auto db = Database::open(path);
    REQUIRE(db.ok());
    for (const QString& name : samples)
        REQUIRE(ImportService(*db.value(), Gazetteer::builtIn(), Today)
                    .importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name)
                    .ok());
}

QAction* action(const MainWindow& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

QString countText(const MainWindow& window)
{
    REQUIRE(test::waitUntil([&window] { return !window.agreementsPage()->isLoading(); }));
    return window.agreementsPage()->findChild<QLabel*>(QStringLiteral("agreementCount"))->text();
}

const QString First = QStringLiteral("000_a538a87b9166962b.txt");
const QString Second = QStringLiteral("003_314c7307816d8f71.txt");

} // namespace

TEST_CASE("gui: a damaged store is said to be damaged and its newest backup offered, restored on Yes", "[gui][backup]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    const QString path = f.file(QStringLiteral("store.sqlite"));
    storeWith(path, { First });
    {
        MainWindow window(*f.settings, *f.languages, &Today);
        REQUIRE(window.openDatabase(path)); // the day's backup is made on opening
    }
    REQUIRE(StoreBackup::dailyCopies(path).size() == 1);
    TempDatabase::damageTable(path, QStringLiteral("commitment"));

    MainWindow window(*f.settings, *f.languages, &Today);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(window.openDatabase(path));
    CHECK(MessageBox::lastText().startsWith(
        QStringLiteral("%1: The database is damaged. Restore it from a backup").arg(path)));
    CHECK(MessageBox::lastText().contains(StoreBackup::dailyCopies(path).front().absoluteFilePath()));
    CHECK(countText(window) == QStringLiteral("1 of 1 agreement"));
    CHECK_FALSE(window.database()->check(Database::CheckDepth::Full).has_value());
    CHECK(QFile::exists(path + QStringLiteral(".replaced-20260504-093000")));
}

TEST_CASE("gui: a damaged store without a backup is refused with the reason, the open store stays", "[gui][backup]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    const QString good = f.file(QStringLiteral("good.sqlite"));
    const QString bad = f.file(QStringLiteral("bad.sqlite"));
    storeWith(bad, { First });
    TempDatabase::damageTable(bad, QStringLiteral("unit"));
    MainWindow window(*f.settings, *f.languages, &Today);
    REQUIRE(window.openDatabase(good));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openDatabase(bad));
    CHECK(MessageBox::lastText().startsWith(
        QStringLiteral("%1: The database is damaged. Restore it from a backup").arg(bad)));
    CHECK(window.database()->path() == good);
}

TEST_CASE("gui: File > Back Up writes a copy and File > Restore puts one back into the open store", "[gui][backup]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    const QString path = f.file(QStringLiteral("store.sqlite"));
    storeWith(path, { First });
    MainWindow window(*f.settings, *f.languages, &Today);
    REQUIRE(window.openDatabase(path));
    const QString copy = f.file(QStringLiteral("mine.sqlite"));
    FileDialog::setNextFileName(copy);
    action(window, "actionBackUp")->trigger();
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Backed up to %1").arg(copy));
    CHECK_FALSE(StoreBackup::verify(copy).has_value());

    storeWith(path, { Second }); // more agreements after the backup
    REQUIRE(window.openDatabase(path));
    CHECK(countText(window) == QStringLiteral("3 of 3 agreements")); // 003 is a letter forwarding an agreement
    FileDialog::setNextFileName(copy);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action(window, "actionRestore")->trigger();
    CHECK(MessageBox::lastText()
        == QStringLiteral("Replace the content of %1 by the backup %2? The present content is kept beside it.")
               .arg(path, copy));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Restored from the backup."));
    CHECK(countText(window) == QStringLiteral("1 of 1 agreement"));
}

TEST_CASE("gui: the File menu's backup entries and the damaged-store question in Vietnamese and Chinese",
    "[gui][backup][screenshot]")
{
    GuiFixture f;
    const QString path = f.file(QStringLiteral("store.sqlite"));
    storeWith(path, { First });
    {
        MainWindow window(*f.settings, *f.languages, &Today);
        REQUIRE(window.openDatabase(path));
    }
    TempDatabase::damageTable(path, QStringLiteral("commitment"));
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    for (const auto& [code, backUp, title] :
        { std::tuple { QStringLiteral("vi"), QStringLiteral("&Sao lưu cơ sở dữ liệu…"),
              QStringLiteral("Cơ sở dữ liệu bị hỏng") },
            std::tuple {
                QStringLiteral("zh_CN"), QStringLiteral("备份数据库(&B)…"), QStringLiteral("数据库已损坏") } }) {
        REQUIRE(f.languages->apply(code));
        MainWindow window(*f.settings, *f.languages, &Today);
        CHECK(action(window, "actionBackUp")->text() == backUp);
        MessageBox::setNextAnswer(QMessageBox::No);
        CHECK_FALSE(window.openDatabase(path));
        CHECK(MessageBox::lastText().contains(
            code == QLatin1String("vi") ? QStringLiteral("Cơ sở dữ liệu bị hỏng.") : QStringLiteral("数据库已损坏。")));
        if (!shots.isEmpty()) {
            auto* menu = window.findChild<QMenu*>(QStringLiteral("menuFile"));
            REQUIRE(menu != nullptr);
            menu->popup(QPoint(0, 0));
            menu->grab().save(shots + QStringLiteral("/file-menu-%1.png").arg(code));
            menu->hide();
            QMessageBox box(QMessageBox::Question, title, MessageBox::lastText(), QMessageBox::Yes | QMessageBox::No);
            box.show();
            box.grab().save(shots + QStringLiteral("/damaged-store-%1.png").arg(code));
        }
    }
    f.languages->apply(QStringLiteral("en"));
}
