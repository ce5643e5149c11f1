// Catch2 main for tests without widgets: a QCoreApplication (Qt SQL and QStandardPaths need one).
#define CATCH_CONFIG_RUNNER
#include "support/TestEnvironment.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    concord::test::setUpTestEnvironment();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConcordTests"));
    QCoreApplication::setApplicationName(QStringLiteral("concord-tests"));
    return Catch::Session().run(argc, argv);
}
