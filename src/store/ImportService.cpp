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
