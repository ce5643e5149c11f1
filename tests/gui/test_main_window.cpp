#include "gui/EmptyStatePage.h"
#include "gui/FileDialog.h"
#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/ReportDialog.h"
#include "gui/agreements/AgreementListModel.h"
#include "gui/agreements/AgreementsPage.h"
#include "gui/agreements/ImportRunner.h"
#include "gui/board/CommitmentBoard.h"
#include "gui/board/CommitmentModel.h"
#include "gui/deadlines/DeadlinesPage.h"
#include "gui/parties/PartiesPage.h"
#include "gui/reader/PairModel.h"
#include "gui/reader/ReaderPage.h"
#include "import/Gazetteer.h"
#include "store/Database.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace concord;
using concord::test::GuiFixture;

namespace {
QAction* action(const MainWindow& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (QAction* menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

QStringList navigationTexts(const MainWindow& window)
{
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    REQUIRE(navigation != nullptr);
    QStringList texts;
    for (int i = 0; i < navigation->count(); ++i)
        texts << navigation->item(i)->text();
    return texts;
}
} // namespace

TEST_CASE("gui: main window navigates six screens by list and by Ctrl+digit", "[gui]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    MainWindow window(*f.settings, *f.languages);
    CHECK(navigationTexts(window)
        == QStringList({ QStringLiteral("Agreements"), QStringLiteral("Reader"), QStringLiteral("Commitments"),
            QStringLiteral("Parties"), QStringLiteral("Deadlines"), QStringLiteral("Reports") }));
    CHECK(window.currentPage() == MainWindow::Page::Agreements);
    CHECK(action(window, "actionShowDeadlines")->shortcut() == QKeySequence(QStringLiteral("Ctrl+5")));
    action(window, "actionShowDeadlines")->trigger();
    CHECK(window.currentPage() == MainWindow::Page::Deadlines);
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("deadlinesPage"));
    window.showPage(MainWindow::Page::Reader);
    CHECK(window.findChild<QListWidget*>(QStringLiteral("navigation"))->currentRow() == 1);
}

TEST_CASE("gui: standard shortcuts are bound", "[gui]")
{
    GuiFixture f;
    MainWindow window(*f.settings, *f.languages);
    CHECK(action(window, "actionOpenDatabase")->shortcut() == QKeySequence(QKeySequence::Open));
    CHECK(action(window, "actionNewDatabase")->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(action(window, "actionQuit")->shortcut() == QKeySequence(QKeySequence::Quit));
}

TEST_CASE("gui: switching language retranslates menus and pages at run time", "[gui][i18n]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    MainWindow window(*f.settings, *f.languages);
    CHECK(menuTitles(window)
        == QStringList({ QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
            QStringLiteral("&Language"), QStringLiteral("&Help") }));

    action(window, "actionLanguageVi")->trigger();
    CHECK(f.languages->current() == QStringLiteral("vi"));
    CHECK(menuTitles(window)
        == QStringList({ QStringLiteral("&Tệp"), QStringLiteral("&Sửa"), QStringLiteral("&Xem"),
            QStringLiteral("&Ngôn ngữ"), QStringLiteral("Trợ &giúp") }));
    CHECK(navigationTexts(window).at(2) == QStringLiteral("Cam kết"));
    CHECK(action(window, "actionLanguageVi")->isChecked());

    action(window, "actionLanguageZh")->trigger();
    CHECK(menuTitles(window)
        == QStringList({ QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"), QStringLiteral("视图(&V)"),
            QStringLiteral("语言(&L)"), QStringLiteral("帮助(&H)") }));
    CHECK(navigationTexts(window).at(0) == QStringLiteral("协议"));
    CHECK(action(window, "actionLanguageZh")->isChecked());
    CHECK_FALSE(action(window, "actionLanguageVi")->isChecked());
    f.languages->apply(QStringLiteral("en"));
}

TEST_CASE("gui: the open store and its agreement count show in the status bar and agreements page", "[gui]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    MainWindow window(*f.settings, *f.languages);
    const QString path = f.file(QStringLiteral("store.sqlite"));
    REQUIRE(window.openDatabase(path));
    CHECK(f.settings->lastDatabase() == path);
    auto* label = window.findChild<QLabel*>(QStringLiteral("storeLabel"));
    CHECK(label->text() == QStringLiteral("Database: %1 · 0 agreements").arg(path));
    REQUIRE(window.agreementsPage() != nullptr);
    CHECK(window.agreementsPage()->objectName() == QStringLiteral("agreementsPage"));
    auto count
        = [&window] { return window.agreementsPage()->findChild<QLabel*>(QStringLiteral("agreementCount"))->text(); };
    REQUIRE(test::waitUntil([&window] { return !window.agreementsPage()->isLoading(); }));
    CHECK(count() == QStringLiteral("0 of 0 agreements"));

    QSqlQuery query(window.database()->connection());
    REQUIRE(query.exec(QStringLiteral("INSERT INTO agreement (title_vi) VALUES ('Thỏa thuận')")));
    REQUIRE(window.openDatabase(path));
    CHECK(label->text() == QStringLiteral("Database: %1 · 1 agreement").arg(path));
    REQUIRE(test::waitUntil([&window] { return !window.agreementsPage()->isLoading(); }));
    CHECK(count() == QStringLiteral("1 of 1 agreement"));
}

TEST_CASE("gui: opening a file that is not a database says why and keeps the open store", "[gui]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    MainWindow window(*f.settings, *f.languages);
    const QString good = f.file(QStringLiteral("good.sqlite"));
    REQUIRE(window.openDatabase(good));
    const QString bad = f.file(QStringLiteral("minutes.txt"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Biên bản hội đàm\n");
    }
    FileDialog::setNextFileName(bad);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window, "actionOpenDatabase")->trigger();
    CHECK(MessageBox::lastText() == bad + QStringLiteral(": This is not a Concord database (not an SQLite file)."));
    CHECK(window.database()->path() == good);
    CHECK(f.settings->lastDatabase() == good);
    QFile check(bad);
    REQUIRE(check.open(QIODevice::ReadOnly));
    CHECK(check.readAll() == QByteArray("Biên bản hội đàm\n"));
}

TEST_CASE("gui: new database refuses to overwrite an existing file", "[gui]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    MainWindow window(*f.settings, *f.languages);
    const QString existing = f.file(QStringLiteral("existing.sqlite"));
    REQUIRE(window.openDatabase(existing));
    FileDialog::setNextFileName(existing);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window, "actionNewDatabase")->trigger();
    CHECK(MessageBox::lastText() == QStringLiteral("%1 already exists. Use Open Database to open it.").arg(existing));

    const QString fresh = f.file(QStringLiteral("fresh.sqlite"));
    FileDialog::setNextFileName(fresh);
    action(window, "actionNewDatabase")->trigger();
    CHECK(window.database()->path() == fresh);
    CHECK(QFile::exists(fresh));
}

TEST_CASE("gui: window geometry is remembered across restarts", "[gui]")
{
    GuiFixture f;
    {
        MainWindow window(*f.settings, *f.languages);
        window.show();
        window.resize(900, 640);
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.findChild<QSplitter*>(QStringLiteral("splitter"))->setSizes({ 260, 640 });
        window.close();
    }
    CHECK_FALSE(f.settings->windowGeometry().isEmpty());
    AppSettings reopened(f.iniPath());
    MainWindow again(reopened, *f.languages);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.size() == QSize(900, 640));
    CHECK(again.findChild<QSplitter*>(QStringLiteral("splitter"))->sizes().at(0) == 260);
}

TEST_CASE("gui: an imported agreement opens in the reader from the list, and the board counts its commitments", "[gui]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    MainWindow window(*f.settings, *f.languages);
    REQUIRE(window.openDatabase(f.file(QStringLiteral("store.sqlite"))));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const auto results = test::importAndWait(
        *window.agreementsPage(), { concord::test::samplePath(QStringLiteral("001_21e0537984c48e62.txt")) });
    REQUIRE(results.size() == 1);
    REQUIRE_FALSE(results.first().error.has_value());
    auto* view = window.agreementsPage()->view();
    REQUIRE(view->model()->rowCount() == 1);
    view->setCurrentIndex(view->model()->index(0, 0));
    emit view->activated(view->currentIndex());
    CHECK(window.currentPage() == MainWindow::Page::Reader);
    CHECK(window.readerPage()->agreementId() == results.first().agreementIds.first());
    CHECK(window.readerPage()->model()->rowCount() > 10);

    REQUIRE(test::waitUntil([&] { return !window.commitmentBoard()->isLoading(); }));
    CHECK(window.commitmentBoard()->model()->total() == results.first().commitments);
    CHECK(window.findChild<QLabel*>(QStringLiteral("storeLabel"))->text().endsWith(QStringLiteral("· 1 agreement")));
}

TEST_CASE("gui: screenshots of the main window on the sample agreements", "[gui][screenshot]")
{
    GuiFixture f;
    f.settings->setFirstStepsDone(true); // the screens themselves (the guide has a test of its own)
    concord::test::FixedClock clock(QDate(2026, 11, 29));
    MainWindow window(*f.settings, *f.languages, &clock);
    REQUIRE(window.openDatabase(f.file(QStringLiteral("store.sqlite"))));
    QStringList samples;
    for (const char* name : { "000_a538a87b9166962b.txt", "001_21e0537984c48e62.txt", "002_13411ba3686edd0d.txt",
             "003_314c7307816d8f71.txt", "004_450d6ae2b470d9a1.txt" })
        samples.append(concord::test::samplePath(QString::fromLatin1(name)));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    test::importAndWait(*window.agreementsPage(), samples);
    window.resize(1440, 860);
    window.show();
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    for (const auto& [code, title] : { std::pair { QStringLiteral("vi"), QStringLiteral("Văn bản") },
             std::pair { QStringLiteral("zh_CN"), QStringLiteral("协议") } }) {
        REQUIRE(f.languages->apply(code));
        CHECK(navigationTexts(window).first() == title);
        window.showPage(MainWindow::Page::Agreements);
        REQUIRE(test::waitUntil([&] { return !window.commitmentBoard()->isLoading(); }));
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/main-window-%1.png").arg(code));
    }
    f.languages->apply(QStringLiteral("en"));
}

TEST_CASE("gui: the reader reopens the agreement read last, with its text size, after a restart", "[gui]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    const QString store = f.file(QStringLiteral("store.sqlite"));
    qint64 second = 0;
    {
        MainWindow window(*f.settings, *f.languages);
        REQUIRE(window.openDatabase(store));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const auto results = test::importAndWait(*window.agreementsPage(),
            { concord::test::samplePath(QStringLiteral("000_a538a87b9166962b.txt")),
                concord::test::samplePath(QStringLiteral("001_21e0537984c48e62.txt")) });
        REQUIRE(results.size() == 2);
        // Without a history the reader shows the newest agreement (001, signed 11/02/2026).
        second = results[1].agreementIds.first();
        const qint64 first = results[0].agreementIds.first();
        REQUIRE(window.openDatabase(store));
        CHECK(window.readerPage()->agreementId() == second);
        window.agreementsPage()->openRequested(first);
        CHECK(window.readerPage()->agreementId() == first);
        window.readerPage()->zoom(+3);
        second = first;
        window.close();
    }
    MainWindow window(*f.settings, *f.languages);
    REQUIRE(window.openDatabase(store));
    CHECK(window.readerPage()->agreementId() == second);
    CHECK(window.readerPage()->fontPoints() == QApplication::font().pointSize() + 3);
}

TEST_CASE(
    "gui: the Edit menu holds the reader's undo, redo, find and text size, and brings the reader forward", "[gui]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    MainWindow window(*f.settings, *f.languages);
    REQUIRE(window.openDatabase(f.file(QStringLiteral("store.sqlite"))));
    const auto outcome = ImportService(*window.database(), Gazetteer::builtIn(), test::longAgo())
                             .importPath(test::samplePath(QStringLiteral("000_a538a87b9166962b.txt")));
    REQUIRE(outcome.ok());
    REQUIRE(window.readerPage()->openAgreement(outcome->agreementIds.last()));
    auto* edit = window.findChild<QMenu*>(QStringLiteral("menuEdit"));
    REQUIRE(edit != nullptr);
    QStringList texts;
    for (QAction* action : edit->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    CHECK(texts
        == QStringList({ QStringLiteral("&Undo"), QStringLiteral("&Redo"),
            QStringLiteral("Copy Pair as Bilingual Text"), QStringLiteral("Find in Agreement"),
            QStringLiteral("Next Hit"), QStringLiteral("Previous Hit"), QStringLiteral("&Alignment"),
            QStringLiteral("Larger Text"), QStringLiteral("Smaller Text"), QStringLiteral("&Preferences…") }));
    CHECK(edit->actions().first()->shortcut() == QKeySequence(QKeySequence::Undo));

    window.showPage(MainWindow::Page::Commitments);
    window.readerPage()->selectPair(2);
    window.readerPage()->findChild<QAction*>(QStringLiteral("actionMergePair"))->trigger();
    CHECK(edit->actions().first()->text() == QStringLiteral("&Undo Merge with next pair (3)"));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Merge with next pair (3): saved. Ctrl+Z undoes it."));
    edit->actions().first()->trigger();
    CHECK(window.currentPage() == MainWindow::Page::Reader);
    CHECK(window.readerPage()->undoStack()->index() == 0);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Undone: Merge with next pair (3)."));
}

TEST_CASE("gui: the window title is the store's file name, the desktop adds the program's", "[gui]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("vi"));
    MainWindow window(*f.settings, *f.languages);
    REQUIRE(window.openDatabase(f.file(QStringLiteral("concord.sqlite"))));
    CHECK(window.windowTitle() == QStringLiteral("concord.sqlite"));
    f.languages->apply(QStringLiteral("en"));
}

TEST_CASE("gui: Qt's own dialogs speak the interface language", "[gui][i18n]")
{
    GuiFixture f;
    const auto qt = [](const char* context, const char* text) { return QCoreApplication::translate(context, text); };
    f.languages->apply(QStringLiteral("vi"));
    CHECK(qt("QFileDialog", "File &name:") == QStringLiteral("Tê&n tệp:"));
    CHECK(qt("QFileDialog", "Files of type:") == QStringLiteral("Loại tệp:"));
    CHECK(qt("QPlatformTheme", "Cancel") == QStringLiteral("Hủy"));
    CHECK(qt("QFileSystemModel", "Date Modified") == QStringLiteral("Ngày sửa"));
    f.languages->apply(QStringLiteral("zh_CN"));
    CHECK(qt("QFileDialog", "File &name:") == QStringLiteral("文件名称(&N)："));
    CHECK(qt("QPlatformTheme", "Cancel") == QStringLiteral("取消"));
    f.languages->apply(QStringLiteral("en"));
    CHECK(qt("QFileDialog", "File &name:") == QStringLiteral("File &name:"));
}

TEST_CASE("gui: every screen at 1024 x 700 and 1920 x 1080, in Vietnamese and Chinese, cuts no text",
    "[gui][screenshot][layout]")
{
    GuiFixture f;
    f.settings->setFirstStepsDone(true); // the screens themselves (the guide has a test of its own)
    concord::test::FixedClock clock(QDate(2026, 11, 29));
    MainWindow window(*f.settings, *f.languages, &clock);
    REQUIRE(window.openDatabase(f.file(QStringLiteral("store.sqlite"))));
    QStringList samples;
    for (const char* name : { "000_a538a87b9166962b.txt", "001_21e0537984c48e62.txt", "002_13411ba3686edd0d.txt",
             "003_314c7307816d8f71.txt", "004_450d6ae2b470d9a1.txt" })
        samples.append(concord::test::samplePath(QString::fromLatin1(name)));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const auto imported = test::importAndWait(*window.agreementsPage(), samples);
    REQUIRE(imported.size() == 5);
    REQUIRE(window.readerPage()->openAgreement(imported.front().agreementIds.front())); // sample 000
    window.show();
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    const QList<std::pair<MainWindow::Page, QString>> pages { { MainWindow::Page::Agreements,
                                                                  QStringLiteral("agreements") },
        { MainWindow::Page::Reader, QStringLiteral("reader") },
        { MainWindow::Page::Commitments, QStringLiteral("board") },
        { MainWindow::Page::Parties, QStringLiteral("parties") },
        { MainWindow::Page::Deadlines, QStringLiteral("deadlines") },
        { MainWindow::Page::Reports, QStringLiteral("reports") } };
    for (const QSize size : { QSize(1024, 700), QSize(1920, 1080) }) {
        window.resize(size);
        for (const QString& code : { QStringLiteral("vi"), QStringLiteral("zh_CN") }) {
            REQUIRE(f.languages->apply(code));
            for (const auto& [page, name] : pages) {
                window.showPage(page);
                REQUIRE(test::waitUntil([&] {
                    return !window.agreementsPage()->isLoading() && !window.commitmentBoard()->isLoading()
                        && !window.deadlinesPage()->isLoading() && !window.partiesPage()->isLoading();
                }));
                QApplication::processEvents();
                // Nothing wider than the window: every screen is usable at this size.
                CHECK(window.minimumSizeHint().width() <= size.width());
                // At either size no filter box or date editor cuts the text it shows.
                {
                    for (QComboBox* box : window.findChildren<QComboBox*>()) {
                        if (!box->isVisible())
                            continue;
                        INFO(QStringLiteral("%1 %2: box \"%3\" (%4 px, hint %5, policy %6, max %7, parent %8)")
                                 .arg(name, code, box->currentText())
                                 .arg(box->width())
                                 .arg(box->sizeHint().width())
                                 .arg(int(box->sizePolicy().horizontalPolicy()))
                                 .arg(box->maximumWidth())
                                 .arg(box->parentWidget()->width())
                                 .toStdString());
                        CHECK(box->width() >= box->fontMetrics().horizontalAdvance(box->currentText()) + 24);
                    }
                    for (QPushButton* button : window.findChildren<QPushButton*>()) {
                        if (!button->isVisible())
                            continue;
                        INFO(QStringLiteral("%1 %2: button \"%3\" (%4 px, hint %5)")
                                 .arg(name, code, button->text())
                                 .arg(button->width())
                                 .arg(button->sizeHint().width())
                                 .toStdString());
                        CHECK(button->width() >= button->sizeHint().width());
                    }
                    for (QDateEdit* edit : window.findChildren<QDateEdit*>()) {
                        if (!edit->isVisible())
                            continue;
                        INFO(QStringLiteral("%1 %2: date \"%3\"").arg(name, code, edit->text()).toStdString());
                        CHECK(edit->width() >= edit->fontMetrics().horizontalAdvance(edit->text()) + 24);
                    }
                }
                // No short value cut in a table's cell: dates, statuses, recurrences, reviews, labels, kinds. The
                // commitment's text (a stretching column, or the last) wraps, and the narrow agreement and party
                // columns carry the whole in their tooltip.
                for (QAbstractItemView* view : window.findChildren<QAbstractItemView*>()) {
                    auto* table = qobject_cast<QTableView*>(view);
                    auto* tree = qobject_cast<QTreeView*>(view);
                    QHeaderView* header = table ? table->horizontalHeader() : tree ? tree->header() : nullptr;
                    if (!header || !view->isVisible() || !view->model())
                        continue;
                    for (int row = 0; row < std::min(view->model()->rowCount(), 40); ++row) {
                        for (int column = tree ? 1 : 0; column < header->count(); ++column) {
                            if (header->isSectionHidden(column)
                                || header->sectionResizeMode(column) == QHeaderView::Stretch
                                || (header->stretchLastSection() && column == header->count() - 1))
                                continue;
                            const QModelIndex index = view->model()->index(row, column);
                            const QString text = index.data().toString();
                            const bool narrowByDesign = (view->objectName() == QLatin1String("agreementView")
                                                            && column == AgreementListModel::PartiesColumn)
                                || (view->objectName() == QLatin1String("commitmentView")
                                    && (column == CommitmentModel::AgreementColumn
                                        || column == CommitmentModel::ResponsibleColumn));
                            if (text.isEmpty() || narrowByDesign)
                                continue;
                            // Whole on one line, or wrapped at its spaces within the row's height.
                            const int width = header->sectionSize(column);
                            const int margins = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) * 2 + 2;
                            const QFontMetrics metrics(view->font());
                            const QRect wrapped
                                = metrics.boundingRect(QRect(0, 0, width - margins, 10000), Qt::TextWordWrap, text);
                            const bool fits = view->sizeHintForIndex(index).width() <= width
                                || ((table ? table->wordWrap() : tree->wordWrap()) && wrapped.width() <= width - margins
                                    && wrapped.height() <= view->visualRect(index).height());
                            INFO(QStringLiteral(
                                "%1 %2 %3: cell \"%4\" (%5 px, needs %6; wrapped %7 × %8 in a row of %9)")
                                     .arg(name, code, view->objectName(), text)
                                     .arg(width)
                                     .arg(view->sizeHintForIndex(index).width())
                                     .arg(wrapped.width())
                                     .arg(wrapped.height())
                                     .arg(view->visualRect(index).height())
                                     .toStdString());
                            CHECK(fits);
                        }
                    }
                }
                // No column header cut off at the default font size.
                for (QHeaderView* header : window.findChildren<QHeaderView*>()) {
                    if (!header->isVisible() || header->orientation() != Qt::Horizontal)
                        continue;
                    for (int section = 0; section < header->count(); ++section) {
                        if (header->isSectionHidden(section))
                            continue;
                        const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
                        INFO(QStringLiteral("%1 %2: %3 (%4 px)")
                                 .arg(name, code, text)
                                 .arg(header->sectionSize(section))
                                 .toStdString());
                        CHECK(header->sectionSize(section) >= header->fontMetrics().horizontalAdvance(text) + 8);
                    }
                }
                if (!shots.isEmpty())
                    window.grab().save(shots
                        + QStringLiteral("/%1-%2x%3-%4.png").arg(name).arg(size.width()).arg(size.height()).arg(code));
            }
        }
    }
    f.languages->apply(QStringLiteral("en"));
}

TEST_CASE("gui: the report dialog fits a 1024 x 700 window in Vietnamese and Chinese", "[gui][layout]")
{
    GuiFixture f;
    concord::test::FixedClock clock(QDate(2026, 11, 29));
    MainWindow window(*f.settings, *f.languages, &clock);
    REQUIRE(window.openDatabase(f.file(QStringLiteral("store.sqlite"))));
    window.resize(1024, 700);
    window.show();
    for (const QString& code : { QStringLiteral("vi"), QStringLiteral("zh_CN") }) {
        REQUIRE(f.languages->apply(code));
        ReportDialog dialog(*window.database(), Gazetteer::builtIn(), clock, &window);
        dialog.show();
        QApplication::processEvents();
        INFO(code.toStdString() << ": " << dialog.width() << " x " << dialog.height() << ", least "
                                << dialog.minimumSizeHint().width() << " x " << dialog.minimumSizeHint().height());
        CHECK(dialog.height() <= 700);
        CHECK(dialog.width() <= 1024);
        CHECK(dialog.minimumSizeHint().height() <= 700);
        for (QPushButton* button : dialog.findChildren<QPushButton*>())
            CHECK(button->width() >= button->sizeHint().width());
    }
    f.languages->apply(QStringLiteral("en"));
}

TEST_CASE("gui: a first start says what to do first until the guide is closed for good", "[gui]")
{
    GuiFixture f;
    REQUIRE(f.languages->apply(QStringLiteral("vi")));
    {
        MainWindow window(*f.settings, *f.languages);
        window.show();
        auto* guide = window.findChild<QFrame*>(QStringLiteral("firstSteps"));
        REQUIRE(guide != nullptr);
        CHECK(guide->isVisible());
        auto* text = window.findChild<QLabel*>(QStringLiteral("firstStepsText"));
        CHECK(text->text().contains(QStringLiteral("<a href=\"preferences\">Điền tên cơ quan trong Tùy chọn</a>")));
        CHECK(text->text().contains(QStringLiteral("<a href=\"import\">Nhập các văn bản của đơn vị</a>")));
        CHECK(text->text().contains(QStringLiteral("<a href=\"review\">Duyệt các cam kết tìm được</a>")));
        window.resize(1024, 700);
        QApplication::processEvents();
        CHECK(guide->height() <= guide->fontMetrics().height() * 5); // a line or two, the screens keep the height
        REQUIRE(window.openDatabase(f.file(QStringLiteral("store.sqlite"))));
        emit text->linkActivated(QStringLiteral("review"));
        CHECK(window.currentPage() == MainWindow::Page::Commitments);
        window.findChild<QToolButton*>(QStringLiteral("firstStepsClose"))->click();
        CHECK_FALSE(guide->isVisible());
    }
    MainWindow again(*f.settings, *f.languages);
    again.show();
    CHECK_FALSE(again.findChild<QFrame*>(QStringLiteral("firstSteps"))->isVisible());
    f.languages->apply(QStringLiteral("en"));
}

TEST_CASE("gui: Preferences answer Ctrl+comma, and the reader opens with the keyboard in its search", "[gui]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    MainWindow window(*f.settings, *f.languages);
    CHECK(action(window, "actionPreferences")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    CHECK(
        action(window, "actionPreferences")->shortcut().toString(QKeySequence::NativeText) == QStringLiteral("Ctrl+,"));

    REQUIRE(window.openDatabase(f.file(QStringLiteral("store.sqlite"))));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const auto results = test::importAndWait(
        *window.agreementsPage(), { concord::test::samplePath(QStringLiteral("001_21e0537984c48e62.txt")) });
    REQUIRE(results.size() == 1);
    window.show();
    QApplication::setActiveWindow(&window);
    auto* view = window.agreementsPage()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    emit view->activated(view->currentIndex());
    REQUIRE(window.currentPage() == MainWindow::Page::Reader);
    auto* search = window.readerPage()->findChild<QLineEdit*>(QStringLiteral("readerSearch"));
    REQUIRE(search != nullptr);
    CHECK(test::waitUntil([&] { return QApplication::focusWidget() == search; }, 2000));
    INFO((QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("none"))
             .toStdString());
    CHECK(QApplication::focusWidget() == search);
}
