#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using concord::test::CliRunner;
using concord::test::TempDatabase;
using concord::test::writeTempFile;

namespace {
const QString Sample000 = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt");

} // namespace

TEST_CASE("cli: parse --json prints metadata, both trees and debris", "[cli][parse]")
{
    const auto result = CliRunner().run({ QStringLiteral("parse"), Sample000, QStringLiteral("--json") });
    REQUIRE(result.finished);
    CHECK(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("file")).toString() == QStringLiteral("000_a538a87b9166962b.txt"));
    CHECK(root.value(QStringLiteral("encoding")).toString() == QStringLiteral("UTF-8"));
    const QJsonArray documents = root.value(QStringLiteral("documents")).toArray();
    REQUIRE(documents.size() == 1);
    const QJsonObject document = documents[0].toObject();
    const QJsonObject metadata = document.value(QStringLiteral("metadata")).toObject();
    CHECK(metadata.value(QStringLiteral("kind")).toString() == QStringLiteral("agreement"));
    CHECK(metadata.value(QStringLiteral("signed_on")).toString() == QStringLiteral("2026-02-07"));
    CHECK(metadata.value(QStringLiteral("valid_to")).toString() == QStringLiteral("2027-12-31"));
    CHECK(metadata.value(QStringLiteral("binding")) == QJsonValue(false));
    CHECK(metadata.value(QStringLiteral("originals")).toInt() == 6);
    const QJsonArray versions = document.value(QStringLiteral("versions")).toArray();
    REQUIRE(versions.size() == 2);
    CHECK(versions[1].toObject().value(QStringLiteral("language")).toString() == QStringLiteral("zh"));
    const QJsonArray units = versions[1].toObject().value(QStringLiteral("units")).toArray();
    const QJsonObject article = units[2].toObject();
    CHECK(article.value(QStringLiteral("kind")).toString() == QStringLiteral("article"));
    CHECK(article.value(QStringLiteral("label")).toString() == QStringLiteral("第一条"));
    CHECK(article.value(QStringLiteral("scheme")).toString() == QStringLiteral("zh-article"));
    CHECK(article.value(QStringLiteral("value")).toInt() == 1);
    CHECK(article.value(QStringLiteral("depth")).toInt() == 3);
    CHECK(article.value(QStringLiteral("line")).toInt() == 86);
    CHECK(article.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("第一条 中国广西每年邀请")));
}

TEST_CASE("cli: parse prints an outline without --json", "[cli][parse]")
{
    const auto result = CliRunner().run({ QStringLiteral("parse"), Sample000 });
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("\n[vi] lines 3-76\n")));
    CHECK(result.out.contains(QStringLiteral("\narticle Điều 7:  Điều 7: Bản thỏa thuận này")));
    CHECK(result.out.contains(QStringLiteral("\n[zh] lines 80-140\n")));
}

TEST_CASE("cli: parse of a bad file exits 1 and names the file", "[cli][parse]")
{
    QTemporaryDir dir;
    struct Row
    {
        QString name;
        QByteArray bytes;
        QString message;
    };
    const auto row = GENERATE(values<Row>({
        { QStringLiteral("empty.txt"), QByteArray(), QStringLiteral("is empty") },
        { QStringLiteral("blank.txt"), QByteArray("  \n\n \t\n"), QStringLiteral("The file has no text.") },
        { QStringLiteral("image.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
            QStringLiteral("The image cannot be read: it is damaged or not a PNG, JPEG or TIFF file.") },
        { QStringLiteral("latin1.txt"), QByteArray("\xC0\xC1\xC2 \xFE\xFF\xFD \x80\x81", 10),
            QStringLiteral("is not valid UTF-8") },
    }));
    const QString path = writeTempFile(dir, row.name, row.bytes);
    const auto result = CliRunner().run({ QStringLiteral("parse"), path, QStringLiteral("--json") });
    REQUIRE(result.finished);
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err.startsWith(QStringLiteral("concord-cli: ") + path));
    CHECK(result.err.contains(row.message));
}

TEST_CASE("cli: parse of a missing file exits 1, and parse without a file is a usage error", "[cli][parse]")
{
    const auto missing = CliRunner().run({ QStringLiteral("parse"), QStringLiteral("/nonexistent/agreement.txt") });
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.startsWith(QStringLiteral("concord-cli: /nonexistent/agreement.txt")));
    const auto usage = CliRunner().run({ QStringLiteral("parse") });
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.startsWith(QStringLiteral("concord-cli: 'parse' takes exactly one FILE")));
}

TEST_CASE("cli: parse --json and list --json carry the OCR-text flag the list and the reader show", "[cli][parse][ocr]")
{
    TempDatabase temp;
    const QString ocr = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/002_13411ba3686edd0d.txt");
    const QString typed = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt");
    const auto parsed = CliRunner().run({ QStringLiteral("parse"), ocr, QStringLiteral("--json") });
    REQUIRE(parsed.exitCode == 0);
    const QJsonObject header = QJsonDocument::fromJson(parsed.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("documents"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("metadata"))
                                   .toObject();
    INFO(parsed.out.left(400).toStdString());
    CHECK(header.value(QStringLiteral("ocr_text")).toBool());
    CHECK(header.value(QStringLiteral("ocr_warning")).toString()
        == QStringLiteral("OCR text: check against the original."));
    CHECK(header.value(QStringLiteral("scanned")).toBool() == false);
    for (const QString& file : { ocr, typed })
        REQUIRE(CliRunner().run({ QStringLiteral("import"), file, QStringLiteral("--db"), temp.path() }).exitCode == 0);
    const auto listed
        = CliRunner().run({ QStringLiteral("list"), QStringLiteral("--db"), temp.path(), QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    int flagged = 0;
    int plain = 0;
    for (const auto& item :
        QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("agreements")).toArray())
        (item.toObject().value(QStringLiteral("ocr_text")).toBool() ? flagged : plain) += 1;
    CHECK(flagged == 1);
    CHECK(plain == 1);
}
