#pragma once

#include "align/Alignment.h"
#include "commit/Commitment.h"
#include "import/DocumentParser.h"

#include <QCoreApplication>
#include <QList>

namespace concord {

class Gazetteer;

/// The undertakings of a task table (an implementation plan's or an annex's STT | Nội dung | Đơn vị chủ trì | Đơn vị
/// phối hợp | Thời gian hoàn thành): every row with a task and a lead agency, a supporting agency or a deadline is a
/// commitment. Its text is the task cell in each language, its deadline and repetition are read from the deadline
/// cell by the same date rules as prose (`30/9/2026`, `Quý III/2026`, `Tháng 10 hằng năm`, `2026年9月30日`, `每年`),
/// its agencies are the lead and supporting cells as written, and its label is the part it stands in and the row's
/// number (`Phụ lục, mục 2`, `附件，第2项`). A row that only heads a group of rows (`I | LĨNH VỰC THƯƠNG MẠI`) is none.
class TableRowRule
{
    Q_DECLARE_TR_FUNCTIONS(concord::TableRowRule)

public:
    /// The commitments of the table rows of \a document, pair by pair of \a alignment (unit by unit when the
    /// document has one language). \a parties are the document's parties (gazetteer ids).
    static QList<CommitmentCandidate> commitments(
        const ParsedDocument& document, const Alignment& alignment, const Gazetteer& gazetteer);

    /// The label of row \a row of \a version in its language: `Phụ lục 1, mục 2`, `Điều 3, mục 2`, `附件1，第2项`.
    static QString label(const LanguageVersion& version, int row);
};

} // namespace concord
