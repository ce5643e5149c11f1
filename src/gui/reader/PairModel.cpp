#include "gui/reader/PairModel.h"

#include "store/SearchText.h"

#include <QFont>
#include <QPoint>

namespace concord {

PairModel::PairModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PairModel::setVersions(const AlignedVersions* versions)
{
    beginResetModel();
    m_versions = versions;
    m_checks.clear();
    m_fetched = std::min(pairCount(), int(ChunkSize));
    findHits();
    endResetModel();
}

void PairModel::versionsChanged()
{
    beginResetModel();
    m_checks.clear();
    m_fetched = std::min(pairCount(), std::max(m_fetched, int(ChunkSize)));
    findHits();
    endResetModel();
}

void PairModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    findHits();
    if (m_fetched > 0)
        emit dataChanged(index(0, 0), index(m_fetched - 1, ColumnCount - 1));
}

void PairModel::findHits()
{
    m_hitRows.clear();
    m_hitCount = 0;
    if (m_query.trimmed().isEmpty())
        return;
    for (int row = 0; row < pairCount(); ++row) {
        const qsizetype hits = SearchText::highlights(sideText(row, Language::Vietnamese), m_query).size()
            + SearchText::highlights(sideText(row, Language::Chinese), m_query).size();
        if (hits > 0) {
            m_hitRows.append(row);
            m_hitCount += int(hits);
        }
    }
}

int PairModel::pairCount() const
{
    return m_versions ? int(m_versions->alignment.pairs.size()) : 0;
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

QString PairModel::labelOf(int row) const
{
    const AlignedPair& pair = m_versions->alignment.pairs[row];
    QString vi, zh;
    const auto labelOf = [](const LanguageVersion& version, const QList<int>& units) {
        if (units.isEmpty() || units.first() < 0 || units.first() >= version.units.size())
            return QString();
        const Unit& unit = version.units.at(units.first());
        return unit.label ? unit.label->text : QString();
    };
    vi = labelOf(m_versions->vi, pair.vi);
    zh = labelOf(m_versions->zh, pair.zh);
    if (vi.isEmpty() || zh.isEmpty() || vi == zh)
        return vi.isEmpty() ? zh : vi;
    return vi + QLatin1Char('\n') + zh;
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
    const AlignedPair& pair = m_versions->alignment.pairs[index.row()];
    // A document in one language has nothing to check its units against.
    const bool bilingual = !m_versions->vi.units.isEmpty() && !m_versions->zh.units.isEmpty();
    const bool low = bilingual && !pair.confirmed && pair.score < LowScore;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case LabelColumn:
            return labelOf(index.row());
        case VietnameseColumn:
            return sideText(index.row(), Language::Vietnamese);
        case ChineseColumn:
            return sideText(index.row(), Language::Chinese);
        case ScoreColumn: {
            const QString score
                = pair.confirmed ? tr("✓ %1").arg(pair.score, 0, 'f', 2) : QString::number(pair.score, 'f', 2);
            return checks(index.row()).isEmpty() ? score : QStringLiteral("⚠\u00A0") + score; // kept on one line
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ScoreColumn || index.column() == LabelColumn) {
            QStringList lines;
            if (pair.confirmed)
                lines.append(tr("Confirmed by a person"));
            else
                lines.append(
                    low ? tr("Low score: check that these two texts say the same thing") : tr("Aligned automatically"));
            const QList<ConsistencyIssue>& issues = checks(index.row());
            if (!issues.isEmpty()) {
                lines.append(tr("The two versions differ:"));
                for (const ConsistencyIssue& issue : issues)
                    lines.append(QStringLiteral("⚠ ") + describe(issue));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case ChecksRole:
        return int(checks(index.row()).size());
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignTop)
                                             : QVariant(Qt::AlignLeft | Qt::AlignTop);
    case HighlightsRole: {
        QVariantList ranges;
        if (m_query.trimmed().isEmpty())
            return ranges;
        QString text;
        if (index.column() == VietnameseColumn)
            text = sideText(index.row(), Language::Vietnamese);
        else if (index.column() == ChineseColumn)
            text = sideText(index.row(), Language::Chinese);
        for (const auto& [start, length] : SearchText::highlights(text, m_query))
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
    return !parent.isValid() && m_fetched < pairCount();
}

void PairModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid())
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
