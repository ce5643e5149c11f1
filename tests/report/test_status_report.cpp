#include "import/Gazetteer.h"
#include "report/CsvReport.h"
#include "report/HtmlReport.h"
#include "report/IcsReport.h"
#include "report/StatusReport.h"
#include "store/AgreementStore.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

using namespace concord;
using namespace concord::test;

namespace {

const QDateTime When(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
const QString Injection = QStringLiteral("=HYPERLINK(\"http://x\",\"<b>click</b>\") & <script>alert('x')</script>");

/// A store with the youth agreement and the 2022 memorandum, two commitments worked on.
std::unique_ptr<Database> sampleStore(const TempDatabase& temp)
{
    auto db = temp.open();
    ImportService importer(*db, Gazetteer::builtIn(), test::longAgo());
    for (const QString& name :
        { QStringLiteral("000_a538a87b9166962b.txt"), QStringLiteral("004_450d6ae2b470d9a1.txt") })
        REQUIRE(importer.importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name).ok());
    CommitmentFilter all;
    const auto list = CommitmentStore(*db, Gazetteer::builtIn()).list(all);
    REQUIRE(list.ok());
    CommitmentTracker tracker(*db, Gazetteer::builtIn());
    for (const StoredCommitment& s : list.value()) {
        if (s.found.label == QStringLiteral("Điều 3:"))
            REQUIRE(tracker.setStatus(s.id, CommitmentStatus::InProgress, Injection, When).ok());
        if (s.found.quantity == QStringLiteral("02 suất học bổng"))
            REQUIRE(tracker.setStatus(s.id, CommitmentStatus::Done, QString(), When).ok());
    }
    return db;
}

Result<StatusReport> reportOf(const Database& db, const ReportScope& scope)
{
    auto report = StatusReport::build(db, Gazetteer::builtIn(), scope);
    REQUIRE(report.ok());
    return report;
}

/// RFC 4180 fields of a CSV file (BOM removed).
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

/// The content lines of an iCalendar file, unfolded, after checking the folding.
QStringList unfoldIcs(const QByteArray& bytes)
{
    QStringList lines;
    for (const QByteArray& physical : bytes.split('\n')) {
        if (physical.isEmpty())
            continue;
        REQUIRE(physical.endsWith('\r'));
        REQUIRE(physical.size() - 1 <= 75);
        const QString line = QString::fromUtf8(physical.chopped(1));
        REQUIRE_FALSE(line.contains(QChar::ReplacementCharacter)); // no UTF-8 sequence cut in two
        if (line.startsWith(u' '))
            lines.back() += line.mid(1);
        else
            lines.append(line);
    }
    return lines;
}

QString unescapeIcs(const QString& value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            ++i;
            out += value[i] == u'n' ? QChar(u'\n') : value[i];
        } else {
            out += value[i];
        }
    }
    return out;
}

} // namespace

TEST_CASE("report: totals by status and party, overdue and due soon, as of a day", "[report]")
{
    TempDatabase temp;
    const auto db = sampleStore(temp);
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    scope.includeCandidates = true; // the writers are under test here, on every commitment
    const auto report = reportOf(*db, scope);
    CHECK(report->commitmentCount() == 27);
    CHECK(report->totals.value(CommitmentStatus::InProgress) == 1);
    // The 2022–2026 memorandum's yearly scholarships: nobody marked a year done but Hà Giang's 2022, so each
    // is overdue since its first open year.
    QStringList overdue;
    for (const ReportRow& row : report->overdue)
        overdue.append(row.label + QLatin1Char(' ') + row.due.toString(Qt::ISODate));
    CHECK(overdue
        == QStringList({ QStringLiteral("III. 2022-12-31"), QStringLiteral("III. 2022-12-31"),
            QStringLiteral("III. 2023-12-31") }));
    CHECK(report->overdueCount == 3);
    // Due within 90 days of 24 November 2026: this year's delegations and the memorandum's end.
    CHECK(report->dueSoon.size() == 5);
    for (const ReportRow& row : report->dueSoon)
        CHECK(row.due == QDate(2026, 12, 31));
    const auto guangxi = std::find_if(report->byParty.begin(), report->byParty.end(),
        [](const PartyTotals& p) { return p.key == QStringLiteral("guangxi"); });
    REQUIRE(guangxi != report->byParty.end());
    CHECK(guangxi->nameZh == QStringLiteral("广西"));
    CHECK(guangxi->overdue == 1);
    REQUIRE(report->agreements.size() == 2);
    CHECK(report->agreements[0].titleZh.startsWith(QStringLiteral("中国共产主义青年团广西壮族自治区委员会")));

    {
        ReportScope tuyenQuang = scope;
        tuyenQuang.party = QStringLiteral("Tuyên Quang");
        const auto narrowed = StatusReport::build(*db, Gazetteer::builtIn(), tuyenQuang);
        REQUIRE(narrowed.ok());
        // Tuyên Quang's own (Articles 3, 4, 5, 6 twice and the agreement's end and renewal) and Hà Giang's (its
        // scholarships, the memorandum's 13 undated understandings of all parties and its end): 7 + 15.
        // Hà Giang's 2022 year is done; 2023 is the one followed.
        CHECK(narrowed->commitmentCount() == 22);
        CHECK(narrowed->totals.value(CommitmentStatus::Done) == 0);
    }
}

TEST_CASE("report: CSV reads back with every text exact and formulas neutralised", "[report]")
{
    TempDatabase temp;
    const auto db = sampleStore(temp);
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    scope.includeCandidates = true; // the writers are under test here, on every commitment
    const auto report = reportOf(*db, scope);
    const QList<QStringList> rows = parseCsv(CsvReport::write(report.value(), ReportLabels(LabelLanguage::Bilingual)));
    REQUIRE(rows.size() == 1 + report->commitmentCount());
    CHECK(rows[0][0] == QStringLiteral("Văn bản / 文件"));
    CHECK(rows[0].size() == 11);
    int checked = 0;
    for (const AgreementSection& section : report->agreements) {
        for (const ReportRow& row : section.rows) {
            const auto found = std::find_if(rows.begin(), rows.end(),
                [&row](const QStringList& r) { return r.size() == 11 && r[3] == row.textVi && r[4] == row.textZh; });
            REQUIRE(found != rows.end());
            CHECK((*found)[5] == (row.due.isValid() ? row.due.toString(Qt::ISODate) : QString()));
            if (row.status == CommitmentStatus::InProgress) {
                CHECK((*found)[9] == QLatin1Char('\'') + Injection); // a note starting with = is not a formula
                CHECK((*found)[7] == QStringLiteral("Đang thực hiện / 进行中"));
            }
            ++checked;
        }
    }
    CHECK(checked == 27);
}

TEST_CASE("report: HTML is one self-contained file with the store's text escaped", "[report]")
{
    TempDatabase temp;
    const auto db = sampleStore(temp);
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    scope.includeCandidates = true; // the writers are under test here, on every commitment
    const auto report = reportOf(*db, scope);
    const QString html = QString::fromUtf8(HtmlReport::write(report.value(), ReportLabels(LabelLanguage::Chinese)));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh\">")));
    CHECK(html.contains(QStringLiteral("<h1>承诺事项落实情况报告</h1>")));
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt;")));
    CHECK(html.contains(QStringLiteral("&lt;b&gt;click&lt;/b&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("src=")));
    CHECK_FALSE(html.contains(QStringLiteral("href=")));
    CHECK(html.contains(
        QStringLiteral("中国广西每年邀请一个由越南广宁、谅山、高平、宣光、海防五省（市）各 10 名优秀少年儿童")));
}

TEST_CASE("report: the calendar is valid iCalendar with yearly rules and escaped, folded text", "[report]")
{
    TempDatabase temp;
    const auto db = sampleStore(temp);
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    scope.includeCandidates = true; // the writers are under test here, on every commitment
    const auto report = reportOf(*db, scope);
    const QStringList lines = unfoldIcs(IcsReport::write(report.value(), ReportLabels(LabelLanguage::Vietnamese)));
    CHECK(lines.front() == QStringLiteral("BEGIN:VCALENDAR"));
    CHECK(lines.back() == QStringLiteral("END:VCALENDAR"));
    CHECK(lines.count(QStringLiteral("BEGIN:VEVENT")) == lines.count(QStringLiteral("END:VEVENT")));
    // Every open, dated commitment is an event; the one marked done is not.
    int open = 0;
    for (const AgreementSection& section : report->agreements) {
        for (const ReportRow& row : section.rows)
            open += row.due.isValid() && !CommitmentStatusRules::isClosed(row.status) ? 1 : 0;
    }
    CHECK(lines.count(QStringLiteral("BEGIN:VEVENT")) == open);
    // The delegations of 2026 and 2027: one event, repeated yearly until the agreement ends.
    const qsizetype delegation = lines.indexOf(QStringLiteral("DTSTART;VALUE=DATE:20261231"));
    REQUIRE(delegation > 0);
    CHECK(lines.contains(QStringLiteral("RRULE:FREQ=YEARLY;UNTIL=20271231")));
    bool sawComma = false;
    for (const QString& line : lines) {
        if (!line.startsWith(QStringLiteral("DESCRIPTION:")))
            continue;
        const QString value = line.mid(12);
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value[i] == u',' || value[i] == u';') {
                CHECK(i > 0);
                CHECK(value[i - 1] == u'\\');
                sawComma = true;
            }
        }
        const QString text = unescapeIcs(value);
        CHECK(text.contains(u'\n'));
    }
    CHECK(sawComma);
    CHECK(IcsReport::escapeText(QStringLiteral("a,b;c\\d\ne")) == QStringLiteral("a\\,b\\;c\\\\d\\ne"));
}

TEST_CASE("report: each agreement lists where its two versions differ, both phrases cited", "[report]")
{
    TempDatabase temp;
    auto db = temp.open();
    REQUIRE(
        ImportService(*db, Gazetteer::builtIn(), test::longAgo())
            .importPath(QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/commitments/08-ha-giang-van-son-lam-viec.txt"))
            .ok());
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    scope.includeCandidates = true;
    const auto report = reportOf(*db, scope);
    REQUIRE(report->agreements.size() == 1);
    const QList<VersionDifference>& differences = report->agreements.front().differences;
    const auto quantity = std::find_if(differences.cbegin(), differences.cend(),
        [](const VersionDifference& d) { return d.issue.kind == ConsistencyIssue::Kind::Number; });
    REQUIRE(quantity != differences.cend());
    CHECK(quantity->label == QStringLiteral("4."));
    CHECK(quantity->issue.vietnamese == QStringLiteral("500 tấn phân"));
    CHECK(quantity->issue.chinese == QStringLiteral("600吨化肥"));
    const QString html = QString::fromUtf8(HtmlReport::write(report.value(), ReportLabels(LabelLanguage::Vietnamese)));
    CHECK(html.contains(QStringLiteral("Chỗ hai bản ngôn ngữ khác nhau")));
    CHECK(html.contains(QStringLiteral(
        "<tr><td>4.</td><td>Số liệu</td><td lang=\"vi\">500 tấn phân</td><td lang=\"zh\">600吨化肥</td></tr>")));
}

TEST_CASE("report: overdue only keeps the overdue commitments and counts only them", "[report]")
{
    TempDatabase temp;
    const auto db = sampleStore(temp);
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    scope.includeCandidates = true;
    scope.overdueOnly = true;
    const auto report = reportOf(*db, scope);
    CHECK(report->commitmentCount() == 3); // the three overdue scholarships of the test above
    CHECK(report->overdueCount == 3);
    CHECK(report->dueSoon.isEmpty());
    int rows = 0;
    for (const AgreementSection& section : report->agreements) {
        for (const ReportRow& row : section.rows) {
            CHECK(row.overdue);
            ++rows;
        }
    }
    CHECK(rows == 3);
}

TEST_CASE("report: the scope is described by names in the report's language, never by the store's keys", "[report]")
{
    TempDatabase temp;
    const auto db = temp.open();
    const auto imported = ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                              .importPath(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt"));
    REQUIRE(imported.ok());
    ReportScope scope;
    scope.asOf = QDate(2026, 11, 24);
    const auto all = StatusReport::build(*db, Gazetteer::builtIn(), scope);
    REQUIRE(all.ok());
    CHECK(all->describeScope(ReportLabels(LabelLanguage::Vietnamese)) == QStringLiteral("Tất cả cam kết"));
    CHECK(all->describeScope(ReportLabels(LabelLanguage::Chinese)) == QStringLiteral("全部承诺事项"));

    scope.party = QStringLiteral("guangxi");
    scope.agreementId = imported->agreementIds.front();
    scope.from = QDate(2026, 1, 1);
    scope.to = QDate(2026, 12, 31);
    const auto narrowed = StatusReport::build(*db, Gazetteer::builtIn(), scope);
    REQUIRE(narrowed.ok());
    const QString vi = narrowed->describeScope(ReportLabels(LabelLanguage::Vietnamese));
    CHECK(vi.startsWith(QStringLiteral("Bên: Quảng Tây; Văn bản: THỎA THUẬN VỀ TĂNG CƯỜNG GIAO LƯU")));
    CHECK(vi.endsWith(QStringLiteral("; Thời hạn: 01/01/2026 – 31/12/2026")));
    const QString zh = narrowed->describeScope(ReportLabels(LabelLanguage::Chinese));
    CHECK(zh.startsWith(QStringLiteral("方: 广西; 文件: ")));
    CHECK(zh.endsWith(QStringLiteral("; 期限: 2026年1月1日 – 2026年12月31日")));
    CHECK_FALSE(vi.contains(QStringLiteral("guangxi")));
    CHECK_FALSE(zh.contains(QStringLiteral("guangxi")));
}
