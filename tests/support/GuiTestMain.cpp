// Catch2 main for widget tests: a QApplication on the offscreen platform, so they run without a display.
#define CATCH_CONFIG_RUNNER
#include "support/TestEnvironment.h"

#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    concord::test::setUpTestEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConcordTests"));
    QApplication::setApplicationName(QStringLiteral("concord-gui-tests"));
    return Catch::Session().run(argc, argv);
}
