// The table corpus (tests/data/tables): implementation plans and annexes written for this test — Markdown, Word
// (vertically merged lead agencies, a two-row header, a group row), HTML left in converted text, a table broken by a
// page number, Chinese rows in another order, an annex in one language only — with expected.json written before the
// code ran on them: each table's rows, which Vietnamese row pairs with which Chinese one, every task row's commitment.
#include "align/Aligner.h"
#include "commit/CommitmentExtractor.h"
#include "import/DocumentParser.h"
#include "import/Gazetteer.h"
#include "model/TableCells.h"
#include "support/CatchQt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace concord;

namespace {

const QString CorpusDir = QStringLiteral(CONCORD_SOURCE_DIR "/tests/data/tables/");

QJsonObject expectations()
{
    QFile file(CorpusDir + QStringLiteral("expected.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Rows per table of \a version, in order.
QList<int> tablesOf(const LanguageVersion* version)
{
    QList<int> rows;
    if (!version)
        return rows;
    for (qsizetype u = 0; u < version->units.size(); ++u) {
        if (version->units[u].kind == UnitKind::Table)
            rows.append(0);
        else if (version->units[u].kind == UnitKind::Row && !rows.isEmpty())
            ++rows.back();
    }
    return rows;
}

QList<int> intsOf(const QJsonValue& value)
{
    QList<int> list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toInt());
    return list;
}

std::optional<int> rowNumber(const LanguageVersion& version, int unit)
{
    const Unit& row = version.units[unit];
    if (row.kind != UnitKind::Row)
        return std::nullopt;
    return TableCells::number(
        TableCells::split(row.text), TableCells::roles(TableCells::split(version.units[row.parent].text)));
}

QString textOf(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

TEST_CASE("table corpus: every table is read with its rows, pairs row by row and gives each task row its commitment",
    "[commit][tables]")
{
    const QJsonObject all = expectations();
    const Gazetteer& gazetteer = Gazetteer::builtIn();
    for (auto it = all.begin(); it != all.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            continue;
        const QString name = it.key();
        const QJsonObject expected = it.value().toObject();
        CAPTURE(name);
        const auto parsed = DocumentParser::parseFile(CorpusDir + name, gazetteer);
        REQUIRE(parsed.ok());
        REQUIRE(parsed->documents.size() == 1);
        const ParsedDocument& document = parsed->documents.front();
        const LanguageVersion* vi = document.version(Language::Vietnamese);
        const LanguageVersion* zh = document.version(Language::Chinese);
        const QJsonObject tables = expected.value(QStringLiteral("tables")).toObject();
        CHECK(tablesOf(vi) == intsOf(tables.value(QStringLiteral("vi"))));
        CHECK(tablesOf(zh) == intsOf(tables.value(QStringLiteral("zh"))));
        if (expected.contains(QStringLiteral("signatures"))) {
            CHECK(vi->unitsOfKind(UnitKind::Signature).size() == expected.value(QStringLiteral("signatures")).toInt());
            CHECK(zh->unitsOfKind(UnitKind::Signature).size() == expected.value(QStringLiteral("signatures")).toInt());
        }

        const Alignment alignment = vi && zh ? Aligner::align(*vi, *zh, gazetteer) : Alignment();
        if (expected.contains(QStringLiteral("row_pairs"))) {
            QList<std::pair<int, int>> pairs;
            for (const AlignedPair& pair : alignment.pairs) {
                if (pair.vi.size() != 1 || pair.zh.size() != 1)
                    continue;
                const auto a = rowNumber(*vi, pair.vi.front());
                const auto b = rowNumber(*zh, pair.zh.front());
                if (a && b)
                    pairs.append({ *a, *b });
            }
            std::sort(pairs.begin(), pairs.end());
            QList<std::pair<int, int>> want;
            for (const QJsonValue& v : expected.value(QStringLiteral("row_pairs")).toArray())
                want.append({ v.toArray().at(0).toInt(), v.toArray().at(1).toInt() });
            CHECK(pairs == want);
        }

        // Rows without numbers (in another order in Chinese) pair by what they say: each Vietnamese task with its
        // Chinese task.
        for (const QJsonValue& v : expected.value(QStringLiteral("row_text_pairs")).toArray()) {
            const QString a = v.toArray().at(0).toString();
            const QString b = v.toArray().at(1).toString();
            const bool paired = std::any_of(alignment.pairs.begin(), alignment.pairs.end(), [&](const AlignedPair& p) {
                return p.vi.size() == 1 && p.zh.size() == 1 && vi->units[p.vi.front()].kind == UnitKind::Row
                    && TableCells::split(vi->units[p.vi.front()].text).value(0).startsWith(a)
                    && TableCells::split(zh->units[p.zh.front()].text).value(0).startsWith(b);
            });
            CAPTURE(a, b);
            CHECK(paired);
        }

        const QList<CommitmentCandidate> found = CommitmentExtractor::extract(document, alignment, gazetteer);
        QList<CommitmentCandidate> rows;
        for (const CommitmentCandidate& c : found) {
            if (c.pair >= 0 && c.kind == CommitmentKind::Clause
                && ((vi && zh && !alignment.pairs.isEmpty()
                        && ((!alignment.pairs[c.pair].vi.isEmpty()
                                && vi->units[alignment.pairs[c.pair].vi.front()].kind == UnitKind::Row)
                            || (!alignment.pairs[c.pair].zh.isEmpty()
                                && zh->units[alignment.pairs[c.pair].zh.front()].kind == UnitKind::Row)))
                    || ((!vi || !zh) && (vi ? vi : zh)->units[c.pair].kind == UnitKind::Row)))
                rows.append(c);
        }
        const QJsonArray want = expected.value(QStringLiteral("commitments")).toArray();
        REQUIRE(rows.size() == want.size());
        for (qsizetype k = 0; k < want.size(); ++k) {
            const QJsonObject w = want[k].toObject();
            const CommitmentCandidate& c = rows[k];
            CAPTURE(k, c.label, c.vi, c.zh);
            CHECK(c.label == textOf(w, "label"));
            if (w.contains(QStringLiteral("label_zh")))
                CHECK(c.labelZh == textOf(w, "label_zh"));
            if (w.contains(QStringLiteral("vi")))
                CHECK((textOf(w, "vi").isEmpty() ? c.vi.isEmpty() : c.vi.startsWith(textOf(w, "vi"))));
            if (w.contains(QStringLiteral("zh")))
                CHECK((textOf(w, "zh").isEmpty() ? c.zh.isEmpty() : c.zh.startsWith(textOf(w, "zh"))));
            CHECK(c.due == QDate::fromString(textOf(w, "due"), Qt::ISODate));
            CHECK((c.isRecurring() ? RecurrenceRules::key(c.recurrence) : QString()) == textOf(w, "recurrence"));
            if (w.contains(QStringLiteral("lead")))
                CHECK(c.leadAgency.vi == textOf(w, "lead"));
            if (w.contains(QStringLiteral("lead_zh")))
                CHECK(c.leadAgency.zh == textOf(w, "lead_zh"));
            if (w.contains(QStringLiteral("supporting")))
                CHECK(c.supportingAgencies.vi == textOf(w, "supporting"));
            if (w.contains(QStringLiteral("supporting_zh")))
                CHECK(c.supportingAgencies.zh == textOf(w, "supporting_zh"));
        }
        for (const QJsonValue& value : expected.value(QStringLiteral("prose")).toArray()) {
            const QJsonObject p = value.toObject();
            const bool there = std::any_of(found.begin(), found.end(), [&](const CommitmentCandidate& c) {
                return c.vi.contains(textOf(p, "vi")) && c.due == QDate::fromString(textOf(p, "due"), Qt::ISODate);
            });
            CHECK(there);
        }
    }
}

TEST_CASE("table corpus: a Word plan of 200 task rows gives 200 commitments with their agency and deadline",
    "[commit][tables]")
{
    const Gazetteer& gazetteer = Gazetteer::builtIn();
    const auto parsed = DocumentParser::parseFile(CorpusDir + QStringLiteral("plan-200.docx"), gazetteer);
    REQUIRE(parsed.ok());
    const ParsedDocument& document = parsed->documents.front();
    CHECK(tablesOf(document.version(Language::Vietnamese)) == QList<int> { 200 });
    const QList<CommitmentCandidate> found = CommitmentExtractor::extract(document, gazetteer);
    REQUIRE(found.size() == 200);
    static const char16_t* const leads[]
        = { u"Sở Công Thương", u"Sở Ngoại vụ", u"Sở Y tế", u"Sở Giáo dục và Đào tạo", u"Sở Tài chính" };
    static const char* const dues[] = { "2027-09-30", "2027-06-30", "", "2027-12-31", "2027-06-15" };
    for (int n = 1; n <= 200; ++n) {
        const CommitmentCandidate& c = found[n - 1];
        CAPTURE(n, c.vi);
        CHECK(c.label == QStringLiteral("mục %1").arg(n));
        CHECK(c.vi == QStringLiteral("Nhiệm vụ số %1: triển khai hoạt động hợp tác với tỉnh Quảng Tây").arg(n));
        CHECK(c.leadAgency.vi == QString::fromUtf16(leads[n % 5]));
        CHECK(c.supportingAgencies.vi == QStringLiteral("Sở Ngoại vụ"));
        CHECK(c.due == QDate::fromString(QLatin1String(dues[n % 5]), Qt::ISODate));
        CHECK(c.isRecurring() == (n % 5 == 2));
    }
}
