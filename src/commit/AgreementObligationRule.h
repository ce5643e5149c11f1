#pragma once

#include "commit/Commitment.h"
#include "commit/PairFacts.h"
#include "commit/PartyResolver.h"
#include "model/Agreement.h"

#include <QCoreApplication>
#include <QList>

namespace concord {

/// The agreement's own obligations, wherever its text states them: renewing it (due when the notice must be given,
/// "chậm nhất ba tháng trước khi … hết hiệu lực", "期满前三个月", else at its end), the next meeting and who hosts it,
/// and its validity running out (the clause that gives its end).
class AgreementObligationRule
{
    Q_DECLARE_TR_FUNCTIONS(concord::AgreementObligationRule)

public:
    /// The renewal and next-meeting commitments in reading order, the validity's end last (when the document gives
    /// one); \a validityPair is set to the pair that states the end of validity, -1 when none does.
    static QList<CommitmentCandidate> commitments(const QList<PairFacts>& pairs, const Agreement& header,
        const PartyResolver& resolver, const Gazetteer& gazetteer, int* validityPair);
};

} // namespace concord
