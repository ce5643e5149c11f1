#pragma once

#include "report/ReportLabels.h"
#include "report/StatusReport.h"

#include <QByteArray>

namespace concord {

/// The report as one self-contained HTML file (styles inline, no scripts, no external resources), every
/// text from the store escaped.
class HtmlReport
{
public:
    static QByteArray write(const StatusReport& report, const ReportLabels& labels);
};

} // namespace concord
