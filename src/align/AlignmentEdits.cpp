#include "align/AlignmentEdits.h"

#include "text/Segmenter.h"

namespace concord {

namespace {

using Kind = AlignmentEdit::Kind;

QList<int>& sideOf(AlignedPair& pair, Language side)
{
    return side == Language::Vietnamese ? pair.vi : pair.zh;
}

AlignedPair fresh(QList<int> vi, QList<int> zh)
{
    return { std::move(vi), std::move(zh), 0.0, false, false };
}

/// Replaces pairs [at, at + count) by \a pairs; the inverse puts the old ones back.
AlignmentEdits::Result replace(const AlignedVersions& state, int at, int count, const QList<AlignedPair>& pairs)
{
    AlignmentEdits::Result result { state, {} };
    QList<AlignedPair>& list = result.state.alignment.pairs;
    const QList<AlignedPair> old = list.mid(at, count);
    list.remove(at, count);
    for (qsizetype k = 0; k < pairs.size(); ++k)
        list.insert(at + k, pairs[k]);
    result.inverse.kind = Kind::Replace;
    result.inverse.pair = at;
    result.inverse.count = int(pairs.size());
    result.inverse.pairs = old;
    return result;
}

/// Unit indices on \a side from \a from on move by \a delta (a unit was inserted or removed).
void renumber(AlignedVersions& state, Language side, int from, int delta)
{
    for (AlignedPair& pair : state.alignment.pairs) {
        for (int& i : sideOf(pair, side)) {
            if (i >= from)
                i += delta;
        }
    }
    LanguageVersion& version = side == Language::Vietnamese ? state.vi : state.zh;
    for (Unit& unit : version.units) {
        if (unit.parent >= from)
            unit.parent += delta;
    }
}

} // namespace

std::optional<qsizetype> AlignmentEdits::sentenceStart(const Unit& unit, Language language, int sentence)
{
    const auto ranges = Segmenter::sentenceRanges(
        unit.text, language == Language::Vietnamese ? Segmenter::Language::Vietnamese : Segmenter::Language::Chinese);
    if (sentence < 1 || sentence >= ranges.size())
        return std::nullopt;
    return ranges[sentence].first;
}

std::optional<AlignmentEdits::Result> AlignmentEdits::apply(const AlignedVersions& state, const AlignmentEdit& edit)
{
    const QList<AlignedPair>& pairs = state.alignment.pairs;
    const int p = edit.pair;
    const bool pairExists = p >= 0 && p < pairs.size();
    switch (edit.kind) {
    case Kind::Confirm:
    case Kind::Unconfirm: {
        const bool confirm = edit.kind == Kind::Confirm;
        if (!pairExists || pairs[p].confirmed == confirm || pairs[p].vi.isEmpty() || pairs[p].zh.isEmpty())
            return std::nullopt;
        Result result { state, confirm ? AlignmentEdit::unconfirm(p) : AlignmentEdit::confirm(p) };
        result.state.alignment.pairs[p].confirmed = confirm;
        return result;
    }
    case Kind::Unlink:
        if (!pairExists || pairs[p].vi.isEmpty() || pairs[p].zh.isEmpty())
            return std::nullopt;
        return replace(state, p, 1, { fresh(pairs[p].vi, {}), fresh({}, pairs[p].zh) });
    case Kind::MergeWithNext:
        if (!pairExists || p + 1 >= pairs.size())
            return std::nullopt;
        return replace(state, p, 2, { fresh(pairs[p].vi + pairs[p + 1].vi, pairs[p].zh + pairs[p + 1].zh) });
    case Kind::ShiftDown:
    case Kind::ShiftUp: {
        const bool down = edit.kind == Kind::ShiftDown;
        const int from = p;
        const int to = down ? p + 1 : p - 1;
        if (!pairExists || to < 0 || to >= pairs.size())
            return std::nullopt;
        AlignedPair source = pairs[from];
        AlignedPair target = pairs[to];
        QList<int>& units = sideOf(source, edit.side);
        if (units.isEmpty())
            return std::nullopt;
        const int unit = down ? units.takeLast() : units.takeFirst();
        QList<int>& into = sideOf(target, edit.side);
        down ? into.prepend(unit) : into.append(unit);
        AlignedPair first = fresh(down ? source.vi : target.vi, down ? source.zh : target.zh);
        AlignedPair second = fresh(down ? target.vi : source.vi, down ? target.zh : source.zh);
        QList<AlignedPair> replacement;
        if (!first.vi.isEmpty() || !first.zh.isEmpty())
            replacement.append(first);
        if (!second.vi.isEmpty() || !second.zh.isEmpty())
            replacement.append(second);
        return replace(state, qMin(from, to), 2, replacement);
    }
    case Kind::SplitUnit: {
        LanguageVersion version = edit.side == Language::Vietnamese ? state.vi : state.zh;
        if (edit.unit < 0 || edit.unit >= version.units.size())
            return std::nullopt;
        const Unit& unit = version.units[edit.unit];
        if (edit.offset <= 0 || edit.offset >= unit.text.size())
            return std::nullopt;
        Result result { state, AlignmentEdit::make(Kind::JoinUnits, 0, edit.side, edit.unit) };
        renumber(result.state, edit.side, edit.unit + 1, +1);
        LanguageVersion& changed = edit.side == Language::Vietnamese ? result.state.vi : result.state.zh;
        Unit tail = changed.units[edit.unit];
        tail.label.reset();
        tail.text = unit.text.mid(edit.offset);
        changed.units[edit.unit].text = unit.text.left(edit.offset);
        changed.units.insert(edit.unit + 1, tail);
        for (AlignedPair& pair : result.state.alignment.pairs) {
            QList<int>& units = sideOf(pair, edit.side);
            const qsizetype at = units.indexOf(edit.unit);
            if (at >= 0)
                units.insert(at + 1, edit.unit + 1);
        }
        return result;
    }
    case Kind::JoinUnits: {
        const LanguageVersion& version = edit.side == Language::Vietnamese ? state.vi : state.zh;
        if (edit.unit < 0 || edit.unit + 1 >= version.units.size())
            return std::nullopt;
        // Only units the same pair holds side by side can be joined.
        bool together = false;
        for (const AlignedPair& pair : pairs) {
            const QList<int>& units = edit.side == Language::Vietnamese ? pair.vi : pair.zh;
            const qsizetype at = units.indexOf(edit.unit);
            together = together || (at >= 0 && at + 1 < units.size() && units[at + 1] == edit.unit + 1);
        }
        if (!together)
            return std::nullopt;
        const qsizetype offset = version.units[edit.unit].text.size();
        Result result { state, AlignmentEdit::splitUnit(edit.side, edit.unit, offset) };
        LanguageVersion& changed = edit.side == Language::Vietnamese ? result.state.vi : result.state.zh;
        changed.units[edit.unit].text += changed.units[edit.unit + 1].text;
        changed.units.removeAt(edit.unit + 1);
        for (AlignedPair& pair : result.state.alignment.pairs)
            sideOf(pair, edit.side).removeOne(edit.unit + 1);
        renumber(result.state, edit.side, edit.unit + 2, -1);
        return result;
    }
    case Kind::Replace:
        if (p < 0 || p + edit.count > pairs.size())
            return std::nullopt;
        return replace(state, p, edit.count, edit.pairs);
    }
    return std::nullopt;
}

} // namespace concord
