#include "report/CsvWriter.h"
#include "support/CatchQt.h"

using namespace concord;

TEST_CASE("report: CSV starts with a UTF-8 byte-order mark and ends rows with CRLF", "[report]")
{
    CsvWriter csv;
    csv.addRow({ QStringLiteral("Điều"), QStringLiteral("第一条") });
    CHECK(csv.data() == QByteArray("\xEF\xBB\xBF") + QStringLiteral("Điều,第一条\r\n").toUtf8());
}

TEST_CASE("report: CSV cells are quoted and neutralised", "[report]")
{
    struct Row
    {
        QString cell;
        QString expected;
    };
    const auto row = GENERATE(values<Row>({
        { QStringLiteral("Quảng Ninh"), QStringLiteral("Quảng Ninh") },
        { QStringLiteral("Lạng Sơn, Cao Bằng"), QStringLiteral("\"Lạng Sơn, Cao Bằng\"") },
        { QStringLiteral("\"Tay trong tay\""), QStringLiteral("\"\"\"Tay trong tay\"\"\"") },
        { QStringLiteral("dòng 1\ndòng 2"), QStringLiteral("\"dòng 1\ndòng 2\"") },
        { QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"") },
        { QStringLiteral("+84 912"), QStringLiteral("'+84 912") },
        { QStringLiteral("-1+1"), QStringLiteral("'-1+1") },
        { QStringLiteral("@SUM(A1)"), QStringLiteral("'@SUM(A1)") },
        { QStringLiteral("\tcmd"), QStringLiteral("'\tcmd") },
        { QStringLiteral("a=b"), QStringLiteral("a=b") },
        { QString(), QString() },
    }));
    CHECK(CsvWriter::escapeCell(row.cell) == row.expected);
}
