#include "commit/CommitmentExtractor.h"

#include "align/Aligner.h"
#include "commit/AgreementObligationRule.h"
#include "commit/PairFacts.h"
#include "commit/PartyResolver.h"
#include "commit/ProseClauseRule.h"
#include "commit/TableRowRule.h"

#include <algorithm>

namespace concord {

namespace {

/// Puts \a more into \a result in reading order: each after the commitments of its pair and of the pairs before.
void insertInOrder(QList<CommitmentCandidate>& result, const QList<CommitmentCandidate>& more)
{
    for (const CommitmentCandidate& c : more) {
        const auto after = std::find_if(
            result.begin(), result.end(), [&c](const CommitmentCandidate& other) { return other.pair > c.pair; });
        result.insert(after, c);
    }
}

} // namespace

void CommitmentExtractor::planOccurrences(CommitmentCandidate& c, const Agreement& header)
{
    if (!c.isRecurring())
        return;
    const QDate start = header.validFrom.isValid() ? header.validFrom : header.signedOn;
    if (!start.isValid()) {
        c.warnings.append(tr("Recurring, but the agreement gives no dates: add the occurrences by hand."));
        return;
    }
    const RecurrencePlan plan = RecurrenceRules::plan(c.recurrence, c.anchor, start, header.validTo);
    c.occurrences = plan.occurrences;
    if (plan.openEnded && !plan.occurrences.isEmpty())
        c.warnings.append(tr("Recurring, but the agreement gives no end of validity: occurrences are listed "
                             "for %n year(s), until %1.",
            nullptr, RecurrenceRules::HorizonYears)
                              .arg(plan.occurrences.back().toString(Qt::ISODate)));
    if (!c.occurrences.isEmpty())
        c.due = c.occurrences.front(); // a recurring commitment is due first then
}

QList<CommitmentCandidate> CommitmentExtractor::extract(const ParsedDocument& document, const Gazetteer& gazetteer)
{
    const LanguageVersion* vi = document.version(Language::Vietnamese);
    const LanguageVersion* zh = document.version(Language::Chinese);
    return extract(document, vi && zh ? Aligner::align(*vi, *zh, gazetteer) : Alignment(), gazetteer);
}

QList<CommitmentCandidate> CommitmentExtractor::extract(
    const ParsedDocument& document, const Alignment& alignment, const Gazetteer& gazetteer)
{
    const Agreement& header = document.metadata.header;
    const PartyResolver resolver(document.metadata.parties, gazetteer);
    const QList<PairFacts> facts = PairFacts::of(document, alignment, gazetteer);

    // Each form of undertaking is a rule of its own, run in turn over the same pairs.
    QList<CommitmentCandidate> result = ProseClauseRule::commitments(facts, header, resolver, gazetteer);
    int validityPair = -1;
    QList<CommitmentCandidate> obligations
        = AgreementObligationRule::commitments(facts, header, resolver, gazetteer, &validityPair);
    std::optional<CommitmentCandidate> validity;
    if (!obligations.isEmpty() && obligations.back().kind == CommitmentKind::ValidityEnd)
        validity = obligations.takeLast();
    insertInOrder(result, obligations);
    insertInOrder(result, TableRowRule::commitments(document, alignment, gazetteer));

    // A clause commitment that only restates the validity is the validity obligation, not a commitment of its own.
    result.removeIf([&](const CommitmentCandidate& c) {
        return c.kind == CommitmentKind::Clause && header.validTo.isValid() && c.due == header.validTo
            && c.pair == validityPair && !c.isRecurring() && c.quantity.isEmpty();
    });
    if (validity)
        result.append(*validity);
    return result;
}

} // namespace concord
