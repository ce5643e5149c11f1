#pragma once

#include "commit/Commitment.h"
#include "commit/PairFacts.h"
#include "commit/PartyResolver.h"
#include "model/Agreement.h"

#include <QCoreApplication>
#include <QList>

namespace concord {

/// The undertakings of prose: in each pair, every concrete clause (a party undertakes something a person can follow
/// up — a deadline, a repetition, a quantity, a named party, or an item under a lead-in that names who) paired with
/// its counterpart in the other language (the clause that shares its date, numbers and parties), the two readings
/// reconciled and their disagreements made warnings; one commitment per deadline. A numbered heading's undertaking
/// is the paragraph under it; a duty fired by an event ("khi phát hiện … trong vòng 24 giờ") has no due day.
class ProseClauseRule
{
    Q_DECLARE_TR_FUNCTIONS(concord::ProseClauseRule)

public:
    static QList<CommitmentCandidate> commitments(const QList<PairFacts>& pairs, const Agreement& header,
        const PartyResolver& resolver, const Gazetteer& gazetteer);
};

} // namespace concord
