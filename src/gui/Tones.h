#pragma once

#include <QColor>

namespace concord::Tones {

/// The colours the screens mark states with, one definition each (an overdue date is the same red on the board,
/// Deadlines, Parties and the agreements list).
/// Overdue, a low alignment score, a warning to act on.
inline QColor late()
{
    return QColor(178, 34, 34);
}

/// Due soon, expiring soon, text from recognition to check.
inline QColor soon()
{
    return QColor(178, 90, 0);
}

/// Expired, history: what needs nothing more.
inline QColor muted()
{
    return QColor(128, 128, 128);
}

} // namespace concord::Tones
