#pragma once

#include "import/ScanReader.h"
#include "model/Result.h"
#include "store/AgreementStore.h"

#include <QCoreApplication>
#include <QString>

namespace concord {

class Clock;

/// How an import treats a file that does not look like an agreement.
struct ImportOptions
{
    bool evenWithoutStructure = false; ///< a person confirmed "import anyway"
    ScanOptions scan; ///< a scan's progress and Cancel
};
class Database;
class Gazetteer;

/// The import, above the store: reads and parses a file, aligns each bilingual document, finds its commitments
/// and folds its text for search (prepare(), pure computation, safe on any thread), then hands the plan to
/// AgreementStore, which stores it in one transaction, tracked from the clock's today. The desktop program and
/// the CLI both import through this service.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(concord::ImportService)

public:
    /// The highest confidence a commitment read from OCR output gets (low: below the board's review threshold), or
    /// from a scan where recognition doubted a word of its sentence.
    static constexpr double OcrConfidence = 0.3;
    /// Characters of the longest clause or paragraph stored (about 30 pages of text): a unit of megabytes is a
    /// file without line breaks, not a clause, and would make every search through it and its display slow.
    static constexpr qsizetype MaxUnitLength = 100'000;

    ImportService(Database& database, const Gazetteer& gazetteer, const Clock& clock);

    /// Parses \a path and plans its import; no database access.
    /// Refused (Error::code AgreementShape::NoStructure) when no document of the file looks like an agreement,
    /// unless \a options say to import it anyway.
    static Result<ImportPlan> prepare(
        const QString& path, const Gazetteer& gazetteer, const ImportOptions& options = {});
    /// Aligns, folds and finds the commitments of \a file; no database access.
    static ImportPlan plan(ParsedFile file, const Gazetteer& gazetteer);

    /// Stores a prepared plan, tracked from today.
    Result<ImportOutcome> store(const ImportPlan& plan);
    Result<ImportOutcome> importFile(const ParsedFile& file);
    Result<ImportOutcome> importPath(const QString& path, const ImportOptions& options = {});

private:
    /// Reads and parses \a path; refused when nothing in it looks like an agreement, unless \a options say otherwise.
    static Result<ParsedFile> parse(const QString& path, const Gazetteer& gazetteer, const ImportOptions& options);

    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
};

} // namespace concord
