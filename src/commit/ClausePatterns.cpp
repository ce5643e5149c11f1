#include "commit/ClausePatterns.h"

namespace concord {

/// Leading adverbials and circumstances that come before the subject.
const QRegularExpression& ClausePatterns::viLead()
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:(?:(?:dinh ky )?(?:hang|moi) (?:nam|quy|thang|nua nam)|(?:6|sau) thang mot lan|tu nam \\d{4}|trong nam "
        "\\d{4}|nam \\d{4}|dac biet|ngoai ra|ben canh do|dong thoi|"
        "tren co so [^,]*|can cu [^,]*|thuc hien [^,]{0,80}|trong (?:thoi gian|qua trinh|khuon kho) [^,]{0,40}|de "
        "[^,]{0,60}|nham [^,]{0,60}|sau "
        "[^,]{0,40})\\s*,\\s*)+"));
    return re;
}

const QRegularExpression& ClausePatterns::zhLead()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:每年|每半年|每季度|每(?:个)?月)\\s*[，,]?\\s*|(?:自\\s*\\d{4}\\s*年起|\\d{4}\\s*年(?:内|"
                       "至\\s*\\d{4}\\s*年)?|此外|"
                       "同时|另外|根据[^，,]*|在[^，,]*(?:基础上|期间|框架下)|为[^，,]*)\\s*[，,]\\s*)+"));
    return re;
}

/// Verbs of undertaking. The first one ends the subject.
const QRegularExpression& ClausePatterns::viVerb()
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(?:se|tiep tuc|moi(?! (?:nam|thang|quy|tuan|ngay|ben|lan|nguoi|dia phuong|tinh|nua|dot|khi))|cu di|cu(?= "
        "(?:\\d|doan|can bo|chuyen gia|dai dien|sinh vien|hoc sinh|nguoi|lanh dao|cac|mot|hai|ba|bon|nam|sau))|to "
        "chuc|phoi hop|trien khai|thuc day|tang cuong|tao dieu kien|ho tro|cap hoc bong|"
        "tiep nhan|xay dung|nghien cuu|bao cao|chi tra|duy tri|khuyen khich|day nhanh|hoan thanh|hoan thien|"
        "ky ket|trao doi|tham gia|dang cai|chu tri|thuc hien|chi dao|ung ho|bao dam|dam bao|xuat ban|kien nghi|"
        "no luc|phan dau|gui|cung|tich cuc|som|mo rong|khai thac|phat huy|tiep don|bo tri|chuan bi|thiet lap|"
        "kien toan|nang cap|don gian hoa|day manh|dao tao|cung cap|chia se|thong bao|huong dan|giup do|quang ba|"
        "ban hanh|dau tu|lap|mo|cai thien|ra soat|xuc tien|boi duong|tai tro)\\b"));
    return re;
}

const QRegularExpression& ClausePatterns::zhVerb()
{
    static const QRegularExpression re(QStringLiteral(
        "将|继续|邀请|推动|加强|开展|组织|举办|承办|主办|支持|鼓励|提供|落实|力争|探讨|建议|指导|保持|用好|合办|"
        "承担|接收|派出|派遣|配合|协调|完成|报告|实施|研究|建设|加快|促进|创造|优化|延长|提高|通报|确保|商定|"
        "签署|参加|互派|共建|打造|发挥|宣传|深化|拓展|争取|设立|召开|举行|负责|安排|共同|积极|尽早|进一步|建立|"
        "健全|完善|开通|简化|扩大|加大|培训|资助|接待|升级|开放|保障|共享|启动|派|制定|出台|改善|畅通|提交|报送|递交|"
        "交换|通知|修建|维护"));
    return re;
}

/// History, results and praise: a clause whose main verb is in the past, or that praises, undertakes nothing.
const QRegularExpression& ClausePatterns::viPraise()
{
    static const QRegularExpression re(
        QStringLiteral("ket qua tich cuc|thanh cong tot dep|danh gia cao|bay to|vui mung|cam on|hoan thanh tot|nam qua|"
                       "thoi gian qua|dat duoc nhieu|dat duoc nhung"));
    return re;
}

const QRegularExpression& ClausePatterns::zhPraise()
{
    static const QRegularExpression re(QStringLiteral(
        "取得(?:了)?(?:积极|丰硕|显著|重要)?(?:成效|成果|成绩|进展)|高度评价|表示满意|感谢|回顾|以来|圆满成功"));
    return re;
}

/// Statements of view rather than undertakings: when one of these is the main verb, the clause promises nothing.
const QRegularExpression& ClausePatterns::viStance()
{
    static const QRegularExpression re(QStringLiteral(
        "\\b(?:cho rang|chuc|tin tuong|danh gia|hoan nghenh|tai khang dinh|khang dinh|nhan manh|chuc mung|ghi nhan|"
        "nhat tri cho rang|cam on|tuyen bo|nhan thay|mong muon|ung ho)\\b"));
    return re;
}

const QRegularExpression& ClausePatterns::zhStance()
{
    static const QRegularExpression re(
        QStringLiteral("认为|祝愿|相信|评价|欢迎|重申|强调|祝贺|赞赏|感谢|表示|希望|指出"));
    return re;
}

/// Words that make an undertaking of a bare verb: the future, continuing, agreeing to.
const QRegularExpression& ClausePatterns::viPromise()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:tiep tuc|cam ket|nhat tri|dong y|chiu trach nhiem|phan dau|no luc)\\b"));
    return re;
}

const QRegularExpression& ClausePatterns::zhPromise()
{
    static const QRegularExpression re(QStringLiteral("将|继续|承诺|同意|商定|力争|负责"));
    return re;
}

/// Passive agent: "do phía Quảng Tây chi trả", "由中国广西承担".
const QRegularExpression& ClausePatterns::viAgent()
{
    static const QRegularExpression re(QStringLiteral(
        "\\bdo\\s+((?:phia\\s+)?[^;.]{2,80}?)\\s+(?:chi tra|to chuc|dang cai|chu tri|bo tri|dam nhan|thuc hien|"
        "dam bao|chiu trach nhiem|cu)\\b"));
    return re;
}

const QRegularExpression& ClausePatterns::zhAgent()
{
    static const QRegularExpression re(
        QStringLiteral("由([^；;。]{1,40}?)(?:承担|组织|承办|主办|负责|举办|安排|派出|提供)"));
    return re;
}

const QRegularExpression& ClausePatterns::viQuantity()
{
    static const QRegularExpression re(
        QStringLiteral("(tong cong\\s+|khoang\\s+)?\\b(\\d{1,5}(?:\\s*[-–—]\\s*\\d{1,5})?)\\s+(su[aid]t hoc "
                       "b[od]ng|su[aid]t|nguoi|luot nguoi|"
                       "luot|can bo|sinh vien|luu hoc sinh|hoc sinh|thieu nhi|dai bieu|chuyen gia|giao vien|bac si|"
                       "nha khoa hoc|doan|khoa|lop|du an|ty dong|trieu dong|nhan dan te|usd)\\b"));
    return re;
}

const QRegularExpression& ClausePatterns::zhQuantity()
{
    static const QRegularExpression re(
        QStringLiteral("(共|约|总计)?\\s*(\\d{1,5}(?:\\s*[-–—~至]\\s*\\d{1,5})?|[一二两三四五六七八九十百]{1,4})\\s*"
                       "(个[\\p{Han}]{0,6}?名额|名额|人次|名|人|个代表团|个团组|个团|期|万元|亿元)"));
    return re;
}

} // namespace concord
