#include "import/Gazetteer.h"
#include "report/PdfReport.h"
#include "report/StatusReport.h"
#include "store/AgreementStore.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/ReportReaders.h"
#include "support/TempDatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace concord;
using namespace concord::test;

namespace {

QString squeezed(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

/// \a needle in \a text as it is, or — for a table row that runs over a page break, whose cells then come
/// back page by page — as two pieces in order: the longest prefix found, then the rest after it.
bool containsAcrossOnePageBreak(const QString& text, const QString& needle)
{
    if (text.contains(needle))
        return true;
    qsizetype prefix = 0;
    while (prefix < needle.size() && text.contains(QStringView(needle).left(prefix + 1)))
        ++prefix;
    const qsizetype at = text.indexOf(QStringView(needle).left(prefix));
    return prefix > 0 && at >= 0 && text.indexOf(QStringView(needle).mid(prefix), at + prefix) >= 0;
}

} // namespace

TEST_CASE("report: the PDF gives back its exact Vietnamese and Chinese text, without Kangxi radicals", "[report][pdf]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService importer(*db, Gazetteer::builtIn(), test::longAgo());
    for (const QString& name :
        { QStringLiteral("000_a538a87b9166962b.txt"), QStringLiteral("001_21e0537984c48e62.txt") })
        REQUIRE(importer.importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name).ok());
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    scope.includeCandidates = true; // the writers are under test here, on every commitment
    const auto report = StatusReport::build(*db, Gazetteer::builtIn(), scope);
    REQUIRE(report.ok());
    const QString path = temp.file(QStringLiteral("report.pdf"));
    REQUIRE_FALSE(PdfReport::write(report.value(), ReportLabels(LabelLanguage::Bilingual), path).has_value());

    int pages = 0;
    const QString text = pdfText(path, &pages);
    CHECK(pages >= 2);
    // Labels: 至, 日, 行, 方 share glyphs with Kangxi radicals in Noto Sans CJK; they must come back as themselves.
    CHECK(text.contains(QStringLiteral("Tính đến ngày / 截至日期: 24/11/2026")));
    CHECK(text.contains(QStringLiteral("Đang thực hiện / 进行中: 0")));
    CHECK(text.contains(QStringLiteral("Theo từng bên / 按各方汇总")));
    static const QRegularExpression radical(QStringLiteral("[\\x{2E80}-\\x{2EFF}\\x{2F00}-\\x{2FDF}]"));
    CHECK_FALSE(text.contains(radical));
    // Every commitment's text in both languages, character for character.
    const QString all = squeezed(text);
    int rows = 0;
    for (const AgreementSection& section : report->agreements) {
        for (const ReportRow& row : section.rows) {
            INFO(row.textZh.toStdString());
            CHECK(containsAcrossOnePageBreak(all, squeezed(row.textZh)));
            CHECK(containsAcrossOnePageBreak(all, squeezed(row.textVi)));
            ++rows;
        }
    }
    CHECK(rows == report->commitmentCount());
    CHECK(all.contains(squeezed(QStringLiteral("Quảng Tây / 广西"))));
}

TEST_CASE("report: the PDF is headed by the office and its number, counts its pages and ends in a signature block",
    "[report][pdf]")
{
    TempDatabase temp;
    const auto db = temp.open();
    REQUIRE(ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                .importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt"))
                .ok());
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    scope.includeCandidates = true;
    const auto report = StatusReport::build(*db, Gazetteer::builtIn(), scope);
    REQUIRE(report.ok());
    ReportIssuer issuer;
    issuer.officeVi = QStringLiteral("SỞ NGOẠI VỤ TỈNH CAO BẰNG");
    issuer.officeZh = QStringLiteral("越南高平省外务厅");
    issuer.signer = QStringLiteral("Hoàng Thị Mai");
    issuer.signerTitle = QStringLiteral("PHÓ GIÁM ĐỐC");
    issuer.number = QStringLiteral("27/BC-SNgV");

    const QString vi = temp.file(QStringLiteral("vi.pdf"));
    REQUIRE_FALSE(PdfReport::write(report.value(), ReportLabels(LabelLanguage::Vietnamese), vi, issuer).has_value());
    int pages = 0;
    const QString text = pdfText(vi, &pages);
    CHECK(pages >= 3);
    CHECK(text.startsWith(QStringLiteral("SỞ NGOẠI VỤ TỈNH CAO BẰNG")));
    CHECK_FALSE(
        text.contains(QStringLiteral("越南高平省外务厅"))); // a Vietnamese report names the office in Vietnamese
    CHECK(text.contains(QStringLiteral("Số: 27/BC-SNgV")));
    CHECK(text.contains(QStringLiteral("Tính đến ngày: 24/11/2026")));
    // The running header on every page after the first.
    CHECK(text.count(QStringLiteral("SỞ NGOẠI VỤ TỈNH CAO BẰNG — Báo cáo tình hình thực hiện cam kết")) == pages - 1);
    const QString end = text.trimmed().right(80);
    INFO(end.toStdString());
    CHECK(end.contains(QStringLiteral("PHÓ GIÁM ĐỐC")));
    CHECK(end.contains(QStringLiteral("(Ký, ghi rõ họ tên, đóng dấu)")));
    CHECK(end.endsWith(QStringLiteral("Hoàng Thị Mai")));

    const QString zh = temp.file(QStringLiteral("zh.pdf"));
    REQUIRE_FALSE(PdfReport::write(report.value(), ReportLabels(LabelLanguage::Chinese), zh, issuer).has_value());
    const QString chinese = pdfText(zh, &pages);
    CHECK(pages >= 3);
    CHECK(chinese.startsWith(QStringLiteral("越南高平省外务厅")));
    CHECK(chinese.contains(QStringLiteral("编号: 27/BC-SNgV")));
    CHECK(chinese.contains(QStringLiteral("截至日期: 2026年11月24日")));
    CHECK(chinese.trimmed().endsWith(QStringLiteral("Hoàng Thị Mai")));
    CHECK(chinese.contains(QStringLiteral("（签字、盖章）")));
}

TEST_CASE("report: the PDF names its scope's party, lists each candidate under its agreement and notes beside the "
          "text",
    "[report][pdf]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService importer(*db, Gazetteer::builtIn(), test::longAgo());
    REQUIRE(importer.importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt")).ok());
    REQUIRE(importer.importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/001_21e0537984c48e62.txt")).ok());
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    scope.party = QStringLiteral("lang-son"); // the store's key, as the dialog's party box hands it over
    const auto report = StatusReport::build(*db, Gazetteer::builtIn(), scope);
    REQUIRE(report.ok());
    REQUIRE(report->commitmentCount() == 0); // nothing reviewed yet
    REQUIRE_FALSE(report->awaitingReview.isEmpty());

    SECTION("in Vietnamese")
    {
        const QString path = temp.file(QStringLiteral("vi.pdf"));
        REQUIRE_FALSE(PdfReport::write(report.value(), ReportLabels(LabelLanguage::Vietnamese), path).has_value());
        const QString text = pdfText(path);
        CHECK(text.contains(QStringLiteral("Phạm vi: Bên: Lạng Sơn\n")));
        CHECK_FALSE(text.contains(QStringLiteral("lang-son")));
        // Nothing counted: no party heading standing alone over an empty chart.
        CHECK_FALSE(text.contains(QStringLiteral("Theo từng bên")));
        // The candidates come under the title of each agreement they belong to.
        const qsizetype awaiting = text.indexOf(QStringLiteral("Cam kết chờ duyệt (chưa tính vào số liệu) ("));
        REQUIRE(awaiting >= 0);
        QSet<qint64> agreements;
        for (const ReportRow& row : report->awaitingReview)
            agreements.insert(row.agreementId);
        for (const qint64 id : agreements) {
            const auto agreement = db->agreement(id);
            REQUIRE(agreement.ok());
            REQUIRE(agreement->has_value());
            INFO(agreement->value().titleVi.toStdString());
            CHECK(squeezed(text.mid(awaiting)).contains(squeezed(agreement->value().titleVi.left(40))));
        }
    }
    SECTION("in Chinese")
    {
        const QString path = temp.file(QStringLiteral("zh.pdf"));
        REQUIRE_FALSE(PdfReport::write(report.value(), ReportLabels(LabelLanguage::Chinese), path).has_value());
        const QString text = pdfText(path);
        CHECK(text.contains(QStringLiteral("范围: 方: 谅山\n")));
        CHECK_FALSE(text.contains(QStringLiteral("lang-son")));
    }
}
