#include "align/AlignmentEdits.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "store/AgreementStore.h"
#include "store/AlignmentSession.h"
#include "store/AlignmentStore.h"
#include "store/ImportService.h"
#include "store/UnitSearch.h"
#include "support/CatchQt.h"
#include "support/Fixtures.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace concord;
using namespace concord::test;

namespace {

const QDateTime At(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);

QVariant scalar(const Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

/// The pair position of each commitment's clause, by commitment id.
QList<int> commitmentPairs(const Database& db)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT p.position FROM commitment c LEFT JOIN alignment_pair p ON "
                                      "p.id = c.pair_id WHERE c.kind = 'clause' ORDER BY c.id")));
    QList<int> list;
    while (query.next())
        list.append(query.value(0).isNull() ? -1 : query.value(0).toInt());
    return list;
}

struct ImportedSample
{
    TempDatabase temp;
    std::unique_ptr<Database> db = temp.open();
    qint64 id = 0;

    ImportedSample()
    {
        ImportService store(*db, Gazetteer::builtIn(), test::longAgo());
        const auto outcome = store.importPath(samplePath(QStringLiteral("000_a538a87b9166962b.txt")));
        REQUIRE(outcome.ok());
        id = outcome->agreementIds.first();
    }
};

} // namespace

TEST_CASE("alignment store: an agreement reads back as it was parsed and aligned", "[store][alignment]")
{
    ImportedSample sample;
    const auto stored = AlignmentStore(*sample.db).load(sample.id);
    REQUIRE(stored.ok());

    const auto parsed = DocumentParser::parseFile(samplePath(QStringLiteral("000_a538a87b9166962b.txt")));
    REQUIRE(parsed.ok());
    const ImportPlan plan = ImportService::plan(parsed.value(), Gazetteer::builtIn());
    const ParsedDocument& document = plan.file.documents.first();
    REQUIRE(plan.alignments.first().has_value());
    CHECK(stored->versions.alignment.pairs.size() == plan.alignments.first()->pairs.size());
    for (qsizetype p = 0; p < stored->versions.alignment.pairs.size(); ++p) {
        CHECK(stored->versions.alignment.pairs[p].vi == plan.alignments.first()->pairs[p].vi);
        CHECK(stored->versions.alignment.pairs[p].zh == plan.alignments.first()->pairs[p].zh);
    }
    const LanguageVersion& vi = document.versions.first().language == Language::Vietnamese ? document.versions.first()
                                                                                           : document.versions.last();
    REQUIRE(stored->versions.vi.units.size() == vi.units.size());
    for (qsizetype u = 0; u < vi.units.size(); ++u) {
        CHECK(stored->versions.vi.units[u].text == vi.units[u].text);
        CHECK(stored->versions.vi.units[u].parent == vi.units[u].parent);
        CHECK(stored->versions.vi.units[u].kind == vi.units[u].kind);
        CHECK(stored->versions.vi.units[u].label.has_value() == vi.units[u].label.has_value());
    }
    CHECK(stored->header.titleVi == document.metadata.header.titleVi);
    CHECK(stored->signatories.size() == document.metadata.signatories.size());
}

TEST_CASE("alignment store: a merge and a confirmation are saved with who and when, commitments follow their clause",
    "[store][alignment]")
{
    ImportedSample sample;
    AlignmentStore store(*sample.db);
    const auto before = store.load(sample.id);
    REQUIRE(before.ok());
    const QList<int> pairsBefore = commitmentPairs(*sample.db);
    REQUIRE(pairsBefore.size() >= 2);

    auto merged = AlignmentEdits::apply(before->versions, AlignmentEdit::mergeWithNext(1));
    REQUIRE(merged.has_value());
    auto confirmed = AlignmentEdits::apply(merged->state, AlignmentEdit::confirm(0));
    REQUIRE(confirmed.has_value());
    REQUIRE(store.save(sample.id, before->versions, confirmed->state, QStringLiteral("Lan"), At).ok());

    const auto after = store.load(sample.id);
    REQUIRE(after.ok());
    CHECK(after->versions.alignment == confirmed->state.alignment);
    CHECK(after->confirmedBy.first() == QStringLiteral("Lan"));
    CHECK(scalar(*sample.db, QStringLiteral("SELECT confirmed_at FROM alignment_pair WHERE position = 0")).toString()
        == QStringLiteral("2026-11-29T09:30:00Z"));
    // Pairs after the merged one moved up by one; commitments went with their clauses.
    QList<int> expected;
    for (const int p : pairsBefore)
        expected.append(p <= 1 ? p : p - 1);
    CHECK(commitmentPairs(*sample.db) == expected);
    CHECK(scalar(*sample.db, QStringLiteral("SELECT count(*) FROM event WHERE action = 'alignment-edited'")).toInt()
        == 1);

    // Saving it again keeps the first confirmation's author.
    auto unlinked = AlignmentEdits::apply(after->versions, AlignmentEdit::unlink(5));
    REQUIRE(unlinked.has_value());
    REQUIRE(store.save(sample.id, after->versions, unlinked->state, QStringLiteral("Minh"), At.addDays(1)).ok());
    CHECK(scalar(*sample.db,
              QStringLiteral("SELECT confirmed_by || ' ' || confirmed_at FROM alignment_pair WHERE "
                             "position = 0"))
              .toString()
        == QStringLiteral("Lan 2026-11-29T09:30:00Z"));
    CHECK(store.load(sample.id)->versions.alignment == unlinked->state.alignment);
}

TEST_CASE(
    "alignment store: a split unit is stored as two units and both halves are found by search", "[store][alignment]")
{
    ImportedSample sample;
    AlignmentStore store(*sample.db);
    const auto before = store.load(sample.id);
    REQUIRE(before.ok());
    // The longest Vietnamese unit with a second sentence.
    int unit = -1;
    qsizetype offset = 0;
    for (qsizetype u = 0; u < before->versions.vi.units.size(); ++u) {
        if (const auto at = AlignmentEdits::sentenceStart(before->versions.vi.units[u], Language::Vietnamese, 1)) {
            unit = int(u);
            offset = *at;
            break;
        }
    }
    REQUIRE(unit >= 0);
    const QString text = before->versions.vi.units[unit].text;
    const auto split
        = AlignmentEdits::apply(before->versions, AlignmentEdit::splitUnit(Language::Vietnamese, unit, offset));
    REQUIRE(split.has_value());
    REQUIRE(store.save(sample.id, before->versions, split->state, QStringLiteral("Lan"), At).ok());

    const auto after = store.load(sample.id);
    REQUIRE(after.ok());
    CHECK(after->versions.vi.units.size() == before->versions.vi.units.size() + 1);
    CHECK(after->versions.vi.units[unit].text + after->versions.vi.units[unit + 1].text == text);
    CHECK(after->versions.alignment == split->state.alignment);
    checkSound(*sample.db);

    // The index holds the new units and none of the old one.
    const QString tail = after->versions.vi.units[unit + 1].text.section(QLatin1Char(' '), 0, 3);
    const auto hits = UnitSearch(*sample.db).search(tail);
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits->isEmpty());
    CHECK(hits->first().text == after->versions.vi.units[unit + 1].text);

    // And back: the join restores the original units.
    const auto joined = AlignmentEdits::apply(after->versions, split->inverse);
    REQUIRE(joined.has_value());
    REQUIRE(store.save(sample.id, after->versions, joined->state, QStringLiteral("Lan"), At).ok());
    CHECK(store.load(sample.id)->versions.vi.units.size() == before->versions.vi.units.size());
    CHECK(store.load(sample.id)->versions.vi.units[unit].text == text);
}

TEST_CASE("alignment store: an unknown agreement is an error naming the database", "[store][alignment]")
{
    ImportedSample sample;
    const auto stored = AlignmentStore(*sample.db).load(999);
    REQUIRE_FALSE(stored.ok());
    CHECK(stored.error().file == sample.db->path());
    CHECK(stored.error().message == QStringLiteral("There is no agreement 999."));
}

TEST_CASE("alignment store: a document in one language reads as one row per unit", "[store][alignment]")
{
    TempDatabase temp;
    auto db = temp.open();
    // 004 is a Vietnamese forwarding letter and the bilingual memorandum it carries.
    const auto outcome = ImportService(*db, Gazetteer::builtIn(), test::longAgo())
                             .importPath(samplePath(QStringLiteral("004_450d6ae2b470d9a1.txt")));
    REQUIRE(outcome.ok());
    const auto letter = AlignmentStore(*db).load(outcome->agreementIds.first());
    REQUIRE(letter.ok());
    REQUIRE(letter->versions.zh.units.isEmpty());
    REQUIRE(letter->versions.vi.units.size() == 8); // its letterhead set apart
    REQUIRE(letter->versions.alignment.pairs.size() == 8);
    for (int p = 0; p < 8; ++p) {
        CHECK(letter->versions.alignment.pairs[p].vi == QList<int>({ p }));
        CHECK(letter->versions.alignment.pairs[p].zh.isEmpty());
    }
    CHECK(letter->confirmedBy.size() == 8);
}

TEST_CASE("alignment store: edits and their undos write only what changed, and the store reads back as the session "
          "holds it",
    "[store][alignment][delta]")
{
    ImportedSample sample;
    AlignmentSession session(*sample.db, Gazetteer::builtIn(), test::longAgo());
    REQUIRE(session.open(sample.id).ok());
    const AlignedVersions original = session.versions();
    const QList<int> originalCommitments = commitmentPairs(*sample.db);
    int unit = -1;
    qsizetype offset = 0;
    for (qsizetype u = 0; u < original.vi.units.size() && unit < 0; ++u) {
        if (const auto at = AlignmentEdits::sentenceStart(original.vi.units[u], Language::Vietnamese, 1)) {
            unit = int(u);
            offset = *at;
        }
    }
    REQUIRE(unit >= 0);

    // The store, read afresh, holds what the session holds: units, pairs, who confirmed, commitments' pairs;
    // positions run 0, 1, 2 … and every reference holds.
    const auto agrees = [&] {
        const auto stored = AlignmentStore(*sample.db).load(sample.id);
        REQUIRE(stored.ok());
        CHECK(stored->versions == session.versions());
        CHECK(stored->confirmedBy == session.agreement().confirmedBy);
        QList<int> held;
        for (const StoredCommitment& c : session.commitments()) {
            if (c.found.kind == CommitmentKind::Clause)
                held.append(c.found.pair);
        }
        CHECK(held == commitmentPairs(*sample.db));
        for (const QString& table : { QStringLiteral("alignment_pair"), QStringLiteral("unit") }) {
            CHECK(scalar(*sample.db,
                      QStringLiteral("SELECT min(ok) FROM (SELECT CASE WHEN count(*) = max(position) + 1 AND "
                                     "min(position) = 0 THEN 1 ELSE 0 END AS ok FROM %1 WHERE agreement_id = %2 "
                                     "GROUP BY %3) AS positions")
                          .arg(table)
                          .arg(sample.id)
                          .arg(table == QLatin1String("unit") ? QStringLiteral("language")
                                                              : QStringLiteral("agreement_id")))
                      .toInt()
                == 1);
        }
        checkSound(*sample.db);
    };
    // Rows written by this connection: SQLite counts them; PostgreSQL's statistics reach its views only a while
    // after each transaction, so the server's run leaves the count out.
    const auto changes = [&] {
        return sample.db->isServer() ? 0 : scalar(*sample.db, QStringLiteral("SELECT total_changes()")).toLongLong();
    };

    QList<AlignmentEdit> undos;
    const QList<AlignmentEdit> edits { AlignmentEdit::confirm(3), AlignmentEdit::unlink(4),
        AlignmentEdit::mergeWithNext(1), AlignmentEdit::splitUnit(Language::Vietnamese, unit, offset),
        AlignmentEdit::shiftDown(6, Language::Vietnamese), AlignmentEdit::confirm(0) };
    for (const AlignmentEdit& edit : edits) {
        const qint64 before = changes();
        const auto inverse = session.apply(edit, QStringLiteral("Lan"));
        REQUIRE(inverse.ok());
        undos.prepend(inverse.value());
        agrees();
        // A confirmation rewrites one pair (delete, insert, its members, its commitments) and adds an event
        // line, whatever the agreement's length; a full rewrite wrote every one of its 30-odd pairs.
        if (edit.kind == AlignmentEdit::Kind::Confirm)
            CHECK(changes() - before <= 12);
    }
    CHECK(session.agreement().confirmedBy[0] == QStringLiteral("Lan"));
    for (const AlignmentEdit& undo : undos) {
        REQUIRE(session.apply(undo, QStringLiteral("Minh")).ok());
        agrees();
    }
    CHECK(session.versions() == original);
    CHECK(commitmentPairs(*sample.db) == originalCommitments);
    checkSound(*sample.db);
}
