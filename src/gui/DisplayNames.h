#pragma once

#include "commit/CommitmentStatus.h"
#include "model/Agreement.h"
#include "store/CommitmentStore.h"
#include "store/PartyDirectory.h"

#include <QCoreApplication>
#include <QString>

namespace concord {

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
    /// "Lạng Sơn / 谅山" — the party in both languages (one when the other is unknown).
    static QString party(const PartyRecord& party);
    /// A date as the interface language writes it (dd/MM/yyyy in Vietnamese, yyyy年M月d日 in Chinese).
    static QString date(const QDate& date);
    static QList<CommitmentStatus> statuses();
};

} // namespace concord
