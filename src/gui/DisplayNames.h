#pragma once

#include "commit/CommitmentStatus.h"
#include "model/Agreement.h"
#include "store/CommitmentStore.h"
#include "store/PartyDirectory.h"

#include <QCoreApplication>
#include <QString>

namespace concord {

class Gazetteer;

/// The words the screens show for stored keys, in the interface language: kinds, validity, statuses,
/// reviews, party names, dates.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(concord::DisplayNames)

public:
    static QString kind(AgreementKind kind);
    static QString validity(ValidityState state);
    static QString status(CommitmentStatus status);
    static QString review(Review review);
    /// "yearly", "quarterly" … as words; empty for a one-time commitment.
    static QString recurrence(Recurrence recurrence);
    /// "Lạng Sơn / 谅山" — the party in both languages (one when the other is unknown), the interface
    /// language's first ("谅山 / Lạng Sơn" in the Chinese interface).
    static QString party(const PartyRecord& party);
    /// Parties by their keys, each in the interface language (Chinese first in the Chinese interface), "; "-joined.
    static QString partyKeys(const QStringList& keys, const Gazetteer& gazetteer);
    /// A date as the interface language writes it (dd/MM/yyyy in Vietnamese, yyyy年M月d日 in Chinese).
    static QString date(const QDate& date);
    /// A date and time of day as the interface language writes them.
    static QString moment(const QDateTime& when);
    /// What a history entry changed ("review", "status", "due" …), as a word.
    static QString historyField(const QString& field);
    /// A stored history value of that field as the screens show it (a status key as the status's name, a review
    /// key as the review's, an ISO day as a date).
    static QString historyValue(const QString& field, const QString& value);
    /// "Chưa thực hiện → Đang thực hiện (2027)": the change of one history entry; empty for a note.
    static QString historyChange(const CommitmentEvent& event);
    static QList<CommitmentStatus> statuses();
    /// "province", "city", "region", "country" as words.
    static QString partyKind(const QString& key);
    /// What a commitment says, in the interface language where it has one (Chinese UI: the Chinese text), and
    /// for an obligation of the agreement itself without text (validity end, renewal, next meeting) its kind.
    static QString summary(const StoredCommitment& commitment);
    /// A title in the interface language where it has one (Chinese interface: the Chinese title), else the other.
    static QString title(const QString& vi, const QString& zh);
    static QString agreementTitle(const StoredCommitment& commitment);
    /// Both titles, one a line, the interface language's first; one when the other is missing.
    static QString bothTitles(const QString& vi, const QString& zh);
    /// A place as the text names it ("Nam Ninh"), in the Chinese interface by the gazetteer's Chinese form (南宁)
    /// when it knows the place.
    static QString place(const QString& name);
    /// The clause's label as the interface reads it: the Chinese version's ("第二条") in the Chinese interface.
    static QString clauseLabel(const CommitmentCandidate& commitment);
    /// "December 2026", "tháng 12 năm 2026", "2026年12月".
    static QString month(const QDate& date);

private:
    /// Whether the interface shows Chinese texts before Vietnamese ones (the Chinese translation says so).
    static bool chineseFirst();
};

} // namespace concord
