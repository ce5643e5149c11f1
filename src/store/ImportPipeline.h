#pragma once

#include "model/Result.h"
#include "store/ImportService.h"

#include <functional>

namespace concord {

/// Imports many files at the speed of the slowest step rather than the sum of them: while the calling thread
/// stores one file (SQLite has one writer), worker threads already read, parse, align and extract the next ones
/// (ImportService::prepare is pure). Files are stored in their order, each in its own transaction, and reported
/// as soon as each is stored; at most \a ahead prepared files wait in memory.
class ImportPipeline
{
public:
    /// Prepares item \a index (any thread).
    using Prepare = std::function<Result<ImportPlan>(int index)>;
    /// Told of item \a index once it is stored or failed (the calling thread); false stops before the next one.
    using Stored = std::function<bool(int index, const Result<ImportOutcome>& outcome)>;

    ImportPipeline(ImportService& service, int ahead);

    /// Imports items 0 … \a count − 1; returns how many were reported (fewer when \a stored stopped it).
    int run(int count, const Prepare& prepare, const Stored& stored);

    /// Files prepared at once: one per core (preparing costs several times storing, so the storing thread mostly
    /// waits).
    static int defaultAhead();

private:
    ImportService& m_service;
    int m_ahead = 1;
};

} // namespace concord
