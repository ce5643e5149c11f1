#pragma once

#include "store/AgreementCatalog.h"

#include <QAbstractTableModel>
#include <QDate>

namespace concord {

/// The agreements list: one row per stored agreement (titles in both languages, kind, signing date and
/// place, validity on the model's day, parties, commitments by status). Rows go to the view in chunks.
class AgreementListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        KindColumn,
        SignedColumn,
        PlaceColumn,
        ValidityColumn,
        PartiesColumn,
        CommitmentsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole, ///< a value that sorts as a person expects (dates as dates, counts as numbers)
        KindRole, ///< AgreementKind as int
        YearRole, ///< signing year, 0 when unknown
        ValidityRole, ///< ValidityState as int
        PartyIdsRole, ///< QVariantList of party ids and the ids of their successors
    };
    static constexpr int ChunkSize = 500;
    /// The longest lines the validity column can show in the interface language ("Hết hiệu lực trong 90 ngày",
    /// "còn 9999 ngày"): what it is sized to.
    static QStringList validityLines();

    explicit AgreementListModel(QObject* parent = nullptr);

    void setEntries(QList<CatalogEntry> entries, const QDate& today);
    const QList<CatalogEntry>& entries() const { return m_entries; }
    int rowOf(qint64 agreementId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QString commitmentsText(const CatalogEntry& entry) const;

    QList<CatalogEntry> m_entries;
    QDate m_today;
    int m_fetched = 0;
};

} // namespace concord
