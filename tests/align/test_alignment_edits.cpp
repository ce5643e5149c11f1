#include "align/Aligner.h"
#include "align/AlignmentDiff.h"
#include "align/AlignmentEdits.h"
#include "align/AlignmentScorer.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "support/CatchQt.h"

using namespace concord;
using Edit = AlignmentEdit;

namespace {

/// A small bilingual agreement, aligned: title, preamble (two sentences), two articles, closing.
AlignedVersions state()
{
    const auto parsed = DocumentParser::parseText(
        QStringLiteral(
            "THỎA THUẬN\n\nHai bên tăng cường hợp tác. Hằng năm tổ chức 02 đoàn giao lưu.\n\n"
            "Điều 1. Giao lưu thanh niên.\n\nĐiều 2. Hiệu lực đến năm 2027.\n\n"
            "Thỏa thuận này không có giá trị ràng buộc pháp lý.\n\n"
            "协议\n\n双方加强合作。\n\n每年组织2个交流团。\n\n第一条 开展青年交流。\n\n第二条 有效期至2027年。\n\n"
            "本协议不具有法律约束力。"),
        QStringLiteral("edits.txt"));
    REQUIRE(parsed.ok());
    const ParsedDocument& document = parsed->documents.front();
    AlignedVersions s { *document.version(Language::Vietnamese), *document.version(Language::Chinese), {} };
    s.alignment = Aligner::align(s.vi, s.zh, Gazetteer::builtIn());
    return s;
}

/// "vi units | zh units" per pair, by index.
QStringList shape(const AlignedVersions& s)
{
    QStringList list;
    for (const AlignedPair& pair : s.alignment.pairs) {
        QStringList vi;
        QStringList zh;
        for (const int i : pair.vi)
            vi.append(QString::number(i));
        for (const int j : pair.zh)
            zh.append(QString::number(j));
        list.append(vi.join(QLatin1Char('+')) + QStringLiteral("|") + zh.join(QLatin1Char('+')));
    }
    return list;
}

/// Applies \a edit, checks that its inverse restores \a before exactly, and returns the edited state.
AlignedVersions applyAndUndo(const AlignedVersions& before, const Edit& edit)
{
    const auto done = AlignmentEdits::apply(before, edit);
    REQUIRE(done);
    const auto undone = AlignmentEdits::apply(done->state, done->inverse);
    REQUIRE(undone);
    CHECK(undone->state == before);
    // And the inverse of the inverse redoes the edit.
    const auto redone = AlignmentEdits::apply(undone->state, undone->inverse);
    REQUIRE(redone);
    CHECK(redone->state == done->state);
    return done->state;
}

} // namespace

TEST_CASE("align: the edits start from the aligner's pairs", "[align][edit]")
{
    // The preamble's two Vietnamese sentences are one unit; the Chinese has two paragraphs: a 1-2 pair.
    CHECK(shape(state())
        == QStringList({ QStringLiteral("0|0"), QStringLiteral("1|1+2"), QStringLiteral("2|3"), QStringLiteral("3|4"),
            QStringLiteral("4|5") }));
}

TEST_CASE("align: confirm and unconfirm are each other's undo", "[align][edit]")
{
    const AlignedVersions s = state();
    const AlignedVersions confirmed = applyAndUndo(s, Edit::confirm(2));
    CHECK(confirmed.alignment.pairs[2].confirmed);
    CHECK_FALSE(AlignmentEdits::apply(confirmed, Edit::confirm(2)).has_value()); // already confirmed
    CHECK_FALSE(AlignmentEdits::apply(s, Edit::confirm(9)).has_value());
    CHECK_FALSE(applyAndUndo(confirmed, Edit::unconfirm(2)).alignment.pairs[2].confirmed);
}

TEST_CASE("align: unlink leaves both sides alone, merge with next joins them back", "[align][edit]")
{
    const AlignedVersions s = state();
    const AlignedVersions unlinked = applyAndUndo(s, Edit::unlink(2));
    CHECK(shape(unlinked)
        == QStringList({ QStringLiteral("0|0"), QStringLiteral("1|1+2"), QStringLiteral("2|"), QStringLiteral("|3"),
            QStringLiteral("3|4"), QStringLiteral("4|5") }));
    CHECK(unlinked.alignment.pairs[2].score == 0.0);
    const AlignedVersions merged = applyAndUndo(unlinked, Edit::mergeWithNext(2));
    CHECK(shape(merged) == shape(s));
    CHECK_FALSE(AlignmentEdits::apply(unlinked, Edit::unlink(2)).has_value()); // nothing to unlink
    CHECK_FALSE(AlignmentEdits::apply(s, Edit::mergeWithNext(4)).has_value()); // no next pair
}

TEST_CASE("align: shifting a unit down and up moves it between neighbouring pairs", "[align][edit]")
{
    const AlignedVersions s = state();
    const AlignedVersions down = applyAndUndo(s, Edit::shiftDown(1, Language::Chinese));
    CHECK(shape(down)
        == QStringList({ QStringLiteral("0|0"), QStringLiteral("1|1"), QStringLiteral("2|2+3"), QStringLiteral("3|4"),
            QStringLiteral("4|5") }));
    const AlignedVersions up = applyAndUndo(down, Edit::shiftUp(2, Language::Chinese));
    CHECK(shape(up) == shape(s));
    // Moving the only unit of a one-unit pair removes the pair; the undo brings it back.
    const AlignedVersions emptied = applyAndUndo(s, Edit::shiftDown(0, Language::Vietnamese));
    CHECK(shape(emptied).mid(0, 2) == QStringList({ QStringLiteral("|0"), QStringLiteral("0+1|1+2") }));
    CHECK_FALSE(AlignmentEdits::apply(s, Edit::shiftUp(0, Language::Vietnamese)).has_value());
    CHECK_FALSE(AlignmentEdits::apply(s, Edit::shiftDown(4, Language::Chinese)).has_value());
}

TEST_CASE("align: a unit split at a sentence boundary becomes two units, and joins back exactly", "[align][edit]")
{
    const AlignedVersions s = state();
    const auto offset = AlignmentEdits::sentenceStart(s.vi.units[1], Language::Vietnamese, 1);
    REQUIRE(offset);
    CHECK(s.vi.units[1].text.mid(*offset) == QStringLiteral("Hằng năm tổ chức 02 đoàn giao lưu."));
    const AlignedVersions split = applyAndUndo(s, Edit::splitUnit(Language::Vietnamese, 1, *offset));
    REQUIRE(split.vi.units.size() == s.vi.units.size() + 1);
    CHECK(split.vi.units[1].text == QStringLiteral("Hai bên tăng cường hợp tác. "));
    CHECK(split.vi.units[2].text == QStringLiteral("Hằng năm tổ chức 02 đoàn giao lưu."));
    CHECK_FALSE(split.vi.units[2].label.has_value());
    CHECK(split.vi.units[3].label->text == QStringLiteral("Điều 1."));
    CHECK(shape(split)
        == QStringList({ QStringLiteral("0|0"), QStringLiteral("1+2|1+2"), QStringLiteral("3|3"), QStringLiteral("4|4"),
            QStringLiteral("5|5") }));
    // Then the second sentence can go into a pair of its own with the second Chinese paragraph.
    const AlignedVersions unlinked = applyAndUndo(split, Edit::unlink(1)); // 1+2|  and  |1+2
    const AlignedVersions shifted = applyAndUndo(unlinked, Edit::shiftUp(2, Language::Chinese)); // 1+2|1  and  |2
    const AlignedVersions paired = applyAndUndo(shifted, Edit::shiftDown(1, Language::Vietnamese)); // 1|1  and  2|2
    CHECK(shape(paired).mid(1, 3)
        == QStringList({ QStringLiteral("1|1"), QStringLiteral("2|2"), QStringLiteral("3|3") }));
    CHECK_FALSE(AlignmentEdits::sentenceStart(s.vi.units[4], Language::Vietnamese, 1).has_value()); // one sentence
    CHECK_FALSE(AlignmentEdits::apply(s, Edit::splitUnit(Language::Vietnamese, 1, 0)).has_value());
}

TEST_CASE("align: rescoring after an edit scores the changed pairs again", "[align][edit]")
{
    const AlignedVersions s = state();
    auto merged = AlignmentEdits::apply(s, Edit::mergeWithNext(2));
    REQUIRE(merged);
    CHECK(merged->state.alignment.pairs[2].score == 0.0);
    Aligner::rescore(merged->state.alignment, merged->state.vi, merged->state.zh, Gazetteer::builtIn());
    // Both articles with both articles: still a translation, and the calibrated score says so.
    CHECK(merged->state.alignment.pairs[2].score > 0.6);
}

TEST_CASE("align: an edit's diff names exactly the pairs and units it replaced", "[align][edit][diff]")
{
    const AlignedVersions s = state();
    const auto diffOf = [&s](const Edit& edit) {
        const auto done = AlignmentEdits::apply(s, edit);
        REQUIRE(done);
        return AlignmentDiff::of(s, done->state);
    };
    CHECK(AlignmentDiff::of(s, s).pairs.isEmpty());
    // Pairs 2 (2|3) and 3 (3|4) become one.
    const AlignmentDiff merged = diffOf(Edit::mergeWithNext(2));
    CHECK(merged.pairs == ListChange { 2, 2, 1 });
    CHECK(merged.vi.isEmpty());
    CHECK(merged.zh.isEmpty());
    CHECK(merged.pairs.map(1) == 1);
    CHECK(merged.pairs.map(3) == -1);
    CHECK(merged.pairs.map(4) == 3);
    CHECK(diffOf(Edit::unlink(2)).pairs == ListChange { 2, 1, 2 });
    CHECK(diffOf(Edit::confirm(4)).pairs == ListChange { 4, 1, 1 });
    CHECK(diffOf(Edit::shiftDown(1, Language::Chinese)).pairs == ListChange { 1, 2, 2 });
    // Vietnamese unit 1 split in two: one unit became two, and only its pair changed (the pairs after it hold
    // the same units, one index further on).
    const auto offset = AlignmentEdits::sentenceStart(s.vi.units[1], Language::Vietnamese, 1);
    REQUIRE(offset);
    const auto split = AlignmentEdits::apply(s, Edit::splitUnit(Language::Vietnamese, 1, *offset));
    REQUIRE(split);
    const AlignmentDiff splitDiff = AlignmentDiff::of(s, split->state);
    CHECK(splitDiff.vi == ListChange { 1, 1, 2 });
    CHECK(splitDiff.zh.isEmpty());
    CHECK(splitDiff.pairs == ListChange { 1, 1, 1 });
    // Its undo joins them again.
    const auto joined = AlignmentEdits::apply(split->state, split->inverse);
    REQUIRE(joined);
    const AlignmentDiff joinDiff = AlignmentDiff::of(split->state, joined->state);
    CHECK(joinDiff.vi == ListChange { 1, 2, 1 });
    CHECK(joinDiff.pairs == ListChange { 1, 1, 1 });
}

TEST_CASE("align: the kept features score an edited pair as a full rescore does", "[align][edit][diff]")
{
    const AlignedVersions s = state();
    const AlignmentScorer scorer(s.vi, s.zh, Gazetteer::builtIn());
    for (const Edit& edit : { Edit::mergeWithNext(2), Edit::unlink(1), Edit::shiftDown(1, Language::Chinese) }) {
        auto done = AlignmentEdits::apply(s, edit);
        REQUIRE(done);
        Alignment full = done->state.alignment;
        Aligner::rescore(full, done->state.vi, done->state.zh, Gazetteer::builtIn());
        const AlignmentDiff diff = AlignmentDiff::of(s, done->state);
        scorer.scoreUnscored(done->state.alignment, diff.pairs.first, diff.pairs.inserted);
        for (int p = diff.pairs.first; p < diff.pairs.first + diff.pairs.inserted; ++p)
            CHECK(done->state.alignment.pairs[p].score == full.pairs[p].score);
    }
    // After a split, the new units' features are read with the document's weights: the pair scores close to
    // a full rescore, and as a translation.
    const auto offset = AlignmentEdits::sentenceStart(s.vi.units[1], Language::Vietnamese, 1);
    REQUIRE(offset);
    auto split = AlignmentEdits::apply(s, Edit::splitUnit(Language::Vietnamese, 1, *offset));
    REQUIRE(split);
    AlignmentScorer after = scorer;
    after.unitsReplaced(split->state.vi, 1, 1, 2, Gazetteer::builtIn());
    REQUIRE(after.vi().size() == split->state.vi.units.size());
    CHECK(after.vi()[3].anchorKey == QStringLiteral("a.1")); // Điều 1 moved one place on
    Alignment full = split->state.alignment;
    Aligner::rescore(full, split->state.vi, split->state.zh, Gazetteer::builtIn());
    after.scoreUnscored(split->state.alignment, 1, 1);
    CHECK(split->state.alignment.pairs[1].score == Approx(full.pairs[1].score).margin(0.05));
    CHECK(split->state.alignment.pairs[1].score > 0.6);
}
