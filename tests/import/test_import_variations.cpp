// Variations on the samples and documents written here, so that the importer is tested on shapes it has not
// seen: halves swapped, one language alone, other encodings, a cut file, other parties and numbering, noise.
#include "commit/CommitmentExtractor.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "import/LanguageSplitter.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/TreeCompare.h"
#include "text/DateText.h"
#include "text/LegacyVietnamese.h"

#include <QFile>
#include <QStringConverter>
#include <QTemporaryDir>

using namespace concord;
using namespace concord::test;

namespace {

const QString Sample = QStringLiteral("samples/000_a538a87b9166962b.txt");

/// Lines [from, to) of \a text, 0-based.
QString lines(const QString& text, qsizetype from, qsizetype to)
{
    return text.split(QLatin1Char('\n')).mid(from, to - from).join(QLatin1Char('\n'));
}

/// The units of one language, without line numbers: kind, label, text.
QStringList debrisOf(const LanguageVersion& version)
{
    QStringList list;
    for (const Debris& piece : version.debris)
        list.append(QStringLiteral("%1:%2:%3").arg(piece.reason).arg(piece.line).arg(piece.text));
    return list;
}

QStringList unitsOf(const ParsedFile& file, Language language)
{
    QStringList list;
    const LanguageVersion* version = file.documents.front().version(language);
    REQUIRE(version);
    for (const Unit& unit : version->units)
        list.append(Unit::kindKey(unit.kind) + QLatin1Char(' ') + (unit.label ? unit.label->text : QString())
            + QLatin1Char(' ') + unit.text);
    return list;
}

} // namespace

TEST_CASE("import: the Chinese half first gives the same two trees", "[import][variations]")
{
    QTemporaryDir dir;
    const QString text = QString::fromUtf8(readFixture(Sample));
    const QString swapped = lines(text, 79, 200) + QStringLiteral("\n\n") + lines(text, 0, 79);
    const ParsedFile original = parseOrFail(writeTempFile(dir, QStringLiteral("a.txt"), text.toUtf8()));
    const ParsedFile reversed = parseOrFail(writeTempFile(dir, QStringLiteral("b.txt"), swapped.toUtf8()));
    REQUIRE(reversed.documents.front().versions.size() == 2);
    CHECK(reversed.documents.front().versions[0].language == Language::Chinese);
    CHECK(unitsOf(reversed, Language::Chinese) == unitsOf(original, Language::Chinese));
    CHECK(unitsOf(reversed, Language::Vietnamese) == unitsOf(original, Language::Vietnamese));
    CHECK(reversed.documents.front().metadata.header.validTo == QDate(2027, 12, 31));
}

TEST_CASE("import: the Vietnamese version alone is one version with the same tree", "[import][variations]")
{
    QTemporaryDir dir;
    const QString text = QString::fromUtf8(readFixture(Sample));
    const ParsedFile original = parseOrFail(writeTempFile(dir, QStringLiteral("a.txt"), text.toUtf8()));
    const ParsedFile alone = parseOrFail(writeTempFile(dir, QStringLiteral("vi.txt"), lines(text, 0, 79).toUtf8()));
    REQUIRE(alone.documents.front().versions.size() == 1);
    CHECK(unitsOf(alone, Language::Vietnamese) == unitsOf(original, Language::Vietnamese));
    CHECK(alone.documents.front().metadata.header.signedOn == QDate(2026, 2, 7));
    CHECK(alone.documents.front().metadata.header.titleZh.isEmpty());
}

TEST_CASE("import: UTF-16 and Windows-1258 files give the same trees as UTF-8", "[import][variations]")
{
    QTemporaryDir dir;
    const QString text = QString::fromUtf8(readFixture(Sample));
    const ParsedFile utf8 = parseOrFail(writeTempFile(dir, QStringLiteral("utf8.txt"), text.toUtf8()));

    QStringEncoder toUtf16(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    const ParsedFile utf16 = parseOrFail(writeTempFile(dir, QStringLiteral("utf16.txt"), toUtf16(text)));
    CHECK(utf16.encoding == QStringLiteral("UTF-16BE"));
    CHECK(treeOf(utf16) == treeOf(utf8));

    // Windows-1258 holds the Vietnamese version only (no Han); its typographic quotes are in the code page.
    const QString vietnamese = lines(text, 0, 79);
    const auto bytes = encodeWithIcu("windows-1258", LegacyVietnamese::toWindows1258Form(vietnamese));
    REQUIRE(bytes);
    const ParsedFile cp1258 = parseOrFail(writeTempFile(dir, QStringLiteral("cp1258.txt"), *bytes));
    CHECK(cp1258.encoding == QStringLiteral("windows-1258"));
    const ParsedFile vietnameseUtf8 = parseOrFail(writeTempFile(dir, QStringLiteral("vi.txt"), vietnamese.toUtf8()));
    CHECK(treeOf(cp1258) == treeOf(vietnameseUtf8));
}

TEST_CASE("import: CR LF and CR-only line ends give the same tree and commitments as LF", "[import][variations]")
{
    QTemporaryDir dir;
    QString text = QString::fromUtf8(readFixture(Sample));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const ParsedFile lf = parseOrFail(writeTempFile(dir, QStringLiteral("lf.txt"), text.toUtf8()));
    for (const QString& end : { QStringLiteral("\r\n"), QStringLiteral("\r") }) {
        QString other = text;
        other.replace(QLatin1Char('\n'), end);
        const ParsedFile parsed = parseOrFail(writeTempFile(dir, QStringLiteral("other.txt"), other.toUtf8()));
        CHECK(treeOf(parsed) == treeOf(lf));
        CHECK(parsed.documents.front().metadata.header.titleVi == lf.documents.front().metadata.header.titleVi);
        CHECK(parsed.documents.front().metadata.header.kind == lf.documents.front().metadata.header.kind);
    }
}

TEST_CASE("import: a file cut short keeps what it has, and a cut character is an error", "[import][variations]")
{
    QTemporaryDir dir;
    const QByteArray bytes = readFixture(Sample);
    // Cut inside Điều 4 on a character boundary: Điều 1–3 whole, Điều 4 partial, no closing, no signatures.
    const qsizetype cut = bytes.indexOf("**Điều 4:**") + 200;
    QByteArray head = bytes.left(cut);
    while ((uchar(head.back()) & 0xC0) == 0x80 || uchar(head.back()) >= 0xC0)
        head.chop(1);
    const ParsedFile truncated = parseOrFail(writeTempFile(dir, QStringLiteral("cut.txt"), head));
    const LanguageVersion& vi = truncated.documents.front().versions.front();
    QStringList labels;
    for (const Unit& unit : vi.units)
        labels.append(unit.label ? unit.label->text : Unit::kindKey(unit.kind));
    CHECK(labels
        == QStringList({ QStringLiteral("title"), QStringLiteral("preamble"), QStringLiteral("Điều 1:"),
            QStringLiteral("Điều 2:"), QStringLiteral("Điều 3:"), QStringLiteral("Điều 4:") }));
    CHECK_FALSE(truncated.documents.front().metadata.header.signedOn.isValid());

    // Cut inside a multi-byte character: not valid UTF-8, and not read as some legacy encoding either.
    const qsizetype inside = bytes.indexOf("Điều 4") + 1; // between the two bytes of "Đ"
    const QString path = writeTempFile(dir, QStringLiteral("broken.txt"), bytes.left(inside));
    const auto broken = DocumentParser::parseFile(path);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().file == path);
    CHECK(broken.error().offset == inside - 1);
}

TEST_CASE("import: other parties, Arabic article numbers in Chinese, and page noise", "[import][variations]")
{
    const QString text = QStringLiteral(
        "BẢN GHI NHỚ HỢP TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH LÀO CAI VÀ CHÍNH PHỦ NHÂN DÂN TỈNH VÂN NAM\n\n"
        "Hai bên thống nhất ký kết Bản ghi nhớ này với các nội dung sau:\n\n"
        "Điều 1. Hai bên tăng cường hợp tác thương mại qua cửa khẩu Lào Cai - Hà Khẩu.\n\n- 2 -\n\n"
        "Điều 2. Hằng năm tổ chức hội nghị luân phiên; trong năm 2026 tổ chức tại Côn Minh.\n\n"
        "Điều 3. Bản ghi nhớ này có hiệu lực kể từ ngày ký, được ký tại thành phố Hà Nội ngày 05 tháng 5 năm 2026, "
        "có giá trị đến hết ngày 31 tháng 12 năm 2028, được lập thành 04 bản.\n\n"
        "CHỦ TỊCH\nUBND TỈNH LÀO CAI\n\nNguyễn Văn Bình\n\n"
        "越南老街省人民委员会与中国云南省人民政府合作备忘录\n\n双方同意签署本备忘录，内容如下：\n\n"
        "第1条 双方加强经老街—河口口岸的贸易合作。\n\nTrang 3\n\n第2条 每年轮流举办会议；2026年内在昆明举办。\n\n"
        "第3条 本备忘录自签字之日起生效，于2026年5月5日在河内市签署，有效期至2028年12月31日，一式四份。\n\n"
        "越南老街省人民委员会主席\n\n阮文平\n\n云南省人民政府副主席\n\n李明");
    const auto parsed = DocumentParser::parseText(text, QStringLiteral("laocai.txt"));
    REQUIRE(parsed.ok());
    const ParsedDocument& doc = parsed->documents.front();
    REQUIRE(doc.versions.size() == 2);
    QStringList vi;
    for (const Unit& unit : doc.versions[0].units)
        vi.append(unit.label ? unit.label->text : Unit::kindKey(unit.kind));
    CHECK(vi
        == QStringList({ QStringLiteral("title"), QStringLiteral("preamble"), QStringLiteral("Điều 1."),
            QStringLiteral("Điều 2."), QStringLiteral("Điều 3."), QStringLiteral("signature") }));
    QList<int> zhValues;
    for (const Unit& unit : doc.versions[1].units) {
        if (unit.kind == UnitKind::Article)
            zhValues.append(unit.label->value);
    }
    CHECK(zhValues == QList<int>({ 1, 2, 3 }));
    CHECK(doc.versions[0].debris.size() == 1);
    CHECK(doc.versions[1].debris.size() == 1);
    CHECK(doc.versions[1].debris.front().text == QStringLiteral("Trang 3"));

    const DocumentMetadata& m = doc.metadata;
    CHECK(m.header.kind == AgreementKind::Memorandum);
    CHECK(m.header.signedOn == QDate(2026, 5, 5));
    CHECK(m.header.place == QStringLiteral("Hà Nội"));
    CHECK(m.header.validFrom == QDate(2026, 5, 5));
    CHECK(m.header.validTo == QDate(2028, 12, 31));
    CHECK(m.originals == 4);
    CHECK(m.parties == QStringList({ QStringLiteral("lao-cai") }));
    CHECK(m.warnings.isEmpty());
    const QList<Unit> zhSignatures = doc.versions[1].unitsOfKind(UnitKind::Signature);
    REQUIRE(zhSignatures.size() == 2);
    CHECK(zhSignatures[1].signature.office == QStringLiteral("副主席"));
    CHECK(zhSignatures[1].signature.party == QStringLiteral("云南省人民政府"));
    CHECK(zhSignatures[1].signature.person == QStringLiteral("李明"));
}

TEST_CASE("import: versions that disagree on a date or a count are reported", "[import][variations]")
{
    const QString text
        = QStringLiteral("THỎA THUẬN HỢP TÁC\n\nĐiều 1. Thỏa thuận này được ký ngày 07 tháng 02 năm 2026, "
                         "được lập thành 06 bản.\n\n合作协议\n\n第一条 本协议于2026年2月8日签订，一式四份。");
    const auto parsed = DocumentParser::parseText(text, QStringLiteral("diff.txt"));
    REQUIRE(parsed.ok());
    const DocumentMetadata& m = parsed->documents.front().metadata;
    CHECK(m.header.signedOn == QDate(2026, 2, 7));
    CHECK(m.originals == 6);
    CHECK(m.warnings
        == QStringList({ QStringLiteral(
                             "The Vietnamese version gives the signing date as %1, the Chinese version as %2.")
                             .arg(DateText::day(QDate(2026, 2, 7)), DateText::day(QDate(2026, 2, 8))),
            QStringLiteral("The Vietnamese version gives the number of originals as 6, the Chinese version as 4.") }));
}

TEST_CASE(
    "import: a signature block reads as written, offices no list holds known by their place", "[import][variations]")
{
    const QString text = QStringLiteral("BIÊN BẢN HỘI ĐÀM\n\nĐiều 1. Hai bên trao đổi đoàn hằng năm.\n\n"
                                        "CHỦ TỊCH\nỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nLê Văn Lương\n\n"
                                        "ĐOÀN ĐẠI BIỂU TỈNH LÀO CAI\nPhó Trưởng đoàn\nHoàng Quốc Khánh\n\n"
                                        "会谈纪要\n\n第一条 双方每年互派代表团。\n\n"
                                        "红河州人民政府\n对外部部长\n李明军\n\n"
                                        "云南省代表团\n副团长\n王强\n");
    const auto parsed = DocumentParser::parseText(text, QStringLiteral("signatures.txt"));
    REQUIRE(parsed.ok());
    const ParsedDocument& doc = parsed->documents.front();
    const QList<Unit> vi = doc.versions[0].unitsOfKind(UnitKind::Signature);
    const QList<Unit> zh = doc.versions[1].unitsOfKind(UnitKind::Signature);
    REQUIRE(vi.size() == 2);
    REQUIRE(zh.size() == 2);
    // The office first, as written, and not moved after the organisation.
    CHECK(vi[0].text == QStringLiteral("CHỦ TỊCH\nỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nLê Văn Lương"));
    CHECK(vi[0].signature.office == QStringLiteral("CHỦ TỊCH"));
    CHECK(vi[0].signature.party == QStringLiteral("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"));
    // Offices in no list, found where an office stands: on the line before the name.
    CHECK(vi[1].signature.office == QStringLiteral("Phó Trưởng đoàn"));
    CHECK(vi[1].signature.party == QStringLiteral("ĐOÀN ĐẠI BIỂU TỈNH LÀO CAI"));
    CHECK(vi[1].signature.person == QStringLiteral("Hoàng Quốc Khánh"));
    CHECK(zh[0].signature.office == QStringLiteral("对外部部长"));
    CHECK(zh[0].signature.party == QStringLiteral("红河州人民政府"));
    CHECK(zh[0].signature.person == QStringLiteral("李明军"));
    CHECK(zh[1].signature.office == QStringLiteral("副团长"));
    CHECK(zh[1].signature.party == QStringLiteral("云南省代表团"));
    CHECK(zh[1].text == QStringLiteral("云南省代表团\n副团长\n王强"));
}

TEST_CASE("import: the letterhead above the motto is not the title, and a validity end is not a signing day",
    "[import][variations]")
{
    // A health department's minutes, laid out as such documents are: the office above the national motto, the
    // title below; the Chinese version headed by its own office. Its Chinese validity sentence names the signing
    // ("自签署之日起生效") and then a day the validity runs to: that day is not when it was signed.
    const auto parsed = DocumentParser::parseFile(
        QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/variations/letterhead-above-motto.txt"));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->documents.size() == 1);
    const ParsedDocument& d = parsed->documents.front();
    const Agreement& h = d.metadata.header;
    CHECK(h.titleVi
        == QStringLiteral("BIÊN BẢN HỢP TÁC VỀ PHÒNG, CHỐNG DỊCH BỆNH TRUYỀN NHIỄM QUA BIÊN GIỚI GIỮA SỞ Y TẾ TỈNH "
                          "LẠNG SƠN (VIỆT NAM) VÀ ỦY BAN Y TẾ KHU TỰ TRỊ DÂN TỘC CHOANG QUẢNG TÂY (TRUNG QUỐC)"));
    CHECK(h.titleZh
        == QStringLiteral("越南谅山省卫生厅与中国广西壮族自治区卫生健康委员会关于边境传染病联防联控合作纪要"));
    CHECK(h.kind == AgreementKind::Minutes);
    CHECK(h.signedOn == QDate(2026, 5, 22));
    CHECK(h.validTo == QDate(2028, 12, 31));
    CHECK(d.metadata.warnings.isEmpty());
    CHECK(debrisOf(d.versions[0])
        == QStringList({ QStringLiteral("letterhead:1:SỞ Y TẾ TỈNH LẠNG SƠN"),
            QStringLiteral("letterhead:2:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            QStringLiteral("letterhead:3:Độc lập - Tự do - Hạnh phúc") }));
    CHECK(debrisOf(d.versions[1]) == QStringList({ QStringLiteral("letterhead:24:广西壮族自治区卫生健康委员会") }));
}

TEST_CASE(
    "import: a letterhead with its number and date line, and an upper-case title without one", "[import][variations]")
{
    SECTION("office, number and the place and date beside the motto, read line by line")
    {
        const auto parsed = DocumentParser::parseText(
            QStringLiteral("UBND TỈNH CAO BẰNG\nSỞ NGOẠI VỤ\nSố: 215/KH-SNgV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                           "Độc lập - Tự do - Hạnh phúc\nCao Bằng, ngày 03 tháng 6 năm 2026\n\nKẾ HOẠCH\nTriển khai "
                           "Biên bản hội đàm năm 2026\n\n1. Sở Ngoại vụ chủ trì tổ chức đoàn công tác trong Quý "
                           "III/2026.\n\n2. Sở Công Thương báo cáo kết quả trước ngày 30/9/2026.\n"),
            QStringLiteral("plan.txt"));
        REQUIRE(parsed.ok());
        const Agreement& h = parsed->documents.front().metadata.header;
        CHECK(h.titleVi == QStringLiteral("KẾ HOẠCH Triển khai Biên bản hội đàm năm 2026"));
        CHECK(h.reference == QStringLiteral("215/KH-SNgV"));
        CHECK(h.signedOn == QDate(2026, 6, 3));
        CHECK(h.place == QStringLiteral("Cao Bằng"));
    }
    SECTION("an upper-case first line with no title after it stays the title")
    {
        const auto parsed = DocumentParser::parseText(
            QStringLiteral("HỢP TÁC GIÁO DỤC BIÊN GIỚI\n\nHai Bên nhất trí như sau:\n\n1. Trao đổi giáo viên hằng "
                           "năm.\n\n2. Tổ chức hội thảo vào năm 2027.\n"),
            QStringLiteral("untitled.txt"));
        REQUIRE(parsed.ok());
        CHECK(parsed->documents.front().metadata.header.titleVi == QStringLiteral("HỢP TÁC GIÁO DỤC BIÊN GIỚI"));
        CHECK(parsed->documents.front().versions.front().debris.isEmpty());
    }
}

TEST_CASE("import: the place and date line above the signatures dates the signing and is no sentence of the last "
          "article",
    "[import][variations]")
{
    // It was glued to Article 2, which then made a commitment "Lạng Sơn, ngày 22 tháng 5 năm 2026" due that day.
    const auto parsed = DocumentParser::parseFile(
        QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/variations/place-date-above-signatures.txt"));
    REQUIRE(parsed.ok());
    const ParsedDocument& d = parsed->documents.front();
    CHECK(d.metadata.header.signedOn == QDate(2026, 5, 22));
    CHECK(d.metadata.header.place == QStringLiteral("Lạng Sơn"));
    REQUIRE(d.versions[0].units.size() == 4);
    CHECK(d.versions[0].units[2].text
        == QStringLiteral("Điều 2. Tỉnh Lạng Sơn cử đoàn doanh nghiệp sang Quảng Tây trong năm 2027."));
    CHECK(
        debrisOf(d.versions[0]) == QStringList({ QStringLiteral("place-date:7:Lạng Sơn, ngày 22 tháng 5 năm 2026") }));
    const auto found = CommitmentExtractor::extract(d, Gazetteer::builtIn());
    QStringList texts;
    for (const CommitmentCandidate& c : found)
        texts.append(c.vi);
    CHECK(texts
        == QStringList({ QStringLiteral("Hai Bên tổ chức hội chợ thương mại biên giới vào tháng 10 hằng năm."),
            QStringLiteral("Tỉnh Lạng Sơn cử đoàn doanh nghiệp sang Quảng Tây trong năm 2027.") }));
}
