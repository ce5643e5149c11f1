#pragma once

#include "report/ReportLabels.h"
#include "report/StatusReport.h"

#include <QByteArray>
#include <QString>

namespace concord {

/// The report's open commitments as an iCalendar file (RFC 5545): one all-day event per due date, a yearly
/// commitment as one event with RRULE:FREQ=YEARLY until its last year; text escaped, lines folded at 75
/// octets without splitting a UTF-8 character, CRLF line ends. Done and cancelled commitments are left out.
class IcsReport
{
public:
    static QByteArray write(const StatusReport& report, const ReportLabels& labels);

    /// A TEXT value escaped: backslash, semicolon, comma and line breaks.
    static QString escapeText(const QString& text);
    /// One content line folded to at most 75 octets per physical line, each ending in CRLF.
    static QByteArray foldLine(const QString& line);
};

} // namespace concord
