#include "import/LabelRun.h"

#include "text/Numerals.h"

#include <QHash>
#include <QRegularExpression>

namespace concord {

void LabelRun::repair(LanguageVersion& version)
{
    // The numbered units of each run: the same parent, the same scheme, in reading order.
    QHash<std::pair<int, int>, QList<int>> runs;
    QList<std::pair<int, int>> order;
    for (qsizetype u = 0; u < version.units.size(); ++u) {
        const Unit& unit = version.units[u];
        if (!unit.label || unit.label->scheme == LabelScheme::Bullet || unit.label->scheme == LabelScheme::Decimal)
            continue;
        const std::pair<int, int> key { unit.parent, int(unit.label->scheme) };
        if (!runs.contains(key))
            order.append(key);
        runs[key].append(int(u));
    }
    for (const auto& key : order) {
        const QList<int>& units = runs[key];
        for (qsizetype k = 1; k + 1 < units.size(); ++k) {
            NumberingLabel& label = *version.units[units[k]].label;
            const int before = version.units[units[k - 1]].label->value;
            const int after = version.units[units[k + 1]].label->value;
            if (before > 0 && after == before + 2 && label.value != before + 1) {
                label.value = before + 1;
                label.path = { label.value };
                label.uncertain = true;
            }
        }
    }
}

std::optional<NumberingLabel> LabelRun::recover(
    const QString& paragraph, const NumberingLabel& next, const std::optional<NumberingLabel>& previous)
{
    const int value = next.value - 1;
    if (value < 1 || (previous ? previous->scheme != next.scheme || previous->value != value - 1 : value != 1))
        return std::nullopt;
    QRegularExpression form;
    switch (next.scheme) {
    case LabelScheme::ZhEnumComma:
        // One character a Chinese numeral and its comma are misread as, or the numeral without its comma, before
        // the text (Han): 人 入 八 for 一、, a numeral with its 、 lost or read as a comma or dot.
        form
            = QRegularExpression(QStringLiteral("^(?:[人入八丫〈卜]|[一二三四五六七八九十]{1,3}[，,.·]?)(?=\\p{Han})"));
        break;
    case LabelScheme::ArabicDot:
        form = QRegularExpression(QStringLiteral("^\\d{1,3}[,，:;](?=\\s+\\p{Lu})"));
        break;
    case LabelScheme::RomanDot:
        form = QRegularExpression(QStringLiteral("^[IVXL1l|]{1,6}[,，:;](?=\\s+\\p{Lu})"));
        break;
    default:
        return std::nullopt;
    }
    const QRegularExpressionMatch m = form.match(paragraph);
    if (!m.hasMatch() || paragraph.size() < m.capturedLength(0) + 4)
        return std::nullopt;
    // A numeral read as itself names its own value: it must be the one the run leaves open.
    if (next.scheme == LabelScheme::ZhEnumComma) {
        QString numeral = m.captured(0);
        while (!numeral.isEmpty() && QStringLiteral("，,.·").contains(numeral.back()))
            numeral.chop(1);
        if (const auto read = Numerals::chinese(numeral); read && *read != value && numeral.size() > 1)
            return std::nullopt;
    }
    NumberingLabel label;
    label.scheme = next.scheme;
    label.value = value;
    label.depth = next.depth;
    label.uncertain = true;
    label.text = m.captured(0);
    label.length = m.capturedLength(0);
    while (label.length < paragraph.size() && paragraph[label.length].isSpace())
        ++label.length;
    label.path = { value };
    return label;
}

} // namespace concord
