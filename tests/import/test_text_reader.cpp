#include "import/TextReader.h"
#include "support/CatchQt.h"

using namespace concord;

TEST_CASE("import: markup is removed from lines and remembered", "[import][reader]")
{
    struct Row
    {
        QString line;
        QString clean;
        int heading;
        bool bold;
        bool html;
        QStringList struck;
    };
    const auto row = GENERATE(values<Row>({
        { QStringLiteral("**Điều 1:** Hằng năm"), QStringLiteral("Điều 1: Hằng năm"), 0, true, false, {} },
        { QStringLiteral("## 一、政治互信方面"), QStringLiteral("一、政治互信方面"), 2, false, false, {} },
        { QStringLiteral("#### **IV. Về hợp tác**"), QStringLiteral("IV. Về hợp tác"), 4, true, false, {} },
        { QStringLiteral("<b>SỞ NGOẠI VỤ</b>\t"), QStringLiteral("SỞ NGOẠI VỤ"), 0, false, true, {} },
        { QStringLiteral("thực hiện tốt ~~3~~ văn kiện"), QStringLiteral("thực hiện tốt văn kiện"), 0, false, false,
            { QStringLiteral("3") } },
        { QStringLiteral("\\*"), QStringLiteral("*"), 0, false, false, {} },
        { QStringLiteral("“*Kế hoạch thực hiện*” năm 2026"), QStringLiteral("“Kế hoạch thực hiện” năm 2026"), 0, false,
            false, {} },
        { QStringLiteral("- Kính gửi:*"), QStringLiteral("- Kính gửi:"), 0, false, false, {} },
        { QStringLiteral("Số:\t16.78  "), QStringLiteral("Số: 16.78"), 0, false, false, {} },
    }));
    int heading = 0;
    bool bold = false;
    bool html = false;
    QStringList struck;
    CHECK(TextReader::cleanLine(row.line, &heading, &bold, &html, &struck) == row.clean);
    CHECK(heading == row.heading);
    CHECK(bold == row.bold);
    CHECK(html == row.html);
    CHECK(struck == row.struck);
}

TEST_CASE("import: paragraphs are separated by blank lines and keep their line numbers", "[import][reader]")
{
    const QString text = QStringLiteral("\n\nTHỎA THUẬN  \nHỢP TÁC\n\n \nĐiều 1: Nội dung\n\r\n# 第一条\n广西\n");
    const QList<Paragraph> paragraphs = TextReader::paragraphs(text);
    REQUIRE(paragraphs.size() == 4);
    CHECK(paragraphs[0].text() == QStringLiteral("THỎA THUẬN HỢP TÁC"));
    CHECK(paragraphs[0].line() == 3);
    CHECK(paragraphs[0].lastLine() == 4);
    CHECK(paragraphs[1].text() == QStringLiteral("Điều 1: Nội dung"));
    CHECK(paragraphs[1].line() == 7);
    CHECK(paragraphs[2].text() == QStringLiteral("第一条"));
    CHECK(paragraphs[2].heading == 1);
    CHECK(paragraphs[3].text() == QStringLiteral("广西"));
    CHECK(paragraphs[3].line() == 10);
}

TEST_CASE("import: Han lines join without a space, Latin lines with one", "[import][reader]")
{
    const QList<Paragraph> paragraphs
        = TextReader::paragraphs(QStringLiteral("中国共产主义青年团广西壮族\n自治区委员会书记\n\nBí thư\nTỉnh ủy"));
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs[0].text() == QStringLiteral("中国共产主义青年团广西壮族自治区委员会书记"));
    CHECK(paragraphs[1].text() == QStringLiteral("Bí thư Tỉnh ủy"));
}

TEST_CASE("import: a numbered line without a blank line before it starts a paragraph", "[import][reader]")
{
    const QString text = QStringLiteral("tao cho đội ngũ này.\nIV. Tăng cường hợp tác\nCác bên khuyến khích\n"
                                        "hợp tác trong năm\n2026. Các bên đồng ý.\n(1) Mục một\n- gạch đầu dòng");
    const QList<Paragraph> paragraphs = TextReader::paragraphs(text);
    REQUIRE(paragraphs.size() == 3);
    CHECK(paragraphs[0].text() == QStringLiteral("tao cho đội ngũ này."));
    CHECK(paragraphs[1].text()
        == QStringLiteral("IV. Tăng cường hợp tác Các bên khuyến khích hợp tác trong năm 2026. Các bên đồng ý."));
    CHECK(paragraphs[2].text() == QStringLiteral("(1) Mục một - gạch đầu dòng"));
}
