#include "support/TestEnvironment.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <clocale>
#include <ctime>
#include <utility>

namespace concord::test {

void setUpTestEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LANG", "C.UTF-8");
    qputenv("LC_ALL", "C.UTF-8");
    std::setlocale(LC_ALL, "");
    qputenv("TZ", "UTC");
    tzset();
    const QByteArray root(CONCORD_BINARY_DIR);
    const std::pair<const char*, const char*> folders[] { { "XDG_DATA_HOME", "/xdg-data" },
        { "XDG_CONFIG_HOME", "/xdg-config" }, { "XDG_RUNTIME_DIR", "/xdg-runtime" } };
    for (const auto& [name, folder] : folders) {
        const QByteArray path = root + folder;
        QDir().mkpath(QString::fromLocal8Bit(path));
        qputenv(name, path);
    }
    // Qt wants the runtime folder to be its user's alone.
    QFile::setPermissions(QString::fromLocal8Bit(root + "/xdg-runtime"),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace concord::test
