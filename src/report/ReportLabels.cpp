#include "report/ReportLabels.h"

#include "text/DateText.h"

namespace concord {

namespace {

struct Wording
{
    ReportLabels::Label label;
    const char16_t* vi;
    const char16_t* zh;
};

using L = ReportLabels::Label;

constexpr Wording Table[] = {
    { L::Title, u"Báo cáo tình hình thực hiện cam kết", u"承诺事项落实情况报告" },
    { L::AsOf, u"Tính đến ngày", u"截至日期" },
    { L::Scope, u"Phạm vi", u"范围" },
    { L::AllCommitments, u"Tất cả cam kết", u"全部承诺事项" },
    { L::Party, u"Bên", u"方" },
    { L::Agreement, u"Văn bản", u"文件" },
    { L::Period, u"Thời hạn", u"期限" },
    { L::Totals, u"Tổng hợp theo trạng thái", u"按状态汇总" },
    { L::ByParty, u"Theo từng bên", u"按各方汇总" },
    { L::Overdue, u"Quá hạn", u"逾期" },
    { L::DueSoon, u"Đến hạn trong 90 ngày tới", u"未来90天内到期" },
    { L::Clause, u"Điều khoản", u"条款" },
    { L::Responsible, u"Bên thực hiện", u"责任方" },
    { L::Vietnamese, u"Tiếng Việt", u"越文" },
    { L::Chinese, u"Tiếng Trung", u"中文" },
    { L::Due, u"Thời hạn", u"截止日期" },
    { L::Recurrence, u"Lặp lại", u"周期" },
    { L::Yearly, u"Hằng năm", u"每年" },
    { L::Monthly, u"Hằng tháng", u"每月" },
    { L::Quarterly, u"Hằng quý", u"每季度" },
    { L::Semiannual, u"Sáu tháng một lần", u"每半年" },
    { L::Status, u"Trạng thái", u"状态" },
    { L::LatestNote, u"Ghi chú mới nhất", u"最新备注" },
    { L::Unreviewed, u"chưa duyệt", u"未审核" },
    { L::Total, u"Tổng", u"合计" },
    { L::Signed, u"Ngày ký", u"签署日期" },
    { L::AwaitingReview, u"Cam kết chờ duyệt (chưa tính vào số liệu)", u"待审核的承诺事项（未计入统计）" },
    { L::Review, u"Duyệt", u"审核" },
    { L::Accepted, u"Đã duyệt", u"已审核" },
    { L::ToConfirm, u"cần xác nhận trạng thái", u"状态待确认" },
    { L::DueWithin30, u"Đến hạn trong 30 ngày tới", u"未来30天内到期" },
    { L::Differences, u"Chỗ hai bản ngôn ngữ khác nhau", u"两种语言文本不一致之处" },
    { L::DifferenceKind, u"Loại", u"类别" },
    { L::DifferentNumbers, u"Số liệu", u"数字" },
    { L::DifferentDates, u"Ngày tháng", u"日期" },
    { L::DifferentPlaces, u"Địa danh", u"地名" },
    { L::DifferentPeople, u"Nhân vật", u"人名" },
    { L::Missing, u"(không có)", u"（无）" },
    { L::None, u"—", u"—" },
    { L::ValidityEnds, u"Văn bản hết hiệu lực", u"协议有效期届满" },
    { L::Renewal, u"Quyết định gia hạn văn bản", u"决定是否续签协议" },
    { L::NextMeeting, u"Kỳ họp tiếp theo", u"下次会议" },
    { L::PageOf, u"Trang %1/%2", u"第%1页，共%2页" },
    { L::Number, u"Số", u"编号" },
    { L::SignerTitle, u"THỦ TRƯỞNG ĐƠN VỊ", u"单位负责人" },
    { L::SignHint, u"(Ký, ghi rõ họ tên, đóng dấu)", u"（签字、盖章）" },
    { L::Office, u"Cơ quan báo cáo", u"报告单位" },
    { L::SummarySheet, u"Tổng hợp", u"汇总" },
    { L::CommitmentsSheet, u"Cam kết", u"承诺事项" },
    { L::AwaitingReviewSheet, u"Chờ duyệt", u"待审核" },
};

const Wording& wording(L label)
{
    for (const Wording& w : Table) {
        if (w.label == label)
            return w;
    }
    return Table[std::size(Table) - 1];
}

QString statusVi(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::NotStarted:
        return QStringLiteral("Chưa thực hiện");
    case CommitmentStatus::InProgress:
        return QStringLiteral("Đang thực hiện");
    case CommitmentStatus::Done:
        return QStringLiteral("Đã hoàn thành");
    case CommitmentStatus::Deferred:
        return QStringLiteral("Tạm hoãn");
    case CommitmentStatus::Cancelled:
        return QStringLiteral("Đã hủy");
    }
    return QString();
}

QString statusZh(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::NotStarted:
        return QStringLiteral("未开始");
    case CommitmentStatus::InProgress:
        return QStringLiteral("进行中");
    case CommitmentStatus::Done:
        return QStringLiteral("已完成");
    case CommitmentStatus::Deferred:
        return QStringLiteral("已推迟");
    case CommitmentStatus::Cancelled:
        return QStringLiteral("已取消");
    }
    return QString();
}

QString pick(LabelLanguage language, const QString& vi, const QString& zh)
{
    switch (language) {
    case LabelLanguage::Vietnamese:
        return vi;
    case LabelLanguage::Chinese:
        return zh;
    case LabelLanguage::Bilingual:
        return vi == zh ? vi : vi + QStringLiteral(" / ") + zh;
    }
    return vi;
}

} // namespace

ReportLabels::ReportLabels(LabelLanguage language)
    : m_language(language)
{ }

QString ReportLabels::vietnamese(Label label)
{
    return QString::fromUtf16(wording(label).vi);
}

QString ReportLabels::chinese(Label label)
{
    return QString::fromUtf16(wording(label).zh);
}

QString ReportLabels::differenceKind(ConsistencyIssue::Kind kind) const
{
    switch (kind) {
    case ConsistencyIssue::Kind::Number:
        return text(L::DifferentNumbers);
    case ConsistencyIssue::Kind::Date:
        return text(L::DifferentDates);
    case ConsistencyIssue::Kind::Place:
        return text(L::DifferentPlaces);
    case ConsistencyIssue::Kind::Person:
        return text(L::DifferentPeople);
    }
    return {};
}

QString ReportLabels::text(Label label) const
{
    return pick(m_language, vietnamese(label), chinese(label));
}

QString ReportLabels::date(const QDate& date) const
{
    if (!date.isValid())
        return text(L::None);
    return DateText::day(date, m_language == LabelLanguage::Chinese ? DateStyle::Chinese : DateStyle::Vietnamese);
}

QString ReportLabels::status(CommitmentStatus status) const
{
    return pick(m_language, statusVi(status), statusZh(status));
}

QString ReportLabels::recurrence(Recurrence recurrence) const
{
    switch (recurrence) {
    case Recurrence::None:
        break;
    case Recurrence::Monthly:
        return text(Label::Monthly);
    case Recurrence::Quarterly:
        return text(Label::Quarterly);
    case Recurrence::Semiannual:
        return text(Label::Semiannual);
    case Recurrence::Yearly:
        return text(Label::Yearly);
    }
    return {};
}

} // namespace concord
