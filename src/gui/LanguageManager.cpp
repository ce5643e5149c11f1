#include "gui/LanguageManager.h"

#include "store/AppSettings.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

namespace concord {

LanguageManager::LanguageManager(AppSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QStringList LanguageManager::available()
{
    return { QStringLiteral("vi"), QStringLiteral("zh_CN"), QStringLiteral("en") };
}

QString LanguageManager::nativeName(const QString& code)
{
    if (code == QLatin1String("vi"))
        return QStringLiteral("Tiếng Việt");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString LanguageManager::initialLanguage() const
{
    const QString saved = m_settings.language();
    if (available().contains(saved))
        return saved;
    switch (QLocale::system().language()) {
    case QLocale::Chinese:
        return QStringLiteral("zh_CN");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QStringLiteral("vi"); // Concord's users are Vietnamese staff
    }
}

bool LanguageManager::apply(const QString& code)
{
    if (!available().contains(code))
        return false;
    if (code == m_current)
        return true;
    QTranslator appTranslator;
    if (!appTranslator.load(QStringLiteral(":/i18n/concord_%1.qm").arg(code)))
        return false;

    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // QTranslator cannot be moved or copied: load again into the installed member.
    if (!m_appTranslator.load(QStringLiteral(":/i18n/concord_%1.qm").arg(code)))
        return false;
    // Qt's own strings (standard buttons, file dialogs, text menus, undo): Concord's own Vietnamese copy (Debian
    // ships none), else Debian's qt6-translations-l10n (Chinese).
    if (m_qtTranslator.load(QStringLiteral(":/i18n/qtbase_%1.qm").arg(code))
        || m_qtTranslator.load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    QCoreApplication::installTranslator(&m_appTranslator);

    // Dates and numbers follow the language: set before the screens re-render.
    QLocale::setDefault(QLocale(code));
    // QApplication posts LanguageChange to every window; deliver them now so the whole UI switches at once.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);

    m_current = code;
    m_settings.setLanguage(code);
    m_settings.sync();
    emit languageChanged(code);
    return true;
}

} // namespace concord
