#pragma once

#include "align/Alignment.h"
#include "import/DocumentParser.h"

#include <QList>
#include <QString>

namespace concord {

/// The pieces of one aligned pair: its label and its text in each language, labels removed, each unit behind the
/// lead-in or heading that frames it (ClauseReader::framedText). Titles, signatures and headings over numbered
/// units are left out: they undertake nothing.
struct PairText
{
    int index = -1;
    QString label; ///< the Vietnamese units' label, else the Chinese ones'
    QString labelZh; ///< the Chinese units' label ("第二条", "（一）"), empty when they have none
    QString vi;
    QString zh;
    bool body = false; ///< numbered articles, sections or items: where undertakings are (not preamble or closing)

    /// The pairs of \a alignment; for a document in one language (empty alignment), one per unit.
    static QList<PairText> of(const ParsedDocument& document, const Alignment& alignment);
};

} // namespace concord
