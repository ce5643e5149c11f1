// Tables in the readers: Word tables with spans and merges, Markdown pipe tables, HTML tables left in converted text;
// the column roles a header names in either language; tables in the unit tree (continued across a page break, notes
// under them, the unit they stand in).
#include "import/DocxReader.h"
#include "import/StructureParser.h"
#include "import/TableReader.h"
#include "import/TextReader.h"
#include "model/TableCells.h"
#include "support/CatchQt.h"
#include "support/DocxMaker.h"

#include <QElapsedTimer>

using namespace concord;
using namespace concord::test;

namespace {

QString cell(const QString& text, const QString& properties = QString())
{
    return QStringLiteral("<w:tc><w:tcPr>%1</w:tcPr><w:p><w:r><w:t xml:space=\"preserve\">%2</w:t></w:r></w:p></w:tc>")
        .arg(properties, text);
}

QString row(const QStringList& cells)
{
    return QStringLiteral("<w:tr>") + cells.join(QString()) + QStringLiteral("</w:tr>");
}

QList<QStringList> rowsOf(const QString& text)
{
    const QList<Paragraph> paragraphs = TextReader::paragraphs(text);
    REQUIRE(paragraphs.size() == 1);
    REQUIRE(paragraphs.front().isTable());
    return paragraphs.front().rows;
}

} // namespace

TEST_CASE("tables: a Word task table becomes a pipe table, spans as empty cells and merged cells repeated",
    "[import][docx][tables]")
{
    const QString body = QStringLiteral("<w:tbl>")
        + row({ cell(QStringLiteral("STT")), cell(QStringLiteral("Nội dung")), cell(QStringLiteral("Đơn vị chủ trì")),
            cell(QStringLiteral("Thời gian")) })
        + row({ cell(QStringLiteral("I")),
            cell(QStringLiteral("THƯƠNG MẠI"), QStringLiteral("<w:gridSpan w:val=\"3\"/>")) })
        + row({ cell(QStringLiteral("1")), cell(QStringLiteral("Mở chợ | khu A")),
            cell(QStringLiteral("Sở Công Thương"), QStringLiteral("<w:vMerge w:val=\"restart\"/>")),
            cell(QStringLiteral("30/9/2027")) })
        + row({ cell(QStringLiteral("2")), cell(QStringLiteral("Tổ chức hội chợ")),
            cell(QString(), QStringLiteral("<w:vMerge/>")), cell(QStringLiteral("Quý III/2027")) })
        + QStringLiteral("</w:tbl>");
    const auto text = DocxReader::read(DocxMaker::fromBody(body), QStringLiteral("plan.docx"));
    REQUIRE(text.ok());
    CHECK(text.value()
        == QStringLiteral("| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
                          "| I | THƯƠNG MẠI |  |  |\n"
                          "| 1 | Mở chợ \\| khu A | Sở Công Thương | 30/9/2027 |\n"
                          "| 2 | Tổ chức hội chợ | Sở Công Thương | Quý III/2027 |\n"));
    // Read back, the bar inside a cell is the cell's.
    const QList<QStringList> rows = rowsOf(text.value());
    REQUIRE(rows.size() == 4);
    CHECK(rows[2]
        == QStringList { QStringLiteral("1"), QStringLiteral("Mở chợ | khu A"), QStringLiteral("Sở Công Thương"),
            QStringLiteral("30/9/2027") });
}

TEST_CASE("tables: a table inside a Word table cell is read as that cell's text", "[import][docx][tables]")
{
    const QString inner = QStringLiteral("<w:tbl>") + row({ cell(QStringLiteral("a")), cell(QStringLiteral("b")) })
        + QStringLiteral("</w:tbl>");
    const QString body = QStringLiteral("<w:tbl>")
        + row({ cell(QStringLiteral("STT")), cell(QStringLiteral("Nhiệm vụ")), cell(QStringLiteral("Đơn vị chủ trì")) })
        + row({ cell(QStringLiteral("1")), QStringLiteral("<w:tc>") + inner + QStringLiteral("</w:tc>"),
            cell(QStringLiteral("Sở Y tế")) })
        + QStringLiteral("</w:tbl>");
    const auto text = DocxReader::read(DocxMaker::fromBody(body), QStringLiteral("plan.docx"));
    REQUIRE(text.ok());
    CHECK(rowsOf(text.value())[1]
        == QStringList { QStringLiteral("1"), QStringLiteral("a b"), QStringLiteral("Sở Y tế") });
}

TEST_CASE(
    "tables: a pipe table is one paragraph of rows; a two-column grid is its cells' paragraphs", "[import][tables]")
{
    const QList<Paragraph> paragraphs = TextReader::paragraphs(QStringLiteral(
        "Mở đầu.\n| 序号 | 内容 | 牵头单位 |\n|:--|:-:|--:|\n| 1 | **举办**交易会 | 商务厅 |\nSau bảng.\n\n"
        "| ĐẠI DIỆN TỈNH LẠNG SƠN | 广西代表 |\n| Nguyễn Văn A | 刘明 |\n"));
    REQUIRE(paragraphs.size() == 7);
    CHECK(paragraphs[0].text() == QStringLiteral("Mở đầu."));
    REQUIRE(paragraphs[1].isTable());
    CHECK(paragraphs[1].rows
        == QList<QStringList> { { QStringLiteral("序号"), QStringLiteral("内容"), QStringLiteral("牵头单位") },
            { QStringLiteral("1"), QStringLiteral("举办交易会"), QStringLiteral("商务厅") } });
    CHECK(paragraphs[1].line() == 2);
    CHECK(paragraphs[1].lastLine() == 4);
    CHECK(paragraphs[2].text() == QStringLiteral("Sau bảng."));
    for (int k = 3; k < 7; ++k)
        CHECK_FALSE(paragraphs[k].isTable());
    CHECK(paragraphs[3].text() == QStringLiteral("ĐẠI DIỆN TỈNH LẠNG SƠN"));
    CHECK(paragraphs[6].text() == QStringLiteral("刘明"));
}

TEST_CASE("tables: an HTML table keeps its row and column spans, bounded", "[import][tables][hostile]")
{
    const QList<QStringList> rows = rowsOf(QStringLiteral(
        "<table>\n<tr><th>序号</th><th>任务</th><th>牵头单位</th><th>完成时限</th></tr>\n"
        "<tr><td>1</td><td>筹办&amp;交易会</td><td rowspan=\"2\">商务厅</td><td>2027年9月30日</td></tr>\n"
        "<tr><td>2</td><td>推动<br>建设</td><td>2027年第四季度</td></tr>\n"
        "<tr><td colspan=\"4\">二、人文交流</td></tr>\n</table>"));
    REQUIRE(rows.size() == 4);
    CHECK(rows[1]
        == QStringList { QStringLiteral("1"), QStringLiteral("筹办&交易会"), QStringLiteral("商务厅"),
            QStringLiteral("2027年9月30日") });
    CHECK(rows[2]
        == QStringList { QStringLiteral("2"), QStringLiteral("推动 建设"), QStringLiteral("商务厅"),
            QStringLiteral("2027年第四季度") });
    CHECK(rows[3] == QStringList { QStringLiteral("二、人文交流"), QString(), QString(), QString() });

    // A span of a million columns is a span of MaxColumns; a table never closed is read to the end of the text.
    const QList<QStringList> wide
        = rowsOf(QStringLiteral("<table><tr><th>STT</th><th>Nội dung</th><th>Đơn vị chủ trì</th></tr>"
                                "<tr><td colspan=\"1000000\" rowspan=\"99999999\">x</td></tr>"));
    REQUIRE(wide.size() == 2);
    CHECK(wide[1].size() == TableReader::MaxColumns);
}

TEST_CASE("tables: header cells name their columns in Vietnamese and Chinese", "[import][tables]")
{
    CHECK(TableCells::roles({ QStringLiteral("STT"), QStringLiteral("Nội dung công việc"),
              QStringLiteral("Đơn vị chủ trì"), QStringLiteral("Đơn vị phối hợp"),
              QStringLiteral("Thời gian hoàn thành"), QStringLiteral("Kết quả"), QStringLiteral("Ghi chú") })
        == QList<ColumnRole> { ColumnRole::Number, ColumnRole::Task, ColumnRole::Lead, ColumnRole::Supporting,
            ColumnRole::Deadline, ColumnRole::Result, ColumnRole::Note });
    CHECK(TableCells::roles({ QStringLiteral("序号"), QStringLiteral("工作内容"), QStringLiteral("牵头单位"),
              QStringLiteral("配合单位"), QStringLiteral("完成时限"), QStringLiteral("预期成果"),
              QStringLiteral("备注") })
        == QList<ColumnRole> { ColumnRole::Number, ColumnRole::Task, ColumnRole::Lead, ColumnRole::Supporting,
            ColumnRole::Deadline, ColumnRole::Result, ColumnRole::Note });
    // Without diacritics, as OCR or a hurried typist writes them; "Cơ quan thực hiện" leads.
    CHECK(TableCells::roles({ QStringLiteral("TT"), QStringLiteral("Nhiem vu"), QStringLiteral("Co quan thuc hien"),
              QStringLiteral("Tien do") })
        == QList<ColumnRole> { ColumnRole::Number, ColumnRole::Task, ColumnRole::Lead, ColumnRole::Deadline });
    CHECK(TableCells::isHeader({ QStringLiteral("STT"), QStringLiteral("Nội dung"), QStringLiteral("Thời gian") }));
    CHECK_FALSE(TableCells::isHeader({ QStringLiteral("ĐẠI DIỆN TỈNH LẠNG SƠN"), QStringLiteral("广西代表") }));
    const QList<ColumnRole> roles { ColumnRole::Number, ColumnRole::Task };
    CHECK(TableCells::number({ QStringLiteral("12."), QStringLiteral("x") }, roles) == 12);
    CHECK(TableCells::number({ QStringLiteral("（三）"), QStringLiteral("x") }, roles) == 3);
    CHECK(TableCells::number({ QStringLiteral("IV"), QStringLiteral("x") }, roles) == 4);
    CHECK_FALSE(TableCells::number({ QStringLiteral("Ghi chú"), QStringLiteral("x") }, roles));
    // A second header row under a spanning group names the columns the group covers.
    CHECK(TableCells::mergeHeader(
              { QStringLiteral("STT"), QStringLiteral("Nội dung"), QStringLiteral("Đơn vị thực hiện"), QString() },
              { QStringLiteral("STT"), QStringLiteral("Nội dung"), QStringLiteral("Chủ trì"),
                  QStringLiteral("Phối hợp") })
        == QStringList {
            QStringLiteral("STT"), QStringLiteral("Nội dung"), QStringLiteral("Chủ trì"), QStringLiteral("Phối hợp") });
    CHECK_FALSE(TableCells::mergeHeader({ QStringLiteral("STT"), QStringLiteral("Nội dung"), QString() },
        { QStringLiteral("1"), QStringLiteral("Mở chợ"), QStringLiteral("Sở Công Thương") }));
}

TEST_CASE("tables: a table broken by a page number is one table under the unit it stands in, a note after it a unit",
    "[import][structure][tables]")
{
    const QString header = QStringLiteral("| STT | Nhiệm vụ | Đơn vị chủ trì | Tiến độ |\n|---|---|---|---|\n");
    const QString text = QStringLiteral("KẾ HOẠCH\n\nĐiều 1. Các sở thực hiện các nhiệm vụ sau:\n\n") + header
        + QStringLiteral("| 1 | Rà soát | Sở Ngoại vụ | 31/3/2027 |\n| 2 | Xúc tiến | Sở Tài chính | Quý II/2027 |\n\n"
                         "- 2 -\n\n")
        + header
        + QStringLiteral("| 3 | Tổng kết | Sở Ngoại vụ | 15/11/2027 |\n\nGhi chú: các sở báo cáo hằng quý.\n\n"
                         "Điều 2. Kế hoạch có hiệu lực từ ngày ký.\n");
    const LanguageVersion version = StructureParser::parse(Language::Vietnamese, TextReader::paragraphs(text));
    QStringList kinds;
    for (const Unit& unit : version.units)
        kinds.append(QStringLiteral("%1@%2").arg(Unit::kindKey(unit.kind)).arg(unit.parent));
    CHECK(kinds
        == QStringList { QStringLiteral("title@-1"), QStringLiteral("article@-1"), QStringLiteral("table@1"),
            QStringLiteral("row@2"), QStringLiteral("row@2"), QStringLiteral("row@2"), QStringLiteral("item@1"),
            QStringLiteral("article@-1") });
    CHECK(version.units[2].text == QStringLiteral("STT\tNhiệm vụ\tĐơn vị chủ trì\tTiến độ"));
    CHECK(version.units[5].text == QStringLiteral("3\tTổng kết\tSở Ngoại vụ\t15/11/2027"));
    CHECK(version.units[6].text == QStringLiteral("Ghi chú: các sở báo cáo hằng quý."));
    REQUIRE(version.debris.size() == 1);
    CHECK(version.debris.front().reason == QStringLiteral("page-number"));
}

TEST_CASE(
    "tables: an HTML table's reading time grows with its rows, not with their square", "[import][tables][hostile]")
{
    const auto table = [](int rows) {
        QString text = QStringLiteral("<table>\n<tr><th>STT</th><th>Nội dung</th><th>Đơn vị chủ trì</th></tr>\n");
        for (int n = 1; n <= rows; ++n)
            text += QStringLiteral("<tr><td>%1</td><td>Nhiệm vụ %1</td><td>Sở Ngoại vụ</td></tr>\n").arg(n);
        return text + QStringLiteral("</table>\n");
    };
    const auto read = [](const QString& text, int rows) {
        QElapsedTimer timer;
        timer.start();
        const QList<Paragraph> paragraphs = TextReader::paragraphs(text);
        REQUIRE(paragraphs.size() == 1);
        CHECK(paragraphs.front().rows.size() == rows + 1);
        CHECK(paragraphs.front().lines.back().number == rows + 2); // each row keeps its own line
        return std::max<qint64>(timer.elapsed(), 1);
    };
    const qint64 small = read(table(5000), 5000);
    const qint64 large = read(table(40000), 40000);
    // Eight times the rows: eight times the time when linear (a line lookup per row over every line made it 64).
    CAPTURE(small, large);
    CHECK(large < std::max<qint64>(small * 24, 400));
}
