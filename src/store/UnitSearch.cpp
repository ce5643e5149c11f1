#include "store/UnitSearch.h"

#include "store/Database.h"
#include "store/SearchIndex.h"
#include "store/SearchText.h"
#include "store/StoreProblem.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace concord {

UnitSearch::UnitSearch(const Database& database)
    : m_database(database)
{ }

Result<QList<SearchHit>> UnitSearch::search(const QString& input, int limit) const
{
    const QString match = SearchIndex::matchValue(m_database.engine(), input);
    QList<SearchHit> hits;
    if (match.isEmpty() || limit <= 0)
        return hits;
    const QSqlDatabase db = m_database.connection();
    // Newest units first: FTS5 walks its index by rowid and stops at the limit, so a query that matches half
    // the store costs no more than a rare one (ORDER BY rank would score every match first).
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT unit.id, unit.agreement_id, unit.language, unit.label, unit.text, agreement.title_vi, "
                       "agreement.title_zh, unit.position FROM (SELECT rowid FROM unit_search WHERE %1 "
                       "ORDER BY rowid DESC LIMIT ?) AS found JOIN unit ON unit.id = found.rowid "
                       "JOIN agreement ON agreement.id = unit.agreement_id")
            .arg(SearchIndex::matchCondition(m_database.engine())));
    query.addBindValue(match);
    query.addBindValue(limit);
    if (!query.exec())
        return Error { m_database.path(), 0, -1,
            tr("The search failed: %1").arg(StoreProblem::describe(query.lastError())) };
    struct Row
    {
        SearchHit hit;
        int position;
    };
    QList<Row> rows;
    while (query.next()) {
        SearchHit hit;
        hit.unitId = query.value(0).toLongLong();
        hit.agreementId = query.value(1).toLongLong();
        hit.language = query.value(2).toString() == QLatin1String("zh") ? Language::Chinese : Language::Vietnamese;
        hit.label = query.value(3).toString();
        hit.text = query.value(4).toString();
        hit.agreementTitle
            = query.value(5).toString().isEmpty() ? query.value(6).toString() : query.value(5).toString();
        hit.highlights = SearchText::highlights(hit.text, input);
        rows.append({ hit, query.value(7).toInt() });
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.hit.agreementId != b.hit.agreementId)
            return a.hit.agreementId > b.hit.agreementId;
        if (a.hit.language != b.hit.language)
            return a.hit.language < b.hit.language;
        return a.position < b.position;
    });

    QSqlQuery pair(db);
    pair.setForwardOnly(true);
    pair.prepare(QStringLiteral(
        "SELECT unit.language, unit.text FROM alignment_member AS mine "
        "JOIN alignment_member AS member ON member.pair_id = mine.pair_id "
        "JOIN unit ON unit.id = member.unit_id WHERE mine.unit_id = ? ORDER BY unit.language, unit.position"));
    for (Row& row : rows) {
        SearchHit& hit = row.hit;
        pair.bindValue(0, hit.unitId);
        if (pair.exec()) {
            while (pair.next()) {
                (pair.value(0).toString() == QLatin1String("zh") ? hit.chinese : hit.vietnamese)
                    .append(pair.value(1).toString());
            }
        }
        if (hit.vietnamese.isEmpty() && hit.chinese.isEmpty())
            (hit.language == Language::Chinese ? hit.chinese : hit.vietnamese).append(hit.text);
        hits.append(std::move(hit));
    }
    return hits;
}

} // namespace concord
