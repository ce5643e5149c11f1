#pragma once

#include "model/ReportIssuer.h"
#include "model/Result.h"
#include "report/ReportLabels.h"
#include "report/StatusReport.h"

#include <QCoreApplication>
#include <QString>

class QPainter;
class QRectF;

namespace concord {

/// The report as an A4 PDF (QPdfWriter): a first page with the issuing office, the report's number, the title,
/// the as-of day, the totals and a bar chart of status by party, drawn as vectors; then the overdue commitments,
/// those due soon and each agreement's commitments laid out by PdfFlow (rows never split into stubs, headers
/// repeated), a signature block at the end; a running header and "page x of y" on every page. Text is real text in
/// embedded Noto fonts (Vietnamese in Noto Sans, Chinese in Noto Sans CJK SC), so it copies and searches.
/// Needs a QGuiApplication (fonts). The file appears whole or not at all.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(concord::PdfReport)

public:
    static std::optional<Error> write(
        const StatusReport& report, const ReportLabels& labels, const QString& path, const ReportIssuer& issuer = {});

    /// The status-by-party bar chart, drawn into \a area.
    static void drawChart(
        QPainter& painter, const QRectF& area, const StatusReport& report, const ReportLabels& labels);
};

} // namespace concord
