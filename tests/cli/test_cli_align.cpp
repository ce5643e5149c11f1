#include "support/CatchQt.h"
#include "support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using concord::test::CliRunner;

TEST_CASE("cli: align --json prints the pairs and the noise as DESIGN.md gives them", "[cli][align]")
{
    const auto result = CliRunner().run({ QStringLiteral("align"),
        QStringLiteral(CONCORD_FIXTURES_DIR "/samples/001_21e0537984c48e62.txt"), QStringLiteral("--json") });
    REQUIRE(result.finished);
    CHECK(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray pairs = root.value(QStringLiteral("pairs")).toArray();
    REQUIRE(pairs.size() == 42);
    const QJsonObject item5 = pairs[11].toObject();
    CHECK(item5.value(QStringLiteral("vi_label")).toString() == QStringLiteral("(5)"));
    CHECK(item5.value(QStringLiteral("zh_label")).toString() == QStringLiteral("（五）"));
    CHECK(item5.value(QStringLiteral("vi")).toArray()[0].toString().startsWith(QStringLiteral("(5) Tiếp tục duy trì")));
    CHECK(item5.value(QStringLiteral("zh")).toArray()[0].toString().startsWith(QStringLiteral("（五）各方继续用好")));
    const double score = item5.value(QStringLiteral("score")).toDouble();
    CHECK(score > 0.5);
    CHECK(score <= 1.0);
    const QJsonObject title = pairs[0].toObject();
    CHECK(title.value(QStringLiteral("vi_label")).isNull());
    CHECK(title.value(QStringLiteral("kind")).toString() == QStringLiteral("title"));
    const QJsonArray noise = root.value(QStringLiteral("noise")).toObject().value(QStringLiteral("zh")).toArray();
    CHECK(noise.size() == 8);
    CHECK(noise[5].toString() == QStringLiteral("Ch. Kao"));
    CHECK(root.value(QStringLiteral("noise")).toObject().value(QStringLiteral("vi")).toArray().isEmpty());
}

TEST_CASE("cli: align of a file in one language only fails and says why", "[cli][align]")
{
    const QString path = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/002_13411ba3686edd0d.txt");
    const auto result = CliRunner().run({ QStringLiteral("align"), path });
    CHECK(result.exitCode == 1);
    CHECK(result.err
        == QStringLiteral("concord-cli: ") + path
            + QStringLiteral(": the file has no document in both Vietnamese and Chinese\n"));
}
