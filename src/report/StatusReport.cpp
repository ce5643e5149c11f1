#include "report/StatusReport.h"

#include "import/Gazetteer.h"
#include "store/AlignmentStore.h"
#include "store/CommitmentStore.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace concord {

int PartyTotals::total() const
{
    int sum = 0;
    for (const int count : byStatus)
        sum += count;
    return sum;
}

int StatusReport::commitmentCount() const
{
    int sum = 0;
    for (const int count : totals)
        sum += count;
    return sum;
}

QString StatusReport::title(const QString& vi, const QString& zh, LabelLanguage language)
{
    if (language == LabelLanguage::Chinese && !zh.isEmpty())
        return zh;
    return vi.isEmpty() ? zh : vi;
}

QString StatusReport::name(const QString& vi, const QString& zh, LabelLanguage language)
{
    if (vi.isEmpty() || zh.isEmpty())
        return vi.isEmpty() ? zh : vi;
    switch (language) {
    case LabelLanguage::Chinese:
        return zh;
    case LabelLanguage::Bilingual:
        return vi == zh ? vi : vi + QStringLiteral(" / ") + zh;
    case LabelLanguage::Vietnamese:
        break;
    }
    return vi;
}

QString StatusReport::describeScope(const ReportLabels& labels) const
{
    using L = ReportLabels::Label;
    const auto named
        = [&labels](const QString& vi, const QString& zh) { return StatusReport::name(vi, zh, labels.language()); };
    QStringList parts;
    if (!scope.party.isEmpty())
        parts.append(labels.text(L::Party) + QStringLiteral(": ")
            + named(scopePartyVi.isEmpty() ? scope.party : scopePartyVi, scopePartyZh));
    if (scope.agreementId > 0) {
        const QString title = named(scopeAgreementVi, scopeAgreementZh);
        parts.append(labels.text(L::Agreement) + QStringLiteral(": ")
            + (title.isEmpty() ? QString::number(scope.agreementId) : title));
    }
    if (scope.from.isValid() || scope.to.isValid())
        parts.append(labels.text(L::Period) + QStringLiteral(": ") + labels.date(scope.from) + QStringLiteral(" – ")
            + labels.date(scope.to));
    if (scope.overdueOnly)
        parts.append(labels.text(L::Overdue));
    return parts.isEmpty() ? labels.text(L::AllCommitments) : parts.join(QStringLiteral("; "));
}

Result<StatusReport> StatusReport::build(const Database& database, const Gazetteer& gazetteer, const ReportScope& scope)
{
    StatusReport report;
    report.scope = scope;
    report.tally = CommitmentTally(scope.asOf);
    CommitmentFilter filter;
    filter.party = scope.party;
    filter.agreementId = scope.agreementId;
    filter.dueFrom = scope.from;
    filter.dueTo = scope.to;
    const auto found = CommitmentStore(database, gazetteer).list(filter);
    if (!found)
        return found.error();

    const PartyDirectory directory(database, gazetteer);
    QHash<QString, PartyRecord> parties;
    const auto allParties = directory.parties();
    if (!allParties)
        return allParties.error();
    QHash<qint64, QString> keyById;
    for (const PartyRecord& party : allParties.value()) {
        parties.insert(party.key, party);
        keyById.insert(party.id, party.key);
    }
    if (!scope.party.isEmpty()) {
        const auto party = directory.find(scope.party);
        if (!party)
            return party.error();
        if (party.value()) {
            report.scopePartyVi = party.value()->nameVi;
            report.scopePartyZh = party.value()->nameZh;
        }
    }
    QHash<qint64, qsizetype> sectionOf;
    const auto stored = database.agreements();
    if (!stored)
        return stored.error();
    const QList<Agreement>& agreements = stored.value(); // newest signing first
    QHash<qint64, const Agreement*> agreementById;
    for (const Agreement& a : agreements)
        agreementById.insert(a.id, &a);
    if (const Agreement* a = agreementById.value(scope.agreementId)) {
        report.scopeAgreementVi = a->titleVi;
        report.scopeAgreementZh = a->titleZh;
    }
    QHash<QString, qsizetype> partyIndex;

    for (const StoredCommitment& s : found.value()) {
        const bool overdue = s.isOverdue(scope.asOf);
        if (scope.overdueOnly && !overdue)
            continue;
        ReportRow row;
        row.commitmentId = s.id;
        row.agreementId = s.agreementId;
        row.agreementTitleVi = s.agreementTitle == s.agreementTitleZh ? QString() : s.agreementTitle;
        row.agreementTitleZh = s.agreementTitleZh;
        row.label = s.found.label;
        row.labelZh = s.found.labelZh;
        for (const QString& key : s.found.responsible) {
            const PartyRecord party = parties.value(key);
            row.responsibleVi.append(party.nameVi.isEmpty() ? key : party.nameVi);
            row.responsibleZh.append(party.nameZh.isEmpty() ? row.responsibleVi.back() : party.nameZh);
        }
        row.textVi = s.found.vi;
        row.textZh = s.found.zh;
        if (row.textVi.isEmpty() && row.textZh.isEmpty()) {
            // An obligation of the agreement itself (its validity ends, renewal, the next meeting) has no clause
            // text: the report says what it is rather than show an empty row.
            const auto label = s.found.kind == CommitmentKind::ValidityEnd ? ReportLabels::Label::ValidityEnds
                : s.found.kind == CommitmentKind::Renewal                  ? ReportLabels::Label::Renewal
                : s.found.kind == CommitmentKind::NextMeeting              ? ReportLabels::Label::NextMeeting
                                                                           : ReportLabels::Label::None;
            row.textVi = label == ReportLabels::Label::None ? s.found.dueText : ReportLabels::vietnamese(label);
            row.textZh = label == ReportLabels::Label::None ? s.found.dueText : ReportLabels::chinese(label);
        }
        row.due = s.nextDue();
        row.recurrence = s.found.recurrence;
        if (!s.occurrences.isEmpty())
            row.lastOccurrence = s.occurrences.back().due;
        row.status = s.currentStatus();
        row.reviewed = s.review == Review::Accepted;
        row.overdue = overdue;
        row.toConfirm = s.needsConfirmation();
        row.latestNote = s.lastNote;

        if (s.review == Review::Candidate && !scope.includeCandidates) {
            report.awaitingReview.append(row);
            continue;
        }
        report.tally.add(s);
        if (row.overdue)
            report.overdue.append(row);
        else if (s.isDueWithin(scope.asOf, DueSoonDays))
            report.dueSoon.append(row);
        // Each responsible party counts it, and so does every party it was merged into (as on the Parties
        // screen): once per party, however many of its predecessors share the commitment.
        QSet<QString> counted;
        for (const QString& responsible : s.found.responsible) {
            for (QString key = responsible; !key.isEmpty() && !counted.contains(key);
                 key = keyById.value(parties.value(key).mergedInto)) {
                counted.insert(key);
                if (!partyIndex.contains(key)) {
                    const PartyRecord party = parties.value(key);
                    partyIndex.insert(key, report.byParty.size());
                    report.byParty.append({ key, party.nameVi.isEmpty() ? key : party.nameVi, party.nameZh, {}, 0 });
                }
                PartyTotals& totals = report.byParty[partyIndex.value(key)];
                totals.byStatus[row.status] += 1;
                totals.overdue += row.overdue ? 1 : 0;
            }
        }
        if (!sectionOf.contains(s.agreementId)) {
            AgreementSection section;
            section.id = s.agreementId;
            if (const Agreement* a = agreementById.value(s.agreementId)) {
                section.titleVi = a->titleVi;
                section.titleZh = a->titleZh;
                section.signedOn = a->signedOn;
            }
            sectionOf.insert(s.agreementId, report.agreements.size());
            report.agreements.append(section);
        }
        report.agreements[sectionOf.value(s.agreementId)].rows.append(row);
    }

    report.totals = report.tally.byStatus;
    report.overdueCount = report.tally.overdue;
    std::sort(report.byParty.begin(), report.byParty.end(),
        [](const PartyTotals& a, const PartyTotals& b) { return a.nameVi.localeAwareCompare(b.nameVi) < 0; });
    const auto byDue = [](const ReportRow& a, const ReportRow& b) { return a.due < b.due; };
    std::stable_sort(report.overdue.begin(), report.overdue.end(), byDue);
    std::stable_sort(report.dueSoon.begin(), report.dueSoon.end(), byDue);
    // Agreements newest signing first, as the store lists them; rows in clause order.
    std::stable_sort(report.agreements.begin(), report.agreements.end(),
        [&agreements](const AgreementSection& a, const AgreementSection& b) {
            const auto at = [&agreements](qint64 id) {
                return std::find_if(agreements.begin(), agreements.end(), [id](const Agreement& x) {
                    return x.id == id;
                }) - agreements.begin();
            };
            return at(a.id) < at(b.id);
        });
    for (AgreementSection& section : report.agreements) {
        std::stable_sort(section.rows.begin(), section.rows.end(),
            [](const ReportRow& a, const ReportRow& b) { return a.commitmentId < b.commitmentId; });
        // Where the two versions differ: what a superior signing off on the report must know.
        const auto stored = AlignmentStore::read(database, section.id);
        if (!stored)
            return stored.error();
        const AlignedVersions& v = stored->versions;
        for (const AlignedPair& pair : v.alignment.pairs) {
            if (pair.vi.isEmpty() || pair.zh.isEmpty())
                continue;
            const auto& viLabel = v.vi.units[pair.vi.front()].label;
            const auto& zhLabel = v.zh.units[pair.zh.front()].label;
            const QString label = viLabel ? viLabel->text : zhLabel ? zhLabel->text : QString();
            for (const ConsistencyIssue& issue : ConsistencyCheck::checkUnits(v.vi, pair.vi, v.zh, pair.zh, gazetteer))
                section.differences.append({ label, issue });
        }
    }
    return report;
}

} // namespace concord
