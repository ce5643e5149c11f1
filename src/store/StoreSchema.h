#pragma once

#include "store/StoreAddress.h"

#include <QStringList>

namespace concord {

/// The store's tables, indexes and migrations, described once for both engines. Each step brings the schema from
/// one version to the next; each statement is written in SQLite's SQL and, for PostgreSQL, either translated by
/// fixed rules (INTEGER PRIMARY KEY → an identity column, INTEGER → BIGINT, REAL → DOUBLE PRECISION, BLOB → BYTEA,
/// the time of insertion as text) or, where the engines differ (the search index, a changed CHECK constraint,
/// functions SQLite has built in), given a variant of its own. A store of either engine at version N has the same
/// tables and columns.
class StoreSchema
{
public:
    /// The schema version this build writes.
    static constexpr int Version = 9;

    /// The statements that bring a store of \a engine from version \a to - 1 to \a to (1 ≤ to ≤ Version).
    static QStringList step(int to, StoreAddress::Engine engine);
    /// \a sql (SQLite's) as PostgreSQL reads it, by the fixed rules above.
    static QString forPostgres(const QString& sql);
};

} // namespace concord
