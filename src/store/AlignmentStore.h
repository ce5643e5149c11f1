#pragma once

#include "align/AlignmentDiff.h"
#include "align/AlignmentEdits.h"
#include "model/Agreement.h"
#include "model/Result.h"
#include "model/Structure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace concord {

class Database;

/// An agreement as the reader shows it: its header, both versions with their alignment, when each pair was
/// confirmed and by whom, its signatories.
struct StoredAgreement
{
    Agreement header;
    AlignedVersions versions;
    QList<QString> confirmedBy; ///< per pair: who confirmed it, empty when nobody has
    QList<SignatureBlock> signatories;
};

/// What a save did that an open agreement keeps in step with.
struct SavedAlignment
{
    AlignmentDiff diff;
    QList<QString> confirmedBy; ///< who confirmed each of the new pairs (diff.pairs: first, inserted), or ""
    QHash<qint64, int> commitmentPairs; ///< commitment → its pair now (−1: none), for those on a replaced pair
    qint64 version = 0; ///< the agreement's version after the save
};

/// Reads an agreement's units and alignment from the store and saves the reader's alignment edits. A save
/// is one transaction that writes only what the edit changed (AlignmentDiff): the pairs it replaced (and,
/// after a split or join, the units it replaced with their search text), the positions of those after them,
/// the commitments of the replaced pairs pointed at the pair now holding their clause; confirmations keep who
/// made them, and the event history gets one line. A save that fails changes nothing.
class AlignmentStore
{
    Q_DECLARE_TR_FUNCTIONS(concord::AlignmentStore)

public:
    explicit AlignmentStore(Database& database);

    Result<StoredAgreement> load(qint64 agreementId) const;
    /// The same, from a store opened only for reading (a report).
    static Result<StoredAgreement> read(const Database& database, qint64 agreementId);
    /// Replaces the stored alignment of \a agreementId (read as \a before) by \a after; pairs confirmed in
    /// \a after and not before are recorded as confirmed by \a who at \a at. Raises the agreement's version
    /// (SavedAlignment::version); when \a seenVersion is given and someone changed the agreement since (another
    /// officer's edit on a server store), nothing is written and the error (code StaleCode) says who and when.
    Result<SavedAlignment> save(qint64 agreementId, const AlignedVersions& before, const AlignedVersions& after,
        const QString& who, const QDateTime& at, std::optional<qint64> seenVersion = {});

    /// The code of the error a save on an older reading of the agreement fails with.
    static constexpr const char* StaleCode = "stale";
    /// That error for \a agreementId: who made the agreement's last change and when.
    static Error stale(const Database& database, qint64 agreementId);

private:
    Error error(const QString& message) const;

    Database& m_database;
};

} // namespace concord
