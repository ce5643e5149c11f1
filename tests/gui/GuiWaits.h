#pragma once

#include "gui/agreements/AgreementsPage.h"

#include <QSignalSpy>
#include <QTest>

namespace concord::test {

/// Turns the event loop until \a done() holds (screens load, import and lay out reports in the background);
/// false after \a timeoutMs.
template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 60000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

/// Shows \a page and waits until it has read the store.
inline bool showAndWait(AgreementsPage& page)
{
    page.show();
    return waitUntil([&page] { return !page.isLoading(); });
}

/// Imports \a paths through the page as a person does (progress, summary) and returns what happened to each file.
inline QList<ImportResult> importAndWait(AgreementsPage& page, const QStringList& paths)
{
    QSignalSpy finished(&page, &AgreementsPage::importFinished);
    if (!page.importFiles(paths))
        return {};
    if (!waitUntil([&finished, &page] { return finished.count() > 0 && !page.isLoading(); }))
        return {};
    return finished.front().front().value<QList<ImportResult>>();
}

} // namespace concord::test
