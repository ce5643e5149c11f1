#include "support/CatchQt.h"
#include "text/Numerals.h"

using namespace concord;

TEST_CASE("text: Chinese numerals", "[text][numbering]")
{
    struct Row
    {
        const char16_t* text;
        std::optional<int> value;
    };
    const auto row = GENERATE(values<Row>({
        { u"一", 1 },
        { u"十", 10 },
        { u"十二", 12 },
        { u"二十", 20 },
        { u"二十三", 23 },
        { u"一十二", 12 },
        { u"一百", 100 },
        { u"一百零五", 105 },
        { u"一百一十", 110 },
        { u"三百二十一", 321 },
        { u"两千零二十六", 2026 },
        { u"一千零五十", 1050 },
        { u"九千九百九十九", 9999 },
        { u"二〇二六", 2026 },
        { u"二〇二二", 2022 },
        { u"零", 0 },
        { u"〇", 0 },
        { u"十十", std::nullopt },
        { u"三百千", std::nullopt },
        { u"一百五", std::nullopt }, // colloquial 150: agreements write 一百五十
        { u"零五", std::nullopt },
        { u"二十零", std::nullopt },
        { u"百", std::nullopt },
        { u"一万", std::nullopt },
        { u"二〇二六五", std::nullopt },
        { u"", std::nullopt },
        { u"abc", std::nullopt },
    }));
    CAPTURE(QString::fromUtf16(row.text));
    CHECK(Numerals::chinese(QStringView(row.text)) == row.value);
}

TEST_CASE("text: Roman numerals", "[text][numbering]")
{
    struct Row
    {
        const char16_t* text;
        std::optional<int> value;
        std::optional<int> ocr;
    };
    const auto row = GENERATE(values<Row>({
        { u"I", 1, 1 },
        { u"IV", 4, 4 },
        { u"VII", 7, 7 },
        { u"XLII", 42, 42 },
        { u"xiv", 14, 14 },
        { u"MMMCMXCIX", 3999, 3999 },
        { u"IIII", std::nullopt, std::nullopt },
        { u"VX", std::nullopt, std::nullopt },
        { u"IIL", std::nullopt, std::nullopt },
        { u"I11", std::nullopt, 3 },
        { u"1V", std::nullopt, 4 },
        { u"MMMM", std::nullopt, std::nullopt },
        { u"", std::nullopt, std::nullopt },
    }));
    CAPTURE(QString::fromUtf16(row.text));
    CHECK(Numerals::roman(QStringView(row.text)) == row.value);
    CHECK(Numerals::romanOcr(QStringView(row.text)) == row.ocr);
}

TEST_CASE("text: Arabic numerals in ASCII and full width", "[text][numbering]")
{
    CHECK(Numerals::arabic(u"12") == 12);
    CHECK(Numerals::arabic(u"１２") == 12);
    CHECK(Numerals::arabic(u"007") == 7);
    CHECK_FALSE(Numerals::arabic(u"1a").has_value());
    CHECK_FALSE(Numerals::arabic(u"").has_value());
}
