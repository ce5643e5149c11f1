#include "gui/BackgroundLoader.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

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

QThreadPool& BackgroundLoader::pool()
{
    static QThreadPool* const threads = [] {
        auto* created = new QThreadPool;
        created->setMaxThreadCount(QThread::idealThreadCount());
        return created;
    }();
    return *threads;
}

void BackgroundLoader::lowerThisThread()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux gives each thread its own nice value; Qt's thread priorities change nothing under SCHED_OTHER.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace concord
