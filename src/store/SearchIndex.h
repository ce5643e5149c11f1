#pragma once

#include "store/StoreAddress.h"

#include <QString>
#include <QStringView>

namespace concord {

class SqlWriter;

/// The unit search index of either engine: what is stored for a unit, how a unit leaves the index, and how a
/// query of SearchText finds units. SQLite keeps the folded text (SearchText::indexed) in a contentless FTS5 table
/// with the ascii tokenizer; PostgreSQL keeps the same tokens, one space between each and around them all, under a
/// trigram index, and looks for the query's tokens in that form with LIKE: the same phrase, found at token
/// boundaries, as FTS5 finds it. Both give the same units for every query.
class SearchIndex
{
public:
    /// Indexes unit \a unitId, whose text's SearchText::indexed() form is \a indexed.
    static void add(SqlWriter& writer, qint64 unitId, const QString& indexed);
    /// Takes unit \a unitId, whose text is \a text, out of the index (FTS5 needs the text it indexed).
    static void remove(SqlWriter& writer, qint64 unitId, const QString& text);
    /// The condition on unit_search that selects the units matching a bound value (matchValue()).
    static QString matchCondition(StoreAddress::Engine engine);
    /// The value bound to matchCondition() for \a input as a person typed it; empty when nothing is looked for.
    static QString matchValue(StoreAddress::Engine engine, QStringView input);
    /// \a indexed as FTS5's ascii tokenizer splits it (ASCII letters and digits, and every other character above
    /// ASCII, make tokens; the rest separates them), as " token token … ": what PostgreSQL stores.
    static QString tokens(QStringView indexed);
};

} // namespace concord
