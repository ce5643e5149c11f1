#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/MessageBox.h"
#include "gui/board/CommitmentBoard.h"
#include "gui/board/CommitmentModel.h"
#include "gui/board/ReviewDialog.h"
#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace concord;
using namespace concord::test;

namespace {

struct BoardFixture
{
    GuiFixture gui;
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock { QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC) };

    BoardFixture()
    {
        gui.languages->apply(QStringLiteral("en"));
        ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
        for (const char* sample :
            { "000_a538a87b9166962b.txt", "001_21e0537984c48e62.txt", "004_450d6ae2b470d9a1.txt" })
            REQUIRE(store.importPath(samplePath(QString::fromLatin1(sample))).ok());
    }

    QList<StoredCommitment> stored(const CommitmentFilter& filter = {}) const
    {
        const auto list = CommitmentStore(*db, Gazetteer::builtIn()).list(filter);
        REQUIRE(list.ok());
        return list.value();
    }
};

QList<qint64> shownIds(CommitmentBoard& board)
{
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    QList<qint64> ids;
    for (const StoredCommitment& c : board.model()->commitments())
        ids.append(c.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> idsOf(const QList<StoredCommitment>& list)
{
    QList<qint64> ids;
    for (const StoredCommitment& c : list)
        ids.append(c.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("board: shows every commitment not rejected, with a count per status", "[gui][board]")
{
    BoardFixture f;
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    QAbstractItemModelTester tester(board.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<StoredCommitment> all = f.stored();
    REQUIRE(all.size() > 5);
    CHECK(shownIds(board) == idsOf(all));
    CHECK(board.findChild<QLabel*>(QStringLiteral("boardSummary"))
              ->text()
              .startsWith(QStringLiteral("%1 commitments (Accepted and to review) · Not started: %1 · In progress: 0")
                              .arg(all.size())));
}

TEST_CASE("board: filters by party with merged predecessors, status, agreement and overdue today", "[gui][board]")
{
    BoardFixture f;
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));

    board.setPartyFilter(QStringLiteral("Tuyên Quang"));
    CommitmentFilter byParty;
    byParty.party = QStringLiteral("Tuyên Quang");
    REQUIRE_FALSE(f.stored(byParty).isEmpty());
    CHECK(shownIds(board) == idsOf(f.stored(byParty)));
    board.setPartyFilter(QString());

    const qint64 agreement = f.stored().first().agreementId;
    board.setAgreementFilter(agreement);
    CommitmentFilter byAgreement;
    byAgreement.agreementId = agreement;
    CHECK(shownIds(board) == idsOf(f.stored(byAgreement)));
    board.setAgreementFilter(0);

    board.findChild<QCheckBox*>(QStringLiteral("boardOverdue"))->setChecked(true);
    CommitmentFilter overdue;
    overdue.overdueAsOf = QDate(2026, 11, 29);
    CHECK(shownIds(board) == idsOf(f.stored(overdue)));
    // Each overdue row is marked.
    for (int row = 0; row < board.model()->rowCount(); ++row)
        CHECK(board.model()->index(row, CommitmentModel::DueColumn).data(CommitmentModel::OverdueRole).toBool());
}

TEST_CASE("board: a status changed in place is stored and shows in the commitment's history", "[gui][board]")
{
    BoardFixture f;
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    const StoredCommitment* first = board.model()->commitment(0);
    REQUIRE(first != nullptr);
    const qint64 id = first->id;
    board.selectCommitment(id);

    const QModelIndex status = board.model()->index(board.model()->rowOf(id), CommitmentModel::StatusColumn);
    CHECK(board.model()->flags(status).testFlag(Qt::ItemIsEditable));
    board.model()->setData(status, int(CommitmentStatus::InProgress));
    const auto stored = CommitmentStore(*f.db, Gazetteer::builtIn()).get(id);
    REQUIRE(stored.ok());
    CHECK(stored->currentStatus() == CommitmentStatus::InProgress);
    CHECK(status.data().toString() == QStringLiteral("In progress"));

    auto* note = board.findChild<QLineEdit*>(QStringLiteral("noteEdit"));
    note->setText(QStringLiteral("Công văn số 12/UBND gửi Sở Ngoại vụ"));
    board.findChild<QPushButton*>(QStringLiteral("addNoteButton"))->click();
    CHECK(note->text().isEmpty());

    auto* history = board.findChild<QTreeWidget*>(QStringLiteral("historyView"));
    QStringList rows;
    // A note on a line of its own under its entry, across the panel (never a column pushed off a narrow one).
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = history->topLevelItem(i);
        const QTreeWidgetItem* note = item->child(0);
        if (note)
            CHECK(note->isFirstColumnSpanned());
        rows.append(
            item->text(1) + QLatin1Char('|') + item->text(2) + QLatin1Char('|') + (note ? note->text(0) : QString()));
    }
    CHECK(history->columnCount() == 3);
    // Changing the status of a candidate accepts it first.
    CHECK(std::any_of(rows.cbegin(), rows.cend(),
        [](const QString& row) { return row.startsWith(QStringLiteral("Status|Not started → In progress")); }));
    CHECK(rows.contains(QStringLiteral("Review|To review → Accepted|")));
    CHECK(rows.last() == QStringLiteral("Note||Công văn số 12/UBND gửi Sở Ngoại vụ"));
    // The store announced both changes; the board reads itself again (on a worker) and counts the new status.
    auto* summary = board.findChild<QLabel*>(QStringLiteral("boardSummary"));
    CHECK(waitUntil(
        [&] { return !board.isLoading() && summary->text().contains(QStringLiteral("In progress: 1")); }, 20000));
    INFO(summary->text().toStdString());
    CHECK(summary->text().contains(QStringLiteral("In progress: 1")));
}

TEST_CASE("board: the history speaks the interface language, dates included, and follows a switch at once",
    "[gui][board][i18n]")
{
    BoardFixture f;
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    const qint64 id = board.model()->commitment(0)->id;
    CommitmentTracker tracker(*f.db, Gazetteer::builtIn());
    const QDateTime at(QDate(2026, 12, 31), QTime(9, 5));
    REQUIRE(tracker.setStatus(id, CommitmentStatus::Done, QString(), at).ok());
    board.selectCommitment(id);
    auto* history = board.findChild<QTreeWidget*>(QStringLiteral("historyView"));
    const auto rows = [&] {
        QStringList list;
        for (int i = 0; i < history->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = history->topLevelItem(i);
            list.append(item->text(0) + QLatin1Char('|') + item->text(1) + QLatin1Char('|') + item->text(2));
        }
        return list;
    };

    f.gui.languages->apply(QStringLiteral("vi"));
    INFO(rows().join(QLatin1Char('\n')).toStdString());
    CHECK(rows().contains(QStringLiteral("31/12/2026 09:05|Duyệt|Chờ duyệt → Đã duyệt")));
    const auto anyStarts = [&](const QString& start) {
        const QStringList list = rows();
        return std::any_of(list.cbegin(), list.cend(), [&](const QString& row) { return row.startsWith(start); });
    };
    CHECK(anyStarts(QStringLiteral("31/12/2026 09:05|Trạng thái|Chưa thực hiện → Đã hoàn thành")));
    CHECK(history->headerItem()->text(2) == QStringLiteral("Thay đổi"));

    f.gui.languages->apply(QStringLiteral("zh_CN"));
    CHECK(rows().contains(QStringLiteral("2026年12月31日 09:05|审核|待审核 → 已审核")));
    CHECK(anyStarts(QStringLiteral("2026年12月31日 09:05|状态|未开始 → 已完成")));
    // Nothing cut off: the when, what and change columns are as wide as their texts.
    const QFontMetrics metrics(history->font());
    for (int column = 0; column < 3; ++column) {
        for (int i = 0; i < history->topLevelItemCount(); ++i) {
            INFO(history->topLevelItem(i)->text(column).toStdString());
            CHECK(history->columnWidth(column) >= metrics.horizontalAdvance(history->topLevelItem(i)->text(column)));
        }
    }
}

TEST_CASE("board: a candidate is accepted or rejected with its evidence shown", "[gui][board]")
{
    BoardFixture f;
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    const qint64 a = board.model()->commitment(0)->id;
    const qint64 b = board.model()->commitment(1)->id;
    board.selectCommitment(a);
    CHECK(board.findChild<QTextBrowser*>(QStringLiteral("commitmentDetails"))
              ->toPlainText()
              .contains(QStringLiteral("Evidence")));
    board.findChild<QPushButton*>(QStringLiteral("acceptButton"))->click();
    CHECK(CommitmentStore(*f.db, Gazetteer::builtIn()).get(a)->review == Review::Accepted);
    board.selectCommitment(b);
    board.findChild<QPushButton*>(QStringLiteral("rejectButton"))->click();
    CHECK(CommitmentStore(*f.db, Gazetteer::builtIn()).get(b)->review == Review::Rejected);
    board.reload();
    CHECK_FALSE(shownIds(board).contains(b));
}

TEST_CASE("board: sorting by any column keeps every row and orders them", "[gui][board]")
{
    BoardFixture f;
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    const QList<qint64> before = shownIds(board);
    board.view()->sortByColumn(CommitmentModel::AgreementColumn, Qt::DescendingOrder);
    CHECK(shownIds(board) == before);
    const CommitmentModel& model = *board.model();
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.commitment(row - 1)->agreementTitle.size() >= 0); // every row still has its commitment
    board.view()->sortByColumn(CommitmentModel::DueColumn, Qt::AscendingOrder);
    QDate last(1900, 1, 1);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QDate due = model.commitment(row)->nextDue();
        if (!due.isValid())
            break;
        CHECK(due >= last);
        last = due;
    }
}

TEST_CASE("board: screenshots in Vietnamese and Chinese", "[gui][board][screenshot]")
{
    BoardFixture f;
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    board.resize(1400, 800);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    board.selectCommitment(board.model()->commitment(2)->id);
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    for (const auto& [code, overdue] : { std::pair { QStringLiteral("vi"), QStringLiteral("Quá hạn hôm nay") },
             std::pair { QStringLiteral("zh_CN"), QStringLiteral("今日逾期") } }) {
        REQUIRE(f.gui.languages->apply(code));
        REQUIRE(waitUntil([&] { return !board.isLoading(); }));
        CHECK(board.findChild<QCheckBox*>(QStringLiteral("boardOverdue"))->text() == overdue);
        // Agreement titles follow the interface language where the agreement has one in it.
        for (int row = 0; row < board.model()->rowCount(); ++row) {
            const StoredCommitment& c = *board.model()->commitment(row);
            const QString shown = board.model()->index(row, CommitmentModel::AgreementColumn).data().toString();
            if (code == QLatin1String("zh_CN") && !c.agreementTitleZh.isEmpty())
                CHECK(shown == c.agreementTitleZh);
            else
                CHECK(shown == c.agreementTitle);
        }
        if (!shots.isEmpty())
            board.grab().save(shots + QStringLiteral("/commitments-board-%1.png").arg(code));
    }
    f.gui.languages->apply(QStringLiteral("en"));
}

TEST_CASE("board: accepting with changes records the new due date, quantity and responsible party", "[gui][board]")
{
    BoardFixture f;
    const QList<StoredCommitment> all = f.stored();
    const auto dated = std::find_if(all.cbegin(), all.cend(),
        [](const StoredCommitment& c) { return c.found.due.isValid() && c.occurrences.isEmpty(); });
    REQUIRE(dated != all.cend());
    ReviewDialog dialog(*dated, QStringLiteral("Quảng Ninh / 广宁"), test::longAgo());
    CHECK(dialog.findChild<QDateEdit*>(QStringLiteral("reviewDue"))->date() == dated->found.due);
    CHECK(dialog.edits().due == std::nullopt); // nothing changed yet
    dialog.findChild<QDateEdit*>(QStringLiteral("reviewDue"))->setDate(QDate(2027, 6, 30));
    dialog.findChild<QLineEdit*>(QStringLiteral("reviewQuantity"))->setText(QStringLiteral("05 suất"));
    dialog.findChild<QLineEdit*>(QStringLiteral("reviewResponsible"))->setText(QStringLiteral("Lạng Sơn / 谅山"));
    dialog.findChild<QLineEdit*>(QStringLiteral("reviewNote"))->setText(QStringLiteral("theo công văn 45"));
    const CommitmentEdits edits = dialog.edits();
    CHECK(edits.due == QDate(2027, 6, 30));
    CHECK(edits.quantity == QStringLiteral("05 suất"));
    CHECK(edits.responsible == QStringList({ QStringLiteral("Lạng Sơn") }));
    CHECK(dialog.note() == QStringLiteral("theo công văn 45"));

    REQUIRE(CommitmentTracker(*f.db, Gazetteer::builtIn()).accept(dated->id, edits, dialog.note(), f.clock.now()).ok());
    const auto stored = CommitmentStore(*f.db, Gazetteer::builtIn()).get(dated->id);
    CHECK(stored->review == Review::Accepted);
    CHECK(stored->found.due == QDate(2027, 6, 30));
    CHECK(stored->found.responsible == QStringList({ QStringLiteral("lang-son") }));
}

TEST_CASE("board: the Chinese interface names a clause by the Chinese version's label", "[gui][board][i18n]")
{
    BoardFixture f;
    const auto all = f.stored();
    const auto article1 = std::find_if(
        all.cbegin(), all.cend(), [](const StoredCommitment& c) { return c.found.label == QStringLiteral("Điều 1:"); });
    REQUIRE(article1 != all.cend());
    CHECK(article1->found.labelZh == QStringLiteral("第一条"));
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    const QModelIndex clause = board.model()->index(board.model()->rowOf(article1->id), CommitmentModel::ClauseColumn);
    f.gui.languages->apply(QStringLiteral("zh_CN"));
    CHECK(clause.data().toString() == QStringLiteral("第一条"));
    f.gui.languages->apply(QStringLiteral("vi"));
    CHECK(clause.data().toString() == QStringLiteral("Điều 1:"));
    f.gui.languages->apply(QStringLiteral("en"));
}

TEST_CASE("board: a status another officer changed since the board read it is not undone unseen", "[gui][board]")
{
    BoardFixture f;
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    shownIds(board);
    const auto once = std::find_if(board.model()->commitments().begin(), board.model()->commitments().end(),
        [](const StoredCommitment& c) { return !c.isRecurring() && !c.needsConfirmation(); });
    REQUIRE(once != board.model()->commitments().end());
    const qint64 id = once->id;

    // Another program (a second connection to the same store) sets it in progress; the board still shows the old row.
    auto other = Database::open(f.temp.path());
    REQUIRE(other.ok());
    REQUIRE(CommitmentTracker(*other.value(), Gazetteer::builtIn())
                .setStatus(id, CommitmentStatus::InProgress, QStringLiteral("Đã liên hệ"), f.clock.now())
                .ok());

    // "No": nothing written, the row shows theirs.
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(board.setStatus(id, CommitmentStatus::Done));
    CHECK(MessageBox::lastText().contains(QStringLiteral("after you read it")));
    CHECK(MessageBox::lastText().endsWith(
        QStringLiteral("Apply your change anyway? No shows the commitment as it is now.")));
    const auto now = CommitmentStore(*f.db, Gazetteer::builtIn()).get(id);
    CHECK(now->status == CommitmentStatus::InProgress);
    CHECK(board.model()->commitment(board.model()->rowOf(id))->status == CommitmentStatus::InProgress);

    // The board now holds the current version: the next change goes through without a question.
    MessageBox::clearLastText();
    CHECK(board.setStatus(id, CommitmentStatus::Done));
    CHECK(MessageBox::lastText().isEmpty());
    CHECK(CommitmentStore(*f.db, Gazetteer::builtIn()).get(id)->status == CommitmentStatus::Done);

    // Changed again elsewhere, then "Yes": mine applies on top, and both are in the history.
    REQUIRE(CommitmentTracker(*other.value(), Gazetteer::builtIn())
                .setStatus(id, CommitmentStatus::Deferred, QString(), f.clock.now())
                .ok());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(board.setStatus(id, CommitmentStatus::Cancelled));
    const auto history = CommitmentStore(*f.db, Gazetteer::builtIn()).history(id);
    REQUIRE(history.ok());
    QStringList statuses;
    for (const CommitmentEvent& e : history.value()) {
        if (e.field == QLatin1String("status"))
            statuses.append(e.newValue);
    }
    CHECK(statuses
        == QStringList { QStringLiteral("in-progress"), QStringLiteral("done"), QStringLiteral("deferred"),
            QStringLiteral("cancelled") });
}

TEST_CASE("board: a plan's task rows show their lead agency in a column of its own, hidden on a board without one",
    "[gui][board][tables]")
{
    BoardFixture f;
    {
        CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
        REQUIRE(waitUntil([&] { return !board.isLoading(); }));
        CHECK(board.view()->isColumnHidden(CommitmentModel::LeadAgencyColumn));
    }
    REQUIRE(ImportService(*f.db, Gazetteer::builtIn(), test::longAgo())
                .importPath(QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/tables/annex-health.md"))
                .ok());
    CommitmentBoard board(*f.db, Gazetteer::builtIn(), f.clock);
    board.resize(1024, 700);
    REQUIRE(waitUntil([&] { return !board.isLoading(); }));
    CHECK_FALSE(board.view()->isColumnHidden(CommitmentModel::LeadAgencyColumn));
    CHECK(board.model()->headerData(CommitmentModel::LeadAgencyColumn, Qt::Horizontal).toString()
        == QStringLiteral("Lead agency"));
    QStringList leads;
    for (int row = 0; row < board.model()->rowCount(); ++row) {
        const QModelIndex lead = board.model()->index(row, CommitmentModel::LeadAgencyColumn);
        if (!lead.data().toString().isEmpty()) {
            leads.append(lead.data().toString());
            CHECK(lead.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Lead: Sở Y tế tỉnh Lạng Sơn")));
        }
    }
    // Three rows of the annex, each led by the province's health department, named in both languages.
    CHECK(leads == QStringList(3, QStringLiteral("Sở Y tế tỉnh Lạng Sơn\n谅山省卫生厅")));
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        for (const QString& code : { QStringLiteral("vi"), QStringLiteral("zh_CN") }) {
            REQUIRE(f.gui.languages->apply(code));
            board.grab().save(shots + QStringLiteral("/board-lead-agency-%1.png").arg(code));
        }
        f.gui.languages->apply(QStringLiteral("en"));
    }
}
