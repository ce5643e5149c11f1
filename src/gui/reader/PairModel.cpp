#include "gui/reader/PairModel.h"

#include "commit/TableRowRule.h"
#include "gui/DisplayNames.h"
#include "store/SearchText.h"

#include <QFont>
#include <QPoint>

#include <numeric>

namespace concord {

PairModel::PairModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PairModel::setVersions(const AlignedVersions* versions)
{
    beginResetModel();
    m_versions = versions ? std::optional<AlignedVersions>(*versions) : std::nullopt;
    m_checks.clear();
    m_folded = QList<FoldedPair>(pairCount());
    m_fetched = std::min(pairCount(), int(ChunkSize));
    findHits();
    endResetModel();
}

void PairModel::pairsReplaced(const AlignedVersions& versions, const ListChange& change)
{
    // The view has rows [0, m_fetched). The replaced ones are removed while the model still shows the old
    // pairs, then the new ones inserted: a view keeps every other row as it was, its height included.
    m_changing = true;
    const int removeTo = std::min(change.first + change.removed, m_fetched) - 1;
    const bool removing = change.first <= removeTo;
    if (removing)
        beginRemoveRows({}, change.first, removeTo);
    m_versions = versions;
    m_hideFrom = change.first;
    m_hidden = change.inserted;
    if (removing)
        m_fetched -= removeTo - change.first + 1;
    // The caches by row: the replaced rows' entries go, those after move.
    QHash<int, QList<ConsistencyIssue>> checks;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        if (const int row = change.map(it.key()); row >= 0)
            checks.insert(row, it.value());
    }
    m_checks = std::move(checks);
    m_folded.remove(change.first, std::min<qsizetype>(change.removed, m_folded.size() - change.first));
    m_folded.insert(change.first, change.inserted, FoldedPair());
    if (removing)
        endRemoveRows();
    const bool inserting = change.inserted > 0 && change.first <= m_fetched;
    if (inserting)
        beginInsertRows({}, change.first, change.first + change.inserted - 1);
    m_hideFrom = -1;
    m_hidden = 0;
    if (inserting) {
        m_fetched += change.inserted;
        endInsertRows();
    }
    m_fetched = std::min(m_fetched, pairCount());
    m_changing = false;
    findHits();
    emit highlightsChanged();
}

void PairModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_needle = SearchText::needle(query);
    findHits();
    emit highlightsChanged();
}

const PairModel::FoldedPair& PairModel::folded(int row) const
{
    FoldedPair& pair = m_folded[row];
    if (!pair.ready) {
        const QString vi = sideText(row, Language::Vietnamese);
        const QString zh = sideText(row, Language::Chinese);
        pair.vi = Fold::foldWithSource(vi);
        pair.zh = Fold::foldWithSource(zh);
        pair.viLength = vi.size();
        pair.zhLength = zh.size();
        pair.ready = true;
    }
    return pair;
}

void PairModel::findHits()
{
    m_hitRows.clear();
    m_hitCount = 0;
    if (m_needle.isEmpty())
        return;
    for (int row = 0; row < pairCount(); ++row) {
        const FoldedPair& pair = folded(row);
        const int hits = SearchText::count(pair.vi, m_needle) + SearchText::count(pair.zh, m_needle);
        if (hits > 0) {
            m_hitRows.append(row);
            m_hitCount += hits;
        }
    }
}

int PairModel::pairCount() const
{
    return m_versions ? int(m_versions->alignment.pairs.size()) : 0;
}

QVariantList PairModel::columnWidths(const QList<ColumnRole>& roles)
{
    // The task takes the room it needs; numbers little; agencies and dates a share each.
    QList<int> weights;
    for (const ColumnRole role : roles) {
        switch (role) {
        case ColumnRole::Number:
            weights.append(2);
            break;
        case ColumnRole::Task:
            weights.append(12);
            break;
        case ColumnRole::Deadline:
            weights.append(4);
            break;
        default:
            weights.append(5);
        }
    }
    const int total = std::accumulate(weights.begin(), weights.end(), 0);
    QVariantList widths;
    for (const int weight : weights)
        widths.append(total > 0 ? weight * 100 / total : 0);
    return widths;
}

QString PairModel::sideText(int row, Language language) const
{
    if (!m_versions || row < 0 || row >= pairCount())
        return QString();
    const AlignedPair& pair = m_versions->alignment.pairs[row];
    const LanguageVersion& version = language == Language::Chinese ? m_versions->zh : m_versions->vi;
    QStringList texts;
    for (const int u : language == Language::Chinese ? pair.zh : pair.vi) {
        if (u < 0 || u >= version.units.size())
            continue;
        const Unit& unit = version.units.at(u);
        texts.append(unit.text); // the text as written, its label included
    }
    return texts.join(QLatin1Char('\n'));
}

void PairModel::setScan(const ScanRecord& scan)
{
    m_scan = scan;
    if (m_fetched > 0)
        emit dataChanged(index(0, VietnameseColumn), index(m_fetched - 1, ChineseColumn));
}

ScanRecord::Span PairModel::scanSpan(int row, Language language) const
{
    ScanRecord::Span all;
    if (m_scan.isEmpty() || !m_versions || row < 0 || row >= pairCount())
        return all;
    const AlignedPair& pair = m_versions->alignment.pairs[row];
    const LanguageVersion& version = language == Language::Chinese ? m_versions->zh : m_versions->vi;
    for (const int u : language == Language::Chinese ? pair.zh : pair.vi)
        all.add(m_scan.spanOf(version, u));
    return all;
}

QString PairModel::labelOf(int row) const
{
    const AlignedPair& pair = m_versions->alignment.pairs[row];
    QString vi, zh;
    const auto labelOf = [](const LanguageVersion& version, const QList<int>& units) {
        if (units.isEmpty() || units.first() < 0 || units.first() >= version.units.size())
            return QString();
        const Unit& unit = version.units.at(units.first());
        if (unit.kind == UnitKind::Row)
            return TableRowRule::label(version, units.first()); // "Phụ lục, mục 2": the row's number, where it is
        return unit.label ? unit.label->text : QString();
    };
    vi = labelOf(m_versions->vi, pair.vi);
    zh = labelOf(m_versions->zh, pair.zh);
    if (vi == zh)
        return vi;
    return DisplayNames::bothTitles(vi, zh); // the interface language's label first ("第一条" over "Điều 1:")
}

int PairModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int PairModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched)
        return {};
    // While an edit's rows go and come (pairsReplaced), the new pairs are not shown yet.
    const int row = m_hideFrom >= 0 && index.row() >= m_hideFrom ? index.row() + m_hidden : index.row();
    if (row >= pairCount())
        return {};
    const AlignedPair& pair = m_versions->alignment.pairs[row];
    // A document in one language has nothing to check its units against.
    const bool bilingual = !m_versions->vi.units.isEmpty() && !m_versions->zh.units.isEmpty();
    const bool low = bilingual && !pair.confirmed && pair.score < LowScore;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case LabelColumn:
            return labelOf(row);
        case VietnameseColumn:
            return sideText(row, Language::Vietnamese);
        case ChineseColumn:
            return sideText(row, Language::Chinese);
        case ScoreColumn: {
            const QString score
                = pair.confirmed ? tr("✓ %1").arg(pair.score, 0, 'f', 2) : QString::number(pair.score, 'f', 2);
            return checks(row).isEmpty() ? score : QStringLiteral("⚠\u00A0") + score; // kept on one line
        }
        }
        return {};
    case Qt::ToolTipRole:
        if ((index.column() == VietnameseColumn || index.column() == ChineseColumn) && !m_scan.isEmpty()) {
            const ScanRecord::Span span
                = scanSpan(row, index.column() == ChineseColumn ? Language::Chinese : Language::Vietnamese);
            if (!span.found)
                return {};
            QStringList lines { tr("Read from page %1 of the scan; lowest word confidence %2 %.")
                                    .arg(span.page + 1)
                                    .arg(span.confidence) };
            if (!span.lowWords.isEmpty()) {
                QStringList words;
                for (const ScanWordMark& word : span.lowWords)
                    words.append(tr("“%1” %2 %").arg(word.word).arg(word.confidence));
                lines.append(tr("Unsure (underlined): %1").arg(words.join(QStringLiteral(", "))));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == ScoreColumn || index.column() == LabelColumn) {
            QStringList lines;
            if (pair.confirmed)
                lines.append(tr("Confirmed by a person"));
            else
                lines.append(
                    low ? tr("Low score: check that these two texts say the same thing") : tr("Aligned automatically"));
            const QList<ConsistencyIssue>& issues = checks(row);
            if (!issues.isEmpty()) {
                lines.append(tr("The two versions differ:"));
                for (const ConsistencyIssue& issue : issues)
                    lines.append(QStringLiteral("⚠ ") + describe(issue));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case TextKeyRole: {
        if (index.column() == ScoreColumn)
            return QVariant::fromValue(quint64(2)); // one line, as wide as the column: one height for all
        FoldedPair& cached = m_folded[row];
        quint64& key = index.column() == LabelColumn ? cached.labelKey
            : index.column() == ChineseColumn        ? cached.zhKey
                                                     : cached.viKey;
        if (key == 0)
            key = quint64(qHash(data(index, Qt::DisplayRole).toString(), 0)) | 1;
        return QVariant::fromValue(key);
    }
    case TableColumnsRole:
    case TableHeaderRole: {
        if (index.column() != VietnameseColumn && index.column() != ChineseColumn)
            return {};
        const bool zh = index.column() == ChineseColumn;
        const LanguageVersion& version = zh ? m_versions->zh : m_versions->vi;
        const QList<int>& units = zh ? pair.zh : pair.vi;
        if (units.size() != 1 || units.front() < 0 || units.front() >= version.units.size())
            return {};
        const Unit& unit = version.units.at(units.front());
        if (unit.kind != UnitKind::Row && unit.kind != UnitKind::Table)
            return {};
        if (role == TableHeaderRole)
            return unit.kind == UnitKind::Table;
        const Unit& table = unit.kind == UnitKind::Table ? unit : version.units.value(unit.parent);
        return columnWidths(TableCells::roles(TableCells::split(table.text)));
    }
    case ChecksRole:
        return int(checks(row).size());
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignTop)
                                             : QVariant(Qt::AlignLeft | Qt::AlignTop);
    case DoubtfulRole: {
        QVariantList ranges;
        if (m_scan.isEmpty() || (index.column() != VietnameseColumn && index.column() != ChineseColumn))
            return ranges;
        const bool zh = index.column() == ChineseColumn;
        const LanguageVersion& version = zh ? m_versions->zh : m_versions->vi;
        qsizetype offset = 0; // of the unit in the cell's text (units joined by line breaks)
        for (const int u : zh ? pair.zh : pair.vi) {
            if (u < 0 || u >= version.units.size())
                continue;
            const QString& text = version.units.at(u).text;
            for (const auto& [start, length] : ScanRecord::locate(text, m_scan.spanOf(version, u).lowWords))
                ranges.append(QPoint(int(offset + start), int(length)));
            offset += text.size() + 1;
        }
        return ranges;
    }
    case HighlightsRole: {
        QVariantList ranges;
        if (m_needle.isEmpty() || (index.column() != VietnameseColumn && index.column() != ChineseColumn))
            return ranges;
        const FoldedPair& pair = folded(row);
        const bool vi = index.column() == VietnameseColumn;
        for (const auto& [start, length] :
            SearchText::highlights(vi ? pair.vi : pair.zh, vi ? pair.viLength : pair.zhLength, m_needle))
            ranges.append(QPoint(int(start), int(length)));
        return ranges;
    }
    case LowScoreRole:
        return low;
    case ConfirmedRole:
        return pair.confirmed;
    }
    return {};
}

const QList<ConsistencyIssue>& PairModel::checks(int row) const
{
    static const QList<ConsistencyIssue> none;
    if (!m_versions || !m_gazetteer || row < 0 || row >= pairCount())
        return none;
    auto it = m_checks.find(row);
    if (it == m_checks.end()) {
        const AlignedPair& pair = m_versions->alignment.pairs[row];
        it = m_checks.insert(
            row, ConsistencyCheck::checkUnits(m_versions->vi, pair.vi, m_versions->zh, pair.zh, *m_gazetteer));
    }
    return *it;
}

QString PairModel::describe(const ConsistencyIssue& issue)
{
    QString what;
    switch (issue.kind) {
    case ConsistencyIssue::Kind::Number:
        what = tr("Numbers");
        break;
    case ConsistencyIssue::Kind::Date:
        what = tr("Dates");
        break;
    case ConsistencyIssue::Kind::Place:
        what = tr("Places");
        break;
    case ConsistencyIssue::Kind::Person:
        what = tr("People");
        break;
    }
    const QString missing = tr("nothing");
    return tr("%1: “%2” in Vietnamese, “%3” in Chinese")
        .arg(what, issue.vietnamese.isEmpty() ? missing : issue.vietnamese,
            issue.chinese.isEmpty() ? missing : issue.chinese);
}

QVariant PairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Clause");
    case VietnameseColumn:
        return tr("Vietnamese");
    case ChineseColumn:
        return tr("Chinese");
    case ScoreColumn:
        return tr("Score");
    }
    return {};
}

bool PairModel::canFetchMore(const QModelIndex& parent) const
{
    // Not while an edit's rows go and come: a view asks when rows are removed.
    return !parent.isValid() && !m_changing && m_fetched < pairCount();
}

void PairModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_changing)
        return;
    const int more = std::min(int(ChunkSize), pairCount() - m_fetched);
    if (more <= 0)
        return;
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

void PairModel::fetchUpTo(int row)
{
    row = std::min(row, pairCount() - 1);
    if (row < m_fetched)
        return;
    beginInsertRows({}, m_fetched, row);
    m_fetched = row + 1;
    endInsertRows();
}

} // namespace concord
