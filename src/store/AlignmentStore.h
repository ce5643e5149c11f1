#pragma once

#include "align/AlignmentEdits.h"
#include "model/Agreement.h"
#include "model/Result.h"
#include "model/Structure.h"

#include <QCoreApplication>
#include <QDateTime>
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

/// Reads an agreement's units and alignment from the store and saves the reader's alignment edits. A save
/// is one transaction: the pairs (and, after a split or join, the units of the language concerned with their
/// search text) are rewritten, commitments keep pointing at the pair holding their clause, confirmations keep
/// who made them, and the event history gets one line; a save that fails changes nothing.
class AlignmentStore
{
    Q_DECLARE_TR_FUNCTIONS(concord::AlignmentStore)

public:
    explicit AlignmentStore(Database& database);

    Result<StoredAgreement> load(qint64 agreementId) const;
    /// The same, from a store opened only for reading (a report).
    static Result<StoredAgreement> read(const Database& database, qint64 agreementId);
    /// Replaces the stored alignment of \a agreementId (read as \a before) by \a after; pairs confirmed in
    /// \a after and not before are recorded as confirmed by \a who at \a at.
    Result<void> save(qint64 agreementId, const AlignedVersions& before, const AlignedVersions& after,
        const QString& who, const QDateTime& at);

private:
    Error error(const QString& message) const;

    Database& m_database;
};

} // namespace concord
