#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/MessageBox.h"
#include "gui/reader/PairModel.h"
#include "gui/reader/ReaderPage.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/AlignmentSession.h"
#include "store/AlignmentStore.h"
#include "store/CommitmentStore.h"
#include "store/ImportService.h"
#include "support/CatchQt.h"
#include "support/FixedClock.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPoint>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace concord;
using namespace concord::test;

namespace {

struct ReaderFixture
{
    GuiFixture gui;
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    FixedClock clock { QDate(2026, 11, 29) };
    qint64 id = 0;

    explicit ReaderFixture(const QString& sample = QStringLiteral("000_a538a87b9166962b.txt"))
    {
        gui.languages->apply(QStringLiteral("en"));
        const auto outcome = ImportService(*db, Gazetteer::builtIn(), test::longAgo()).importPath(samplePath(sample));
        REQUIRE(outcome.ok());
        id = outcome->agreementIds.last();
    }
};

/// The highlighted substrings of one cell.
QStringList highlighted(const PairModel& model, int row, int column)
{
    const QModelIndex index = model.index(row, column);
    const QString text = index.data().toString();
    QStringList parts;
    for (const QVariant& range : index.data(PairModel::HighlightsRole).toList())
        parts.append(text.mid(range.toPoint().x(), range.toPoint().y()));
    return parts;
}

QAction* action(QWidget& page, const char* name)
{
    auto* found = page.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

} // namespace

TEST_CASE("reader: an agreement opens with its header card and one row per aligned pair", "[gui][reader]")
{
    ReaderFixture f;
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(page.openAgreement(f.id));
    const auto stored = AlignmentStore(*f.db).load(f.id);
    REQUIRE(stored.ok());
    CHECK(page.model()->rowCount() == stored->versions.alignment.pairs.size());
    const QString header = page.findChild<QLabel*>(QStringLiteral("readerHeader"))->text();
    CHECK(header.contains(stored->header.titleVi.toHtmlEscaped()));
    CHECK(header.contains(stored->header.titleZh.toHtmlEscaped()));
    CHECK(header.contains(QStringLiteral("Parties: ")));
    // The first pair shows the Vietnamese and the Chinese of its units.
    const AlignedPair& first = stored->versions.alignment.pairs.first();
    REQUIRE_FALSE(first.vi.isEmpty());
    // Each side shows its units' texts as written (labels included), one per line.
    QStringList texts;
    for (const int u : first.vi)
        texts.append(stored->versions.vi.units[u].text);
    CHECK(page.model()->index(0, PairModel::VietnameseColumn).data().toString() == texts.join(u'\n'));
}

TEST_CASE(
    "reader: searching quang ninh and 广西 marks the hits in both columns, next hit moves to them", "[gui][reader]")
{
    ReaderFixture f;
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(page.openAgreement(f.id));
    PairModel& model = *page.model();

    page.setSearch(QStringLiteral("quang ninh"));
    REQUIRE_FALSE(model.hitRows().isEmpty());
    for (const int row : model.hitRows()) {
        const QStringList vi = highlighted(model, row, PairModel::VietnameseColumn);
        REQUIRE_FALSE(vi.isEmpty());
        for (const QString& hit : vi)
            CHECK(hit.compare(QStringLiteral("Quảng Ninh"), Qt::CaseInsensitive) == 0);
    }
    // Every row whose Vietnamese names Quảng Ninh is a hit, and no other.
    QList<int> expected;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.sideText(row, Language::Vietnamese).contains(QStringLiteral("Quảng Ninh"), Qt::CaseInsensitive))
            expected.append(row);
    }
    CHECK(model.hitRows() == expected);
    const int from = page.currentPair();
    const auto after = std::upper_bound(expected.cbegin(), expected.cend(), from);
    page.nextHit();
    CHECK(page.currentPair() == (after == expected.cend() ? expected.first() : *after));
    page.previousHit();
    CHECK(page.currentPair() == (expected.contains(from) ? from : expected.last()));
    CHECK(page.findChild<QLabel*>(QStringLiteral("hitCount"))->text().endsWith(QStringLiteral("hits")));

    page.setSearch(QStringLiteral("广西"));
    REQUIRE_FALSE(model.hitRows().isEmpty());
    const int row = model.hitRows().first();
    CHECK(highlighted(model, row, PairModel::ChineseColumn).first() == QStringLiteral("广西"));
    // Traditional finds the same rows.
    const QList<int> simplified = model.hitRows();
    page.setSearch(QStringLiteral("廣西"));
    CHECK(model.hitRows() == simplified);
    page.setSearch(QString());
    CHECK(model.hitRows().isEmpty());
}

TEST_CASE("reader: merging two pairs and undoing it restores the alignment, in the store too", "[gui][reader]")
{
    ReaderFixture f;
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page.openAgreement(f.id));
    const Alignment before = AlignmentStore(*f.db).load(f.id)->versions.alignment;
    const int rows = page.model()->rowCount();
    const QString second = page.model()->sideText(2, Language::Vietnamese);

    page.selectPair(1);
    action(page, "actionMergePair")->trigger();
    CHECK(page.model()->rowCount() == rows - 1);
    CHECK(page.model()->sideText(1, Language::Vietnamese).endsWith(second));
    const Alignment merged = AlignmentStore(*f.db).load(f.id)->versions.alignment;
    CHECK(merged.pairs.size() == before.pairs.size() - 1);
    CHECK(page.undoStack()->count() == 1);
    CHECK(page.undoStack()->undoText() == QStringLiteral("Merge with next pair (2)"));

    page.undoStack()->undo();
    CHECK(page.model()->rowCount() == rows);
    CHECK(AlignmentStore(*f.db).load(f.id)->versions.alignment == before);
    page.undoStack()->redo();
    CHECK(AlignmentStore(*f.db).load(f.id)->versions.alignment == merged);
}

TEST_CASE("reader: confirm, unlink and split from the keyboard are saved and undone one by one", "[gui][reader]")
{
    ReaderFixture f;
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    REQUIRE(page.openAgreement(f.id));
    const AlignedVersions original = AlignmentStore(*f.db).load(f.id)->versions;
    page.selectPair(0);
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(page.model()->index(0, 0).data(PairModel::ConfirmedRole).toBool());
    CHECK(AlignmentStore(*f.db).load(f.id)->versions.alignment.pairs[0].confirmed);

    // A pair with two units on each side comes apart into lone units.
    int pair = -1;
    for (int p = 0; p < original.alignment.pairs.size(); ++p) {
        if (!original.alignment.pairs[p].vi.isEmpty() && !original.alignment.pairs[p].zh.isEmpty() && p > 0) {
            pair = p;
            break;
        }
    }
    REQUIRE(pair > 0);
    page.selectPair(pair);
    QTest::keyClick(page.view(), Qt::Key_U, Qt::ControlModifier);
    CHECK(page.model()->rowCount() == original.alignment.pairs.size() + 1);
    CHECK(page.model()->sideText(pair, Language::Chinese).isEmpty());

    page.undoStack()->undo();
    page.undoStack()->undo();
    CHECK(AlignmentStore(*f.db).load(f.id)->versions == original);

    // Copy (Ctrl+C) gives the pair in both languages.
    CHECK(action(page, "actionCopyPair")->shortcut() == QKeySequence(QKeySequence::Copy));
    QStringList expected { page.model()->index(pair, PairModel::LabelColumn).data().toString().section(u'\n', 0, 0),
        page.model()->sideText(pair, Language::Vietnamese), page.model()->sideText(pair, Language::Chinese) };
    expected.removeAll(QString());
    CHECK(page.pairText(pair) == expected.join(u'\n'));
}

TEST_CASE("reader: screenshots in Vietnamese and Chinese", "[gui][reader][screenshot]")
{
    ReaderFixture f;
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    page.resize(1200, 800);
    REQUIRE(page.openAgreement(f.id));
    page.setSearch(QStringLiteral("Quảng Ninh"));
    page.nextHit();
    const QString shots = qEnvironmentVariable("CONCORD_SCREENSHOT_DIR");
    for (const auto& [code, hits] : { std::pair { QStringLiteral("vi"), QStringLiteral("kết quả") },
             std::pair { QStringLiteral("zh_CN"), QStringLiteral("处") } }) {
        REQUIRE(f.gui.languages->apply(code));
        CHECK(page.findChild<QLabel*>(QStringLiteral("hitCount"))->text().contains(hits));
        if (!shots.isEmpty())
            page.grab().save(shots + QStringLiteral("/reader-search-%1.png").arg(code));
    }
    f.gui.languages->apply(QStringLiteral("en"));
}

TEST_CASE("reader: a letter in one language shows every paragraph, none marked for checking", "[gui][reader]")
{
    GuiFixture gui;
    gui.languages->apply(QStringLiteral("en"));
    TempDatabase temp;
    auto db = temp.open();
    const auto outcome = ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                             .importPath(samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")));
    REQUIRE(outcome.ok());
    FixedClock clock(QDate(2026, 11, 29));
    ReaderPage page(*db, Gazetteer::builtIn(), clock);
    REQUIRE(page.openAgreement(outcome->agreementIds.first()));
    // Its letterhead (office, number, the Party's name, place and date) is not text to read: eight paragraphs.
    REQUIRE(page.model()->rowCount() == 8);
    CHECK(page.view()->isColumnHidden(PairModel::ChineseColumn));
    CHECK(page.view()->isColumnHidden(PairModel::ScoreColumn));
    CHECK_FALSE(page.view()->isColumnHidden(PairModel::VietnameseColumn));
    for (int row = 0; row < 8; ++row) {
        CHECK_FALSE(page.model()->index(row, PairModel::VietnameseColumn).data().toString().isEmpty());
        CHECK(page.model()->index(row, PairModel::ChineseColumn).data().toString().isEmpty());
        CHECK_FALSE(page.model()->index(row, 0).data(PairModel::LowScoreRole).toBool());
    }
}

TEST_CASE("reader: the header's tracked-from day is edited and saved, and the commitments follow", "[gui][reader]")
{
    ReaderFixture f(QStringLiteral("004_450d6ae2b470d9a1.txt"));
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(page.openAgreement(f.id));
    auto* day = page.findChild<QDateEdit*>(QStringLiteral("readerTrackedFrom"));
    auto* apply = page.findChild<QPushButton*>(QStringLiteral("readerTrackedFromApply"));
    REQUIRE(day != nullptr);
    REQUIRE(apply != nullptr);
    CHECK(day->date() == QDate(2000, 1, 1)); // the fixture imports on 1 January 2000
    CHECK_FALSE(apply->isEnabled());
    day->setDate(QDate(2026, 1, 1));
    REQUIRE(apply->isEnabled());
    apply->click();
    CHECK(f.db->agreement(f.id).value()->trackedFrom == QDate(2026, 1, 1));
    CHECK_FALSE(apply->isEnabled()); // the header read the store again
    CommitmentFilter overdue;
    overdue.overdueAsOf = f.clock.today();
    const auto list = CommitmentStore(*f.db, Gazetteer::builtIn()).list(overdue);
    REQUIRE(list.ok());
    CHECK(list->isEmpty()); // 2022–2025 are history now; 2026 is not due yet on 29 November
}

TEST_CASE("reader: a pair whose versions differ in a quantity shows a warning with both phrases", "[gui][reader]")
{
    TempDatabase temp;
    auto db = temp.open();
    const auto outcome = ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                             .importPath(QStringLiteral(
                                 CONCORD_SOURCE_DIR "/tests/data/commitments/08-ha-giang-van-son-lam-viec.txt"));
    REQUIRE(outcome.ok());
    FixedClock clock(QDate(2026, 11, 29));
    ReaderPage page(*db, Gazetteer::builtIn(), clock);
    REQUIRE(page.openAgreement(outcome->agreementIds.first()));
    int warned = -1;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QString tip = page.model()->index(row, PairModel::ScoreColumn).data(Qt::ToolTipRole).toString();
        if (tip.contains(QStringLiteral("“500 tấn phân” in Vietnamese, “600吨化肥” in Chinese")))
            warned = row;
    }
    REQUIRE(warned >= 0);
    CHECK(page.model()->index(warned, PairModel::ScoreColumn).data().toString().startsWith(QStringLiteral("⚠\u00A0")));
    CHECK(page.model()->index(warned, 0).data(PairModel::ChecksRole).toInt() >= 1);
}

TEST_CASE("reader: an edit is confirmed in words, and undo names it in the interface language", "[gui][reader][i18n]")
{
    ReaderFixture f;
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(page.openAgreement(f.id));
    QStringList messages;
    QObject::connect(&page, &ReaderPage::edited, &page, [&](const QString& m) { messages.append(m); });
    CHECK_FALSE(page.undoAction()->isEnabled());
    CHECK(page.undoAction()->text() == QStringLiteral("&Undo"));

    page.selectPair(5);
    action(page, "actionMergePair")->trigger();
    CHECK(page.undoAction()->isEnabled());
    CHECK(page.undoAction()->text() == QStringLiteral("&Undo Merge with next pair (6)"));
    REQUIRE(messages.size() == 1);
    CHECK(messages.last() == QStringLiteral("Merge with next pair (6): saved. Ctrl+Z undoes it."));

    f.gui.languages->apply(QStringLiteral("vi"));
    CHECK(page.undoAction()->text().startsWith(QStringLiteral("&Hoàn tác ")));
    page.undoAction()->trigger();
    CHECK(page.undoStack()->count() == 1);
    CHECK(page.undoStack()->index() == 0);
    CHECK(messages.last().startsWith(QStringLiteral("Đã hoàn tác: ")));
    CHECK(page.redoAction()->isEnabled());
    f.gui.languages->apply(QStringLiteral("zh_CN"));
    CHECK(page.redoAction()->text().startsWith(QStringLiteral("重做 ")));
    page.redoAction()->trigger();
    CHECK(messages.last().startsWith(QStringLiteral("已重做：")));
    f.gui.languages->apply(QStringLiteral("en"));
}

TEST_CASE("reader: opening another agreement clears the search typed for the previous one", "[gui][reader]")
{
    ReaderFixture f;
    const auto second = ImportService(*f.db, Gazetteer::builtIn(), test::longAgo())
                            .importPath(samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")));
    REQUIRE(second.ok());
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(page.openAgreement(f.id));
    page.setSearch(QStringLiteral("hợp tác"));
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("readerSearch"));
    auto* hits = page.findChild<QLabel*>(QStringLiteral("hitCount"));
    CHECK(search->text() == QStringLiteral("hợp tác"));
    CHECK_FALSE(hits->text().isEmpty());

    REQUIRE(page.openAgreement(second->agreementIds.last()));
    CHECK(search->text().isEmpty());
    CHECK(page.model()->query().isEmpty());
    CHECK(hits->text().isEmpty());
}

TEST_CASE("reader: the header card and the commitments panel hide, Chinese goes left, and all is remembered",
    "[gui][reader][layout]")
{
    ReaderFixture f;
    QByteArray state;
    {
        ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
        REQUIRE(page.openAgreement(f.id));
        page.show();
        REQUIRE(page.viewActions().size() == 4); // the fourth, the scan beside the text: tests/gui/test_scan_gui.cpp
        auto* header = page.findChild<QLabel*>(QStringLiteral("readerHeader"));
        CHECK(header->isVisible());
        page.viewActions()[0]->setChecked(false);
        CHECK_FALSE(header->isVisible());
        page.viewActions()[1]->setChecked(false);
        CHECK_FALSE(page.findChild<QWidget*>(QStringLiteral("pairCommitments"))->isVisible());
        page.viewActions()[2]->setChecked(true);
        CHECK(page.view()->header()->visualIndex(PairModel::ChineseColumn)
            < page.view()->header()->visualIndex(PairModel::VietnameseColumn));
        page.viewActions()[3]->setChecked(false);
        state = page.saveState();
    }
    ReaderPage again(*f.db, Gazetteer::builtIn(), f.clock);
    again.restoreState(state);
    REQUIRE(again.openAgreement(f.id));
    again.show();
    CHECK_FALSE(again.viewActions()[0]->isChecked());
    CHECK_FALSE(again.findChild<QLabel*>(QStringLiteral("readerHeader"))->isVisible());
    CHECK_FALSE(again.viewActions()[1]->isChecked());
    CHECK(again.viewActions()[2]->isChecked());
    CHECK_FALSE(again.viewActions()[3]->isChecked());
    CHECK(again.view()->header()->visualIndex(PairModel::ChineseColumn) == 1);
}

TEST_CASE(
    "reader: after each edit and undo the rows and hits are what a freshly opened reader shows", "[gui][reader][delta]")
{
    // 300 articles: more than the first chunk of rows the view is given (PairModel::ChunkSize), so edits land
    // both among the rows the view has and beyond them.
    QString vi = QStringLiteral("THỎA THUẬN HỢP TÁC\n\n");
    QString zh = QStringLiteral("合作协议\n\n");
    for (int n = 1; n <= 300; ++n) {
        vi += QStringLiteral("Điều %1. Tỉnh %2 tổ chức %1 hoạt động giao lưu. Hai bên cử %1 cán bộ.\n\n")
                  .arg(n)
                  .arg(n % 3 == 0 ? QStringLiteral("Quảng Ninh") : QStringLiteral("Lạng Sơn"));
        zh += QStringLiteral("第%1条 %2组织%1项交流活动。双方派出%1名干部。\n\n")
                  .arg(n)
                  .arg(n % 3 == 0 ? QStringLiteral("广宁省") : QStringLiteral("谅山省"));
    }
    ReaderFixture f;
    const auto parsed = DocumentParser::parseText(vi + zh, QStringLiteral("long.txt"));
    REQUIRE(parsed.ok());
    const auto imported = ImportService(*f.db, Gazetteer::builtIn(), test::longAgo()).importFile(parsed.value());
    REQUIRE(imported.ok());
    const qint64 id = imported->agreementIds.first();

    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(page.openAgreement(id));
    // Watching from here: Qt 6.4's tester fetches rows from within its own reset check, which it then takes
    // for a change made in the middle of the reset. Edits never reset the model.
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setSearch(QStringLiteral("quang ninh"));
    const auto sameAsFresh = [&] {
        ReaderPage fresh(*f.db, Gazetteer::builtIn(), f.clock);
        REQUIRE(fresh.openAgreement(id));
        fresh.setSearch(QStringLiteral("quang ninh"));
        PairModel& a = *page.model();
        PairModel& b = *fresh.model();
        CHECK(a.hitRows() == b.hitRows());
        CHECK(a.hitCount() == b.hitCount());
        b.fetchUpTo(a.rowCount() - 1);
        REQUIRE(a.rowCount() == b.rowCount());
        for (int row = 0; row < a.rowCount(); ++row) {
            for (int column = 0; column < PairModel::ColumnCount; ++column) {
                CHECK(a.index(row, column).data() == b.index(row, column).data());
                CHECK(a.index(row, column).data(PairModel::HighlightsRole)
                    == b.index(row, column).data(PairModel::HighlightsRole));
            }
        }
    };
    CHECK(page.model()->hitCount() == 100); // every third Vietnamese article (Chinese writes 广宁)
    for (const int at : { 150, 250 }) {
        const QList<AlignmentEdit> edits { AlignmentEdit::mergeWithNext(at), AlignmentEdit::unlink(at),
            AlignmentEdit::confirm(at), AlignmentEdit::shiftDown(at, Language::Chinese) };
        for (const AlignmentEdit& edit : edits) {
            page.selectPair(at);
            REQUIRE(page.edit(edit, QStringLiteral("edit")));
            sameAsFresh();
            page.undoStack()->undo();
            sameAsFresh();
        }
    }
    CHECK(page.model()->hitCount() == 100);
}

TEST_CASE("reader: an edit made after another officer's is refused with their name, and the agreement is read again",
    "[gui][reader][versions]")
{
    ReaderFixture f;
    auto theirs = f.temp.open(); // another program on the same store, its change not yet heard here
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    // Nothing open, no tracked-from day to change.
    CHECK_FALSE(page.findChild<QDateEdit*>(QStringLiteral("readerTrackedFrom"))->isEnabled());
    REQUIRE(page.openAgreement(f.id));
    CHECK(page.findChild<QDateEdit*>(QStringLiteral("readerTrackedFrom"))->isEnabled());
    AlignmentSession other(*theirs, Gazetteer::builtIn(), test::longAgo());
    REQUIRE(other.open(f.id).ok());
    REQUIRE(other.apply(AlignmentEdit::confirm(0), QStringLiteral("Lan")).ok());
    CHECK_FALSE(page.model()->index(0, 0).data(PairModel::ConfirmedRole).toBool());

    const int rows = page.model()->rowCount();
    page.selectPair(2);
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(page, "actionMergePair")->trigger();
    if (!theirs->userName().isEmpty())
        CHECK(MessageBox::lastText().startsWith(
            QStringLiteral("%1 changed agreement %2 at ").arg(theirs->userName()).arg(f.id)));
    CHECK(MessageBox::lastText().contains(QStringLiteral("your change was not saved")));
    // Read again: their confirmation is shown, my merge is not there, and there is nothing of mine to undo.
    REQUIRE(waitUntil([&] { return page.model()->index(0, 0).data(PairModel::ConfirmedRole).toBool(); }, 5000));
    CHECK(page.model()->rowCount() == rows);
    CHECK_FALSE(page.undoStack()->canUndo());
    CHECK(AlignmentStore(*f.db).load(f.id)->versions.alignment.pairs.size() == rows);
    // Now the merge goes through.
    action(page, "actionMergePair")->trigger();
    CHECK(page.model()->rowCount() == rows - 1);
}

TEST_CASE("reader: a clause's two labels come in the interface language's order", "[gui][reader][i18n]")
{
    ReaderFixture f;
    ReaderPage page(*f.db, Gazetteer::builtIn(), f.clock);
    REQUIRE(page.openAgreement(f.id));
    int article = -1;
    for (int row = 0; row < page.model()->rowCount() && article < 0; ++row) {
        if (page.model()->index(row, PairModel::LabelColumn).data().toString().contains(u'\n'))
            article = row;
    }
    REQUIRE(article >= 0);
    REQUIRE(f.gui.languages->apply(QStringLiteral("vi")));
    CHECK(page.model()->index(article, PairModel::LabelColumn).data().toString() == QStringLiteral("Điều 1:\n第一条"));
    REQUIRE(f.gui.languages->apply(QStringLiteral("zh_CN")));
    CHECK(page.model()->index(article, PairModel::LabelColumn).data().toString() == QStringLiteral("第一条\nĐiều 1:"));
    f.gui.languages->apply(QStringLiteral("en"));
}
