#include "report/HtmlReport.h"

#include "report/DifferencesTable.h"

namespace concord {

namespace {

using L = ReportLabels::Label;

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString rowsTable(const QList<ReportRow>& rows, const ReportLabels& labels)
{
    const bool chinese = labels.language() == LabelLanguage::Chinese;
    QString html = QStringLiteral("<table><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                                  "<th>%6</th><th>%7</th></tr></thead><tbody>\n")
                       .arg(esc(labels.text(L::Clause)), esc(labels.text(L::Responsible)),
                           esc(labels.text(L::Vietnamese)), esc(labels.text(L::Chinese)), esc(labels.text(L::Due)),
                           esc(labels.text(L::Status)), esc(labels.text(L::LatestNote)));
    for (const ReportRow& row : rows) {
        QString status = esc(labels.status(row.status));
        if (!row.reviewed)
            status += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(labels.text(L::Unreviewed)));
        if (row.toConfirm)
            status += QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(esc(labels.text(L::ToConfirm)));
        QString due = esc(labels.date(row.due));
        if (row.recurrence != Recurrence::None)
            due += QStringLiteral("<br><span class=\"muted\">%1</span>").arg(esc(labels.recurrence(row.recurrence)));
        html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td lang=\"vi\">%4</td><td lang=\"zh\">%5</td><td>%6</td>"
                               "<td>%7</td><td>%8</td></tr>\n")
                    .arg(row.overdue ? QStringLiteral(" class=\"overdue\"") : QString(), esc(row.label),
                        esc((chinese ? row.responsibleZh : row.responsibleVi).join(QStringLiteral(", "))),
                        esc(row.textVi), esc(row.textZh), due, status, esc(row.latestNote));
    }
    return html + QStringLiteral("</tbody></table>\n");
}

} // namespace

QByteArray HtmlReport::write(const StatusReport& report, const ReportLabels& labels)
{
    const QString lang = labels.language() == LabelLanguage::Chinese ? QStringLiteral("zh") : QStringLiteral("vi");
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n<style>\n"
        "body{font-family:\"Noto Sans\",\"Noto Sans CJK SC\",sans-serif;margin:2em;color:#222}\n"
        "table{border-collapse:collapse;width:100%;margin:0.5em 0 1.5em}\n"
        "th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}\n"
        "th{background:#eef2f6}\ntr.overdue td{background:#fdecea}\n.muted{color:#666;font-size:90%}\n"
        "td.n{text-align:right}\n</style>\n</head>\n<body>\n")
                       .arg(lang, esc(labels.text(L::Title)));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(labels.text(L::Title)));
    html += QStringLiteral("<p>%1: <b>%2</b><br>%3: %4</p>\n")
                .arg(esc(labels.text(L::AsOf)), esc(labels.date(report.scope.asOf)), esc(labels.text(L::Scope)),
                    esc(report.describeScope(labels)));

    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th><th>%3</th></tr>\n")
                .arg(esc(labels.text(L::Totals)), esc(labels.text(L::Status)), esc(labels.text(L::Total)));
    for (auto it = report.totals.cbegin(); it != report.totals.cend(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td></tr>\n")
                    .arg(esc(labels.status(it.key())))
                    .arg(it.value());
    html += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td></tr>\n")
                .arg(esc(labels.text(L::Overdue)))
                .arg(report.overdueCount);
    html += QStringLiteral("<tr><th>%1</th><th class=\"n\">%2</th></tr></table>\n")
                .arg(esc(labels.text(L::Total)))
                .arg(report.commitmentCount());

    html += QStringLiteral("<h2>%1</h2>\n<table><tr><th>%2</th>")
                .arg(esc(labels.text(L::ByParty)), esc(labels.text(L::Party)));
    const QList<CommitmentStatus> statuses { CommitmentStatus::NotStarted, CommitmentStatus::InProgress,
        CommitmentStatus::Done, CommitmentStatus::Deferred, CommitmentStatus::Cancelled };
    for (const CommitmentStatus status : statuses)
        html += QStringLiteral("<th>%1</th>").arg(esc(labels.status(status)));
    html += QStringLiteral("<th>%1</th><th>%2</th></tr>\n")
                .arg(esc(labels.text(L::Overdue)), esc(labels.text(L::Total)));
    for (const PartyTotals& party : report.byParty) {
        const QString name = labels.language() == LabelLanguage::Chinese && !party.nameZh.isEmpty() ? party.nameZh
            : labels.language() == LabelLanguage::Bilingual && !party.nameZh.isEmpty()
            ? party.nameVi + QStringLiteral(" / ") + party.nameZh
            : party.nameVi;
        html += QStringLiteral("<tr><td>%1</td>").arg(esc(name));
        for (const CommitmentStatus status : statuses)
            html += QStringLiteral("<td class=\"n\">%1</td>").arg(party.byStatus.value(status));
        html += QStringLiteral("<td class=\"n\">%1</td><td class=\"n\">%2</td></tr>\n")
                    .arg(party.overdue)
                    .arg(party.total());
    }
    html += QStringLiteral("</table>\n");

    html += QStringLiteral("<h2>%1 (%2)</h2>\n").arg(esc(labels.text(L::Overdue))).arg(report.overdue.size());
    html += report.overdue.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(labels.text(L::None)))
                                     : rowsTable(report.overdue, labels);
    html += QStringLiteral("<h2>%1 (%2)</h2>\n").arg(esc(labels.text(L::DueSoon))).arg(report.dueSoon.size());
    html += report.dueSoon.isEmpty() ? QStringLiteral("<p>%1</p>\n").arg(esc(labels.text(L::None)))
                                     : rowsTable(report.dueSoon, labels);

    for (const AgreementSection& section : report.agreements) {
        html += QStringLiteral("<h2 lang=\"vi\">%1</h2>\n")
                    .arg(esc(section.titleVi.isEmpty() ? section.titleZh : section.titleVi));
        if (!section.titleZh.isEmpty() && !section.titleVi.isEmpty())
            html += QStringLiteral("<p lang=\"zh\"><b>%1</b></p>\n").arg(esc(section.titleZh));
        if (section.signedOn.isValid())
            html += QStringLiteral("<p class=\"muted\">%1: %2</p>\n")
                        .arg(esc(labels.text(L::Signed)), esc(labels.date(section.signedOn)));
        html += rowsTable(section.rows, labels);
        html += DifferencesTable::html(section.differences, labels);
    }
    if (!report.awaitingReview.isEmpty()) {
        html += QStringLiteral("<h2 id=\"awaiting-review\">%1 (%2)</h2>\n")
                    .arg(esc(labels.text(L::AwaitingReview)))
                    .arg(report.awaitingReview.size());
        html += rowsTable(report.awaitingReview, labels);
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace concord
