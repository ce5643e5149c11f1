// Numbering throughput: Concord's LabelParser against a generic path built from ICU's own services (one
// regular expression for the label shapes, RuleBasedNumberFormat to read Chinese and Roman numerals) over
// every paragraph of the samples plus generated labels of every form.

#include "BenchSupport.h"
#include "text/NumberingLabel.h"

#include <QRegularExpression>

#include <unicode/rbnf.h>

#include <memory>

using namespace concord;
using namespace concord::bench;

namespace {

struct IcuLabels
{
    std::unique_ptr<icu::RuleBasedNumberFormat> chinese;
    std::unique_ptr<icu::RuleBasedNumberFormat> roman;
    QRegularExpression shape { QStringLiteral(
        "^\\s*(?:(?:Điều|Chương|Mục|Phần)\\s+(\\d+|[IVXLCDM]+)|第([零〇一二两三四五六七八九十百千]+|\\d+)[条章节]"
        "|[（(]([零〇一二两三四五六七八九十百千]+|\\d+|[IVXLCDM]+)[）)]|([零〇一二两三四五六七八九十百千]+)、"
        "|(\\d+)[.)、]|([IVXLCDM]+)\\.)") };

    IcuLabels()
    {
        UErrorCode status = U_ZERO_ERROR;
        chinese = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("zh"), status);
        roman = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_NUMBERING_SYSTEM, icu::Locale("en"), status);
        roman->setDefaultRuleSet(u"%roman-upper", status);
        if (U_FAILURE(status)) {
            std::fprintf(stderr, "ICU RBNF: %s\n", u_errorName(status));
            std::exit(1);
        }
    }

    int value(const QString& numeral) const
    {
        if (numeral.front().isDigit())
            return numeral.toInt();
        icu::Formattable result;
        icu::ParsePosition position;
        const icu::UnicodeString text(reinterpret_cast<const UChar*>(numeral.utf16()), int32_t(numeral.size()));
        (numeral.front().unicode() < 0x80 ? roman : chinese)->parse(text, result, position);
        UErrorCode status = U_ZERO_ERROR;
        return position.getIndex() == text.length() ? int(result.getLong(status)) : 0;
    }

    /// (labels found, sum of their values)
    std::pair<int, long> parse(const QStringList& lines) const
    {
        int found = 0;
        long sum = 0;
        for (const QString& line : lines) {
            const QRegularExpressionMatch m = shape.match(line);
            if (!m.hasMatch())
                continue;
            ++found;
            for (int group = 1; group <= m.lastCapturedIndex(); ++group) {
                if (m.capturedLength(group) > 0) {
                    sum += value(m.captured(group));
                    break;
                }
            }
        }
        return { found, sum };
    }

    QString format(const icu::RuleBasedNumberFormat& rbnf, int n) const
    {
        icu::UnicodeString out;
        rbnf.format(int32_t(n), out);
        return QString(reinterpret_cast<const QChar*>(out.getBuffer()), out.length());
    }
};

std::pair<int, long> concordParse(const QStringList& lines)
{
    int found = 0;
    long sum = 0;
    for (const QString& line : lines) {
        if (const auto label = LabelParser::parse(line)) {
            ++found;
            sum += label->value;
        }
    }
    return { found, sum };
}

} // namespace

int main()
{
    constexpr int Runs = 7;
    const IcuLabels icu;
    QStringList unit;
    for (const QByteArray& file : sampleFiles())
        unit += QString::fromUtf8(file).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString body = QStringLiteral(" Hai bên thống nhất tăng cường hợp tác 双方同意加强合作");
    for (int n = 1; n <= 300; ++n) {
        const QString zh = icu.format(*icu.chinese, n);
        const QString roman = icu.format(*icu.roman, n);
        unit << QStringLiteral("Điều %1.").arg(n) + body << QStringLiteral("第%1条").arg(zh) + body
             << QStringLiteral("（%1）").arg(zh) + body << QStringLiteral("%1、").arg(zh) + body
             << QStringLiteral("%1. ").arg(roman) + body << QStringLiteral("(%1)").arg(n) + body
             << QStringLiteral("%1.").arg(n) + body;
    }
    qsizetype unitBytes = 0;
    for (const QString& line : unit)
        unitBytes += line.toUtf8().size() + 1;
    QStringList lines;
    while (qsizetype(lines.size()) * unitBytes / qMax<qsizetype>(1, unit.size()) < 4'000'000)
        lines += unit;
    const qsizetype bytes = unitBytes * (lines.size() / unit.size());

    const auto [concordFound, concordSum] = concordParse(unit);
    const auto [icuFound, icuSum] = icu.parse(unit);
    std::printf("labels in one pass over %lld lines: Concord %d (values sum %ld), ICU generic %d (values sum %ld)\n",
        static_cast<long long>(unit.size()), concordFound, concordSum, icuFound, icuSum);

    report("Concord LabelParser::parse", bytes, medianSeconds(Runs, [&] { concordParse(lines); }), Runs);
    report("ICU generic: QRegularExpression + RuleBasedNumberFormat", bytes,
        medianSeconds(Runs, [&] { icu.parse(lines); }), Runs);
    return 0;
}
