#include "gui/agreements/AgreementListModel.h"

#include "gui/DisplayNames.h"
#include "gui/Tones.h"
#include "text/TextQuality.h"

#include <QBrush>
#include <QColor>

namespace concord {

AgreementListModel::AgreementListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AgreementListModel::setEntries(QList<CatalogEntry> entries, const QDate& today)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_today = today;
    m_fetched = std::min(int(m_entries.size()), int(ChunkSize));
    endResetModel();
}

int AgreementListModel::rowOf(qint64 agreementId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].header.id == agreementId)
            return row;
    }
    return -1;
}

int AgreementListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int AgreementListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgreementListModel::commitmentsText(const CatalogEntry& entry) const
{
    if (entry.commitments() == 0)
        return tr("none");
    QStringList parts;
    for (const CommitmentStatus status : DisplayNames::statuses()) {
        if (const int n = entry.tally.byStatus.value(status))
            parts.append(QStringLiteral("%1 %2").arg(n).arg(DisplayNames::status(status).toLower()));
    }
    QString text = parts.join(QStringLiteral(", "));
    if (entry.tally.overdue > 0)
        text += QLatin1Char('\n') + tr("%n overdue", nullptr, entry.tally.overdue);
    if (entry.tally.candidates > 0)
        text += QLatin1Char('\n') + tr("%n to review", nullptr, entry.tally.candidates);
    return text;
}

QStringList AgreementListModel::validityLines()
{
    QStringList lines { tr("%n day(s) left", nullptr, 9999) };
    for (const ValidityState state : { ValidityState::Unknown, ValidityState::NotYetInForce, ValidityState::InForce,
             ValidityState::ExpiringSoon, ValidityState::Expired })
        lines.append(DisplayNames::validity(state));
    return lines;
}

QVariant AgreementListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched)
        return {};
    const CatalogEntry& e = m_entries[index.row()];
    const Agreement& a = e.header;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return DisplayNames::bothTitles(a.titleVi, a.titleZh);
        case KindColumn:
            if (a.scanned)
                return DisplayNames::kind(a.kind) + QLatin1Char('\n') + tr("⎙ OCR (scan)");
            return a.ocrText ? DisplayNames::kind(a.kind) + QLatin1Char('\n') + tr("⚠ OCR text")
                             : DisplayNames::kind(a.kind);
        case SignedColumn:
            return DisplayNames::date(a.signedOn);
        case PlaceColumn:
            return DisplayNames::place(a.place);
        case ValidityColumn: {
            QString text = DisplayNames::validity(a.validityOn(m_today));
            if (const auto days = a.daysRemaining(m_today); days && *days >= 0)
                text += QLatin1Char('\n') + tr("%n day(s) left", nullptr, int(*days));
            return text;
        }
        case PartiesColumn: {
            // One language here, to keep rows short; both in the tooltip (and for the text filter).
            QStringList names;
            for (const PartyRecord& p : e.parties)
                names.append(DisplayNames::title(p.nameVi, p.nameZh));
            return names.join(QStringLiteral(", "));
        }
        case CommitmentsColumn:
            return commitmentsText(e);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ValidityColumn) {
            const ValidityState state = a.validityOn(m_today);
            if (state == ValidityState::Expired)
                return QBrush(Tones::muted());
            if (state == ValidityState::ExpiringSoon)
                return QBrush(Tones::soon());
        }
        if (index.column() == CommitmentsColumn && e.tally.overdue > 0)
            return QBrush(Tones::late());
        if (index.column() == KindColumn && (a.ocrText || a.scanned))
            return QBrush(Tones::soon());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == KindColumn && a.scanned)
            return tr("Read from a scan by text recognition: the reader underlines the words it was unsure of and "
                      "shows the scan beside the text.");
        if (index.column() == KindColumn && a.ocrText)
            return TextQuality::ocrWarning();
        if (index.column() == TitleColumn)
            return (data(index, Qt::DisplayRole).toString() + QLatin1Char('\n')
                + tr("%1\nImported from %2").arg(a.reference, a.sourceName).trimmed())
                .trimmed();
        if (index.column() == PartiesColumn) {
            QStringList names;
            for (const PartyRecord& p : e.parties)
                names.append(DisplayNames::party(p));
            return names.join(QLatin1Char('\n'));
        }
        return {};
    case IdRole:
        return a.id;
    case SortRole:
        switch (index.column()) {
        case SignedColumn:
            return a.signedOn;
        case ValidityColumn:
            return a.validTo.isValid() ? QVariant(a.validTo) : QVariant(QDate(9999, 12, 31));
        case CommitmentsColumn:
            return e.tally.overdue * 100000 + e.commitments();
        default:
            return data(index, Qt::DisplayRole);
        }
    case KindRole:
        return int(a.kind);
    case YearRole:
        return a.signedOn.isValid() ? a.signedOn.year() : 0;
    case ValidityRole:
        return int(a.validityOn(m_today));
    case PartyIdsRole: {
        QVariantList ids;
        for (const PartyRecord& p : e.parties) {
            ids.append(p.id);
            if (p.mergedInto > 0)
                ids.append(p.mergedInto);
        }
        return ids;
    }
    }
    return {};
}

QVariant AgreementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case SignedColumn:
        return tr("Signed");
    case PlaceColumn:
        return tr("Place");
    case ValidityColumn:
        return tr("Validity");
    case PartiesColumn:
        return tr("Parties");
    case CommitmentsColumn:
        return tr("Commitments");
    }
    return {};
}

bool AgreementListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetched < m_entries.size();
}

void AgreementListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    const int more = std::min(int(ChunkSize), int(m_entries.size()) - m_fetched);
    if (more <= 0)
        return;
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

} // namespace concord
