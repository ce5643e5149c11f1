#include "report/PdfReport.h"

#include "report/PdfFlow.h"
#include "store/OutputFile.h"
#include "text/Radicals.h"

#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <cmath>

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

QFont italicFont(qreal points)
{
    QFont font = reportFont(points);
    font.setItalic(true);
    return font;
}

/// The fonts and colours of the report's text, registered with the flow once.
struct Styles
{
    int body, italic, small, bold, heading, subheading;
    explicit Styles(PdfFlow& flow)
        : body(flow.addStyle(reportFont(9)))
        , italic(flow.addStyle(italicFont(8.5)))
        , small(flow.addStyle(reportFont(8), QColor(0x44, 0x44, 0x44)))
        , bold(flow.addStyle(reportFont(9, true)))
        , heading(flow.addStyle(reportFont(13, true)))
        , subheading(flow.addStyle(reportFont(11, true)))
    { }
};

QString partyName(const PartyTotals& party, const ReportLabels& labels)
{
    return StatusReport::name(party.nameVi, party.nameZh, labels.language());
}

qreal textWidth(const QFont& font, const QString& text, QPaintDevice* device)
{
    return QFontMetricsF(font, device).horizontalAdvance(text);
}

/// The commitments table's columns: the status and due columns as wide as their longest entries (a status never
/// wraps, its header never splits), the clause and party columns fixed, the two texts sharing the rest.
QList<PdfFlow::Column> commitmentColumns(const ReportLabels& labels, qreal width, qreal padding, QPaintDevice* device)
{
    const QFont body = reportFont(9);
    const QFont bold = reportFont(9, true);
    qreal status = textWidth(bold, labels.text(L::Status), device);
    for (const CommitmentStatus s : Statuses)
        status = std::max(status, textWidth(body, labels.status(s), device));
    status = std::min(status + 2 * padding + 2, width * 0.24);
    qreal due = std::max(textWidth(body, labels.date(QDate(2026, 12, 31)), device),
        textWidth(bold, labels.text(L::Due).section(QLatin1Char(' '), 0, 0), device));
    due = std::min(due + 2 * padding + 2, width * 0.16);
    const qreal clause = width * 0.08;
    const qreal responsible = width * 0.13;
    const qreal texts = width - status - due - clause - responsible;
    return { { labels.text(L::Clause), clause }, { labels.text(L::Responsible), responsible },
        { labels.text(L::Vietnamese), texts * 0.55 }, { labels.text(L::Chinese), texts * 0.45 },
        { labels.text(L::Due), due }, { labels.text(L::Status), status } };
}

/// A table of commitments. Where rows come from several agreements (overdue, due soon), \a withAgreement heads each
/// row's text with its agreement's title, so that every row can be traced to its document. The latest note goes
/// under the text in the report's language, where there is room for it, not into the narrow status column.
void rowsTable(PdfFlow& flow, const Styles& st, const QList<ReportRow>& rows, const ReportLabels& labels,
    const QList<PdfFlow::Column>& columns, bool withAgreement = false)
{
    const bool chinese = labels.language() == LabelLanguage::Chinese;
    QList<QList<PdfFlow::Cell>> cells;
    QList<QColor> fills;
    cells.reserve(rows.size());
    for (const ReportRow& row : rows) {
        PdfFlow::Cell status { { { labels.status(row.status), st.body } } };
        if (!row.reviewed)
            status.paragraphs.append({ QStringLiteral("(%1)").arg(labels.text(L::Unreviewed)), st.italic });
        if (row.toConfirm)
            status.paragraphs.append({ QStringLiteral("(%1)").arg(labels.text(L::ToConfirm)), st.italic });
        PdfFlow::Cell due { { { labels.date(row.due), st.body } } };
        if (row.recurrence != Recurrence::None)
            due.paragraphs.append({ labels.recurrence(row.recurrence), st.italic });
        PdfFlow::Cell vi { { { row.textVi, st.body } } };
        PdfFlow::Cell zh { { { row.textZh, st.body } } };
        if (withAgreement) {
            // Titles of this genre run to 300 characters: its first words name the agreement well enough here.
            QString title = StatusReport::title(row.agreementTitleVi, row.agreementTitleZh, labels.language());
            constexpr qsizetype Shown = 70;
            if (title.size() > Shown) {
                const qsizetype space = title.lastIndexOf(QLatin1Char(' '), Shown);
                title = title.left(space > Shown / 2 ? space : Shown) + QStringLiteral("…");
            }
            if (!title.isEmpty())
                (chinese ? zh : vi).paragraphs.prepend({ title, st.italic });
        }
        if (!row.latestNote.isEmpty())
            (chinese ? zh : vi)
                .paragraphs.append(
                    { QStringLiteral("%1: %2").arg(labels.text(L::LatestNote), row.latestNote), st.small });
        cells.append({ PdfFlow::Cell { { { chinese && !row.labelZh.isEmpty() ? row.labelZh : row.label, st.body } } },
            PdfFlow::Cell {
                { { (chinese ? row.responsibleZh : row.responsibleVi).join(QStringLiteral(", ")), st.body } } },
            vi, zh, due, status });
        fills.append(row.overdue ? QColor(0xFD, 0xEC, 0xEA) : QColor());
    }
    flow.table(columns, st.bold, QColor(0xEE, 0xF2, 0xF6), cells, fills);
}

void differencesTable(PdfFlow& flow, const Styles& st, const QList<VersionDifference>& differences,
    const ReportLabels& labels, qreal width)
{
    if (differences.isEmpty())
        return;
    flow.text(QStringLiteral("%1 (%2)").arg(labels.text(L::Differences)).arg(differences.size()), st.bold,
        flow.padding(), true);
    const QString missing = labels.text(L::Missing);
    QList<QList<PdfFlow::Cell>> cells;
    for (const VersionDifference& d : differences) {
        cells.append({ PdfFlow::Cell { { { d.label, st.body } } },
            PdfFlow::Cell { { { labels.differenceKind(d.issue.kind), st.body } } },
            PdfFlow::Cell { { { d.issue.vietnamese.isEmpty() ? missing : d.issue.vietnamese, st.body } } },
            PdfFlow::Cell { { { d.issue.chinese.isEmpty() ? missing : d.issue.chinese, st.body } } } });
    }
    flow.table({ { labels.text(L::Clause), width * 0.10 }, { labels.text(L::DifferenceKind), width * 0.14 },
                   { labels.text(L::Vietnamese), width * 0.38 }, { labels.text(L::Chinese), width * 0.38 } },
        st.bold, QColor(0xFF, 0xF4, 0xE0), cells);
}

/// The overdue, due-soon and per-agreement sections, then the signature block.
void body(PdfFlow& flow, const StatusReport& report, const ReportLabels& labels, const ReportIssuer& issuer,
    qreal width, QPaintDevice* device)
{
    const Styles st(flow);
    const QList<PdfFlow::Column> columns = commitmentColumns(labels, width, flow.padding(), device);
    const qreal gap = flow.lineHeight(st.body) * 0.6;
    const auto section = [&](const QString& title, const QList<ReportRow>& rows) {
        flow.text(QStringLiteral("%1 (%2)").arg(title).arg(rows.size()), st.heading, gap, true);
        if (rows.isEmpty())
            flow.text(labels.text(L::None), st.body, gap);
        else
            rowsTable(flow, st, rows, labels, columns, true);
        flow.space(gap * 2);
    };
    const auto agreementHeading = [&](const QString& titleVi, const QString& titleZh, const QDate& signedOn) {
        const QString first = StatusReport::title(titleVi, titleZh, labels.language());
        const QString second = first == titleVi ? titleZh : titleVi;
        flow.text(first, st.subheading, gap * 0.3, true);
        if (!second.isEmpty() && second != first)
            flow.text(second, st.bold, gap * 0.3, true);
        if (signedOn.isValid())
            flow.text(QStringLiteral("%1: %2").arg(labels.text(L::Signed), labels.date(signedOn)), st.italic, gap * 0.5,
                true);
    };
    section(labels.text(L::Overdue), report.overdue);
    section(labels.text(L::DueSoon), report.dueSoon);
    for (const AgreementSection& agreement : report.agreements) {
        agreementHeading(agreement.titleVi, agreement.titleZh, agreement.signedOn);
        rowsTable(flow, st, agreement.rows, labels, columns);
        flow.space(gap);
        differencesTable(flow, st, agreement.differences, labels, width);
        flow.space(gap * 2);
    }
    if (!report.awaitingReview.isEmpty()) {
        // The candidates nobody has reviewed yet, under their agreements as the accepted ones are.
        flow.text(QStringLiteral("%1 (%2)").arg(labels.text(L::AwaitingReview)).arg(report.awaitingReview.size()),
            st.heading, gap, true);
        QList<qint64> order;
        QHash<qint64, QList<ReportRow>> byAgreement;
        for (const ReportRow& row : report.awaitingReview) {
            if (!byAgreement.contains(row.agreementId))
                order.append(row.agreementId);
            byAgreement[row.agreementId].append(row);
        }
        for (const qint64 id : order) {
            const QList<ReportRow>& rows = byAgreement.value(id);
            agreementHeading(rows.front().agreementTitleVi, rows.front().agreementTitleZh, QDate());
            rowsTable(flow, st, rows, labels, columns);
            flow.space(gap * 2);
        }
    }

    // The signature block: right half of the page, kept whole.
    const qreal line = flow.lineHeight(st.body);
    const QString title = issuer.signerTitle.isEmpty() ? labels.text(L::SignerTitle) : issuer.signerTitle;
    const QList<FlowLine> titleLines = flow.wrap(title, st.bold, width * 0.45);
    const QList<FlowLine> hintLines = flow.wrap(labels.text(L::SignHint), st.italic, width * 0.45);
    const qreal height = line * 6 + (titleLines.size() + hintLines.size()) * line;
    flow.space(gap * 2);
    flow.block(height, [=, signer = issuer.signer](QPainter& painter, const QRectF& box) {
        const QRectF right(box.left() + box.width() * 0.5, box.top(), box.width() * 0.5, box.height());
        qreal y = right.top();
        const auto centred = [&](const QString& text, const QFont& font) {
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(right.left(), y, right.width(), line * 1.2), Qt::AlignHCenter | Qt::AlignTop, text);
            y += line;
        };
        for (const FlowLine& l : titleLines)
            centred(l.text, reportFont(9, true));
        for (const FlowLine& l : hintLines)
            centred(l.text, italicFont(8.5));
        y += line * 4;
        centred(signer.isEmpty() ? QStringLiteral("………………………………") : signer, reportFont(9, true));
    });
}

/// The office's name in the report's language(s), or a blank to fill in by hand.
QStringList officeLines(const ReportIssuer& issuer, const ReportLabels& labels)
{
    QStringList lines;
    if (labels.language() != LabelLanguage::Chinese && !issuer.officeVi.isEmpty())
        lines.append(issuer.officeVi);
    if (labels.language() != LabelLanguage::Vietnamese && !issuer.officeZh.isEmpty())
        lines.append(issuer.officeZh);
    if (lines.isEmpty())
        lines.append(issuer.officeVi.isEmpty() ? issuer.officeZh : issuer.officeVi);
    if (lines.first().isEmpty())
        lines.first() = QStringLiteral("………………………………");
    return lines;
}

QString numberLine(const ReportIssuer& issuer, const ReportLabels& labels)
{
    return QStringLiteral("%1: %2").arg(
        labels.text(L::Number), issuer.number.isEmpty() ? QStringLiteral("………/BC") : issuer.number);
}

/// The title on one line in the largest size from 18 to 13 points that fits; longer, in lines of even length
/// (never one character left alone). Returns the height used.
qreal drawTitle(QPainter& painter, const QRectF& area, const QString& title)
{
    QFont font = reportFont(18, true);
    for (qreal points = 18; points >= 13; points -= 0.5) {
        font.setPointSizeF(points);
        if (QFontMetricsF(font, painter.device()).horizontalAdvance(title) <= area.width())
            break;
    }
    const QFontMetricsF metrics(font, painter.device());
    const qreal full = metrics.horizontalAdvance(title);
    const int lines = int(std::ceil(full / area.width()));
    const qreal width = lines <= 1 ? area.width() : std::min(area.width(), full / lines * 1.15);
    painter.setFont(font);
    painter.setPen(Qt::black);
    QRectF used;
    painter.drawText(QRectF(area.left() + (area.width() - width) / 2, area.top(), width, metrics.height() * 6),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title, &used);
    return used.height();
}

/// The first page: the issuing office and the report's number, the title, the as-of day, the scope, the totals,
/// the chart.
void drawFirstPage(QPainter& painter, const QRectF& page, const StatusReport& report, const ReportLabels& labels,
    const ReportIssuer& issuer)
{
    qreal y = page.top();
    const auto text
        = [&](const QString& line, const QFont& font, qreal gap = 0.4, Qt::Alignment align = Qt::AlignLeft) {
              painter.setFont(font);
              const QFontMetricsF metrics(font, painter.device());
              const QRectF box(page.left(), y, page.width(), metrics.height() * 4);
              QRectF used;
              painter.drawText(box, Qt::TextWordWrap | align | Qt::AlignTop, line, &used);
              y += used.height() + metrics.height() * gap;
          };
    painter.setPen(Qt::black);
    // Office left, number and day right, as Vietnamese administrative documents head them.
    const QFont office = reportFont(10, true);
    const qreal officeHeight = QFontMetricsF(office, painter.device()).height();
    const QStringList offices = officeLines(issuer, labels);
    for (int i = 0; i < offices.size(); ++i) {
        painter.setFont(office);
        painter.drawText(QRectF(page.left(), y + i * officeHeight, page.width() * 0.55, officeHeight),
            Qt::AlignLeft | Qt::AlignTop, offices[i]);
    }
    painter.setFont(reportFont(10));
    painter.drawText(QRectF(page.left() + page.width() * 0.55, y, page.width() * 0.45, officeHeight),
        Qt::AlignRight | Qt::AlignTop, numberLine(issuer, labels));
    painter.setFont(italicFont(10));
    painter.drawText(QRectF(page.left() + page.width() * 0.55, y + officeHeight, page.width() * 0.45, officeHeight),
        Qt::AlignRight | Qt::AlignTop,
        QStringLiteral("%1: %2").arg(labels.text(L::AsOf), labels.date(report.scope.asOf)));
    y += officeHeight * std::max<qsizetype>(2, offices.size()) + officeHeight * 1.5;
    y += drawTitle(painter, QRectF(page.left(), y, page.width(), page.height()), labels.text(L::Title));
    y += officeHeight;
    text(QStringLiteral("%1: %2").arg(labels.text(L::Scope), report.describeScope(labels)), reportFont(11), 1.0);
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
    if (report.byParty.isEmpty())
        return; // no heading standing alone above an empty chart
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

std::optional<Error> PdfReport::write(
    const StatusReport& report, const ReportLabels& labels, const QString& path, const ReportIssuer& issuer)
{
    // Laid out in memory, then written whole (OutputFile): a full disk leaves the old file and says so.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(labels.text(L::Title));
        writer.setCreator(QStringLiteral("Concord"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error { path, 0, -1, tr("The PDF file cannot be created.") };
        const QRect paint = writer.pageLayout().paintRectPixels(writer.resolution());
        const QRectF full(0, 0, paint.width(), paint.height());
        const QFont small = reportFont(8);
        const qreal smallHeight = QFontMetricsF(small, &writer).height();
        const qreal footer = smallHeight * 2;
        const qreal header = smallHeight * 2;
        const QRectF first(full.left(), full.top(), full.width(), full.height() - footer);
        const QRectF body(full.left(), full.top() + header, full.width(), full.height() - footer - header);

        PdfFlow flow(&writer, body.width(), body.height());
        concord::body(flow, report, labels, issuer, body.width(), &writer);
        const int pages = 1 + flow.paginate();

        const auto furniture = [&](int number) {
            painter.setFont(small);
            painter.setPen(Qt::darkGray);
            painter.drawText(QRectF(full.left(), full.bottom() - footer * 0.6, full.width(), footer * 0.6),
                Qt::AlignHCenter | Qt::AlignBottom, labels.text(L::PageOf).arg(number).arg(pages));
            if (number > 1) {
                // The running header: office and title left, number right, a rule below.
                const QString left = officeLines(issuer, labels).join(QStringLiteral(" · ")) + QStringLiteral(" — ")
                    + labels.text(L::Title);
                painter.drawText(QRectF(full.left(), full.top(), full.width() * 0.75, smallHeight),
                    Qt::AlignLeft | Qt::AlignTop,
                    QFontMetricsF(small, &writer).elidedText(left, Qt::ElideRight, full.width() * 0.74));
                painter.drawText(
                    QRectF(full.left() + full.width() * 0.75, full.top(), full.width() * 0.25, smallHeight),
                    Qt::AlignRight | Qt::AlignTop, numberLine(issuer, labels));
                painter.drawLine(QPointF(full.left(), full.top() + smallHeight * 1.3),
                    QPointF(full.right(), full.top() + smallHeight * 1.3));
            }
            painter.setPen(Qt::black);
        };
        drawFirstPage(painter, first, report, labels, issuer);
        furniture(1);
        for (int p = 0; p + 1 < pages; ++p) {
            writer.newPage();
            furniture(p + 2); // first: text extraction reads the header before the page's body
            flow.paintPage(painter, p, body.topLeft());
        }
        if (!painter.end())
            return Error { path, 0, -1, tr("The PDF file cannot be written.") };
    }
    QByteArray pdf = buffer.data();
    repairToUnicode(pdf);
    return OutputFile::write(path, pdf);
}

} // namespace concord
