#pragma once

#include "store/StoreEvents.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace concord {

/// A committed StoreChange as the text of a PostgreSQL notification on the channel concord_changes, so that every
/// other program connected to the same store hears of it (LISTEN/NOTIFY) and announces it on its own StoreEvents:
/// "sender|kind|agreement,…|commitment,…". The sender is this process's token, so that a program ignores what it
/// sent itself, whichever of its connections wrote it. A change naming many rows is sent as several notices, each
/// under PostgreSQL's 8,000-byte limit.
class ChangeNotice
{
public:
    static constexpr const char* Channel = "concord_changes";

    /// The notices for \a change, sent by this process.
    static QStringList encode(const StoreChange& change);
    /// The change a notice describes, marked remote; nullopt for a notice this process sent or cannot read.
    static std::optional<StoreChange> decode(const QString& notice);
    /// This process's token (random, made once).
    static const QString& sender();
};

} // namespace concord
