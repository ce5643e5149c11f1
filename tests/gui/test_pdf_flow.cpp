#include "report/PdfFlow.h"
#include "support/CatchQt.h"

#include <QPdfWriter>
#include <QTemporaryDir>

using namespace concord;
using Placement = PdfFlow::Placement;

namespace {

struct FlowFixture
{
    QTemporaryDir dir;
    QPdfWriter writer { dir.filePath(QStringLiteral("flow.pdf")) };
    FlowFixture() { writer.setResolution(300); }

    /// A flow whose page holds the header row and exactly \a rows one-line rows (and half a row more).
    PdfFlow flow(int rows, int* style)
    {
        PdfFlow probe(&writer, 1000, 1000);
        const int s = probe.addStyle(QFont());
        const qreal row = probe.lineHeight(s) + 2 * probe.padding();
        PdfFlow made(&writer, 1000, row * (rows + 1.5));
        *style = made.addStyle(QFont());
        return made;
    }
};

QList<QList<PdfFlow::Cell>> oneLineRows(int count, int style)
{
    QList<QList<PdfFlow::Cell>> rows;
    for (int i = 0; i < count; ++i)
        rows.append({ PdfFlow::Cell { { { QStringLiteral("Điều %1").arg(i + 1), style } } },
            PdfFlow::Cell { { { QStringLiteral("第%1条").arg(i + 1), style } } } });
    return rows;
}

const QList<PdfFlow::Column> Columns { { QStringLiteral("Tiếng Việt"), 500 }, { QStringLiteral("中文"), 500 } };

} // namespace

TEST_CASE("pdf flow: rows that do not fit start the next page under the header, none split", "[report][pdf]")
{
    FlowFixture f;
    int style = 0;
    PdfFlow flow = f.flow(10, &style);
    flow.table(Columns, style, Qt::lightGray, oneLineRows(25, style));
    REQUIRE(flow.paginate() == 3);
    const auto pages = flow.placements();
    QList<int> perPage;
    for (const auto& page : pages) {
        perPage.append(int(page.size()));
        for (const Placement& p : page)
            CHECK(p.whole);
    }
    CHECK(perPage == QList<int>({ 10, 10, 5 }));
    CHECK(pages[1].front().row == 10);
    CHECK(pages[2].back().row == 24);
}

TEST_CASE("pdf flow: a row taller than a page is cut between lines, each part under the header", "[report][pdf]")
{
    FlowFixture f;
    int style = 0;
    PdfFlow flow = f.flow(10, &style);
    QStringList lines;
    for (int i = 0; i < 45; ++i)
        lines.append(QStringLiteral("dòng %1").arg(i + 1));
    QList<QList<PdfFlow::Cell>> rows = oneLineRows(2, style);
    rows.insert(1, { PdfFlow::Cell { { { lines.join(QLatin1Char('\n')), style } } }, PdfFlow::Cell {} });
    flow.table(Columns, style, Qt::lightGray, rows);
    const int count = flow.paginate();
    const auto pages = flow.placements();
    // 45 lines on pages of 11.5 one-line rows (fewer than 20 lines): three pages at least. Page 1: the first row whole
    // and the tall one's first lines; then its middle, one part a page; its end and the last row on the last page. 45
    // lines on pages of fewer than 20: three pages at least. The first row whole on page 1, then the tall one in parts,
    // one page after the other, each taking up where the last stopped, every line once; the last row whole at the end;
    // no page without a row.
    REQUIRE(count >= 3);
    CHECK(pages[0].front() == Placement { 0, 0, true, 0, 1 });
    int next = 0;
    int page = 0;
    for (; page < count; ++page) {
        REQUIRE_FALSE(pages[page].isEmpty());
        for (const Placement& p : pages[page]) {
            if (p.row != 1)
                continue;
            CHECK_FALSE(p.whole);
            CHECK(p.from == next);
            CHECK(p.to > p.from);
            next = p.to;
        }
    }
    CHECK(next == 45);
    CHECK(pages[count - 1].back() == Placement { 0, 2, true, 0, 1 });
}

TEST_CASE("pdf flow: empty rows never appear and a heading keeps with its table", "[report][pdf]")
{
    FlowFixture f;
    int style = 0;
    PdfFlow flow = f.flow(10, &style);
    flow.table(Columns, style, Qt::lightGray, oneLineRows(9, style));
    flow.text(QStringLiteral("Quá hạn / 逾期"), style, 0, true); // would fit below the 9 rows; its table would not
    QList<QList<PdfFlow::Cell>> rows = oneLineRows(1, style);
    rows.prepend({ PdfFlow::Cell { { { QString(), style } } }, PdfFlow::Cell { { { QStringLiteral("  "), style } } } });
    flow.table(Columns, style, Qt::lightGray, rows);
    REQUIRE(flow.paginate() == 2);
    const auto pages = flow.placements();
    CHECK(pages[0].size() == 9);
    CHECK(pages[1] == QList<Placement>({ { 1, -1, true, 0, 0 }, { 2, 0, true, 0, 1 } }));
}
