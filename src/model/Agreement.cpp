#include "model/Agreement.h"

#include <array>
#include <utility>

namespace concord {

namespace {
constexpr int ExpiringWithinDays = 90;

const std::array<std::pair<AgreementKind, const char16_t*>, 6>& kindKeys()
{
    static const std::array<std::pair<AgreementKind, const char16_t*>, 6> keys { {
        { AgreementKind::Agreement, u"agreement" },
        { AgreementKind::Minutes, u"minutes" },
        { AgreementKind::Memorandum, u"memorandum" },
        { AgreementKind::Letter, u"letter" },
        { AgreementKind::JointStatement, u"joint-statement" },
        { AgreementKind::Other, u"other" },
    } };
    return keys;
}
} // namespace

QString kindKey(AgreementKind kind)
{
    for (const auto& [k, key] : kindKeys()) {
        if (k == kind)
            return QString::fromUtf16(key);
    }
    return QStringLiteral("other");
}

std::optional<AgreementKind> kindFromKey(QStringView key)
{
    for (const auto& [k, name] : kindKeys()) {
        if (key == QStringView(name))
            return k;
    }
    return std::nullopt;
}

ValidityState Agreement::validityOn(const QDate& day) const
{
    const QDate start = validFrom.isValid() ? validFrom : signedOn;
    if (!validTo.isValid())
        return (start.isValid() && day < start) ? ValidityState::NotYetInForce : ValidityState::Unknown;
    if (start.isValid() && day < start)
        return ValidityState::NotYetInForce;
    if (day > validTo)
        return ValidityState::Expired;
    return day.daysTo(validTo) <= ExpiringWithinDays ? ValidityState::ExpiringSoon : ValidityState::InForce;
}

std::optional<qint64> Agreement::daysRemaining(const QDate& day) const
{
    if (!validTo.isValid() || !day.isValid())
        return std::nullopt;
    return day.daysTo(validTo);
}

} // namespace concord
