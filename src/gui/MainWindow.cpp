#include "gui/MainWindow.h"

#include "gui/AboutDialog.h"
#include "gui/AccessHint.h"
#include "gui/ConnectServerDialog.h"
#include "gui/DisplayNames.h"
#include "gui/EmptyStatePage.h"
#include "gui/FileDialog.h"
#include "gui/FirstSteps.h"
#include "gui/LanguageManager.h"
#include "gui/MessageBox.h"
#include "gui/PasswordVault.h"
#include "gui/PreferencesDialog.h"
#include "gui/ReportDialog.h"
#include "gui/StoreCare.h"
#include "gui/agreements/AgreementsPage.h"
#include "gui/board/CommitmentBoard.h"
#include "gui/deadlines/DeadlinesPage.h"
#include "gui/parties/PartiesPage.h"
#include "gui/reader/ReaderPage.h"
#include "gui/reports/ReportsPage.h"
#include "import/Gazetteer.h"
#include "model/Clock.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "store/ServerCredentials.h"
#include "store/StoreBackup.h"
#include "store/StoreProblem.h"
#include "ui_MainWindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QStyle>

namespace concord {

namespace {
QString databaseFilter()
{
    return MainWindow::tr("Concord databases (*.sqlite *.db);;All files (*)");
}
} // namespace

MainWindow::MainWindow(AppSettings& settings, LanguageManager& languages, const Clock* clock, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_languages(languages)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? *clock : *m_ownClock)
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
    m_ui->splitter->setSizes({ 160, 940 });

    createPages();
    fillEditMenu();
    connectActions();
    auto* firstSteps = new FirstSteps(m_settings, m_ui->centralWidget);
    m_ui->centralLayout->insertWidget(0, firstSteps);
    m_ui->centralLayout->setStretch(1, 1); // the screens take the height; the guide its line or two
    connect(firstSteps, &FirstSteps::preferencesRequested, m_preferences, &QAction::trigger);
    connect(firstSteps, &FirstSteps::importRequested, m_ui->actionImportAgreements, &QAction::trigger);
    connect(firstSteps, &FirstSteps::reviewRequested, this, [this] { showPage(Page::Commitments); });
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
        m_emptyPages.append(page);
        new QListWidgetItem(icons[i], QString(), m_ui->navigation);
    }
    m_reports = m_emptyPages.last();
    m_reports->setAction(m_ui->actionExportReport);
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    m_ui->navigation->setCurrentRow(0);
}

void MainWindow::rebuildPages()
{
    const int current = std::max(m_ui->pages->currentIndex(), 0);
    saveScreenStates();
    // The screens of the previous store (or the empty pages shown before any) go; the reports page stays
    // (it points at File ▸ Export Status Report).
    QList<QWidget*> old { m_agreements, m_reader, m_board, m_parties, m_deadlines };
    for (int i = 0; i < PageCount - 1; ++i)
        old.append(std::exchange(m_emptyPages[i], nullptr));
    for (QWidget* page : old) {
        if (page) {
            m_ui->pages->removeWidget(page);
            delete page;
        }
    }
    const Gazetteer& gazetteer = Gazetteer::builtIn();
    m_agreements = new AgreementsPage(*m_database, gazetteer, m_clock);
    m_reader = new ReaderPage(*m_database, gazetteer, m_clock);
    m_board = new CommitmentBoard(*m_database, gazetteer, m_clock);
    m_parties = new PartiesPage(*m_database, gazetteer, m_clock);
    m_deadlines = new DeadlinesPage(*m_database, gazetteer, m_clock);
    // The reports screen of a store replaces the one shown before any (which points at File ▸ Export).
    if (m_reports) {
        m_ui->pages->removeWidget(m_reports);
        m_emptyPages.removeAll(m_reports);
        delete std::exchange(m_reports, nullptr);
    }
    delete m_reportsPage;
    m_reportsPage = new ReportsPage(*m_database, gazetteer, m_clock, m_settings);
    const QList<QWidget*> pages { m_agreements, m_reader, m_board, m_parties, m_deadlines, m_reportsPage };
    const QStringList names { QStringLiteral("agreementsPage"), QStringLiteral("readerPage"),
        QStringLiteral("commitmentsPage"), QStringLiteral("partiesPage"), QStringLiteral("deadlinesPage"),
        QStringLiteral("reportsPage") };
    for (int i = 0; i < pages.size(); ++i) {
        pages[i]->setObjectName(names[i]);
        m_ui->pages->insertWidget(i, pages[i]);
    }
    connectPages();
    fillEditMenu();
    m_reader->restoreState(m_settings.screenState(QStringLiteral("reader")));
    m_board->restoreState(m_settings.screenState(QStringLiteral("board")));
    // The reader shows the agreement read last in this store, or the newest one.
    qint64 agreement = m_settings.lastAgreement(m_database->path());
    if (const auto known = m_database->agreement(agreement); agreement <= 0 || !known || !known->has_value()) {
        const auto all = m_database->agreements();
        agreement = !all || all->isEmpty() ? 0 : all->first().id;
    }
    if (agreement > 0)
        m_reader->openAgreement(agreement);
    m_ui->pages->setCurrentIndex(current);
}

void MainWindow::fillEditMenu()
{
    // The reader's own actions: their shortcuts work while the reader has the focus (the board and the lists
    // keep Ctrl+C and Ctrl+F for themselves), and chosen from the menu they bring the reader forward.
    QMenu* menu = m_ui->menuEdit;
    menu->clear();
    delete std::exchange(m_alignmentMenu, nullptr);
    if (!m_preferences) {
        m_preferences = new QAction(this);
        m_preferences->setObjectName(QStringLiteral("actionPreferences"));
        // Ctrl+, as desktops write it; the platform's own where it has one (GNOME and plain X11 have none).
        QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
        if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
            keys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        m_preferences->setShortcuts(keys);
        m_preferences->setMenuRole(QAction::PreferencesRole);
        connect(m_preferences, &QAction::triggered, this, [this] {
            PreferencesDialog dialog(m_settings, this);
            dialog.exec();
        });
    }
    m_preferences->setText(tr("&Preferences…"));
    if (!m_reader) {
        menu->addAction(tr("Nothing to edit: no database open"))->setEnabled(false);
        menu->addSeparator();
        menu->addAction(m_preferences);
        return;
    }
    const QList<QAction*> actions = m_reader->editActions();
    menu->addAction(m_reader->undoAction());
    menu->addAction(m_reader->redoAction());
    menu->addSeparator();
    // editActions(): the alignment edits (0–8), copy (9), find, next, previous (10–12), larger and smaller (13–14).
    menu->addAction(actions.value(9));
    menu->addSeparator();
    for (int i = 10; i < 13; ++i)
        menu->addAction(actions.value(i));
    menu->addSeparator();
    m_alignmentMenu = menu->addMenu(tr("&Alignment"));
    for (int i = 0; i < 9; ++i)
        m_alignmentMenu->addAction(actions.value(i));
    menu->addSeparator();
    menu->addAction(actions.value(13));
    menu->addAction(actions.value(14));
    for (QAction* action : menu->actions() + m_alignmentMenu->actions()) {
        if (!action->isSeparator() && !action->menu())
            connect(action, &QAction::triggered, this, [this] { showPage(Page::Reader); });
    }
    menu->addSeparator();
    menu->addAction(m_preferences);

    // The reader's own view choices at the end of the View menu (they go with the reader they belong to).
    for (const QPointer<QAction>& action : std::as_const(m_readerViewActions)) {
        if (action) // gone with the previous store's reader otherwise
            m_ui->menuView->removeAction(action);
    }
    m_readerViewActions.clear();
    if (!m_viewSeparator)
        m_viewSeparator = m_ui->menuView->addSeparator();
    for (QAction* action : m_reader->viewActions()) {
        m_readerViewActions.append(action);
        m_ui->menuView->addAction(action);
    }
}

void MainWindow::saveScreenStates()
{
    if (!m_reader)
        return;
    m_settings.setScreenState(QStringLiteral("reader"), m_reader->saveState());
    m_settings.setScreenState(QStringLiteral("board"), m_board->saveState());
}

void MainWindow::connectPages()
{
    connect(m_agreements, &AgreementsPage::openRequested, this, &MainWindow::openInReader);
    connect(m_parties, &PartiesPage::openRequested, this, &MainWindow::openInReader);
    // Every screen listens to the store's own change signal (StoreEvents); the frame only follows whether the
    // store has agreements at all.
    connect(&m_database->events(), &StoreEvents::changed, this, [this](const StoreChange& change) {
        if (change.kind == StoreChange::Imported || change.kind == StoreChange::Deleted)
            refreshPages();
    });
    connect(m_reader, &ReaderPage::edited, this,
        [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_deadlines, &DeadlinesPage::showCommitment, this, [this](qint64 id) {
        showPage(Page::Commitments);
        m_board->selectCommitment(id);
    });
}

void MainWindow::openInReader(qint64 agreementId)
{
    if (m_reader && m_reader->openAgreement(agreementId)) {
        m_settings.setLastAgreement(m_database->path(), agreementId);
        showPage(Page::Reader);
    }
}

void MainWindow::connectActions()
{
    connect(m_ui->actionNewDatabase, &QAction::triggered, this, [this] { chooseDatabase(true); });
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, [this] { chooseDatabase(false); });
    connect(m_ui->actionConnectServer, &QAction::triggered, this, &MainWindow::askForServer);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionBackUp, &QAction::triggered, this, [this] {
        if (!m_database)
            return;
        const QString done = StoreCare(this, m_settings, m_clock).backUp(*m_database);
        if (!done.isEmpty())
            statusBar()->showMessage(done, 8000);
    });
    connect(m_ui->actionRestore, &QAction::triggered, this, [this] {
        if (!m_database)
            return;
        const QString path = m_database->path();
        if (StoreCare(this, m_settings, m_clock).chooseAndRestore(path) && openDatabase(path))
            statusBar()->showMessage(tr("Restored from the backup."), 8000);
    });
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionExportReport, &QAction::triggered, this, [this] {
        if (!m_database)
            return;
        ReportDialog dialog(*m_database, Gazetteer::builtIn(), m_clock, this);
        dialog.useSettings(m_settings);
        dialog.exec();
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionImportAgreements, &QAction::triggered, this, [this] {
        if (!m_agreements)
            return;
        showPage(Page::Agreements);
        m_agreements->chooseAndImport();
    });

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
    // A server store's password: this session's, else the one the keyring keeps (else libpq's ~/.pgpass).
    if (StoreAddress::isServer(path) && ServerCredentials::password(path).isEmpty()) {
        if (const auto kept = PasswordVault::read(path))
            ServerCredentials::remember(path, *kept);
    }
    const StoreCare care(this, m_settings, m_clock);
    auto opened = Database::open(path);
    std::optional<Error> problem;
    if (!opened)
        problem = opened.error();
    else
        problem = care.opened(*opened.value());
    if (problem) {
        opened = problem.value(); // a damaged store is closed before it is restored
        if (care.offerRestore(path, *problem))
            return openDatabase(path);
        if (!StoreProblem::isDamageReport(*problem) || StoreBackup::newest(path).isEmpty())
            MessageBox::critical(this, tr("Cannot open database"), problem->toString());
        return false;
    }
    // The screens hold the old store: they go before it does.
    std::unique_ptr<Database> previous = std::move(m_database);
    m_database = std::move(opened).value();
    // On a server, what the other officers commit reaches the screens through the same change signal.
    m_database->followOtherClients();
    rebuildPages();
    previous.reset();
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

void MainWindow::askForServer()
{
    const auto last = StoreAddress::parse(m_settings.lastServer());
    ConnectServerDialog dialog(last ? last.value() : StoreAddress {}, this);
    if (dialog.exec() == QDialog::Accepted)
        connectToServer(dialog.address(), dialog.password(), dialog.rememberPassword());
}

bool MainWindow::connectToServer(const StoreAddress& address, const QString& password, bool keep)
{
    const QString key = address.display();
    if (!password.isEmpty())
        ServerCredentials::remember(key, password);
    if (!openDatabase(key))
        return false;
    m_settings.setLastServer(key);
    if (keep) {
        if (const auto problem = PasswordVault::store(key, password))
            MessageBox::warning(this, tr("Password not kept"),
                tr("The system keyring cannot keep the password (%1). Concord uses it until it closes; to sign in "
                   "without it next time, put it in ~/.pgpass.")
                    .arg(*problem));
    }
    return true;
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
    saveScreenStates();
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
    if (m_alignmentMenu) {
        m_alignmentMenu->setTitle(tr("&Alignment"));
        m_preferences->setText(tr("&Preferences…"));
    } else {
        fillEditMenu(); // the placeholder's text
    }
    refreshPages();
}

void MainWindow::refreshPages()
{
    const qint64 count = m_database ? m_database->agreementCount() : 0;
    const QString store = m_database ? QDir::toNativeSeparators(m_database->path()) : QString();
    QString label
        = m_database ? tr("Database: %1 · %n agreement(s)", nullptr, int(count)).arg(store) : tr("No database open");
    // On a server, the role this user has there (and the province it is limited to).
    if (m_database && m_database->isServer()) {
        const StoreAccess& access = m_database->access();
        label += QStringLiteral(" · ") + m_database->userName() + QStringLiteral(" (")
            + StoreAccess::displayName(access.role())
            + (access.province().isEmpty()
                    ? QString()
                    : QStringLiteral(", ") + DisplayNames::partyKeys({ access.province() }, Gazetteer::builtIn()))
            + QLatin1Char(')');
    }
    m_storeLabel->setText(label);
    if (m_database)
        AccessHint::apply(m_ui->actionImportAgreements, m_database->access(), StoreAction::Import);
    // A server keeps its own backups (pg_dump); the file menu's backup and restore are a file's.
    const bool server = m_database && m_database->isServer();
    for (QAction* action : { m_ui->actionBackUp, m_ui->actionRestore }) {
        action->setEnabled(!server);
        action->setToolTip(server ? tr("A database on a server is backed up on the server (pg_dump); concord-cli "
                                       "copy makes a file of it.")
                                  : QString());
    }
    // The desktop adds the application's name ("concord.sqlite — Concord").
    setWindowTitle(m_database ? QFileInfo(store).fileName() : QString());

    const QString noStore = tr("Open or create a database from the File menu.");
    for (EmptyStatePage* page : m_emptyPages) {
        if (page && page != m_reports)
            page->setTexts(tr("No database open"), noStore);
    }
    if (m_reports) {
        m_reports->setTexts(tr("Status reports"),
            tr("File ▸ Export Status Report… (Ctrl+E) writes the commitments' status as PDF, Excel, CSV, HTML or a "
               "calendar, for a party, an agreement or a period."));
    }
}

} // namespace concord
