// Agreements read from scans in the desktop program: progress and Cancel while the pages are read, the list's
// OCR flag, doubtful words underlined in the reader and the scan beside the text.
#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/agreements/AgreementFilter.h"
#include "gui/agreements/AgreementListModel.h"
#include "gui/agreements/AgreementsPage.h"
#include "gui/agreements/ImportRunner.h"
#include "gui/reader/PairModel.h"
#include "gui/reader/ReaderPage.h"
#include "gui/reader/ScanPanel.h"
#include "import/Gazetteer.h"
#include "store/ImportService.h"
#include "store/ScanStore.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/ScanPages.h"
#include "support/TempDatabase.h"

#include <QAction>
#include <QLabel>
#include <QProgressDialog>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTreeView>

using namespace concord;
using namespace concord::test;

namespace {

/// Sample 000 printed, speckled and saved as a JPEG-compressed, multi-page TIFF: a scan with some words the
/// recogniser doubts.
QString writeScan(const QTemporaryDir& dir, int pages = 0)
{
    QList<QImage> printed
        = ScanPages::print(QString::fromUtf8(readFixture(QStringLiteral("samples/000_a538a87b9166962b.txt"))));
    if (pages > 0)
        printed = printed.mid(0, pages);
    for (qsizetype i = 0; i < printed.size(); ++i)
        printed[i] = ScanPages::addNoise(printed[i], { 0, 25, 0.01, i == 0 }, quint32(i + 1));
    const QString path = dir.filePath(QStringLiteral("thoa-thuan-scan.tif"));
    REQUIRE(ScanPages::writeTiff(printed, path));
    return path;
}

struct ScanFixture
{
    GuiFixture gui;
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock { QDate(2026, 11, 29) };
    qint64 id = 0;

    ScanFixture()
    {
        gui.languages->apply(QStringLiteral("en"));
        const auto outcome = ImportService(*db, Gazetteer::builtIn(), test::longAgo()).importPath(writeScan(gui.dir));
        REQUIRE(outcome.ok());
        id = outcome->agreementIds.last();
    }
};

} // namespace

TEST_CASE("scans: the reader underlines the words recognition doubted, names them in the tooltip and shows the "
          "scan beside the text",
    "[gui][reader][ocr][screenshot]")
{
    ScanFixture f;
    CHECK(f.db->agreement(f.id).value()->scanned);
    CHECK(rowsIn(*f.db, QStringLiteral("scan_page")) == 5);
    const ScanRecord record = ScanStore(*f.db).lines(f.id).value();
    QSet<QString> doubted;
    for (const ScanLineRecord& line : record.lines) {
        for (const ScanWordMark& word : line.lowWords)
            doubted.insert(word.word);
    }
    REQUIRE_FALSE(doubted.isEmpty());

    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    page.resize(1400, 900);
    page.show();
    REQUIRE(page.openAgreement(f.id));
    QAction* toggle = page.scanPanel()->toggleAction();
    CHECK(toggle->isEnabled());
    CHECK(toggle->shortcut() == QKeySequence(Qt::Key_F8));
    CHECK(page.viewActions().contains(toggle));
    CHECK(page.scanPanel()->isVisible());

    // Every underlined piece of a cell is a word the recogniser doubted, and some are underlined.
    PairModel* model = page.model();
    model->fetchUpTo(model->rowCount() - 1);
    int underlined = 0;
    int withTooltip = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (const int column : { int(PairModel::VietnameseColumn), int(PairModel::ChineseColumn) }) {
            const QModelIndex index = model->index(row, column);
            const QString text = index.data().toString();
            const QVariantList ranges = index.data(PairModel::DoubtfulRole).toList();
            for (const QVariant& range : ranges) {
                const QString word = text.mid(range.toPoint().x(), range.toPoint().y());
                CAPTURE(row, column, word);
                CHECK(doubted.contains(word));
                ++underlined;
            }
            const QString tip = index.data(Qt::ToolTipRole).toString();
            if (!ranges.isEmpty()) {
                CHECK(tip.contains(QStringLiteral("Unsure (underlined): “")));
                ++withTooltip;
            }
            if (!text.isEmpty())
                CHECK(tip.startsWith(QStringLiteral("Read from page ")));
        }
    }
    CHECK(underlined > 0);
    CHECK(withTooltip > 0);

    // The selected pair's two sides, cut from their pages and marked.
    page.selectPair(3);
    const QImage vi = page.scanPanel()->shown(Language::Vietnamese);
    const QImage zh = page.scanPanel()->shown(Language::Chinese);
    REQUIRE_FALSE(vi.isNull());
    REQUIRE_FALSE(zh.isNull());
    CHECK(vi.width() == qRound(8.27 * ScanReader::KeptDpi));
    CHECK(vi.height() < qRound(11.69 * ScanReader::KeptDpi) / 2);
    CHECK(page.scanPanel()->findChild<QLabel*>()->text().startsWith(QStringLiteral("Scan, page ")));

    toggle->setChecked(false);
    CHECK_FALSE(page.scanPanel()->isVisible());
    CHECK(page.scanPanel()->shown(Language::Vietnamese).isNull());
    toggle->setChecked(true);
    CHECK(page.scanPanel()->isVisible());

    // An agreement imported from text has no scan to show.
    const auto typed = ImportService(*f.db, Gazetteer::builtIn(), test::longAgo())
                           .importPath(samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")));
    REQUIRE(typed.ok());
    REQUIRE(page.openAgreement(typed->agreementIds.last()));
    CHECK_FALSE(toggle->isEnabled());
    CHECK_FALSE(page.scanPanel()->isVisible());
    CHECK(model->index(0, PairModel::VietnameseColumn).data(PairModel::DoubtfulRole).toList().isEmpty());
    CHECK(model->index(0, PairModel::VietnameseColumn).data(Qt::ToolTipRole).toString().isEmpty());

    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        REQUIRE(page.openAgreement(f.id));
        page.selectPair(3);
        for (const QString& code : { QStringLiteral("vi"), QStringLiteral("zh_CN") }) {
            REQUIRE(f.gui.languages->apply(code));
            QTest::qWait(50); // the panel's pictures are laid out
            page.grab().save(shots + QStringLiteral("/reader-scan-%1.png").arg(code));
        }
        f.gui.languages->apply(QStringLiteral("en"));
    }
}

TEST_CASE("scans: the agreement list flags an agreement read from a scan", "[gui][agreements][ocr][screenshot]")
{
    ScanFixture f;
    AgreementsPage page(*f.db, Gazetteer::builtIn(), f.clock);
    page.show();
    REQUIRE(waitUntil([&page] { return !page.isLoading(); }));
    REQUIRE(page.filter()->rowCount() == 1);
    const QModelIndex kind = page.filter()->index(0, AgreementListModel::KindColumn);
    CHECK(kind.data().toString().endsWith(QStringLiteral("\n⎙ OCR (scan)")));
    CHECK(kind.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Read from a scan by text recognition")));
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        page.resize(1024, 700);
        for (const QString& code : { QStringLiteral("vi"), QStringLiteral("zh_CN") }) {
            REQUIRE(f.gui.languages->apply(code));
            QTest::qWait(50);
            page.grab().save(shots + QStringLiteral("/agreements-scan-%1.png").arg(code));
        }
        f.gui.languages->apply(QStringLiteral("en"));
    }
}

TEST_CASE("scans: the import progress tells pages read and time left, and Cancel stops within the scan",
    "[gui][agreements][ocr]")
{
    GuiFixture gui;
    gui.languages->apply(QStringLiteral("en"));
    TempDatabase temp;
    auto db = temp.open();
    FixedClock clock(QDate(2026, 11, 29));
    const QString scan = writeScan(gui.dir, 3);
    QWidget parent;
    ImportRunner runner(*db, Gazetteer::builtIn(), clock, &parent);
    QSignalSpy finished(&runner, &ImportRunner::finished);

    SECTION("read to the end")
    {
        REQUIRE(runner.start({ scan }));
        auto* dialog = parent.findChild<QProgressDialog*>(QStringLiteral("importProgress"));
        REQUIRE(dialog != nullptr);
        QStringList said;
        REQUIRE(waitUntil(
            [&] {
                if (!said.contains(dialog->labelText()))
                    said.append(dialog->labelText());
                return finished.count() > 0;
            },
            120000));
        CHECK(said.contains(QStringLiteral("Reading the scan thoa-thuan-scan.tif: page 3 of 3…")));
        bool timeLeft = false;
        for (const QString& text : said)
            timeLeft = timeLeft
                || (text.contains(QStringLiteral(" of 3, about ")) && text.endsWith(QStringLiteral(" left…")));
        CHECK(timeLeft);
        const auto results = finished.front().front().value<QList<ImportResult>>();
        REQUIRE(results.size() == 1);
        CHECK_FALSE(results[0].error.has_value());
        CHECK(rowsIn(*db, QStringLiteral("agreement")) == 1);
    }
    SECTION("cancelled after the first page")
    {
        REQUIRE(runner.start({ scan }));
        auto* dialog = parent.findChild<QProgressDialog*>(QStringLiteral("importProgress"));
        REQUIRE(waitUntil([&] { return dialog->labelText().contains(QStringLiteral("page 1 of 3")); }, 60000));
        runner.cancel();
        REQUIRE(finished.wait(30000));
        const auto results = finished.front().front().value<QList<ImportResult>>();
        REQUIRE(results.size() == 1);
        CHECK(results[0].cancelled);
        CHECK(rowsIn(*db, QStringLiteral("agreement")) == 0);
        CHECK(rowsIn(*db, QStringLiteral("scan_page")) == 0);
    }
}
