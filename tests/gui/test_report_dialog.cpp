#include "gui/FileDialog.h"
#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/MessageBox.h"
#include "gui/PreferencesDialog.h"
#include "gui/ReportDialog.h"
#include "gui/reports/ReportsPage.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/ReportReaders.h"
#include "support/TempDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>

#include <array>

using namespace concord;
using namespace concord::test;

namespace {

QByteArray head(const QString& path, int bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.read(bytes);
}

/// Renders the preview as the Preview button does and waits for it; the number of pages shown.
int previewPages(ReportDialog& dialog)
{
    QSignalSpy shown(&dialog, &ReportDialog::previewShown);
    dialog.refreshPreview();
    REQUIRE(test::waitUntil([&shown] { return shown.count() > 0; }));
    return shown.front().front().toInt();
}

/// Saves as the Save button does (the file name from FileDialog) and waits for the file.
bool saveAndWait(ReportDialog& dialog)
{
    QSignalSpy saved(&dialog, &ReportDialog::saved);
    if (!dialog.save())
        return false;
    REQUIRE(test::waitUntil([&saved] { return saved.count() > 0; }));
    return saved.front().front().toBool();
}

} // namespace

TEST_CASE("gui: the report dialog previews the PDF and saves each format", "[gui][report]")
{
    GuiFixture f;
    TempDatabase temp;
    const auto db = temp.open();
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                .importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt"))
                .ok());
    ReportDialog dialog(*db, Gazetteer::builtIn(), test::longAgo());
    dialog.setAsOf(QDate(2026, 11, 24));
    dialog.setFormat(ReportDialog::Format::Pdf);
    dialog.setIncludeCandidates(true);
    CHECK(previewPages(dialog) == 6); // the first page with the chart, then five of tables and the signature
    CHECK(dialog.findChildren<QLabel*>().size() > 3);

    const QList<std::pair<ReportDialog::Format, QByteArray>> formats { { ReportDialog::Format::Pdf, "%PDF-" },
        { ReportDialog::Format::Xlsx, "PK\x03\x04" }, { ReportDialog::Format::Csv, "\xEF\xBB\xBF" },
        { ReportDialog::Format::Html, "<!DOCTYPE html>" }, { ReportDialog::Format::Ics, "BEGIN:VCALENDAR" } };
    int n = 0;
    for (const auto& [format, start] : formats) {
        dialog.setFormat(format);
        const QString path = temp.file(QStringLiteral("report-%1").arg(n++)); // the suffix is added
        FileDialog::setNextFileName(path);
        REQUIRE(saveAndWait(dialog));
        // A name is suggested: the report's title and as-of day, with the format's suffix.
        CHECK(QFileInfo(FileDialog::lastStart()).fileName()
            == QStringLiteral("Báo cáo tình hình thực hiện cam kết 2026-11-24.")
                + QString::fromLatin1(std::array { "pdf", "xlsx", "csv", "html", "ics" }[n - 1]));
        const QStringList written = QDir(temp.file(QString())).entryList({ QStringLiteral("report-%1.*").arg(n - 1) });
        REQUIRE(written.size() == 1);
        CHECK(head(temp.file(written.front()), int(start.size())) == start);
    }
    FileDialog::setNextFileName(QString()); // cancelled: nothing written
    CHECK_FALSE(saveAndWait(dialog));
}

TEST_CASE("gui: the report dialog speaks Vietnamese and Chinese", "[gui][report][i18n]")
{
    GuiFixture f;
    TempDatabase temp;
    const auto db = temp.open();
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                .importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/004_450d6ae2b470d9a1.txt"))
                .ok());
    ReportDialog dialog(*db, Gazetteer::builtIn(), test::longAgo());
    dialog.setAsOf(QDate(2026, 11, 24));
    dialog.resize(760, 720);
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    for (const auto& [code, title, preview] :
        { std::tuple { QStringLiteral("vi"), QStringLiteral("Xuất báo cáo tình hình"), QStringLiteral("Xem trước") },
            std::tuple { QStringLiteral("zh_CN"), QStringLiteral("导出情况报告"), QStringLiteral("预览") } }) {
        REQUIRE(f.languages->apply(code));
        CHECK(dialog.windowTitle() == title);
        // Dates as the language writes them.
        const auto edits = dialog.findChildren<QDateEdit*>();
        CHECK(std::any_of(edits.begin(), edits.end(), [&](QDateEdit* e) {
            return e->text()
                == (code == QLatin1String("vi") ? QStringLiteral("24/11/2026") : QStringLiteral("2026年11月24日"));
        }));
        const auto buttons = dialog.findChildren<QPushButton*>();
        CHECK(std::any_of(buttons.begin(), buttons.end(), [&](QPushButton* b) { return b->text() == preview; }));
        const QString save = code == QLatin1String("vi") ? QStringLiteral("Lưu…") : QStringLiteral("保存…");
        CHECK(std::any_of(buttons.begin(), buttons.end(), [&](QPushButton* b) { return b->text() == save; }));
        previewPages(dialog);
        if (!shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/report-dialog-%1.png").arg(code));
    }
    f.languages->apply(QStringLiteral("en"));
}

TEST_CASE("gui: a long report is made off the window's thread and previews its first 30 pages", "[gui][report]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    TempDatabase temp;
    const auto db = temp.open();
    // 400 articles, each an undertaking of a province with a year: 400 commitments, far more than 30 pages.
    const auto parsed = DocumentParser::parseText(longAgreementText(400), QStringLiteral("long.txt"));
    REQUIRE(parsed.ok());
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo()).importFile(parsed.value()).ok());
    ReportDialog dialog(*db, Gazetteer::builtIn(), test::longAgo());
    dialog.setAsOf(QDate(2026, 11, 24));
    dialog.setIncludeCandidates(true);
    CHECK(previewPages(dialog) == 30);
    const auto labels = dialog.findChildren<QLabel*>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->text().contains(QStringLiteral("commitments"))
            && label->text().endsWith(QStringLiteral("The preview shows the first 30."));
    }));
}

TEST_CASE("gui: the report dialog keeps candidates apart unless asked to count them", "[gui][report]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    TempDatabase temp;
    const auto db = temp.open();
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                .importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt"))
                .ok());
    ReportDialog dialog(*db, Gazetteer::builtIn(), test::longAgo());
    dialog.setAsOf(QDate(2026, 11, 24));
    auto* include = dialog.findChild<QCheckBox*>(QStringLiteral("reportIncludeCandidates"));
    REQUIRE(include != nullptr);
    CHECK_FALSE(include->isChecked());
    const auto status = [&dialog] {
        const auto labels = dialog.findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            if (label->text().contains(QStringLiteral("page")))
                return label->text();
        }
        return QString();
    };
    REQUIRE(previewPages(dialog) >= 2);
    CHECK(status().contains(QStringLiteral("0 commitments, 0 overdue. 10 awaiting review, listed apart.")));
    include->setChecked(true);
    REQUIRE(previewPages(dialog) >= 2);
    CHECK(status().contains(QStringLiteral("; 10 commitments, ")));
    CHECK_FALSE(status().contains(QStringLiteral("awaiting")));
}

TEST_CASE("gui: the office and signer set once in Preferences head and sign the PDF report", "[gui][report]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("vi"));
    PreferencesDialog preferences(*f.settings);
    CHECK(preferences.windowTitle() == QStringLiteral("Tùy chọn"));
    preferences.findChild<QLineEdit*>(QStringLiteral("officeVi"))
        ->setText(QStringLiteral(" SỞ NGOẠI VỤ TỈNH HÀ GIANG "));
    preferences.findChild<QLineEdit*>(QStringLiteral("officeZh"))->setText(QStringLiteral("越南河江省外务厅"));
    preferences.findChild<QLineEdit*>(QStringLiteral("signer"))->setText(QStringLiteral("Lý Văn Hòa"));
    preferences.findChild<QLineEdit*>(QStringLiteral("signerTitle"))->setText(QStringLiteral("GIÁM ĐỐC"));
    preferences.findChild<QSpinBox*>(QStringLiteral("backupsToKeep"))->setValue(3);
    preferences.save();
    const ReportIssuer issuer = f.settings->reportIssuer();
    CHECK(issuer.officeVi == QStringLiteral("SỞ NGOẠI VỤ TỈNH HÀ GIANG"));
    CHECK(issuer.officeZh == QStringLiteral("越南河江省外务厅"));
    CHECK(issuer.signer == QStringLiteral("Lý Văn Hòa"));
    CHECK(f.settings->backupsToKeep() == 3);

    TempDatabase temp;
    const auto db = temp.open();
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                .importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/004_450d6ae2b470d9a1.txt"))
                .ok());
    ReportDialog dialog(*db, Gazetteer::builtIn(), test::longAgo());
    dialog.setIssuer(issuer);
    dialog.setAsOf(QDate(2026, 11, 24));
    dialog.setIncludeCandidates(true);
    dialog.findChild<QLineEdit*>(QStringLiteral("reportNumber"))->setText(QStringLiteral("8/BC-SNgV"));
    const QString path = temp.file(QStringLiteral("signed.pdf"));
    FileDialog::setNextFileName(path);
    REQUIRE(saveAndWait(dialog));
    const QString text = test::pdfText(path, nullptr);
    CHECK(text.startsWith(QStringLiteral("SỞ NGOẠI VỤ TỈNH HÀ GIANG\n越南河江省外务厅")));
    CHECK(text.contains(QStringLiteral("Số / 编号: 8/BC-SNgV")));
    CHECK(text.trimmed().endsWith(QStringLiteral("Lý Văn Hòa")));
    f.languages->apply(QStringLiteral("en"));
}

TEST_CASE("gui: the Reports screen opens the export set up for a preset and lists what was written, to reopen",
    "[gui][report]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    TempDatabase temp;
    const auto db = temp.open();
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                .importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/004_450d6ae2b470d9a1.txt"))
                .ok());
    test::FixedClock clock(QDate(2026, 11, 29));
    ReportsPage page(*db, Gazetteer::builtIn(), clock, *f.settings);
    CHECK(page.recentList()->count() == 1); // "No report written yet."
    CHECK(page.recentList()->item(0)->text() == QStringLiteral("No report written yet."));

    const QString path = temp.file(QStringLiteral("quarter.csv"));
    QList<QDate> period;
    QObject::connect(&page, &ReportsPage::dialogOpened, &page, [&](ReportDialog* dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            for (QDateEdit* edit : dialog->findChildren<QDateEdit*>()) {
                if (edit->isEnabled())
                    period.append(edit->date());
            }
            dialog->setFormat(ReportDialog::Format::Csv);
            FileDialog::setNextFileName(path);
            QSignalSpy saved(dialog, &ReportDialog::saved);
            REQUIRE(dialog->save());
            REQUIRE(test::waitUntil([&] { return saved.count() > 0; }));
            dialog->accept();
        });
    });
    page.open(ReportDialog::Preset::ThisQuarter);
    // From, to (this quarter, by the clock) and the as-of day, which is today.
    CHECK(period == QList<QDate>({ QDate(2026, 10, 1), QDate(2026, 12, 31), QDate(2026, 11, 29) }));
    CHECK(QFile::exists(path));
    CHECK(f.settings->recentReports() == QStringList({ path }));
    REQUIRE(page.recentList()->count() == 1);
    CHECK(page.recentList()->item(0)->data(Qt::UserRole).toString() == path);
}

TEST_CASE(
    "gui: the report dialog refuses to save over its store or into its backups folder, and says why", "[gui][report]")
{
    GuiFixture f;
    TempDatabase temp;
    const auto db = temp.open();
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                .importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt"))
                .ok());
    ReportDialog dialog(*db, Gazetteer::builtIn(), test::longAgo());
    dialog.setFormat(ReportDialog::Format::Csv);
    const QString link = temp.file(QStringLiteral("store-link.csv"));
    REQUIRE(QFile::link(temp.path(), link));
    const QString backups = QFileInfo(temp.path()).absolutePath() + QStringLiteral("/backups");
    REQUIRE(QDir().mkpath(backups));
    const qint64 size = QFileInfo(temp.path()).size();
    for (const auto& [path, reason] : { std::pair { link, QStringLiteral("writing here would destroy it") },
             std::pair { backups + QStringLiteral("/report.csv"), QStringLiteral("backups folder") } }) {
        MessageBox::clearLastText();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        FileDialog::setNextFileName(path);
        CHECK_FALSE(saveAndWait(dialog));
        CHECK(MessageBox::lastText().contains(reason));
        CHECK(QFileInfo(temp.path()).size() == size);
        CHECK_FALSE(QFileInfo::exists(backups + QStringLiteral("/report.csv")));
    }
    CHECK(db->check(Database::CheckDepth::Full) == std::nullopt);
}

TEST_CASE("gui: the report dialog tells a newcomer the office is blank until Preferences set it, and lists parties in "
          "the interface language first",
    "[gui][report]")
{
    GuiFixture f;
    TempDatabase temp;
    const auto db = temp.open();
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                .importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt"))
                .ok());
    REQUIRE(f.languages->apply(QStringLiteral("zh_CN")));
    ReportDialog dialog(*db, Gazetteer::builtIn(), test::longAgo());
    dialog.useSettings(*f.settings); // nothing set in this fresh home
    dialog.show();
    auto* hint = dialog.findChild<QLabel*>(QStringLiteral("reportIssuerHint"));
    REQUIRE(hint != nullptr);
    CHECK(dialog.tellsOfficeMissing());
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("尚未设置报告单位和签署人")));
    CHECK(hint->text().contains(QStringLiteral("<a href=\"preferences\">在首选项中设置…</a>")));
    auto* party = dialog.findChild<QComboBox*>(QStringLiteral("reportParty"));
    REQUIRE(party != nullptr);
    const int langSon = party->findData(QStringLiteral("lang-son"));
    REQUIRE(langSon >= 0);
    CHECK(party->itemText(langSon) == QStringLiteral("谅山 / Lạng Sơn"));

    ReportIssuer issuer;
    issuer.officeVi = QStringLiteral("SỞ NGOẠI VỤ TỈNH LẠNG SƠN");
    dialog.setIssuer(issuer);
    CHECK_FALSE(dialog.tellsOfficeMissing());
    CHECK_FALSE(hint->isVisible());
    f.languages->apply(QStringLiteral("en"));
}
