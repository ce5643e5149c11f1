#pragma once

#include "commit/Commitment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace concord {

/// Commitments as `concord-cli commitments --json` prints them (DESIGN.md, "Front ends"): the fields the
/// contract names (vi, zh, label, responsible, counterparty, due, due_text, recurrence, quantity) and,
/// beside them, kind, confidence, occurrences, evidence and warnings.
class CommitmentJson
{
public:
    static QJsonObject toJson(const CommitmentCandidate& commitment);
    static QJsonArray toJson(const QList<CommitmentCandidate>& commitments);
};

} // namespace concord
