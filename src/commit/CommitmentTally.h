#pragma once

#include "commit/TrackedCommitment.h"

#include <QDate>
#include <QMap>

namespace concord {

/// The numbers every screen, the CLI and every report show for a set of commitments on one day: how many, by
/// status, open, overdue, due within 30 and 90 days, with their status to confirm, and candidates awaiting
/// review. One tally, built from StoredCommitment's rules, so that the same store gives the same numbers
/// everywhere; what a view counts (accepted only, or candidates too) is its choice of what to add.
struct CommitmentTally
{
    static constexpr int SoonDays = 30; ///< "due soon" on the screens
    static constexpr int ReportSoonDays = 90; ///< "due within 90 days" in the reports

    explicit CommitmentTally(const QDate& asOf = {})
        : asOf(asOf)
    { }

    QDate asOf;
    int total = 0;
    QMap<CommitmentStatus, int> byStatus; ///< by StoredCommitment::currentStatus()
    int open = 0;
    int overdue = 0;
    int dueWithin30 = 0;
    int dueWithin90 = 0;
    int toConfirm = 0; ///< one-time commitments due before tracking started, status not yet set
    int candidates = 0; ///< of those counted, not yet reviewed

    /// Counts \a commitment (rejected ones are not counted).
    void add(const StoredCommitment& commitment);

    friend bool operator==(const CommitmentTally&, const CommitmentTally&) = default;
};

} // namespace concord
