#include "gui/LanguageManager.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "model/Clock.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "store/SampleLibrary.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <memory>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Concord"));
    QApplication::setApplicationName(QStringLiteral("concord"));
    QApplication::setApplicationDisplayName(QStringLiteral("Concord"));
    QApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("concord"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/concord.png")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Concord: bilingual cooperation agreements and commitments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("database"), QStringLiteral("The database to open."), QStringLiteral("[database]"));
    // For documentation screenshots and scripted checks: another settings file, a language, a page, and a
    // PNG of the window written once it is shown.
    QCommandLineOption settingsOption(
        QStringLiteral("settings"), QStringLiteral("Use this INI settings file."), QStringLiteral("file"));
    QCommandLineOption languageOption(
        QStringLiteral("language"), QStringLiteral("UI language: vi, zh_CN or en."), QStringLiteral("code"));
    QCommandLineOption pageOption(
        QStringLiteral("page"), QStringLiteral("Screen to show first (1-6)."), QStringLiteral("number"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the main window and quit."), QStringLiteral("file"));
    for (QCommandLineOption* option : { &settingsOption, &languageOption, &pageOption, &screenshotOption }) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
    parser.process(app);

    const auto settings = parser.isSet(settingsOption)
        ? std::make_unique<concord::AppSettings>(parser.value(settingsOption))
        : std::make_unique<concord::AppSettings>();
    concord::LanguageManager languages(*settings);
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : languages.initialLanguage();
    if (!languages.apply(language))
        languages.apply(QStringLiteral("en"));

    const concord::SystemClock clock;
    concord::MainWindow window(*settings, languages, &clock);
    const QString defaultPath = concord::Database::defaultPath();
    QString path = parser.positionalArguments().value(0, settings->lastDatabase());
    if (path.isEmpty())
        path = defaultPath;
    if (path == defaultPath) {
        // First run: the default database starts with the sample agreements.
        if (const auto error = concord::SampleLibrary::ensureDefaultDatabase(clock))
            concord::MessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Sample agreements"), error->toString());
    }
    if (!window.openDatabase(path) && path != defaultPath)
        window.openDatabase(defaultPath);
    if (parser.isSet(pageOption)) {
        const int page = parser.value(pageOption).toInt();
        if (page >= 1 && page <= concord::MainWindow::PageCount)
            window.showPage(static_cast<concord::MainWindow::Page>(page - 1));
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
