#pragma once

#include "commit/CommitmentTally.h"
#include "store/CommitmentStore.h"
#include "store/PartyDirectory.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace concord {

/// The commitment board's rows over a list the store gave (CommitmentStore::list): agreement, clause,
/// responsible, summary in both languages, due, recurrence, status, review. Rows go to the view in chunks
/// as it scrolls; sort() orders the whole list by precomputed keys. A status chosen in the Status column
/// is not written here: the model emits statusEdited and the board asks the tracker.
class CommitmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AgreementColumn,
        ClauseColumn,
        ResponsibleColumn,
        LeadAgencyColumn, ///< the province's agency that leads the work (an implementation plan's "Đơn vị chủ trì")
        SummaryColumn,
        DueColumn,
        RecurrenceColumn,
        StatusColumn,
        ReviewColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        OverdueRole,
        DueSoonRole, ///< open and due within 30 days
        StatusRole, ///< CommitmentStatus as int
    };
    static constexpr int ChunkSize = 1000;
    static constexpr int DueSoonDays = CommitmentTally::SoonDays;
    /// The status column's text: "In progress"; "Not started" over "(to confirm)" for one due before tracking started.
    static QString statusText(CommitmentStatus status, bool toConfirm);
    /// Whether any commitment shown names a lead agency (the board hides the column otherwise).
    bool anyLeadAgency() const;

    explicit CommitmentModel(QObject* parent = nullptr);
    ~CommitmentModel() override;

    void setCommitments(QList<StoredCommitment> list, const QHash<QString, PartyRecord>& parties, const QDate& today);
    /// Replaces one commitment's row after a change (nothing when it is not shown).
    void update(const StoredCommitment& commitment);
    const StoredCommitment* commitment(int row) const;
    int rowOf(qint64 id) const;
    int total() const { return int(m_rows.size()); }
    const QList<StoredCommitment>& commitments() const { return m_rows; }
    /// Whether the status column may be edited (the connected role may change statuses); when not, \a why is
    /// the status cells' tooltip.
    void setStatusEditable(bool editable, const QString& why = {})
    {
        m_statusEditable = editable;
        m_statusRefusal = why;
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void statusEdited(qint64 id, CommitmentStatus status);

private:
    /// An agency's name in the interface language first, or the one language the document gives.
    static QString agencyText(const Evidence& agency);
    /// Frees \a rows on a worker thread: freeing 100,000 commitments takes the GUI thread about 0.2 s.
    static void releaseLater(QList<StoredCommitment>&& rows);
    QString partyNames(const QStringList& keys) const;
    QString sortKey(const StoredCommitment& c, int column) const;

    QList<StoredCommitment> m_rows;
    QHash<QString, PartyRecord> m_parties; ///< by key
    QDate m_today;
    int m_fetched = 0;
    bool m_statusEditable = true;
    QString m_statusRefusal;
};

} // namespace concord
