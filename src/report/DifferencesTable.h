#pragma once

#include "report/ReportLabels.h"
#include "report/StatusReport.h"

#include <QString>

namespace concord {

/// The table of an agreement's version differences as the HTML and PDF reports show it: a heading and one
/// row per difference — clause, what it concerns, the Vietnamese phrase, the Chinese phrase. Empty when
/// there is none.
class DifferencesTable
{
public:
    static QString html(const QList<VersionDifference>& differences, const ReportLabels& labels);
};

} // namespace concord
