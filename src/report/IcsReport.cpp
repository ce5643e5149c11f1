#include "report/IcsReport.h"

namespace concord {

namespace {

/// The RFC 5545 rule of a recurring row from its current period to its last: a day at a month's end repeats on
/// every month's last day (BYMONTHDAY=-1), not only in months that have it.
QString recurrenceRule(const ReportRow& row)
{
    const int months = RecurrenceRules::months(row.recurrence);
    QString rule = months == 12 ? QStringLiteral("FREQ=YEARLY") : QStringLiteral("FREQ=MONTHLY");
    if (months > 1 && months < 12)
        rule += QStringLiteral(";INTERVAL=%1").arg(months);
    if (months < 12 && row.due.day() == row.due.daysInMonth())
        rule += QStringLiteral(";BYMONTHDAY=-1");
    return rule + QStringLiteral(";UNTIL=") + row.lastOccurrence.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

QString IcsReport::escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray IcsReport::foldLine(const QString& line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75; // the first line holds 75 octets; continuation lines a space and 74
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80)
            --end; // do not cut inside a UTF-8 sequence
        out += utf8.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74;
    }
    out += utf8.mid(start);
    out += "\r\n";
    return out;
}

QByteArray IcsReport::write(const StatusReport& report, const ReportLabels& labels)
{
    using L = ReportLabels::Label;
    const QString stamp
        = (report.scope.asOf.isValid() ? report.scope.asOf : QDate(2000, 1, 1)).toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("T000000Z");
    QByteArray out;
    const auto line = [&out](const QString& text) { out += foldLine(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Concord//Commitments//VI"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeText(labels.text(L::Title)));
    const bool chinese = labels.language() == LabelLanguage::Chinese;
    for (const AgreementSection& section : report.agreements) {
        for (const ReportRow& row : section.rows) {
            if (!row.due.isValid() || CommitmentStatusRules::isClosed(row.status))
                continue;
            const QString responsible = (chinese ? row.responsibleZh : row.responsibleVi).join(QStringLiteral(", "));
            const QString text
                = chinese && !row.textZh.isEmpty() ? row.textZh : (row.textVi.isEmpty() ? row.textZh : row.textVi);
            QString summary = row.label.isEmpty() ? QString() : row.label + QLatin1Char(' ');
            summary += responsible + QStringLiteral(": ") + text.left(80)
                + (text.size() > 80 ? QStringLiteral("…") : QString());
            const QString title = section.titleVi.isEmpty() ? section.titleZh : section.titleVi;
            QString description = title + QLatin1Char('\n');
            if (!row.textVi.isEmpty())
                description += row.textVi + QLatin1Char('\n');
            if (!row.textZh.isEmpty())
                description += row.textZh + QLatin1Char('\n');
            description += labels.text(L::Status) + QStringLiteral(": ") + labels.status(row.status);
            if (!row.latestNote.isEmpty())
                description += QLatin1Char('\n') + labels.text(L::LatestNote) + QStringLiteral(": ") + row.latestNote;
            line(QStringLiteral("BEGIN:VEVENT"));
            line(QStringLiteral("UID:commitment-%1@concord").arg(row.commitmentId));
            line(QStringLiteral("DTSTAMP:") + stamp);
            line(QStringLiteral("DTSTART;VALUE=DATE:") + row.due.toString(QStringLiteral("yyyyMMdd")));
            line(QStringLiteral("DTEND;VALUE=DATE:") + row.due.addDays(1).toString(QStringLiteral("yyyyMMdd")));
            if (row.recurrence != Recurrence::None && row.lastOccurrence.isValid() && row.lastOccurrence > row.due)
                line(QStringLiteral("RRULE:") + recurrenceRule(row));
            line(QStringLiteral("SUMMARY:") + escapeText(summary));
            line(QStringLiteral("DESCRIPTION:") + escapeText(description));
            line(QStringLiteral("CATEGORIES:")
                + escapeText(row.overdue ? labels.text(L::Overdue) : labels.status(row.status)));
            line(QStringLiteral("TRANSP:TRANSPARENT"));
            line(QStringLiteral("END:VEVENT"));
        }
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace concord
