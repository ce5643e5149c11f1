#include "text/DateParser.h"

#include "text/Fold.h"
#include "text/Numerals.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

namespace concord {

namespace {

using Handler = std::function<std::optional<DateMention>(const QRegularExpressionMatch&, int referenceYear)>;

struct Rule
{
    QRegularExpression pattern;
    Handler handler;
};

int year(const QString& text)
{
    const int value = text.toInt();
    return text.size() == 2 ? 2000 + value : value;
}

std::optional<DateMention> span(DateKind kind, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return std::nullopt;
    DateMention m;
    m.kind = kind;
    m.from = from;
    m.to = to;
    return m;
}

std::optional<DateMention> day(DateKind kind, int y, int month, int d)
{
    const QDate date(y, month, d);
    return span(kind, date, date);
}

std::optional<DateMention> wholeYear(DateKind kind, int y)
{
    return y >= 1900 && y <= 2200 ? span(kind, QDate(y, 1, 1), QDate(y, 12, 31)) : std::nullopt;
}

std::optional<DateMention> firstHalf(int y)
{
    return y > 0 ? span(DateKind::Deadline, QDate(y, 1, 1), QDate(y, 6, 30)) : std::nullopt;
}

std::optional<DateMention> secondHalf(int y)
{
    return y > 0 ? span(DateKind::Deadline, QDate(y, 7, 1), QDate(y, 12, 31)) : std::nullopt;
}

std::optional<DateMention> quarter(int y, int q)
{
    if (y <= 0 || q < 1 || q > 4)
        return std::nullopt;
    const QDate first(y, 3 * q - 2, 1);
    return span(DateKind::Deadline, first, first.addMonths(3).addDays(-1));
}

int chineseOrArabic(const QString& text)
{
    if (const auto value = Numerals::arabic(text))
        return *value;
    return Numerals::chinese(text).value_or(0);
}

int quarterNumber(const QString& text)
{
    if (const auto value = Numerals::arabic(text))
        return *value;
    if (const auto value = Numerals::roman(text))
        return *value;
    return Numerals::chinese(text).value_or(0);
}

/// A rule's pattern, each number it captures taken whole: "(\\d{4})" never reads 2147 out of 2147483648, nor
/// "(\\d{1,2})" 17 out of 18446744073709551617 (a number that overflows is no number).
QRegularExpression re(const char* pattern)
{
    static const QRegularExpression digits(QStringLiteral(R"(\((\\d\{\d+(?:,\d+)?\})\))"));
    QString text = QString::fromUtf8(pattern);
    text.replace(digits, QStringLiteral(R"((?<!\d)(\1)(?!\d))"));
    return QRegularExpression(text);
}

/// Rules on folded text (lower case, no diacritics, ASCII digits, single spaces), most specific first.
const std::vector<Rule>& rules()
{
    static const std::vector<Rule> list = [] {
        std::vector<Rule> r;
        const char* vnDate = "ngay (\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})";
        const char* vnDay = "(\\d{1,2}) thang (\\d{1,2}) nam (\\d{4})";
        const char* numDate = "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})";
        // Deadlines with a day: "đến hết ngày 31 tháng 12 năm 2027", "trước ngày 30/6/2026".
        r.push_back(
            { re((std::string("(?:den het|den|truoc|cham nhat) ngay ") + vnDay).c_str()), [](const auto& m, int) {
                 return day(DateKind::Deadline, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
             } });
        r.push_back(
            { re((std::string("(?:den het|den|truoc|cham nhat) ngay ") + numDate).c_str()), [](const auto& m, int) {
                 return day(DateKind::Deadline, year(m.captured(3)), m.captured(2).toInt(), m.captured(1).toInt());
             } });
        // Deadlines with a day but no year ("trước ngày 15 tháng 7", "trước ngày 15/7", "7月15日前"): the reference
        // year, said so. Not a yearly anchor ("trước ngày 31 tháng 3 hằng năm", "每年3月31日前").
        const auto assumed = [](int ref, int month, int d) {
            auto m = ref > 0 ? day(DateKind::Deadline, ref, month, d) : std::nullopt;
            if (m)
                m->yearAssumed = true;
            return m;
        };
        r.push_back(
            { re("(?:den het|den|truoc|cham nhat) ngay (\\d{1,2})(?: thang |/)(\\d{1,2})\\b(?!/| nam| hang| moi|"
                 " cua (?:nam|moi|hang))"),
                [assumed](
                    const auto& m, int ref) { return assumed(ref, m.captured(2).toInt(), m.captured(1).toInt()); } });
        r.push_back({ re("(?<![年\\d])(\\d{1,2}) ?月 ?(\\d{1,2}) ?日(?:前|之前|以前)"),
            [assumed](const auto& m, int ref) { return assumed(ref, m.captured(1).toInt(), m.captured(2).toInt()); } });
        // Starts with a day: "kể từ ngày 07 tháng 02 năm 2026".
        r.push_back({ re((std::string("(?:ke tu|tu) ngay ") + vnDay).c_str()), [](const auto& m, int) {
                         return day(
                             DateKind::Start, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
                     } });
        // Half years, quarters, ends of year.
        r.push_back({ re("nua dau (?:cua )?nam (\\d{4})"),
            [](const auto& m, int) { return firstHalf(m.captured(1).toInt()); } });
        r.push_back({ re("nua cuoi (?:cua )?nam (\\d{4})"),
            [](const auto& m, int) { return secondHalf(m.captured(1).toInt()); } });
        r.push_back(
            { re("(\\d{4}) ?年 ?上半年"), [](const auto& m, int) { return firstHalf(m.captured(1).toInt()); } });
        r.push_back(
            { re("(\\d{4}) ?年 ?下半年"), [](const auto& m, int) { return secondHalf(m.captured(1).toInt()); } });
        r.push_back({ re("上半年"), [](const auto&, int ref) { return firstHalf(ref); } });
        r.push_back({ re("下半年"), [](const auto&, int ref) { return secondHalf(ref); } });
        r.push_back({ re("(?:6|sau) thang dau (?:cua )?nam (\\d{4})"),
            [](const auto& m, int) { return firstHalf(m.captured(1).toInt()); } });
        r.push_back({ re("(?:6|sau) thang cuoi (?:cua )?nam (\\d{4})"),
            [](const auto& m, int) { return secondHalf(m.captured(1).toInt()); } });
        r.push_back({ re("quy (i{1,3}|iv|[1-4])(?: nam | ?/ ?)(\\d{4})"), [](const auto& m, int) {
                         return quarter(m.captured(2).toInt(), quarterNumber(m.captured(1).toUpper()));
                     } });
        r.push_back({ re("(\\d{4}) ?年 ?第?([一二三四1-4]) ?季度"),
            [](const auto& m, int) { return quarter(m.captured(1).toInt(), quarterNumber(m.captured(2))); } });
        r.push_back({ re("(?:trong|truoc cuoi|cuoi|het) nam (\\d{4})"),
            [](const auto& m, int) { return wholeYear(DateKind::Deadline, m.captured(1).toInt()); } });
        r.push_back({ re("(\\d{4}) ?年 ?(?:内|底|末)"),
            [](const auto& m, int) { return wholeYear(DateKind::Deadline, m.captured(1).toInt()); } });
        r.push_back({ re("(?<![\\d年])年(?:内|底|末)"),
            [](const auto&, int ref) { return wholeYear(DateKind::Deadline, ref); } });
        // Starts: "từ năm 2026", "自2026年起".
        r.push_back({ re("(?:ke tu|tu) nam (\\d{4})"), [](const auto& m, int) {
                         const int y = m.captured(1).toInt();
                         return span(DateKind::Start, QDate(y, 1, 1), QDate(y, 1, 1));
                     } });
        r.push_back({ re("(?:自|从)? ?(\\d{4}) ?年 ?起"), [](const auto& m, int) {
                         const int y = m.captured(1).toInt();
                         return span(DateKind::Start, QDate(y, 1, 1), QDate(y, 1, 1));
                     } });
        // Repetitions, twice a year before every year ("hai lần mỗi năm", "每年两次").
        const auto every = [](DateKind kind) {
            return [kind](const QRegularExpressionMatch&, int) {
                DateMention m;
                m.kind = kind;
                return std::optional(m);
            };
        };
        r.push_back({ re("(?:hai|2) lan (?:moi|mot|hang|trong) nam|(?:moi|hang) nam (?:hai|2) lan|(?:6|sau) thang "
                         "(?:mot|1) lan|(?:moi|hang) "
                         "(?:6|sau) thang|(?:moi|hang) nua nam|nua nam (?:mot|1) lan|dinh ky (?:6|sau) thang|"
                         "每半年|半年一次|每年(?:两|二|2)次|一年(?:两|二|2)次|每六个月"),
            every(DateKind::EveryHalfYear) });
        r.push_back({ re("(?:hang|moi|tung) quy|dinh ky (?:hang )?quy|(?:3|ba) thang (?:mot|1) lan|每(?:个)?季度?|"
                         "按季度?|每三个月"),
            every(DateKind::EveryQuarter) });
        r.push_back({ re("(?:hang|moi|tung) thang|dinh ky hang thang|thang (?:mot|1) lan|每(?:个)?月|按月"),
            every(DateKind::EveryMonth) });
        r.push_back({ re("(?:hang|moi|tung) nam|nam (?:mot|1) lan|dinh ky hang nam|每年度?|每一年|一年一次"),
            every(DateKind::Yearly) });
        // Days.
        r.push_back({ re(vnDate), [](const auto& m, int) {
                         return day(DateKind::Day, m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
                     } });
        r.push_back({ re("(\\d{4}) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日"), [](const auto& m, int) {
                         return day(DateKind::Day, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
                     } });
        r.push_back(
            { re("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"),
                [](const auto& m, int) {
                    return day(DateKind::Day, chineseOrArabic(m.captured(1)), chineseOrArabic(m.captured(2)),
                        chineseOrArabic(m.captured(3)));
                } });
        // Ranges of days: "14 -17.4.2026", "14-17/4/2026".
        r.push_back(
            { re("(?<!\\d)(\\d{1,2}) ?[-–] ?(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)"), [](const auto& m, int) {
                 const int y = m.captured(4).toInt();
                 const int month = m.captured(3).toInt();
                 return span(
                     DateKind::Range, QDate(y, month, m.captured(1).toInt()), QDate(y, month, m.captured(2).toInt()));
             } });
        r.push_back({ re("(?<![\\d.])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])"), [](const auto& m, int) {
                         if (m.captured(4).size() == 2 && m.captured(2) != QLatin1String("/"))
                             return std::optional<DateMention>(); // 1.2.33 is not a date
                         return day(DateKind::Day, year(m.captured(4)), m.captured(3).toInt(), m.captured(1).toInt());
                     } });
        // Ranges of years: "giai đoạn 2022 - 2026", "2026—2027 年", "2026 - 2027".
        r.push_back({ re("(?<!\\d)(\\d{4}) ?[-–—~至到] ?(\\d{4})(?: ?年)?(?!\\d)"), [](const auto& m, int) {
                         const int a = m.captured(1).toInt();
                         const int b = m.captured(2).toInt();
                         if (a < 1900 || b > 2200 || b < a)
                             return std::optional<DateMention>();
                         return span(DateKind::Range, QDate(a, 1, 1), QDate(b, 12, 31));
                     } });
        // Months: "tháng 4/2025", "tháng 4 năm 2025", "2026年2月".
        r.push_back({ re("thang (\\d{1,2})(?:/| nam )(\\d{4})"), [](const auto& m, int) {
                         const QDate first(m.captured(2).toInt(), m.captured(1).toInt(), 1);
                         return span(DateKind::Month, first, first.addMonths(1).addDays(-1));
                     } });
        r.push_back({ re("(\\d{4}) ?年 ?(\\d{1,2}) ?月"), [](const auto& m, int) {
                         const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
                         return span(DateKind::Month, first, first.addMonths(1).addDays(-1));
                     } });
        // Years on their own.
        r.push_back({ re("nam (\\d{4})(?!\\d)"),
            [](const auto& m, int) { return wholeYear(DateKind::Year, m.captured(1).toInt()); } });
        r.push_back({ re("(?<!\\d)(\\d{4}) ?年(?![\\d月])"),
            [](const auto& m, int) { return wholeYear(DateKind::Year, m.captured(1).toInt()); } });
        return r;
    }();
    return list;
}

} // namespace

QList<DateMention> DateParser::find(QStringView text, int referenceYear)
{
    const FoldedText folded = Fold::foldWithSource(text);
    std::vector<bool> taken(size_t(folded.text.size()), false);
    QList<DateMention> found;
    for (const Rule& rule : rules()) {
        auto matches = rule.pattern.globalMatch(folded.text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            const qsizetype start = m.capturedStart(0);
            const qsizetype end = m.capturedEnd(0);
            bool overlaps = false;
            for (qsizetype i = start; i < end && !overlaps; ++i)
                overlaps = taken[size_t(i)];
            if (overlaps)
                continue;
            // A phrase that has the shape of a date but names no real day ("31 tháng 02") is consumed
            // all the same: reporting its year alone would be a wrong reading, not a partial one.
            for (qsizetype i = start; i < end; ++i)
                taken[size_t(i)] = true;
            auto mention = rule.handler(m, referenceYear);
            if (!mention)
                continue;
            const auto [from, length] = folded.sourceRange(start, end - start, text.size());
            mention->start = from;
            mention->length = length;
            found.append(*mention);
        }
    }
    std::sort(found.begin(), found.end(), [](const DateMention& a, const DateMention& b) { return a.start < b.start; });
    return found;
}

} // namespace concord
