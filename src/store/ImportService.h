#pragma once

#include "model/Result.h"
#include "store/AgreementStore.h"

#include <QCoreApplication>
#include <QString>

namespace concord {

class Clock;
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
    ImportService(Database& database, const Gazetteer& gazetteer, const Clock& clock);

    /// Parses \a path and plans its import; no database access.
    static Result<ImportPlan> prepare(const QString& path, const Gazetteer& gazetteer);
    /// Aligns, folds and finds the commitments of \a file; no database access.
    static ImportPlan plan(ParsedFile file, const Gazetteer& gazetteer);

    /// Stores a prepared plan, tracked from today.
    Result<ImportOutcome> store(const ImportPlan& plan);
    Result<ImportOutcome> importFile(const ParsedFile& file);
    Result<ImportOutcome> importPath(const QString& path);

private:
    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
};

} // namespace concord
