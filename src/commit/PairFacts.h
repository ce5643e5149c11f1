#pragma once

#include "align/Alignment.h"
#include "commit/ClauseReader.h"
#include "commit/PairText.h"
#include "import/DocumentParser.h"

#include <QList>

namespace concord {

class Gazetteer;

/// One aligned pair as the prose rules read it: its text and the facts of each of its clauses in each language,
/// read once for every rule. A deadline counted from an event the document dates (the signing, the entry into
/// force, the end of validity) is a day among the deadlines; a day on or before the signing is history, dropped.
struct PairFacts
{
    PairText pair;
    QList<ClauseFacts> vi;
    QList<ClauseFacts> zh;

    static QList<PairFacts> of(const ParsedDocument& document, const Alignment& alignment, const Gazetteer& gazetteer);
};

} // namespace concord
