#pragma once

#include "report/ReportLabels.h"
#include "report/StatusReport.h"

#include <QByteArray>

namespace concord {

/// The report as one CSV table, a row per commitment (UTF-8 with BOM, formula-like cells neutralised:
/// see CsvWriter), for a spreadsheet.
class CsvReport
{
public:
    static QByteArray write(const StatusReport& report, const ReportLabels& labels);
};

} // namespace concord
