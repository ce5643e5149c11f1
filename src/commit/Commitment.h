#pragma once

#include "commit/Recurrence.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace concord {

/// What a commitment comes from: a clause of the text, or an obligation of the agreement itself.
enum class CommitmentKind {
    Clause, ///< a party undertakes something in a clause
    ValidityEnd, ///< the agreement's validity runs out
    Renewal, ///< the parties may renew the agreement when it runs out
    NextMeeting, ///< the next meeting and who hosts it
};

/// One phrase of the source that gave a value, so a reviewer can see why.
struct Evidence
{
    QString vi; ///< the Vietnamese phrase, as written
    QString zh; ///< the Chinese phrase, as written

    bool isEmpty() const { return vi.isEmpty() && zh.isEmpty(); }
    bool operator==(const Evidence& other) const = default;
};

/// A commitment found in an agreement, before or after a person reviewed it: who promised what, to whom,
/// by when, how often, and the phrases in each language that say so.
struct CommitmentCandidate
{
    CommitmentKind kind = CommitmentKind::Clause;
    int pair = -1; ///< index of the aligned pair it comes from (-1: the agreement's metadata)
    QString label; ///< the clause's label ("Điều 2:", "(12)"), Vietnamese first
    QString labelZh; ///< the Chinese version's label of the clause ("第二条"), empty when it has none
    QString vi; ///< the clause in Vietnamese (the sentence that carries the commitment)
    QString zh; ///< the clause in Chinese
    QStringList responsible; ///< gazetteer ids of the parties that undertake it
    QStringList counterparty; ///< gazetteer ids of the parties it is owed to or done with
    QString quantity; ///< "80 người" / "80 人" as written, Vietnamese preferred
    QDate due; ///< the deadline; for a recurring commitment, the first occurrence's
    QString dueText; ///< the phrase the deadline comes from
    Recurrence recurrence = Recurrence::None;
    RecurrenceAnchor anchor; ///< where in its period a recurring commitment falls due, when the text says
    QList<QDate> occurrences; ///< for a recurring commitment: one due date per period of the agreement's validity
    double confidence = 0;
    Evidence action; ///< what is undertaken: each clause from its verb on
    Evidence actorEvidence;
    Evidence dueEvidence;
    Evidence quantityEvidence;
    Evidence recurrenceEvidence;
    QStringList warnings; ///< where the two languages disagree, or what is missing
    /// The agency of the province that leads the work and those that support it, as the document names them in each
    /// language (an implementation plan's "Đơn vị chủ trì" / "牵头单位" and "Đơn vị phối hợp" / "配合单位" columns).
    Evidence leadAgency;
    Evidence supportingAgencies;

    bool isRecurring() const { return recurrence != Recurrence::None; }
    static QString kindKey(CommitmentKind kind);
    static std::optional<CommitmentKind> kindFromKey(QStringView key);
    bool operator==(const CommitmentCandidate& other) const = default;
};

} // namespace concord
