#include "align/Aligner.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/TreeCompare.h"

using namespace concord;
using namespace concord::test;

namespace {

struct Bilingual
{
    LanguageVersion vi;
    LanguageVersion zh;
};

Bilingual bilingualOf(const ParsedFile& file)
{
    for (const ParsedDocument& document : file.documents) {
        if (document.version(Language::Vietnamese) && document.version(Language::Chinese))
            return { *document.version(Language::Vietnamese), *document.version(Language::Chinese) };
    }
    FAIL("no bilingual document");
    return {};
}

Bilingual sample(const QString& name)
{
    return bilingualOf(parseOrFail(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + name));
}

Bilingual fromText(const QString& text)
{
    auto parsed = DocumentParser::parseText(text, QStringLiteral("case.txt"));
    REQUIRE(parsed.ok());
    return bilingualOf(parsed.value());
}

/// A unit as the tests name it: its label, or its kind; a signature by the places of its party.
QString nameOf(const LanguageVersion& version, const QList<UnitFeatures>& features, int unit)
{
    const Unit& u = version.units[unit];
    if (u.kind == UnitKind::Signature)
        return QStringLiteral("sig:") + features[unit].anchorKey.mid(2);
    return u.label ? u.label->text : Unit::kindKey(u.kind);
}

/// Each pair as "vi units | zh units", units joined by '+', an empty side as '-'.
QStringList pairsOf(const Bilingual& doc, const Alignment& alignment)
{
    const auto [viFeatures, zhFeatures] = Aligner::features(doc.vi, doc.zh, Gazetteer::builtIn());
    QStringList list;
    for (const AlignedPair& pair : alignment.pairs) {
        QStringList vi;
        QStringList zh;
        for (const int i : pair.vi)
            vi.append(nameOf(doc.vi, viFeatures, i));
        for (const int j : pair.zh)
            zh.append(nameOf(doc.zh, zhFeatures, j));
        list.append((vi.isEmpty() ? QStringLiteral("-") : vi.join(QLatin1Char('+'))) + QStringLiteral(" | ")
            + (zh.isEmpty() ? QStringLiteral("-") : zh.join(QLatin1Char('+'))));
    }
    return list;
}

QStringList align(const Bilingual& doc)
{
    return pairsOf(doc, Aligner::align(doc.vi, doc.zh, Gazetteer::builtIn()));
}

} // namespace

TEST_CASE("align: sample 000, articles, a merged closing and bilingual signatures", "[align][samples]")
{
    CHECK(align(sample(QStringLiteral("000_a538a87b9166962b.txt")))
        == QStringList({
            QStringLiteral("title | title"),
            QStringLiteral("preamble | preamble"),
            QStringLiteral("Điều 1: | 第一条"),
            QStringLiteral("Điều 2: | 第二条"),
            QStringLiteral("Điều 3: | 第三条"),
            QStringLiteral("Điều 4: | 第四条"),
            QStringLiteral("Điều 5: | 第五条"),
            QStringLiteral("Điều 6: | 第六条"),
            QStringLiteral("Điều 7: | 第七条"),
            QStringLiteral("closing+closing | closing"),
            QStringLiteral("sig:quang-ninh | sig:quang-ninh"),
            QStringLiteral("sig:lang-son | sig:lang-son"),
            QStringLiteral("sig:cao-bang | sig:cao-bang"),
            QStringLiteral("sig:tuyen-quang | sig:tuyen-quang"),
            QStringLiteral("sig:hai-phong | sig:hai-phong"),
            QStringLiteral("sig:guangxi | sig:guangxi"),
        }));
}

TEST_CASE("align: sample 001, sections and items numbered differently, signatures in another order", "[align][samples]")
{
    QStringList expected {
        QStringLiteral("title | title"),
        QStringLiteral("preamble | preamble"),
        QStringLiteral("preamble | preamble"),
        QStringLiteral("preamble+preamble | preamble"),
        QStringLiteral("preamble | preamble"),
    };
    const QStringList zhNumbers { QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
        QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六") };
    const QList<int> sectionEnds { 3, 6, 8, 14, 17, 23 };
    const QStringList zhItems { QStringLiteral("(一)"), QStringLiteral("（二）"), QStringLiteral("（三）"),
        QStringLiteral("（四）"), QStringLiteral("（五）"), QStringLiteral("（六）"), QStringLiteral("（七）"),
        QStringLiteral("（八）"), QStringLiteral("（九）"), QStringLiteral("（十）"), QStringLiteral("（十一）"),
        QStringLiteral("（十二）"), QStringLiteral("（十三）"), QStringLiteral("（十四）"), QStringLiteral("（十五）"),
        QStringLiteral("（十六）"), QStringLiteral("（十七）"), QStringLiteral("（十八）"), QStringLiteral("（十九）"),
        QStringLiteral("（二十）"), QStringLiteral("（二十一）"), QStringLiteral("（二十二）"),
        QStringLiteral("（二十三）") };
    int item = 1;
    for (int section = 1; section <= 6; ++section) {
        expected.append(QStringLiteral("%1. | %2、").arg(section).arg(zhNumbers[section - 1]));
        for (; item <= sectionEnds[section - 1]; ++item)
            expected.append(QStringLiteral("(%1) | %2").arg(item).arg(zhItems[item - 1]));
    }
    expected << QStringLiteral("closing | closing") << QStringLiteral("closing+closing | closing")
             << QStringLiteral("sig:quang-ninh | sig:quang-ninh") << QStringLiteral("sig:guangxi | sig:guangxi")
             << QStringLiteral("sig:lang-son | sig:lang-son") << QStringLiteral("sig:cao-bang | sig:cao-bang")
             << QStringLiteral("sig:tuyen-quang | sig:tuyen-quang") << QStringLiteral("sig:hai-phong | sig:hai-phong");
    CHECK(align(sample(QStringLiteral("001_21e0537984c48e62.txt"))) == expected);
}

TEST_CASE("align: the memorandum inside sample 004, Roman sections and items against Chinese", "[align][samples]")
{
    CHECK(align(sample(QStringLiteral("004_450d6ae2b470d9a1.txt")))
        == QStringList({
            QStringLiteral("title | title"),
            QStringLiteral("preamble | preamble"),
            QStringLiteral("I. | 一、"),
            QStringLiteral("II. | 二、"),
            QStringLiteral("1. | (一)"),
            QStringLiteral("2. | (二)"),
            QStringLiteral("3. | (三)"),
            QStringLiteral("4. | (四)"),
            QStringLiteral("5. | (五)"),
            QStringLiteral("III. | 三、"),
            QStringLiteral("IV. | 四、"),
            QStringLiteral("V. | 五、"),
            QStringLiteral("VI. | 六、"),
            QStringLiteral("closing | closing"),
            QStringLiteral("sig:cao-bang | sig:cao-bang"),
            QStringLiteral("sig:guangxi | sig:guangxi"),
            QStringLiteral("sig:quang-ninh | sig:quang-ninh"),
            QStringLiteral("sig:lang-son | sig:lang-son"),
            QStringLiteral("sig:ha-giang | sig:ha-giang"),
        }));
}

TEST_CASE("align: the sample length model is what the samples give", "[align][model]")
{
    std::vector<std::pair<int, int>> lengths;
    for (const QString& name : { QStringLiteral("000_a538a87b9166962b.txt"), QStringLiteral("001_21e0537984c48e62.txt"),
             QStringLiteral("004_450d6ae2b470d9a1.txt") }) {
        const Bilingual doc = sample(name);
        const auto [vi, zh] = Aligner::features(doc.vi, doc.zh, Gazetteer::builtIn());
        for (const AlignedPair& pair : Aligner::align(doc.vi, doc.zh, Gazetteer::builtIn()).pairs) {
            if (pair.anchored && pair.vi.size() == 1 && pair.zh.size() == 1
                && doc.vi.units[pair.vi.front()].kind != UnitKind::Signature)
                lengths.emplace_back(vi[pair.vi.front()].length, zh[pair.zh.front()].length);
        }
    }
    const auto fitted = LengthModel::fit(lengths);
    REQUIRE(fitted);
    CAPTURE(lengths.size(), fitted->ratio(), fitted->variance());
    CHECK(lengths.size() == 47);
    CHECK(fitted->ratio() == Approx(Aligner::sampleModel().ratio()).epsilon(0.002));
    CHECK(fitted->variance() == Approx(Aligner::sampleModel().variance()).epsilon(0.01));
}

TEST_CASE("align: a Chinese paragraph that merges two Vietnamese ones is one 2-1 pair", "[align][hard]")
{
    const Bilingual doc = fromText(QStringLiteral(
        "THỎA THUẬN HỢP TÁC\n\nHai bên thống nhất tăng cường hợp tác thanh niên trong lĩnh vực trí tuệ nhân tạo.\n\n"
        "Hai bên thống nhất mỗi năm tổ chức 02 đoàn giao lưu tại Quảng Ninh và Nam Ninh.\n\n"
        "Điều 1. Hằng năm tổ chức gặp gỡ.\n\nĐiều 2. Thỏa thuận có giá trị đến năm 2027.\n\n"
        "合作协议\n\n双方同意加强人工智能领域青年合作，每年在广宁和南宁组织2个交流团。\n\n"
        "第一条 每年举行会晤。\n\n第二条 本协议有效期至2027年。"));
    CHECK(align(doc)
        == QStringList({ QStringLiteral("title | title"), QStringLiteral("preamble+preamble | preamble"),
            QStringLiteral("Điều 1. | 第一条"), QStringLiteral("Điều 2. | 第二条") }));
}

TEST_CASE("align: an item missing in one language stays alone, not forced onto a neighbour", "[align][hard]")
{
    const Bilingual doc = fromText(QStringLiteral(
        "BIÊN BẢN\n\n1. Hợp tác biên giới\n\n(1) Tăng cường tuần tra chung.\n\n(2) Mở thêm 03 cặp chợ biên giới.\n\n"
        "(3) Trao đổi thông tin hằng tháng.\n\n纪要\n\n一、边境合作\n\n（一）加强联合巡逻。\n\n（三）每月交换信息。"));
    CHECK(align(doc)
        == QStringList({ QStringLiteral("title | title"), QStringLiteral("1. | 一、"), QStringLiteral("(1) | （一）"),
            QStringLiteral("(2) | -"), QStringLiteral("(3) | （三）") }));
}

TEST_CASE("align: two items in another order are still paired by their numbers", "[align][hard]")
{
    const Bilingual doc = fromText(QStringLiteral(
        "THỎA THUẬN\n\nĐiều 1. Giao lưu thanh niên hằng năm.\n\nĐiều 2. Hợp tác đào tạo 110 suất học bổng.\n\n"
        "Điều 3. Phối hợp tổ chức hội chợ tại Nam Ninh.\n\nĐiều 4. Hiệu lực đến năm 2027.\n\n"
        "协议\n\n第一条 每年开展青年交流。\n\n第三条 在南宁共同举办博览会。\n\n第二条 "
        "合作培训，提供110个奖学金名额。\n\n"
        "第四条 有效期至2027年。"));
    const Alignment alignment = Aligner::align(doc.vi, doc.zh, Gazetteer::builtIn());
    CHECK(pairsOf(doc, alignment)
        == QStringList(
            { QStringLiteral("title | title"), QStringLiteral("Điều 1. | 第一条"), QStringLiteral("Điều 2. | 第二条"),
                QStringLiteral("Điều 3. | 第三条"), QStringLiteral("Điều 4. | 第四条") }));
    // 第二条 is the third Chinese unit: the pair crosses 第三条's, and both are kept.
    CHECK(alignment.pairs[2].zh == QList<int>({ 3 }));
    CHECK(alignment.pairs[3].zh == QList<int>({ 2 }));
}

TEST_CASE("align: debris between units is never aligned and is listed as noise", "[align][hard]")
{
    const Bilingual doc = fromText(
        QStringLiteral("THỎA THUẬN\n\nĐiều 1. Giao lưu thanh niên hằng năm tại Quảng Ninh.\n\n- 2 -\n\nĐiều 2. Hiệu "
                       "lực đến năm 2027.\n\n"
                       "协议\n\n第一条 每年在广宁开展青年交流。\n\n18\n\nCh. Kao\n\n第二条 有效期至2027年。"));
    CHECK(align(doc)
        == QStringList({ QStringLiteral("title | title"), QStringLiteral("Điều 1. | 第一条"),
            QStringLiteral("Điều 2. | 第二条") }));
    CHECK(doc.vi.debris.size() == 1);
    CHECK(doc.zh.debris.size() == 2);
}

TEST_CASE("align: a document without numbering is aligned by length and shared tokens", "[align][hard]")
{
    const Bilingual doc = fromText(QStringLiteral(
        "BẢN GHI NHỚ HỢP TÁC\n\n"
        "Năm 2025, hai bên đã tổ chức thành công 12 hoạt động giao lưu văn hóa tại Lạng Sơn và Bằng Tường.\n\n"
        "Hai bên nhất trí trong năm 2026 mở rộng hợp tác du lịch, xây dựng tuyến du lịch xuyên biên giới và "
        "đón 5000 lượt khách mỗi năm.\n\n"
        "Hai bên giao cơ quan chức năng nghiên cứu thành lập nhóm công tác chung về thương mại điện tử.\n\n"
        "Sở Giáo dục hai bên trao đổi 30 giáo viên trong năm học 2026.\n\n"
        "合作备忘录\n\n2025年，双方在谅山和凭祥成功举办12场文化交流活动。\n\n"
        "双方同意2026年内扩大旅游合作，打造跨境旅游线路，每年接待游客5000人次。\n\n"
        "双方责成职能部门研究成立跨境电子商务联合工作组。\n\n双方教育厅在2026学年互派30名教师。"));
    CHECK(align(doc)
        == QStringList({ QStringLiteral("title | title"), QStringLiteral("preamble | preamble"),
            QStringLiteral("preamble | preamble"), QStringLiteral("preamble | preamble"),
            QStringLiteral("preamble | preamble") }));
}

TEST_CASE("align: shuffled pairs score lower than the true ones", "[align][score]")
{
    for (const QString& name : { QStringLiteral("000_a538a87b9166962b.txt"), QStringLiteral("001_21e0537984c48e62.txt"),
             QStringLiteral("004_450d6ae2b470d9a1.txt") }) {
        INFO(name.toStdString());
        const Bilingual doc = sample(name);
        const auto [vi, zh] = Aligner::features(doc.vi, doc.zh, Gazetteer::builtIn());
        const Alignment alignment = Aligner::align(doc.vi, doc.zh, Gazetteer::builtIn());
        QList<std::pair<int, int>> truePairs;
        for (const AlignedPair& pair : alignment.pairs) {
            if (pair.vi.size() == 1 && pair.zh.size() == 1)
                truePairs.append({ pair.vi.front(), pair.zh.front() });
        }
        REQUIRE(truePairs.size() >= 10);
        const LengthModel model = Aligner::sampleModel();
        double trueSum = 0;
        double wrongSum = 0;
        for (qsizetype k = 0; k < truePairs.size(); ++k) {
            // Each Vietnamese unit with the Chinese unit of the pair three places further on (a rotation).
            const auto [i, j] = truePairs[k];
            const int wrong = truePairs[(k + 3) % truePairs.size()].second;
            const double right = Aligner::pairScore({ &vi[i] }, { &zh[j] }, model);
            const double shuffled = Aligner::pairScore({ &vi[i] }, { &zh[wrong] }, model);
            CAPTURE(k, right, shuffled);
            CHECK(right > shuffled);
            trueSum += right;
            wrongSum += shuffled;
        }
        CHECK(trueSum / truePairs.size() > wrongSum / truePairs.size() + 0.3);
    }
}

TEST_CASE("align: re-aligning keeps a confirmed pair, even one the aligner would not choose", "[align][confirm]")
{
    const Bilingual doc = sample(QStringLiteral("000_a538a87b9166962b.txt"));
    // A person pairs the Vietnamese preamble with the Chinese title and preamble together.
    const AlignedPair confirmed { { 1 }, { 0, 1 }, 0.0, true, true };
    const Alignment alignment = Aligner::align(doc.vi, doc.zh, Gazetteer::builtIn(), { confirmed });
    const QStringList pairs = pairsOf(doc, alignment);
    CHECK(pairs.mid(0, 3)
        == QStringList({ QStringLiteral("title | -"), QStringLiteral("preamble | title+preamble"),
            QStringLiteral("Điều 1: | 第一条") }));
    CHECK(alignment.pairs[1].confirmed);
    CHECK_FALSE(alignment.pairs[2].confirmed);
    CHECK(alignment.pairs[0].score == 0.0);
}

TEST_CASE("align: signature blocks without places pair by their signatories' names read across", "[align][hard]")
{
    const Bilingual doc = fromText(QStringLiteral(
        "BIÊN BẢN HỘI ĐÀM\n\nĐiều 1. Hai bên trao đổi đoàn hằng năm.\n\n"
        "TRƯỞNG ĐOÀN ĐẠI BIỂU VIỆT NAM\nNguyễn Văn Sơn\n\nTRƯỞNG ĐOÀN ĐẠI BIỂU TRUNG QUỐC\nLý Minh Quân\n\n"
        "会谈纪要\n\n第一条 双方每年互派代表团。\n\n中国代表团团长\n李明军\n\n越南代表团团长\n阮文山\n"));
    const Alignment alignment = Aligner::align(doc.vi, doc.zh, Gazetteer::builtIn());
    QStringList pairs;
    for (const AlignedPair& pair : alignment.pairs) {
        if (pair.vi.size() == 1 && pair.zh.size() == 1 && doc.vi.units[pair.vi.front()].kind == UnitKind::Signature)
            pairs.append(doc.vi.units[pair.vi.front()].signature.person + QStringLiteral(" | ")
                + doc.zh.units[pair.zh.front()].signature.person);
    }
    CHECK(pairs == QStringList({ QStringLiteral("Nguyễn Văn Sơn | 阮文山"), QStringLiteral("Lý Minh Quân | 李明军") }));
}

TEST_CASE("align: a closing inside the last article in one version and after it in the other pairs as a closing",
    "[align][hard]")
{
    const Bilingual doc = fromText(QStringLiteral(
        "THỎA THUẬN HỢP TÁC\n\nĐiều 1. Hai bên trao đổi 20 sinh viên mỗi năm.\n\n"
        "Điều 2. Hai bên phối hợp tổ chức hội chợ tại Lào Cai.\n\n"
        "Bản thỏa thuận này có hiệu lực kể từ ngày ký, được lập thành 04 bản bằng tiếng Việt và tiếng Trung.\n\n"
        "合作协议\n\n第一条 双方每年互派20名学生。\n\n"
        "第二条 双方在老街联合举办博览会。本协议自签署之日起生效，一式四份，用越文和中文写成。"));
    CHECK(align(doc)
        == QStringList({ QStringLiteral("title | title"), QStringLiteral("Điều 1. | 第一条"),
            QStringLiteral("Điều 2. | 第二条"), QStringLiteral("closing | closing") }));
    CHECK(doc.zh.units.back().text == QStringLiteral("本协议自签署之日起生效，一式四份，用越文和中文写成。"));
    CHECK(doc.zh.units[doc.zh.units.size() - 2].text.endsWith(QStringLiteral("双方在老街联合举办博览会。")));
}

TEST_CASE("align: an annex heading (PHỤ LỤC / 附件) is a part of its own and pairs with a right score", "[align][hard]")
{
    const Bilingual doc = fromText(QStringLiteral(
        "BIÊN BẢN HỘI ĐÀM\n\nĐiều 1. Hai Bên tăng cường hợp tác thương mại biên giới.\n\n"
        "Điều 2. Hai Bên tổ chức hội chợ thương mại hằng năm tại thành phố Lạng Sơn.\n\n"
        "PHỤ LỤC\nDANH MỤC CÁC HOẠT ĐỘNG HỢP TÁC\n\n"
        "1. Tổ chức Hội chợ Thương mại quốc tế Việt - Trung tại Lạng Sơn vào tháng 10/2026.\n\n"
        "2. Trao đổi đoàn doanh nghiệp trong Quý III/2026.\n\n"
        "会谈纪要\n\n第一条 双方加强边境贸易合作。\n\n第二条 双方每年在谅山市举办贸易博览会。\n\n附件：合作活动清单\n\n"
        "1. 2026年10月在谅山举办中越国际商贸博览会。\n\n2. 2026年第三季度互派企业代表团。\n"));
    // The heading is not the text of Article 2; the annex's items come under it.
    for (const LanguageVersion* version : { &doc.vi, &doc.zh }) {
        REQUIRE(version->units.size() == 6);
        CHECK(version->units[3].kind == UnitKind::Section);
        CHECK_FALSE(version->units[3].label.has_value());
        CHECK(version->units[4].parent == 3);
        CHECK(version->units[5].parent == 3);
        CHECK(version->units[2].parent == -1);
    }
    CHECK(doc.vi.units[2].text
        == QStringLiteral("Điều 2. Hai Bên tổ chức hội chợ thương mại hằng năm tại thành phố Lạng Sơn."));
    const Alignment alignment = Aligner::align(doc.vi, doc.zh, Gazetteer::builtIn());
    CHECK(pairsOf(doc, alignment)
        == QStringList(
            { QStringLiteral("title | title"), QStringLiteral("Điều 1. | 第一条"), QStringLiteral("Điều 2. | 第二条"),
                QStringLiteral("section | section"), QStringLiteral("1. | 1."), QStringLiteral("2. | 2.") }));
    const auto annex = std::find_if(alignment.pairs.begin(), alignment.pairs.end(),
        [](const AlignedPair& pair) { return pair.vi == QList<int>({ 3 }); });
    REQUIRE(annex != alignment.pairs.end());
    CHECK(annex->score >= 0.6); // a right pair (it scored 0.28 inside the article)
}
