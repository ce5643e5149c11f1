#include "gui/GuiFixture.h"
#include "support/CatchQt.h"

#include <QCoreApplication>
#include <QLocale>

using namespace concord;
using concord::test::GuiFixture;

namespace {
QString translated(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}
} // namespace

TEST_CASE("gui: each language loads its translation of the same string", "[gui][i18n]")
{
    GuiFixture f;
    REQUIRE(f.languages->apply(QStringLiteral("vi")));
    CHECK(translated("concord::MainWindow", "Commitments") == QStringLiteral("Cam kết"));
    CHECK(QLocale().language() == QLocale::Vietnamese);
    REQUIRE(f.languages->apply(QStringLiteral("zh_CN")));
    CHECK(translated("concord::MainWindow", "Commitments") == QStringLiteral("承诺事项"));
    CHECK(QLocale().language() == QLocale::Chinese);
    REQUIRE(f.languages->apply(QStringLiteral("en")));
    CHECK(translated("concord::MainWindow", "Commitments") == QStringLiteral("Commitments"));
}

TEST_CASE("gui: core error messages are translated too", "[gui][i18n]")
{
    GuiFixture f;
    REQUIRE(f.languages->apply(QStringLiteral("vi")));
    CHECK(translated("concord::SourceFile", "The file is empty.") == QStringLiteral("Tệp trống."));
    REQUIRE(f.languages->apply(QStringLiteral("zh_CN")));
    CHECK(translated("concord::SourceFile", "The file is empty.") == QStringLiteral("文件为空。"));
    f.languages->apply(QStringLiteral("en"));
}

TEST_CASE("gui: the language choice survives a restart", "[gui][i18n]")
{
    GuiFixture f;
    CHECK(f.languages->apply(QStringLiteral("zh_CN")));
    AppSettings reopened(f.iniPath());
    LanguageManager next(reopened);
    CHECK(next.initialLanguage() == QStringLiteral("zh_CN"));
    f.languages->apply(QStringLiteral("en"));
}

TEST_CASE("gui: an unknown language is refused and changes nothing", "[gui][i18n]")
{
    GuiFixture f;
    REQUIRE(f.languages->apply(QStringLiteral("en")));
    CHECK_FALSE(f.languages->apply(QStringLiteral("fr")));
    CHECK(f.languages->current() == QStringLiteral("en"));
    CHECK(f.settings->language() == QStringLiteral("en"));
}

TEST_CASE("gui: without a saved choice the program starts in Vietnamese on a C locale", "[gui][i18n]")
{
    GuiFixture f; // the tests run with LANG=C.UTF-8
    CHECK(f.languages->initialLanguage() == QStringLiteral("vi"));
}
