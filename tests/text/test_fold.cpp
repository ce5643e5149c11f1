#include "support/CatchQt.h"
#include "text/Fold.h"

using namespace concord;

TEST_CASE("text: fold rows", "[text][fold]")
{
    struct Row
    {
        QString input;
        QString expected;
    };
    const auto row = GENERATE(values<Row>({
        { QStringLiteral("Quảng Ninh"), QStringLiteral("quang ninh") },
        { QStringLiteral("QUẢNG NINH"), QStringLiteral("quang ninh") },
        { QStringLiteral("quang ninh"), QStringLiteral("quang ninh") },
        { QStringLiteral("Đoàn Thanh niên Cộng sản"), QStringLiteral("doan thanh nien cong san") },
        { QStringLiteral("Hằng năm, hàng năm"), QStringLiteral("hang nam, hang nam") },
        { QStringLiteral("Ơ Ư ơ ư Ă Â Ê Ô"), QStringLiteral("o u o u a a e o") },
        { QStringLiteral("Vie\u0302\u0323t Nam"), QStringLiteral("viet nam") }, // decomposed input
        { QStringLiteral("（一）（二十三）"), QStringLiteral("(一)(二十三)") },
        { QStringLiteral("１２３，ＡＢＣ"), QStringLiteral("123,abc") },
        { QStringLiteral("廣西壯族自治區"), QStringLiteral("广西壮族自治区") },
        { QStringLiteral("广西壮族自治区"), QStringLiteral("广西壮族自治区") },
        { QStringLiteral("  a \t\n\u00A0 b\u3000c  "), QStringLiteral(" a b c ") },
        { QStringLiteral("Straße"), QStringLiteral("strasse") },
        { QStringLiteral("𠀀x"), QStringLiteral("𠀀x") }, // outside the BMP: kept
        { QStringLiteral("\u0301"), QString() }, // a lone combining mark disappears
        { QString(), QString() },
    }));
    CHECK(Fold::fold(row.input) == row.expected);
    CHECK(Fold::reference(row.input) == row.expected);
}

TEST_CASE("text: folded search hits map back to the original text", "[text][fold]")
{
    const QString original = QStringLiteral("Tỉnh  Quảng Ninh (Việt Nam)");
    const FoldedText folded = Fold::foldWithSource(original);
    CHECK(folded.text == QStringLiteral("tinh quang ninh (viet nam)"));
    REQUIRE(folded.source.size() == folded.text.size());
    const qsizetype hit = folded.text.indexOf(QStringLiteral("quang ninh"));
    const auto [start, length] = folded.sourceRange(hit, 10, original.size());
    CHECK(original.mid(start, length) == QStringLiteral("Quảng Ninh"));
    const auto [vStart, vLength] = folded.sourceRange(folded.text.indexOf(QStringLiteral("viet")), 4, original.size());
    CHECK(original.mid(vStart, vLength) == QStringLiteral("Việt"));
}

TEST_CASE("text: hits over decomposed marks cover the marks", "[text][fold]")
{
    const QString original = QStringLiteral("Vie\u0302\u0323t Nam");
    const FoldedText folded = Fold::foldWithSource(original);
    const auto [start, length] = folded.sourceRange(0, 4, original.size());
    CHECK(start == 0);
    CHECK(length == 6);
}

TEST_CASE("text: a 1 MB single line folds", "[text][fold]")
{
    const QString line = QStringLiteral("Khu tự trị dân tộc Choang Quảng Tây 廣西 ").repeated(1024 * 1024 / 40);
    const QString folded = Fold::fold(line);
    CHECK(folded.startsWith(QStringLiteral("khu tu tri dan toc choang quang tay 广西 khu")));
    CHECK(folded.size() == line.size());
}
