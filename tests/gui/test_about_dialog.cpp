#include "gui/AboutDialog.h"
#include "gui/GuiFixture.h"
#include "support/CatchQt.h"

#include <QLabel>

using namespace concord;
using concord::test::GuiFixture;

TEST_CASE("gui: about dialog names the version and the libraries in the chosen language", "[gui]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    AboutDialog dialog;
    auto* version = dialog.findChild<QLabel*>(QStringLiteral("versionLabel"));
    auto* components = dialog.findChild<QLabel*>(QStringLiteral("componentsLabel"));
    CHECK(version->text() == QStringLiteral("Version " CONCORD_VERSION));
    CHECK(components->text().startsWith(QStringLiteral("Built with Qt 6.")));
    CHECK(components->text().contains(QStringLiteral(", ICU 72.")));

    f.languages->apply(QStringLiteral("vi"));
    CHECK(version->text() == QStringLiteral("Phiên bản " CONCORD_VERSION));
    CHECK(dialog.windowTitle() == QStringLiteral("Giới thiệu Concord"));
    f.languages->apply(QStringLiteral("zh_CN"));
    CHECK(version->text() == QStringLiteral("版本 " CONCORD_VERSION));
    f.languages->apply(QStringLiteral("en"));
}
