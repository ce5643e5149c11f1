#include "import/Gazetteer.h"
#include "support/CatchQt.h"

using namespace concord;

TEST_CASE("import: the gazetteer finds places in either language and any form", "[import][gazetteer]")
{
    const Gazetteer& g = Gazetteer::builtIn();
    const QString text
        = QStringLiteral("Khu tự trị dân tộc Choang Quảng Tây và tỉnh Quảng Ninh; 广西壮族自治区与广宁省、谅山；赴桂");
    QStringList ids;
    for (const PlaceMention& m : g.find(text))
        ids.append(m.id + QLatin1Char('=') + text.mid(m.start, m.length));
    CHECK(ids
        == QStringList({ QStringLiteral("guangxi=Khu tự trị dân tộc Choang Quảng Tây"),
            QStringLiteral("quang-ninh=tỉnh Quảng Ninh"), QStringLiteral("guangxi=广西壮族自治区"),
            QStringLiteral("quang-ninh=广宁省"), QStringLiteral("lang-son=谅山"), QStringLiteral("guangxi=桂") }));
}

TEST_CASE("import: names resolve without diacritics and whole words only", "[import][gazetteer]")
{
    const Gazetteer& g = Gazetteer::builtIn();
    REQUIRE(g.resolve(u"quang tay"));
    CHECK(g.resolve(u"quang tay")->id == QStringLiteral("guangxi"));
    CHECK(g.resolve(u"廣西")->id == QStringLiteral("guangxi"));
    CHECK(g.resolve(u"Hà Nội")->id == QStringLiteral("ha-noi"));
    CHECK(g.resolve(u"Quảng") == nullptr);
    CHECK(g.find(u"Quảng Ninhxyz").isEmpty());
}

TEST_CASE("import: Hà Giang and Hải Dương follow their 2025 mergers", "[import][gazetteer]")
{
    const Gazetteer& g = Gazetteer::builtIn();
    CHECK(g.current(QStringLiteral("ha-giang"), QDate(2026, 1, 1))->id == QStringLiteral("tuyen-quang"));
    CHECK(g.current(QStringLiteral("ha-giang"), QDate(2022, 3, 17))->id == QStringLiteral("ha-giang"));
    CHECK(g.current(QStringLiteral("hai-duong"), QDate(2025, 7, 1))->id == QStringLiteral("hai-phong"));
    CHECK(g.current(QStringLiteral("quang-ninh"), QDate(2026, 1, 1))->id == QStringLiteral("quang-ninh"));
    CHECK(g.place(QStringLiteral("ha-giang"))->mergedOn == QDate(2025, 7, 1));
}

TEST_CASE("import: a gazetteer that is not JSON is an error naming the file and offset", "[import][gazetteer]")
{
    const auto bad = Gazetteer::fromJson("{\"places\": [", QStringLiteral("places.json"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().file == QStringLiteral("places.json"));
    CHECK(bad.error().offset == 12);
    CHECK_FALSE(Gazetteer::fromJson("{\"places\": []}", QStringLiteral("empty.json")).ok());
}

TEST_CASE("gazetteer: OCR-damaged names are found a letter or two off, short syllables only exactly", "[import][ocr]")
{
    const Gazetteer& g = Gazetteer::builtIn();
    // Expected before running: each damaged Vietnamese name for its province, in the order named.
    CHECK(g.findApproximate(QStringLiteral("các tinh Quing Ninh, Lang Son, Cao Biing va Khu ty tri Quing Tiy"))
        == QStringList({ QStringLiteral("quang-ninh"), QStringLiteral("lang-son"), QStringLiteral("cao-bang"),
            QStringLiteral("guangxi") }));
    CHECK(g.findApproximate(QStringLiteral("thainh phd Hai Phong")) == QStringList({ QStringLiteral("hai-phong") }));
    // Not a name: a syllable of two letters must be right ("Cao Ba"), and the first letter too ("Lao Bang").
    CHECK(g.findApproximate(QStringLiteral("Cao Ba hop tac")).isEmpty());
    CHECK(g.findApproximate(QStringLiteral("mot Dao Bang khac")).isEmpty());
    // Exact names are found as find() finds them, Chinese included.
    CHECK(g.findApproximate(QStringLiteral("广西壮族自治区与谅山省"))
        == QStringList({ QStringLiteral("guangxi"), QStringLiteral("lang-son") }));
}
