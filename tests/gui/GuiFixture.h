#pragma once

#include "gui/LanguageManager.h"
#include "store/AppSettings.h"

#include <QTemporaryDir>

#include <memory>

namespace concord::test {

/// What every GUI test needs, fresh per test case: a private settings file and a language manager.
struct GuiFixture
{
    GuiFixture()
        : settings(std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini"))))
        , languages(std::make_unique<LanguageManager>(*settings))
    { }
    QString iniPath() const { return dir.filePath(QStringLiteral("settings.ini")); }
    QString file(const QString& name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<LanguageManager> languages;
};

} // namespace concord::test
