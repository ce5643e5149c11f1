#pragma once

#include "align/Alignment.h"
#include "commit/Commitment.h"
#include "import/DocumentParser.h"

#include <QCoreApplication>
#include <QList>

namespace concord {

class Gazetteer;

/// Finds the commitments of one document in its aligned pairs (DESIGN.md, "Commitments"): each pair's
/// clauses are read in each language (ClauseReader), a clause that undertakes something concrete — a
/// deadline, a yearly repetition, a quantity or a named party — is a candidate, its counterpart in the
/// other language is the clause of the same pair that shares its date, numbers and parties, and the two
/// readings are reconciled: where they disagree the candidate carries a warning. The agreement's own
/// obligations (its validity ending, renewal, the next meeting's host) are candidates too.
///
/// Which parties "các Bên"/"各方" are comes from the document's parties; yearly commitments get one
/// occurrence per calendar year of the agreement's validity.
class CommitmentExtractor
{
    Q_DECLARE_TR_FUNCTIONS(concord::CommitmentExtractor)

public:
    /// \a alignment pairs the document's two versions; for a document in one language pass an empty one.
    static QList<CommitmentCandidate> extract(
        const ParsedDocument& document, const Alignment& alignment, const Gazetteer& gazetteer);
    /// Aligns the document first when it has both languages.
    static QList<CommitmentCandidate> extract(const ParsedDocument& document, const Gazetteer& gazetteer);

    /// Gives a recurring candidate one occurrence per period of the agreement's validity (from \a header's start or
    /// signing) and its first as its due day; warns when the agreement gives no dates or no end. One rule for every
    /// form of undertaking (prose clauses, table rows).
    static void planOccurrences(CommitmentCandidate& candidate, const Agreement& header);
};

} // namespace concord
