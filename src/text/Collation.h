#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>

#include <unicode/uversion.h>

#include <memory>

U_NAMESPACE_BEGIN
class Collator;
U_NAMESPACE_END

namespace concord {

/// Sorting names as their readers expect, through ICU collators: Vietnamese order (`Ă` and `Â` after `A`,
/// `Đ` after `D`, tones in dictionary order) and Chinese in pinyin order. Used wherever the program sorts
/// names (parties, agreements, people).
class Collation
{
public:
    enum class Order { Vietnamese, ChinesePinyin };

    explicit Collation(Order order);
    ~Collation();
    Collation(const Collation&) = delete;
    Collation& operator=(const Collation&) = delete;

    /// Negative, zero or positive, like strcmp.
    int compare(QStringView a, QStringView b) const;
    bool lessThan(QStringView a, QStringView b) const { return compare(a, b) < 0; }
    /// A byte string whose memcmp order is the collation order (for an index or a cache).
    QByteArray sortKey(QStringView text) const;
    /// Sorts \a list in place.
    void sort(QStringList& list) const;

private:
    std::unique_ptr<icu::Collator> m_collator;
};

} // namespace concord
