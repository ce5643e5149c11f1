// The reader on task tables: an annex's rows beside the other language's rows, each drawn as a table row, found by
// the search in their cells; a Word plan of 200 rows at 1024 x 700 and full size.
#include "gui/GuiFixture.h"
#include "gui/reader/PairModel.h"
#include "gui/reader/ReaderPage.h"
#include "import/Gazetteer.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QHeaderView>
#include <QTreeView>

using namespace concord;
using namespace concord::test;

namespace {

const QString TablesDir = QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/tables/");

struct TableReader
{
    GuiFixture gui;
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock { QDate(2027, 4, 1) };
    qint64 id = 0;

    explicit TableReader(const QString& name)
    {
        gui.languages->apply(QStringLiteral("en"));
        const auto outcome = ImportService(*db, Gazetteer::builtIn(), test::longAgo()).importPath(TablesDir + name);
        REQUIRE(outcome.ok());
        id = outcome->agreementIds.last();
    }
};

/// The rows of \a model whose Vietnamese side is a table row, by their label.
QStringList rowLabels(const PairModel& model)
{
    QStringList labels;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex vi = model.index(row, PairModel::VietnameseColumn);
        if (!vi.data(PairModel::TableColumnsRole).toList().isEmpty() && !vi.data(PairModel::TableHeaderRole).toBool())
            labels.append(model.index(row, PairModel::LabelColumn).data().toString().section(QLatin1Char('\n'), 0, 0));
    }
    return labels;
}

} // namespace

TEST_CASE(
    "reader tables: an annex's rows pair with the Chinese rows and are drawn as table rows", "[gui][reader][tables]")
{
    TableReader f(QStringLiteral("annex-health.md"));
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    page.resize(1024, 700);
    REQUIRE(page.openAgreement(f.id));
    PairModel& model = *page.model();
    CHECK(rowLabels(model)
        == QStringList {
            QStringLiteral("Phụ lục, mục 1"), QStringLiteral("Phụ lục, mục 2"), QStringLiteral("Phụ lục, mục 3") });
    int header = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, PairModel::VietnameseColumn).data(PairModel::TableHeaderRole).toBool())
            header = row;
    }
    REQUIRE(header >= 0);
    // The header row pairs with the Chinese header; its five columns share the width, the task the widest.
    CHECK(model.index(header, PairModel::ChineseColumn).data().toString()
        == QStringLiteral("序号\t内容\t牵头单位\t配合单位\t完成时限"));
    const QVariantList widths
        = model.index(header, PairModel::VietnameseColumn).data(PairModel::TableColumnsRole).toList();
    REQUIRE(widths.size() == 5);
    CHECK(widths[1].toInt() > widths[2].toInt());
    CHECK(widths[0].toInt() < widths[4].toInt());
    // A row is taller than a line: its cells wrap in their columns.
    const int row = header + 2;
    CHECK(
        model.index(row, PairModel::ChineseColumn).data().toString().startsWith(QStringLiteral("2\t派遣10名卫生干部")));
    CHECK(page.view()->sizeHintForRow(row) > page.view()->fontMetrics().height() * 2);

    // The search finds words in cells, in either language.
    page.setSearch(QStringLiteral("benh vien da khoa"));
    CHECK(model.index(row, PairModel::VietnameseColumn).data(PairModel::HighlightsRole).toList().size() == 1);
    page.setSearch(QStringLiteral("综合医院"));
    CHECK(model.index(row, PairModel::ChineseColumn).data(PairModel::HighlightsRole).toList().size() == 1);

    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        page.view()->scrollTo(model.index(header, 0), QAbstractItemView::PositionAtTop);
        for (const QString& code : { QStringLiteral("vi"), QStringLiteral("zh_CN") }) {
            REQUIRE(f.gui.languages->apply(code));
            page.grab().save(shots + QStringLiteral("/reader-annex-table-%1.png").arg(code));
        }
        f.gui.languages->apply(QStringLiteral("en"));
    }
}

TEST_CASE("reader tables: a Word plan of 200 rows reads as a table of 200 rows", "[gui][reader][tables][screenshot]")
{
    TableReader f(QStringLiteral("plan-200.docx"));
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(page.openAgreement(f.id));
    PairModel& model = *page.model();
    while (model.canFetchMore({}))
        model.fetchMore({});
    const QStringList labels = rowLabels(model);
    REQUIRE(labels.size() == 200);
    CHECK(labels.front() == QStringLiteral("mục 1"));
    CHECK(labels.back() == QStringLiteral("mục 200"));
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        for (const QSize size : { QSize(1024, 700), QSize(1920, 1080) }) {
            page.resize(size);
            for (const QString& code : { QStringLiteral("vi"), QStringLiteral("zh_CN") }) {
                REQUIRE(f.gui.languages->apply(code));
                page.grab().save(shots + QStringLiteral("/reader-plan-table-%1-%2.png").arg(size.width()).arg(code));
            }
        }
        f.gui.languages->apply(QStringLiteral("en"));
    }
}
