#include "commit/DeadlineSchedule.h"

#include <QMap>

#include <algorithm>

namespace concord {

DeadlineSchedule::DeadlineSchedule(const QList<StoredCommitment>& commitments, const QDate& today, const QDate& until)
    : m_tally(today)
{
    DeadlineGroup overdue { DeadlineGroup::Overdue, {}, {} };
    DeadlineGroup toConfirm { DeadlineGroup::ToConfirm, {}, {} };
    DeadlineGroup history { DeadlineGroup::History, {}, {} };
    QMap<QDate, DeadlineGroup> months;
    const auto addToMonth = [&months](const Deadline& d) {
        const QDate month(d.due.year(), d.due.month(), 1);
        DeadlineGroup& group = months[month];
        group.kind = DeadlineGroup::Month;
        group.month = month;
        group.deadlines.append(d);
    };
    for (qsizetype i = 0; i < commitments.size(); ++i) {
        const StoredCommitment& c = commitments[i];
        if (c.review == Review::Rejected)
            continue;
        m_tally.add(c);
        if (!c.isRecurring()) {
            if (c.needsConfirmation())
                toConfirm.deadlines.append({ i, c.found.due, c.status });
            else if (c.isOverdue(today))
                overdue.deadlines.append({ i, c.found.due, c.status });
            else if (c.isOpen() && c.found.due.isValid() && c.found.due <= until)
                addToMonth({ i, c.found.due, c.status });
            continue;
        }
        bool listedOverdue = false;
        for (const Occurrence& o : c.occurrences) {
            if (CommitmentStatusRules::isClosed(o.status))
                continue;
            if (c.isHistory(o)) {
                history.deadlines.append({ i, o.due, o.status });
            } else if (CommitmentStatusRules::isOverdue(o.status, o.due, today)) {
                if (!listedOverdue)
                    overdue.deadlines.append({ i, o.due, o.status });
                listedOverdue = true;
            } else if (o.due <= until) {
                addToMonth({ i, o.due, o.status });
            }
        }
    }
    const auto byDue = [](const Deadline& a, const Deadline& b) { return a.due < b.due; };
    for (DeadlineGroup* group : { &overdue, &toConfirm, &history })
        std::stable_sort(group->deadlines.begin(), group->deadlines.end(), byDue);
    if (!overdue.deadlines.isEmpty())
        m_groups.append(overdue);
    if (!toConfirm.deadlines.isEmpty())
        m_groups.append(toConfirm);
    for (DeadlineGroup& group : months) {
        std::stable_sort(group.deadlines.begin(), group.deadlines.end(), byDue);
        m_groups.append(group);
    }
    if (!history.deadlines.isEmpty())
        m_groups.append(history);
}

} // namespace concord
