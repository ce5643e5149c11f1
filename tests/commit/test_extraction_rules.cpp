// Each form of undertaking is a rule of its own (ProseClauseRule, AgreementObligationRule, TableRowRule): each read
// here on its own, over the same pairs the extractor gives it.
#include "align/Aligner.h"
#include "commit/AgreementObligationRule.h"
#include "commit/CommitmentExtractor.h"
#include "commit/PairFacts.h"
#include "commit/ProseClauseRule.h"
#include "commit/TableRowRule.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "support/CatchQt.h"

using namespace concord;

namespace {

const QString Agreement2027 = QStringLiteral(
    "THỎA THUẬN HỢP TÁC\n\n"
    "Điều 1. Tỉnh Lạng Sơn cử 12 cán bộ sang Quảng Tây học tập trước ngày 30 tháng 9 năm 2027.\n\n"
    "Điều 2. Thỏa thuận có hiệu lực từ ngày 01 tháng 01 năm 2027 đến ngày 31 tháng 12 năm 2029. Chậm nhất ba tháng "
    "trước khi hết hạn, hai Bên trao đổi về việc gia hạn.\n\n"
    "PHỤ LỤC\n\n| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
    "| 1 | Tổ chức hội chợ | Sở Công Thương | Quý III/2027 |\n\n"
    "合作协议\n\n"
    "第一条 谅山省于2027年9月30日前派12名干部赴广西学习。\n\n"
    "第二条 本协议自2027年1月1日起生效，有效期至2029年12月31日。双方最迟于期满前三个月商谈续签事宜。\n\n"
    "附件\n\n| 序号 | 内容 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 举办交易会 | 谅山省工贸厅 | "
    "2027年第三季度 |\n");

struct Parsed
{
    ParsedFile file;
    Alignment alignment;
    QList<PairFacts> facts;

    const ParsedDocument& document() const { return file.documents.front(); }
};

Parsed parse()
{
    const Gazetteer& gazetteer = Gazetteer::builtIn();
    auto file = DocumentParser::parseText(Agreement2027, QStringLiteral("rules.md"), gazetteer);
    REQUIRE(file.ok());
    Parsed parsed { file.value(), {}, {} };
    const ParsedDocument& document = parsed.document();
    parsed.alignment
        = Aligner::align(*document.version(Language::Vietnamese), *document.version(Language::Chinese), gazetteer);
    parsed.facts = PairFacts::of(document, parsed.alignment, gazetteer);
    return parsed;
}

} // namespace

TEST_CASE("rules: the prose rule reads the clauses and none of the table", "[commit][rules]")
{
    const Parsed parsed = parse();
    const PartyResolver resolver(parsed.document().metadata.parties, Gazetteer::builtIn());
    const QList<CommitmentCandidate> prose
        = ProseClauseRule::commitments(parsed.facts, parsed.document().metadata.header, resolver, Gazetteer::builtIn());
    QStringList found;
    for (const CommitmentCandidate& c : prose)
        found.append(QStringLiteral("%1 %2 %3").arg(c.label, c.due.toString(Qt::ISODate), c.quantity));
    // Article 2's end of validity is the obligation rule's; the extractor drops the clause that restates it.
    CHECK(found.first() == QStringLiteral("Điều 1. 2027-09-30 12 cán bộ"));
    CHECK(std::none_of(prose.begin(), prose.end(), [](const CommitmentCandidate& c) {
        return c.vi.contains(QStringLiteral("hội chợ")) || c.zh.contains(QStringLiteral("交易会"));
    }));
}

TEST_CASE("rules: the obligation rule gives the renewal notice and the validity's end, the pair that states it",
    "[commit][rules]")
{
    const Parsed parsed = parse();
    const PartyResolver resolver(parsed.document().metadata.parties, Gazetteer::builtIn());
    int validityPair = -2;
    const QList<CommitmentCandidate> obligations = AgreementObligationRule::commitments(
        parsed.facts, parsed.document().metadata.header, resolver, Gazetteer::builtIn(), &validityPair);
    REQUIRE(obligations.size() == 2);
    CHECK(obligations[0].kind == CommitmentKind::Renewal);
    CHECK(obligations[0].due == QDate(2029, 9, 30)); // three months before the end
    CHECK(obligations[1].kind == CommitmentKind::ValidityEnd);
    CHECK(obligations[1].due == QDate(2029, 12, 31));
    CHECK(validityPair == obligations[1].pair);
    CHECK(validityPair >= 0);
}

TEST_CASE("rules: the table rule gives the annex's row, in both languages, and nothing of the prose",
    "[commit][rules][tables]")
{
    const Parsed parsed = parse();
    const QList<CommitmentCandidate> rows
        = TableRowRule::commitments(parsed.document(), parsed.alignment, Gazetteer::builtIn());
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].label == QStringLiteral("Phụ lục, mục 1"));
    CHECK(rows[0].labelZh == QStringLiteral("附件，第1项"));
    CHECK(rows[0].vi == QStringLiteral("Tổ chức hội chợ"));
    CHECK(rows[0].zh == QStringLiteral("举办交易会"));
    CHECK(rows[0].due == QDate(2027, 9, 30));
    CHECK(rows[0].leadAgency == Evidence { QStringLiteral("Sở Công Thương"), QStringLiteral("谅山省工贸厅") });
    CHECK(rows[0].warnings.isEmpty());

    // The extractor runs the three in turn, in reading order, the validity's end last.
    const QList<CommitmentCandidate> all
        = CommitmentExtractor::extract(parsed.document(), parsed.alignment, Gazetteer::builtIn());
    QStringList kinds;
    for (const CommitmentCandidate& c : all)
        kinds.append(CommitmentCandidate::kindKey(c.kind));
    CHECK(kinds
        == QStringList { QStringLiteral("clause"), QStringLiteral("renewal"), QStringLiteral("clause"),
            QStringLiteral("validity-end") });
}
