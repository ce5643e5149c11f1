#include "gui/board/CommitmentModel.h"

#include "gui/BackgroundLoader.h"
#include "gui/DisplayNames.h"
#include "gui/Tones.h"
#include "text/Fold.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QStyle>

#include <algorithm>
#include <numeric>

namespace concord {

CommitmentModel::CommitmentModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

CommitmentModel::~CommitmentModel()
{
    releaseLater(std::move(m_rows));
}

void CommitmentModel::releaseLater(QList<StoredCommitment>&& rows)
{
    if (rows.size() < 1000)
        return; // freed here, with the moved-from list
    BackgroundLoader::releaseLater(std::move(rows));
}

void CommitmentModel::setCommitments(
    QList<StoredCommitment> list, const QHash<QString, PartyRecord>& parties, const QDate& today)
{
    beginResetModel();
    releaseLater(std::exchange(m_rows, std::move(list)));
    m_parties = parties;
    m_today = today;
    m_fetched = std::min(int(m_rows.size()), int(ChunkSize));
    endResetModel();
}

void CommitmentModel::update(const StoredCommitment& commitment)
{
    const int row = rowOf(commitment.id);
    if (row < 0)
        return;
    m_rows[row] = commitment;
    if (row < m_fetched)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const StoredCommitment* CommitmentModel::commitment(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CommitmentModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

int CommitmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int CommitmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CommitmentModel::partyNames(const QStringList& keys) const
{
    QStringList names;
    for (const QString& key : keys)
        names.append(m_parties.contains(key) ? DisplayNames::party(m_parties.value(key)) : key);
    return names.join(QStringLiteral("; "));
}

QString CommitmentModel::statusText(CommitmentStatus status, bool toConfirm)
{
    // Two lines, as the rows are two lines high: the column stays as narrow as a status.
    return toConfirm ? DisplayNames::status(status) + QLatin1Char('\n') + tr("(to confirm)")
                     : DisplayNames::status(status);
}

QString CommitmentModel::agencyText(const Evidence& agency)
{
    if (agency.vi.isEmpty() || agency.zh.isEmpty())
        return agency.vi.isEmpty() ? agency.zh : agency.vi;
    return DisplayNames::bothTitles(agency.vi, agency.zh); // the interface language's name first
}

bool CommitmentModel::anyLeadAgency() const
{
    return std::any_of(
        m_rows.begin(), m_rows.end(), [](const StoredCommitment& c) { return !c.found.leadAgency.isEmpty(); });
}

QVariant CommitmentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched)
        return {};
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !m_statusEditable)
        return m_statusRefusal;
    const StoredCommitment& c = m_rows[index.row()];
    const QDate due = c.nextDue();
    const bool overdue = c.isOverdue(m_today);
    const bool soon = c.isDueWithin(m_today, DueSoonDays);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AgreementColumn:
            return DisplayNames::agreementTitle(c);
        case ClauseColumn:
            return DisplayNames::clauseLabel(c.found);
        case ResponsibleColumn:
            return partyNames(c.found.responsible);
        case LeadAgencyColumn:
            return agencyText(c.found.leadAgency);
        case SummaryColumn:
            if (c.found.vi.isEmpty() || c.found.zh.isEmpty())
                return DisplayNames::summary(c);
            return DisplayNames::bothTitles(c.found.vi, c.found.zh); // the interface language's text first
        case DueColumn:
            return due.isValid() ? DisplayNames::date(due) : c.found.dueText;
        case RecurrenceColumn:
            return DisplayNames::recurrence(c.found.recurrence);
        case StatusColumn:
            return statusText(c.currentStatus(), c.needsConfirmation());
        case ReviewColumn:
            return DisplayNames::review(c.review);
        }
        return {};
    case Qt::EditRole:
        return index.column() == StatusColumn ? QVariant(int(c.currentStatus())) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        // The narrow columns show the start of a title or a list of parties: the whole in the tooltip.
        if (index.column() == AgreementColumn || index.column() == ResponsibleColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == LeadAgencyColumn && !c.found.leadAgency.isEmpty()) {
            const QString supporting = agencyText(c.found.supportingAgencies);
            return supporting.isEmpty()
                ? tr("Lead: %1").arg(agencyText(c.found.leadAgency))
                : tr("Lead: %1\nSupporting: %2").arg(agencyText(c.found.leadAgency), supporting);
        }
        if (index.column() == SummaryColumn)
            return c.found.vi + QStringLiteral("\n\n") + c.found.zh;
        if (index.column() == DueColumn) {
            if (overdue)
                return tr("Overdue");
            if (soon)
                return tr("Due within %n day(s)", nullptr, DueSoonDays);
            return c.found.dueText;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == DueColumn && (overdue || soon))
            return QApplication::style()->standardIcon(
                overdue ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DueColumn || index.column() == StatusColumn) {
            if (overdue)
                return QBrush(Tones::late());
            if (soon)
                return QBrush(Tones::soon());
        }
        if (c.review == Review::Candidate && index.column() == ReviewColumn)
            return QBrush(QColor(30, 90, 160));
        return {};
    case IdRole:
        return c.id;
    case OverdueRole:
        return overdue;
    case DueSoonRole:
        return soon;
    case StatusRole:
        return int(c.currentStatus());
    }
    return {};
}

bool CommitmentModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != StatusColumn || role != Qt::EditRole)
        return false;
    const auto status = static_cast<CommitmentStatus>(value.toInt());
    if (status == m_rows[index.row()].currentStatus() && !m_rows[index.row()].needsConfirmation())
        return false;
    emit statusEdited(m_rows[index.row()].id, status);
    return false; // the board writes it through the tracker and calls update()
}

Qt::ItemFlags CommitmentModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_statusEditable && index.isValid() && index.column() == StatusColumn
        && m_rows[index.row()].review != Review::Rejected)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CommitmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgreementColumn:
        return tr("Agreement");
    case ClauseColumn:
        return tr("Clause");
    case ResponsibleColumn:
        return tr("Responsible");
    case LeadAgencyColumn:
        return tr("Lead agency");
    case SummaryColumn:
        return tr("Commitment");
    case DueColumn:
        return tr("Due");
    case RecurrenceColumn:
        return tr("Recurrence");
    case StatusColumn:
        return tr("Status");
    case ReviewColumn:
        return tr("Review");
    }
    return {};
}

bool CommitmentModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetched < m_rows.size();
}

void CommitmentModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
        return;
    const int more = std::min(int(ChunkSize), int(m_rows.size()) - m_fetched);
    if (more <= 0)
        return;
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

QString CommitmentModel::sortKey(const StoredCommitment& c, int column) const
{
    switch (column) {
    case AgreementColumn:
        return Fold::fold(DisplayNames::agreementTitle(c));
    case ClauseColumn:
        return c.found.label;
    case ResponsibleColumn:
        return Fold::fold(partyNames(c.found.responsible));
    case LeadAgencyColumn:
        return Fold::fold(c.found.leadAgency.vi.isEmpty() ? c.found.leadAgency.zh : c.found.leadAgency.vi);
    case SummaryColumn:
        return Fold::fold(c.found.vi.isEmpty() ? c.found.zh : c.found.vi);
    case DueColumn: {
        const QDate due = c.nextDue();
        return due.isValid() ? due.toString(Qt::ISODate) : QStringLiteral("9999");
    }
    case RecurrenceColumn:
        return QString::number(RecurrenceRules::months(c.found.recurrence));
    case StatusColumn:
        return QString::number(int(c.currentStatus()));
    case ReviewColumn:
        return QString::number(int(c.review));
    }
    return QString();
}

void CommitmentModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged();
    // Rows sort by the rank of their key among the distinct keys: a column of 951 agreement titles compares
    // 951 strings, not 100,000; a key shared by rows (a title, a party list) is folded once.
    QHash<qint64, int> byAgreement;
    QHash<QString, int> byKey;
    QList<QString> distinct;
    QList<int> rank(m_rows.size());
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const StoredCommitment& c = m_rows[row];
        if (column == AgreementColumn) {
            if (const auto known = byAgreement.constFind(c.agreementId); known != byAgreement.cend()) {
                rank[row] = *known;
                continue;
            }
        }
        const QString key = column == ResponsibleColumn ? c.found.responsible.join(QChar(0x1F)) : sortKey(c, column);
        auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            it = byKey.insert(key, int(distinct.size()));
            distinct.append(column == ResponsibleColumn ? sortKey(c, column) : key);
        }
        rank[row] = *it;
        if (column == AgreementColumn)
            byAgreement.insert(c.agreementId, *it);
    }
    QList<int> byText(distinct.size());
    std::iota(byText.begin(), byText.end(), 0);
    std::stable_sort(byText.begin(), byText.end(), [&](int a, int b) { return distinct[a] < distinct[b]; });
    QList<int> place(distinct.size()); // distinct key → its place in text order (equal texts share the first)
    for (qsizetype k = 0; k < byText.size(); ++k)
        place[byText[k]] = k > 0 && distinct[byText[k]] == distinct[byText[k - 1]] ? place[byText[k - 1]] : int(k);
    QList<int> order_(m_rows.size());
    std::iota(order_.begin(), order_.end(), 0);
    std::stable_sort(order_.begin(), order_.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? place[rank[a]] < place[rank[b]] : place[rank[b]] < place[rank[a]];
    });
    QList<StoredCommitment> sorted;
    sorted.reserve(m_rows.size());
    for (const int i : order_)
        sorted.append(std::move(m_rows[i]));
    m_rows = std::move(sorted);
    // Selections follow their rows.
    QList<int> newRow(order_.size());
    for (int row = 0; row < order_.size(); ++row)
        newRow[order_[row]] = row;
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    for (const QModelIndex& old : persistent) {
        const int row = newRow.value(old.row(), -1);
        moved.append(row >= 0 && row < m_fetched ? index(row, old.column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged();
}

} // namespace concord
