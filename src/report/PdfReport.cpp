#include "report/PdfReport.h"

#include "report/DifferencesTable.h"
#include "text/Radicals.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace concord {

namespace {

using L = ReportLabels::Label;

const QList<CommitmentStatus> Statuses { CommitmentStatus::NotStarted, CommitmentStatus::InProgress,
    CommitmentStatus::Done, CommitmentStatus::Deferred, CommitmentStatus::Cancelled };

QColor colour(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::NotStarted:
        return QColor(0x9E, 0x9E, 0x9E);
    case CommitmentStatus::InProgress:
        return QColor(0x1E, 0x88, 0xE5);
    case CommitmentStatus::Done:
        return QColor(0x43, 0xA0, 0x47);
    case CommitmentStatus::Deferred:
        return QColor(0xFB, 0x8C, 0x00);
    case CommitmentStatus::Cancelled:
        return QColor(0x6D, 0x4C, 0x41);
    }
    return Qt::gray;
}

/// Vietnamese first; Chinese characters fall to the CJK face (Simplified forms).
QFont reportFont(qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies({ QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC") });
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString day(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString partyName(const PartyTotals& party, const ReportLabels& labels)
{
    if (labels.language() == LabelLanguage::Chinese && !party.nameZh.isEmpty())
        return party.nameZh;
    if (labels.language() == LabelLanguage::Bilingual && !party.nameZh.isEmpty())
        return party.nameVi + QStringLiteral(" / ") + party.nameZh;
    return party.nameVi;
}

QString rowsTable(const QList<ReportRow>& rows, const ReportLabels& labels)
{
    const bool chinese = labels.language() == LabelLanguage::Chinese;
    QString html
        = QStringLiteral(
            "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
            "<tr bgcolor=\"#eef2f6\"><th width=\"8%\">%1</th><th width=\"12%\">%2</th><th width=\"30%\">%3</th>"
            "<th width=\"25%\">%4</th><th width=\"13%\">%5</th><th width=\"12%\">%6</th></tr>")
              .arg(esc(labels.text(L::Clause)), esc(labels.text(L::Responsible)), esc(labels.text(L::Vietnamese)),
                  esc(labels.text(L::Chinese)), esc(labels.text(L::Due)), esc(labels.text(L::Status)));
    for (const ReportRow& row : rows) {
        QString status = esc(labels.status(row.status));
        if (!row.reviewed)
            status += QStringLiteral("<br><i>(%1)</i>").arg(esc(labels.text(L::Unreviewed)));
        if (row.toConfirm)
            status += QStringLiteral("<br><i>(%1)</i>").arg(esc(labels.text(L::ToConfirm)));
        if (!row.latestNote.isEmpty())
            status += QStringLiteral("<br><small>%1</small>").arg(esc(row.latestNote));
        QString due = esc(day(row.due));
        if (row.recurrence != Recurrence::None)
            due += QStringLiteral("<br><i>%1</i>").arg(esc(labels.recurrence(row.recurrence)));
        html += QStringLiteral(
            "<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td style=\"white-space:nowrap\">%6</td>"
            "<td>%7</td></tr>")
                    .arg(row.overdue ? QStringLiteral(" bgcolor=\"#fdecea\"") : QString(), esc(row.label),
                        esc((chinese ? row.responsibleZh : row.responsibleVi).join(QStringLiteral(", "))),
                        esc(row.textVi), esc(row.textZh), due, status);
    }
    return html + QStringLiteral("</table>");
}

QString body(const StatusReport& report, const ReportLabels& labels)
{
    QString html;
    html += QStringLiteral("<h2>%1 (%2)</h2>").arg(esc(labels.text(L::Overdue))).arg(report.overdue.size());
    html += report.overdue.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(labels.text(L::None)))
                                     : rowsTable(report.overdue, labels);
    html += QStringLiteral("<h2>%1 (%2)</h2>").arg(esc(labels.text(L::DueSoon))).arg(report.dueSoon.size());
    html += report.dueSoon.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(labels.text(L::None)))
                                     : rowsTable(report.dueSoon, labels);
    for (const AgreementSection& section : report.agreements) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(section.titleVi.isEmpty() ? section.titleZh : section.titleVi));
        if (!section.titleZh.isEmpty() && !section.titleVi.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(esc(section.titleZh));
        if (section.signedOn.isValid())
            html += QStringLiteral("<p><i>%1: %2</i></p>").arg(esc(labels.text(L::Signed)), esc(day(section.signedOn)));
        html += rowsTable(section.rows, labels);
        html += DifferencesTable::html(section.differences, labels);
    }
    if (!report.awaitingReview.isEmpty()) {
        html += QStringLiteral("<h2>%1 (%2)</h2>")
                    .arg(esc(labels.text(L::AwaitingReview)))
                    .arg(report.awaitingReview.size());
        html += rowsTable(report.awaitingReview, labels);
    }
    return html;
}

/// Draws the first page: title, as-of day, scope, totals, the chart. Returns nothing; fills \a page.
void drawFirstPage(QPainter& painter, const QRectF& page, const StatusReport& report, const ReportLabels& labels)
{
    qreal y = page.top();
    const auto text = [&](const QString& line, const QFont& font, qreal gap = 0.4) {
        painter.setFont(font);
        const QFontMetricsF metrics(font, painter.device());
        const QRectF box(page.left(), y, page.width(), metrics.height() * 4);
        QRectF used;
        painter.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, line, &used);
        y += used.height() + metrics.height() * gap;
    };
    painter.setPen(Qt::black);
    text(labels.text(L::Title), reportFont(18, true), 0.6);
    text(QStringLiteral("%1: %2").arg(labels.text(L::AsOf), day(report.scope.asOf)), reportFont(11));
    QStringList scope;
    if (!report.scope.party.isEmpty())
        scope.append(labels.text(L::Party) + QStringLiteral(": ") + report.scope.party);
    if (report.scope.agreementId > 0)
        scope.append(labels.text(L::Agreement) + QStringLiteral(": ") + QString::number(report.scope.agreementId));
    if (report.scope.from.isValid() || report.scope.to.isValid())
        scope.append(labels.text(L::Period) + QStringLiteral(": ") + day(report.scope.from) + QStringLiteral(" – ")
            + day(report.scope.to));
    text(QStringLiteral("%1: %2").arg(labels.text(L::Scope),
             scope.isEmpty() ? labels.text(L::AllCommitments) : scope.join(QStringLiteral("; "))),
        reportFont(11), 1.0);
    text(labels.text(L::Totals), reportFont(13, true));
    for (const CommitmentStatus status : Statuses)
        text(QStringLiteral("%1: %2").arg(labels.status(status)).arg(report.totals.value(status)), reportFont(11), 0.1);
    text(QStringLiteral("%1: %2").arg(labels.text(L::Overdue)).arg(report.overdueCount), reportFont(11, true), 0.1);
    text(QStringLiteral("%1: %2").arg(labels.text(L::DueSoon)).arg(report.dueSoon.size()), reportFont(11), 0.1);
    text(QStringLiteral("%1: %2").arg(labels.text(L::Total)).arg(report.commitmentCount()), reportFont(11, true),
        report.awaitingReview.isEmpty() ? 1.0 : 0.1);
    if (!report.awaitingReview.isEmpty()) {
        text(QStringLiteral("%1: %2").arg(labels.text(L::AwaitingReview)).arg(report.awaitingReview.size()),
            reportFont(11), 1.0);
    }
    text(labels.text(L::ByParty), reportFont(13, true));
    PdfReport::drawChart(painter, QRectF(page.left(), y, page.width(), page.bottom() - y), report, labels);
}

/// Noto Sans CJK draws a Kangxi radical (⼴ U+2F34) and its unified ideograph (广 U+5E7F) with one glyph,
/// and Qt's PDF engine names each glyph in the ToUnicode map by the lowest code point that uses it — the
/// radical. Text copied or extracted from the file would then read 截⾄⽇期 for 截至日期. Report text never
/// holds radicals (they are folded away on import), so every radical in a ToUnicode map is put back to its
/// ideograph. Both are four hex digits: the file keeps its length and its cross-reference table.
void repairToUnicode(QByteArray& pdf)
{
    static const QRegularExpression reference(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    static const QRegularExpression code(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    for (auto it = reference.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const QByteArray header = "\n" + it.next().captured(1).toLatin1() + " 0 obj";
        const qsizetype object = pdf.indexOf(header);
        const qsizetype start = object < 0 ? -1 : pdf.indexOf("stream\n", object);
        const qsizetype end = start < 0 ? -1 : pdf.indexOf("endstream", start);
        if (end < 0)
            continue;
        // Line by line: in a bfrange line the first two codes are glyph ids and the rest Unicode, in a
        // bfchar line the first is a glyph id; codespacerange lines hold only glyph ids.
        enum class Section { Other, Space, Range, Char } section = Section::Other;
        qsizetype lineStart = start;
        while (lineStart < end) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QString line = QString::fromLatin1(pdf.mid(lineStart, lineEnd - lineStart));
            if (line.endsWith(QLatin1String("begincodespacerange")))
                section = Section::Space;
            else if (line.endsWith(QLatin1String("beginbfrange")))
                section = Section::Range;
            else if (line.endsWith(QLatin1String("beginbfchar")))
                section = Section::Char;
            else if (line.startsWith(QLatin1String("end")))
                section = Section::Other;
            else if (section == Section::Range || section == Section::Char) {
                int index = 0;
                const int sources = section == Section::Range ? 2 : 1;
                for (auto c = code.globalMatch(line); c.hasNext(); ++index) {
                    const auto m = c.next();
                    if (index < sources)
                        continue;
                    const char16_t unit = char16_t(m.captured(1).toUInt(nullptr, 16));
                    const char32_t ideograph = Radicals::unified(unit);
                    if (ideograph != unit && ideograph <= 0xFFFF) {
                        const QByteArray hex = QByteArray::number(uint(ideograph), 16).toUpper().rightJustified(4, '0');
                        pdf.replace(lineStart + m.capturedStart(1), 4, hex);
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
    }
}

} // namespace

void PdfReport::drawChart(QPainter& painter, const QRectF& area, const StatusReport& report, const ReportLabels& labels)
{
    if (report.byParty.isEmpty())
        return;
    const QFont font = reportFont(9);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal lineHeight = metrics.height();
    // Legend.
    qreal x = area.left();
    qreal top = area.top();
    for (const CommitmentStatus status : Statuses) {
        const QString name = labels.status(status);
        const qreal width = lineHeight + metrics.horizontalAdvance(name) + lineHeight;
        if (x + width > area.right() && x > area.left()) { // wrap the legend
            x = area.left();
            top += lineHeight * 1.2;
        }
        painter.fillRect(QRectF(x, top, lineHeight * 0.8, lineHeight * 0.8), colour(status));
        painter.drawText(QPointF(x + lineHeight, top + lineHeight * 0.75), name);
        x += width;
    }
    // One bar per party, segments by status, the longest bar filling the width beside the names.
    qreal nameWidth = 0;
    int most = 1;
    for (const PartyTotals& party : report.byParty) {
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(partyName(party, labels)));
        most = std::max(most, party.total());
    }
    nameWidth = std::min(nameWidth + lineHeight, area.width() * 0.4);
    const qreal barsLeft = area.left() + nameWidth;
    const qreal barsWidth = area.width() - nameWidth - lineHeight * 3;
    const qreal barHeight
        = std::min(lineHeight * 1.4, (area.bottom() - top - lineHeight * 2) / qreal(report.byParty.size()));
    qreal y = top + lineHeight * 1.8;
    for (const PartyTotals& party : report.byParty) {
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), y, nameWidth - lineHeight * 0.5, barHeight),
            Qt::AlignVCenter | Qt::AlignRight, partyName(party, labels));
        qreal left = barsLeft;
        for (const CommitmentStatus status : Statuses) {
            const int count = party.byStatus.value(status);
            if (count == 0)
                continue;
            const qreal width = barsWidth * count / most;
            painter.fillRect(QRectF(left, y + barHeight * 0.15, width, barHeight * 0.7), colour(status));
            left += width;
        }
        painter.drawText(QPointF(left + lineHeight * 0.3, y + barHeight * 0.5 + metrics.ascent() * 0.4),
            QString::number(party.total()));
        y += barHeight;
    }
}

std::optional<Error> PdfReport::write(const StatusReport& report, const ReportLabels& labels, const QString& path)
{
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(labels.text(L::Title));
        writer.setCreator(QStringLiteral("Concord"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error { path, 0, -1, tr("The PDF file cannot be created.") };
        const QRectF full = writer.pageLayout()
                                .paintRectPixels(writer.resolution())
                                .translated(-writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());
        const qreal footer = QFontMetricsF(reportFont(9), &writer).height() * 2;
        const QRectF page(full.left(), full.top(), full.width(), full.height() - footer);

        QTextDocument document;
        document.setDefaultFont(reportFont(9));
        document.setDocumentMargin(0);
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(page.size());
        document.setHtml(body(report, labels));
        const int bodyPages = document.pageCount();
        const int pages = 1 + bodyPages;

        const auto pageNumber = [&](int number) {
            painter.setFont(reportFont(9));
            painter.setPen(Qt::darkGray);
            painter.drawText(QRectF(full.left(), full.bottom() - footer * 0.6, full.width(), footer * 0.6),
                Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("%1 / %2").arg(number).arg(pages));
            painter.setPen(Qt::black);
        };
        drawFirstPage(painter, page, report, labels);
        pageNumber(1);
        for (int p = 0; p < bodyPages; ++p) {
            writer.newPage();
            painter.save();
            painter.translate(0, -p * page.height());
            document.drawContents(&painter, QRectF(0, p * page.height(), page.width(), page.height()));
            painter.restore();
            pageNumber(p + 2);
        }
        if (!painter.end())
            return Error { path, 0, -1, tr("The PDF file cannot be written.") };
    }
    QFile file(partial);
    if (!file.open(QIODevice::ReadWrite))
        return Error { path, 0, -1, tr("The PDF file cannot be written.") };
    QByteArray pdf = file.readAll();
    repairToUnicode(pdf);
    file.seek(0);
    const bool written = file.write(pdf) == pdf.size();
    file.close();
    QFile::remove(path);
    if (!written || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error { path, 0, -1, tr("The PDF file cannot be moved into place.") };
    }
    return std::nullopt;
}

} // namespace concord
