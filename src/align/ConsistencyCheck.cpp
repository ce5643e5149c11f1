#include "align/ConsistencyCheck.h"

#include "import/Gazetteer.h"
#include "text/DateParser.h"
#include "text/Fold.h"
#include "text/Numerals.h"
#include "text/SinoVietnamese.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace concord {

namespace {

/// A value with the phrase it was read from (the number and the word after it: `10 cán bộ`, `6名干部`).
struct Mention
{
    QString value;
    QString phrase;
};

QString bodyOf(const Unit& unit)
{
    return unit.label ? unit.text.mid(qMin(unit.label->length, unit.text.size())) : unit.text;
}

/// Text with date phrases blanked out (their numbers are checked as dates).
QString withoutDates(const QString& text, const QList<DateMention>& dates)
{
    QString out = text;
    for (const DateMention& d : dates) {
        for (qsizetype k = d.start; k < d.start + d.length && k < out.size(); ++k)
            out[k] = QLatin1Char(' ');
    }
    return out;
}

/// Quantities: a number with the word it counts (`10 cán bộ`, `1,2 tỷ đồng`, `6名干部`, `五省`, `12亿美元`).
/// Ones, years and ordinals (`lần thứ 15`, `第十四届`) are left out: translations drop or reword them.
QList<Mention> numbers(const QString& text, bool vietnamese)
{
    static const QRegularExpression viNumber(QStringLiteral(
        "(?<![\\p{Latin}\\d])(\\d+(?:[.,]\\d+)*)(?![\\p{Latin}\\d])\\s*(%|(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\\p{L})\\s*)?"
        "\\p{L}+(?:\\s+\\p{Ll}+)?)"));
    static const QRegularExpression zhNumber(QStringLiteral(
        "(?<!第)(\\d+(?:[.,]\\d+)*|[零〇一二两三四五六七八九十百千]+)\\s*([万亿]?)"
        "([%％]|[名个项人次份家所批辆吨元位]?(?:(?![零〇一二两三四五六七八九十百千月])\\p{Han}){0,2})(?![月])"));
    static const QRegularExpression thousands(QStringLiteral("^\\d{1,3}(\\.\\d{3})+$"));
    QList<Mention> list;
    auto keep = [&](double number, const QString& phrase) {
        if (number == 1 || (number >= 1900 && number <= 2100 && number == std::floor(number)))
            return;
        list.append({ QString::number(number, 'g', 12), phrase });
    };
    if (vietnamese) {
        for (auto it = viNumber.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            // Ordinals and references (`lần thứ 15`, `Điều 1, 2`) and pieces of dates (`ngày 10`).
            static const QRegularExpression before(
                QStringLiteral("(?:thứ|số|lần|Điều|điều|khoản|mục|điểm|ngày|tháng|năm)[\\s,\\d]*$"));
            if (before.match(text.left(m.capturedStart(0))).hasMatch())
                continue;
            // 1.200 groups thousands; 1,2 is a decimal.
            QString value = m.captured(1);
            if (thousands.match(value).hasMatch())
                value.remove(QLatin1Char('.'));
            value.replace(QLatin1Char(','), QLatin1Char('.'));
            bool ok = false;
            double number = value.toDouble(&ok);
            if (!ok)
                continue;
            const QString unit = m.captured(2).section(QLatin1Char(' '), 0, 0);
            if (unit == QStringLiteral("nghìn") || unit == QStringLiteral("ngàn"))
                number *= 1e3;
            else if (unit == QStringLiteral("triệu"))
                number *= 1e6;
            else if (unit == QStringLiteral("tỷ") || unit == QStringLiteral("tỉ"))
                number *= 1e9;
            keep(number, m.captured(0).trimmed());
        }
    } else {
        for (auto it = zhNumber.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString counted = m.captured(3);
            if (counted.isEmpty() || counted.startsWith(QStringLiteral("届")))
                continue; // a bare number or an ordinal
            // The second day of a range (`8日至10日`) is a piece of a date; `60日内` is a quantity.
            static const QRegularExpression rangeBefore(QStringLiteral("[至到—\\-、,，日]\\s*$"));
            if ((counted.startsWith(QStringLiteral("日")) || counted.startsWith(QStringLiteral("号")))
                && rangeBefore.match(text.left(m.capturedStart(0))).hasMatch())
                continue;
            // A numeral inside a word: 十字会 (Red Cross), 十分 (very), 一致, 百姓.
            static const QString wordAfter = QStringLiteral("字分姓些致起带");
            if (m.captured(1).size() == 1 && !m.captured(1).front().isDigit() && wordAfter.contains(counted.front()))
                continue;
            const QString numeral = m.captured(1);
            double number = 0;
            if (numeral.front().isDigit()) {
                number = QString(numeral).remove(QLatin1Char(',')).toDouble();
            } else {
                const auto v = Numerals::chinese(numeral);
                if (!v)
                    continue;
                number = *v;
            }
            if (m.captured(2) == QStringLiteral("万"))
                number *= 1e4;
            else if (m.captured(2) == QStringLiteral("亿"))
                number *= 1e8;
            keep(number, m.captured(0));
        }
    }
    return list;
}

/// Vietnamese number words up to ten, folded: a Chinese 两/三 may stand for `hai`/`ba` in the Vietnamese.
bool vietnameseSaysInWords(const QString& foldedVietnamese, const QString& value)
{
    // The pattern of each word, built once: the check runs for every number of every pair.
    static const QList<QRegularExpression> words = [] {
        QList<QRegularExpression> list;
        for (const char* word : { "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi" })
            list.append(QRegularExpression(QStringLiteral("(?<!\\p{L})%1(?!\\p{L})").arg(QLatin1String(word))));
        return list;
    }();
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 1 || n > 10)
        return false;
    return words[n - 1].match(foldedVietnamese).hasMatch();
}

QString dateKey(const DateMention& d)
{
    return d.from.toString(Qt::ISODate) + QLatin1Char('/') + d.to.toString(Qt::ISODate);
}

/// Vietnamese personal names: a common surname and one to three more capitalised syllables (text, start).
QList<std::pair<QString, qsizetype>> vietnameseNames(const QString& text)
{
    static const QRegularExpression name(QStringLiteral(
        "(?<!\\p{L})(Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Trịnh|Đinh|Lương|Đào|"
        "Lâm|Triệu|Vương|Lưu|Nông|Quan|Tô|Tạ|Hà|Chu|Mạc|Thái|Văn|Đàm|Giáp|Lục)((?:\\s+\\p{Lu}\\p{Ll}*){1,3})"
        "(?!\\p{L})"));
    // Capitalised words of offices and bodies end a name (`Hà Giang Đảng Cộng sản` is no one's name).
    static const QStringList notNames = { QStringLiteral("Đảng"), QStringLiteral("Ủy"), QStringLiteral("Tỉnh"),
        QStringLiteral("Bộ"), QStringLiteral("Sở"), QStringLiteral("Ban"), QStringLiteral("Phó"), QStringLiteral("Chủ"),
        QStringLiteral("Bí"), QStringLiteral("Trưởng"), QStringLiteral("Cộng"), QStringLiteral("Nhân"),
        QStringLiteral("Việt"), QStringLiteral("Trung"), QStringLiteral("Thành"), QStringLiteral("Khu"),
        QStringLiteral("Huyện"), QStringLiteral("Đoàn"), QStringLiteral("Hội") };
    QList<std::pair<QString, qsizetype>> names;
    for (auto it = name.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QStringList words = m.captured(0).simplified().split(QLatin1Char(' '));
        qsizetype keep = 1;
        while (keep < words.size() && !notNames.contains(words[keep]))
            ++keep;
        if (keep < 2)
            continue;
        names.append({ words.mid(0, keep).join(QLatin1Char(' ')), m.capturedStart(0) });
    }
    return names;
}

} // namespace

QString ConsistencyIssue::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Place:
        return QStringLiteral("place");
    case Kind::Person:
        return QStringLiteral("person");
    }
    return {};
}

QList<ConsistencyIssue> ConsistencyCheck::check(
    const QList<const Unit*>& vi, const QList<const Unit*>& zh, const Gazetteer& gazetteer)
{
    QList<ConsistencyIssue> issues;
    if (vi.isEmpty() || zh.isEmpty())
        return issues;
    QString viText;
    QString zhText;
    for (const Unit* u : vi)
        viText += bodyOf(*u) + QLatin1Char('\n');
    for (const Unit* u : zh)
        zhText += bodyOf(*u) + QLatin1Char('\n');

    // Dates.
    // Days without a year (`trước ngày 15 tháng 7`, `7月15日前`) are read in one stand-in year on both sides.
    constexpr int StandInYear = 2000;
    const QList<DateMention> viDates = DateParser::find(viText, StandInYear);
    const QList<DateMention> zhDates = DateParser::find(zhText, StandInYear);
    auto hasDate = [](const QList<DateMention>& list, const QString& key) {
        return std::any_of(list.cbegin(), list.cend(), [&](const DateMention& d) { return dateKey(d) == key; });
    };
    // A date the other version's parse does not give may still be there in pieces (`từ ngày 8 đến ngày 10
    // tháng 5` against `5月8日至10日`): present when the other text holds its day, month and year as numbers.
    auto numbersIn = [](const QString& text) {
        static const QRegularExpression digits(QStringLiteral("\\d+"));
        QSet<int> values;
        for (auto it = digits.globalMatch(text); it.hasNext();)
            values.insert(it.next().captured(0).toInt());
        return values;
    };
    const QSet<int> viValues = numbersIn(viText);
    const QSet<int> zhValues = numbersIn(zhText);
    auto inPieces = [](const DateMention& d, const QSet<int>& values) {
        const QDate day = d.kind == DateKind::Deadline ? d.to : d.from;
        // A year or a period from a year's start (`từ năm 2016`, `2016年以来`) needs only its year.
        const bool wholeYear = d.from.isValid() && d.from.dayOfYear() == 1
            && (d.to == QDate(d.from.year(), 12, 31) || d.kind == DateKind::Start || !d.to.isValid());
        return (d.yearAssumed || values.contains(day.year()))
            && (wholeYear || (values.contains(day.month()) && values.contains(day.day())));
    };
    QList<const DateMention*> viOnly;
    QList<const DateMention*> zhOnly;
    for (const DateMention& d : viDates) {
        if (d.from.isValid() && !hasDate(zhDates, dateKey(d)) && !inPieces(d, zhValues))
            viOnly.append(&d);
    }
    for (const DateMention& d : zhDates) {
        if (d.from.isValid() && !hasDate(viDates, dateKey(d)) && !inPieces(d, viValues))
            zhOnly.append(&d);
    }
    for (qsizetype k = 0; k < qMax(viOnly.size(), zhOnly.size()); ++k) {
        issues.append({ ConsistencyIssue::Kind::Date,
            k < viOnly.size() ? viText.mid(viOnly[k]->start, viOnly[k]->length) : QString(),
            k < zhOnly.size() ? zhText.mid(zhOnly[k]->start, zhOnly[k]->length) : QString() });
    }

    // Numbers, outside dates.
    const QList<Mention> viNumbers = numbers(withoutDates(viText, viDates), true);
    const QList<Mention> zhNumbers = numbers(withoutDates(zhText, zhDates), false);
    const QString viFolded = Fold::fold(viText);
    auto has = [](const QList<Mention>& list, const QString& value) {
        return std::any_of(list.cbegin(), list.cend(), [&](const Mention& m) { return m.value == value; });
    };
    QList<const Mention*> viNumberOnly;
    QList<const Mention*> zhNumberOnly;
    for (const Mention& m : viNumbers) {
        if (!has(zhNumbers, m.value))
            viNumberOnly.append(&m);
    }
    for (const Mention& m : zhNumbers) {
        if (!has(viNumbers, m.value) && !vietnameseSaysInWords(viFolded, m.value))
            zhNumberOnly.append(&m);
    }
    for (qsizetype k = 0; k < qMax(viNumberOnly.size(), zhNumberOnly.size()); ++k) {
        issues.append({ ConsistencyIssue::Kind::Number, k < viNumberOnly.size() ? viNumberOnly[k]->phrase : QString(),
            k < zhNumberOnly.size() ? zhNumberOnly[k]->phrase : QString() });
    }

    // People: each Vietnamese name must read back from some run of Chinese characters. The spans of names
    // are kept: a name may hold a place's name (Nguyễn Văn Sơn, 阮文山: Văn Sơn is Wenshan).
    QList<std::pair<qsizetype, qsizetype>> viNameSpans;
    QList<std::pair<qsizetype, qsizetype>> zhNameSpans;
    const SinoVietnamese& table = SinoVietnamese::instance();
    const QString foldedZh = Fold::fold(zhText);
    const QList<PlaceMention> allViPlaces = gazetteer.find(viText);
    for (const auto& [name, start] : vietnameseNames(viText)) {
        // A place's name that looks like a person's (Hà Giang) is the place's.
        if (std::any_of(allViPlaces.cbegin(), allViPlaces.cend(),
                [at = start](const PlaceMention& p) { return p.start == at; }))
            continue;
        viNameSpans.append({ start, name.size() });
        const QString folded = Fold::fold(name).simplified();
        const qsizetype syllables = folded.count(QLatin1Char(' ')) + 1;
        const QString surname = folded.section(QLatin1Char(' '), 0, 0);
        qsizetype found = -1;
        qsizetype sameSurname = -1;
        for (qsizetype k = 0; k + syllables <= foldedZh.size() && found < 0; ++k) {
            const QStringView run = QStringView(foldedZh).mid(k, syllables);
            if (!std::all_of(run.begin(), run.end(), [](QChar c) { return c.script() == QChar::Script_Han; }))
                continue;
            if (table.readsAs(run, folded))
                found = k;
            else if (sameSurname < 0 && table.readsAs(run.left(1), surname))
                sameSurname = k;
        }
        if (found >= 0)
            zhNameSpans.append({ found, syllables });
        else if (sameSurname >= 0) {
            zhNameSpans.append({ sameSurname, syllables });
            issues.append({ ConsistencyIssue::Kind::Person, name.simplified(), foldedZh.mid(sameSurname, syllables) });
        }
    }
    auto inName = [](const QList<std::pair<qsizetype, qsizetype>>& spans, const PlaceMention& p) {
        return std::any_of(spans.cbegin(), spans.cend(),
            [&](const auto& span) { return p.start < span.first + span.second && span.first < p.start + p.length; });
    };

    // Places.
    // Countries are added and dropped freely in translation (越南广宁省, tỉnh Quảng Ninh): not checked.
    auto placesOf = [&](const QString& text) {
        QList<PlaceMention> list = gazetteer.find(text);
        list.removeIf([&](const PlaceMention& p) {
            const auto place = gazetteer.place(p.id);
            return place && place->kind == QLatin1String("country");
        });
        return list;
    };
    const QList<PlaceMention> viPlaces = placesOf(viText);
    const QList<PlaceMention> zhPlaces = placesOf(zhText);
    auto hasPlace = [](const QList<PlaceMention>& list, const QString& id) {
        return std::any_of(list.cbegin(), list.cend(), [&](const PlaceMention& p) { return p.id == id; });
    };
    QStringList reported;
    for (const PlaceMention& p : viPlaces) {
        if (!inName(viNameSpans, p) && !hasPlace(zhPlaces, p.id) && !reported.contains(p.id)) {
            reported.append(p.id);
            issues.append({ ConsistencyIssue::Kind::Place, viText.mid(p.start, p.length), QString() });
        }
    }
    for (const PlaceMention& p : zhPlaces) {
        if (!inName(zhNameSpans, p) && !hasPlace(viPlaces, p.id) && !reported.contains(p.id)) {
            reported.append(p.id);
            issues.append({ ConsistencyIssue::Kind::Place, QString(), zhText.mid(p.start, p.length) });
        }
    }

    return issues;
}

QList<ConsistencyIssue> ConsistencyCheck::checkUnits(const LanguageVersion& vi, const QList<int>& viUnits,
    const LanguageVersion& zh, const QList<int>& zhUnits, const Gazetteer& gazetteer)
{
    QList<const Unit*> a;
    QList<const Unit*> z;
    for (const int i : viUnits)
        a.append(&vi.units[i]);
    for (const int j : zhUnits)
        z.append(&zh.units[j]);
    return check(a, z, gazetteer);
}

} // namespace concord
