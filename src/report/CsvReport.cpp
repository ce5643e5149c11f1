#include "report/CsvReport.h"

#include "report/CsvWriter.h"

namespace concord {

QByteArray CsvReport::write(const StatusReport& report, const ReportLabels& labels)
{
    using L = ReportLabels::Label;
    CsvWriter csv;
    csv.addRow({ labels.text(L::Agreement), labels.text(L::Clause), labels.text(L::Responsible),
        labels.text(L::Vietnamese), labels.text(L::Chinese), labels.text(L::Due), labels.text(L::Recurrence),
        labels.text(L::Status), labels.text(L::Overdue), labels.text(L::LatestNote), labels.text(L::Review) });
    const bool chinese = labels.language() == LabelLanguage::Chinese;
    const auto addRow = [&](const ReportRow& row) {
        QString status = labels.status(row.status);
        if (row.toConfirm)
            status += QStringLiteral(" (%1)").arg(labels.text(L::ToConfirm));
        const QString title = StatusReport::title(row.agreementTitleVi, row.agreementTitleZh, labels.language());
        csv.addRow({ title, row.label, (chinese ? row.responsibleZh : row.responsibleVi).join(QStringLiteral(", ")),
            row.textVi, row.textZh, row.due.isValid() ? row.due.toString(Qt::ISODate) : QString(),
            labels.recurrence(row.recurrence), status, row.overdue ? labels.text(L::Overdue) : QString(),
            row.latestNote, row.reviewed ? labels.text(L::Accepted) : labels.text(L::Unreviewed) });
    };
    // Counted commitments first, then those awaiting review (which the totals leave out), marked in "Review".
    for (const AgreementSection& section : report.agreements) {
        for (const ReportRow& row : section.rows)
            addRow(row);
    }
    for (const ReportRow& row : report.awaitingReview)
        addRow(row);
    return csv.data();
}

} // namespace concord
