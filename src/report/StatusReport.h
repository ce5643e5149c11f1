#pragma once

#include "commit/CommitmentStatus.h"
#include "model/Result.h"

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
};

/// One commitment as a report shows it.
struct ReportRow
{
    qint64 commitmentId = 0;
    qint64 agreementId = 0;
    QString label;
    QStringList responsibleVi; ///< display names of the responsible parties
    QStringList responsibleZh;
    QString textVi;
    QString textZh;
    QDate due; ///< the date to follow up (the next open year of a yearly one)
    bool yearly = false;
    QDate lastOccurrence; ///< for a yearly one: the last year's due date
    CommitmentStatus status = CommitmentStatus::NotStarted; ///< of that date's occurrence for a yearly one
    bool reviewed = false; ///< accepted by a person (otherwise still a candidate)
    bool overdue = false;
    QString latestNote;
};

/// Per party: how many of its commitments stand where.
struct PartyTotals
{
    QString key;
    QString nameVi;
    QString nameZh;
    QMap<CommitmentStatus, int> byStatus;
    int overdue = 0;
    int total() const;
};

/// One agreement's part of the report.
struct AgreementSection
{
    qint64 id = 0;
    QString titleVi;
    QString titleZh;
    QDate signedOn;
    QList<ReportRow> rows;
};

/// The report, independent of its output format: totals by status and by party, the overdue commitments,
/// those due in the next 90 days, and per agreement its commitments. Rejected candidates are left out;
/// unreviewed candidates are in, marked (a new store has nothing reviewed yet).
struct StatusReport
{
    static constexpr int DueSoonDays = 90;

    ReportScope scope;
    QMap<CommitmentStatus, int> totals;
    int overdueCount = 0;
    QList<PartyTotals> byParty; ///< by Vietnamese name
    QList<ReportRow> overdue; ///< oldest first
    QList<ReportRow> dueSoon; ///< soonest first
    QList<AgreementSection> agreements; ///< newest signing first
    int commitmentCount() const;

    /// Builds the report of \a scope from the store.
    static Result<StatusReport> build(const Database& database, const Gazetteer& gazetteer, const ReportScope& scope);
};

} // namespace concord
