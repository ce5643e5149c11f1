#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace concord {

class AppSettings;
class Database;
class EmptyStatePage;
class LanguageManager;

/// The frame around Concord's screens: navigation, menus, status bar. It creates the views and wires
/// actions to them; what the views do lives in the views and in concord_core.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The screens, in navigation order (Ctrl+1 … Ctrl+6).
    enum class Page { Agreements, Reader, Commitments, Parties, Deadlines, Reports };
    static constexpr int PageCount = 6;

    MainWindow(AppSettings& settings, LanguageManager& languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) the store at \a path and shows it. On failure says why in a message box and keeps
    /// the store that was open. Returns whether \a path is now the open store.
    bool openDatabase(const QString& path);
    Database* database() const { return m_database.get(); }

    void showPage(Page page);
    Page currentPage() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createPages();
    void connectActions();
    void retranslate();
    void refreshPages();
    void chooseDatabase(bool create);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings& m_settings;
    LanguageManager& m_languages;
    std::unique_ptr<Database> m_database;
    QList<EmptyStatePage*> m_pages;
    QLabel* m_storeLabel = nullptr;
};

} // namespace concord
