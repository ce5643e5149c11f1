#include "store/AppSettings.h"
#include "support/CatchQt.h"

#include <QTemporaryDir>

using namespace concord;

TEST_CASE("store: settings survive a restart through their file", "[store]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("concord.ini"));
    {
        AppSettings settings(ini);
        CHECK(settings.language().isEmpty());
        CHECK(settings.lastDatabase().isEmpty());
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.setLastDatabase(QStringLiteral("/data/Quảng Ninh.sqlite"));
        settings.setWindowGeometry(QByteArray("\x01\x02\x00\xff", 4));
        settings.sync();
    }
    AppSettings reopened(ini);
    CHECK(reopened.language() == QStringLiteral("zh_CN"));
    CHECK(reopened.lastDatabase() == QStringLiteral("/data/Quảng Ninh.sqlite"));
    CHECK(reopened.windowGeometry() == QByteArray("\x01\x02\x00\xff", 4));
    CHECK(reopened.windowState().isEmpty());
}
