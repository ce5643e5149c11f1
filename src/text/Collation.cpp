#include "text/Collation.h"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <algorithm>

namespace concord {

Collation::Collation(Order order)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = order == Order::Vietnamese ? icu::Locale("vi") : icu::Locale("zh@collation=pinyin");
    m_collator.reset(icu::Collator::createInstance(locale, status));
    if (U_FAILURE(status) || !m_collator) {
        status = U_ZERO_ERROR;
        m_collator.reset(icu::Collator::createInstance(icu::Locale::getRoot(), status));
    }
}

Collation::~Collation() = default;

int Collation::compare(QStringView a, QStringView b) const
{
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = m_collator->compare(reinterpret_cast<const UChar*>(a.utf16()), int32_t(a.size()),
        reinterpret_cast<const UChar*>(b.utf16()), int32_t(b.size()), status);
    return U_FAILURE(status) ? 0 : int(result);
}

QByteArray Collation::sortKey(QStringView text) const
{
    const auto* chars = reinterpret_cast<const UChar*>(text.utf16());
    const int32_t needed = m_collator->getSortKey(chars, int32_t(text.size()), nullptr, 0);
    QByteArray key(needed, Qt::Uninitialized);
    m_collator->getSortKey(chars, int32_t(text.size()), reinterpret_cast<uint8_t*>(key.data()), needed);
    if (!key.isEmpty() && key.back() == '\0')
        key.chop(1);
    return key;
}

void Collation::sort(QStringList& list) const
{
    std::stable_sort(list.begin(), list.end(), [this](const QString& a, const QString& b) { return lessThan(a, b); });
}

} // namespace concord
