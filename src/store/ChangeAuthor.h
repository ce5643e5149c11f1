#pragma once

#include <QString>

namespace concord {

class Database;

/// Who made the last change a history table records for one row, and when (in the user's time zone, as
/// DateText::moment writes it): what a refusal of a stale change names. Empty when the history says nothing.
struct ChangeAuthor
{
    QString who;
    QString when;

    bool isKnown() const { return !who.isEmpty() && !when.isEmpty(); }
    /// The last line of \a history (commitment_event or event) whose \a key column is \a id.
    static ChangeAuthor last(const Database& database, const QString& history, const QString& key, qint64 id);
};

} // namespace concord
