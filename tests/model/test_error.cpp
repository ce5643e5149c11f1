#include "model/Error.h"
#include "model/Result.h"
#include "support/CatchQt.h"

using namespace concord;

TEST_CASE("model: errors name the file and the line or byte offset", "[model]")
{
    CHECK(Error { QStringLiteral("a.txt"), 12, -1, QStringLiteral("Bad label.") }.toString()
        == QStringLiteral("a.txt:12: Bad label."));
    CHECK(Error { QStringLiteral("a.txt"), 0, 4096, QStringLiteral("Invalid UTF-8.") }.toString()
        == QStringLiteral("a.txt (byte 4096): Invalid UTF-8."));
    CHECK(Error { QStringLiteral("a.txt"), 0, -1, QStringLiteral("Empty.") }.toString()
        == QStringLiteral("a.txt: Empty."));
    CHECK(Error { {}, 0, -1, QStringLiteral("No file.") }.toString() == QStringLiteral("No file."));
}

TEST_CASE("model: a result holds either its value or its error", "[model]")
{
    Result<int> good(42);
    REQUIRE(good.ok());
    CHECK(good.value() == 42);
    Result<int> bad(Error { QStringLiteral("x"), 0, -1, QStringLiteral("no") });
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message == QStringLiteral("no"));
}
