#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/ImportService.h"
#include "store/PartyDirectory.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

using namespace concord;
using namespace concord::test;

namespace {

QStringList keys(const QList<PartyRecord>& parties)
{
    QStringList list;
    for (const PartyRecord& party : parties)
        list.append(party.key);
    list.sort();
    return list;
}

} // namespace

TEST_CASE("parties: one record per real party whatever name the documents use", "[store][party]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
    // 000 says "Khu tự trị dân tộc Choang Quảng Tây" and 广西壮族自治区; 001 also "Quảng Tây" and 广西.
    REQUIRE(store.importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt"))).ok());
    REQUIRE(store.importPath(samplePath(QStringLiteral("001_21e0537984c48e62.txt"))).ok());
    const PartyDirectory directory(*db, Gazetteer::builtIn());
    CHECK(keys(directory.parties().value())
        == QStringList({ QStringLiteral("cao-bang"), QStringLiteral("guangxi"), QStringLiteral("hai-phong"),
            QStringLiteral("lang-son"), QStringLiteral("quang-ninh"), QStringLiteral("tuyen-quang") }));
    const auto guangxi = directory.find(QStringLiteral("廣西壯族自治區")).value();
    REQUIRE(guangxi.has_value());
    CHECK(guangxi->key == QStringLiteral("guangxi"));
    CHECK(guangxi->nameVi == QStringLiteral("Quảng Tây"));
    CHECK(guangxi->nameZh == QStringLiteral("广西"));
    CHECK(guangxi->aliasesZh.contains(QStringLiteral("广西壮族自治区")));
    CHECK(guangxi->agreements == 2);
    CHECK(directory.find(QStringLiteral("QUANG TAY")).value()->id == guangxi->id);
    CHECK(directory.find(QStringLiteral("Khu tự trị dân tộc Choang Quảng Tây")).value()->id == guangxi->id);
    CHECK_FALSE(directory.find(QStringLiteral("Hà Nội")).value().has_value()); // known to the gazetteer, not stored
    CHECK_FALSE(directory.find(QStringLiteral("   ")).value().has_value());
}

TEST_CASE("parties: a merged province keeps its record and rolls up to its successor", "[store][party]")
{
    TempDatabase temp;
    const auto db = temp.open();
    ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
    // 004 (2022) is signed by Hà Giang, merged into Tuyên Quang on 1 July 2025; 001 (2026) by Tuyên Quang.
    const auto memorandum = store.importPath(samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")));
    REQUIRE(memorandum.ok());
    const auto minutes = store.importPath(samplePath(QStringLiteral("001_21e0537984c48e62.txt")));
    REQUIRE(minutes.ok());
    const PartyDirectory directory(*db, Gazetteer::builtIn());
    const auto haGiang = directory.find(QStringLiteral("ha giang")).value();
    const auto tuyenQuang = directory.find(QStringLiteral("Tuyên Quang")).value();
    REQUIRE(haGiang.has_value());
    REQUIRE(tuyenQuang.has_value());
    CHECK(haGiang->mergedInto == tuyenQuang->id);
    CHECK(haGiang->mergedOn == QDate(2025, 7, 1));
    CHECK(tuyenQuang->mergedInto == 0);
    CHECK(directory.lineage(tuyenQuang->id).value() == QList<qint64>({ tuyenQuang->id, haGiang->id }));
    CHECK(directory.lineage(haGiang->id).value() == QList<qint64>({ haGiang->id }));
    // Hà Giang's own history: the 2022 letter and memorandum. Tuyên Quang's: its 2026 minutes and all of that.
    const QList<qint64> own = memorandum->agreementIds;
    QList<qint64> ownSorted = directory.agreementsOf(haGiang->id).value();
    std::sort(ownSorted.begin(), ownSorted.end());
    CHECK(ownSorted == own);
    const QList<qint64> rolledUp = directory.agreementsOf(tuyenQuang->id).value();
    CHECK(rolledUp.size() == 3);
    CHECK(rolledUp.front() == minutes->agreementIds.front()); // newest first
    CHECK(tuyenQuang->agreements == 3);
    CHECK(haGiang->agreements == 2);
    CHECK(keys(directory.partiesOf(own.back()).value()).contains(QStringLiteral("ha-giang")));
}
