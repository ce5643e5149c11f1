#pragma once

#include "align/ConsistencyCheck.h"
#include "commit/CommitmentStatus.h"
#include "commit/CommitmentTally.h"
#include "model/Result.h"
#include "report/ReportLabels.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace concord {

class Database;
class Gazetteer;

/// What a report covers. Empty fields do not narrow.
struct ReportScope
{
    QString party; ///< any name of a party: its commitments and those of the parties merged into it
    qint64 agreementId = 0;
    QDate from; ///< commitments due on or after
    QDate to; ///< commitments due on or before
    QDate asOf; ///< the day the report speaks for (overdue, due soon); required
    bool includeCandidates = false; ///< count and list unreviewed candidates with the accepted commitments
    bool overdueOnly = false; ///< only the commitments overdue on asOf
};

/// One commitment as a report shows it.
struct ReportRow
{
    qint64 commitmentId = 0;
    qint64 agreementId = 0;
    QString agreementTitleVi;
    QString agreementTitleZh;
    QString label;
    QString labelZh; ///< the Chinese version's label, when it has one
    QStringList responsibleVi; ///< display names of the responsible parties
    QStringList responsibleZh;
    QString textVi;
    QString textZh;
    QDate due; ///< the date to follow up (the current period's of a recurring one)
    Recurrence recurrence = Recurrence::None;
    QDate lastOccurrence; ///< for a recurring one: the last period's due date
    CommitmentStatus status = CommitmentStatus::NotStarted; ///< of that date's occurrence for a recurring one
    bool reviewed = false; ///< accepted by a person (otherwise still a candidate)
    bool overdue = false;
    bool toConfirm = false; ///< due before tracking started, status not yet confirmed
    QString latestNote;
};

/// Per party: how many of its commitments stand where, counting those of the parties merged into it.
struct PartyTotals
{
    QString key;
    QString nameVi;
    QString nameZh;
    QMap<CommitmentStatus, int> byStatus;
    int overdue = 0;
    int total() const;
};

/// A pair of an agreement whose language versions differ in a number, date, place or person
/// (ConsistencyCheck), as the report lists it under the agreement.
struct VersionDifference
{
    QString label; ///< the clause's label (`Điều 3`, `1.`), empty for an unnumbered paragraph
    ConsistencyIssue issue;
};

/// One agreement's part of the report.
struct AgreementSection
{
    qint64 id = 0;
    QString titleVi;
    QString titleZh;
    QDate signedOn;
    QList<ReportRow> rows;
    QList<VersionDifference> differences; ///< in reading order
};

/// The report, independent of its output format: totals by status and by party, the overdue commitments,
/// those due in the next 90 days, and per agreement its commitments. It counts and lists the accepted
/// commitments; unreviewed candidates are counted and listed apart ("awaiting review") unless the scope includes
/// them, and rejected ones are left out. Every number comes from CommitmentTally, as on the screens.
struct StatusReport
{
    static constexpr int DueSoonDays = CommitmentTally::ReportSoonDays;

    ReportScope scope;
    CommitmentTally tally; ///< of the commitments the report counts
    QMap<CommitmentStatus, int> totals; ///< tally.byStatus
    int overdueCount = 0; ///< tally.overdue
    QList<ReportRow> awaitingReview; ///< candidates nobody has reviewed, when the scope leaves them out
    QList<PartyTotals> byParty; ///< by Vietnamese name
    QList<ReportRow> overdue; ///< oldest first
    QList<ReportRow> dueSoon; ///< soonest first
    QList<AgreementSection> agreements; ///< newest signing first
    QString scopePartyVi; ///< the scope's party as the directory names it (its key or the name given, if unknown)
    QString scopePartyZh;
    QString scopeAgreementVi; ///< the scope's agreement's titles
    QString scopeAgreementZh;
    int commitmentCount() const;

    /// What the report covers, in \a labels' language(s), as every format heads it: "Bên: Tỉnh Lạng Sơn; Thời
    /// gian: 01/01/2026 – 31/12/2026", or "Tất cả cam kết". Names, never the store's keys.
    QString describeScope(const ReportLabels& labels) const;

    /// An agreement's title as a report in \a language names it: Chinese first in a Chinese report.
    static QString title(const QString& vi, const QString& zh, LabelLanguage language);
    /// A name (a party, an office) as a report in \a language gives it: the Chinese one in a Chinese report,
    /// "Lạng Sơn / 谅山" in a bilingual one, the Vietnamese one otherwise; the other when one is missing.
    static QString name(const QString& vi, const QString& zh, LabelLanguage language);

    /// Builds the report of \a scope from the store.
    static Result<StatusReport> build(const Database& database, const Gazetteer& gazetteer, const ReportScope& scope);
};

} // namespace concord
