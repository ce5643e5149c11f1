#include "gui/FileDialog.h"
#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/MessageBox.h"
#include "gui/agreements/AgreementFilter.h"
#include "gui/agreements/AgreementListModel.h"
#include "gui/agreements/AgreementsPage.h"
#include "gui/agreements/ImportRunner.h"
#include "import/AgreementShape.h"
#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/ImportService.h"
#include "store/PartyDirectory.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QUrl>

using namespace concord;
using namespace concord::test;

namespace {

struct PageFixture
{
    GuiFixture gui;
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock { QDate(2026, 11, 29) };

    PageFixture() { gui.languages->apply(QStringLiteral("en")); }

    qint64 rows(const QString& table) const { return rowsIn(*db, table); }
};

QStringList shownTitles(const AgreementsPage& page)
{
    QStringList titles;
    for (int row = 0; row < page.filter()->rowCount(); ++row)
        titles.append(
            page.filter()->index(row, AgreementListModel::TitleColumn).data().toString().section(u'\n', 0, 0));
    return titles;
}

} // namespace

TEST_CASE("agreements: importing files lists them with titles and commitment counts, and says what it found",
    "[gui][agreements]")
{
    PageFixture f;
    AgreementsPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy imported(&page, &AgreementsPage::imported);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const auto results = importAndWait(page,
        { samplePath(QStringLiteral("000_a538a87b9166962b.txt")),
            samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")) });
    REQUIRE(results.size() == 2);
    CHECK_FALSE(results[0].error.has_value());
    CHECK(results[1].agreementIds.size() == 2); // the letter and the memorandum it forwards
    CHECK(imported.count() == 1);
    CHECK(page.model()->rowCount() == 3);
    const QString summary = MessageBox::lastText();
    CHECK(summary.contains(QStringLiteral("✓ 000_a538a87b9166962b.txt: 1 agreement — ")));
    CHECK(summary.contains(QStringLiteral("✓ 004_450d6ae2b470d9a1.txt: 2 agreements — ")));
    CHECK(summary.contains(QStringLiteral("commitments found for review")));

    // The agreement of 000 counts its commitments by status.
    const int row = page.model()->rowOf(results[0].agreementIds.first());
    const QString counts = page.model()->index(row, AgreementListModel::CommitmentsColumn).data().toString();
    CHECK(counts.startsWith(QStringLiteral("%1 not started").arg(results[0].commitments)));

    // Importing the same file again adds nothing and says so.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const auto again = importAndWait(page, { samplePath(QStringLiteral("000_a538a87b9166962b.txt")) });
    CHECK(again.first().alreadyImported);
    CHECK(MessageBox::lastText() == QStringLiteral("• 000_a538a87b9166962b.txt: already imported; nothing was added."));
    CHECK(page.model()->rowCount() == 3);
}

TEST_CASE(
    "agreements: a file that cannot be read is named with the reason and the store is unchanged", "[gui][agreements]")
{
    PageFixture f;
    AgreementsPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    const QString bad = f.temp.file(QStringLiteral("broken.docx"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is not a zip archive");
    file.close();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const auto results = importAndWait(page, { bad, samplePath(QStringLiteral("001_21e0537984c48e62.txt")) });
    REQUIRE(results.size() == 2);
    REQUIRE(results[0].error.has_value());
    CHECK(results[0].error->file == bad);
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("✗ broken.docx: not imported. %1").arg(bad)));
    CHECK(f.rows(QStringLiteral("agreement")) == 1); // only 001
    CHECK(page.model()->rowCount() == 1);
}

TEST_CASE("agreements: the list filters by text without diacritics, kind, party with predecessors, year, validity",
    "[gui][agreements]")
{
    PageFixture f;
    ImportService store(*f.db, Gazetteer::builtIn(), test::longAgo());
    for (const char* sample : { "000_a538a87b9166962b.txt", "001_21e0537984c48e62.txt", "003_314c7307816d8f71.txt",
             "004_450d6ae2b470d9a1.txt" })
        REQUIRE(store.importPath(samplePath(QString::fromLatin1(sample))).ok());
    AgreementsPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    REQUIRE(page.filter()->rowCount() == 6); // 003 holds two documents

    page.findChild<QLineEdit*>(QStringLiteral("agreementFilterText"))->setText(QStringLiteral("TRI TUE NHAN TAO"));
    CHECK(page.filter()->rowCount() == 1);
    CHECK(shownTitles(page).first().contains(QStringLiteral("TRÍ TUỆ NHÂN TẠO")));
    page.findChild<QLineEdit*>(QStringLiteral("agreementFilterText"))->clear();

    // Tuyên Quang: its own minutes (001) and 000, and Hà Giang's letter and memorandum (004) merged into it.
    auto* party = page.findChild<QComboBox*>(QStringLiteral("agreementFilterParty"));
    const auto tuyenQuang = PartyDirectory(*f.db, Gazetteer::builtIn()).find(QStringLiteral("Tuyên Quang")).value();
    REQUIRE(tuyenQuang.has_value());
    party->setCurrentIndex(party->findData(tuyenQuang->id));
    const int forTuyenQuang = page.filter()->rowCount();
    CHECK(forTuyenQuang == int(PartyDirectory(*f.db, Gazetteer::builtIn()).agreementsOf(tuyenQuang->id)->size()));
    party->setCurrentIndex(0);

    auto* year = page.findChild<QComboBox*>(QStringLiteral("agreementFilterYear"));
    year->setCurrentIndex(year->findData(2022));
    for (int row = 0; row < page.filter()->rowCount(); ++row)
        CHECK(page.filter()->index(row, AgreementListModel::SignedColumn).data().toString().endsWith(u"/2022"));
    CHECK(page.filter()->rowCount() >= 1);
    year->setCurrentIndex(0);

    auto* validity = page.findChild<QComboBox*>(QStringLiteral("agreementFilterValidity"));
    validity->setCurrentIndex(validity->findData(int(ValidityState::InForce)));
    for (int row = 0; row < page.filter()->rowCount(); ++row)
        CHECK(page.filter()->index(row, AgreementListModel::ValidityColumn).data().toString().startsWith(u"In force"));
    CHECK(page.findChild<QLabel*>(QStringLiteral("agreementCount"))->text()
        == QStringLiteral("%1 of 6 agreements").arg(page.filter()->rowCount()));
}

TEST_CASE("agreements: screenshots in Vietnamese and Chinese", "[gui][agreements][screenshot]")
{
    PageFixture f;
    ImportService store(*f.db, Gazetteer::builtIn(), test::longAgo());
    for (const char* sample : { "000_a538a87b9166962b.txt", "001_21e0537984c48e62.txt", "002_13411ba3686edd0d.txt",
             "003_314c7307816d8f71.txt", "004_450d6ae2b470d9a1.txt" })
        REQUIRE(store.importPath(samplePath(QString::fromLatin1(sample))).ok());
    AgreementsPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    page.resize(1400, 760);
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    for (const auto& [code, import] : { std::pair { QStringLiteral("vi"), QStringLiteral("Nhập…") },
             std::pair { QStringLiteral("zh_CN"), QStringLiteral("导入…") } }) {
        REQUIRE(f.gui.languages->apply(code));
        CHECK(page.findChild<QPushButton*>(QStringLiteral("importButton"))->text() == import);
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/agreements-list-%1.png").arg(code));
    }
    f.gui.languages->apply(QStringLiteral("en"));
}

TEST_CASE("agreements: files dropped on the list are imported", "[gui][agreements]")
{
    PageFixture f;
    AgreementsPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(samplePath(QStringLiteral("001_21e0537984c48e62.txt"))) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QSignalSpy finished(&page, &AgreementsPage::importFinished);
    QApplication::sendEvent(&page, &drop);
    REQUIRE(waitUntil([&finished, &page] { return finished.count() > 0 && !page.isLoading(); }));
    CHECK(f.rows(QStringLiteral("agreement")) == 1);
    CHECK(page.model()->rowCount() == 1);
    CHECK(MessageBox::lastText().startsWith(QStringLiteral("✓ 001_21e0537984c48e62.txt: 1 agreement — ")));
}

TEST_CASE("agreements: the party column shows the interface language, the filter finds either", "[gui][agreements]")
{
    PageFixture f;
    REQUIRE(ImportService(*f.db, Gazetteer::builtIn(), test::longAgo())
                .importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")))
                .ok());
    AgreementsPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    const QModelIndex parties = page.model()->index(0, AgreementListModel::PartiesColumn);
    CHECK(parties.data().toString().contains(QStringLiteral("Quảng Tây")));
    CHECK_FALSE(parties.data().toString().contains(QStringLiteral("广西")));
    CHECK(parties.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Quảng Tây / 广西")));
    auto* text = page.findChild<QLineEdit*>(QStringLiteral("agreementFilterText"));
    text->setText(QStringLiteral("廣西")); // Traditional, as a Chinese colleague might type it
    CHECK(page.filter()->rowCount() == 1);
    text->setText(QStringLiteral("khong co ben nay"));
    CHECK(page.filter()->rowCount() == 0);
}

TEST_CASE(
    "agreements: Delete asks, naming the agreement, then removes it from the list and the store", "[gui][agreements]")
{
    PageFixture f;
    f.gui.languages->apply(QStringLiteral("en"));
    REQUIRE(ImportService(*f.db, Gazetteer::builtIn(), test::longAgo())
                .importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")))
                .ok());
    AgreementsPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    QAbstractItemModelTester tester(page.filter(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    REQUIRE(page.filter()->rowCount() == 1);
    page.view()->setCurrentIndex(page.filter()->index(0, 0));
    QAction* remove = page.findChild<QAction*>(QStringLiteral("deleteAgreementAction"));
    REQUIRE(remove != nullptr);
    CHECK(remove->shortcut() == QKeySequence(QKeySequence::Delete));
    CHECK(page.view()->actions().contains(remove)); // the list's context menu

    MessageBox::setNextAnswer(QMessageBox::No);
    remove->trigger();
    CHECK(MessageBox::lastText().contains(QStringLiteral("(000_a538a87b9166962b.txt)")));
    CHECK(f.rows(QStringLiteral("agreement")) == 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->trigger();
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    CHECK(f.rows(QStringLiteral("agreement")) == 0);
    CHECK(f.rows(QStringLiteral("commitment")) == 0);
    CHECK(page.filter()->rowCount() == 0); // the store's change signal reloaded the visible list
}

TEST_CASE("agreements: Cancel during an import drops the file being read and starts no other", "[gui][agreements]")
{
    PageFixture f;
    QWidget parent;
    ImportRunner runner(*f.db, Gazetteer::builtIn(), f.clock, &parent);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    const QStringList files { samplePath(QStringLiteral("001_21e0537984c48e62.txt")),
        samplePath(QStringLiteral("000_a538a87b9166962b.txt")) };
    REQUIRE(runner.start(files));
    runner.cancel(); // while the first file is read on the worker
    REQUIRE(finished.wait(30000));
    const auto results = finished.front().front().value<QList<ImportResult>>();
    REQUIRE(results.size() == 1);
    CHECK(results[0].cancelled);
    CHECK(results[0].agreementIds.isEmpty());
    CHECK(f.rows(QStringLiteral("agreement")) == 0);
    CHECK(ImportRunner::summary(results) == QStringLiteral("• 001_21e0537984c48e62.txt: cancelled; not imported."));
    CHECK_FALSE(runner.isRunning());
}

TEST_CASE(
    "agreements: a file with no agreement structure is imported only when the person says so", "[gui][agreements]")
{
    PageFixture f;
    AgreementsPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    const QString note = f.temp.file(QStringLiteral("ghi-chu.txt"));
    QFile file(note);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Just some text\n");
    file.close();

    MessageBox::setNextAnswer(QMessageBox::No);
    auto results = importAndWait(page, { note });
    REQUIRE(results.size() == 1);
    REQUIRE(results[0].error.has_value());
    CHECK(results[0].error->code == AgreementShape::NoStructure);
    CHECK(MessageBox::lastText().endsWith(QStringLiteral("No agreement was recognised in 1 file. Import it anyway?")));
    CHECK(f.rows(QStringLiteral("agreement")) == 0);

    // Yes: the same file goes in a second run, which reports as usual.
    MessageBox::setNextAnswers({ QMessageBox::Yes, QMessageBox::Ok });
    QSignalSpy finished(&page, &AgreementsPage::importFinished);
    REQUIRE(page.importFiles({ note }));
    REQUIRE(test::waitUntil([&] { return finished.count() == 2 && !page.isLoading(); }));
    const auto second = finished.at(1).front().value<QList<ImportResult>>();
    REQUIRE(second.size() == 1);
    CHECK_FALSE(second[0].error.has_value());
    CHECK(f.rows(QStringLiteral("agreement")) == 1);
}

TEST_CASE("agreements: OCR text is flagged in the list, in the interface language", "[gui][agreements][ocr]")
{
    PageFixture f;
    REQUIRE(ImportService(*f.db, Gazetteer::builtIn(), test::longAgo())
                .importPath(samplePath(QStringLiteral("002_13411ba3686edd0d.txt")))
                .ok());
    REQUIRE(ImportService(*f.db, Gazetteer::builtIn(), test::longAgo())
                .importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")))
                .ok());
    f.gui.languages->apply(QStringLiteral("vi"));
    AgreementsPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    QStringList kinds;
    for (int row = 0; row < page.filter()->rowCount(); ++row)
        kinds.append(page.filter()->index(row, AgreementListModel::KindColumn).data().toString());
    kinds.sort();
    CHECK(kinds == QStringList({ QStringLiteral("Bản ghi nhớ\n⚠ Văn bản OCR"), QStringLiteral("Thỏa thuận") }));
    f.gui.languages->apply(QStringLiteral("en"));
}

TEST_CASE("agreements: the import chooser shows Markdown files and the scans Concord reads", "[gui][agreements]")
{
    PageFixture f;
    AgreementsPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(test::waitUntil([&page] { return !page.isLoading(); }));
    FileDialog::setNextFileName(QString()); // cancelled
    page.chooseAndImport();
    const QString filter = FileDialog::lastFilter();
    const QString first = filter.section(QStringLiteral(";;"), 0, 0);
    CHECK(first.startsWith(QStringLiteral("Agreements and scans (")));
    const QStringList patterns
        = first.section(QLatin1Char('('), 1).chopped(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& name : { QStringLiteral("notes.txt"), QStringLiteral("ke-hoach.md"),
             QStringLiteral("plan.markdown"), QStringLiteral("agreement.docx"), QStringLiteral("agreement.pdf"),
             QStringLiteral("scan.png"), QStringLiteral("photo.jpg"), QStringLiteral("photo.jpeg"),
             QStringLiteral("scan.tif"), QStringLiteral("scan.tiff"), QStringLiteral("SCAN0001.TIF") }) {
        INFO(name.toStdString());
        CHECK(patterns.contains(QStringLiteral("*.") + name.section(QLatin1Char('.'), -1)));
    }
    CHECK_FALSE(patterns.contains(QStringLiteral("*.sqlite")));
    CHECK(filter.section(QStringLiteral(";;"), 1, 1)
        == QStringLiteral("Scans (*.png *.jpg *.jpeg *.tif *.tiff *.PNG *.JPG *.JPEG *.TIF *.TIFF)"));
    CHECK(filter.section(QStringLiteral(";;"), 2, 2) == QStringLiteral("All files (*)"));
}
