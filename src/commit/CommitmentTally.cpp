#include "commit/CommitmentTally.h"

namespace concord {

void CommitmentTally::add(const StoredCommitment& c)
{
    if (c.review == Review::Rejected)
        return;
    ++total;
    ++byStatus[c.currentStatus()];
    open += c.isOpen() ? 1 : 0;
    overdue += c.isOverdue(asOf) ? 1 : 0;
    dueWithin30 += c.isDueWithin(asOf, SoonDays) ? 1 : 0;
    dueWithin90 += c.isDueWithin(asOf, ReportSoonDays) ? 1 : 0;
    toConfirm += c.needsConfirmation() ? 1 : 0;
    candidates += c.review == Review::Candidate ? 1 : 0;
}

} // namespace concord
