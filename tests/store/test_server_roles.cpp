#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/AlignmentSession.h"
#include "store/CommitmentStore.h"
#include "store/CommitmentTracker.h"
#include "store/Database.h"
#include "store/ImportService.h"
#include "store/ServerRoles.h"
#include "store/UnitSearch.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QSet>

using namespace concord;
using namespace concord::test;

namespace {

const QDateTime Monday(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
const QString NotAllowed = QStringLiteral("your role does not allow this change");

/// Three agreements of three provinces (written for the tests, not the samples): Lạng Sơn with Sùng Tả, Cao Bằng
/// with Bách Sắc, Điện Biên with Vân Nam.
const QStringList ThreeProvinces { QStringLiteral("commitments/03-lang-son-sung-ta-thoa-thuan.txt"),
    QStringLiteral("commitments/05-cao-bang-bach-sac-gap-go-dau-xuan.txt"),
    QStringLiteral("commitments/01-dien-bien-van-nam-hoi-dam.txt") };

QString testData(const QString& name)
{
    return QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/") + name;
}

/// A store on the test server with the roles set up and \a files imported by its owner.
struct RolesStore
{
    TempDatabase temp;
    std::unique_ptr<Database> owner = temp.open();
    StoreAddress address = StoreAddress::parse(temp.path()).value();

    explicit RolesStore(const QStringList& files)
    {
        ImportService importer(*owner, Gazetteer::builtIn(), longAgo());
        for (const QString& file : files)
            REQUIRE(importer.importPath(testData(file)).ok());
        REQUIRE_FALSE(ServerRoles::apply(*owner).has_value());
    }

    /// A new login in \a role (a name unique on the server: roles are the server's, databases the tests'),
    /// limited to \a province; the store opened as it.
    std::unique_ptr<Database> as(StoreRole role, const QString& province = {})
    {
        const QString name = address.database + QLatin1Char('_') + StoreAccess::key(role) + province;
        const auto added = ServerRoles::addUser(*owner, { name, role, province, {} });
        INFO((added ? added->toString() : QString()).toStdString());
        REQUIRE_FALSE(added.has_value());
        StoreAddress user = address;
        user.user = name;
        auto opened = Database::open(user.display());
        INFO((opened ? QString() : opened.error().toString()).toStdString());
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }

    qint64 count(const QString& table) const { return rowsIn(*owner, table); }
};

QSet<qint64> agreementIds(const Database& db)
{
    QSet<qint64> ids;
    const auto agreements = db.agreements();
    REQUIRE(agreements.ok());
    for (const Agreement& a : agreements.value())
        ids.insert(a.id);
    return ids;
}

} // namespace

TEST_CASE("roles: a viewer reads everything and the server refuses every change it tries", "[server][store][roles]")
{
    RolesStore store(ThreeProvinces);
    const auto viewer = store.as(StoreRole::Viewer);
    CHECK(viewer->access().role() == StoreRole::Viewer);
    CHECK(viewer->access().province().isEmpty());
    CHECK(agreementIds(*viewer) == agreementIds(*store.owner));
    const auto all = CommitmentStore(*viewer, Gazetteer::builtIn()).list({});
    REQUIRE(all.ok());
    CHECK(all->size() == store.count(QStringLiteral("commitment")));
    REQUIRE(UnitSearch(*viewer).search(QStringLiteral("Lang Son")).ok());

    const qint64 events = store.count(QStringLiteral("commitment_event"));
    CommitmentTracker tracker(*viewer, Gazetteer::builtIn());
    const qint64 id = all->front().id;
    const auto status = tracker.setStatus(id, CommitmentStatus::Done, QString(), Monday);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(NotAllowed));
    CHECK_FALSE(tracker.addNote(id, QStringLiteral("ghi chú"), QString(), Monday).ok());
    CHECK_FALSE(tracker.setTrackedFrom(all->front().agreementId, QDate(2026, 1, 1), Monday).ok());
    const auto imported = ImportService(*viewer, Gazetteer::builtIn(), longAgo())
                              .importPath(testData(QStringLiteral("commitments/02-lao-cai-hong-ha-ke-hoach.txt")));
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().toString().contains(NotAllowed));
    CHECK_FALSE(AgreementStore(*viewer, Gazetteer::builtIn()).remove(all->front().agreementId, Monday).ok());
    // Nothing of it reached the store.
    CHECK(store.count(QStringLiteral("commitment_event")) == events);
    CHECK(store.count(QStringLiteral("agreement")) == 3);
    CHECK(CommitmentStore(*store.owner, Gazetteer::builtIn()).get(id)->status == CommitmentStatus::NotStarted);
}

TEST_CASE(
    "roles: an editor tracks commitments but may not import, delete or edit an alignment", "[server][store][roles]")
{
    RolesStore store(ThreeProvinces);
    const auto editor = store.as(StoreRole::Editor);
    CHECK(editor->access().role() == StoreRole::Editor);
    const auto all = CommitmentStore(*editor, Gazetteer::builtIn()).list({});
    REQUIRE(all.ok());
    const StoredCommitment first = all->front();
    CommitmentTracker tracker(*editor, Gazetteer::builtIn());
    REQUIRE(tracker.setStatus(first.id, CommitmentStatus::InProgress, QStringLiteral("đang làm"), Monday).ok());
    REQUIRE(tracker.addNote(first.id, QStringLiteral("Công văn 15/SNgV"), QString(), Monday).ok());
    REQUIRE(tracker.setTrackedFrom(first.agreementId, QDate(2026, 1, 1), Monday).ok());
    const auto history = CommitmentStore(*store.owner, Gazetteer::builtIn()).history(first.id);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->last().by == store.address.database + QStringLiteral("_editor"));

    CHECK_FALSE(ImportService(*editor, Gazetteer::builtIn(), longAgo())
                    .importPath(testData(QStringLiteral("commitments/02-lao-cai-hong-ha-ke-hoach.txt")))
                    .ok());
    const auto removed = AgreementStore(*editor, Gazetteer::builtIn()).remove(first.agreementId, Monday);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().toString().contains(NotAllowed));
    AlignmentSession session(*editor, Gazetteer::builtIn(), longAgo());
    REQUIRE(session.open(first.agreementId).ok());
    const auto edited = session.apply(AlignmentEdit::confirm(0), QStringLiteral("editor"));
    REQUIRE_FALSE(edited.ok());
    CHECK(edited.error().toString().contains(NotAllowed));
    CHECK(store.count(QStringLiteral("agreement")) == 3);
}

TEST_CASE("roles: an administrator imports, deletes and adds users, but is never limited to a province",
    "[server][store][roles]")
{
    RolesStore store(ThreeProvinces);
    const auto administrator = store.as(StoreRole::Administrator);
    CHECK(administrator->access().role() == StoreRole::Administrator);
    REQUIRE(ImportService(*administrator, Gazetteer::builtIn(), longAgo())
                .importPath(testData(QStringLiteral("commitments/02-lao-cai-hong-ha-ke-hoach.txt")))
                .ok());
    CHECK(store.count(QStringLiteral("agreement")) == 4);
    REQUIRE(AgreementStore(*administrator, Gazetteer::builtIn())
                .remove(agreementIds(*store.owner).values().front(), Monday)
                .ok());
    CHECK(store.count(QStringLiteral("agreement")) == 3);
    // An administrator adds users in turn.
    const QString name = store.address.database + QStringLiteral("_added");
    REQUIRE_FALSE(ServerRoles::addUser(*administrator, { name, StoreRole::Viewer, {}, {} }).has_value());
    const auto limited = ServerRoles::addUser(
        *store.owner, { name + QStringLiteral("x"), StoreRole::Administrator, QStringLiteral("lang-son"), {} });
    REQUIRE(limited.has_value());
    CHECK(limited->message
        == QStringLiteral("An administrator cannot be limited to a province: imports and users are everyone's."));
    const auto badName
        = ServerRoles::addUser(*store.owner, { QStringLiteral("Robert'); DROP"), StoreRole::Viewer, {}, {} });
    REQUIRE(badName.has_value());
    CHECK(badName->message.startsWith(QStringLiteral("'Robert'); DROP' cannot be a user name")));
    const auto unknown = ServerRoles::addUser(
        *store.owner, { name + QStringLiteral("y"), StoreRole::Viewer, QStringLiteral("ha-noi"), {} });
    REQUIRE(unknown.has_value());
    CHECK(unknown->message
        == QStringLiteral("No province with the key 'ha-noi' is a party to any agreement in this store."));
}

TEST_CASE(
    "roles: a user limited to a province sees only its agreements and what hangs on them", "[server][store][roles]")
{
    RolesStore store(ThreeProvinces);
    // Expected before looking: the Lạng Sơn agreement is the first file imported.
    const auto agreements = store.owner->agreements();
    REQUIRE(agreements.ok());
    REQUIRE(agreements->size() == 3);
    qint64 langSon = 0;
    for (const Agreement& a : agreements.value())
        if (a.sourceName.startsWith(QStringLiteral("03-lang-son")))
            langSon = a.id;
    REQUIRE(langSon > 0);
    const auto editor = store.as(StoreRole::Editor, QStringLiteral("lang-son"));
    CHECK(editor->access().province() == QStringLiteral("lang-son"));
    CHECK(agreementIds(*editor) == QSet<qint64> { langSon });
    const auto mine = CommitmentStore(*editor, Gazetteer::builtIn()).list({});
    REQUIRE(mine.ok());
    CHECK(mine->size() == 7); // the Lạng Sơn agreement's commitments, written down with the corpus
    for (const StoredCommitment& c : mine.value())
        CHECK(c.agreementId == langSon);
    // Search finds only its units: "hợp tác" is in all three agreements.
    const auto hits = UnitSearch(*editor).search(QStringLiteral("hop tac"), 500);
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits->isEmpty());
    for (const SearchHit& hit : hits.value())
        CHECK(hit.agreementId == langSon);
    // A commitment of another province is not there to change.
    const auto others = CommitmentStore(*store.owner, Gazetteer::builtIn()).list({});
    const auto other = std::find_if(
        others->begin(), others->end(), [&](const StoredCommitment& c) { return c.agreementId != langSon; });
    REQUIRE(other != others->end());
    CHECK_FALSE(CommitmentTracker(*editor, Gazetteer::builtIn())
                    .setStatus(other->id, CommitmentStatus::Done, QString(), Monday)
                    .ok());
    CHECK(CommitmentStore(*store.owner, Gazetteer::builtIn()).get(other->id)->status == CommitmentStatus::NotStarted);
    // Its own it may change.
    CHECK(CommitmentTracker(*editor, Gazetteer::builtIn())
              .setStatus(mine->front().id, CommitmentStatus::Done, QString(), Monday)
              .ok());
}

TEST_CASE("roles: init-server makes the roles and add-user a login, from the command line", "[server][store][roles]")
{
    TempDatabase temp;
    CliRunner cli;
    const auto init = cli.run({ QStringLiteral("init-server"), temp.path() });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.endsWith(QStringLiteral(": ready (schema %1, 0 agreements; roles concord_viewer, concord_editor, "
                                           "concord_administrator)\n")
                                .arg(Database::SchemaVersion)));
    const QString name = StoreAddress::parse(temp.path())->database + QStringLiteral("_cli");
    const auto added = cli.run({ QStringLiteral("add-user"), name, QStringLiteral("--role"), QStringLiteral("editor"),
        QStringLiteral("--db"), temp.path() });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out == name + QStringLiteral(": editor\n"));
    const auto badRole = cli.run({ QStringLiteral("add-user"), name, QStringLiteral("--role"), QStringLiteral("boss"),
        QStringLiteral("--db"), temp.path() });
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.err.contains(QStringLiteral("--role viewer, editor or administrator")));
    StoreAddress user = StoreAddress::parse(temp.path()).value();
    user.user = name;
    const auto opened = Database::open(user.display());
    REQUIRE(opened.ok());
    CHECK(opened.value()->access().role() == StoreRole::Editor);
}

TEST_CASE("roles: a file's user may do everything", "[sqlite][store][roles]")
{
    TempDatabase temp;
    const auto db = temp.open();
    CHECK(db->access().role() == StoreRole::Administrator);
    CHECK(db->access().province().isEmpty());
    CHECK(db->access().allows(StoreAction::EditAlignment));
}
