#include "commit/CommitmentStatus.h"

#include <array>
#include <utility>

namespace concord {

namespace {
constexpr std::array<std::pair<CommitmentStatus, const char16_t*>, 5> Keys { {
    { CommitmentStatus::NotStarted, u"not-started" },
    { CommitmentStatus::InProgress, u"in-progress" },
    { CommitmentStatus::Done, u"done" },
    { CommitmentStatus::Deferred, u"deferred" },
    { CommitmentStatus::Cancelled, u"cancelled" },
} };
} // namespace

QString CommitmentStatusRules::key(CommitmentStatus status)
{
    for (const auto& [s, key] : Keys) {
        if (s == status)
            return QString::fromUtf16(key);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<CommitmentStatus> CommitmentStatusRules::fromKey(QStringView key)
{
    for (const auto& [s, name] : Keys) {
        if (key == QStringView(name))
            return s;
    }
    return std::nullopt;
}

bool CommitmentStatusRules::isClosed(CommitmentStatus status)
{
    return status == CommitmentStatus::Done || status == CommitmentStatus::Cancelled;
}

bool CommitmentStatusRules::canChange(CommitmentStatus from, CommitmentStatus to)
{
    return from != to;
}

bool CommitmentStatusRules::isOverdue(CommitmentStatus status, const QDate& due, const QDate& asOf)
{
    return due.isValid() && asOf.isValid() && !isClosed(status) && due < asOf;
}

bool CommitmentStatusRules::isDueWithin(CommitmentStatus status, const QDate& due, const QDate& asOf, int days)
{
    if (!due.isValid() || !asOf.isValid() || isClosed(status) || due < asOf)
        return false;
    return asOf.daysTo(due) <= days;
}

} // namespace concord
