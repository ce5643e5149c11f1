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

/// Words of agreement text, for the pathological shapes below.
QString sentence(int index, int words)
{
    static const QStringList vocabulary
        = QStringLiteral("hai bên nhất trí tăng cường hợp tác phát triển kinh tế thương "
                         "mại du lịch giáo dục giao lưu biên giới tỉnh")
              .split(QLatin1Char(' '));
    QString out;
    for (int w = 0; w < words; ++w) {
        if (w > 0)
            out += QLatin1Char(' ');
        out += vocabulary[(index * 7 + w * 3) % vocabulary.size()];
    }
    return out;
}

/// Shapes no agreement has but a hostile or broken file can: each as text of about \a bytes.
QString noBlankLines(qsizetype bytes) // sentences, one a line, no blank line anywhere
{
    QString text;
    for (int i = 0; text.size() < bytes; ++i)
        text += sentence(i, 12) + QStringLiteral(".\n");
    return text;
}

QString noFullStops(qsizetype bytes) // paragraphs of 200 lines, no sentence ever ends
{
    QString text;
    for (int i = 0; text.size() < bytes; ++i)
        text += sentence(i, 12) + (i % 200 == 199 ? QStringLiteral("\n\n") : QStringLiteral("\n"));
    return text;
}

QString oneParagraph(qsizetype bytes) // one line, no break at all
{
    QString text;
    for (int i = 0; text.size() < bytes; ++i)
        text += sentence(i, 12) + QLatin1Char(' ');
    return text;
}

} // namespace

/// Seconds per MB of parsing \a text (median of \a runs).
double secondsPerMegabyte(const char* what, const QString& text, int runs)
{
    const double seconds = medianSeconds(runs, [&] {
        const auto parsed = DocumentParser::parseText(text, QStringLiteral("pathological.txt"));
        if (!parsed)
            std::fprintf(stderr, "%s: %s\n", what, qPrintable(parsed.error().toString()));
    });
    const qsizetype bytes = text.toUtf8().size();
    report(what, bytes, seconds, runs);
    return seconds / (double(bytes) / (1 << 20));
}

int main()
{
    constexpr int Runs = 5;
    // Pathological shapes first: each within twice the time per MB of a normal document of the same size.
    const double normal = secondsPerMegabyte("normal agreement, ~10 MB", syntheticAgreement(30000), 3);
    bool shapesOk = true;
    const std::pair<const char*, QString> shapes[] = {
        { "10 MB without blank lines", noBlankLines(10 << 20) },
        { "10 MB without full stops", noFullStops(10 << 20) },
        { "one 5 MB paragraph", oneParagraph(5 << 20) },
    };
    for (const auto& [what, text] : shapes) {
        const double perMegabyte = secondsPerMegabyte(what, text, 3);
        std::printf("%58s %.2f x the time per MB of a normal agreement (above 2 fails)\n", "", perMegabyte / normal);
        shapesOk = shapesOk && perMegabyte <= 2 * normal;
    }

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
    return growth <= 1.5 && shapesOk ? 0 : 1;
}
