#include "align/Aligner.h"
#include "align/AlignmentJson.h"
#include "align/ConsistencyCheck.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "support/CatchQt.h"

#include <QJsonArray>

using namespace concord;

namespace {

QStringList checks(const QString& vi, const QString& zh)
{
    Unit a;
    a.text = vi;
    Unit z;
    z.text = zh;
    QStringList list;
    for (const ConsistencyIssue& issue : ConsistencyCheck::check({ &a }, { &z }, Gazetteer::builtIn()))
        list.append(ConsistencyIssue::kindKey(issue.kind) + QStringLiteral(": ") + issue.vietnamese
            + QStringLiteral(" | ") + issue.chinese);
    return list;
}

} // namespace

TEST_CASE("consistency: the same quantity in digits or Chinese numerals is no issue", "[align][checks]")
{
    CHECK(checks(QStringLiteral("Hai bên tổ chức đoàn gồm 05 tỉnh."), QStringLiteral("双方组织五省代表团。"))
        == QStringList());
    CHECK(checks(QStringLiteral("Cử 20 sinh viên sang học tập."), QStringLiteral("派遣20名学生学习。")).isEmpty());
    // Words for small numbers: hai bên is 双方/两方, not a missing 2.
    CHECK(checks(QStringLiteral("Hai bên trao đổi ba đoàn."), QStringLiteral("两国交流三个团组。")).isEmpty());
}

TEST_CASE("consistency: a different quantity is cited in both versions", "[align][checks]")
{
    CHECK(
        checks(QStringLiteral("Tỉnh Lào Cai cử 10 cán bộ sang học tập."), QStringLiteral("老街省派6名干部赴对方学习。"))
        == QStringList({ QStringLiteral("number: 10 cán bộ | 6名干部") }));
    CHECK(checks(QStringLiteral("Đạt 5.000 lượt xe mỗi ngày."), QStringLiteral("每天通行车辆达5000辆次。")).isEmpty());
}

TEST_CASE("consistency: a date in one version only, or a different date, is an issue", "[align][checks]")
{
    CHECK(
        checks(QStringLiteral("Hoàn thành trước ngày 30 tháng 9 năm 2026."), QStringLiteral("于2026年9月30日前完成。"))
            .isEmpty());
    CHECK(
        checks(QStringLiteral("Hoàn thành trước ngày 30 tháng 9 năm 2026."), QStringLiteral("于2026年10月30日前完成。"))
        == QStringList({ QStringLiteral("date: trước ngày 30 tháng 9 năm 2026 | 2026年10月30日") }));
}

TEST_CASE("consistency: a place named in one version only is an issue", "[align][checks]")
{
    CHECK(checks(QStringLiteral("Tổ chức hội chợ tại Lạng Sơn."), QStringLiteral("在谅山举办博览会。")).isEmpty());
    CHECK(checks(QStringLiteral("Tổ chức hội chợ tại Lạng Sơn."), QStringLiteral("在南宁举办博览会。"))
        == QStringList({ QStringLiteral("place: Lạng Sơn | "), QStringLiteral("place:  | 南宁") }));
}

TEST_CASE("consistency: a person's name must read back from its Chinese form", "[align][checks]")
{
    CHECK(checks(QStringLiteral("Đồng chí Nguyễn Văn Sơn, Phó Chủ tịch."), QStringLiteral("阮文山副主席。")).isEmpty());
    CHECK(checks(QStringLiteral("Đồng chí Nguyễn Văn Sơn, Phó Chủ tịch."), QStringLiteral("阮文海副主席。"))
        == QStringList({ QStringLiteral("person: Nguyễn Văn Sơn | 阮文海") }));
    // A place inside a name is the name's, not a place the other version leaves out.
    CHECK(checks(QStringLiteral("Đồng chí Nguyễn Văn Sơn dự họp."), QStringLiteral("阮文山同志出席会议。")).isEmpty());
}

TEST_CASE("consistency: align --json lists each pair's checks with both phrases", "[align][checks]")
{
    const auto parsed = DocumentParser::parseFile(
        QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/commitments/08-ha-giang-van-son-lam-viec.txt"));
    REQUIRE(parsed.ok());
    const ParsedDocument& document = parsed->documents.front();
    const LanguageVersion& vi = *document.version(Language::Vietnamese);
    const LanguageVersion& zh = *document.version(Language::Chinese);
    const QJsonObject json
        = AlignmentJson::toJson(Aligner::align(vi, zh, Gazetteer::builtIn()), vi, zh, Gazetteer::builtIn());
    QStringList numberChecks;
    for (const QJsonValue& pair : json.value(QStringLiteral("pairs")).toArray()) {
        for (const QJsonValue& check : pair.toObject().value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = check.toObject();
            if (c.value(QStringLiteral("kind")).toString() == QStringLiteral("number"))
                numberChecks.append(c.value(QStringLiteral("vi")).toString() + QStringLiteral(" | ")
                    + c.value(QStringLiteral("zh")).toString());
        }
    }
    // The document was written with one quantity that differs between its versions.
    CHECK(numberChecks == QStringList({ QStringLiteral("500 tấn phân | 600吨化肥") }));
}
