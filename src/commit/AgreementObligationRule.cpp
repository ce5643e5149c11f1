#include "commit/AgreementObligationRule.h"

#include <algorithm>

namespace concord {

QList<CommitmentCandidate> AgreementObligationRule::commitments(const QList<PairFacts>& pairs, const Agreement& header,
    const PartyResolver& resolver, const Gazetteer& gazetteer, int* validityPair)
{
    QList<CommitmentCandidate> result;
    bool renewalFound = false;
    CommitmentCandidate validity;
    validity.kind = CommitmentKind::ValidityEnd;
    for (const PairFacts& facts : pairs) {
        const PairText& pair = facts.pair;
        const QList<ClauseFacts>& viFacts = facts.vi;
        const QList<ClauseFacts>& zhFacts = facts.zh;
        // The agreement's own obligations.
        for (qsizetype k = 0; k < std::max(viFacts.size(), zhFacts.size()); ++k) {
            const ClauseFacts* v = k < viFacts.size() ? &viFacts[k] : nullptr;
            const ClauseFacts* z = k < zhFacts.size() ? &zhFacts[k] : nullptr;
            for (const ClauseFacts* f : { v, z }) {
                if (!f)
                    continue;
                const bool isVi = f->language == Language::Vietnamese;
                if (f->renewal && !renewalFound) {
                    renewalFound = true;
                    CommitmentCandidate c;
                    c.kind = CommitmentKind::Renewal;
                    c.pair = pair.index;
                    c.label = pair.label;
                    c.labelZh = pair.labelZh;
                    (isVi ? c.vi : c.zh) = f->text;
                    for (const ClauseFacts& other : isVi ? zhFacts : viFacts) {
                        if (other.renewal)
                            (isVi ? c.zh : c.vi) = other.text;
                    }
                    c.responsible = resolver.all();
                    c.due = header.validTo;
                    // "Chậm nhất ba tháng trước khi Thỏa thuận hết hiệu lực", "期满前三个月": the notice is due then.
                    for (const ClauseFacts* g : { v, z }) {
                        if (g && g->renewal && !g->relative.isEmpty() && header.validTo.isValid()) {
                            const RelativeDate& r = g->relative.front();
                            const QDate day = r.resolve(header);
                            if (day.isValid() && (c.dueText.isEmpty() || day < c.due)) {
                                c.due = day;
                                c.dueText = r.phrase;
                            }
                            (g->language == Language::Vietnamese ? c.dueEvidence.vi : c.dueEvidence.zh) = r.phrase;
                        }
                    }
                    c.confidence = header.validTo.isValid() ? 0.7 : 0.4;
                    if (!header.validTo.isValid())
                        c.warnings.append(tr("The agreement gives no end of validity to renew by."));
                    result.append(c);
                }
                if (f->nextMeeting) {
                    const bool duplicate = std::any_of(result.begin(), result.end(), [&](const CommitmentCandidate& c) {
                        return c.kind == CommitmentKind::NextMeeting && c.pair == pair.index;
                    });
                    if (duplicate) {
                        for (CommitmentCandidate& c : result) {
                            if (c.kind == CommitmentKind::NextMeeting && c.pair == pair.index) {
                                (isVi ? c.vi : c.zh) = f->text;
                                (isVi ? c.actorEvidence.vi : c.actorEvidence.zh) = f->actorPhrase;
                                const QStringList other = resolver.resolve(*f);
                                if (!other.isEmpty() && other != c.responsible)
                                    c.warnings.append(tr("The two texts name different hosts: %1 and %2.")
                                                          .arg(PartyResolver::names(c.responsible, gazetteer),
                                                              PartyResolver::names(other, gazetteer)));
                            }
                        }
                        continue;
                    }
                    CommitmentCandidate c;
                    c.kind = CommitmentKind::NextMeeting;
                    c.pair = pair.index;
                    c.label = pair.label;
                    c.labelZh = pair.labelZh;
                    (isVi ? c.vi : c.zh) = f->text;
                    c.responsible = resolver.resolve(*f);
                    (isVi ? c.actorEvidence.vi : c.actorEvidence.zh) = f->actorPhrase;
                    c.due = QDate(f->meetingYear, f->meetingEarlySpring ? 3 : 12, 31);
                    c.dueText = QString::number(f->meetingYear);
                    c.confidence = c.responsible.isEmpty() ? 0.4 : 0.75;
                    result.append(c);
                }
                // The clause that states the end of validity.
                for (const ClauseDate& d : f->deadlines) {
                    if (header.validTo.isValid() && d.mention.anchor() == header.validTo && validity.pair < 0) {
                        validity.pair = pair.index;
                        validity.label = pair.label;
                        validity.labelZh = pair.labelZh;
                    }
                    if (header.validTo.isValid() && d.mention.anchor() == header.validTo
                        && validity.pair == pair.index) {
                        (isVi ? validity.vi : validity.zh) = f->text;
                        (isVi ? validity.dueEvidence.vi : validity.dueEvidence.zh) = d.phrase;
                    }
                }
            }
        }
    }
    *validityPair = validity.pair;
    if (header.validTo.isValid()) {
        validity.responsible = resolver.all();
        validity.due = header.validTo;
        validity.dueText = !validity.dueEvidence.vi.isEmpty() ? validity.dueEvidence.vi : validity.dueEvidence.zh;
        validity.confidence = 0.9;
        result.append(validity);
    }
    return result;
}

} // namespace concord
