#pragma once

#include "model/Result.h"
#include "model/Structure.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace concord {

class Database;

/// One hit of a search: the unit, where it is, and the aligned pair it belongs to in both languages.
struct SearchHit
{
    qint64 agreementId = 0;
    QString agreementTitle;
    qint64 unitId = 0;
    Language language = Language::Vietnamese;
    QString label;
    QString text; ///< the unit's text
    QList<std::pair<qsizetype, qsizetype>> highlights; ///< (start, length) of each hit in text
    QStringList vietnamese; ///< the Vietnamese side of the unit's aligned pair
    QStringList chinese; ///< the Chinese side
};

/// Full-text search over the units of every stored agreement, through the FTS5 index of their folded text
/// (see SearchText): any case, with or without Vietnamese diacritics, Traditional or Simplified, any run of
/// Chinese characters.
class UnitSearch
{
    Q_DECLARE_TR_FUNCTIONS(concord::UnitSearch)

public:
    explicit UnitSearch(const Database& database);

    /// The most recently imported units containing \a query, at most \a limit, in reading order (agreement,
    /// language, position). An empty or punctuation-only query finds nothing.
    Result<QList<SearchHit>> search(const QString& query, int limit = 50) const;

private:
    const Database& m_database;
};

} // namespace concord
