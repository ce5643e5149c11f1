#include "commit/PairFacts.h"

#include "import/Gazetteer.h"

namespace concord {

QList<PairFacts> PairFacts::of(const ParsedDocument& document, const Alignment& alignment, const Gazetteer& gazetteer)
{
    const Agreement& header = document.metadata.header;
    const int referenceYear = header.signedOn.isValid() ? header.signedOn.year()
        : header.validFrom.isValid()                    ? header.validFrom.year()
                                                        : 0;
    QList<PairFacts> result;
    for (const PairText& pair : PairText::of(document, alignment)) {
        PairFacts facts { pair, {}, {} };
        QList<ClauseFacts>& viFacts = facts.vi;
        QList<ClauseFacts>& zhFacts = facts.zh;
        for (const Clause& clause : ClauseReader::clauses(pair.vi, Language::Vietnamese))
            viFacts.append(ClauseReader::read(clause, Language::Vietnamese, gazetteer, referenceYear));
        for (const Clause& clause : ClauseReader::clauses(pair.zh, Language::Chinese))
            zhFacts.append(ClauseReader::read(clause, Language::Chinese, gazetteer, referenceYear));
        // A date on or before the signing is history, not a deadline. A deadline counted from the signing or the
        // end of validity becomes a day when the document dates that event (else the candidate says so).
        for (QList<ClauseFacts>* list : { &viFacts, &zhFacts }) {
            for (ClauseFacts& f : *list) {
                for (const RelativeDate& r : f.relative) {
                    const QDate day = r.resolve(header);
                    if (!day.isValid())
                        continue;
                    DateMention mention;
                    mention.kind = DateKind::Deadline;
                    mention.from = mention.to = day;
                    f.deadlines.append({ mention, r.phrase });
                }
                f.deadlines.removeIf([&header](const ClauseDate& d) {
                    return header.signedOn.isValid() && d.mention.anchor() <= header.signedOn;
                });
            }
        }
        result.append(std::move(facts));
    }
    return result;
}

} // namespace concord
