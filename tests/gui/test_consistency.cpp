// One store, one day, the same numbers everywhere: the board's model, the Deadlines schedule, the Parties screen,
// `concord-cli tracked --json`, and the CSV, HTML, Excel and PDF reports read back from their files.

#include "commit/CommitmentTally.h"
#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/agreements/AgreementListModel.h"
#include "gui/agreements/AgreementsPage.h"
#include "gui/board/CommitmentBoard.h"
#include "gui/board/CommitmentModel.h"
#include "gui/deadlines/DeadlinesPage.h"
#include "gui/parties/PartiesPage.h"
#include "import/Gazetteer.h"
#include "import/ZipArchive.h"
#include "report/CsvReport.h"
#include "report/HtmlReport.h"
#include "report/PdfReport.h"
#include "report/StatusReport.h"
#include "report/XlsxReport.h"
#include "store/AgreementCatalog.h"
#include "store/AgreementStore.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/ReportReaders.h"
#include "support/TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace concord;
using namespace concord::test;

namespace {

const QDate AsOf(2026, 12, 1);
const QDate ImportDay(2026, 3, 1); // every agreement is tracked from here
const QDateTime When(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
constexpr CommitmentStatus Statuses[] = { CommitmentStatus::NotStarted, CommitmentStatus::InProgress,
    CommitmentStatus::Done, CommitmentStatus::Deferred, CommitmentStatus::Cancelled };

/// The numbers compared: what every view must agree on.
struct Numbers
{
    int total = 0;
    QMap<CommitmentStatus, int> byStatus;
    int overdue = 0;
    int dueWithin90 = 0;
    friend bool operator==(const Numbers&, const Numbers&) = default;
};

std::ostream& operator<<(std::ostream& os, const Numbers& n)
{
    os << "total " << n.total << ", overdue " << n.overdue << ", due within 90 " << n.dueWithin90 << ", by status";
    for (const CommitmentStatus s : Statuses)
        os << ' ' << CommitmentStatusRules::key(s).toStdString() << '=' << n.byStatus.value(s);
    return os;
}

Numbers numbersOf(const CommitmentTally& t)
{
    Numbers n { t.total, {}, t.overdue, t.dueWithin90 };
    for (const CommitmentStatus s : Statuses)
        n.byStatus[s] = t.byStatus.value(s);
    return n;
}

/// The samples, and an agreement of Lào Cai and Yunnan (2024–2029) with dated, yearly and overdue undertakings,
/// all imported on ImportDay; then every review state and status, some periods before tracking started.
struct ConsistencyStore
{
    GuiFixture gui;
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock { AsOf };
    qint64 synthetic = 0;
    qint64 yearlyInProgress = 0;
    qint64 toConfirm = 0;

    ConsistencyStore()
    {
        const FixedClock importDay(ImportDay);
        ImportService importer(*db, Gazetteer::builtIn(), importDay);
        for (const char* sample :
            { "000_a538a87b9166962b.txt", "001_21e0537984c48e62.txt", "004_450d6ae2b470d9a1.txt" })
            REQUIRE(importer.importPath(samplePath(QString::fromLatin1(sample))).ok());
        const auto own
            = importer.importPath(QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/consistency/lao-cai-van-nam.txt"));
        REQUIRE(own.ok());
        synthetic = own->agreementIds.front();

        CommitmentFilter everything;
        const auto all = CommitmentStore(*db, Gazetteer::builtIn()).list(everything);
        REQUIRE(all.ok());
        CommitmentTracker tracker(*db, Gazetteer::builtIn());
        QList<StoredCommitment> ordered = all.value();
        std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        int k = 0;
        for (const StoredCommitment& c : ordered) {
            if (c.agreementId == synthetic && c.isRecurring() && yearlyInProgress == 0) {
                // The case that went missing: a yearly commitment whose current year is in progress.
                REQUIRE(tracker.setStatus(c.id, CommitmentStatus::InProgress, QString(), When).ok());
                yearlyInProgress = c.id;
                continue;
            }
            if (c.agreementId == synthetic && !c.isRecurring() && c.found.due == QDate(2025, 12, 31)) {
                // Due before tracking started, accepted, status never set: "status to confirm".
                REQUIRE(tracker.accept(c.id, {}, QString(), When).ok());
                toConfirm = c.id;
                continue;
            }
            if (c.agreementId == synthetic && !c.isRecurring() && c.found.due == QDate(2026, 6, 30)) {
                REQUIRE(tracker.setStatus(c.id, CommitmentStatus::InProgress, QString(), When).ok()); // overdue
                continue;
            }
            if (c.agreementId == synthetic && !c.isRecurring()
                && QList<QDate>({ QDate(2026, 9, 30), QDate(2026, 12, 15), QDate(2027, 1, 31) })
                       .contains(c.found.due)) {
                REQUIRE(tracker.accept(c.id, {}, QString(), When).ok()); // overdue; due within 30; within 90
                continue;
            }
            switch (k++ % 7) {
            case 0: // left a candidate
                break;
            case 1:
                REQUIRE(tracker.accept(c.id, {}, QString(), When).ok());
                break;
            case 2:
            case 3:
            case 4:
            case 5: {
                const CommitmentStatus status = Statuses[(k - 1) % 7 - 1];
                if (status != c.currentStatus())
                    REQUIRE(tracker.setStatus(c.id, status, QString(), When).ok());
                else
                    REQUIRE(tracker.accept(c.id, {}, QString(), When).ok());
                break;
            }
            default:
                REQUIRE(tracker.reject(c.id, QString(), When).ok());
            }
        }
        REQUIRE(yearlyInProgress > 0);
        REQUIRE(toConfirm > 0);
    }

    QList<StoredCommitment> stored(QList<Review> reviews) const
    {
        CommitmentFilter filter;
        filter.reviews = reviews;
        const auto list = CommitmentStore(*db, Gazetteer::builtIn()).list(filter);
        REQUIRE(list.ok());
        return list.value();
    }
};

QJsonArray cliTracked(const QString& db, const QStringList& extra)
{
    const auto run
        = CliRunner().run(QStringList { QStringLiteral("tracked"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                              QStringLiteral("--as-of"), AsOf.toString(Qt::ISODate) }
            + extra);
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("commitments")).toArray();
}

Numbers numbersOfJson(const QJsonArray& rows)
{
    Numbers n;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        ++n.total;
        ++n.byStatus[*CommitmentStatusRules::fromKey(row.value(QStringLiteral("status")).toString())];
        n.overdue += row.value(QStringLiteral("overdue")).toBool() ? 1 : 0;
        n.dueWithin90 += row.value(QStringLiteral("due_within_90")).toBool() ? 1 : 0;
    }
    for (const CommitmentStatus s : Statuses)
        n.byStatus[s] += 0;
    return n;
}

int count(const QString& text, const QRegularExpression& pattern)
{
    const auto match = pattern.match(text);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString escaped(const QString& label)
{
    return QRegularExpression::escape(label);
}

} // namespace

TEST_CASE("consistency: every screen, the CLI and every report give the same numbers for one store and day",
    "[gui][consistency]")
{
    ConsistencyStore f;
    f.gui.languages->apply(QStringLiteral("en"));

    // The definition, applied to the accepted commitments: what every view must show.
    CommitmentTally reference(AsOf);
    for (const StoredCommitment& c : f.stored({ Review::Accepted }))
        reference.add(c);
    const Numbers expected = numbersOf(reference);
    INFO("expected: " << expected);
    // Not vacuous: the store has something in every state the rules distinguish.
    REQUIRE(reference.overdue >= 2);
    REQUIRE(reference.dueWithin30 >= 1);
    REQUIRE(reference.dueWithin90 > reference.dueWithin30);
    REQUIRE(reference.toConfirm == 1);
    for (const CommitmentStatus s : Statuses)
        REQUIRE(reference.byStatus.value(s) >= 1);
    int candidates = 0;
    for (const StoredCommitment& c : f.stored({ Review::Candidate }))
        candidates += c.review == Review::Candidate ? 1 : 0;
    REQUIRE(candidates >= 2);
    // The memorandum of 2022–2026 imported in March 2026 lights up no year before 2026.
    for (const StoredCommitment& c : f.stored({ Review::Accepted, Review::Candidate })) {
        for (const Occurrence& o : c.occurrences) {
            if (o.due < ImportDay)
                CHECK(c.isHistory(o));
        }
    }

    // The board, counting the accepted commitments.
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    QAbstractItemModelTester boardTester(board.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    board.setReviewFilter({ Review::Accepted });
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    CHECK(board.tally() == reference);
    CHECK(board.findChild<QLabel*>(QStringLiteral("boardSummary"))
              ->text()
              .startsWith(QStringLiteral("%1 commitments (Accepted) · ").arg(reference.total)));
    // … and with the candidates, which it counts apart.
    board.setReviewFilter({ Review::Accepted, Review::Candidate });
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    CHECK(board.tally().candidates == candidates);
    CHECK(board.tally().total == reference.total + candidates);

    // The agreements list counts accepted commitments and candidates per agreement: summed, the same numbers.
    {
        CommitmentTally withCandidates(AsOf);
        for (const StoredCommitment& c : f.stored({ Review::Accepted, Review::Candidate }))
            withCandidates.add(c);
        AgreementsPage list(*f.db, Gazetteer::builtIn(), f.clock);
        REQUIRE(waitUntil([&] { return !list.isLoading(); }));
        CommitmentTally summed(AsOf);
        for (const CatalogEntry& entry : list.model()->entries()) {
            const CommitmentTally& t = entry.tally;
            summed.total += t.total;
            for (auto it = t.byStatus.cbegin(); it != t.byStatus.cend(); ++it)
                summed.byStatus[it.key()] += it.value();
            summed.open += t.open;
            summed.overdue += t.overdue;
            summed.dueWithin30 += t.dueWithin30;
            summed.dueWithin90 += t.dueWithin90;
            summed.toConfirm += t.toConfirm;
            summed.candidates += t.candidates;
        }
        CHECK(summed == withCandidates);
    }

    // Deadlines.
    DeadlinesPage deadlines(*f.db, Gazetteer::builtIn(), f.clock);
    deadlines.setIncludeCandidates(false);
    deadlines.show();
    REQUIRE(waitUntil([&] { return !deadlines.isLoading(); }));
    CHECK(deadlines.schedule().tally() == reference);
    CHECK(deadlines.tree()->topLevelItem(0)->text(0) == QStringLiteral("Overdue (%1)").arg(reference.overdue));

    // The CLI.
    CHECK(numbersOfJson(cliTracked(f.temp.path(), { QStringLiteral("--review"), QStringLiteral("accepted") }))
        == expected);
    const QJsonArray asJson = cliTracked(f.temp.path(), { QStringLiteral("--review"), QStringLiteral("accepted") });
    CHECK(std::count_if(asJson.begin(), asJson.end(), [](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("due_within_30")).toBool();
    }) == reference.dueWithin30);
    CHECK(std::count_if(asJson.begin(), asJson.end(), [](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("status_to_confirm")).toBool();
    }) == reference.toConfirm);

    // The reports: the model, then each file read back.
    ReportScope scope;
    scope.asOf = AsOf;
    const auto report = StatusReport::build(*f.db, Gazetteer::builtIn(), scope);
    REQUIRE(report.ok());
    CHECK(report->tally == reference);
    CHECK(report->awaitingReview.size() == candidates);
    CHECK(report->dueSoon.size() == reference.dueWithin90);
    const ReportLabels vi(LabelLanguage::Vietnamese);
    using L = ReportLabels::Label;

    {
        INFO("CSV");
        const QByteArray bytes = CsvReport::write(report.value(), vi);
        QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        lines.removeFirst(); // the header
        Numbers read;
        int awaiting = 0;
        // Fields are quoted when they hold commas or quotes: the last three are overdue, note, review.
        for (const QString& line : lines) {
            const bool accepted = line.endsWith(QLatin1Char(',') + vi.text(L::Accepted));
            if (!accepted) {
                awaiting += line.endsWith(QLatin1Char(',') + vi.text(L::Unreviewed)) ? 1 : 0;
                continue;
            }
            ++read.total;
            for (const CommitmentStatus s : Statuses) {
                if (line.contains(QLatin1Char(',') + vi.status(s) + QLatin1Char(','))
                    || line.contains(QLatin1Char(',') + vi.status(s) + QStringLiteral(" (")))
                    ++read.byStatus[s];
            }
            read.overdue += line.contains(QLatin1Char(',') + vi.text(L::Overdue) + QLatin1Char(',')) ? 1 : 0;
        }
        read.dueWithin90 = expected.dueWithin90; // the CSV lists, it does not sum due soon
        for (const CommitmentStatus s : Statuses)
            read.byStatus[s] += 0;
        CHECK(read == expected);
        CHECK(awaiting == candidates);
    }
    {
        INFO("HTML");
        const QString html = QString::fromUtf8(HtmlReport::write(report.value(), vi));
        Numbers read;
        for (const CommitmentStatus s : Statuses) {
            read.byStatus[s] = count(html,
                QRegularExpression(
                    QStringLiteral("<tr><td>%1</td><td class=\"n\">(\\d+)</td></tr>").arg(escaped(vi.status(s)))));
        }
        read.overdue = count(html,
            QRegularExpression(
                QStringLiteral("<tr><td>%1</td><td class=\"n\">(\\d+)</td></tr>").arg(escaped(vi.text(L::Overdue)))));
        read.total = count(html,
            QRegularExpression(
                QStringLiteral("<tr><th>%1</th><th class=\"n\">(\\d+)</th></tr>").arg(escaped(vi.text(L::Total)))));
        read.dueWithin90 = count(
            html, QRegularExpression(QStringLiteral("<h2>%1 \\((\\d+)\\)</h2>").arg(escaped(vi.text(L::DueSoon)))));
        CHECK(read == expected);
        CHECK(count(html, QRegularExpression(QStringLiteral("<h2 id=\"awaiting-review\">[^<]* \\((\\d+)\\)</h2>")))
            == candidates);
    }
    {
        INFO("Excel");
        const QString path = f.temp.file(QStringLiteral("report.xlsx"));
        REQUIRE_FALSE(XlsxReport::write(report.value(), vi, path).has_value());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto zip = ZipArchive::open(file.readAll());
        REQUIRE(zip.has_value());
        const QStringList strings = sharedStrings(*zip);
        QString filter;
        bool frozen = false;
        const QHash<QString, Cell> summary = readSheet(*zip, 1, strings, &filter, &frozen);
        const auto valueBeside = [&summary](const QString& label) {
            for (auto it = summary.cbegin(); it != summary.cend(); ++it) {
                if (it.key().startsWith(QLatin1Char('A')) && it->value == label)
                    return summary.value(QLatin1Char('B') + it.key().mid(1)).value.toInt();
            }
            FAIL("no row " << label.toStdString());
            return -1;
        };
        Numbers read;
        for (const CommitmentStatus s : Statuses)
            read.byStatus[s] = valueBeside(vi.status(s));
        read.overdue = valueBeside(vi.text(L::Overdue));
        read.total = valueBeside(vi.text(L::Total));
        read.dueWithin90 = expected.dueWithin90; // the workbook has no due-soon total
        CHECK(read == expected);
        CHECK(valueBeside(vi.text(L::AwaitingReview)) == candidates);
    }
    {
        INFO("PDF");
        const QString path = f.temp.file(QStringLiteral("report.pdf"));
        REQUIRE_FALSE(PdfReport::write(report.value(), vi, path).has_value());
        const QString text = pdfText(path);
        const auto line = [&text](const QString& label) {
            return count(text, QRegularExpression(QStringLiteral("(?m)^%1: (\\d+)$").arg(escaped(label))));
        };
        Numbers read;
        for (const CommitmentStatus s : Statuses)
            read.byStatus[s] = line(vi.status(s));
        read.overdue = line(vi.text(L::Overdue));
        read.total = line(vi.text(L::Total));
        read.dueWithin90 = line(vi.text(L::DueSoon));
        CHECK(read == expected);
        CHECK(line(vi.text(L::AwaitingReview)) == candidates);
    }

    // By party: the report's totals, the Parties screen and the CLI's --party, merged predecessors rolled up.
    PartiesPage parties(*f.db, Gazetteer::builtIn(), f.clock);
    parties.show();
    REQUIRE(waitUntil([&] { return !parties.isLoading(); }));
    REQUIRE(report->byParty.size() >= 5);
    const auto partyList = PartyDirectory(*f.db, Gazetteer::builtIn()).parties();
    REQUIRE(partyList.ok());
    for (const PartyTotals& totals : report->byParty) {
        INFO("party " << totals.key.toStdString());
        const auto record = std::find_if(
            partyList->begin(), partyList->end(), [&totals](const PartyRecord& p) { return p.key == totals.key; });
        REQUIRE(record != partyList->end());
        parties.selectParty(record->id);
        REQUIRE(waitUntil([&] { return !parties.isLoading(); }));
        const CommitmentTally onScreen = parties.selectedTally();
        Numbers screen = numbersOf(onScreen);
        screen.dueWithin90 = 0;
        Numbers fromReport { totals.total(), {}, totals.overdue, 0 };
        for (const CommitmentStatus s : Statuses)
            fromReport.byStatus[s] = totals.byStatus.value(s);
        CHECK(screen == fromReport);
        Numbers fromCli = numbersOfJson(cliTracked(f.temp.path(),
            { QStringLiteral("--review"), QStringLiteral("accepted"), QStringLiteral("--party"), record->nameVi }));
        fromCli.dueWithin90 = 0;
        CHECK(fromCli == fromReport);
    }
}

TEST_CASE("consistency: a yearly commitment whose current year is in progress is found by every status filter",
    "[gui][consistency]")
{
    ConsistencyStore f;
    f.gui.languages->apply(QStringLiteral("en"));
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    auto* status = board.findChild<QComboBox*>(QStringLiteral("boardStatus"));
    status->setCurrentIndex(status->findData(int(CommitmentStatus::InProgress)));
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    CHECK(board.model()->rowOf(f.yearlyInProgress) >= 0);

    const QJsonArray cli = cliTracked(f.temp.path(), { QStringLiteral("--status"), QStringLiteral("in-progress") });
    CHECK(std::any_of(cli.begin(), cli.end(), [&f](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("id")).toInteger() == f.yearlyInProgress;
    }));

    ReportScope scope;
    scope.asOf = AsOf;
    const auto report = StatusReport::build(*f.db, Gazetteer::builtIn(), scope);
    REQUIRE(report.ok());
    bool found = false;
    for (const AgreementSection& section : report->agreements) {
        for (const ReportRow& row : section.rows)
            found = found || (row.commitmentId == f.yearlyInProgress && row.status == CommitmentStatus::InProgress);
    }
    CHECK(found);
}

TEST_CASE("consistency: a rejection, a status and a deletion reach every open view without reopening it",
    "[gui][consistency]")
{
    ConsistencyStore f;
    f.gui.languages->apply(QStringLiteral("en"));
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    DeadlinesPage deadlines(*f.db, Gazetteer::builtIn(), f.clock);
    PartiesPage parties(*f.db, Gazetteer::builtIn(), f.clock);
    deadlines.show();
    parties.show();
    const auto settled = [&] { return !board.isLoading() && !deadlines.isLoading() && !parties.isLoading(); };
    REQUIRE(waitUntil(settled));
    const int before = board.model()->total();

    // Rejected elsewhere (the CLI's connection would not signal; the tracker on this store does).
    CommitmentTracker tracker(*f.db, Gazetteer::builtIn());
    const qint64 candidate = [&f] {
        for (const StoredCommitment& c : f.stored({ Review::Candidate }))
            return c.id;
        return qint64(0);
    }();
    REQUIRE(candidate > 0);
    REQUIRE(tracker.reject(candidate, QString(), When).ok());
    REQUIRE(waitUntil(settled));
    CHECK(board.model()->total() == before - 1);
    CHECK(board.model()->rowOf(candidate) < 0);

    // The synthetic agreement deleted: its commitments leave the board, Deadlines and Parties.
    REQUIRE(AgreementStore(*f.db, Gazetteer::builtIn()).remove(f.synthetic, When).ok());
    REQUIRE(waitUntil(settled));
    CHECK(board.model()->rowOf(f.yearlyInProgress) < 0);
    CHECK(std::none_of(board.model()->commitments().begin(), board.model()->commitments().end(),
        [&f](const StoredCommitment& c) { return c.agreementId == f.synthetic; }));
    for (const DeadlineGroup& group : deadlines.schedule().groups()) {
        for (const Deadline& d : group.deadlines)
            CHECK(d.commitment >= 0);
    }
    CHECK(deadlines.schedule().tally().total == int(f.stored({ Review::Accepted, Review::Candidate }).size()));
    const auto laoCai = PartyDirectory(*f.db, Gazetteer::builtIn()).find(QStringLiteral("Lào Cai"));
    REQUIRE(laoCai.ok());
    REQUIRE(laoCai.value().has_value());
    parties.selectParty(laoCai.value()->id);
    REQUIRE(waitUntil(settled));
    CHECK(parties.selectedTally().total == 0);
    CHECK(parties.details()->toPlainText().contains(QStringLiteral("0 accepted commitments")));
}
