#include "text/Numerals.h"

#include <QString>

namespace concord {

namespace {
int chineseDigit(char16_t c)
{
    switch (c) {
    case u'零':
    case u'〇':
        return 0;
    case u'一':
        return 1;
    case u'二':
    case u'两':
        return 2;
    case u'三':
        return 3;
    case u'四':
        return 4;
    case u'五':
        return 5;
    case u'六':
        return 6;
    case u'七':
        return 7;
    case u'八':
        return 8;
    case u'九':
        return 9;
    default:
        return -1;
    }
}

int chineseUnit(char16_t c)
{
    switch (c) {
    case u'十':
        return 10;
    case u'百':
        return 100;
    case u'千':
        return 1000;
    default:
        return 0;
    }
}

int romanDigit(char16_t c)
{
    switch (c | 0x20) {
    case u'i':
        return 1;
    case u'v':
        return 5;
    case u'x':
        return 10;
    case u'l':
        return 50;
    case u'c':
        return 100;
    case u'd':
        return 500;
    case u'm':
        return 1000;
    default:
        return 0;
    }
}

QString toRoman(int value)
{
    static const std::pair<int, const char*> parts[]
        = { { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" }, { 50, "L" },
              { 40, "XL" }, { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" } };
    QString out;
    for (const auto& [v, s] : parts) {
        while (value >= v) {
            out += QLatin1String(s);
            value -= v;
        }
    }
    return out;
}
} // namespace

std::optional<int> Numerals::chinese(QStringView text)
{
    if (text.isEmpty() || text.size() > 12)
        return std::nullopt;
    bool hasUnit = false;
    for (const QChar c : text)
        hasUnit = hasUnit || chineseUnit(c.unicode()) > 0;

    if (!hasUnit) {
        // Digit by digit, as years are written: 二〇二六 = 2026. No leading zero but 零 alone.
        if (text.size() > 4 || (text.size() > 1 && chineseDigit(text[0].unicode()) == 0))
            return std::nullopt;
        int value = 0;
        for (const QChar c : text) {
            const int d = chineseDigit(c.unicode());
            if (d < 0)
                return std::nullopt;
            value = value * 10 + d;
        }
        return value;
    }

    // Positional: each digit takes the unit after it; units strictly decrease; 零 marks skipped places;
    // a leading 十 means 一十.
    int total = 0;
    int pending = -1; // a digit waiting for its unit
    int lastUnit = 10000;
    bool zero = false; // 零 since the last unit
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (const int unit = chineseUnit(c)) {
            if (unit >= lastUnit)
                return std::nullopt;
            if (pending < 0 && !(i == 0 && unit == 10))
                return std::nullopt; // 百 with no digit before it
            total += (pending < 0 ? 1 : pending) * unit;
            lastUnit = unit;
            pending = -1;
            zero = false;
            continue;
        }
        const int d = chineseDigit(c);
        if (d < 0 || pending >= 0)
            return std::nullopt; // not a numeral, or two digits in a row
        if (d == 0) {
            if (zero || i == 0)
                return std::nullopt;
            zero = true;
            continue;
        }
        pending = d;
    }
    if (pending > 0) {
        // A last digit is the ones: after 十 (二十三) or after 零 (一百零五). 一百五 (colloquial 150) is refused.
        if (lastUnit != 10 && !zero)
            return std::nullopt;
        total += pending;
    } else if (zero) {
        return std::nullopt; // trailing 零
    }
    if (total <= 0 || total > 9999)
        return std::nullopt;
    return total;
}

std::optional<int> Numerals::roman(QStringView text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    int total = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int v = romanDigit(text[i].unicode());
        if (v == 0)
            return std::nullopt;
        const int next = i + 1 < text.size() ? romanDigit(text[i + 1].unicode()) : 0;
        total += v < next ? -v : v;
    }
    if (total <= 0 || total > 3999)
        return std::nullopt;
    // Canonical form only: the value written back must be the same letters.
    if (toRoman(total).compare(text.toString(), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return total;
}

std::optional<int> Numerals::romanOcr(QStringView text)
{
    QString repaired = text.toString();
    for (QChar& c : repaired) {
        if (c == u'1' || c == u'l' || c == u'|' || c == u'!')
            c = u'I';
    }
    return roman(repaired);
}

std::optional<int> Numerals::arabic(QStringView text)
{
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        int d = -1;
        if (u >= u'0' && u <= u'9')
            d = u - u'0';
        else if (u >= 0xFF10 && u <= 0xFF19)
            d = u - 0xFF10;
        if (d < 0)
            return std::nullopt;
        value = value * 10 + d;
    }
    return value;
}

} // namespace concord
