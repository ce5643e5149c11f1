// Parsing throughput and linearity: synthetic bilingual agreements of 1,250 to 10,000 articles each way,
// parsed by DocumentParser::parseText (paragraphs, language split, structure, metadata). The time per
// article must stay flat as the document grows.

#include "BenchSupport.h"
#include "import/DocumentParser.h"

using namespace concord;
using namespace concord::bench;

namespace {

QString syntheticAgreement(int articles)
{
    QString text = QStringLiteral("THỎA THUẬN HỢP TÁC GIỮA TỈNH QUẢNG NINH VÀ KHU TỰ TRỊ DÂN TỘC CHOANG QUẢNG TÂY\n\n"
                                  "Hai bên thống nhất ký kết Thỏa thuận này với các nội dung sau:\n\n");
    for (int n = 1; n <= articles; ++n) {
        text += QStringLiteral("**Điều %1:** Hằng năm, hai bên tổ chức %2 đoàn giao lưu thanh niên, trao đổi kinh "
                               "nghiệm về trí tuệ nhân tạo và hoàn thành trong năm 2026.\n\n")
                    .arg(n)
                    .arg(n % 7 + 1);
        if (n % 40 == 0)
            text += QStringLiteral("%1\n\n").arg(n / 40); // a page number
    }
    text += QStringLiteral("Thỏa thuận này được ký ngày 07 tháng 02 năm 2026, không có giá trị ràng buộc pháp lý.\n\n"
                           "BÍ THƯ TỈNH ỦY QUẢNG NINH\n\nNguyễn Văn An\n\n");
    text += QStringLiteral("广宁省与广西壮族自治区合作协议\n\n双方同意签署本协议，内容如下：\n\n");
    for (int n = 1; n <= articles; ++n) {
        text += QStringLiteral("第%1条 双方每年组织%2个青年交流团，交流人工智能经验，2026年内完成。\n\n")
                    .arg(n)
                    .arg(n % 7 + 1);
        if (n % 40 == 0)
            text += QStringLiteral("%1\n\n").arg(n / 40);
    }
    text += QStringLiteral("本协议于2026年2月7日签订，不具有法律约束力。\n\n广宁省委书记\n\n阮文安\n");
    return text;
}

} // namespace

int main()
{
    constexpr int Runs = 5;
    double firstPerArticle = 0;
    double lastPerArticle = 0;
    for (const int articles : { 1250, 2500, 5000, 10000 }) {
        const QString text = syntheticAgreement(articles);
        int units = 0;
        const double seconds = medianSeconds(Runs, [&] {
            const auto parsed = DocumentParser::parseText(text, QStringLiteral("synthetic.txt"));
            units = 0;
            for (const LanguageVersion& version : parsed->documents.front().versions)
                units += int(version.unitsOfKind(UnitKind::Article).size());
        });
        if (units != 2 * articles) {
            std::fprintf(stderr, "expected %d articles, parsed %d\n", 2 * articles, units);
            return 1;
        }
        const qsizetype bytes = text.toUtf8().size();
        const double perArticle = seconds / articles * 1e6;
        const QByteArray what = QStringLiteral("DocumentParser, %1 articles each way").arg(articles).toUtf8();
        report(what.constData(), bytes, seconds, Runs);
        std::printf("%58s %9.1f ms  (%.1f us per article)\n", "", seconds * 1e3, perArticle);
        if (firstPerArticle == 0)
            firstPerArticle = perArticle;
        lastPerArticle = perArticle;
    }
    const double growth = lastPerArticle / firstPerArticle;
    std::printf("time per article at 10,000 / at 1,250: %.2f (1.00 is linear; above 1.5 fails)\n", growth);
    return growth <= 1.5 ? 0 : 1;
}
