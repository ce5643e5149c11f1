#include "report/CsvReport.h"

#include "report/CsvWriter.h"

namespace concord {

QByteArray CsvReport::write(const StatusReport& report, const ReportLabels& labels)
{
    using L = ReportLabels::Label;
    CsvWriter csv;
    csv.addRow({ labels.text(L::Agreement), labels.text(L::Clause), labels.text(L::Responsible),
        labels.text(L::Vietnamese), labels.text(L::Chinese), labels.text(L::Due), labels.text(L::Recurrence),
        labels.text(L::Status), labels.text(L::Overdue), labels.text(L::LatestNote) });
    const bool chinese = labels.language() == LabelLanguage::Chinese;
    for (const AgreementSection& section : report.agreements) {
        const QString title = chinese && !section.titleZh.isEmpty() ? section.titleZh
            : section.titleVi.isEmpty()                             ? section.titleZh
                                                                    : section.titleVi;
        for (const ReportRow& row : section.rows) {
            QString status = labels.status(row.status);
            if (!row.reviewed)
                status += QStringLiteral(" (%1)").arg(labels.text(L::Unreviewed));
            csv.addRow({ title, row.label, (chinese ? row.responsibleZh : row.responsibleVi).join(QStringLiteral(", ")),
                row.textVi, row.textZh, row.due.isValid() ? row.due.toString(Qt::ISODate) : QString(),
                row.yearly ? labels.text(L::Yearly) : QString(), status,
                row.overdue ? labels.text(L::Overdue) : QString(), row.latestNote });
        }
    }
    return csv.data();
}

} // namespace concord
