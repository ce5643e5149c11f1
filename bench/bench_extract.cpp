// Commitment extraction time against document length: a synthetic agreement of 250 to 4,000 articles ("Điều N." /
// "第N条", under a lead-in "Hai bên nhất trí như sau:") in each language (each a dated undertaking of a named province,
// one in four recurring), aligned once, then CommitmentExtractor::extract timed alone. Prints the median per size and
// the time per article; extraction is linear when the time per article stays flat (docs/benchmarks.md).
#include "BenchSupport.h"
#include "align/Aligner.h"
#include "commit/CommitmentExtractor.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"

using namespace concord;

namespace {

QString document(int articles)
{
    static const char16_t* const provinces[][2] = {
        { u"Tỉnh Lào Cai", u"老街省" },
        { u"Tỉnh Điện Biên", u"奠边省" },
        { u"Châu Hồng Hà", u"红河州" },
        { u"Tỉnh Vân Nam", u"云南省" },
    };
    QString vi = QStringLiteral("THỎA THUẬN HỢP TÁC\n\nHai bên nhất trí như sau:\n\n");
    QString zh = QStringLiteral("合作协议\n\n双方商定如下：\n\n");
    for (int n = 1; n <= articles; ++n) {
        const auto& p = provinces[n % 4];
        if (n % 4 == 0) {
            vi += QStringLiteral("Điều %1. %2 trao đổi số liệu thương mại hằng quý.\n\n")
                      .arg(n)
                      .arg(QString::fromUtf16(p[0]));
            zh += QStringLiteral("第%1条 %2每季度交换贸易数据。\n\n").arg(n).arg(QString::fromUtf16(p[1]));
        } else {
            vi += QStringLiteral("Điều %1. %2 cử %3 cán bộ sang học tập trước ngày %4 tháng %5 năm 2027.\n\n")
                      .arg(n)
                      .arg(QString::fromUtf16(p[0]))
                      .arg(5 + n % 30)
                      .arg(1 + n % 28)
                      .arg(1 + n % 12);
            zh += QStringLiteral("第%1条 %2于2027年%5月%4日前派%3名干部赴对方学习。\n\n")
                      .arg(n)
                      .arg(QString::fromUtf16(p[1]))
                      .arg(5 + n % 30)
                      .arg(1 + n % 28)
                      .arg(1 + n % 12);
        }
    }
    vi += QStringLiteral("Thỏa thuận có hiệu lực từ ngày 01 tháng 01 năm 2027 đến ngày 31 tháng 12 năm 2029.\n\n");
    zh += QStringLiteral("本协议自2027年1月1日起生效，有效期至2029年12月31日。\n");
    return vi + zh;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Gazetteer& gazetteer = Gazetteer::builtIn();
    // The table corpus: share of task rows that come out right (text, due day, repetition, lead agency).
    const bench::TableCorpusScore corpus = bench::scoreTableCorpus();
    std::printf("table corpus: %d of %d task-row commitments right (%.3f)\n", corpus.commitmentsRight,
        corpus.commitments, corpus.commitments > 0 ? double(corpus.commitmentsRight) / corpus.commitments : 0.0);
    QList<int> sizes { 250, 500, 1000, 2000, 4000 };
    if (argc > 1)
        sizes = { QString::fromLocal8Bit(argv[1]).toInt() };
    for (const int articles : sizes) {
        const auto parsed = DocumentParser::parseText(document(articles), QStringLiteral("synthetic.txt"));
        if (!parsed.ok() || parsed->documents.size() != 1)
            return 1;
        const ParsedDocument& doc = parsed->documents.front();
        const Alignment alignment
            = Aligner::align(*doc.version(Language::Vietnamese), *doc.version(Language::Chinese), gazetteer);
        std::vector<double> runs;
        qsizetype found = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            found = CommitmentExtractor::extract(doc, alignment, gazetteer).size();
            runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(runs.begin(), runs.end());
        const double median = runs[runs.size() / 2];
        std::printf("extract %5d articles: %8.1f ms median of 5 (%lld commitments), %.3f ms per article\n", articles,
            median, static_cast<long long>(found), median / articles);
    }
    return 0;
}
