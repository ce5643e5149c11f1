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

/// Imports \a paths through the page as a person does (progress, summary) and returns what happened to each file.
inline QList<ImportResult> importAndWait(AgreementsPage& page, const QStringList& paths)
{
    QSignalSpy finished(&page, &AgreementsPage::importFinished);
    if (!page.importFiles(paths))
        return {};
    if (!waitUntil([&finished] { return finished.count() > 0; }))
        return {};
    return finished.front().front().value<QList<ImportResult>>();
}

} // namespace concord::test
