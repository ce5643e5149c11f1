#include "align/AlignmentJson.h"

#include "align/ConsistencyCheck.h"

#include <QJsonArray>

#include <cmath>

namespace concord {

namespace {

QJsonArray texts(const LanguageVersion& version, const QList<int>& units)
{
    QJsonArray array;
    for (const int i : units)
        array.append(version.units[i].text);
    return array;
}

QJsonValue label(const LanguageVersion& version, const QList<int>& units)
{
    if (units.isEmpty() || !version.units[units.front()].label)
        return QJsonValue();
    return version.units[units.front()].label->text;
}

QJsonArray noise(const LanguageVersion& version)
{
    QJsonArray array;
    for (const Debris& piece : version.debris)
        array.append(piece.text);
    return array;
}

} // namespace

QJsonObject AlignmentJson::toJson(
    const Alignment& alignment, const LanguageVersion& vi, const LanguageVersion& zh, const Gazetteer& gazetteer)
{
    QJsonArray pairs;
    for (const AlignedPair& pair : alignment.pairs) {
        const LanguageVersion& first = pair.vi.isEmpty() ? zh : vi;
        const int firstUnit = pair.vi.isEmpty() ? pair.zh.front() : pair.vi.front();
        QJsonArray checks;
        for (const ConsistencyIssue& issue : ConsistencyCheck::checkUnits(vi, pair.vi, zh, pair.zh, gazetteer)) {
            checks.append(QJsonObject {
                { QStringLiteral("kind"), ConsistencyIssue::kindKey(issue.kind) },
                { QStringLiteral("vi"), issue.vietnamese.isEmpty() ? QJsonValue() : QJsonValue(issue.vietnamese) },
                { QStringLiteral("zh"), issue.chinese.isEmpty() ? QJsonValue() : QJsonValue(issue.chinese) },
            });
        }
        pairs.append(QJsonObject {
            { QStringLiteral("vi"), texts(vi, pair.vi) },
            { QStringLiteral("zh"), texts(zh, pair.zh) },
            { QStringLiteral("vi_label"), label(vi, pair.vi) },
            { QStringLiteral("zh_label"), label(zh, pair.zh) },
            { QStringLiteral("kind"), Unit::kindKey(first.units[firstUnit].kind) },
            { QStringLiteral("score"), std::round(pair.score * 1000.0) / 1000.0 },
            { QStringLiteral("confirmed"), pair.confirmed },
            { QStringLiteral("anchored"), pair.anchored },
            { QStringLiteral("checks"), checks },
        });
    }
    return QJsonObject {
        { QStringLiteral("pairs"), pairs },
        { QStringLiteral("noise"),
            QJsonObject { { QStringLiteral("vi"), noise(vi) }, { QStringLiteral("zh"), noise(zh) } } },
    };
}

} // namespace concord
