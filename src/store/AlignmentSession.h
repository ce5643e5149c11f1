#pragma once

#include "align/AlignmentEdits.h"
#include "model/Result.h"
#include "store/AlignmentStore.h"
#include "store/CommitmentStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace concord {

class Clock;
class Database;
class Gazetteer;

/// One agreement open for reading and alignment editing: its stored state, the commitments drawn from each
/// pair, and edits that are applied, rescored and saved at once, each returning the edit that undoes it
/// (what the reader's undo stack keeps). An edit that does not apply or cannot be saved changes nothing.
class AlignmentSession
{
    Q_DECLARE_TR_FUNCTIONS(concord::AlignmentSession)

public:
    AlignmentSession(Database& database, const Gazetteer& gazetteer, const Clock& clock);

    Result<void> open(qint64 agreementId);
    /// Forgets the open agreement (it was deleted).
    void close();
    bool isOpen() const { return m_agreementId > 0; }
    qint64 agreementId() const { return m_agreementId; }
    const StoredAgreement& agreement() const { return m_agreement; }
    const AlignedVersions& versions() const { return m_agreement.versions; }

    /// Applies \a edit as \a who, scores the pairs it changed and saves; returns the inverse edit.
    Result<AlignmentEdit> apply(const AlignmentEdit& edit, const QString& who);

    /// The commitments drawn from pair \a pair (rejected ones left out).
    QList<StoredCommitment> commitmentsOf(int pair) const;
    const QList<StoredCommitment>& commitments() const { return m_commitments; }

private:
    Result<void> reloadCommitments();

    Database& m_database;
    const Gazetteer& m_gazetteer;
    const Clock& m_clock;
    qint64 m_agreementId = 0;
    StoredAgreement m_agreement;
    QList<StoredCommitment> m_commitments;
};

} // namespace concord
