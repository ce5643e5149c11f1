// The commitment corpus (tests/data/commitments): documents of the genre written for this test, each with the
// gold list a careful reader makes (written before the extractor ran on it). Scored as docs/benchmarks.md says.
#include "commit/CommitmentExtractor.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "support/CatchQt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace concord;

namespace {

const QString CorpusDir = QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/commitments");

QString normalised(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" "));
}

/// One undertaking of a gold list: a phrase of its text, who, by when, how often.
struct Gold
{
    CommitmentKind kind = CommitmentKind::Clause;
    QString match;
    QStringList responsible;
    QDate due;
    Recurrence recurrence = Recurrence::None;
    QString anchor;
};

struct Score
{
    int gold = 0;
    int found = 0;
    int right = 0;
    QStringList misses;
};

QList<Gold> goldOf(const QString& path, QStringList* mustNot)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QList<Gold> list;
    for (const QJsonValue& value : object.value(QStringLiteral("commitments")).toArray()) {
        const QJsonObject o = value.toObject();
        Gold g;
        g.kind = CommitmentCandidate::kindFromKey(o.value(QStringLiteral("kind")).toString(QStringLiteral("clause")))
                     .value();
        g.match = o.value(QStringLiteral("match")).toString();
        for (const QJsonValue& party : o.value(QStringLiteral("responsible")).toArray())
            g.responsible.append(party.toString());
        std::sort(g.responsible.begin(), g.responsible.end());
        g.due = QDate::fromString(o.value(QStringLiteral("due")).toString(), Qt::ISODate);
        g.recurrence = RecurrenceRules::fromKey(o.value(QStringLiteral("recurrence")).toString()).value();
        g.anchor = o.value(QStringLiteral("anchor")).toString();
        list.append(g);
    }
    for (const QJsonValue& value : object.value(QStringLiteral("not")).toArray())
        mustNot->append(value.toString());
    return list;
}

bool says(const CommitmentCandidate& c, const QString& phrase)
{
    return normalised(c.vi).contains(phrase) || normalised(c.zh).contains(phrase);
}

/// A gold undertaking is found when a candidate of its kind says its phrase with the same responsible parties, due
/// day, recurrence and anchor; each candidate counts for one undertaking at most.
Score score(const QString& textPath, const QString& goldPath)
{
    QStringList mustNot;
    const QList<Gold> gold = goldOf(goldPath, &mustNot);
    const auto parsed = DocumentParser::parseFile(textPath);
    REQUIRE(parsed.ok());
    QList<CommitmentCandidate> found;
    for (const ParsedDocument& document : parsed->documents)
        found += CommitmentExtractor::extract(document, Gazetteer::builtIn());
    Score s;
    s.gold = int(gold.size());
    s.found = int(found.size());
    QList<bool> used(found.size(), false);
    for (const Gold& g : gold) {
        bool hit = false;
        for (qsizetype i = 0; i < found.size() && !hit; ++i) {
            const CommitmentCandidate& c = found[i];
            QStringList responsible = c.responsible;
            std::sort(responsible.begin(), responsible.end());
            if (!used[i] && c.kind == g.kind && says(c, g.match) && responsible == g.responsible && c.due == g.due
                && c.recurrence == g.recurrence && (g.anchor.isEmpty() || c.anchor.key() == g.anchor)) {
                used[i] = true;
                hit = true;
            }
        }
        if (hit)
            ++s.right;
        else
            s.misses.append(g.match);
    }
    for (const QString& phrase : mustNot) {
        for (const CommitmentCandidate& c : found) {
            // (The agreement's own obligations quote the clause that states them: the end of validity its clause.)
            if (c.kind == CommitmentKind::Clause && says(c, phrase))
                s.misses.append(QStringLiteral("not a commitment: ") + phrase);
        }
    }
    return s;
}

} // namespace

TEST_CASE("commitment corpus: recall at least 0.9 and precision at least 0.95 on documents written for it",
    "[commit][corpus]")
{
    const QStringList names = QDir(CorpusDir).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    REQUIRE(names.size() >= 10);
    Score total;
    for (const QString& name : names) {
        const QString path = CorpusDir + QLatin1Char('/') + name;
        const Score s = score(path, QString(path).replace(QStringLiteral(".txt"), QStringLiteral(".gold.json")));
        // The per-document figures of docs/benchmarks.md: "name: right/gold found".
        UNSCOPED_INFO(name.toStdString() << ": " << s.right << "/" << s.gold << " right, " << s.found << " found; "
                                         << s.misses.join(QStringLiteral("; ")).toStdString());
        total.gold += s.gold;
        total.found += s.found;
        total.right += s.right;
        for (const QString& miss : s.misses) {
            if (miss.startsWith(QStringLiteral("not a commitment")))
                total.misses.append(name + QStringLiteral(": ") + miss);
        }
    }
    const double recall = double(total.right) / double(total.gold);
    const double precision = double(total.right) / double(std::max(total.found, 1));
    INFO("recall " << recall << ", precision " << precision);
    CHECK(total.gold >= 50);
    CHECK(recall >= 0.9);
    CHECK(precision >= 0.95);
    CHECK(total.misses == QStringList());
}

TEST_CASE("commitment corpus: every undertaking listed for the samples is found with its due day and recurrence",
    "[commit][corpus][samples]")
{
    // The OCR'd sample 002 has no list: its text is too damaged to say what a careful reader would find.
    for (const QString& sample :
        { QStringLiteral("000"), QStringLiteral("001"), QStringLiteral("003"), QStringLiteral("004") }) {
        const QStringList names
            = QDir(QStringLiteral(CONCORD_FIXTURES_DIR "/samples")).entryList({ sample + QStringLiteral("_*.txt") });
        REQUIRE(names.size() == 1);
        const Score s = score(QStringLiteral(CONCORD_FIXTURES_DIR "/samples/") + names.front(),
            CorpusDir + QStringLiteral("/samples/") + sample + QStringLiteral(".gold.json"));
        INFO(sample.toStdString() << ": " << s.misses.join(QStringLiteral("; ")).toStdString());
        CHECK(s.misses.isEmpty());
        CHECK(s.right == s.gold);
        CHECK(s.found == s.gold);
    }
}
