#include "import/StructureParser.h"
#include "import/TextReader.h"
#include "support/CatchQt.h"

using namespace concord;

namespace {
LanguageVersion parse(const QString& text, Language language = Language::Vietnamese)
{
    return StructureParser::parse(language, TextReader::paragraphs(text));
}

/// "kind label" per unit, e.g. "article Điều 1", "closing".
QStringList outline(const LanguageVersion& version)
{
    QStringList list;
    for (const Unit& unit : version.units) {
        QString entry = QString(unit.level * 2, QLatin1Char(' ')) + Unit::kindKey(unit.kind);
        if (unit.label)
            entry += QLatin1Char(' ') + unit.label->text;
        list.append(entry);
    }
    return list;
}
} // namespace

TEST_CASE("import: chapters, sections and articles nest by their numbering", "[import][structure]")
{
    const LanguageVersion version
        = parse(QStringLiteral("QUY CHẾ PHỐI HỢP\n\nCăn cứ Thỏa thuận hợp tác năm 2024, hai bên thống nhất như sau.\n\n"
                               "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi\n\nĐiều 2. Đối tượng\n\n"
                               "Chương II\nNỘI DUNG\n\nMục 1. Giao lưu\n\nĐiều 3. Hằng năm tổ chức gặp gỡ.\n\n"
                               "a) Trao đổi đoàn;\n\nb) Hội thảo.\n\nMục 2. Đào tạo\n\nĐiều 4. Cấp học bổng.\n\n"
                               "Quy chế này có hiệu lực kể từ ngày ký.\n\nTRƯỞNG BAN\n\nNguyễn Văn An"));
    CHECK(outline(version)
        == QStringList({ QStringLiteral("title"), QStringLiteral("preamble"), QStringLiteral("section Chương I"),
            QStringLiteral("  article Điều 1."), QStringLiteral("  article Điều 2."),
            QStringLiteral("section Chương II"), QStringLiteral("  section Mục 1."),
            QStringLiteral("    article Điều 3."), QStringLiteral("      item a)"), QStringLiteral("      item b)"),
            QStringLiteral("  section Mục 2."), QStringLiteral("    article Điều 4."), QStringLiteral("closing"),
            QStringLiteral("signature") }));
    REQUIRE(version.units.size() == 14);
    CHECK(version.units[2].text == QStringLiteral("Chương I QUY ĐỊNH CHUNG"));
    CHECK(version.units[6].parent == 5);
    CHECK(version.units[8].parent == 7);
    CHECK(version.units[13].signature.office == QStringLiteral("TRƯỞNG BAN"));
    CHECK(version.units[13].signature.person == QStringLiteral("Nguyễn Văn An"));
}

TEST_CASE("import: a sentence cut by a page break is joined, and the page number set aside", "[import][structure]")
{
    const LanguageVersion version
        = parse(QStringLiteral("合作协议\n\n第一条 双方同意在人工智能领域开展青年交流，每年邀请一个代表团赴\n\n"
                               "18\n\n桂参加研学活动。\n\n第二条 费用由邀请方承担。\n\n周\n\n"
                               "第三条 本协议自签字之日起生效。"),
            Language::Chinese);
    REQUIRE(version.unitsOfKind(UnitKind::Article).size() == 3);
    CHECK(version.units[1].text
        == QStringLiteral("第一条 双方同意在人工智能领域开展青年交流，每年邀请一个代表团赴桂参加研学活动。"));
    REQUIRE(version.debris.size() == 2);
    CHECK(version.debris[0].text == QStringLiteral("18"));
    CHECK(version.debris[0].reason == QStringLiteral("page-number"));
    CHECK(version.debris[0].line == 5);
    CHECK(version.debris[1].text == QStringLiteral("周"));
    CHECK(version.debris[1].reason == QStringLiteral("scan-residue"));
}

TEST_CASE("import: paragraphs after an item belong to it until the closing", "[import][structure]")
{
    const LanguageVersion version = parse(QStringLiteral(
        "BIÊN BẢN HỘI ĐÀM\n\nHai bên nhất trí như sau:\n\n1. Quản lý biên giới\n\n(1) Tăng cường phối hợp.\n\n"
        "Về cửa khẩu:\n\nTỉnh Lạng Sơn đẩy nhanh xây dựng.\n\n(2) Trao đổi thông tin.\n\n"
        "Các Bên nhất trí tổ chức Gặp gỡ năm 2027.\n\nBiên bản này không có giá trị ràng buộc pháp lý."));
    CHECK(outline(version)
        == QStringList({ QStringLiteral("title"), QStringLiteral("preamble"), QStringLiteral("section 1."),
            QStringLiteral("  item (1)"), QStringLiteral("  item (2)"), QStringLiteral("closing"),
            QStringLiteral("closing") }));
    CHECK(version.units[3].text
        == QStringLiteral("(1) Tăng cường phối hợp.\nVề cửa khẩu:\nTỉnh Lạng Sơn đẩy nhanh xây dựng."));
}

TEST_CASE("import: two signature blocks side by side get their names in order", "[import][structure]")
{
    const LanguageVersion version
        = parse(QStringLiteral("BẢN GHI NHỚ\n\nĐiều 1. Hợp tác.\n\nBÍ THƯ TỈNH ỦY CAO BẰNG\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
                               "BÍ THƯ KHU ỦY KHU TỰ TRỊ\nDÂN TỘC CHOANG QUẢNG TÂY\n\nTrần Hồng Minh\n\nLưu Ninh\n\n"
                               "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nTriệu Đình Lê"));
    const QList<Unit> signatures = version.unitsOfKind(UnitKind::Signature);
    REQUIRE(signatures.size() == 3);
    CHECK(signatures[0].signature.party == QStringLiteral("TỈNH ỦY CAO BẰNG ĐẢNG CỘNG SẢN VIỆT NAM"));
    CHECK(signatures[0].signature.office == QStringLiteral("BÍ THƯ"));
    CHECK(signatures[0].signature.person == QStringLiteral("Trần Hồng Minh"));
    CHECK(signatures[1].signature.party == QStringLiteral("KHU ỦY KHU TỰ TRỊ DÂN TỘC CHOANG QUẢNG TÂY"));
    CHECK(signatures[1].signature.person == QStringLiteral("Lưu Ninh"));
    CHECK(signatures[2].signature.office == QStringLiteral("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC"));
    CHECK(signatures[2].signature.person == QStringLiteral("Triệu Đình Lê"));
}

TEST_CASE("import: Chinese signature blocks split office and pair both name forms", "[import][structure]")
{
    const LanguageVersion version
        = parse(QStringLiteral("协议\n\n第一条 合作。\n\n越南胡志明共产主义青年团\n广宁省委员会书记\n\n"
                               "Nguyen Phuong Thao 阮芳草\n\n中国共产党广西壮族自治区委员会\n书记\n\n刘宁"),
            Language::Chinese);
    const QList<Unit> signatures = version.unitsOfKind(UnitKind::Signature);
    REQUIRE(signatures.size() == 2);
    CHECK(signatures[0].signature.party == QStringLiteral("越南胡志明共产主义青年团广宁省委员会"));
    CHECK(signatures[0].signature.office == QStringLiteral("书记"));
    CHECK(signatures[0].signature.person == QStringLiteral("Nguyen Phuong Thao"));
    CHECK(signatures[0].signature.personAlternate == QStringLiteral("阮芳草"));
    CHECK(signatures[1].signature.party == QStringLiteral("中国共产党广西壮族自治区委员会"));
    CHECK(signatures[1].signature.person == QStringLiteral("刘宁"));
}

TEST_CASE("import: stamps, markup and struck text are debris, never unit text", "[import][structure]")
{
    const LanguageVersion version
        = parse(QStringLiteral("CÔNG VĂN\n\n\\*\n\n<b>SỞ NGOẠI VỤ</b>\nSố:\t16.78\nĐẾN Ngày:\t22/3/22\n\n"
                               "1. Thực hiện tốt ~~3~~ văn kiện pháp lý.\n\nCh. Kao\n\n2. Báo cáo kết quả.\n\n- 3 -"));
    CHECK(outline(version)
        == QStringList({ QStringLiteral("title"), QStringLiteral("item 1."), QStringLiteral("item 2.") }));
    CHECK(version.units[1].text == QStringLiteral("1. Thực hiện tốt văn kiện pháp lý."));
    QStringList reasons;
    for (const Debris& piece : version.debris)
        reasons.append(piece.reason + QLatin1Char(':') + piece.text.section(QLatin1Char('\n'), 0, 0));
    CHECK(reasons
        == QStringList(
            { QStringLiteral("markup:*"), QStringLiteral("stamp:SỞ NGOẠI VỤ"), QStringLiteral("strikethrough:3"),
                QStringLiteral("scan-residue:Ch. Kao"), QStringLiteral("page-number:- 3 -") }));
}

TEST_CASE("import: an empty version and a version of only a title", "[import][structure]")
{
    CHECK(parse(QString()).units.isEmpty());
    const LanguageVersion title = parse(QStringLiteral("THỎA THUẬN HỢP TÁC"));
    CHECK(outline(title) == QStringList({ QStringLiteral("title") }));
}
