#include "align/UnitFeatures.h"

#include "import/Gazetteer.h"
#include "model/TableCells.h"
#include "text/DateParser.h"
#include "text/Fold.h"
#include "text/Numerals.h"

#include <QRegularExpression>

#include <algorithm>

namespace concord {

namespace {

int lengthOf(QStringView text)
{
    int length = 0;
    for (const QChar c : text)
        length += c.isLetterOrNumber();
    return length;
}

/// "02" → "2", "1088/02" → "1088/2": Vietnamese pads numbers, Chinese does not.
QString withoutLeadingZeros(const QString& number)
{
    QString out;
    bool leading = true;
    for (const QChar c : number) {
        if (!c.isDigit()) {
            if (leading)
                out += QLatin1Char('0');
            out += c;
            leading = true;
        } else if (c != u'0' || !leading) {
            out += c;
            leading = false;
        }
    }
    return leading ? out + QLatin1Char('0') : out;
}

/// Values of the Chinese numerals in \a folded that count (`五省`, `二〇二六年`, `十二月`): runs of numeral
/// characters, except a lone `一` (一是, 统一, 进一步 use it as a word).
QList<int> chineseNumbers(const QString& folded)
{
    static const QRegularExpression run(QStringLiteral("[零〇一二两三四五六七八九十百千]+"));
    QList<int> values;
    for (auto it = run.globalMatch(folded); it.hasNext();) {
        const QString numeral = it.next().captured(0);
        if (numeral == QStringLiteral("一"))
            continue;
        if (const auto value = Numerals::chinese(numeral))
            values.append(*value);
    }
    return values;
}

/// A year alone (`#2026`, or a date token spanning a whole year, `@2026-01-012026-12-31`): every document of that
/// year has it, so it says little about which two units translate each other. Checked by hand: a regular
/// expression per token was a tenth of the import's alignment time.
bool isYear(const QString& token)
{
    const auto digits = [&token](qsizetype from, qsizetype count) {
        for (qsizetype k = from; k < from + count; ++k) {
            if (!token[k].isDigit() || token[k].unicode() > 0x7F)
                return false;
        }
        return true;
    };
    if (token.size() == 5 && token[0] == u'#')
        return digits(1, 4) && (token.mid(1, 2) == QLatin1String("19") || token.mid(1, 2) == QLatin1String("20"));
    if (token.size() == 21 && token[0] == u'@') {
        const QStringView t(token);
        return digits(1, 4) && t.mid(5, 6) == u"-01-01" && t.mid(11, 4) == t.mid(1, 4) && t.mid(15, 6) == u"-12-31";
    }
    return false;
}

} // namespace

QList<UnitFeatures> UnitFeatures::of(
    const LanguageVersion& version, const Gazetteer& gazetteer, ContentWeights* counted)
{
    QList<QString> foldedBodies;
    QList<UnitFeatures> features = withoutContent(version, gazetteer, 0, int(version.units.size()), foldedBodies);
    withContent(features, ContentEvidence::profiles(foldedBodies, version.language == Language::Vietnamese, counted));
    return features;
}

QList<UnitFeatures> UnitFeatures::of(
    const LanguageVersion& version, const Gazetteer& gazetteer, int first, int count, const ContentWeights& weights)
{
    QList<QString> foldedBodies;
    QList<UnitFeatures> features = withoutContent(version, gazetteer, first, count, foldedBodies);
    withContent(features, ContentEvidence::profiles(foldedBodies, version.language == Language::Vietnamese, weights));
    return features;
}

void UnitFeatures::withContent(QList<UnitFeatures>& features, const QList<ContentProfile>& profiles)
{
    for (qsizetype k = 0; k < features.size(); ++k)
        features[k].content = profiles[k];
}

QList<UnitFeatures> UnitFeatures::withoutContent(
    const LanguageVersion& version, const Gazetteer& gazetteer, int first, int count, QList<QString>& foldedBodies)
{
    // Bounded by Latin letters only: Chinese writes digits against characters (2026年, 第3条).
    static const QRegularExpression number(QStringLiteral("(?<![\\p{Latin}\\d])\\d+(?:[/.,]\\d+)*(?![\\p{Latin}\\d])"));
    static const QRegularExpression latinWord(QStringLiteral("(?<![\\p{L}])[a-z]{3,}(?![\\p{L}])"));
    QList<UnitFeatures> features;
    features.reserve(count);
    foldedBodies.reserve(count);
    // Tables are counted from the start of the version, whatever part of it is read.
    int tableOrdinal = 0;
    int tableSeen = -1;
    QList<ColumnRole> tableRoles;
    for (int u = first; u < first + count && u < version.units.size(); ++u) {
        const Unit& unit = version.units[u];
        UnitFeatures f;
        f.kind = unit.kind;
        const QStringView body = unit.label ? QStringView(unit.text).mid(qMin(unit.label->length, unit.text.size()))
                                            : QStringView(unit.text);
        f.length = lengthOf(body);
        if (unit.label && unit.label->value > 0) {
            f.path = { unit.label->value };
            for (int parent = unit.parent; parent >= 0; parent = version.units[parent].parent) {
                const auto& label = version.units[parent].label;
                if (!label)
                    continue; // a lead-in ("Phía Việt Nam:") the unit stands under: not part of its number
                if (label->value <= 0) {
                    f.path.clear();
                    break;
                }
                f.path.prepend(label->value);
            }
        }
        const QString folded = Fold::fold(body);
        foldedBodies.append(folded);
        for (auto it = number.globalMatch(folded); it.hasNext();)
            f.tokens.insert(QStringLiteral("#") + withoutLeadingZeros(it.next().captured(0)));
        if (version.language == Language::Chinese) {
            for (const int value : chineseNumbers(folded))
                f.tokens.insert(QStringLiteral("#") + QString::number(value));
        }
        for (const DateMention& date : DateParser::find(body)) {
            if (date.from.isValid())
                f.tokens.insert(QStringLiteral("@") + date.from.toString(Qt::ISODate) + date.to.toString(Qt::ISODate));
        }
        for (const PlaceMention& place : gazetteer.find(body))
            f.tokens.insert(QStringLiteral("%") + place.id);
        if (unit.kind == UnitKind::Table || unit.kind == UnitKind::Row) {
            // A table pairs with the table of the same place among the version's tables, a row with the row of the
            // same number in it: "r2.5" is row 5 of the second table (not item 5 of the text).
            const int table = unit.kind == UnitKind::Table ? u : unit.parent;
            if (table >= 0 && table < version.units.size()) {
                if (table != tableSeen) {
                    // Counted on from the last table seen (tables come in reading order), never from the start again.
                    for (int k = tableSeen + 1; k <= table; ++k)
                        tableOrdinal += version.units[k].kind == UnitKind::Table ? 1 : 0;
                    tableSeen = table;
                    tableRoles = TableCells::roles(TableCells::split(version.units[table].text));
                }
                if (unit.kind == UnitKind::Table)
                    f.anchorKey = QStringLiteral("t%1").arg(tableOrdinal);
                else if (const auto number = TableCells::number(TableCells::split(unit.text), tableRoles))
                    f.anchorKey = QStringLiteral("r%1.%2").arg(tableOrdinal).arg(*number);
            }
        } else if (!f.path.isEmpty()) {
            f.anchorKey = unit.kind == UnitKind::Article ? QStringLiteral("a") : QStringLiteral("n");
            for (const int v : f.path)
                f.anchorKey += QLatin1Char('.') + QString::number(v);
        } else if (unit.kind == UnitKind::Signature) {
            QStringList places;
            for (const PlaceMention& place : gazetteer.find(unit.signature.party)) {
                if (gazetteer.place(place.id)->kind != QLatin1String("country") && !places.contains(place.id))
                    places.append(place.id);
            }
            std::sort(places.begin(), places.end());
            if (!places.isEmpty())
                f.anchorKey = QStringLiteral("s.") + places.join(QLatin1Char('+'));
        }
        // Latin words in Chinese text are names and abbreviations: worth matching only there, so only
        // words that also occur in the other version count (the aligner intersects).
        for (auto it = latinWord.globalMatch(folded); it.hasNext();)
            f.tokens.insert(QStringLiteral("w") + it.next().captured(0));
        features.append(f);
    }
    return features;
}

QList<int> UnitFeatures::idsOf(const QSet<QString>& tokens)
{
    QList<int> ids;
    ids.reserve(tokens.size());
    for (const QString& t : tokens) {
        const bool measurable = t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char('@'));
        const uint hash = uint(qHash(t, 0)) & ~3u;
        ids.append(int(hash | (measurable ? 1u : 0u) | (isYear(t) ? 2u : 0u)));
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<const UnitFeatures*> UnitFeatures::pointers(const QList<UnitFeatures>& all, const QList<int>& indices)
{
    QList<const UnitFeatures*> list;
    list.reserve(indices.size());
    for (const int i : indices)
        list.append(&all[i]);
    return list;
}

} // namespace concord
