#include "gui/ConnectServerDialog.h"
#include "gui/GuiFixture.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "store/Database.h"
#include "store/ServerCredentials.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>

using namespace concord;
using concord::test::GuiFixture;
using concord::test::TempDatabase;

namespace {
template <typename T>
T* child(QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}
} // namespace

TEST_CASE("connect to server: the dialog starts from the last server and gives its address without the password",
    "[gui][server-dialog]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    const auto last
        = StoreAddress::parse(QStringLiteral("postgresql://lan@db.sngv.local:5433/concord?sslmode=require"));
    REQUIRE(last.ok());
    ConnectServerDialog dialog(last.value());
    CHECK(child<QLineEdit>(dialog, "serverHost")->text() == QStringLiteral("db.sngv.local"));
    CHECK(child<QSpinBox>(dialog, "serverPort")->value() == 5433);
    CHECK(child<QLineEdit>(dialog, "serverDatabase")->text() == QStringLiteral("concord"));
    CHECK(child<QLineEdit>(dialog, "serverUser")->text() == QStringLiteral("lan"));
    CHECK(child<QComboBox>(dialog, "serverSsl")->currentData().toString() == QStringLiteral("require"));
    CHECK(child<QLineEdit>(dialog, "serverPassword")->echoMode() == QLineEdit::Password);

    child<QLineEdit>(dialog, "serverUser")->setText(QStringLiteral("hoa"));
    child<QLineEdit>(dialog, "serverPassword")->setText(QStringLiteral("bí mật"));
    child<QComboBox>(dialog, "serverSsl")
        ->setCurrentIndex(child<QComboBox>(dialog, "serverSsl")->findData(QStringLiteral("verify-full")));
    CHECK(dialog.address().display()
        == QStringLiteral("postgresql://hoa@db.sngv.local:5433/concord?sslmode=verify-full"));
    CHECK(dialog.password() == QStringLiteral("bí mật"));
    CHECK_FALSE(dialog.rememberPassword());
    child<QCheckBox>(dialog, "serverRememberPassword")->setChecked(true);
    CHECK(dialog.rememberPassword());

    // Connect needs a server, a database and a user.
    QPushButton* connect = child<QDialogButtonBox>(dialog, "serverButtons")->button(QDialogButtonBox::Ok);
    CHECK(connect->isEnabled());
    child<QLineEdit>(dialog, "serverDatabase")->clear();
    CHECK_FALSE(connect->isEnabled());

    // A first connection starts empty, on the default port.
    ConnectServerDialog first(StoreAddress {});
    CHECK(child<QLineEdit>(first, "serverHost")->text().isEmpty());
    CHECK(child<QSpinBox>(first, "serverPort")->value() == 5432);
    CHECK(child<QComboBox>(first, "serverSsl")->currentData().toString() == QStringLiteral("prefer"));
}

TEST_CASE("connect to server: the window opens the server store, keeps it without the password and shows the "
          "user and role",
    "[gui][.server]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    TempDatabase temp;
    temp.open(); // the schema
    StoreAddress address = StoreAddress::parse(temp.path()).value();
    const QString password = QStringLiteral("Zebra-Quokka");
    MainWindow window(*f.settings, *f.languages);
    // The keyring may be missing here (no desktop session): the window then says so, and the password stays in
    // memory only. Either way, within moments.
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QElapsedTimer took;
    took.start();
    REQUIRE(window.connectToServer(address, password, true));
    CHECK(took.elapsed() < 30000);
    if (!MessageBox::lastText().isEmpty())
        CHECK(MessageBox::lastText().startsWith(QStringLiteral("The system keyring cannot keep the password")));
    const QString label = child<QLabel>(window, "storeLabel")->text();
    CHECK(label.contains(address.display()));
    CHECK(label.endsWith(QStringLiteral(" · %1 (administrator)").arg(address.user)));
    CHECK(ServerCredentials::password(address.display()) == password);
    // A server's backups are the server's.
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("actionBackUp"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("actionRestore"))->isEnabled());
    f.settings->sync();
    QFile ini(f.iniPath());
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QString settings = QString::fromUtf8(ini.readAll());
    CHECK(settings.contains(QStringLiteral("lastServer")));
    CHECK_FALSE(settings.contains(QStringLiteral("Quokka")));
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    window.resize(1024, 700);
    for (const QString code : { QStringLiteral("vi"), QStringLiteral("zh_CN") }) {
        REQUIRE(f.languages->apply(code));
        CHECK(child<QLabel>(window, "storeLabel")
                  ->text()
                  .endsWith(QStringLiteral(" · %1 (%2)")
                                .arg(address.user,
                                    code == QLatin1String("vi") ? QStringLiteral("quản trị viên")
                                                                : QStringLiteral("管理员"))));
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/connected-server-%1.png").arg(code));
    }
    f.languages->apply(QStringLiteral("en"));
    ServerCredentials::forget(address.display());
}

TEST_CASE("connect to server: screenshots in Vietnamese and Chinese", "[gui][server-dialog][screenshot]")
{
    GuiFixture f;
    const auto last = StoreAddress::parse(QStringLiteral("postgresql://lan@db.sngv.local/concord?sslmode=require"));
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    for (const auto& [code, title] : { std::pair { QStringLiteral("vi"), QStringLiteral("Kết nối máy chủ") },
             std::pair { QStringLiteral("zh_CN"), QStringLiteral("连接服务器") } }) {
        REQUIRE(f.languages->apply(code));
        ConnectServerDialog dialog(last.value());
        CHECK(dialog.windowTitle() == title);
        if (!shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/connect-server-%1.png").arg(code));
    }
    f.languages->apply(QStringLiteral("en"));
}
