#include "import/Gazetteer.h"
#include "import/ZipArchive.h"
#include "report/StatusReport.h"
#include "report/XlsxReport.h"
#include "store/AgreementStore.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/ReportReaders.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

using namespace concord;
using namespace concord::test;

TEST_CASE("report: the Excel workbook reads back with its sheets, frozen headers, filters and real dates", "[report]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService importer(*db, Gazetteer::builtIn(), test::longAgo());
    for (const QString& name :
        { QStringLiteral("000_a538a87b9166962b.txt"), QStringLiteral("004_450d6ae2b470d9a1.txt") })
        REQUIRE(importer.importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name).ok());
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    scope.includeCandidates = true; // the writers are under test here, on every commitment
    const auto report = StatusReport::build(*db, Gazetteer::builtIn(), scope);
    REQUIRE(report.ok());
    const QString path = temp.file(QStringLiteral("report.xlsx"));
    REQUIRE_FALSE(XlsxReport::write(report.value(), ReportLabels(LabelLanguage::Vietnamese), path).has_value());
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto zip = ZipArchive::open(file.readAll());
    REQUIRE(zip.has_value());
    const QString workbook = QString::fromUtf8(*zip->entry(QStringLiteral("xl/workbook.xml")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Tổng hợp\" sheetId=\"1\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Cam kết\" sheetId=\"2\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Quá hạn\" sheetId=\"3\"")));
    const QStringList strings = sharedStrings(*zip);

    QString filter;
    bool frozen = false;
    const auto commitments = readSheet(*zip, 2, strings, &filter, &frozen);
    CHECK(frozen);
    CHECK(filter == QStringLiteral("A1:J%1").arg(1 + report->commitmentCount()));
    CHECK(commitments.value(QStringLiteral("A1")).value == QStringLiteral("Văn bản"));
    CHECK(commitments.value(QStringLiteral("F1")).value == QStringLiteral("Thời hạn"));
    // Each row: the texts exactly, and the due date as an Excel serial day (days since 1899-12-30) in a date style.
    int row = 2;
    const QDate epoch(1899, 12, 30);
    for (const AgreementSection& section : report->agreements) {
        for (const ReportRow& r : section.rows) {
            INFO("row " << row);
            CHECK(commitments.value(QStringLiteral("D%1").arg(row)).value == r.textVi);
            CHECK(commitments.value(QStringLiteral("E%1").arg(row)).value == r.textZh);
            if (r.due.isValid()) {
                const Cell due = commitments.value(QStringLiteral("F%1").arg(row));
                CHECK(due.type.isEmpty());
                CHECK(due.value.toLongLong() == epoch.daysTo(r.due));
                CHECK_FALSE(due.style.isEmpty());
            }
            ++row;
        }
    }

    const auto overdue = readSheet(*zip, 3, strings, &filter, &frozen);
    CHECK(frozen);
    CHECK(filter == QStringLiteral("A1:J%1").arg(1 + report->overdue.size()));
    CHECK(overdue.value(QStringLiteral("I2")).value == QStringLiteral("Quá hạn"));

    const auto summary = readSheet(*zip, 1, strings, &filter, &frozen);
    CHECK(summary.value(QStringLiteral("A3")).value == QStringLiteral("Báo cáo tình hình thực hiện cam kết"));
    CHECK(summary.value(QStringLiteral("B4")).value.toLongLong() == epoch.daysTo(QDate(2026, 11, 24)));
    CHECK(summary.value(QStringLiteral("B8")).value.toInt() == report->totals.value(CommitmentStatus::NotStarted));
    CHECK(summary.value(QStringLiteral("B13")).value.toInt() == report->overdueCount);
    CHECK(summary.value(QStringLiteral("B14")).value.toInt() == report->commitmentCount());
}

TEST_CASE("report: the Excel workbook names its sheets and scope in the report's language and carries office and "
          "number",
    "[report]")
{
    TempDatabase temp;
    const auto db = temp.open();
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                .importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt"))
                .ok());
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    scope.party = QStringLiteral("lang-son");
    const auto report = StatusReport::build(*db, Gazetteer::builtIn(), scope);
    REQUIRE(report.ok());
    REQUIRE_FALSE(report->awaitingReview.isEmpty());
    const auto open = [&](LabelLanguage language, const ReportIssuer& issuer) {
        const QString path = temp.file(QStringLiteral("report-%1.xlsx").arg(int(language)));
        REQUIRE_FALSE(XlsxReport::write(report.value(), ReportLabels(language), path, issuer).has_value());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto zip = ZipArchive::open(file.readAll());
        REQUIRE(zip.has_value());
        return std::move(*zip);
    };
    SECTION("Chinese, with the office and number set")
    {
        ReportIssuer issuer;
        issuer.officeVi = QStringLiteral("SỞ NGOẠI VỤ TỈNH LẠNG SƠN");
        issuer.officeZh = QStringLiteral("谅山省外务厅");
        issuer.number = QStringLiteral("15/BC-SNgV");
        const ZipArchive zip = open(LabelLanguage::Chinese, issuer);
        const QString workbook = QString::fromUtf8(*zip.entry(QStringLiteral("xl/workbook.xml")));
        CHECK(workbook.contains(QStringLiteral("<sheet name=\"汇总\" sheetId=\"1\"")));
        CHECK(workbook.contains(QStringLiteral("<sheet name=\"承诺事项\" sheetId=\"2\"")));
        CHECK(workbook.contains(QStringLiteral("<sheet name=\"逾期\" sheetId=\"3\"")));
        CHECK(workbook.contains(QStringLiteral("<sheet name=\"待审核\" sheetId=\"4\"")));
        const auto summary = readSheet(zip, 1, sharedStrings(zip), nullptr, nullptr);
        CHECK(summary.value(QStringLiteral("A1")).value == QStringLiteral("报告单位"));
        CHECK(summary.value(QStringLiteral("B1")).value == QStringLiteral("谅山省外务厅"));
        CHECK(summary.value(QStringLiteral("A2")).value == QStringLiteral("编号"));
        CHECK(summary.value(QStringLiteral("B2")).value == QStringLiteral("15/BC-SNgV"));
        CHECK(summary.value(QStringLiteral("B5")).value == QStringLiteral("方: 谅山"));
    }
    SECTION("both languages, nothing set: blanks to fill in, sheet names without a slash")
    {
        const ZipArchive zip = open(LabelLanguage::Bilingual, {});
        const QString workbook = QString::fromUtf8(*zip.entry(QStringLiteral("xl/workbook.xml")));
        CHECK(workbook.contains(QStringLiteral("<sheet name=\"Tổng hợp - 汇总\" sheetId=\"1\"")));
        CHECK(workbook.contains(QStringLiteral("<sheet name=\"Quá hạn - 逾期\" sheetId=\"3\"")));
        const auto summary = readSheet(zip, 1, sharedStrings(zip), nullptr, nullptr);
        CHECK(summary.value(QStringLiteral("B1")).value == QStringLiteral("………………………………"));
        CHECK(summary.value(QStringLiteral("B2")).value == QStringLiteral("………/BC"));
        CHECK(summary.value(QStringLiteral("B5")).value == QStringLiteral("Bên / 方: Lạng Sơn / 谅山"));
    }
}
