#include "commit/TableRowRule.h"

#include "commit/ClauseReader.h"
#include "commit/CommitmentExtractor.h"
#include "import/Gazetteer.h"
#include "model/TableCells.h"
#include "text/DateParser.h"
#include "text/Fold.h"

#include <QRegularExpression>

namespace concord {

namespace {

/// One row as the rule reads it in one language.
struct RowCells
{
    int unit = -1;
    QString task;
    QString lead;
    QString supporting;
    QString deadline;
    std::optional<int> number;
};

std::optional<RowCells> rowOf(const LanguageVersion* version, const QList<int>& units)
{
    if (!version)
        return std::nullopt;
    for (const int u : units) {
        const Unit& unit = version->units.value(u);
        if (unit.kind != UnitKind::Row || unit.parent < 0)
            continue;
        const QList<ColumnRole> roles = TableCells::roles(TableCells::split(version->units[unit.parent].text));
        const QStringList cells = TableCells::split(unit.text);
        const auto cell = [&](ColumnRole role) {
            const int column = TableCells::column(roles, role);
            return column >= 0 && column < cells.size() ? cells[column].trimmed() : QString();
        };
        RowCells row;
        row.unit = u;
        row.task = cell(ColumnRole::Task);
        if (row.task.isEmpty() && !roles.contains(ColumnRole::Task)) {
            // No column says "task": the longest cell that is not a number is.
            for (qsizetype k = 0; k < cells.size(); ++k) {
                if (roles.value(k) == ColumnRole::Other && cells[k].size() > row.task.size())
                    row.task = cells[k].trimmed();
            }
        }
        row.lead = cell(ColumnRole::Lead);
        row.supporting = cell(ColumnRole::Supporting);
        row.deadline = cell(ColumnRole::Deadline);
        row.number = TableCells::number(cells, roles);
        return row;
    }
    return std::nullopt;
}

/// The part a table stands in, as a label: an annex's name (`Phụ lục 1` of "Phụ lục 1: Danh mục …"), else the
/// label of the numbered unit it is in (`Điều 3`), else nothing.
QString partOf(const LanguageVersion& version, int table)
{
    static const QRegularExpression annexName(QStringLiteral(
        "^((?:Phụ lục|PHỤ LỤC|附件|附录)(?:[ \\t]*(?:\\d{1,2}|[IVX]{1,4}|[一二三四五六七八九十]{1,2})(?!\\d))?)"));
    for (int parent = version.units.value(table).parent; parent >= 0; parent = version.units[parent].parent) {
        const Unit& unit = version.units[parent];
        if (unit.label) {
            QString text = unit.label->text;
            while (!text.isEmpty() && QStringLiteral(".:：、)）").contains(text.back()))
                text.chop(1);
            return text;
        }
        if (const auto m = annexName.match(unit.text); m.hasMatch()) {
            QString name = m.captured(1).trimmed();
            if (name.startsWith(QStringLiteral("PHỤ LỤC")))
                name = QStringLiteral("Phụ lục") + name.mid(7);
            return name;
        }
    }
    return QString();
}

/// The deadline a cell gives: the deadlines and repetition ClauseReader reads in it, else the last day any date of
/// it covers (a bare `30/9/2026`, `Tháng 9/2026`, `Quý III/2026`, `Năm 2026` in a deadline column is a deadline).
ClauseFacts deadlineFacts(const QString& cell, Language language, const Gazetteer& gazetteer, int referenceYear)
{
    ClauseFacts facts = ClauseReader::read(cell, language, gazetteer, referenceYear);
    if (facts.deadlines.isEmpty() && facts.relative.isEmpty()) {
        for (const DateMention& mention : DateParser::find(cell, referenceYear)) {
            if (mention.kind == DateKind::Start || !mention.to.isValid())
                continue;
            facts.deadlines = { ClauseDate { mention, cell.mid(mention.start, mention.length) } };
        }
    }
    return facts;
}

} // namespace

QString TableRowRule::label(const LanguageVersion& version, int row)
{
    const Unit& unit = version.units.value(row);
    if (unit.kind != UnitKind::Row)
        return QString();
    const QList<ColumnRole> roles = TableCells::roles(TableCells::split(version.units.value(unit.parent).text));
    const auto number = TableCells::number(TableCells::split(unit.text), roles);
    // A row without a number is told by its place: a table's rows follow it, one after the other.
    const int n = number.value_or(row - unit.parent);
    const QString part = partOf(version, unit.parent);
    if (version.language == Language::Chinese)
        return part.isEmpty() ? QStringLiteral("第%1项").arg(n) : QStringLiteral("%1，第%2项").arg(part).arg(n);
    return part.isEmpty() ? QStringLiteral("mục %1").arg(n) : QStringLiteral("%1, mục %2").arg(part).arg(n);
}

QList<CommitmentCandidate> TableRowRule::commitments(
    const ParsedDocument& document, const Alignment& alignment, const Gazetteer& gazetteer)
{
    const Agreement& header = document.metadata.header;
    const int referenceYear = header.signedOn.isValid() ? header.signedOn.year()
        : header.validFrom.isValid()                    ? header.validFrom.year()
                                                        : 0;
    const LanguageVersion* vi = document.version(Language::Vietnamese);
    const LanguageVersion* zh = document.version(Language::Chinese);
    QList<std::pair<int, std::pair<QList<int>, QList<int>>>> pairs; // (pair index, (vi units, zh units))
    if (vi && zh && !alignment.pairs.isEmpty()) {
        for (qsizetype p = 0; p < alignment.pairs.size(); ++p)
            pairs.append({ int(p), { alignment.pairs[p].vi, alignment.pairs[p].zh } });
    } else if (const LanguageVersion* only = vi ? vi : zh) {
        for (int u = 0; u < only->units.size(); ++u)
            pairs.append({ u,
                only == vi ? std::pair { QList<int> { u }, QList<int> {} }
                           : std::pair { QList<int> {}, QList<int> { u } } });
    }
    const QStringList parties = document.metadata.parties;
    QList<CommitmentCandidate> result;
    for (const auto& [index, units] : pairs) {
        const std::optional<RowCells> v = rowOf(vi, units.first);
        const std::optional<RowCells> z = rowOf(zh, units.second);
        if (!v && !z)
            continue;
        const RowCells empty;
        const RowCells& rv = v ? *v : empty;
        const RowCells& rz = z ? *z : empty;
        const bool task = !rv.task.isEmpty() || !rz.task.isEmpty();
        const bool assigned = !rv.lead.isEmpty() || !rz.lead.isEmpty() || !rv.supporting.isEmpty()
            || !rz.supporting.isEmpty() || !rv.deadline.isEmpty() || !rz.deadline.isEmpty();
        if (!task || !assigned)
            continue; // a group heading row, or an empty one
        CommitmentCandidate c;
        c.pair = index;
        c.label = v ? label(*vi, rv.unit) : label(*zh, rz.unit);
        c.labelZh = z ? label(*zh, rz.unit) : QString();
        c.vi = rv.task;
        c.zh = rz.task;
        c.action = { rv.task, rz.task };
        c.leadAgency = { rv.lead, rz.lead };
        c.supportingAgencies = { rv.supporting, rz.supporting };
        // Who undertakes it: the parties its lead agency names (Sở Y tế tỉnh Lạng Sơn), else all of them.
        for (const PlaceMention& place : gazetteer.find(rv.lead + QLatin1Char(' ') + rz.lead)) {
            if ((parties.isEmpty() || parties.contains(place.id)) && !c.responsible.contains(place.id))
                c.responsible.append(place.id);
        }
        const bool named = !c.responsible.isEmpty();
        if (!named)
            c.responsible = parties;
        c.actorEvidence = { rv.lead, rz.lead };

        const ClauseFacts dv = deadlineFacts(rv.deadline, Language::Vietnamese, gazetteer, referenceYear);
        const ClauseFacts dz = deadlineFacts(rz.deadline, Language::Chinese, gazetteer, referenceYear);
        c.recurrence = dv.recurrence != Recurrence::None ? dv.recurrence : dz.recurrence;
        c.anchor = !dv.anchor.isEmpty() ? dv.anchor : dz.anchor;
        if (c.isRecurring())
            c.recurrenceEvidence = { dv.recurrencePhrase, dz.recurrencePhrase };
        QList<ClauseDate> dates = !dv.deadlines.isEmpty() ? dv.deadlines : dz.deadlines;
        for (const ClauseFacts* f : { &dv, &dz }) {
            for (const RelativeDate& r : f->relative) {
                const QDate day = r.resolve(header);
                if (!day.isValid()) {
                    c.warnings.append(tr("The deadline \u201c%1\u201d counts from an event the document does not "
                                         "date: set it by hand.")
                                          .arg(r.phrase));
                    continue;
                }
                DateMention mention;
                mention.kind = DateKind::Deadline;
                mention.from = mention.to = day;
                dates.append({ mention, r.phrase });
            }
        }
        // As in prose: a day on or before the signing is history, not a deadline.
        dates.removeIf([&header](const ClauseDate& d) {
            return header.signedOn.isValid() && d.mention.anchor() <= header.signedOn;
        });
        if (!dates.isEmpty()) {
            const ClauseDate& date = dates.back();
            c.due = date.mention.anchor();
            c.dueText = date.phrase;
            const QString other
                = !dv.deadlines.isEmpty() && !dz.deadlines.isEmpty() ? dz.deadlines.back().phrase : QString();
            c.dueEvidence
                = !dv.deadlines.isEmpty() ? Evidence { date.phrase, other } : Evidence { QString(), date.phrase };
            if (!dv.deadlines.isEmpty() && !dz.deadlines.isEmpty()
                && dv.deadlines.back().mention.anchor() != dz.deadlines.back().mention.anchor())
                c.warnings.append(tr("The deadline differs: %1 in one language, %2 in the other.")
                                      .arg(dv.deadlines.back().phrase, dz.deadlines.back().phrase));
        } else if (!rv.deadline.isEmpty() || !rz.deadline.isEmpty()) {
            c.dueText = !rv.deadline.isEmpty() ? rv.deadline : rz.deadline; // "Thường xuyên", "常年": no one day
        }
        if (v && z && rv.number && rz.number && *rv.number != *rz.number)
            c.warnings.append(
                tr("The rows are numbered %1 in Vietnamese and %2 in Chinese.").arg(*rv.number).arg(*rz.number));
        CommitmentExtractor::planOccurrences(c, header);
        const double confidence = 0.45 + (c.due.isValid() || c.isRecurring() ? 0.2 : 0)
            + (c.leadAgency.isEmpty() ? 0 : 0.1) + (v && z ? 0.1 : 0) + (named ? 0.05 : 0)
            - 0.15 * double(c.warnings.size());
        c.confidence = std::clamp(confidence, 0.05, 0.95);
        result.append(c);
    }
    return result;
}

} // namespace concord
