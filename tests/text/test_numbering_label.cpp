#include "support/CatchQt.h"
#include "text/NumberingLabel.h"

using namespace concord;

namespace {
struct Row
{
    const char16_t* paragraph;
    LabelScheme scheme;
    int value;
    int depth;
    bool uncertain;
    const char16_t* label; ///< the label as written
    int length; ///< characters taken, with the space after
};
} // namespace

TEST_CASE("text: numbering labels in both languages", "[text][numbering]")
{
    using S = LabelScheme;
    const auto row = GENERATE(values<Row>({
        { u"Điều 7: Bản thỏa thuận", S::ViArticle, 7, 3, false, u"Điều 7:", 8 },
        { u"Điều 12. Hiệu lực", S::ViArticle, 12, 3, false, u"Điều 12.", 9 },
        { u"Điều 1000: Hiệu lực", S::ViArticle, 1000, 3, false, u"Điều 1000:", 11 },
        { u"ĐIỀU 3 - Trách nhiệm", S::ViArticle, 3, 3, false, u"ĐIỀU 3 -", 9 },
        { u"Dieu 4: OCR", S::ViArticle, 4, 3, false, u"Dieu 4:", 8 },
        { u"Chương II QUY ĐỊNH CHUNG", S::ViChapter, 2, 1, false, u"Chương II", 10 },
        { u"Mục 3. Tổ chức", S::ViSection, 3, 2, false, u"Mục 3.", 7 },
        { u"Phần I", S::ViPart, 1, 0, false, u"Phần I", 6 },
        // Ordinals that open the items of minutes.
        { u"Thứ nhất, Văn phòng sẽ bố trí", S::Ordinal, 1, 5, false, u"Thứ nhất,", 10 },
        { u"Thứ tư, hai bên", S::Ordinal, 4, 5, false, u"Thứ tư,", 8 },
        { u"Thu hai: OCR", S::Ordinal, 2, 5, false, u"Thu hai:", 9 },
        { u"一是百色市外事办公室", S::Ordinal, 1, 5, false, u"一是", 2 },
        { u"十二是双方", S::Ordinal, 12, 5, false, u"十二是", 3 },
        { u"第三，双方", S::Ordinal, 3, 5, false, u"第三，", 3 },
        { u"第七条 本协议", S::ZhArticle, 7, 3, false, u"第七条", 4 },
        { u"第二十三条", S::ZhArticle, 23, 3, false, u"第二十三条", 5 },
        { u"第12条 本协议", S::ZhArticle, 12, 3, false, u"第12条", 5 },
        { u"第二章 总则", S::ZhChapter, 2, 1, false, u"第二章", 4 },
        { u"第〇条 无效", S::ZhArticle, 0, 3, true, u"第〇条", 4 },
        { u"一、双方一致同意", S::ZhEnumComma, 1, 4, false, u"一、", 2 },
        { u"十二、其他", S::ZhEnumComma, 12, 4, false, u"十二、", 3 },
        { u"（一）加强交流", S::ZhParen, 1, 6, false, u"（一）", 3 },
        { u"(二十三) 年内", S::ZhParen, 23, 6, false, u"(二十三)", 6 },
        { u"I. KẾT QUẢ", S::RomanDot, 1, 4, false, u"I.", 3 },
        { u"IV. Hợp tác", S::RomanDot, 4, 4, false, u"IV.", 4 },
        { u"IIL. Hợp tác", S::RomanDot, 0, 4, true, u"IIL.", 5 },
        { u"(II) Ting cuong", S::RomanParen, 2, 6, false, u"(II)", 5 },
        { u"(I11) Dy kien", S::RomanParen, 3, 6, true, u"(I11)", 6 },
        { u"L Tiép tyc", S::RomanDot, 1, 4, true, u"L", 2 },
        { u"IIL Ting cuong", S::RomanDot, 3, 4, true, u"IIL", 4 },
        { u"1. Hai bên", S::ArabicDot, 1, 5, false, u"1.", 3 },
        { u"12.Hai bên", S::ArabicDot, 12, 5, false, u"12.", 3 },
        { u"1) Hai bên", S::ArabicParen, 1, 6, false, u"1)", 3 },
        { u"(1) Hai bên", S::ArabicBothParen, 1, 6, false, u"(1)", 4 },
        { u"（１２）双方", S::ArabicBothParen, 12, 6, false, u"（１２）", 4 },
        { u"1、双方", S::ArabicEnumComma, 1, 5, false, u"1、", 2 },
        { u"2.3. Chi tiết", S::Decimal, 3, 6, false, u"2.3.", 5 },
        { u"a) Các bên", S::LetterParen, 1, 7, false, u"a)", 3 },
        { u"đ) Các bên", S::LetterParen, 5, 7, false, u"đ)", 3 },
        { u"(e) Các bên", S::LetterParen, 6, 7, false, u"(e)", 4 },
        { u"- Tăng cường", S::Bullet, 0, 8, false, u"-", 2 },
        { u"   3. Indented", S::ArabicDot, 3, 5, false, u"3.", 6 },
    }));
    CAPTURE(QString::fromUtf16(row.paragraph));
    const auto label = LabelParser::parse(QStringView(row.paragraph));
    REQUIRE(label.has_value());
    CHECK(label->scheme == row.scheme);
    CHECK(label->value == row.value);
    CHECK(label->depth == row.depth);
    CHECK(label->uncertain == row.uncertain);
    CHECK(label->text == QString::fromUtf16(row.label));
    CHECK(label->length == row.length);
}

TEST_CASE("text: paragraphs that are not numbered", "[text][numbering]")
{
    const char16_t* paragraph = GENERATE(u"Điều khoản chung", u"Mục tiêu của chương trình", u"Chương trình hợp tác",
        u"1.5 triệu đồng", u"11.02.2026 là ngày ký", u"2026 年 2 月 7 日", u"Ch. Kao", u"C. Kao", u"Các bên thống nhất",
        u"第一次会议", u"一方面", u"", u"   ", u"i. lower-case roman is a sentence", u"L. Kao", u"Lê Thành Đô", u"IL y",
        u"Thứ hai ngày 12 tháng 4", u"Thứ trưởng Bộ Ngoại giao", u"三是否");
    CAPTURE(QString::fromUtf16(paragraph));
    CHECK_FALSE(LabelParser::parse(QStringView(paragraph)).has_value());
}

TEST_CASE("text: decimal labels keep their whole path", "[text][numbering]")
{
    const auto label = LabelParser::parse(u"2.3.1 Chi tiết");
    REQUIRE(label);
    CHECK(label->path == QList<int>({ 2, 3, 1 }));
    CHECK(label->depth == 7);
}

TEST_CASE("text: a 1 MB single line is parsed at its start only", "[text][numbering]")
{
    const QString line = QStringLiteral("Điều 9. ") + QStringLiteral("nội dung ").repeated(120000);
    const auto label = LabelParser::parse(line);
    REQUIRE(label);
    CHECK(label->value == 9);
}
