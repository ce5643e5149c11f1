#pragma once

#include "align/AlignmentDiff.h"
#include "align/AlignmentEdits.h"
#include "align/AlignmentScorer.h"
#include "model/Result.h"
#include "store/AlignmentStore.h"
#include "store/CommitmentStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace concord {

class Clock;
class Database;
class Gazetteer;

/// One agreement open for reading and alignment editing: its stored state, the commitments drawn from each
/// pair, and edits that are applied, rescored and saved at once, each returning the edit that undoes it
/// (what the reader's undo stack keeps). An edit touches only what it changed — the pairs scored, the rows
/// written, the state kept here — so it takes the same time on a long agreement as on a short one. An edit
/// that does not apply or cannot be saved changes nothing.
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
    /// The pairs the last edit replaced (what a view of the pairs updates).
    const ListChange& lastChange() const { return m_lastChange; }

    /// Takes the features of the open agreement's units, read from \a versions on a worker
    /// (AlignmentScorer is slow on a long agreement): the first edit then scores at once. Ignored when the
    /// session has moved on (another agreement, changed units, a scorer already made).
    void adoptScorer(qint64 agreementId, const AlignedVersions& versions, AlignmentScorer scorer);

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
    std::optional<AlignmentScorer> m_scorer; ///< made by the first edit unless adopted before
    ListChange m_lastChange;
};

} // namespace concord
