#include "support/CatchQt.h"
#include "text/ScriptClassifier.h"

using namespace concord;

TEST_CASE("text: script of a paragraph", "[text]")
{
    struct Row
    {
        const char16_t* text;
        Script expected;
    };
    const auto row = GENERATE(values<Row>({
        { u"Điều 1: Hằng năm, Quảng Tây, Trung Quốc mời 01 đoàn đại biểu", Script::Latin },
        { u"Ting cuong hop tac giao duc", Script::Latin }, // OCR without diacritics is still Vietnamese
        { u"第一条 中国广西每年邀请一个由越南广宁、谅山、高平、宣光、海防五省（市）", Script::Han },
        { u"（二十三）", Script::Han },
        { u"2026 年 2 月 7 日", Script::Han },
        { u"Nguyen Phuong Thao 阮芳草", Script::Latin }, // 16 Latin letters outweigh 3 Han (weight 12)
        { u"广西 Quảng Tây", Script::Han }, // 2 Han (weight 8) against 8 Latin letters: a tie goes to Han
        { u"Bí thư Tỉnh ủy Quảng Ninh 阮", Script::Latin },
        { u"18", Script::None },
        { u"", Script::None },
        { u"— · —", Script::None },
    }));
    CAPTURE(QString::fromUtf16(row.text));
    CHECK(ScriptClassifier::dominant(QStringView(row.text)) == row.expected);
}

TEST_CASE("text: script counts letters by ICU script", "[text]")
{
    const ScriptCounts counts = ScriptClassifier::count(u"Hà Nội 河内 Москва 12");
    CHECK(counts.latin == 5);
    CHECK(counts.han == 2);
    CHECK(counts.other == 6);
}
