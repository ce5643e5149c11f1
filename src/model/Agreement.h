#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace concord {

/// What sort of document an agreement record is. The names are the stored, language-neutral keys.
enum class AgreementKind {
    Agreement, ///< thỏa thuận / 协议
    Minutes, ///< biên bản hội đàm / 会晤纪要
    Memorandum, ///< bản ghi nhớ / 备忘录
    Letter, ///< công văn / 函
    JointStatement, ///< tuyên bố chung / 联合声明
    Other,
};

QString kindKey(AgreementKind kind);
std::optional<AgreementKind> kindFromKey(QStringView key);

/// Validity of an agreement on a given day.
enum class ValidityState {
    Unknown, ///< no validity dates known
    NotYetInForce,
    InForce,
    ExpiringSoon, ///< in force, ends within 90 days
    Expired,
};

/// One agreement as stored: the header every list and report shows.
struct Agreement
{
    qint64 id = 0;
    AgreementKind kind = AgreementKind::Other;
    QString titleVi;
    QString titleZh;
    QString reference; ///< e.g. "489-CV/TU"
    QDate signedOn;
    QString place;
    QDate validFrom;
    QDate validTo;
    std::optional<bool> binding; ///< unknown when the text does not say
    QString sourceName; ///< the file it was imported from
    QDate trackedFrom; ///< follow-up starts on this day (the import day unless changed): earlier periods are history
    bool ocrText = false; ///< the text reads as OCR output (TextQuality): to check against the original
    bool scanned = false; ///< read from a scan by Concord's OCR (ScanStore keeps its pages and confidences)
    /// Raised by every change of its alignment or tracked-from day: a change made on an older reading is refused.
    qint64 version = 1;

    ValidityState validityOn(const QDate& day) const;
    /// Days from \a day to the end of validity; negative once expired, nullopt without an end date.
    std::optional<qint64> daysRemaining(const QDate& day) const;
};

} // namespace concord
