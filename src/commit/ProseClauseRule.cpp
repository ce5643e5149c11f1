#include "commit/ProseClauseRule.h"

#include "commit/CommitmentExtractor.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace concord {

namespace {

QSet<int> quantityNumbers(const ClauseFacts& facts)
{
    QSet<int> numbers;
    for (const Quantity& q : facts.quantities) {
        for (const int n : q.numbers)
            numbers.insert(n);
    }
    return numbers;
}

/// Undertakes something a person can follow up: the shape "who + does what" in the agreed part of the document.
/// A verb of undertaking that is not background, a view or about the document itself (its originals, languages,
/// entry into force), and either a deadline, a repetition or a quantity; or an item under a lead-in or heading
/// that names who undertakes it ("Các Bên nhất trí như sau:", "Phía Việt Nam"); or a subject that is some of the
/// parties by name, or one side with a promise ("Phía Việt Nam sẽ …"); or, in an agreement, minutes or memorandum
/// (not a joint statement of two states), any party or both with a verb they take on.
bool isConcrete(const ClauseFacts& f, const PartyResolver& resolver, AgreementKind kind)
{
    if (!f.action || f.background || f.renewal || f.nextMeeting || f.aboutDocument)
        return false;
    if (!f.deadlines.isEmpty() || !f.relative.isEmpty() || f.recurrence != Recurrence::None)
        return true;
    if (f.guessedVerb)
        return f.framed; // an unknown verb needs a time to be an undertaking, not only a number or a name
    if (f.mainQuantity())
        return true;
    if (f.framed || (f.agreed && f.hasActor()))
        return true;
    // In the articles of an agreement, minutes or memorandum, "Hai bên duy trì …" is something both took on; a
    // joint statement of two states mixes such sentences with policy, and is followed up by its concrete ones.
    if (kind != AgreementKind::JointStatement && kind != AgreementKind::Letter && f.hasActor())
        return true;
    if (f.actors.isEmpty())
        return f.promise && (f.collective == Collective::Vietnamese || f.collective == Collective::Chinese);
    const QStringList named = resolver.resolve(f);
    const QStringList all = resolver.all();
    return all.isEmpty()
        ? named.size() == 1
        : !std::all_of(all.begin(), all.end(), [&named](const QString& p) { return named.contains(p); });
}

/// How many days a date phrase leaves open: 0 for a day (or "before day X"), 29 for a month, 364 for a year.
qint64 span(const DateMention& m)
{
    return m.from.isValid() && m.to.isValid() ? m.from.daysTo(m.to) : 0;
}

/// Whether \a inner's day falls in the period \a outer states (the same deadline, said less precisely).
bool within(const DateMention& inner, const DateMention& outer)
{
    return outer.from.isValid() && outer.to.isValid() && inner.anchor() >= outer.from && inner.anchor() <= outer.to
        && span(inner) < span(outer);
}

/// How well two clauses of one pair say the same thing.
double similarity(const ClauseFacts& a, qsizetype ia, qsizetype na, const ClauseFacts& b, qsizetype ib, qsizetype nb,
    const PartyResolver& resolver)
{
    double score = 1.0 - std::abs(double(ia) / double(na) - double(ib) / double(nb));
    if (!a.deadlines.isEmpty() && !b.deadlines.isEmpty()) {
        bool same = false;
        for (const ClauseDate& x : a.deadlines) {
            for (const ClauseDate& y : b.deadlines)
                same = same || x.mention.anchor() == y.mention.anchor();
        }
        score += same ? 3 : -1;
    }
    if (a.recurrence != Recurrence::None && a.recurrence == b.recurrence)
        score += 1.5;
    const QSet<int> qa = quantityNumbers(a), qb = quantityNumbers(b);
    score += 2.0 * double(QSet<int>(qa).intersect(qb).size());
    const QStringList ra = resolver.resolve(a), rb = resolver.resolve(b);
    if (!ra.isEmpty() && !rb.isEmpty()) {
        const QSet<QString> sa(ra.begin(), ra.end()), sb(rb.begin(), rb.end());
        score += sa == sb ? 2 : (sa.intersects(sb) ? 1 : -0.5);
    }
    return score;
}

} // namespace

QList<CommitmentCandidate> ProseClauseRule::commitments(
    const QList<PairFacts>& pairs, const Agreement& header, const PartyResolver& resolver, const Gazetteer& gazetteer)
{
    QList<CommitmentCandidate> result;
    for (const PairFacts& facts : pairs) {
        const PairText& pair = facts.pair;
        const QList<ClauseFacts>& viFacts = facts.vi;
        const QList<ClauseFacts>& zhFacts = facts.zh;
        // Pair each concrete clause with its counterpart in the other language. A preamble or closing
        // undertakes nothing of its own (it may still hold the agreement's obligations, read below).
        QList<std::pair<int, int>> matches; // (vi index or -1, zh index or -1)
        const auto concrete = [&pair, &resolver, &header](
                                  const ClauseFacts& f) { return pair.body && isConcrete(f, resolver, header.kind); };
        // Best pairs first, over the whole pair, so that a vague clause cannot take the counterpart of a
        // precise one that comes after it.
        struct Candidate
        {
            double score;
            int vi;
            int zh;
        };
        QList<Candidate> scored;
        for (qsizetype i = 0; i < viFacts.size(); ++i) {
            for (qsizetype j = 0; j < zhFacts.size(); ++j) {
                const double score = similarity(viFacts[i], i, viFacts.size(), zhFacts[j], j, zhFacts.size(), resolver);
                if (score > 1.5 || (viFacts.size() == 1 && zhFacts.size() == 1))
                    scored.append({ score, int(i), int(j) });
            }
        }
        std::stable_sort(
            scored.begin(), scored.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
        QHash<int, int> zhOf;
        QSet<int> usedZh;
        for (const Candidate& c : scored) {
            if (!zhOf.contains(c.vi) && !usedZh.contains(c.zh)) {
                zhOf.insert(c.vi, c.zh);
                usedZh.insert(c.zh);
            }
        }
        usedZh.clear();
        for (qsizetype i = 0; i < viFacts.size(); ++i) {
            const int best = zhOf.value(int(i), -1);
            if (concrete(viFacts[i]) || (best >= 0 && concrete(zhFacts[best]))) {
                matches.append({ int(i), best });
                if (best >= 0)
                    usedZh.insert(best);
            }
        }
        for (qsizetype j = 0; j < zhFacts.size(); ++j) {
            if (!usedZh.contains(int(j)) && concrete(zhFacts[j]))
                matches.append({ -1, int(j) });
        }

        for (const auto& [i, j] : matches) {
            const ClauseFacts empty;
            const ClauseFacts& v = i >= 0 ? viFacts[i] : empty;
            const ClauseFacts& z = j >= 0 ? zhFacts[j] : empty;
            const ClauseFacts& primary = i >= 0 ? v : z;
            const ClauseFacts& secondary = i >= 0 ? z : v;
            const bool both = i >= 0 && j >= 0;

            CommitmentCandidate base;
            base.pair = pair.index;
            base.label = pair.label;
            base.labelZh = pair.labelZh;
            base.vi = v.text;
            base.zh = z.text;
            const QStringList rv = resolver.resolve(v), rz = resolver.resolve(z);
            base.responsible = !rv.isEmpty() ? rv : rz;
            const bool named = !base.responsible.isEmpty();
            if (!named)
                base.responsible = resolver.all();
            base.actorEvidence = { v.actorPhrase, z.actorPhrase };
            base.action = { v.actionPhrase, z.actionPhrase };
            if (!rv.isEmpty() && !rz.isEmpty()
                && QSet<QString>(rv.begin(), rv.end()) != QSet<QString>(rz.begin(), rz.end()))
                base.warnings.append(
                    tr("The Vietnamese text names %1 as responsible, the Chinese text %2.")
                        .arg(PartyResolver::names(rv, gazetteer), PartyResolver::names(rz, gazetteer)));
            base.counterparty = resolver.counterparties(primary, base.responsible);
            for (const ClauseFacts* f : { &v, &z }) {
                for (const RelativeDate& r : f->relative) {
                    if (RelativeDate::eventDay(r.event, header).isValid())
                        continue;
                    switch (r.event) {
                    case RelativeDate::Signing:
                        base.warnings.append(
                            tr("The deadline \u201c%1\u201d counts from the signing, which the document "
                               "does not date: set it by hand.")
                                .arg(r.phrase));
                        break;
                    case RelativeDate::Expiry:
                        base.warnings.append(
                            tr("The deadline \u201c%1\u201d counts from the end of validity, which the "
                               "document does not give: set it by hand.")
                                .arg(r.phrase));
                        break;
                    case RelativeDate::EntryIntoForce:
                        base.warnings.append(
                            tr("The deadline \u201c%1\u201d counts from the entry into force, which the "
                               "document does not date: set it by hand.")
                                .arg(r.phrase));
                        break;
                    }
                }
            }

            const Quantity* q = primary.mainQuantity();
            const Quantity* q2 = secondary.mainQuantity();
            if (q || q2) {
                base.quantity = q ? q->text : q2->text;
                base.quantityEvidence = { v.mainQuantity() ? v.mainQuantity()->text : QString(),
                    z.mainQuantity() ? z.mainQuantity()->text : QString() };
                const QSet<int> a = quantityNumbers(v), b = quantityNumbers(z);
                if (both && !a.isEmpty() && !b.isEmpty() && q && q2) {
                    for (const int n : q->numbers) {
                        if (!(i >= 0 ? b : a).contains(n)) {
                            base.warnings.append(tr("The quantity differs: %1 in one language, %2 in the other.")
                                                     .arg(q->text, q2->text));
                            break;
                        }
                    }
                }
            }
            base.recurrence = v.recurrence != Recurrence::None ? v.recurrence : z.recurrence;
            // The anchor of the more precise language: a day beats a month.
            const ClauseFacts& anchored = !z.anchor.isEmpty()
                    && (v.anchor.isEmpty()
                        || (z.anchor.day > 0 && v.anchor.day == 0 && z.anchor.month == v.anchor.month))
                ? z
                : v;
            base.anchor = anchored.anchor;
            const ClauseFacts& unanchored = &anchored == &v ? z : v;
            if (both && !unanchored.anchor.isEmpty() && unanchored.anchor.month != anchored.anchor.month)
                base.warnings.append(tr("The month differs: %1 in one language, %2 in the other.")
                                         .arg(v.anchor.month)
                                         .arg(z.anchor.month));
            if (base.isRecurring()) {
                base.recurrenceEvidence = { v.recurrencePhrase, z.recurrencePhrase };
                if (both && v.recurrence != z.recurrence) {
                    if (v.recurrence == Recurrence::None || z.recurrence == Recurrence::None)
                        base.warnings.append(
                            tr("Only the %1 text says this repeats (%2).")
                                .arg(v.recurrence != Recurrence::None ? tr("Vietnamese") : tr("Chinese"),
                                    v.recurrence != Recurrence::None ? v.recurrencePhrase : z.recurrencePhrase));
                    else
                        base.warnings.append(tr("The repetition differs: %1 in one language, %2 in the other.")
                                                 .arg(v.recurrencePhrase, z.recurrencePhrase));
                }
            }

            // One commitment per deadline of the clause that states them.
            const QList<ClauseDate>& dates = !primary.deadlines.isEmpty() ? primary.deadlines : secondary.deadlines;
            const QList<ClauseDate>& otherDates
                = !primary.deadlines.isEmpty() ? secondary.deadlines : primary.deadlines;
            const bool primaryIsVi = !primary.deadlines.isEmpty() ? i >= 0 : i < 0;
            QList<CommitmentCandidate> made;
            if (dates.isEmpty()) {
                made.append(base);
            }
            for (const ClauseDate& date : dates) {
                CommitmentCandidate c = base;
                c.due = date.mention.anchor();
                c.dueText = date.phrase;
                QString other;
                bool yearGiven = !date.mention.yearAssumed;
                for (const ClauseDate& o : otherDates) {
                    if (o.mention.anchor() == c.due) {
                        other = o.phrase;
                        yearGiven = yearGiven || !o.mention.yearAssumed;
                    } else if (other.isEmpty()
                        && (within(o.mention, date.mention) || within(date.mention, o.mention))) {
                        // One language is more precise (a day in Chinese, its month in Vietnamese): keep the day.
                        other = o.phrase;
                        if (span(o.mention) < span(date.mention)) {
                            c.due = o.mention.anchor();
                            c.dueText = o.phrase;
                        }
                    }
                }
                c.dueEvidence = primaryIsVi ? Evidence { date.phrase, other } : Evidence { other, date.phrase };
                // "trước ngày 15 tháng 7" with no year in either language: read in the document's year, and said so.
                if (!yearGiven)
                    c.warnings.append(
                        tr("“%1” gives no year: read as %2.").arg(date.phrase, c.due.toString(Qt::ISODate)));
                if (other.isEmpty() && !otherDates.isEmpty() && dates.size() == 1) {
                    c.warnings.append(tr("The deadline differs: %1 in one language, %2 in the other.")
                                          .arg(date.phrase, otherDates.front().phrase));
                }
                made.append(c);
            }
            for (CommitmentCandidate& c : made) {
                CommitmentExtractor::planOccurrences(c, header);
                double confidence = 0.35 + (c.due.isValid() ? 0.2 : 0) + (c.isRecurring() ? 0.15 : 0)
                    + (c.quantity.isEmpty() ? 0 : 0.1) + (named ? 0.1 : 0) + (both ? 0.1 : 0)
                    - 0.15 * double(c.warnings.size());
                c.confidence = std::clamp(confidence, 0.05, 0.95);
                result.append(c);
            }
        }
    }
    return result;
}

} // namespace concord
