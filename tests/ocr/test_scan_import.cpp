// A scan through the whole import: the store keeps its pages and line confidences, the CLI tells its progress
// (or keeps quiet), a cancelled or failed scan leaves the store as it was, and deleting the agreement takes its
// scan with it.
#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/Database.h"
#include "store/ImportService.h"
#include "store/ScanStore.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Fixtures.h"
#include "support/ScanPages.h"
#include "support/TempDatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace concord;
using namespace concord::test;

namespace {

/// A bilingual two-page scan: the first page of sample 001's Vietnamese text, then of its Chinese text.
QString twoPageScan(const QTemporaryDir& dir)
{
    const QString text = QString::fromUtf8(readFixture(QStringLiteral("samples/001_21e0537984c48e62.txt")));
    const QString path = dir.filePath(QStringLiteral("bien-ban.tif"));
    REQUIRE(ScanPages::writeTiff({ ScanPages::print(ScanPages::firstParagraphs(text, false, 2000)).front(),
                                     ScanPages::print(ScanPages::firstParagraphs(text, true, 900)).front() },
        path));
    return path;
}

} // namespace

TEST_CASE("scan import: the store keeps the pages and each line's confidence; deleting the agreement takes them",
    "[ocr][store]")
{
    QTemporaryDir dir;
    TempDatabase temp;
    auto db = temp.open();
    const auto outcome = ImportService(*db, Gazetteer::builtIn(), longAgo()).importPath(twoPageScan(dir));
    REQUIRE(outcome.ok());
    REQUIRE(outcome->agreementIds.size() == 1);
    const qint64 id = outcome->agreementIds.front();
    const auto header = db->agreement(id).value();
    REQUIRE(header.has_value());
    CHECK(header->scanned);
    CHECK(header->sourceName == QStringLiteral("bien-ban.tif"));

    const ScanRecord record = ScanStore(*db).lines(id).value();
    REQUIRE(record.lines.size() > 20);
    for (qsizetype i = 1; i < record.lines.size(); ++i)
        CHECK(record.lines[i - 1].line < record.lines[i].line);
    QSet<int> pages;
    for (const ScanLineRecord& line : record.lines) {
        pages.insert(line.page);
        CHECK(line.confidence >= 0);
        CHECK(line.confidence <= 100);
        for (const ScanWordMark& word : line.lowWords)
            CHECK(word.confidence < ScanRecord::LowConfidence);
    }
    CHECK(pages == QSet<int> { 0, 1 });
    for (const int p : { 0, 1 }) {
        const ScanPageImage page = ScanStore(*db).page(id, p).value();
        CHECK(page.image.startsWith("\x89PNG"));
        CHECK(page.size == QSize(qRound(8.27 * ScanReader::KeptDpi), qRound(11.69 * ScanReader::KeptDpi)));
    }
    CHECK(ScanStore(*db).page(id, 2).value().image.isEmpty());

    // Each stored unit finds its lines on the scan.
    QSqlQuery units(db->connection());
    REQUIRE(units.exec(QStringLiteral("SELECT language, line FROM unit WHERE agreement_id = %1").arg(id)));
    int found = 0;
    int all = 0;
    while (units.next()) {
        const int line = units.value(1).toInt();
        const ScanRecord::Span span = record.span(line, line);
        found += span.found;
        ++all;
        if (span.found)
            CHECK(span.page == (units.value(0).toString() == QLatin1String("zh") ? 1 : 0));
    }
    CHECK(found == all);

    REQUIRE(AgreementStore(*db, Gazetteer::builtIn()).remove(id, QDateTime::currentDateTimeUtc()).ok());
    CHECK(rowsIn(*db, QStringLiteral("scan_line")) == 0);
    CHECK(rowsIn(*db, QStringLiteral("scan_page")) == 0);
}

TEST_CASE("scan import: a cancelled scan stores nothing", "[ocr][store]")
{
    QTemporaryDir dir;
    TempDatabase temp;
    auto db = temp.open();
    std::atomic_bool cancel { false };
    ImportOptions options;
    options.scan.cancel = &cancel;
    options.scan.progress = [&cancel](const ScanProgress&) { cancel = true; };
    const auto outcome = ImportService(*db, Gazetteer::builtIn(), longAgo()).importPath(twoPageScan(dir), options);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == QLatin1String(ScanReader::Cancelled));
    for (const QString& table : { QStringLiteral("agreement"), QStringLiteral("unit"), QStringLiteral("scan_line"),
             QStringLiteral("scan_page") })
        CHECK(rowsIn(*db, table) == 0);
}

TEST_CASE("scan import: the CLI tells each page read on stderr, or nothing with --quiet", "[ocr][cli]")
{
    QTemporaryDir dir;
    TempDatabase temp;
    const QString scan = twoPageScan(dir);
    const auto told
        = CliRunner().run({ QStringLiteral("import"), scan, QStringLiteral("--db"), temp.path() }, {}, 120000);
    REQUIRE(told.finished);
    CHECK(told.exitCode == 0);
    CHECK(told.out == QStringLiteral("1\t%1\n").arg(scan));
    static const QRegularExpression progress(QStringLiteral("^concord-cli: bien-ban.tif: OCR page 1 of 2, about \\d+ s "
                                                            "left\nconcord-cli: bien-ban.tif: OCR page 2 of 2\n$"));
    CHECK(progress.match(told.err).hasMatch());
    CAPTURE(told.err);

    const auto quiet = CliRunner().run(
        { QStringLiteral("parse"), scan, QStringLiteral("--quiet"), QStringLiteral("--json") }, {}, 120000);
    REQUIRE(quiet.finished);
    CHECK(quiet.exitCode == 0);
    CHECK(quiet.err.isEmpty());
    CHECK(quiet.out.contains(QStringLiteral("\"encoding\": \"ocr\"")));
}

TEST_CASE(
    "scan import: a blank page fails the import in the CLI, naming file and page, the store unchanged", "[ocr][cli]")
{
    QTemporaryDir dir;
    TempDatabase temp;
    QImage blank(2480, 3508, QImage::Format_Grayscale8);
    blank.fill(255);
    const QString path = dir.filePath(QStringLiteral("blank.png"));
    REQUIRE(blank.save(path));
    const auto result = CliRunner().run(
        { QStringLiteral("import"), path, QStringLiteral("--db"), temp.path(), QStringLiteral("--quiet") });
    REQUIRE(result.finished);
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK(result.err
        == QStringLiteral("concord-cli: %1: Page 1 yields no text: it is blank or holds no printed text. Remove the "
                          "page from the scan and import again.\n")
               .arg(path));
    auto db = temp.open();
    CHECK(rowsIn(*db, QStringLiteral("agreement")) == 0);
}
