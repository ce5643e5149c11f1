#include "gui/MainWindow.h"

#include "gui/AboutDialog.h"
#include "gui/EmptyStatePage.h"
#include "gui/FileDialog.h"
#include "gui/LanguageManager.h"
#include "gui/MessageBox.h"
#include "gui/ReportDialog.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStyle>

namespace concord {

namespace {
QString databaseFilter()
{
    return MainWindow::tr("Concord databases (*.sqlite *.db);;All files (*)");
}
} // namespace

MainWindow::MainWindow(AppSettings& settings, LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_languages(languages)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/concord.png")));
    m_ui->actionNewDatabase->setShortcut(QKeySequence::New);
    m_ui->actionOpenDatabase->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFullScreen->setShortcut(QKeySequence::FullScreen);
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusBar()->addPermanentWidget(m_storeLabel);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 200, 900 });

    createPages();
    connectActions();
    retranslate();

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1100, 720);
    restoreState(m_settings.windowState());
    m_ui->splitter->restoreState(m_settings.splitterState());
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    const QStyle* s = style();
    const QList<QIcon> icons {
        s->standardIcon(QStyle::SP_FileDialogDetailedView),
        s->standardIcon(QStyle::SP_FileDialogContentsView),
        s->standardIcon(QStyle::SP_DialogApplyButton),
        s->standardIcon(QStyle::SP_DirHomeIcon),
        s->standardIcon(QStyle::SP_BrowserReload),
        s->standardIcon(QStyle::SP_DialogSaveButton),
    };
    const QStringList names { QStringLiteral("agreementsPage"), QStringLiteral("readerPage"),
        QStringLiteral("commitmentsPage"), QStringLiteral("partiesPage"), QStringLiteral("deadlinesPage"),
        QStringLiteral("reportsPage") };
    for (int i = 0; i < PageCount; ++i) {
        auto* page = new EmptyStatePage(icons[i], m_ui->pages);
        page->setObjectName(names[i]);
        m_ui->pages->addWidget(page);
        m_pages.append(page);
        new QListWidgetItem(icons[i], QString(), m_ui->navigation);
    }
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    m_ui->navigation->setCurrentRow(0);
}

void MainWindow::connectActions()
{
    connect(m_ui->actionNewDatabase, &QAction::triggered, this, [this] { chooseDatabase(true); });
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, [this] { chooseDatabase(false); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionExportReport, &QAction::triggered, this, [this] {
        if (!m_database)
            return;
        ReportDialog dialog(*m_database, this);
        dialog.exec();
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    const QList<QAction*> pageActions { m_ui->actionShowAgreements, m_ui->actionShowReader, m_ui->actionShowCommitments,
        m_ui->actionShowParties, m_ui->actionShowDeadlines, m_ui->actionShowReports };
    for (int i = 0; i < pageActions.size(); ++i)
        connect(pageActions[i], &QAction::triggered, this, [this, i] { showPage(static_cast<Page>(i)); });

    auto* languageGroup = new QActionGroup(this);
    const QList<QAction*> languageActions { m_ui->actionLanguageVi, m_ui->actionLanguageZh, m_ui->actionLanguageEn };
    const QStringList codes = LanguageManager::available();
    for (int i = 0; i < languageActions.size(); ++i) {
        languageGroup->addAction(languageActions[i]);
        languageActions[i]->setData(codes[i]);
        languageActions[i]->setChecked(codes[i] == m_languages.current());
        connect(languageActions[i], &QAction::triggered, this, [this, code = codes[i]] { m_languages.apply(code); });
    }
    connect(&m_languages, &LanguageManager::languageChanged, this, [languageActions](const QString& code) {
        for (QAction* action : languageActions)
            action->setChecked(action->data().toString() == code);
    });
}

void MainWindow::showPage(Page page)
{
    m_ui->navigation->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pages->currentIndex());
}

bool MainWindow::openDatabase(const QString& path)
{
    auto opened = Database::open(path);
    if (!opened) {
        MessageBox::critical(this, tr("Cannot open database"), opened.error().toString());
        return false;
    }
    m_database = std::move(opened).value();
    m_settings.setLastDatabase(m_database->path());
    refreshPages();
    return true;
}

void MainWindow::chooseDatabase(bool create)
{
    const QString path = create ? FileDialog::getSaveFileName(this, tr("New Database"), databaseFilter())
                                : FileDialog::getOpenFileName(this, tr("Open Database"), databaseFilter());
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        MessageBox::critical(this, tr("Cannot create database"),
            tr("%1 already exists. Use Open Database to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_ui->splitter->saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QStringList titles { tr("Agreements"), tr("Reader"), tr("Commitments"), tr("Parties"), tr("Deadlines"),
        tr("Reports") };
    for (int i = 0; i < PageCount; ++i)
        m_ui->navigation->item(i)->setText(titles[i]);
    refreshPages();
}

void MainWindow::refreshPages()
{
    const qint64 count = m_database ? m_database->agreementCount() : 0;
    const QString store = m_database ? QDir::toNativeSeparators(m_database->path()) : QString();
    m_storeLabel->setText(
        m_database ? tr("Database: %1 · %n agreement(s)", nullptr, int(count)).arg(store) : tr("No database open"));
    setWindowTitle(m_database ? tr("Concord — %1").arg(QFileInfo(store).fileName()) : QStringLiteral("Concord"));

    const QString noAgreements = tr("Nothing to show until agreements are imported into this database.");
    m_pages[int(Page::Agreements)]->setTexts(
        count == 0 ? tr("No agreements yet") : tr("%n agreement(s) stored", nullptr, int(count)),
        m_database ? tr("Database: %1").arg(store) : tr("Open or create a database from the File menu."));
    m_pages[int(Page::Reader)]->setTexts(
        tr("No agreement open"), count == 0 ? noAgreements : tr("Choose an agreement to read it side by side."));
    m_pages[int(Page::Commitments)]->setTexts(tr("No commitments yet"), noAgreements);
    m_pages[int(Page::Parties)]->setTexts(tr("No parties yet"), noAgreements);
    m_pages[int(Page::Deadlines)]->setTexts(tr("No deadlines yet"), noAgreements);
    m_pages[int(Page::Reports)]->setTexts(tr("Nothing to report yet"), noAgreements);
}

} // namespace concord
