// Long tasks show a progress dialog; it goes when the work ends, done or failed, and never comes back later (its
// minimum-duration timer used to show it again over the summary, whose OK it then blocked).
#include "gui/FileDialog.h"
#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/MessageBox.h"
#include "gui/ReportDialog.h"
#include "gui/agreements/AgreementsPage.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QFile>
#include <QProgressDialog>
#include <QSignalSpy>

using namespace concord;
using namespace concord::test;

namespace {

/// The object names of the progress dialogs on screen, anywhere in the application.
QStringList visibleProgressDialogs()
{
    QStringList shown;
    for (QWidget* top : QApplication::allWidgets())
        if (auto* progress = qobject_cast<QProgressDialog*>(top); progress && progress->isVisible())
            shown.append(progress->objectName());
    return shown;
}

/// Longer than any progress dialog's minimum duration (0.8 s for one file, 0.5 s for a report).
constexpr int AfterMinimumDuration = 1500;

} // namespace

TEST_CASE(
    "progress: no progress dialog is left after an import, one file or several, done or failed", "[gui][progress]")
{
    GuiFixture gui;
    gui.languages->apply(QStringLiteral("en"));
    TempDatabase temp;
    const auto db = temp.open();
    FixedClock clock { QDate(2026, 11, 29) };
    AgreementsPage page(*db, Gazetteer::builtIn(), clock);
    REQUIRE(showAndWait(page));

    const QString broken = temp.file(QStringLiteral("broken.docx"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 not really a zip");
    }
    const QList<QStringList> imports { { samplePath(QStringLiteral("000_a538a87b9166962b.txt")) },
        { samplePath(QStringLiteral("001_21e0537984c48e62.txt")),
            samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")) },
        { broken } };
    for (const QStringList& paths : imports) {
        INFO(paths.join(QStringLiteral(", ")).toStdString());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const auto results = importAndWait(page, paths);
        REQUIRE(results.size() == paths.size());
        CHECK(visibleProgressDialogs().isEmpty());
        QTest::qWait(AfterMinimumDuration);
        CHECK(visibleProgressDialogs().isEmpty());
    }
}

TEST_CASE("progress: no progress dialog is left after a report's preview or its save", "[gui][progress][report]")
{
    GuiFixture gui;
    gui.languages->apply(QStringLiteral("en"));
    TempDatabase temp;
    const auto db = temp.open();
    // 300 commitments: laying out the preview takes longer than the dialog's minimum duration, so it is shown.
    const auto parsed = DocumentParser::parseText(longAgreementText(300), QStringLiteral("long.txt"));
    REQUIRE(parsed.ok());
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo()).importFile(parsed.value()).ok());
    ReportDialog dialog(*db, Gazetteer::builtIn(), test::longAgo());
    dialog.setAsOf(QDate(2026, 11, 24));
    dialog.setIncludeCandidates(true);
    dialog.show();

    QSignalSpy shown(&dialog, &ReportDialog::previewShown);
    dialog.refreshPreview();
    REQUIRE(waitUntil([&shown] { return shown.count() > 0; }));
    CHECK(visibleProgressDialogs().isEmpty());
    CHECK(dialog.isEnabled());
    QTest::qWait(AfterMinimumDuration);
    CHECK(visibleProgressDialogs().isEmpty());

    QSignalSpy saved(&dialog, &ReportDialog::saved);
    FileDialog::setNextFileName(temp.file(QStringLiteral("report.pdf")));
    REQUIRE(dialog.save());
    REQUIRE(waitUntil([&saved] { return saved.count() > 0; }));
    CHECK(saved.front().front().toBool());
    QTest::qWait(AfterMinimumDuration);
    CHECK(visibleProgressDialogs().isEmpty());
}
