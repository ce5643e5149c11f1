// The long tail (tests/data/longtail): forms of undertaking a reader of unseen documents meets — a numbered heading
// whose undertaking is the paragraph under it, a duty fired by an event (no due day), a deadline counted from the
// entry into force, a renewal notice counted back from the end, a closing one language splits in two, Chinese
// signature blocks whose title stands on a line of its own. expected.json was written before the code ran.
#include "align/Aligner.h"
#include "commit/CommitmentExtractor.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "support/CatchQt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace concord;

namespace {

const QString CorpusDir = QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/longtail/");

QString textOf(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

TEST_CASE("long tail: headings over their undertakings, event-fired duties and deadlines counted from other events",
    "[commit][longtail]")
{
    QFile file(CorpusDir + QStringLiteral("expected.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    const Gazetteer& gazetteer = Gazetteer::builtIn();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            continue;
        CAPTURE(it.key());
        const QJsonObject expected = it.value().toObject();
        const auto parsed = DocumentParser::parseFile(CorpusDir + it.key(), gazetteer);
        REQUIRE(parsed.ok());
        const ParsedDocument& document = parsed->documents.front();
        const LanguageVersion& vi = *document.version(Language::Vietnamese);
        const LanguageVersion& zh = *document.version(Language::Chinese);
        const Alignment alignment = Aligner::align(vi, zh, gazetteer);

        const QList<CommitmentCandidate> found = CommitmentExtractor::extract(document, alignment, gazetteer);
        const QJsonArray want = expected.value(QStringLiteral("commitments")).toArray();
        REQUIRE(found.size() == want.size());
        for (qsizetype k = 0; k < want.size(); ++k) {
            const QJsonObject w = want[k].toObject();
            const CommitmentCandidate& c = found[k];
            CAPTURE(k, c.vi, c.dueText);
            CHECK(CommitmentCandidate::kindKey(c.kind) == textOf(w, "kind"));
            if (w.contains(QStringLiteral("starts")))
                CHECK(c.vi.startsWith(textOf(w, "starts")));
            if (w.contains(QStringLiteral("not")))
                CHECK_FALSE(c.vi.contains(textOf(w, "not")));
            CHECK(c.due == QDate::fromString(textOf(w, "due"), Qt::ISODate));
            CHECK((c.isRecurring() ? RecurrenceRules::key(c.recurrence) : QString()) == textOf(w, "recurrence"));
            // Only what the document leaves open is warned of (a repetition without an end of validity).
            CHECK(c.warnings.size() == w.value(QStringLiteral("warnings")).toInt(0));
        }

        // The closing: (Vietnamese units, Chinese units) of each pair of closing units.
        QList<std::pair<int, int>> closing;
        int signatures = 0;
        for (const AlignedPair& pair : alignment.pairs) {
            // The sentence that says where and when it was done ("… làm tại …", "本…于…签订"), whatever the role the
            // structure gave it (an unnumbered minutes' last paragraph stays a paragraph of its own).
            const bool closingPair = !pair.vi.isEmpty() && !pair.zh.isEmpty()
                && vi.units[pair.vi.front()].text.contains(QStringLiteral("làm tại"), Qt::CaseInsensitive);
            if (closingPair)
                closing.append({ int(pair.vi.size()), int(pair.zh.size()) });
            if (pair.vi.size() == 1 && pair.zh.size() == 1 && vi.units[pair.vi.front()].kind == UnitKind::Signature
                && zh.units[pair.zh.front()].kind == UnitKind::Signature)
                ++signatures;
        }
        QList<std::pair<int, int>> wantClosing;
        for (const QJsonValue& v : expected.value(QStringLiteral("closing_pairs")).toArray())
            wantClosing.append({ v.toArray().at(0).toInt(), v.toArray().at(1).toInt() });
        CHECK(closing == wantClosing);
        CHECK(signatures == expected.value(QStringLiteral("signature_pairs")).toInt());
        // Blocks whose offices no gazetteer knows pair by the signatories' names (Chinese read as Vietnamese).
        for (const QJsonValue& value : expected.value(QStringLiteral("signature_people")).toArray()) {
            const QString person = value.toArray().at(0).toString();
            const QString personZh = value.toArray().at(1).toString();
            const bool paired = std::any_of(alignment.pairs.begin(), alignment.pairs.end(), [&](const AlignedPair& p) {
                return p.vi.size() == 1 && p.zh.size() == 1 && vi.units[p.vi.front()].signature.person == person
                    && zh.units[p.zh.front()].signature.person == personZh;
            });
            CAPTURE(person, personZh);
            CHECK(paired);
        }
    }
}
