#include "import/Gazetteer.h"

#include "text/Fold.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace concord {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() && c.unicode() < 0x3000;
}

} // namespace

const Gazetteer& Gazetteer::builtIn()
{
    static const Gazetteer gazetteer = [] {
        QFile file(QStringLiteral(":/concord/data/gazetteer.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in gazetteer is missing from the program's resources");
        auto loaded = fromJson(file.readAll(), file.fileName());
        if (!loaded)
            qFatal("the built-in gazetteer is invalid: %s", qPrintable(loaded.error().toString()));
        return loaded.value();
    }();
    return gazetteer;
}

Result<Gazetteer> Gazetteer::fromJson(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error { fileName, 0, parseError.offset,
            tr("The gazetteer is not valid JSON: %1").arg(parseError.errorString()) };
    Gazetteer gazetteer;
    for (const QJsonValue& value : document.object().value(QStringLiteral("places")).toArray()) {
        const QJsonObject object = value.toObject();
        Place place;
        place.id = object.value(QStringLiteral("id")).toString();
        place.kind = object.value(QStringLiteral("kind")).toString();
        place.vietnamese = strings(object.value(QStringLiteral("vi")));
        place.chinese = strings(object.value(QStringLiteral("zh")));
        place.within = object.value(QStringLiteral("in")).toString();
        place.mergedInto = object.value(QStringLiteral("merged_into")).toString();
        place.mergedOn = QDate::fromString(object.value(QStringLiteral("merged_on")).toString(), Qt::ISODate);
        if (place.id.isEmpty() || (place.vietnamese.isEmpty() && place.chinese.isEmpty()))
            return Error { fileName, 0, -1, tr("A gazetteer entry has no id or no name.") };
        const int index = int(gazetteer.m_places.size());
        for (const QString& name : place.vietnamese)
            gazetteer.m_names.append({ Fold::fold(name), index, false });
        for (const QString& name : place.chinese)
            gazetteer.m_names.append({ Fold::fold(name), index, true });
        gazetteer.m_places.append(place);
    }
    if (gazetteer.m_places.isEmpty())
        return Error { fileName, 0, -1, tr("The gazetteer lists no places.") };
    std::stable_sort(gazetteer.m_names.begin(), gazetteer.m_names.end(),
        [](const Name& a, const Name& b) { return a.folded.size() > b.folded.size(); });
    for (int i = 0; i < gazetteer.m_names.size(); ++i) {
        if (!gazetteer.m_names[i].folded.isEmpty())
            gazetteer.m_byFirst[gazetteer.m_names[i].folded.front().unicode()].append(i);
    }
    return gazetteer;
}

const Place* Gazetteer::place(const QString& id) const
{
    for (const Place& p : m_places) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QList<PlaceMention> Gazetteer::find(QStringView text) const
{
    const FoldedText folded = Fold::foldWithSource(text);
    const QStringView haystack(folded.text);
    // Every (name, position) where a name occurs, found in one pass through the text by the names' first
    // characters; then taken as if each name, longest first, were searched left to right on its own.
    struct Occurrence
    {
        int name;
        qsizetype at;
    };
    std::vector<Occurrence> occurrences;
    for (qsizetype i = 0; i < haystack.size(); ++i) {
        const auto candidates = m_byFirst.constFind(haystack[i].unicode());
        if (candidates == m_byFirst.cend())
            continue;
        for (const int n : *candidates) {
            if (haystack.mid(i).startsWith(m_names[n].folded))
                occurrences.push_back({ n, i });
        }
    }
    std::sort(occurrences.begin(), occurrences.end(),
        [](const Occurrence& a, const Occurrence& b) { return a.name != b.name ? a.name < b.name : a.at < b.at; });
    std::vector<bool> taken(size_t(folded.text.size()), false);
    QList<PlaceMention> found;
    int current = -1;
    qsizetype nextFrom = 0;
    for (const Occurrence& o : occurrences) {
        if (o.name != current) {
            current = o.name;
            nextFrom = 0;
        }
        if (o.at < nextFrom)
            continue; // overlaps this name's previous occurrence
        const Name& name = m_names[o.name];
        const qsizetype from = o.at;
        const qsizetype end = from + name.folded.size();
        nextFrom = end;
        const bool bounded = name.han
            || ((from == 0 || !isWordChar(folded.text[from - 1]))
                && (end == folded.text.size() || !isWordChar(folded.text[end])));
        bool free = true;
        for (qsizetype i = from; i < end && free; ++i)
            free = !taken[size_t(i)];
        if (bounded && free) {
            for (qsizetype i = from; i < end; ++i)
                taken[size_t(i)] = true;
            const auto [start, length] = folded.sourceRange(from, end - from, text.size());
            found.append({ m_places[name.place].id, start, length });
        }
    }
    std::sort(
        found.begin(), found.end(), [](const PlaceMention& a, const PlaceMention& b) { return a.start < b.start; });
    return found;
}

namespace {
/// Levenshtein distance of two short words, or \a limit + 1 when over it.
int editDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> row(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({ up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = up;
        }
    }
    return std::min(row[size_t(b.size())], limit + 1);
}

/// An OCR'd syllable for a gazetteer syllable: short ones exact; from three letters, the same first letter and one
/// letter off; from four, the same first and last letters and two off ("biing" for "bang", from "Bằng").
bool ocrMatch(const QString& word, const QString& part)
{
    if (word == part)
        return true;
    if (part.size() < 3 || word.size() < 3 || word[0] != part[0])
        return false;
    const bool longer = part.size() >= 4 && word.size() >= 4 && word.back() == part.back();
    return editDistance(word, part, longer ? 2 : 1) <= (longer ? 2 : 1);
}

QStringList syllables(QStringView folded)
{
    QStringList out;
    qsizetype i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && !folded[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        while (i < folded.size() && folded[i].isLetterOrNumber())
            ++i;
        if (i > start)
            out.append(folded.mid(start, i - start).toString());
    }
    return out;
}
} // namespace

QStringList Gazetteer::findApproximate(QStringView text) const
{
    const QStringList words = syllables(Fold::fold(text));
    struct Hit
    {
        qsizetype at; ///< in syllables
        QString id;
    };
    std::vector<Hit> hits;
    for (const PlaceMention& mention : find(text))
        hits.push_back({ syllables(Fold::fold(text.left(mention.start))).size(), mention.id });
    for (const Name& name : m_names) {
        if (name.han)
            continue;
        const QStringList parts = syllables(name.folded);
        if (parts.size() < 2)
            continue;
        for (qsizetype at = 0; at + parts.size() <= words.size(); ++at) {
            bool match = true;
            for (qsizetype k = 0; k < parts.size() && match; ++k) {
                const QString& word = words[at + k];
                const QString& part = parts[k];
                match = ocrMatch(word, part);
            }
            if (match)
                hits.push_back({ at, m_places[name.place].id });
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
    QStringList found;
    for (const Hit& hit : hits) {
        if (!found.contains(hit.id))
            found.append(hit.id);
    }
    return found;
}

const Place* Gazetteer::resolve(QStringView name) const
{
    const QString folded = Fold::fold(name).trimmed();
    for (const Name& candidate : m_names) {
        if (candidate.folded == folded)
            return &m_places[candidate.place];
    }
    return nullptr;
}

const Place* Gazetteer::current(const QString& id, const QDate& day) const
{
    const Place* p = place(id);
    for (int hops = 0; p && !p->mergedInto.isEmpty() && hops < 8; ++hops) {
        if (day.isValid() && p->mergedOn.isValid() && day < p->mergedOn)
            break;
        p = place(p->mergedInto);
    }
    return p;
}

QString Gazetteer::country(const QString& id) const
{
    QString current = id;
    for (int depth = 0; depth < 8; ++depth) {
        const Place* found = place(current);
        if (!found)
            return QString();
        if (found->kind == QLatin1String("country"))
            return found->id;
        current = found->within;
    }
    return QString();
}

} // namespace concord
