#pragma once

#include "model/ReportIssuer.h"
#include "model/Result.h"
#include "report/ReportLabels.h"
#include "report/StatusReport.h"

#include <QCoreApplication>
#include <QString>

namespace concord {

/// The report as an Excel workbook through libxlsxwriter: a summary sheet (the issuing office and the report's
/// number, as-of day, scope, totals by status and by party), a commitments sheet and an overdue sheet (and the
/// candidates awaiting review apart), sheets named in the report's language, each table with a frozen header row
/// and an autofilter, due dates as real dates. The file appears whole or not at all.
class XlsxReport
{
    Q_DECLARE_TR_FUNCTIONS(concord::XlsxReport)

public:
    static std::optional<Error> write(
        const StatusReport& report, const ReportLabels& labels, const QString& path, const ReportIssuer& issuer = {});
};

} // namespace concord
