#include "report/XlsxReport.h"

#include "store/OutputFile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace concord {

namespace {

using L = ReportLabels::Label;

/// Excel cells hold at most 32,767 characters.
QByteArray cell(const QString& text)
{
    return text.left(32767).toUtf8();
}

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* date = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* overdue = nullptr;
};

void writeTable(lxw_worksheet* sheet, const QList<ReportRow>& rows, const QHash<qint64, QString>& titles,
    const ReportLabels& labels, const Formats& f)
{
    const QList<L> headers { L::Agreement, L::Clause, L::Responsible, L::Vietnamese, L::Chinese, L::Due, L::Recurrence,
        L::Status, L::Overdue, L::LatestNote };
    const double widths[] = { 40, 10, 24, 60, 50, 12, 10, 18, 10, 30 };
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), cell(labels.text(headers[c])).constData(), f.header);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], c == 3 || c == 4 ? f.wrap : nullptr);
    }
    const bool chinese = labels.language() == LabelLanguage::Chinese;
    lxw_row_t r = 1;
    for (const ReportRow& row : rows) {
        const auto text = [&](lxw_col_t c, const QString& value) {
            if (!value.isEmpty())
                worksheet_write_string(sheet, r, c, cell(value).constData(), c == 3 || c == 4 ? f.wrap : nullptr);
        };
        text(0, titles.value(row.agreementId));
        text(1, row.label);
        text(2, (chinese ? row.responsibleZh : row.responsibleVi).join(QStringLiteral(", ")));
        text(3, row.textVi);
        text(4, row.textZh);
        if (row.due.isValid()) {
            lxw_datetime day { row.due.year(), row.due.month(), row.due.day(), 0, 0, 0 };
            worksheet_write_datetime(sheet, r, 5, &day, f.date);
        }
        text(6, labels.recurrence(row.recurrence));
        QString status = labels.status(row.status);
        if (!row.reviewed)
            status += QStringLiteral(" (%1)").arg(labels.text(L::Unreviewed));
        if (row.toConfirm)
            status += QStringLiteral(" (%1)").arg(labels.text(L::ToConfirm));
        text(7, status);
        if (row.overdue)
            worksheet_write_string(sheet, r, 8, cell(labels.text(L::Overdue)).constData(), f.overdue);
        text(9, row.latestNote);
        ++r;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, r > 1 ? r - 1 : 1, lxw_col_t(headers.size() - 1));
}

/// A sheet's name in the report's language(s): Excel allows 31 characters and none of []:*?/\\.
QByteArray sheetName(const ReportLabels& labels, L label)
{
    QString name = labels.text(label);
    name.replace(QStringLiteral(" / "), QStringLiteral(" - "));
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    name.remove(forbidden);
    return name.left(31).toUtf8();
}

} // namespace

std::optional<Error> XlsxReport::write(
    const StatusReport& report, const ReportLabels& labels, const QString& path, const ReportIssuer& issuer)
{
    // libxlsxwriter writes to a path: a private temporary folder, then the bytes go to the target whole
    // (OutputFile), so that a full disk leaves an old file as it was.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error { path, 0, -1, tr("The Excel file cannot be created.") };
    const QString partial = scratch.filePath(QStringLiteral("report.xlsx"));
    lxw_workbook* book = workbook_new(QFile::encodeName(partial).constData());
    if (!book)
        return Error { path, 0, -1, tr("The Excel file cannot be created.") };
    Formats f;
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xEEF2F6);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.date = workbook_add_format(book);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.wrap = workbook_add_format(book);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.overdue = workbook_add_format(book);
    format_set_font_color(f.overdue, LXW_COLOR_RED);
    format_set_bold(f.overdue);

    QHash<qint64, QString> titles;
    QList<ReportRow> all;
    for (const AgreementSection& section : report.agreements) {
        const bool chinese = labels.language() == LabelLanguage::Chinese && !section.titleZh.isEmpty();
        titles.insert(section.id, chinese || section.titleVi.isEmpty() ? section.titleZh : section.titleVi);
        all += section.rows;
    }
    for (const ReportRow& row : report.awaitingReview) {
        titles.insert(
            row.agreementId, StatusReport::title(row.agreementTitleVi, row.agreementTitleZh, labels.language()));
    }

    // Summary.
    lxw_worksheet* summary = workbook_add_worksheet(book, sheetName(labels, L::SummarySheet).constData());
    worksheet_set_column(summary, 0, 0, 36, nullptr);
    worksheet_set_column(summary, 1, 7, 14, nullptr);
    // The issuing office and the report's number first, as the PDF heads them; blanks to fill in by hand when
    // Preferences leave them empty.
    const QString office = StatusReport::name(issuer.officeVi, issuer.officeZh, labels.language());
    worksheet_write_string(summary, 0, 0, cell(labels.text(L::Office)).constData(), nullptr);
    worksheet_write_string(
        summary, 0, 1, cell(office.isEmpty() ? QStringLiteral("………………………………") : office).constData(), nullptr);
    worksheet_write_string(summary, 1, 0, cell(labels.text(L::Number)).constData(), nullptr);
    worksheet_write_string(
        summary, 1, 1, cell(issuer.number.isEmpty() ? QStringLiteral("………/BC") : issuer.number).constData(), nullptr);
    worksheet_write_string(summary, 2, 0, cell(labels.text(L::Title)).constData(), f.header);
    worksheet_write_string(summary, 3, 0, cell(labels.text(L::AsOf)).constData(), nullptr);
    lxw_datetime asOf { report.scope.asOf.year(), report.scope.asOf.month(), report.scope.asOf.day(), 0, 0, 0 };
    if (report.scope.asOf.isValid())
        worksheet_write_datetime(summary, 3, 1, &asOf, f.date);
    worksheet_write_string(summary, 4, 0, cell(labels.text(L::Scope)).constData(), nullptr);
    worksheet_write_string(summary, 4, 1, cell(report.describeScope(labels)).constData(), nullptr);
    lxw_row_t r = 6;
    worksheet_write_string(summary, r, 0, cell(labels.text(L::Status)).constData(), f.header);
    worksheet_write_string(summary, r, 1, cell(labels.text(L::Total)).constData(), f.header);
    const QList<CommitmentStatus> statuses { CommitmentStatus::NotStarted, CommitmentStatus::InProgress,
        CommitmentStatus::Done, CommitmentStatus::Deferred, CommitmentStatus::Cancelled };
    for (const CommitmentStatus status : statuses) {
        ++r;
        worksheet_write_string(summary, r, 0, cell(labels.status(status)).constData(), nullptr);
        worksheet_write_number(summary, r, 1, report.totals.value(status), nullptr);
    }
    ++r;
    worksheet_write_string(summary, r, 0, cell(labels.text(L::Overdue)).constData(), f.overdue);
    worksheet_write_number(summary, r, 1, report.overdueCount, f.overdue);
    ++r;
    worksheet_write_string(summary, r, 0, cell(labels.text(L::Total)).constData(), f.header);
    worksheet_write_number(summary, r, 1, report.commitmentCount(), f.header);
    r += 2;
    worksheet_write_string(summary, r, 0, cell(labels.text(L::Party)).constData(), f.header);
    for (int c = 0; c < statuses.size(); ++c)
        worksheet_write_string(summary, r, lxw_col_t(c + 1), cell(labels.status(statuses[c])).constData(), f.header);
    worksheet_write_string(
        summary, r, lxw_col_t(statuses.size() + 1), cell(labels.text(L::Overdue)).constData(), f.header);
    for (const PartyTotals& party : report.byParty) {
        ++r;
        const QString name = StatusReport::name(party.nameVi, party.nameZh, labels.language());
        worksheet_write_string(summary, r, 0, cell(name).constData(), nullptr);
        for (int c = 0; c < statuses.size(); ++c)
            worksheet_write_number(summary, r, lxw_col_t(c + 1), party.byStatus.value(statuses[c]), nullptr);
        worksheet_write_number(summary, r, lxw_col_t(statuses.size() + 1), party.overdue, nullptr);
    }

    writeTable(
        workbook_add_worksheet(book, sheetName(labels, L::CommitmentsSheet).constData()), all, titles, labels, f);
    writeTable(
        workbook_add_worksheet(book, sheetName(labels, L::Overdue).constData()), report.overdue, titles, labels, f);
    if (!report.awaitingReview.isEmpty()) {
        ++r;
        worksheet_write_string(summary, ++r, 0, cell(labels.text(L::AwaitingReview)).constData(), f.header);
        worksheet_write_number(summary, r, 1, double(report.awaitingReview.size()), f.header);
        writeTable(workbook_add_worksheet(book, sheetName(labels, L::AwaitingReviewSheet).constData()),
            report.awaitingReview, titles, labels, f);
    }

    const lxw_error status = workbook_close(book);
    if (status != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Error { path, 0, -1,
            tr("The Excel file cannot be written: %1").arg(QString::fromUtf8(lxw_strerror(status))) };
    }
    QFile written(partial);
    if (!written.open(QIODevice::ReadOnly))
        return Error { path, 0, -1, tr("The Excel file cannot be written: %1").arg(written.errorString()) };
    return OutputFile::write(path, written.readAll());
}

} // namespace concord
