// Catch2 main for widget tests: a QApplication on the offscreen platform, so they run without a display.
#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConcordTests"));
    QApplication::setApplicationName(QStringLiteral("concord-gui-tests"));
    return Catch::Session().run(argc, argv);
}
