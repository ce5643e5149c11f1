#pragma once

#include "align/AlignmentDiff.h"
#include "align/AlignmentEdits.h"
#include "align/ConsistencyCheck.h"
#include "model/ScanRecord.h"
#include "model/TableCells.h"
#include "text/Fold.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace concord {

/// The reader's rows: one per aligned pair — label, Vietnamese text, Chinese text, score — over the
/// versions of an open AlignmentSession (the model keeps no copy). Rows are handed to the view in chunks
/// (canFetchMore/fetchMore) so that a long agreement paints its first screen at once. A search query marks
/// its hits in both languages (HighlightsRole) and the rows that have one; each pair is folded for search once,
/// not once per search. An edit updates the rows it replaced (pairsReplaced), not the whole table. A pair whose
/// versions differ in a number, date, place or person shows ⚠ by its score, with the checks in the tooltip.
class PairModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, VietnameseColumn, ChineseColumn, ScoreColumn, ColumnCount };
    enum Role {
        HighlightsRole = Qt::UserRole + 1, ///< QVariantList of QPoint(start, length) in the cell's text
        LowScoreRole, ///< bool: a pair a person should check
        ConfirmedRole, ///< bool
        ChecksRole, ///< int: how many consistency checks the pair fails (ConsistencyCheck)
        DoubtfulRole, ///< QVariantList of QPoint(start, length): words text recognition was unsure of
        /// quint64: a hash of the cell's text (label and both sides; one key for every score, which never wraps),
        /// kept with the row, which PairDelegate caches row heights by — after an edit the view asks every row
        /// its height again, and building 5,001 rows' texts to hash them cost tens of milliseconds.
        TextKeyRole,
        /// QVariantList of int: for a side that is one table row or a table's header, each column's share of the
        /// width in percent (PairDelegate draws the cells as a table); empty otherwise.
        TableColumnsRole,
        TableHeaderRole, ///< bool: the side is a table's header row (drawn bold)
    };
    static constexpr int ChunkSize = 200;
    /// Pair scores are calibrated (PairEvidence::score): nine right pairs in ten score at least 0.6.
    static constexpr double LowScore = 0.6;

    explicit PairModel(QObject* parent = nullptr);

    /// The gazetteer the consistency checks name places with; without one, pairs are not checked.
    void setGazetteer(const Gazetteer* gazetteer) { m_gazetteer = gazetteer; }
    /// The consistency checks of \a row, computed when first asked for and kept until the versions change.
    const QList<ConsistencyIssue>& checks(int row) const;
    /// One line per check, in the user's language: "Numbers: “10 cán bộ” in Vietnamese, “6名干部” in Chinese".
    static QString describe(const ConsistencyIssue& issue);

    /// Shows \a versions (a copy: Qt's lists share their data until one side changes); nullptr shows nothing.
    void setVersions(const AlignedVersions* versions);
    /// An edit made \a versions from those shown: their pairs [first, first + removed) became pairs
    /// [first, first + inserted) (\a change). Those rows are removed and inserted; the rows after them move,
    /// nothing else is read or measured again.
    void pairsReplaced(const AlignedVersions& versions, const ListChange& change);

    /// For an agreement read from a scan: its lines' confidences (empty for any other).
    void setScan(const ScanRecord& scan);
    const ScanRecord& scan() const { return m_scan; }
    /// What the units of \a row's side \a language came from on the scan (the first unit's page).
    ScanRecord::Span scanSpan(int row, Language language) const;

    void setQuery(const QString& query);
    QString query() const { return m_query; }
    /// Rows with a hit, in order.
    const QList<int>& hitRows() const { return m_hitRows; }
    int hitCount() const { return m_hitCount; }

    /// The text of a pair's side: its units joined by line breaks.
    QString sideText(int row, Language language) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// Each column's share of a table's width in percent, by what the columns hold.
    static QVariantList columnWidths(const QList<ColumnRole>& roles);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Makes \a row fetched (and everything before it).
    void fetchUpTo(int row);

signals:
    /// The search hits changed: colours only (a row's height depends on its text), so a view repaints what
    /// it shows instead of measuring every row again.
    void highlightsChanged();

private:
    /// Both sides of a pair folded for search, once per pair until an edit replaces it.
    struct FoldedPair
    {
        FoldedText vi;
        FoldedText zh;
        qsizetype viLength = 0;
        qsizetype zhLength = 0;
        bool ready = false;
        quint64 viKey = 0; ///< TextKeyRole, 0 until asked
        quint64 zhKey = 0;
        quint64 labelKey = 0;
    };

    int pairCount() const;
    QString labelOf(int row) const;
    void findHits();
    const FoldedPair& folded(int row) const;

    std::optional<AlignedVersions> m_versions;
    int m_hideFrom = -1; ///< during pairsReplaced: rows from here on show the pairs m_hidden further on
    int m_hidden = 0;
    bool m_changing = false; ///< in pairsReplaced: no rows fetched meanwhile (a view asks when rows come and go)
    const Gazetteer* m_gazetteer = nullptr;
    mutable QHash<int, QList<ConsistencyIssue>> m_checks;
    ScanRecord m_scan;
    int m_fetched = 0;
    mutable QList<FoldedPair> m_folded;
    QString m_query;
    QString m_needle; ///< the query folded (SearchText::needle)
    QList<int> m_hitRows;
    int m_hitCount = 0;
};

} // namespace concord
