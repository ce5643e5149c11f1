#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>

namespace concord {

/// What changed in a store, announced after the change is committed.
struct StoreChange
{
    enum Kind {
        Imported, ///< agreements added
        Deleted, ///< agreements removed with all that hung on them
        Reviewed, ///< commitments accepted (possibly edited) or rejected
        StatusChanged, ///< a commitment's status, or a period's, or history closed in bulk
        Noted, ///< a note added to a commitment's history
        TrackedFrom, ///< an agreement's tracked-from day
        AlignmentEdited, ///< an agreement's pairs (and, after a split, its units)
    };
    Kind kind = Imported;
    QList<qint64> agreements;
    QList<qint64> commitments;
    bool remote = false; ///< made by another program connected to the same server store (ChangeNotice)
};

/// The one change signal of the store layer: every writer announces its committed changes here, and every view
/// that shows the store listens, so a review, a status, a note, an import or a deletion reaches the board,
/// Deadlines, Parties and the agreements list at once.
class StoreEvents : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void announce(const StoreChange& change) { emit changed(change); }

signals:
    void changed(const concord::StoreChange& change);
};

} // namespace concord

Q_DECLARE_METATYPE(concord::StoreChange)
