// Catch2 main for the OCR tests: a QGuiApplication on the offscreen platform (the tests print pages with Qt's fonts).
#define CATCH_CONFIG_RUNNER
#include "support/TestEnvironment.h"

#include <QGuiApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    concord::test::setUpTestEnvironment();
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
