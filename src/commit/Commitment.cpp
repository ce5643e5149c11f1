#include "commit/Commitment.h"

namespace concord {

QString CommitmentCandidate::kindKey(CommitmentKind kind)
{
    switch (kind) {
    case CommitmentKind::Clause:
        return QStringLiteral("clause");
    case CommitmentKind::ValidityEnd:
        return QStringLiteral("validity-end");
    case CommitmentKind::Renewal:
        return QStringLiteral("renewal");
    case CommitmentKind::NextMeeting:
        return QStringLiteral("next-meeting");
    }
    return QStringLiteral("clause");
}

std::optional<CommitmentKind> CommitmentCandidate::kindFromKey(QStringView key)
{
    for (const CommitmentKind kind :
        { CommitmentKind::Clause, CommitmentKind::ValidityEnd, CommitmentKind::Renewal, CommitmentKind::NextMeeting }) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace concord
