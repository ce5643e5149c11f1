#include "gui/BackgroundLoader.h"

namespace concord {

BackgroundLoader::BackgroundLoader(QObject* parent)
    : QObject(parent)
{ }

BackgroundLoader::~BackgroundLoader()
{
    // A worker still running may hold references to what its screen owns: let it finish before they go.
    for (QFutureWatcher<void>* watcher : m_watchers)
        watcher->waitForFinished();
}

} // namespace concord
