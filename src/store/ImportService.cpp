#include "store/ImportService.h"

#include "align/Aligner.h"
#include "commit/CommitmentExtractor.h"
#include "import/AgreementShape.h"
#include "import/Gazetteer.h"
#include "model/Clock.h"
#include "store/SearchText.h"
#include "text/TextQuality.h"

namespace concord {

namespace {

/// Lines [first, last] (1-based) of \a text: a version's raw text, debris and all.
QString linesOf(const QString& text, int first, int last)
{
    if (first <= 0 || last < first)
        return QString();
    qsizetype start = 0;
    for (int line = 1; line < first; ++line) {
        start = text.indexOf(QLatin1Char('\n'), start);
        if (start < 0)
            return QString();
        ++start;
    }
    qsizetype end = start;
    for (int line = first; line <= last; ++line) {
        end = text.indexOf(QLatin1Char('\n'), end);
        if (end < 0) {
            end = text.size();
            break;
        }
        if (line < last)
            ++end;
    }
    return text.mid(start, end - start);
}

/// The words text recognition doubted that the sentence of \a candidate holds, on either side of its pair.
QStringList doubtedWords(const ParsedDocument& document, const Alignment& alignment, const ScanRecord& scan,
    const CommitmentCandidate& candidate)
{
    QStringList words;
    const auto collect = [&](const LanguageVersion* version, const QList<int>& units, const QString& sentence) {
        if (!version)
            return;
        for (const int u : units) {
            for (const ScanWordMark& mark : scan.spanOf(*version, u).lowWords) {
                if (sentence.contains(mark.word) && !words.contains(mark.word))
                    words.append(mark.word);
            }
        }
    };
    const LanguageVersion* vi = document.version(Language::Vietnamese);
    const LanguageVersion* zh = document.version(Language::Chinese);
    if (candidate.pair < 0)
        return words;
    if (!alignment.pairs.isEmpty()) {
        if (candidate.pair >= alignment.pairs.size())
            return words;
        collect(vi, alignment.pairs[candidate.pair].vi, candidate.vi);
        collect(zh, alignment.pairs[candidate.pair].zh, candidate.zh);
    } else {
        // A document in one language: a pair per unit (PairText::of).
        collect(vi ? vi : zh, { candidate.pair }, vi ? candidate.vi : candidate.zh);
    }
    return words;
}

} // namespace

ImportService::ImportService(Database& database, const Gazetteer& gazetteer, const Clock& clock)
    : m_database(database)
    , m_gazetteer(gazetteer)
    , m_clock(clock)
{ }

Result<ParsedFile> ImportService::parse(const QString& path, const Gazetteer& gazetteer, const ImportOptions& options)
{
    auto parsed = DocumentParser::parseFile(path, gazetteer, options.scan);
    if (!parsed)
        return parsed.error();
    if (const auto refused = AgreementShape::refusal(parsed.value()); refused && !options.evenWithoutStructure)
        return refused.value();
    return parsed;
}

Result<ImportPlan> ImportService::prepare(const QString& path, const Gazetteer& gazetteer, const ImportOptions& options)
{
    auto parsed = parse(path, gazetteer, options);
    if (!parsed)
        return parsed.error();
    for (const ParsedDocument& document : parsed->documents)
        for (const LanguageVersion& version : document.versions)
            for (const Unit& unit : version.units)
                if (unit.text.size() > MaxUnitLength)
                    return Error { path, unit.line, -1,
                        tr("A paragraph of %1 characters begins on this line; a clause is at most %2. The file "
                           "lacks line breaks or is not the text of an agreement.")
                            .arg(unit.text.size())
                            .arg(MaxUnitLength) };
    return plan(std::move(parsed).value(), gazetteer);
}

ImportPlan ImportService::plan(ParsedFile file, const Gazetteer& gazetteer)
{
    ImportPlan plan;
    plan.hash = AgreementStore::contentHash(file);
    for (const ParsedDocument& document : file.documents) {
        const LanguageVersion* vi = document.version(Language::Vietnamese);
        const LanguageVersion* zh = document.version(Language::Chinese);
        plan.alignments.append(vi && zh ? std::optional(Aligner::align(*vi, *zh, gazetteer)) : std::nullopt);
        plan.commitments.append(
            CommitmentExtractor::extract(document, plan.alignments.back().value_or(Alignment()), gazetteer));
        if (document.metadata.header.ocrText) {
            // Read from OCR output: every finding is to be checked against the original.
            for (CommitmentCandidate& candidate : plan.commitments.back()) {
                candidate.confidence = std::min(candidate.confidence, OcrConfidence);
                candidate.warnings.append(TextQuality::ocrWarning());
            }
        }
        if (file.isScan()) {
            // Read from a scan: a commitment whose sentence holds a word recognition doubted is to be checked.
            const Alignment alignment = plan.alignments.back().value_or(Alignment());
            for (CommitmentCandidate& candidate : plan.commitments.back()) {
                const QStringList doubted = doubtedWords(document, alignment, file.scan, candidate);
                if (doubted.isEmpty())
                    continue;
                candidate.confidence = std::min(candidate.confidence, OcrConfidence);
                candidate.warnings.append(tr("Text recognition was unsure of %1: check against the scan.")
                                              .arg(QStringLiteral("“%1”").arg(doubted.join(QStringLiteral("”, “")))));
            }
        }
        QList<QStringList> perVersion;
        QList<QByteArray> raw;
        for (const LanguageVersion& version : document.versions) {
            raw.append(qCompress(linesOf(file.rawText, version.firstLine, version.lastLine).toUtf8()));
            QStringList texts;
            texts.reserve(version.units.size());
            for (const Unit& unit : version.units)
                texts.append(SearchText::indexed(unit.text));
            perVersion.append(texts);
        }
        plan.searchText.append(perVersion);
        plan.rawText.append(raw);
    }
    plan.file = std::move(file);
    return plan;
}

Result<ImportOutcome> ImportService::store(const ImportPlan& plan)
{
    return AgreementStore(m_database, m_gazetteer).write(plan, m_clock.today());
}

Result<ImportOutcome> ImportService::importFile(const ParsedFile& file)
{
    AgreementStore store(m_database, m_gazetteer);
    const auto stored = store.existing(AgreementStore::contentHash(file));
    if (!stored)
        return stored.error();
    if (!stored->isEmpty())
        return ImportOutcome { stored.value(), true };
    return this->store(plan(file, m_gazetteer));
}

Result<ImportOutcome> ImportService::importPath(const QString& path, const ImportOptions& options)
{
    const auto parsed = parse(path, m_gazetteer, options);
    if (!parsed)
        return parsed.error();
    return importFile(parsed.value());
}

} // namespace concord
