#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace concord {

class AppSettings;

/// Switches the UI language at run time: loads Concord's compiled translation (":/i18n/concord_<code>.qm")
/// and Qt's own for the standard dialogs, sets the default QLocale, and remembers the choice in AppSettings.
/// Widgets retranslate themselves on QEvent::LanguageChange.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(AppSettings& settings, QObject* parent = nullptr);

    /// The codes Concord is translated into, in menu order: "vi", "zh_CN", "en".
    static QStringList available();
    /// A language's name in that language ("Tiếng Việt", "中文", "English"), as a language menu shows it.
    static QString nativeName(const QString& code);
    /// The language to start in: the saved choice, else the system's if Concord has it, else Vietnamese.
    QString initialLanguage() const;

    QString current() const { return m_current; }
    /// Installs \a code's translations and saves the choice. False (and nothing changed) for an unknown code
    /// or a translation that cannot be loaded.
    bool apply(const QString& code);

signals:
    void languageChanged(const QString& code);

private:
    AppSettings& m_settings;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_current;
};

} // namespace concord
