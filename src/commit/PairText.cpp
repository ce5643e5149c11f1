#include "commit/PairText.h"

#include "commit/ClauseReader.h"

#include <QRegularExpression>

#include <algorithm>

namespace concord {

namespace {

QString withoutLabel(const Unit& unit)
{
    QString text = unit.label ? unit.text.mid(unit.label->text.size()) : unit.text;
    return text.trimmed();
}

/// A heading over numbered units ("III. TỔ CHỨC THỰC HIỆN", "Điều 2. Trách nhiệm của tỉnh Lạng Sơn", "三、组织实施"):
/// it names a topic or who the items under it bind, it undertakes nothing itself.
bool isHeading(const LanguageVersion& version, int index)
{
    const Unit& unit = version.units[index];
    const QString text = withoutLabel(unit);
    static const QRegularExpression sentenceEnd(QStringLiteral("[.。;；!?！？:：]$"));
    // "VI. Triển khai thực hiện." is a heading with a full stop.
    if (text.size() > 100 || text.contains(QLatin1Char('\n')) || (text.contains(sentenceEnd) && text.size() > 40))
        return false;
    return std::any_of(
        version.units.begin(), version.units.end(), [index](const Unit& u) { return u.parent == index; });
}

bool skipped(const LanguageVersion& version, int index)
{
    const Unit& unit = version.units[index];
    // A table and its rows are read by TableRowRule, cell by cell.
    return unit.kind == UnitKind::Title || unit.kind == UnitKind::Signature || unit.kind == UnitKind::Table
        || unit.kind == UnitKind::Row || isHeading(version, index);
}

/// The text of \a unit with the words that frame it: the nearest lead-in above it ("Các Bên nhất trí như sau:",
/// "各方商定如下：", however many headings lie between), else a short heading it stands under ("PHÍA VIỆT NAM",
/// "越方"). An item with no subject takes the frame's actors, repetition and deadline.
QString framed(const LanguageVersion& version, const Unit& unit)
{
    const QString text = withoutLabel(unit);
    static const QRegularExpression sentenceEnd(QStringLiteral("[.。;；!?！？]$"));
    for (int parent = unit.parent; parent >= 0 && parent < version.units.size();
         parent = version.units[parent].parent) {
        const QString lead = withoutLabel(version.units[parent]);
        if (lead.endsWith(QLatin1Char(':')) || lead.endsWith(QChar(u'：')))
            return ClauseReader::framedText(lead, text);
    }
    if (unit.parent >= 0 && unit.parent < version.units.size()) {
        const QString lead = withoutLabel(version.units[unit.parent]);
        if (!lead.isEmpty() && lead.size() <= 60 && !lead.contains(QLatin1Char('\n')) && !lead.contains(sentenceEnd))
            return ClauseReader::framedText(lead, text);
    }
    return text;
}

} // namespace

QList<PairText> PairText::of(const ParsedDocument& document, const Alignment& alignment)
{
    QList<PairText> result;
    const LanguageVersion* vi = document.version(Language::Vietnamese);
    const LanguageVersion* zh = document.version(Language::Chinese);
    // Minutes written as plain paragraphs (no numbered unit at all): after the opening paragraph (who met whom, when
    // and where), the paragraphs are the body, where the undertakings are.
    const auto unnumbered = [](const LanguageVersion* version) {
        return version && std::none_of(version->units.begin(), version->units.end(), [](const Unit& unit) {
            return unit.kind == UnitKind::Article || unit.kind == UnitKind::Section || unit.kind == UnitKind::Item
                || unit.kind == UnitKind::Table;
        });
    };
    const auto firstPreamble = [](const LanguageVersion* version) {
        for (qsizetype u = 0; version && u < version->units.size(); ++u) {
            if (version->units[u].kind == UnitKind::Preamble)
                return int(u);
        }
        return -1;
    };
    // A letter's paragraphs ask and forward; they are not undertakings of the parties.
    const bool letter = document.metadata.header.kind == AgreementKind::Letter;
    const bool plainVi = !letter && unnumbered(vi);
    const bool plainZh = !letter && unnumbered(zh);
    const int openingVi = firstPreamble(vi);
    const int openingZh = firstPreamble(zh);
    const auto join = [&](const LanguageVersion* version, const QList<int>& indices, QString* label, bool* body) {
        const bool plain = version == vi ? plainVi : plainZh;
        const int opening = version == vi ? openingVi : openingZh;
        QStringList parts;
        for (const int i : indices) {
            const Unit& unit = version->units[i];
            if (skipped(*version, i))
                continue;
            if (unit.kind == UnitKind::Article || unit.kind == UnitKind::Section || unit.kind == UnitKind::Item
                || (plain && unit.kind == UnitKind::Preamble && i != opening))
                *body = true;
            if (label->isEmpty() && unit.label)
                *label = unit.label->text;
            parts.append(framed(*version, unit));
        }
        return parts.join(QLatin1Char('\n'));
    };
    if (vi && zh && !alignment.pairs.isEmpty()) {
        for (qsizetype p = 0; p < alignment.pairs.size(); ++p) {
            PairText text;
            text.index = int(p);
            text.vi = join(vi, alignment.pairs[p].vi, &text.label, &text.body);
            text.zh = join(zh, alignment.pairs[p].zh, &text.label, &text.body);
            for (const int u : alignment.pairs[p].zh) {
                if (zh->units[u].label && !skipped(*zh, u)) {
                    text.labelZh = zh->units[u].label->text;
                    break;
                }
            }
            if (!text.vi.isEmpty() || !text.zh.isEmpty())
                result.append(text);
        }
        return result;
    }
    // One language only: every unit is a pair of its own.
    const LanguageVersion* only = vi ? vi : zh;
    if (!only)
        return result;
    for (qsizetype u = 0; u < only->units.size(); ++u) {
        PairText text;
        text.index = int(u);
        (only == vi ? text.vi : text.zh) = join(only, { int(u) }, &text.label, &text.body);
        if (only == zh)
            text.labelZh = text.label;
        if (!text.vi.isEmpty() || !text.zh.isEmpty())
            result.append(text);
    }
    return result;
}

} // namespace concord
