#include "gui/agreements/AgreementFilter.h"

#include "gui/agreements/AgreementListModel.h"
#include "text/Fold.h"

namespace concord {

AgreementFilter::AgreementFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AgreementListModel::SortRole);
    setSortLocaleAware(true);
}

void AgreementFilter::setText(const QString& text)
{
    m_folded = Fold::fold(text).trimmed();
    invalidateFilter();
}

void AgreementFilter::setKind(int kind)
{
    m_kind = kind;
    invalidateFilter();
}

void AgreementFilter::setParty(qint64 partyId)
{
    m_party = partyId;
    invalidateFilter();
}

void AgreementFilter::setYear(int year)
{
    m_year = year;
    invalidateFilter();
}

void AgreementFilter::setValidity(int state)
{
    m_validity = state;
    invalidateFilter();
}

bool AgreementFilter::isFiltering() const
{
    return !m_folded.isEmpty() || m_kind >= 0 || m_party > 0 || m_year > 0 || m_validity >= 0;
}

bool AgreementFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind >= 0 && row.data(AgreementListModel::KindRole).toInt() != m_kind)
        return false;
    if (m_year > 0 && row.data(AgreementListModel::YearRole).toInt() != m_year)
        return false;
    if (m_validity >= 0 && row.data(AgreementListModel::ValidityRole).toInt() != m_validity)
        return false;
    if (m_party > 0 && !row.data(AgreementListModel::PartyIdsRole).toList().contains(m_party))
        return false;
    if (m_folded.isEmpty())
        return true;
    QString text;
    for (const int column : { AgreementListModel::TitleColumn, AgreementListModel::PlaceColumn })
        text += sourceModel()->index(sourceRow, column, sourceParent).data().toString() + QLatin1Char('\n');
    // Every party in both languages (the column shows one).
    text += sourceModel()
                ->index(sourceRow, AgreementListModel::PartiesColumn, sourceParent)
                .data(Qt::ToolTipRole)
                .toString();
    return Fold::fold(text).contains(m_folded);
}

} // namespace concord
