#include "import/LabelRun.h"

#include <QHash>

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

} // namespace concord
