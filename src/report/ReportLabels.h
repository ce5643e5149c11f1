#pragma once

#include "align/ConsistencyCheck.h"
#include "commit/CommitmentStatus.h"
#include "commit/Recurrence.h"

#include <QDate>
#include <QString>

namespace concord {

/// The language a report's headings and labels are written in. The commitments themselves are always
/// given in both languages.
enum class LabelLanguage {
    Vietnamese,
    Chinese,
    Bilingual, ///< "Trạng thái / 状态"
};

/// The fixed wording of reports, in Vietnamese and Chinese, independent of the program's own UI language:
/// a report goes to superiors or to the other side in the language they read.
class ReportLabels
{
public:
    enum class Label {
        Title,
        AsOf,
        Scope,
        AllCommitments,
        Party,
        Agreement,
        Period,
        Totals,
        ByParty,
        Overdue,
        DueSoon,
        Clause,
        Responsible,
        Vietnamese,
        Chinese,
        Due,
        Recurrence,
        Yearly,
        Monthly,
        Quarterly,
        Semiannual,
        Status,
        LatestNote,
        Unreviewed,
        Total,
        Signed,
        AwaitingReview,
        Review,
        Accepted,
        ToConfirm,
        DueWithin30,
        Differences,
        DifferenceKind,
        DifferentNumbers,
        DifferentDates,
        DifferentPlaces,
        DifferentPeople,
        Missing,
        None,
        ValidityEnds,
        Renewal,
        NextMeeting,
        PageOf, ///< "Trang %1/%2"
        Number, ///< "Số"
        SignerTitle, ///< the signer's title when none is set
        SignHint, ///< "(Ký, ghi rõ họ tên, đóng dấu)"
        Office, ///< "Cơ quan báo cáo": the issuing office
        SummarySheet, ///< a workbook's sheet names
        CommitmentsSheet,
        AwaitingReviewSheet,
    };

    explicit ReportLabels(LabelLanguage language);

    QString text(Label label) const;
    /// What a difference between the versions concerns: "Số liệu / 数字".
    QString differenceKind(ConsistencyIssue::Kind kind) const;
    QString status(CommitmentStatus status) const;
    /// "Hằng năm", "Hằng quý" …; empty for a one-time commitment.
    QString recurrence(Recurrence recurrence) const;
    LabelLanguage language() const { return m_language; }
    /// A day as the report's language writes it ("31/12/2026"; "2026年12月31日"; bilingual reports the
    /// Vietnamese way); "—" for none.
    QString date(const QDate& date) const;

    static QString vietnamese(Label label);
    static QString chinese(Label label);

private:
    LabelLanguage m_language;
};

} // namespace concord
