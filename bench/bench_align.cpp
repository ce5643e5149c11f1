// Alignment time against document size: synthetic bilingual agreements of 100, 1,000 and 10,000 units per
// side, numbered (articles: anchors and short gaps) and unnumbered (paragraphs: the banded dynamic
// programme over the whole document). Parsing is done before timing; only Aligner::align is measured.

#include "BenchSupport.h"
#include "align/Aligner.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"

using namespace concord;
using namespace concord::bench;

namespace {

const char16_t* const VietnameseTopics[] = {
    u"giao lưu thanh niên về trí tuệ nhân tạo",
    u"hợp tác thương mại qua cửa khẩu và thúc đẩy thông quan thuận lợi cho hàng nông sản",
    u"đào tạo",
    u"phối hợp quản lý biên giới, tuần tra chung và trao đổi thông tin về an ninh trật tự khu vực biên giới",
    u"du lịch xuyên biên giới",
};
const char16_t* const ChineseTopics[] = {
    u"开展人工智能青年交流",
    u"加强口岸贸易合作，推动农产品通关便利化",
    u"培训",
    u"配合开展边境管理、联合巡逻，交流边境地区治安信息",
    u"跨境旅游",
};

QString document(int units, bool numbered)
{
    QString vi = QStringLiteral("THỎA THUẬN HỢP TÁC\n\n");
    QString zh = QStringLiteral("合作协议\n\n");
    for (int n = 1; n <= units; ++n) {
        const int topic = (n * 7) % 5;
        const QString viLabel = numbered ? QStringLiteral("Điều %1. ").arg(n) : QString();
        const QString zhLabel = numbered ? QStringLiteral("第%1条 ").arg(n) : QString();
        vi += viLabel
            + QStringLiteral("Năm %1, hai bên tiếp tục %2, tổ chức %3 đoàn.\n\n")
                  .arg(2000 + n % 50)
                  .arg(QString::fromUtf16(VietnameseTopics[topic]))
                  .arg(n % 9 + 1);
        zh += zhLabel
            + QStringLiteral("%1年，双方继续%2，组织%3个团。\n\n")
                  .arg(2000 + n % 50)
                  .arg(QString::fromUtf16(ChineseTopics[topic]))
                  .arg(n % 9 + 1);
    }
    return vi + zh;
}

} // namespace

int main()
{
    constexpr int Runs = 5;
    const Gazetteer& gazetteer = Gazetteer::builtIn();
    int status = 0;
    for (const bool numbered : { true, false }) {
        double previous = 0;
        for (const int units : { 100, 1000, 10000 }) {
            const auto parsed = DocumentParser::parseText(document(units, numbered), QStringLiteral("synthetic.txt"));
            const ParsedDocument& doc = parsed->documents.front();
            const LanguageVersion& vi = *doc.version(Language::Vietnamese);
            const LanguageVersion& zh = *doc.version(Language::Chinese);
            int paired = 0;
            const double seconds = medianSeconds(Runs, [&] {
                const Alignment alignment = Aligner::align(vi, zh, gazetteer);
                paired = 0;
                for (const AlignedPair& pair : alignment.pairs)
                    paired += pair.vi.size() == 1 && pair.zh.size() == 1 && pair.vi.front() == pair.zh.front();
            });
            std::printf("%-11s %6d units per side: %9.1f ms median of %d, %5.1f us per unit, %d of %d pairs "
                        "diagonal",
                numbered ? "numbered" : "unnumbered", units, seconds * 1e3, Runs, seconds / units * 1e6, paired,
                units + 1);
            if (previous > 0) {
                const double growth = seconds / previous;
                std::printf(", x%.1f for 10x the units", growth);
                status |= growth > 12.0 && units >= 1000 ? 1 : 0;
            }
            std::printf("\n");
            std::fflush(stdout);
            previous = seconds;
        }
    }
    return status;
}
