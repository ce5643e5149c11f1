#pragma once

#include "store/StoreAddress.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace concord {

class AgreementsPage;
class AppSettings;
class Clock;
class CommitmentBoard;
class Database;
class DeadlinesPage;
class EmptyStatePage;
class LanguageManager;
class PartiesPage;
class ReaderPage;
class ReportsPage;

/// The frame around Concord's screens: navigation, menus, status bar. It creates the views and wires
/// actions to them; what the views do lives in the views and in concord_core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The screens, in navigation order (Ctrl+1 … Ctrl+6).
    enum class Page { Agreements, Reader, Commitments, Parties, Deadlines, Reports };
    static constexpr int PageCount = 6;

    /// \a clock gives "today" (tests pass a fixed one; the window does not own it); without one, the system's.
    MainWindow(
        AppSettings& settings, LanguageManager& languages, const Clock* clock = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) the store at \a path and shows it. On failure says why in a message box and keeps
    /// the store that was open. Returns whether \a path is now the open store.
    bool openDatabase(const QString& path);
    /// Opens the server store at \a address with \a password (kept in this process, and in the system keyring
    /// when \a keep): what Connect to Server… does once its dialog is answered.
    bool connectToServer(const StoreAddress& address, const QString& password, bool keep);
    Database* database() const { return m_database.get(); }

    void showPage(Page page);
    Page currentPage() const;

    /// The screens of the open store (nullptr while none is open).
    AgreementsPage* agreementsPage() const { return m_agreements; }
    ReaderPage* readerPage() const { return m_reader; }
    CommitmentBoard* commitmentBoard() const { return m_board; }
    PartiesPage* partiesPage() const { return m_parties; }
    DeadlinesPage* deadlinesPage() const { return m_deadlines; }
    ReportsPage* reportsPage() const { return m_reportsPage; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createPages();
    void rebuildPages();
    void connectPages();
    void saveScreenStates();
    void fillEditMenu();
    void openInReader(qint64 agreementId);
    void connectActions();
    void retranslate();
    void refreshPages();
    void chooseDatabase(bool create);
    void askForServer();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings& m_settings;
    LanguageManager& m_languages;
    std::unique_ptr<Clock> m_ownClock;
    const Clock& m_clock; ///< *clock or *m_ownClock
    std::unique_ptr<Database> m_database;
    QList<EmptyStatePage*> m_emptyPages; ///< shown while no store is open
    EmptyStatePage* m_reports = nullptr;
    AgreementsPage* m_agreements = nullptr;
    ReaderPage* m_reader = nullptr;
    CommitmentBoard* m_board = nullptr;
    PartiesPage* m_parties = nullptr;
    DeadlinesPage* m_deadlines = nullptr;
    ReportsPage* m_reportsPage = nullptr;
    QLabel* m_storeLabel = nullptr;
    QMenu* m_alignmentMenu = nullptr;
    QAction* m_preferences = nullptr;
    QList<QPointer<QAction>> m_readerViewActions;
    QAction* m_viewSeparator = nullptr;
};

} // namespace concord
