#pragma once

#include "import/Gazetteer.h"
#include "model/Structure.h"

#include <QList>
#include <QString>

namespace concord {

/// The parties a clause opens with — the "who" of "who + does what": one place name, or several joined by
/// `và`, `,`, `、`, `与` …, with the words of their offices before and between them ("Sở Du lịch tỉnh Quảng Ninh",
/// "Tỉnh Lai Châu và huyện Kim Bình", "广宁、谅山、高平三省与广西").
struct PartyChain
{
    qsizetype from = -1; ///< where its first place name starts, in the clause
    qsizetype to = -1; ///< where its last place name (and a bracketed country after it) ends
    int places = 0; ///< place names in it
    bool more = false; ///< further place names follow in the range, not joined to it

    bool isEmpty() const { return places == 0; }

    /// The chain that starts with the first place name in [\a from, \a to) of \a clause.
    static PartyChain find(const QString& clause, const QList<PlaceMention>& mentions, qsizetype from, qsizetype to);
    /// Whether \a rest (what follows the chain) describes rather than acts: `là`, `có`, `nằm`, `是`, `有`, `位于` ….
    static bool describes(const QString& rest, Language language);
};

} // namespace concord
