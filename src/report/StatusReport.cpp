#include "report/StatusReport.h"

#include "import/Gazetteer.h"
#include "store/CommitmentStore.h"
#include "store/Database.h"
#include "store/PartyDirectory.h"

#include <QHash>

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

namespace {

/// The status of the date a row follows up: that year's, for a yearly commitment.
CommitmentStatus followedStatus(const StoredCommitment& s)
{
    const QDate due = s.nextDue();
    for (const Occurrence& o : s.occurrences) {
        if (o.due == due)
            return o.status;
    }
    return s.status;
}

} // namespace

Result<StatusReport> StatusReport::build(const Database& database, const Gazetteer& gazetteer, const ReportScope& scope)
{
    StatusReport report;
    report.scope = scope;
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
    for (const PartyRecord& party : directory.parties())
        parties.insert(party.key, party);
    QHash<qint64, qsizetype> sectionOf;
    const QList<Agreement> agreements = database.agreements(); // newest signing first
    QHash<qint64, const Agreement*> agreementById;
    for (const Agreement& a : agreements)
        agreementById.insert(a.id, &a);
    QHash<QString, qsizetype> partyIndex;

    for (const StoredCommitment& s : found.value()) {
        ReportRow row;
        row.commitmentId = s.id;
        row.agreementId = s.agreementId;
        row.label = s.found.label;
        for (const QString& key : s.found.responsible) {
            const PartyRecord party = parties.value(key);
            row.responsibleVi.append(party.nameVi.isEmpty() ? key : party.nameVi);
            row.responsibleZh.append(party.nameZh.isEmpty() ? row.responsibleVi.back() : party.nameZh);
        }
        row.textVi = s.found.vi;
        row.textZh = s.found.zh;
        row.due = s.nextDue();
        row.yearly = s.found.yearly;
        if (!s.occurrences.isEmpty())
            row.lastOccurrence = s.occurrences.back().due;
        row.status = followedStatus(s);
        row.reviewed = s.review == Review::Accepted;
        row.overdue = scope.asOf.isValid() && s.isOverdue(scope.asOf);
        row.latestNote = s.lastNote;

        report.totals[row.status] += 1;
        if (row.overdue) {
            report.overdueCount += 1;
            report.overdue.append(row);
        } else if (CommitmentStatusRules::isDueWithin(row.status, row.due, scope.asOf, DueSoonDays)) {
            report.dueSoon.append(row);
        }
        for (const QString& key : s.found.responsible) {
            if (!partyIndex.contains(key)) {
                const PartyRecord party = parties.value(key);
                partyIndex.insert(key, report.byParty.size());
                report.byParty.append({ key, party.nameVi.isEmpty() ? key : party.nameVi, party.nameZh, {}, 0 });
            }
            PartyTotals& totals = report.byParty[partyIndex.value(key)];
            totals.byStatus[row.status] += 1;
            totals.overdue += row.overdue ? 1 : 0;
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
    }
    return report;
}

} // namespace concord
