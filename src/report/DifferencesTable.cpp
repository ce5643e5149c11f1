#include "report/DifferencesTable.h"

namespace concord {

QString DifferencesTable::html(const QList<VersionDifference>& differences, const ReportLabels& labels)
{
    using L = ReportLabels::Label;
    if (differences.isEmpty())
        return {};
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    const QString missing = esc(labels.text(L::Missing));
    QString html
        = QStringLiteral("<p><b>%1 (%2)</b></p>\n").arg(esc(labels.text(L::Differences))).arg(differences.size());
    html += QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" class=\"differences\">"
        "<tr bgcolor=\"#fff4e0\"><th width=\"10%\">%1</th><th width=\"14%\">%2</th>"
        "<th width=\"38%\">%3</th><th width=\"38%\">%4</th></tr>\n")
                .arg(esc(labels.text(L::Clause)), esc(labels.text(L::DifferenceKind)), esc(labels.text(L::Vietnamese)),
                    esc(labels.text(L::Chinese)));
    for (const VersionDifference& d : differences) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td lang=\"vi\">%3</td><td lang=\"zh\">%4</td></tr>\n")
                    .arg(esc(d.label), esc(labels.differenceKind(d.issue.kind)),
                        d.issue.vietnamese.isEmpty() ? missing : esc(d.issue.vietnamese),
                        d.issue.chinese.isEmpty() ? missing : esc(d.issue.chinese));
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace concord
