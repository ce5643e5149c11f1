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
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Summary\" sheetId=\"1\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Commitments\" sheetId=\"2\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Overdue\" sheetId=\"3\"")));
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
    CHECK(summary.value(QStringLiteral("A1")).value == QStringLiteral("Báo cáo tình hình thực hiện cam kết"));
    CHECK(summary.value(QStringLiteral("B2")).value.toLongLong() == epoch.daysTo(QDate(2026, 11, 24)));
    CHECK(summary.value(QStringLiteral("B6")).value.toInt() == report->totals.value(CommitmentStatus::NotStarted));
    CHECK(summary.value(QStringLiteral("B11")).value.toInt() == report->overdueCount);
    CHECK(summary.value(QStringLiteral("B12")).value.toInt() == report->commitmentCount());
}
