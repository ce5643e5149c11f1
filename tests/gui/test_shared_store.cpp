// One store, two programs: the window keeps its store open (its screens' background loaders open it again, the
// daily backup copies it) while concord-cli, or a second window in another process, works on the same file. When
// the other program exits, the window's store must still have its journal, and what the window writes after must
// be in the store for the next program to read.
#include "gui/GuiFixture.h"
#include "gui/GuiWaits.h"
#include "gui/MainWindow.h"
#include "gui/MessageBox.h"
#include "gui/agreements/AgreementsPage.h"
#include "gui/board/CommitmentBoard.h"
#include "gui/board/CommitmentModel.h"
#include "import/Gazetteer.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/Database.h"
#include "store/StoreBackup.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Fixtures.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>

using namespace concord;
using concord::test::GuiFixture;

namespace {

const QString ChildStoreVariable = QStringLiteral("CONCORD_TEST_SHARED_STORE");

/// The window's way of holding a store: opened, every screen shown once (each loads in the background through a
/// connection of its own), an import through the page (a worker's connection), the day's backup made.
void openAsTheWindowDoes(MainWindow& window, const QString& path)
{
    REQUIRE(window.openDatabase(path));
    window.show();
    for (const auto page : { MainWindow::Page::Agreements, MainWindow::Page::Commitments, MainWindow::Page::Parties,
             MainWindow::Page::Deadlines, MainWindow::Page::Reports, MainWindow::Page::Agreements })
        window.showPage(page);
    REQUIRE(test::waitUntil(
        [&window] { return !window.agreementsPage()->isLoading() && !window.commitmentBoard()->isLoading(); }));
}

/// The window holding the store at \a path with a sample imported through its page (a worker's connection), every
/// screen loaded after; the new agreement's id.
qint64 holdWithSample(MainWindow& window, const QString& path)
{
    openAsTheWindowDoes(window, path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const auto imported = test::importAndWait(
        *window.agreementsPage(), { test::samplePath(QStringLiteral("001_21e0537984c48e62.txt")) });
    REQUIRE(imported.size() == 1);
    REQUIRE_FALSE(imported.first().error.has_value());
    openAsTheWindowDoes(window, path);
    return imported.first().agreementIds.first();
}

qint64 firstCommitment(const QString& path)
{
    const auto result = test::CliRunner().run({ QStringLiteral("tracked"), QStringLiteral("--db"), path,
        QStringLiteral("--review"), QStringLiteral("all"), QStringLiteral("--json") });
    REQUIRE(result.exitCode == 0);
    const QJsonArray commitments
        = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("commitments")).toArray();
    REQUIRE_FALSE(commitments.isEmpty());
    return commitments.first().toObject().value(QStringLiteral("id")).toInteger();
}

/// Every command of concord-cli, each on the store at \a path; the journal of the store must be there after each.
void runEveryCommand(const QString& path, qint64 agreement, qint64 commitment, const QString& scratch)
{
    const QString db = QStringLiteral("--db");
    const QString a = QString::number(agreement);
    const QString c = QString::number(commitment);
    const QString sample = test::samplePath(QStringLiteral("003_314c7307816d8f71.txt"));
    const QString bilingual = test::samplePath(QStringLiteral("001_21e0537984c48e62.txt"));
    const QList<QStringList> commands {
        { QStringLiteral("list"), db, path },
        { QStringLiteral("list"), db, path, QStringLiteral("--json") },
        { QStringLiteral("search"), QStringLiteral("cửa khẩu"), db, path },
        { QStringLiteral("search"), QStringLiteral("口岸"), db, path, QStringLiteral("--json") },
        { QStringLiteral("tracked"), db, path, QStringLiteral("--review"), QStringLiteral("all") },
        { QStringLiteral("review"), c, QStringLiteral("accept"), QStringLiteral("--due"), QStringLiteral("2027-06-01"),
            QStringLiteral("--note"), QStringLiteral("cli"), db, path },
        { QStringLiteral("set-status"), c, QStringLiteral("in-progress"), QStringLiteral("--note"),
            QStringLiteral("cli"), db, path },
        { QStringLiteral("note"), c, QStringLiteral("from the cli"), db, path },
        { QStringLiteral("history"), c, db, path },
        { QStringLiteral("set-tracked-from"), a, QStringLiteral("2026-01-01"), db, path },
        { QStringLiteral("close-history"), a, QStringLiteral("--status"), QStringLiteral("done"), db, path },
        { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
            scratch + QStringLiteral("/r.csv"), db, path },
        { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"),
            scratch + QStringLiteral("/r.html"), db, path },
        { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--out"),
            scratch + QStringLiteral("/r.ics"), db, path },
        { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"),
            scratch + QStringLiteral("/r.xlsx"), db, path },
        { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
            scratch + QStringLiteral("/r.pdf"), db, path },
        { QStringLiteral("import"), sample, db, path },
        { QStringLiteral("check"), db, path },
        { QStringLiteral("check"), QStringLiteral("--quick"), db, path },
        { QStringLiteral("backup"), QStringLiteral("--out"), scratch + QStringLiteral("/copy.sqlite"), db, path },
        { QStringLiteral("restore"), scratch + QStringLiteral("/copy.sqlite"), db, path },
        { QStringLiteral("copy"), QStringLiteral("--from"), path, QStringLiteral("--to"),
            scratch + QStringLiteral("/moved.sqlite") },
        { QStringLiteral("parse"), bilingual },
        { QStringLiteral("align"), bilingual },
        { QStringLiteral("commitments"), bilingual },
    };
    const test::CliRunner cli;
    for (const QStringList& command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const auto result = cli.run(command);
        CHECK(result.finished);
        // Closing the history of an agreement whose earlier periods are all done is refused, and says so.
        const bool refusal = command.first() == QLatin1String("close-history");
        CHECK(result.exitCode == (refusal ? 1 : 0));
        // A PDF or Excel report tells on stderr that its office is blank (nothing set in this home).
        const bool note = command.first() == QLatin1String("report")
            && (command.contains(QStringLiteral("pdf")) || command.contains(QStringLiteral("xlsx")));
        CHECK(result.err.isEmpty() == !(refusal || note));
        CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));
    }
    // The agreements the CLI imported (the sample holds two), deleted by it again.
    const auto listed = cli.run({ QStringLiteral("list"), db, path, QStringLiteral("--json") });
    const QJsonArray agreements
        = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("agreements")).toArray();
    REQUIRE(agreements.size() == 3);
    for (const auto& item : agreements) {
        const qint64 id = item.toObject().value(QStringLiteral("id")).toInteger();
        if (id == agreement)
            continue;
        const auto deleted
            = cli.run({ QStringLiteral("delete"), QString::number(id), QStringLiteral("--yes"), db, path });
        CHECK(deleted.exitCode == 0);
        CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
}

/// Writes through the window's own connection, reads it back there and in a new process.
void windowWritesAndReads(MainWindow& window, const QString& path, qint64 commitment, const QString& note)
{
    CommitmentTracker tracker(*window.database(), Gazetteer::builtIn());
    const auto written = tracker.addNote(commitment, note, {}, QDateTime::currentDateTime());
    INFO((written.ok() ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    const auto history = CommitmentStore(*window.database(), Gazetteer::builtIn()).history(commitment);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->last().note == note);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    const auto read = test::CliRunner().run(
        { QStringLiteral("history"), QString::number(commitment), QStringLiteral("--db"), path });
    CHECK(read.exitCode == 0);
    CHECK(read.out.contains(note));
    CHECK(read.err.isEmpty());
}

} // namespace

TEST_CASE("gui: every concord-cli command beside an open window leaves the window's store whole and writable",
    "[gui][shared]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    const QString path = f.file(QStringLiteral("store.sqlite"));
    MainWindow window(*f.settings, *f.languages);
    const qint64 agreement = holdWithSample(window, path);
    REQUIRE(StoreBackup::daily(*window.database(), QDateTime::currentDateTime()).ok());
    openAsTheWindowDoes(window, path);

    const qint64 commitment = firstCommitment(path);
    runEveryCommand(path, agreement, commitment, f.dir.path());
    windowWritesAndReads(window, path, commitment, QStringLiteral("ghi sau khi concord-cli thoát"));

    // Every screen reads the store again without an error.
    openAsTheWindowDoes(window, path);
    CHECK(window.commitmentBoard()->model()->total() > 0);
}

// The second window of the test below: another process that holds the store the way the window does, then quits
// as a person quits (the window closes, every connection closes). Hidden: run only by name, by that test.
TEST_CASE("gui: a second window on a shared store", "[.shared-child]")
{
    const QString path = qEnvironmentVariable(ChildStoreVariable.toLatin1().constData());
    REQUIRE_FALSE(path.isEmpty());
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    MainWindow window(*f.settings, *f.languages);
    openAsTheWindowDoes(window, path);
    const qint64 commitment = firstCommitment(path);
    windowWritesAndReads(window, path, commitment, QStringLiteral("ghi từ cửa sổ thứ hai"));
    window.close();
}

TEST_CASE("gui: a second window in another process quits and the first keeps its store", "[gui][shared]")
{
    GuiFixture f;
    f.languages->apply(QStringLiteral("en"));
    const QString path = f.file(QStringLiteral("store.sqlite"));
    MainWindow window(*f.settings, *f.languages);
    holdWithSample(window, path);

    for (int round = 0; round < 2; ++round) {
        QProcess second;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(ChildStoreVariable, path);
        second.setProcessEnvironment(environment);
        second.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("gui: a second window on a shared store"), QStringLiteral("--reporter"),
                QStringLiteral("compact") });
        REQUIRE(second.waitForFinished(120000));
        INFO(QString::fromUtf8(second.readAllStandardOutput() + second.readAllStandardError()).toStdString());
        CHECK(second.exitStatus() == QProcess::NormalExit);
        CHECK(second.exitCode() == 0);
        CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
        windowWritesAndReads(
            window, path, firstCommitment(path), QStringLiteral("ghi từ cửa sổ thứ nhất, lượt %1").arg(round));
    }
}
