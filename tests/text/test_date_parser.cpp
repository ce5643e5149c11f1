#include "support/CatchQt.h"
#include "text/DateParser.h"

using namespace concord;

namespace {
struct Expected
{
    DateKind kind;
    QDate from;
    QDate to;
    const char16_t* text; ///< the phrase as it stands in the input
};

struct Row
{
    const char16_t* input;
    int referenceYear;
    std::vector<Expected> mentions;
};

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}
} // namespace

TEST_CASE("text: dates and deadline phrases in both languages", "[text][dates]")
{
    using K = DateKind;
    const auto row = GENERATE(values<Row>({
        { u"được ký vào ngày 07 tháng 02 năm 2026, có giá trị", 0,
            { { K::Day, d(2026, 2, 7), d(2026, 2, 7), u"ngày 07 tháng 02 năm 2026" } } },
        { u"Nam Ninh, 11/02/2026", 0, { { K::Day, d(2026, 2, 11), d(2026, 2, 11), u"11/02/2026" } } },
        { u"ĐẾN Ngày: 22/3/22", 0, { { K::Day, d(2022, 3, 22), d(2022, 3, 22), u"22/3/22" } } },
        { u"từ 14 -17.4.2026 tại Nam Ninh", 0, { { K::Range, d(2026, 4, 14), d(2026, 4, 17), u"14 -17.4.2026" } } },
        { u"vào tháng 4/2025,", 0, { { K::Month, d(2025, 4, 1), d(2025, 4, 30), u"tháng 4/2025" } } },
        { u"于2026年2月11日在南宁", 0, { { K::Day, d(2026, 2, 11), d(2026, 2, 11), u"2026年2月11日" } } },
        { u"于 2026 年 2 月 7 日签订", 0, { { K::Day, d(2026, 2, 7), d(2026, 2, 7), u"2026 年 2 月 7 日" } } },
        { u"二〇二二年三月十七日", 0, { { K::Day, d(2022, 3, 17), d(2022, 3, 17), u"二〇二二年三月十七日" } } },
        { u"（2026—2027 年）", 0, { { K::Range, d(2026, 1, 1), d(2027, 12, 31), u"2026—2027 年" } } },
        { u"giai đoạn 2022 - 2026", 0, { { K::Range, d(2022, 1, 1), d(2026, 12, 31), u"2022 - 2026" } } },
        { u"hoàn thành trong năm 2026.", 0, { { K::Deadline, d(2026, 1, 1), d(2026, 12, 31), u"trong năm 2026" } } },
        { u"力争2026 年内完成", 0, { { K::Deadline, d(2026, 1, 1), d(2026, 12, 31), u"2026 年内" } } },
        { u"年内完成", 2026, { { K::Deadline, d(2026, 1, 1), d(2026, 12, 31), u"年内" } } },
        { u"年内完成", 0, {} },
        { u"trong nửa đầu năm 2026", 0, { { K::Deadline, d(2026, 1, 1), d(2026, 6, 30), u"nửa đầu năm 2026" } } },
        { u"2026 年上半年举办", 0, { { K::Deadline, d(2026, 1, 1), d(2026, 6, 30), u"2026 年上半年" } } },
        { u"上半年举办", 2026, { { K::Deadline, d(2026, 1, 1), d(2026, 6, 30), u"上半年" } } },
        { u"từ năm 2026 trở đi", 0, { { K::Start, d(2026, 1, 1), d(2026, 1, 1), u"từ năm 2026" } } },
        { u"自2026年起每年举办", 0,
            { { K::Start, d(2026, 1, 1), d(2026, 1, 1), u"自2026年起" }, { K::Yearly, QDate(), QDate(), u"每年" } } },
        { u"Hằng năm, Quảng Tây mời", 0, { { K::Yearly, QDate(), QDate(), u"Hằng năm" } } },
        { u"hàng năm", 0, { { K::Yearly, QDate(), QDate(), u"hàng năm" } } },
        { u"(đến hết ngày 31 tháng 12 năm 2027)", 0,
            { { K::Deadline, d(2027, 12, 31), d(2027, 12, 31), u"đến hết ngày 31 tháng 12 năm 2027" } } },
        { u"trước ngày 30/6/2026", 0, { { K::Deadline, d(2026, 6, 30), d(2026, 6, 30), u"trước ngày 30/6/2026" } } },
        { u"trong quý III năm 2026", 0, { { K::Deadline, d(2026, 7, 1), d(2026, 9, 30), u"quý III năm 2026" } } },
        { u"Gặp gỡ đầu Xuân năm 2025 và", 0, { { K::Year, d(2025, 1, 1), d(2025, 12, 31), u"năm 2025" } } },
        { u"ngày 31 tháng 02 năm 2026", 0, {} }, // no such day
        { u"32/13/2026 và 1088/2 và 1.2.33", 0, {} },
        { u"", 0, {} },
    }));
    const QString input = QString::fromUtf16(row.input);
    CAPTURE(input);
    const QList<DateMention> found = DateParser::find(input, row.referenceYear);
    REQUIRE(found.size() == qsizetype(row.mentions.size()));
    for (size_t i = 0; i < row.mentions.size(); ++i) {
        const Expected& e = row.mentions[i];
        const DateMention& m = found[qsizetype(i)];
        CHECK(m.kind == e.kind);
        CHECK(m.from == e.from);
        CHECK(m.to == e.to);
        CHECK(input.mid(m.start, m.length) == QString::fromUtf16(e.text));
    }
}

TEST_CASE("text: the anchor of a date mention is the day a tracker keeps", "[text][dates]")
{
    const auto found = DateParser::find(u"trong năm 2026; từ năm 2027; ngày 1 tháng 5 năm 2026");
    REQUIRE(found.size() == 3);
    CHECK(found[0].anchor() == QDate(2026, 12, 31));
    CHECK(found[1].anchor() == QDate(2027, 1, 1));
    CHECK(found[2].anchor() == QDate(2026, 5, 1));
}

TEST_CASE("text: date search on a 1 MB single line", "[text][dates]")
{
    const QString line = QStringLiteral("nội dung hợp tác ").repeated(60000) + QStringLiteral("trong năm 2026");
    const auto found = DateParser::find(line);
    REQUIRE(found.size() == 1);
    CHECK(found[0].to == QDate(2026, 12, 31));
}
