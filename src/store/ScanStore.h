#pragma once

#include "model/Result.h"
#include "model/ScanRecord.h"

#include <QCoreApplication>

namespace concord {

class Database;
class SqlWriter;

/// What an agreement read from a scan keeps of it: per line of its text the page, box and word confidences
/// (scan_line), and a reduced image of every page (scan_page). Keyed by the text's lines, not by units, so that
/// splitting or merging units in the reader keeps every unit's scan.
class ScanStore
{
    Q_DECLARE_TR_FUNCTIONS(concord::ScanStore)

public:
    explicit ScanStore(const Database& database);

    /// Inside \a writer's transaction: the lines \a first … \a last of \a record (one document of a file) and the
    /// pages they are on.
    static void write(SqlWriter& writer, qint64 agreementId, const ScanRecord& record, int first, int last);

    /// The lines of agreement \a agreementId, without page images (empty for an agreement not read from a scan).
    Result<ScanRecord> lines(qint64 agreementId) const;
    /// The image of one page (PNG); empty when there is none.
    Result<ScanPageImage> page(qint64 agreementId, int page) const;

private:
    const Database& m_database;
};

} // namespace concord
