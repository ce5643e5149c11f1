#include "commit/CommitmentExtractor.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "support/CatchQt.h"

using namespace concord;

namespace {

QList<CommitmentCandidate> fromFile(const QString& name, int document = -1)
{
    const auto parsed = DocumentParser::parseFile(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name);
    REQUIRE(parsed.ok());
    QList<CommitmentCandidate> all;
    for (qsizetype d = 0; d < parsed->documents.size(); ++d) {
        if (document < 0 || d == document)
            all += CommitmentExtractor::extract(parsed->documents[d], Gazetteer::builtIn());
    }
    return all;
}

QList<CommitmentCandidate> fromText(const QString& text)
{
    const auto parsed = DocumentParser::parseText(text, QStringLiteral("test.txt"));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->documents.size() == 1);
    return CommitmentExtractor::extract(parsed->documents.front(), Gazetteer::builtIn());
}

/// "label | responsible | due | yearly | quantity" of each clause commitment: what an officer would list.
QStringList summary(const QList<CommitmentCandidate>& commitments, CommitmentKind kind = CommitmentKind::Clause)
{
    QStringList lines;
    for (const CommitmentCandidate& c : commitments) {
        if (c.kind != kind)
            continue;
        lines.append(QStringLiteral("%1 | %2 | %3 | %4 | %5")
                         .arg(c.label, c.responsible.join(u','),
                             c.due.isValid() ? c.due.toString(Qt::ISODate) : QStringLiteral("-"),
                             c.isRecurring() ? RecurrenceRules::key(c.recurrence) : QStringLiteral("-"),
                             c.quantity.isEmpty() ? QStringLiteral("-") : c.quantity));
    }
    return lines;
}

const CommitmentCandidate& only(const QList<CommitmentCandidate>& commitments, CommitmentKind kind)
{
    const CommitmentCandidate* found = nullptr;
    for (const CommitmentCandidate& c : commitments) {
        if (c.kind == kind) {
            REQUIRE(found == nullptr);
            found = &c;
        }
    }
    REQUIRE(found != nullptr);
    return *found;
}

const QString Parties = QStringLiteral("quang-ninh,lang-son,cao-bang,tuyen-quang,hai-phong");

} // namespace

TEST_CASE("commitments: the youth agreement's yearly delegations, with actors, quantities and both languages",
    "[commit][samples]")
{
    const auto all = fromFile(QStringLiteral("000_a538a87b9166962b.txt"));
    CHECK(summary(all)
        == QStringList({
            QStringLiteral("Điều 1: | guangxi | 2026-12-31 | yearly | 01 đoàn"),
            QStringLiteral("Điều 2: | guangxi | 2026-12-31 | yearly | 80 người"),
            QStringLiteral("Điều 3: | %1 | 2026-12-31 | yearly | 15 - 20 người").arg(Parties),
            QStringLiteral("Điều 4: | %1,guangxi | 2026-12-31 | yearly | -").arg(Parties),
            // Undated, but agreed under the preamble's "… nhất trí ký kết Thỏa thuận này với các nội dung … sau:".
            QStringLiteral("Điều 5: | %1,guangxi | - | - | -").arg(Parties),
            QStringLiteral("Điều 6: | guangxi | - | - | -"),
            QStringLiteral("Điều 6: | %1 | - | - | -").arg(Parties),
            QStringLiteral("Điều 6: | %1,guangxi | - | - | -").arg(Parties),
        }));
    const CommitmentCandidate& delegation = all[1];
    // Valid 2026-02-07 to 2027-12-31: one occurrence a year, 2026 and 2027 only.
    CHECK(delegation.occurrences == QList<QDate>({ QDate(2026, 12, 31), QDate(2027, 12, 31) }));
    CHECK(delegation.counterparty == Parties.split(u','));
    CHECK(delegation.vi.startsWith(QStringLiteral("Hằng năm, Quảng Tây, Trung Quốc mời 01 đoàn tổng cộng 80 người")));
    CHECK(delegation.zh.startsWith(QStringLiteral("中国广西每年邀请一个由越南广宁")));
    CHECK(delegation.actorEvidence == Evidence { QStringLiteral("Quảng Tây, Trung Quốc"), QStringLiteral("中国广西") });
    CHECK(delegation.quantityEvidence == Evidence { QStringLiteral("80 người"), QStringLiteral("80 人") });
    CHECK(delegation.recurrenceEvidence == Evidence { QStringLiteral("Hằng năm"), QStringLiteral("每年") });
    CHECK(delegation.warnings.isEmpty());
    CHECK(delegation.confidence >= 0.9);
    // Costs: Guangxi pays for Articles 1–2, Vietnam for Article 3 (a passive "do … chi trả" / "由 … 承担").
    CHECK(
        all[5].actorEvidence == Evidence { QStringLiteral("phía Quảng Tây, Trung Quốc"), QStringLiteral("中国广西") });
    CHECK(all[6].actorEvidence == Evidence { QStringLiteral("Việt Nam"), QStringLiteral("越方") });

    // The agreement's own obligations: it runs out on 2027-12-31 and may be renewed then.
    const CommitmentCandidate& validity = only(all, CommitmentKind::ValidityEnd);
    CHECK(validity.due == QDate(2027, 12, 31));
    CHECK(validity.label == QStringLiteral("Điều 7:"));
    CHECK(validity.dueEvidence.vi == QStringLiteral("đến hết ngày 31 tháng 12 năm 2027"));
    CHECK(validity.responsible == (Parties + QStringLiteral(",guangxi")).split(u','));
    const CommitmentCandidate& renewal = only(all, CommitmentKind::Renewal);
    CHECK(renewal.due == QDate(2027, 12, 31));
    CHECK(renewal.vi
        == QStringLiteral("khi hết thời hạn hiệu lực, các bên có thể xem xét và ký kết thỏa thuận gia hạn."));
    CHECK(renewal.zh == QStringLiteral("有效期届满后，各方可商讨并签署有关顺延协议。"));
}

TEST_CASE("commitments: the spring meeting's dated undertakings and the next meeting's host", "[commit][samples]")
{
    const auto all = fromFile(QStringLiteral("001_21e0537984c48e62.txt"));
    const QStringList lines = summary(all);
    // The dated ones an officer lists first, each with its own actor.
    CHECK(lines.contains(QStringLiteral("(6) | lang-son | 2026-12-31 | - | -")));
    CHECK(lines.contains(QStringLiteral("(6) | quang-ninh | 2026-06-30 | - | -")));
    CHECK(lines.contains(QStringLiteral("(6) | %1 | 2026-12-31 | - | -").arg(Parties)));
    for (const CommitmentCandidate& c : all) {
        if (c.responsible == QStringList { QStringLiteral("quang-ninh") } && c.due == QDate(2026, 6, 30)) {
            CHECK(c.dueEvidence.vi == QStringLiteral("nửa đầu năm 2026"));
            CHECK(c.dueEvidence.zh == QStringLiteral("2026 年上半年"));
            CHECK(c.vi.startsWith(QStringLiteral("Tỉnh Quảng Ninh sẽ tiếp tục đẩy nhanh")));
            CHECK(c.zh.startsWith(QStringLiteral("广宁将进一步加快东兴—芒街国际性口岸")));
        }
    }
    // Guangxi's undertakings are its own, not "all parties'".
    CHECK(lines.contains(QStringLiteral("(7) | guangxi | - | - | -")));
    CHECK(lines.contains(QStringLiteral("(21) | guangxi | - | - | -")));
    // Background and praise (the preamble's results, "取得积极成效") yield nothing.
    for (const CommitmentCandidate& c : all) {
        CHECK_FALSE(c.zh.contains(QStringLiteral("取得积极成效")));
        CHECK_FALSE(c.vi.contains(QStringLiteral("kết quả tích cực")));
        CHECK_FALSE((c.label.isEmpty() && c.kind == CommitmentKind::Clause));
    }
    const CommitmentCandidate& meeting = only(all, CommitmentKind::NextMeeting);
    CHECK(meeting.responsible == QStringList { QStringLiteral("hai-phong") });
    CHECK(meeting.due == QDate(2027, 3, 31));
    CHECK(meeting.vi.contains(QStringLiteral("Gặp gỡ đầu Xuân 2027")));
    CHECK(meeting.zh.contains(QStringLiteral("由越南海防市组织实施")));
    CHECK(meeting.warnings.isEmpty());
}

TEST_CASE(
    "commitments: yearly scholarships of a memorandum, one commitment per actor of the clause", "[commit][samples]")
{
    const auto all = fromFile(QStringLiteral("004_450d6ae2b470d9a1.txt"));
    QStringList yearly;
    QList<const CommitmentCandidate*> scholarships;
    for (const CommitmentCandidate& c : all) {
        if (c.isRecurring()) {
            yearly.append(summary({ c }));
            scholarships.append(&c);
        }
    }
    CHECK(yearly
        == QStringList({
            QStringLiteral("III. | guangxi | 2022-12-31 | yearly | 100 suất học bổng"),
            QStringLiteral("III. | lang-son | 2022-12-31 | yearly | 05 suất học bổng"),
            QStringLiteral("III. | ha-giang | 2022-12-31 | yearly | 02 suất học bổng"),
        }));
    // "Từ năm 2022 đến năm 2026, mỗi năm: …" frames every clause after the colon: five years each.
    for (const CommitmentCandidate* c : scholarships)
        CHECK(c->occurrences.size() == 5);
    REQUIRE(scholarships.size() == 3);
    CHECK(scholarships[1]->zh == QStringLiteral("谅山省每年继续为广西提供 5 个本科奖学金名额赴越南河内大学学习；"));
    CHECK(scholarships[1]->quantityEvidence.zh == QStringLiteral("5 个本科奖学金名额"));
    // The understandings under "các Bên … đạt được những nhận thức chung sau:" are the parties' undertakings too,
    // without the day of the talks (February 2022) the lead-in tells.
    CHECK(std::count_if(all.begin(), all.end(), [](const CommitmentCandidate& c) {
        return c.kind == CommitmentKind::Clause && !c.isRecurring() && !c.due.isValid() && c.responsible.size() == 5;
    }) == 13);
    CHECK(only(all, CommitmentKind::ValidityEnd).due == QDate(2026, 12, 31));
}

TEST_CASE("commitments: sentences of other provinces, verbs and date forms are found", "[commit][variations]")
{
    const auto all = fromText(QStringLiteral(
        "BẢN GHI NHỚ HỢP TÁC\n\n"
        "Ngày 05 tháng 3 năm 2026, tại Lào Cai, tỉnh Lào Cai và Khu tự trị dân tộc Choang Quảng Tây ký kết "
        "Bản ghi nhớ này.\n\n"
        "1. Tỉnh Lào Cai sẽ cử 12 cán bộ sang Quảng Tây học tập kinh nghiệm trước ngày 30/9/2026.\n\n"
        "2. Quảng Tây tiếp nhận 30 sinh viên tỉnh Lào Cai trong quý III năm 2026.\n\n"
        "3. Hằng năm, hai Bên luân phiên tổ chức hội chợ thương mại biên giới.\n\n"
        "4. Hai bên đã đạt được những kết quả tích cực trong hợp tác thương mại.\n\n"
        "5. Hai bên cho rằng quan hệ hợp tác ngày càng phát triển.\n\n"
        "Bản ghi nhớ có giá trị đến hết ngày 31 tháng 12 năm 2027.\n\n"
        "TỈNH LÀO CAI\n\nKHU TỰ TRỊ DÂN TỘC CHOANG QUẢNG TÂY\n"));
    const QStringList lines = summary(all);
    CHECK(lines.contains(QStringLiteral("1. | lao-cai | 2026-09-30 | - | 12 cán bộ")));
    CHECK(lines.contains(QStringLiteral("2. | guangxi | 2026-09-30 | - | 30 sinh viên")));
    REQUIRE(lines.size() == 3);
    CHECK(lines[2].startsWith(QStringLiteral("3. | ")));
    CHECK(lines[2].endsWith(QStringLiteral(" | 2026-12-31 | yearly | -")));
    // The praise of item 4 and the view of item 5 are not commitments.
    for (const CommitmentCandidate& c : all) {
        CHECK_FALSE(c.vi.contains(QStringLiteral("kết quả tích cực")));
        CHECK_FALSE(c.vi.contains(QStringLiteral("cho rằng")));
    }
}

TEST_CASE("commitments: Chinese alone is read the same way", "[commit][variations]")
{
    const auto all = fromText(QStringLiteral("合作备忘录\n\n"
                                             "第一条 广西将于2026年6月30日前邀请越南谅山省20名青年代表来桂交流。\n\n"
                                             "第二条 每年，双方轮流举办边境贸易博览会。\n\n"
                                             "第三条 双方高度评价近年来合作取得的积极成效。\n\n"
                                             "第四条 本备忘录有效期至2027年12月31日。\n"));
    const QStringList lines = summary(all);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("第一条 | guangxi | 2026-06-30 | - | 20名"));
    CHECK(lines[1].startsWith(QStringLiteral("第二条 | ")));
    CHECK(lines[1].contains(QStringLiteral(" | yearly | ")));
    for (const CommitmentCandidate& c : all)
        CHECK_FALSE(c.zh.contains(QStringLiteral("积极成效")));
}

TEST_CASE("commitments: where the languages disagree on a number, a party or a year, the candidate warns",
    "[commit][variations]")
{
    const auto all = fromText(QStringLiteral("THỎA THUẬN HỢP TÁC\n\n"
                                             "Điều 1. Tỉnh Lạng Sơn sẽ cử 15 cán bộ sang Quảng Tây trong năm 2026.\n\n"
                                             "Điều 2. Tỉnh Cao Bằng sẽ tổ chức hội chợ biên giới trong năm 2026.\n\n"
                                             "Điều 3. Quảng Tây sẽ tiếp nhận 40 sinh viên trong năm 2026.\n\n"
                                             "合作协议\n\n"
                                             "第一条 谅山省将于2026年内派遣25名干部赴广西。\n\n"
                                             "第二条 广宁省将于2026年内举办边境博览会。\n\n"
                                             "第三条 广西将于2027年内接收40名学生。\n"));
    REQUIRE(summary(all).size() == 3);
    CHECK(all[0].warnings.size() == 1);
    CHECK(all[0].warnings.front().contains(QStringLiteral("15 cán bộ")));
    CHECK(all[0].warnings.front().contains(QStringLiteral("25名")));
    CHECK(all[1].warnings.size() == 1);
    CHECK(all[1].warnings.front().contains(QStringLiteral("Cao Bằng")));
    CHECK(all[1].warnings.front().contains(QStringLiteral("Quảng Ninh")));
    CHECK(all[2].warnings.size() == 1);
    CHECK(all[2].warnings.front().contains(QStringLiteral("trong năm 2026")));
    for (const CommitmentCandidate& c : all)
        CHECK(c.confidence < 0.9);
}

TEST_CASE("commitments: the OCR'd education memorandum still yields its scholarships", "[commit][samples]")
{
    const auto all = fromFile(QStringLiteral("002_13411ba3686edd0d.txt"));
    const QStringList lines = summary(all);
    // Diacritics are lost ("suit hoc bdng" for "suất học bổng"); the quantities and actors still read.
    CHECK(lines.contains(QStringLiteral("IL | tuyen-quang | - | - | 02 suit hoc bdng")));
    CHECK(lines.contains(QStringLiteral("IL | lang-son | - | - | 05 sudt hoc bong")));
    CHECK(std::any_of(all.begin(), all.end(),
        [](const CommitmentCandidate& c) { return c.quantity == QStringLiteral("110 sudt hoc bdng"); }));
    // No end of validity: no renewal or validity obligation is made up.
    for (const CommitmentCandidate& c : all)
        CHECK(c.kind == CommitmentKind::Clause);
}

TEST_CASE("commitments: a joint statement's undertakings, not its views and wishes", "[commit][samples]")
{
    const auto all = fromFile(QStringLiteral("003_314c7307816d8f71.txt"));
    CHECK(summary(all)
        == QStringList({
            QStringLiteral("(1) | vietnam,china | - | yearly | -"),
            QStringLiteral("(2) | vietnam | - | - | -"),
            // China offers loans and training, and makes way for Vietnamese firms: plain verbs of one side.
            QStringLiteral("(3) | china | - | - | -"),
            QStringLiteral("(3) | china | - | - | -"),
            QStringLiteral("(5) | vietnam,china | 2026-12-31 | - | -"),
        }));
    CHECK(all[1].vi.startsWith(QStringLiteral("Phía Việt Nam sẽ chính thức tham gia Trung tâm Hợp tác an ninh")));
    CHECK(all[1].action.vi.startsWith(QStringLiteral("sẽ chính thức tham gia Trung tâm Hợp tác an ninh")));
    CHECK(all[2].vi.startsWith(QStringLiteral("Trung Quốc sẵn sàng triển khai hợp tác với Việt Nam về vốn vay")));
    CHECK(all[3].vi.startsWith(QStringLiteral("Phía Trung Quốc tạo điều kiện thuận lợi để các doanh nghiệp Việt Nam")));
    CHECK(all[4].dueEvidence.vi == QStringLiteral("trong năm 2026"));
    // The statement has no dates of its own: a yearly undertaking says its years must be added by hand.
    CHECK(all[0].occurrences.isEmpty());
    CHECK(all[0].warnings
        == QStringList { QStringLiteral("Recurring, but the agreement gives no dates: add the occurrences by hand.") });
}

TEST_CASE("commitments: a clause with two deadlines is two commitments", "[commit][variations]")
{
    const auto all = fromText(QStringLiteral(
        "THỎA THUẬN HỢP TÁC\n\n"
        "Điều 1. Tỉnh Cao Bằng sẽ hoàn thành khảo sát tuyến đường trước ngày 30/6/2026 và đưa tuyến đường vào vận "
        "hành trong năm 2027.\n\n"
        "Điều 2. Tỉnh Lạng Sơn và Quảng Tây sẽ cùng tổ chức diễn đàn doanh nghiệp trong năm 2026.\n"));
    CHECK(summary(all)
        == QStringList({
            QStringLiteral("Điều 1. | cao-bang | 2026-06-30 | - | -"),
            QStringLiteral("Điều 1. | cao-bang | 2027-12-31 | - | -"),
            QStringLiteral("Điều 2. | lang-son,guangxi | 2026-12-31 | - | -"),
        }));
    CHECK(all[0].dueText == QStringLiteral("trước ngày 30/6/2026"));
    CHECK(all[1].dueText == QStringLiteral("trong năm 2027"));
    CHECK(all[2].action.vi == QStringLiteral("sẽ cùng tổ chức diễn đàn doanh nghiệp trong năm 2026."));
}

TEST_CASE(
    "commitments: items under a lead-in or a heading take its subject, views and the document itself do not count",
    "[commit][variations]")
{
    const auto all = fromText(QStringLiteral(
        "BIÊN BẢN HỘI ĐÀM\n\n"
        "Ngày 10 tháng 4 năm 2026, tại thành phố Bách Sắc, đoàn đại biểu tỉnh Cao Bằng và thành phố Bách Sắc "
        "tiến hành hội đàm.\n\n"
        "Điều 1. Các Bên nhất trí như sau:\n\n"
        "1. Tổ chức diễn đàn hợp tác kinh tế biên giới trong quý III năm 2026.\n\n"
        "2. Duy trì cơ chế gặp gỡ định kỳ giữa hai cơ quan ngoại vụ.\n\n"
        "Điều 2. Phía Việt Nam\n\n"
        "1. Bố trí 20 gian hàng tại Hội chợ Trung Quốc – ASEAN trước ngày 15 tháng 9 năm 2026.\n\n"
        "2. Tạo điều kiện cho doanh nghiệp thành phố Bách Sắc khảo sát cửa khẩu Trà Lĩnh.\n\n"
        "Điều 3. Hai bên hoan nghênh kết quả hợp tác năm 2025 và mong muốn quan hệ ngày càng phát triển.\n\n"
        "Điều 4. Biên bản được lập thành hai bản bằng tiếng Việt và tiếng Trung, có giá trị như nhau.\n\n"
        "TỈNH CAO BẰNG\n\nTHÀNH PHỐ BÁCH SẮC\n"));
    const QStringList lines = summary(all);
    // Written before the extractor ran on it: what a careful reader lists.
    CHECK(lines
        == QStringList({ QStringLiteral("1. | cao-bang,baise | 2026-09-30 | - | -"),
            QStringLiteral("2. | cao-bang,baise | - | - | -"), QStringLiteral("1. | cao-bang | 2026-09-15 | - | -"),
            QStringLiteral("2. | cao-bang | - | - | -") }));
    for (const CommitmentCandidate& c : all) {
        CHECK_FALSE(c.vi.contains(QStringLiteral("hoan nghênh")));
        CHECK_FALSE(c.vi.contains(QStringLiteral("lập thành hai bản")));
    }
}

TEST_CASE("commitments: a Chinese lead-in gives its items their subject", "[commit][variations]")
{
    const auto all = fromText(QStringLiteral("会谈纪要\n\n"
                                             "一、双方商定如下：\n\n"
                                             "（一）2026年内举办边境旅游推介会。\n\n"
                                             "（二）建立两地外事部门定期会晤机制。\n\n"
                                             "二、双方赞赏两地合作取得的成果。\n\n"
                                             "三、本纪要一式两份，用越文和中文写成，两种文本同等作准。\n"));
    const QStringList lines = summary(all);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("（一） | ")));
    CHECK(lines[0].endsWith(QStringLiteral(" | 2026-12-31 | - | -")));
    CHECK(lines[1].startsWith(QStringLiteral("（二） | ")));
}

TEST_CASE("commitments: deadlines counted from the signing and from the end of validity", "[commit][variations]")
{
    const QString vi = QStringLiteral(
        "THỎA THUẬN HỢP TÁC\n\n"
        "Ngày 20 tháng 3 năm 2026, tại Lai Châu, tỉnh Lai Châu và tỉnh Vân Nam ký Thỏa thuận này.\n\n"
        "Điều 1. Tỉnh Lai Châu gửi danh sách cán bộ đầu mối trong thời hạn 60 ngày kể từ ngày ký.\n\n"
        "Điều 2. Tỉnh Vân Nam thông báo kế hoạch đào tạo ba tháng trước khi Thỏa thuận hết hiệu lực.\n\n"
        "Điều 3. Thỏa thuận có hiệu lực đến ngày 31 tháng 12 năm 2028.\n\n"
        "TỈNH LAI CHÂU\n\nTỈNH VÂN NAM\n");
    const QStringList lines = summary(fromText(vi));
    CHECK(lines.contains(QStringLiteral("Điều 1. | lai-chau | 2026-05-19 | - | -"))); // 20 March + 60 days
    CHECK(lines.contains(QStringLiteral("Điều 2. | yunnan | 2028-09-30 | - | -"))); // 31 December 2028 − 3 months

    const QList<CommitmentCandidate> zh
        = fromText(QStringLiteral("合作协议\n\n"
                                  "第一条 莱州省自签字之日起三十日内提交联络员名单。\n\n"
                                  "第二条 云南省于协议期满前两个月通报培训计划。\n"));
    // Neither the signing nor the end of validity is dated: no day is guessed, and each says why.
    const QStringList zhLines = summary(zh);
    REQUIRE(zhLines.size() == 2);
    CHECK(zhLines[0] == QStringLiteral("第一条 | lai-chau | - | - | -"));
    CHECK(zhLines[1] == QStringLiteral("第二条 | yunnan | - | - | -"));
    CHECK(zh[0].warnings.join(u' ').contains(QStringLiteral("自签字之日起三十日内")));
    CHECK(zh[0].warnings.join(u' ').contains(QStringLiteral("counts from the signing")));
    CHECK(zh[1].warnings.join(u' ').contains(QStringLiteral("counts from the end of validity")));
}

TEST_CASE("commitments: the more precise language gives the day, a real disagreement warns with both phrases",
    "[commit][variations]")
{
    const auto all
        = fromText(QStringLiteral("BẢN GHI NHỚ\n\n"
                                  "Ngày 05 tháng 3 năm 2026, tỉnh Lào Cai và tỉnh Vân Nam ký Bản ghi nhớ này.\n\n"
                                  "1. Tỉnh Lào Cai sẽ hoàn thành khảo sát trong quý II năm 2027.\n\n"
                                  "2. Tỉnh Vân Nam sẽ gửi báo cáo trong tháng 6 năm 2026.\n\n"
                                  "3. Tỉnh Lào Cai sẽ tổ chức hội thảo trước ngày 30 tháng 9 năm 2026.\n\n"
                                  "TỈNH LÀO CAI\n\nTỈNH VÂN NAM\n\n"
                                  "谅解备忘录\n\n"
                                  "一、老街省将于2027年第二季度完成考察。\n\n"
                                  "二、云南省将于2026年6月20日前提交报告。\n\n"
                                  "三、老街省将于2026年10月31日前举办研讨会。\n"));
    const QStringList lines = summary(all);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("1. | lao-cai | 2027-06-30 | - | -")); // quý II = 第二季度
    CHECK(
        lines[1] == QStringLiteral("2. | yunnan | 2026-06-20 | - | -")); // the Chinese day within the Vietnamese month
    CHECK(all[1].warnings.isEmpty());
    CHECK(all[1].dueEvidence == Evidence { QStringLiteral("tháng 6 năm 2026"), QStringLiteral("2026年6月20日") });
    CHECK(lines[2] == QStringLiteral("3. | lao-cai | 2026-09-30 | - | -"));
    REQUIRE(all[2].warnings.size() == 1);
    CHECK(all[2].warnings.front().contains(QStringLiteral("30 tháng 9 năm 2026")));
    CHECK(all[2].warnings.front().contains(QStringLiteral("2026年10月31日")));
}

TEST_CASE("commitments: a yearly undertaking with its month or day falls due then, each year of the validity",
    "[commit][variations]")
{
    const auto all = fromText(QStringLiteral(
        "THỎA THUẬN HỢP TÁC\n\n"
        "Thỏa thuận này được ký ngày 15 tháng 4 năm 2025 tại Điện Biên, có hiệu lực đến ngày 31 tháng 12 năm 2027.\n\n"
        "Điều 1. Tỉnh Điện Biên tổ chức đoàn khảo sát sang tỉnh Vân Nam vào tháng 5 hằng năm.\n\n"
        "Điều 2. Tỉnh Vân Nam gửi báo cáo kết quả hợp tác trước ngày 31 tháng 3 hằng năm.\n\n"
        "TỈNH ĐIỆN BIÊN\n\nTỈNH VÂN NAM\n\n"
        "合作协议\n\n"
        "第一条 奠边省每年5月组织考察团赴云南省。\n\n"
        "第二条 云南省每年3月31日前报送合作成果报告。\n"));
    const QStringList lines = summary(all);
    REQUIRE(lines.size() == 2);
    // Written before running: May each year from 2025 (signed in April); 31 March from 2026 (2025's came first).
    CHECK(lines[0] == QStringLiteral("Điều 1. | dien-bien | 2025-05-31 | yearly | -"));
    CHECK(all[0].anchor.key() == QStringLiteral("05"));
    CHECK(all[0].occurrences == QList<QDate>({ QDate(2025, 5, 31), QDate(2026, 5, 31), QDate(2027, 5, 31) }));
    CHECK(lines[1] == QStringLiteral("Điều 2. | yunnan | 2026-03-31 | yearly | -"));
    CHECK(all[1].anchor.key() == QStringLiteral("03-31"));
    CHECK(all[1].occurrences == QList<QDate>({ QDate(2026, 3, 31), QDate(2027, 3, 31) }));
}

TEST_CASE(
    "commitments: monthly, quarterly and half-yearly undertakings repeat within the validity", "[commit][variations]")
{
    const auto all = fromText(QStringLiteral(
        "BIÊN BẢN THỎA THUẬN\n\n"
        "Văn bản này được ký ngày 10 tháng 1 năm 2026 tại Lai Châu, có hiệu lực đến ngày 31 tháng 12 năm 2026.\n\n"
        "1. Tỉnh Lai Châu gửi bản tin tình hình biên giới cho tỉnh Vân Nam trước ngày 5 hằng tháng.\n\n"
        "2. Hằng quý, tỉnh Vân Nam tổ chức giao ban với tỉnh Lai Châu.\n\n"
        "3. Hai tỉnh tổ chức hội nghị sơ kết sáu tháng một lần.\n\n"
        "4. Tỉnh Lai Châu hoàn thành khảo sát tuyến đường trong quý II năm 2026.\n\n"
        "ĐẠI DIỆN UBND TỈNH LAI CHÂU\n\nĐẠI DIỆN CHÍNH PHỦ NHÂN DÂN TỈNH VÂN NAM\n\n"
        "会谈纪要\n\n"
        "1. 莱州省每月5日前向云南省通报边境情况。\n\n"
        "2. 云南省每季度与莱州省举行工作会晤。\n\n"
        "3. 两省每半年召开一次总结会议。\n\n"
        "4. 莱州省于2026年第二季度完成道路勘察。\n"));
    const QStringList lines = summary(all);
    // Written before running: the 5th of each month from February (signed 10 January), quarter ends, half-year
    // ends, and the end of the second quarter.
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == QStringLiteral("1. | lai-chau | 2026-02-05 | monthly | -"));
    CHECK(all[0].anchor.key() == QStringLiteral("---05"));
    CHECK(all[0].occurrences.size() == 11);
    CHECK(all[0].occurrences.back() == QDate(2026, 12, 5));
    CHECK(all[0].recurrenceEvidence == Evidence { QStringLiteral("hằng tháng"), QStringLiteral("每月") });
    CHECK(lines[1] == QStringLiteral("2. | yunnan | 2026-03-31 | quarterly | -"));
    CHECK(all[1].occurrences
        == QList<QDate>({ QDate(2026, 3, 31), QDate(2026, 6, 30), QDate(2026, 9, 30), QDate(2026, 12, 31) }));
    CHECK(lines[2] == QStringLiteral("3. | lai-chau,yunnan | 2026-06-30 | semiannual | -"));
    CHECK(all[2].occurrences == QList<QDate>({ QDate(2026, 6, 30), QDate(2026, 12, 31) }));
    CHECK(lines[3] == QStringLiteral("4. | lai-chau | 2026-06-30 | - | -"));
    for (const CommitmentCandidate& c : all)
        CHECK(c.warnings.isEmpty());
}

TEST_CASE("commitments: a recurring undertaking of an agreement without an end is listed three years ahead",
    "[commit][variations]")
{
    const auto all = fromText(QStringLiteral(
        "BẢN GHI NHỚ\n\n"
        "Bản ghi nhớ này được ký ngày 01 tháng 3 năm 2025 tại Cao Bằng.\n\n"
        "1. Tỉnh Cao Bằng và Khu tự trị Choang Quảng Tây trao đổi số liệu thương mại qua cửa khẩu hằng quý.\n\n"
        "2. Quảng Tây cử đoàn cán bộ sang Cao Bằng hai lần mỗi năm.\n"));
    const QStringList lines = summary(all);
    // Written before running: quarters from March 2025 to the last one ending before 1 March 2028; half years
    // from June 2025; both warn that the list stops after three years.
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("1. | cao-bang,guangxi | 2025-03-31 | quarterly | -"));
    CHECK(all[0].occurrences.size() == 12);
    CHECK(all[0].occurrences.back() == QDate(2027, 12, 31));
    CHECK(lines[1] == QStringLiteral("2. | guangxi | 2025-06-30 | semiannual | -"));
    CHECK(all[1].occurrences.size() == 6);
    for (const CommitmentCandidate& c : all) {
        REQUIRE(c.warnings.size() == 1);
        CHECK(c.warnings.front().contains(QStringLiteral("no end of validity")));
        CHECK(c.warnings.front().contains(QStringLiteral("2027-12-31")));
    }
}

TEST_CASE("commitments: a deadline without a year is read in the document's year with a warning naming it",
    "[commit][variations]")
{
    const auto all
        = fromText(QStringLiteral("BIÊN BẢN HỘI ĐÀM\n\n"
                                  "Biên bản được ký ngày 10 tháng 3 năm 2027 tại Lào Cai.\n\n"
                                  "1. Tỉnh Lào Cai gửi danh sách đoàn cho tỉnh Vân Nam trước ngày 15 tháng 7.\n\n"
                                  "2. Tỉnh Vân Nam báo cáo kết quả trước ngày 31 tháng 3 hằng năm.\n\n"
                                  "3. Tỉnh Vân Nam cử đoàn khảo sát trước ngày 20 tháng 8.\n\n"
                                  "会谈纪要\n\n"
                                  "1. 老街省于7月15日前向云南省提交代表团名单。\n\n"
                                  "2. 云南省每年3月31日前报告结果。\n\n"
                                  "3. 云南省于2027年8月20日前派出考察团。\n"));
    const QStringList lines = summary(all);
    // Written before running: both languages leave out the year of item 1 (read as 2027, warned); item 2 is a
    // yearly anchor, not a deadline without a year; item 3's year is given in Chinese (no warning).
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == QStringLiteral("1. | lao-cai | 2027-07-15 | - | -"));
    REQUIRE(all[0].warnings.size() == 1);
    CHECK(all[0].warnings.front().contains(QStringLiteral("trước ngày 15 tháng 7")));
    CHECK(all[0].warnings.front().contains(QStringLiteral("2027-07-15")));
    CHECK(lines[1] == QStringLiteral("2. | yunnan | 2027-03-31 | yearly | -")); // 31 March comes after the signing
    CHECK(lines[2] == QStringLiteral("3. | yunnan | 2027-08-20 | - | -"));
    CHECK(all[2].warnings.isEmpty());
}
