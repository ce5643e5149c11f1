// The five sample documents through the whole import pipeline, with exact expectations: every numbered unit
// in place in both languages, debris set aside, metadata as the documents state it.
#include "import/DocumentParser.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"

using namespace concord;
using namespace concord::test;

namespace {

ParsedFile parseSample(const QString& name)
{
    auto file = DocumentParser::parseFile(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name);
    REQUIRE(file.ok());
    return file.value();
}

/// Each unit as its label, or the first three letters of its kind: "tit pre Điều 1: … clo sig".
QString outline(const LanguageVersion& version)
{
    QStringList parts;
    for (const Unit& unit : version.units)
        parts.append(unit.label ? unit.label->text : Unit::kindKey(unit.kind).left(3));
    return parts.join(QLatin1Char(' '));
}

QStringList debrisOf(const LanguageVersion& version)
{
    QStringList list;
    for (const Debris& piece : version.debris)
        list.append(QStringLiteral("%1:%2:%3")
                        .arg(piece.reason)
                        .arg(piece.line)
                        .arg(piece.text.section(QLatin1Char('\n'), 0, 0)));
    return list;
}

/// No unit's text holds debris: page numbers alone on a line, markup, HTML.
void checkClean(const LanguageVersion& version)
{
    for (const Unit& unit : version.units) {
        INFO(unit.text.left(80).toStdString());
        CHECK_FALSE(unit.text.contains(QLatin1String("**")));
        CHECK_FALSE(unit.text.contains(QLatin1String("~~")));
        CHECK_FALSE(unit.text.contains(QLatin1String("<b>")));
        CHECK_FALSE(unit.text.startsWith(QLatin1Char('#')));
        for (const Debris& piece : version.debris) {
            if (piece.reason == QLatin1String("scan-residue") && piece.text.size() > 1)
                CHECK_FALSE(unit.text.contains(piece.text));
        }
    }
}

} // namespace

TEST_CASE("import: sample 000, agreement with articles and bilingual signatures", "[import][samples]")
{
    const ParsedFile file = parseSample(QStringLiteral("000_a538a87b9166962b.txt"));
    CHECK(file.encoding == QStringLiteral("UTF-8"));
    REQUIRE(file.documents.size() == 1);
    const ParsedDocument& doc = file.documents.front();
    REQUIRE(doc.versions.size() == 2);
    CHECK(outline(doc.versions[0])
        == QStringLiteral(
            "tit pre Điều 1: Điều 2: Điều 3: Điều 4: Điều 5: Điều 6: Điều 7: clo clo sig sig sig sig sig sig"));
    CHECK(outline(doc.versions[1])
        == QStringLiteral("tit pre 第一条 第二条 第三条 第四条 第五条 第六条 第七条 clo sig sig sig sig sig sig"));
    CHECK(doc.versions[0].language == Language::Vietnamese);
    CHECK(doc.versions[1].language == Language::Chinese);
    CHECK(doc.versions[1].firstLine == 80);
    checkClean(doc.versions[0]);
    checkClean(doc.versions[1]);
    // 第二条 continues after a page break: joined, not a unit of its own.
    CHECK(doc.versions[1].units[3].text.endsWith(QStringLiteral("向中越青少年讲好人工智能合作发展的故事。")));
    CHECK(doc.versions[0].units[0].text.endsWith(QStringLiteral("(Giai đoạn 2026 - 2027)")));
    CHECK(doc.versions[1].units[0].text.endsWith(QStringLiteral("\n（2026—2027 年）")));

    const DocumentMetadata& m = doc.metadata;
    CHECK(m.header.kind == AgreementKind::Agreement);
    CHECK(m.header.signedOn == QDate(2026, 2, 7));
    CHECK(m.header.validFrom == QDate(2026, 2, 7));
    CHECK(m.header.validTo == QDate(2027, 12, 31));
    CHECK(m.header.binding == std::optional<bool>(false));
    CHECK(m.originals == 6);
    CHECK(m.parties
        == QStringList({ QStringLiteral("quang-ninh"), QStringLiteral("lang-son"), QStringLiteral("cao-bang"),
            QStringLiteral("tuyen-quang"), QStringLiteral("hai-phong"), QStringLiteral("guangxi") }));
    CHECK(m.warnings.isEmpty());
    REQUIRE(m.signatories.size() == 6);
    CHECK(m.signatories[3].office == QStringLiteral("PHÓ BÍ THƯ"));
    CHECK(m.signatories[3].person == QStringLiteral("Hoàng Tường Vi"));
    CHECK(m.signatories[5].person.isEmpty());
    const QList<Unit> zhSignatures = doc.versions[1].unitsOfKind(UnitKind::Signature);
    CHECK(zhSignatures[0].signature.person == QStringLiteral("Nguyen Phuong Thao"));
    CHECK(zhSignatures[0].signature.personAlternate == QStringLiteral("阮芳草"));
    CHECK(zhSignatures[4].signature.personAlternate == QStringLiteral("阮氏水"));
}

TEST_CASE("import: sample 001, minutes with sections, items and scan debris", "[import][samples]")
{
    const ParsedFile file = parseSample(QStringLiteral("001_21e0537984c48e62.txt"));
    REQUIRE(file.documents.size() == 1);
    const ParsedDocument& doc = file.documents.front();
    REQUIRE(doc.versions.size() == 2);
    CHECK(outline(doc.versions[0])
        == QStringLiteral("tit pre pre pre pre pre 1. (1) (2) (3) 2. (4) (5) (6) 3. (7) (8) 4. (9) (10) (11) (12) "
                          "(13) (14) 5. (15) (16) (17) 6. (18) (19) (20) (21) (22) (23) clo clo clo sig sig sig sig "
                          "sig sig"));
    CHECK(outline(doc.versions[1])
        == QStringLiteral("tit pre pre pre pre 一、 (一) （二） （三） 二、 （四） （五） （六） 三、 （七） （八） "
                          "四、 （九） （十） "
                          "（十一） （十二） （十三） （十四） 五、 （十五） （十六） （十七） 六、 （十八） （十九） "
                          "（二十） （二十一） "
                          "（二十二） （二十三） clo clo sig sig sig sig sig sig"));
    CHECK(debrisOf(doc.versions[1])
        == QStringList({ QStringLiteral("page-number:182:18"), QStringLiteral("scan-residue:200:周"),
            QStringLiteral("page-number:206:13"), QStringLiteral("page-number:220:13"),
            QStringLiteral("page-number:242:187"), QStringLiteral("scan-residue:244:Ch. Kao"),
            QStringLiteral("page-number:268:18"), QStringLiteral("page-number:276:18") }));
    checkClean(doc.versions[0]);
    checkClean(doc.versions[1]);
    // (一) was cut by a page number: joined.
    CHECK(doc.versions[1].units[6].text
        == QStringLiteral("(一) "
                          "各方在贯彻落实中越两党两国领导人重要共识的基础上，保持互访接触常态化，不断推动党委书记新春会"
                          "晤机制和联工委会晤机制取得新成效。"));
    // Items nest under their sections; values are read from both numeral systems.
    const Unit& item23 = doc.versions[1].units[doc.versions[1].units.size() - 9];
    CHECK(item23.label->value == 23);
    CHECK(item23.level == 1);

    const DocumentMetadata& m = doc.metadata;
    CHECK(m.header.kind == AgreementKind::Minutes);
    CHECK(m.header.signedOn == QDate(2026, 2, 11));
    CHECK(m.header.place == QStringLiteral("Nam Ninh"));
    CHECK(m.header.binding == std::optional<bool>(false));
    CHECK(m.originals == 6);
    CHECK(m.parties
        == QStringList({ QStringLiteral("quang-ninh"), QStringLiteral("guangxi"), QStringLiteral("lang-son"),
            QStringLiteral("cao-bang"), QStringLiteral("tuyen-quang"), QStringLiteral("hai-phong") }));
    CHECK(m.signatories[1].person == QStringLiteral("Trần Cương"));
    CHECK(m.warnings.isEmpty());
}

TEST_CASE("import: sample 002, OCR'd memorandum with damaged Roman numerals", "[import][samples]")
{
    const ParsedFile file = parseSample(QStringLiteral("002_13411ba3686edd0d.txt"));
    REQUIRE(file.documents.size() == 1);
    const ParsedDocument& doc = file.documents.front();
    REQUIRE(doc.versions.size() == 1);
    CHECK(outline(doc.versions[0]) == QStringLiteral("tit pre pre pre L IL IIL (I) (II) (I11) IV. V. VI. VII."));
    QList<int> values;
    QList<bool> uncertain;
    for (const Unit& unit : doc.versions[0].units) {
        if (unit.label) {
            values.append(unit.label->value);
            uncertain.append(unit.label->uncertain);
        }
    }
    CHECK(values == QList<int>({ 1, 2, 3, 1, 2, 3, 4, 5, 6, 7 }));
    CHECK(uncertain == QList<bool>({ true, true, true, false, false, true, false, false, false, false }));
    // The OCR spoils most names, but the kind, the date and the count survive; the text is flagged as OCR output,
    // and the parties come from the title, matched a letter or two off ("Quing Ninh", "Cao Biing", "Quing Tiy"):
    // the five Vietnamese provinces and Guangxi, in the order the title names them.
    const DocumentMetadata& m = doc.metadata;
    CHECK(m.header.kind == AgreementKind::Memorandum);
    CHECK(m.header.signedOn == QDate(2025, 11, 14));
    CHECK(m.originals == 6);
    CHECK(m.header.ocrText);
    CHECK(m.parties
        == QStringList({ QStringLiteral("quang-ninh"), QStringLiteral("lang-son"), QStringLiteral("cao-bang"),
            QStringLiteral("tuyen-quang"), QStringLiteral("hai-phong"), QStringLiteral("vietnam"),
            QStringLiteral("guangxi"), QStringLiteral("china") }));
}

TEST_CASE("import: sample 003, a letter that forwards a joint statement", "[import][samples]")
{
    const ParsedFile file = parseSample(QStringLiteral("003_314c7307816d8f71.txt"));
    REQUIRE(file.documents.size() == 2);
    const ParsedDocument& letter = file.documents[0];
    const ParsedDocument& statement = file.documents[1];
    CHECK(letter.forwards == 1);
    CHECK(statement.forwards == -1);
    CHECK(letter.metadata.header.kind == AgreementKind::Letter);
    CHECK(letter.metadata.header.reference == QStringLiteral("716-CV/TU"));
    CHECK(letter.metadata.header.signedOn == QDate(2026, 4, 18));
    CHECK(letter.metadata.header.place == QStringLiteral("Điện Biên"));
    CHECK(letter.metadata.header.titleVi
        == QStringLiteral("V/v triển khai thực hiện Tuyên bố chung Việt Nam - Trung Quốc"));
    REQUIRE(letter.metadata.signatories.size() == 1);
    CHECK(letter.metadata.signatories[0].office == QStringLiteral("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ"));
    CHECK(letter.metadata.signatories[0].person == QStringLiteral("Lê Thành Đô"));
    CHECK(statement.metadata.header.kind == AgreementKind::JointStatement);
    CHECK(statement.metadata.parties == QStringList({ QStringLiteral("vietnam"), QStringLiteral("china") }));
    CHECK(outline(statement.versions[0]) == QStringLiteral("tit pre 1. 2. 3. 4. (1) (2) (3) (4) (5) (6) 5. 6."));
    CHECK(debrisOf(statement.versions[0]) == QStringList({ QStringLiteral("strikethrough:153:3") }));
    checkClean(statement.versions[0]);
}

TEST_CASE("import: sample 004, a letter that forwards a bilingual memorandum", "[import][samples]")
{
    const ParsedFile file = parseSample(QStringLiteral("004_450d6ae2b470d9a1.txt"));
    REQUIRE(file.documents.size() == 2);
    const ParsedDocument& letter = file.documents[0];
    const ParsedDocument& memo = file.documents[1];
    CHECK(letter.forwards == 1);
    CHECK(letter.metadata.header.reference == QStringLiteral("489-CV/TU"));
    CHECK(letter.metadata.header.signedOn == QDate(2022, 3, 17));
    // The letterhead (office, number, the Party's name, place and date) is set apart, never the letter's title.
    CHECK(letter.metadata.header.titleVi.startsWith(QStringLiteral("Về gửi Bản ghi nhớ hợp tác hữu nghị")));
    CHECK_FALSE(letter.metadata.header.validTo.isValid()); // the memorandum's period is not the letter's
    CHECK(debrisOf(letter.versions[0])
        == QStringList({ QStringLiteral("markup:5:*"), QStringLiteral("stamp:15:SỞ NGOẠI VỤ"),
            QStringLiteral("letterhead:3:TỈNH ỦY CAO BẰNG"), QStringLiteral("letterhead:7:Số 489-CV/TU"),
            QStringLiteral("letterhead:9:ĐẢNG CỘNG SẢN VIỆT NAM"),
            QStringLiteral("letterhead:11:Cao Bằng, ngày 17 tháng 3 năm 2022") }));
    REQUIRE(memo.versions.size() == 2);
    CHECK(outline(memo.versions[0])
        == QStringLiteral("tit pre I. II. 1. 2. 3. 4. 5. III. IV. V. VI. clo sig sig sig sig sig"));
    CHECK(outline(memo.versions[1])
        == QStringLiteral("tit pre 一、 二、 (一) (二) (三) (四) (五) 三、 四、 五、 六、 clo sig sig sig sig sig"));
    CHECK(memo.metadata.header.kind == AgreementKind::Memorandum);
    CHECK(memo.metadata.header.validFrom == QDate(2022, 1, 1));
    CHECK(memo.metadata.header.validTo == QDate(2026, 12, 31));
    CHECK(memo.metadata.parties
        == QStringList({ QStringLiteral("cao-bang"), QStringLiteral("guangxi"), QStringLiteral("quang-ninh"),
            QStringLiteral("lang-son"), QStringLiteral("ha-giang") }));
    CHECK(memo.metadata.signatories[1].person == QStringLiteral("Lưu Ninh"));
    checkClean(memo.versions[0]);
    checkClean(memo.versions[1]);
}

TEST_CASE("import: typed samples are not flagged as OCR text", "[import][samples][ocr]")
{
    for (const char* name : { "000_a538a87b9166962b.txt", "001_21e0537984c48e62.txt", "003_314c7307816d8f71.txt",
             "004_450d6ae2b470d9a1.txt" }) {
        INFO(name);
        for (const ParsedDocument& document : parseSample(QString::fromLatin1(name)).documents)
            CHECK_FALSE(document.metadata.header.ocrText);
    }
}
