#include "import/AgreementShape.h"
#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/CommitmentStore.h"
#include "store/ImportService.h"
#include "store/SearchText.h"
#include "store/UnitSearch.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace concord;
using namespace concord::test;

namespace {

/// "agreement-id language label" of each hit.
QStringList hitsOf(const Database& db, const QString& query)
{
    const auto hits = UnitSearch(db).search(query);
    REQUIRE(hits.ok());
    QStringList list;
    for (const SearchHit& hit : hits.value())
        list.append(
            QStringLiteral("%1 %2 %3").arg(hit.agreementId).arg(LanguageVersion::languageKey(hit.language), hit.label));
    list.sort();
    return list;
}

} // namespace

TEST_CASE("store: the search text is the fold with every Han character a token", "[store][search]")
{
    CHECK(SearchText::indexed(u"Quảng Tây 廣西壮族") == QStringLiteral("quang tay  广  西  壮  族 "));
    CHECK(SearchText::query(u"QUẢNG  Ninh") == QStringLiteral("\"quang ninh\""));
    CHECK(SearchText::query(u"廣西") == QStringLiteral("\"广 西\""));
    CHECK(SearchText::query(u"\"; DROP TABLE unit; --") == QStringLiteral("\"drop table unit\""));
    CHECK(SearchText::query(u"  ...  ").isEmpty());
}

TEST_CASE("store: a sample is imported whole, with units, pairs, parties and its link", "[store][import]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
    const auto outcome = store.importPath(samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")));
    REQUIRE(outcome.ok());
    CHECK(outcome->agreementIds == QList<qint64>({ 1, 2 }));
    CHECK_FALSE(outcome->alreadyImported);
    CHECK(rowsIn(*db, QStringLiteral("agreement")) == 2);
    CHECK(rowsIn(*db, QStringLiteral("agreement_text")) == 3); // the letter (vi), the memorandum (vi, zh)
    CHECK(rowsIn(*db, QStringLiteral("unit")) == 8 + 19 + 19); // the letter's letterhead is debris, not units
    CHECK(rowsIn(*db, QStringLiteral("alignment_pair")) == 19);
    CHECK(rowsIn(*db, QStringLiteral("signatory")) == 1 + 5);
    CHECK(rowsIn(*db, QStringLiteral("debris")) == 2 + 4);
    QSqlQuery link(db->connection());
    REQUIRE(link.exec(QStringLiteral("SELECT from_id, to_id, kind FROM agreement_link")));
    REQUIRE(link.next());
    CHECK(link.value(0).toInt() == 1);
    CHECK(link.value(1).toInt() == 2);
    CHECK(link.value(2).toString() == QStringLiteral("forwards"));
    // Hà Giang is a party of its own that points at Tuyên Quang, its successor since 1 July 2025.
    QSqlQuery party(db->connection());
    REQUIRE(party.exec(QStringLiteral("SELECT p.name_vi, s.name_vi, p.merged_on FROM party p JOIN party s "
                                      "ON s.id = p.merged_into WHERE p.key = 'ha-giang'")));
    REQUIRE(party.next());
    CHECK(party.value(0).toString() == QStringLiteral("Hà Giang"));
    CHECK(party.value(1).toString() == QStringLiteral("Tuyên Quang"));
    CHECK(party.value(2).toString() == QStringLiteral("2025-07-01"));
}

TEST_CASE("store: importing the same file twice is recognised, not duplicated", "[store][import]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
    REQUIRE(store.importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt"))).ok());
    const auto again = store.importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")));
    REQUIRE(again.ok());
    CHECK(again->alreadyImported);
    CHECK(again->agreementIds == QList<qint64>({ 1 }));
    CHECK(rowsIn(*db, QStringLiteral("agreement")) == 1);
}

TEST_CASE("store: an import that fails midway leaves the database as it was", "[store][import]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
    REQUIRE(store.importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt"))).ok());
    const qint64 units = rowsIn(*db, QStringLiteral("unit"));
    // Signatories are written last: make the database refuse them, after everything else went in.
    refuseInserts(*db, QStringLiteral("signatory"));
    const auto failed = store.importPath(samplePath(QStringLiteral("001_21e0537984c48e62.txt")));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().file.endsWith(QStringLiteral("001_21e0537984c48e62.txt")));
    CHECK(failed.error().message.contains(QStringLiteral("disk full")));
    CHECK(rowsIn(*db, QStringLiteral("agreement")) == 1);
    CHECK(rowsIn(*db, QStringLiteral("unit")) == units);
    CHECK(hitsOf(*db, QStringLiteral("Nam Ninh")).isEmpty()); // nothing of 001 is searchable
    checkSound(*db);
}

TEST_CASE("store: search finds units in both languages whatever the case, marks and script", "[store][search]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
    for (const QString& name : sampleNames())
        REQUIRE(store.importPath(samplePath(name)).ok());
    const QStringList phongThanh = hitsOf(*db, QStringLiteral("phòng thành cảng"));
    CHECK(phongThanh == QStringList({ QStringLiteral("1 vi Điều 5:") }));
    CHECK(hitsOf(*db, QStringLiteral("PHONG THANH CANG")) == phongThanh);
    CHECK(hitsOf(*db, QStringLiteral("防城港")) == QStringList({ QStringLiteral("1 zh 第五条") }));
    CHECK(hitsOf(*db, QStringLiteral("防城")) == QStringList({ QStringLiteral("1 zh 第五条") }));
    CHECK(hitsOf(*db, QStringLiteral("荷花")) == hitsOf(*db, QStringLiteral("荷花")));
    CHECK(hitsOf(*db, QStringLiteral("《荷花》")) == QStringList({ QStringLiteral("2 zh （二十）") }));
    CHECK(hitsOf(*db, QStringLiteral("廣西壯族自治區衛生健康委員會"))
        == QStringList({ QStringLiteral("2 zh （二十三）") }));
    CHECK(hitsOf(*db, QStringLiteral("no such words anywhere")).isEmpty());

    // A hit carries its aligned pair in both languages and where the words are in its text.
    const auto hits = UnitSearch(*db).search(QStringLiteral("phong thanh cang"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    const SearchHit& hit = hits->front();
    REQUIRE(hit.highlights.size() == 1);
    CHECK(hit.text.mid(hit.highlights[0].first, hit.highlights[0].second) == QStringLiteral("Phòng Thành Cảng"));
    REQUIRE(hit.chinese.size() == 1);
    CHECK(hit.chinese.front().startsWith(QStringLiteral("第五条 推动中国广西防城港")));
    CHECK(hit.vietnamese == QStringList({ hit.text }));
}

TEST_CASE("store: awkward text round-trips unchanged through bound parameters", "[store][import]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
    const QString awkward = QStringLiteral("Điều 1. Tỷ lệ 50% cho mục_a; 'trích dẫn' \"kép\" \\ ; DROP TABLE unit; -- ")
        + QStringLiteral("dài ").repeated(250000);
    const QString file = QStringLiteral("THỎA THUẬN\n\n") + awkward;
    const auto parsed = DocumentParser::parseText(file, QStringLiteral("x.txt"));
    REQUIRE(parsed.ok());
    const auto imported = store.importFile(parsed.value());
    REQUIRE(imported.ok());
    CHECK(AgreementStore(*db, Gazetteer::builtIn()).rawText(imported->agreementIds.front(), Language::Vietnamese)
        == file);
    CHECK_FALSE(AgreementStore(*db, Gazetteer::builtIn())
                    .rawText(imported->agreementIds.front(), Language::Chinese)
                    .has_value());
    QSqlQuery query(db->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT text FROM unit WHERE label = 'Điều 1.'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == awkward.trimmed());
    CHECK(hitsOf(*db, QStringLiteral("50% cho mục_a")) == QStringList({ QStringLiteral("1 vi Điều 1.") }));
    CHECK(rowsIn(*db, QStringLiteral("unit")) == 2);
}

TEST_CASE("store: control characters and other binary junk round-trip unchanged", "[store][import]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
    QString junk;
    for (char16_t c = 1; c < 0x20; ++c)
        junk += QChar(c);
    junk += QStringLiteral("\x7f\u0085\u2028\uFFFD\uE000\uFEFF%_'\"") + QString::fromUcs4(U"\U0001F600\U00020000");
    // Built by hand: the store, not the parser, is under test (the parser refuses such bytes in a file).
    ParsedFile file;
    file.path = QStringLiteral("junk.txt");
    file.rawText = QStringLiteral("TITLE ") + junk + QStringLiteral("\nLINE TWO");
    ParsedDocument document;
    LanguageVersion version;
    version.firstLine = 1;
    version.lastLine = int(file.rawText.count(QLatin1Char('\n'))) + 1;
    Unit unit;
    unit.kind = UnitKind::Title;
    unit.text = junk;
    version.units.append(unit);
    version.debris.append(Debris { junk, 2, QStringLiteral("scan-residue") });
    document.versions.append(version);
    document.metadata.header.titleVi = junk;
    file.documents.append(document);
    const auto imported = store.importFile(file);
    REQUIRE(imported.ok());
    CHECK(AgreementStore(*db, Gazetteer::builtIn()).rawText(imported->agreementIds.front(), Language::Vietnamese)
        == file.rawText);
    QSqlQuery query(db->connection());
    REQUIRE(
        query.exec(QStringLiteral("SELECT unit.text, debris.text, agreement.title_vi FROM unit, debris, agreement")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == junk);
    CHECK(query.value(1).toString() == junk);
    CHECK(query.value(2).toString() == junk);
}

TEST_CASE(
    "store: a file with no agreement structure is refused with the reason, unless imported anyway", "[store][import]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService importer(*db, Gazetteer::builtIn(), test::longAgo());
    QTemporaryDir dir;
    // Expected before running: refused — a shopping note, a meeting reminder in Chinese, a bare paragraph.
    const QStringList junk {
        writeTempFile(dir, QStringLiteral("notes.txt"), QByteArrayLiteral("Just some text\nmilk, bread, eggs\n")),
        writeTempFile(dir, QStringLiteral("nhac-viec.txt"),
            QStringLiteral("nhớ gọi điện cho anh Tuấn về lịch họp tuần sau\nmang theo tài liệu").toUtf8()),
        writeTempFile(dir, QStringLiteral("便条.txt"), QStringLiteral("明天下午三点开会，请带上材料。").toUtf8()),
    };
    for (const QString& path : junk) {
        INFO(path.toStdString());
        const auto refused = importer.importPath(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == AgreementShape::NoStructure);
        CHECK(refused.error().file == path);
        CHECK(refused.error().message.startsWith(QStringLiteral("No agreement was recognised in it")));
    }
    CHECK(db->agreementCount() == 0);

    // Expected: accepted — numbered points without a title, and a title alone, are enough.
    const QString numbered = writeTempFile(dir, QStringLiteral("points.txt"),
        QStringLiteral("1. Hai bên trao đổi đoàn công tác.\n\n2. Hai bên tổ chức hội chợ hằng năm.\n").toUtf8());
    CHECK(importer.importPath(numbered).ok());
    const QString titled = writeTempFile(
        dir, QStringLiteral("title.txt"), QStringLiteral("BIÊN BẢN HỘI ĐÀM\n\nHai bên đã trao đổi ý kiến.\n").toUtf8());
    CHECK(importer.importPath(titled).ok());
    CHECK(db->agreementCount() == 2);

    ImportOptions options;
    options.evenWithoutStructure = true;
    const auto anyway = importer.importPath(junk.front(), options);
    REQUIRE(anyway.ok());
    CHECK(db->agreementCount() == 3);
}

TEST_CASE("store: OCR text is flagged on its agreement, its commitments low in confidence and warned about",
    "[store][import][ocr]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService importer(*db, Gazetteer::builtIn(), test::longAgo());
    const auto ocr = importer.importPath(samplePath(QStringLiteral("002_13411ba3686edd0d.txt")));
    REQUIRE(ocr.ok());
    const auto typed = importer.importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")));
    REQUIRE(typed.ok());
    CHECK(db->agreement(ocr->agreementIds.front())->value().ocrText);
    CHECK_FALSE(db->agreement(typed->agreementIds.front())->value().ocrText);

    CommitmentFilter all;
    const auto commitments = CommitmentStore(*db, Gazetteer::builtIn()).list(all);
    REQUIRE(commitments.ok());
    int fromOcr = 0;
    for (const StoredCommitment& c : commitments.value()) {
        const bool warned = c.found.warnings.contains(QStringLiteral("OCR text: check against the original."));
        if (c.agreementId == ocr->agreementIds.front()) {
            ++fromOcr;
            CHECK(c.found.confidence <= ImportService::OcrConfidence);
            CHECK(warned);
        } else {
            CHECK_FALSE(warned);
        }
    }
    CHECK(fromOcr > 0);
}
