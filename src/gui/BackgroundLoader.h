#pragma once

#include "model/Result.h"
#include "store/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>

namespace concord {

/// Runs work on a worker thread and hands its result back on the GUI thread, without waiting for it: the one
/// way the screens load, import and lay out reports in the background. A new run() while one is under way
/// supersedes it: the older result is dropped, so only the latest request reaches the screen. finished() says
/// that a delivered result has been handed over. isRunning() is about the latest request only: a superseded run
/// still finishing on its thread is no longer waited for (counting it let a screen take a late partial result,
/// such as the board's first window, for news after the whole list had been shown).
class BackgroundLoader : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundLoader(QObject* parent = nullptr);
    ~BackgroundLoader() override;

    /// Calls \a work on a worker thread, then \a deliver with its result on this object's thread.
    template <typename T>
    void run(std::function<T()> work, std::function<void(T)> deliver)
    {
        const quint64 generation = ++m_generation;
        auto result = std::make_shared<std::optional<T>>();
        auto* watcher = new QFutureWatcher<void>(this);
        m_pending = true;
        connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, generation, result, deliver] {
            m_watchers.removeOne(watcher);
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            m_pending = false;
            if (!result->has_value())
                return;
            deliver(std::move(**result));
            emit finished();
        });
        watcher->setFuture(QtConcurrent::run(&pool(), [work, result] {
            lowerThisThread();
            result->emplace(work());
        }));
        m_watchers.append(watcher);
    }

    /// Reads the store at \a path on a worker thread, through a connection of that thread's own (SQLite
    /// connections are not shared between threads), then calls \a deliver with the result on this object's thread.
    template <typename T>
    void readStore(
        const QString& path, std::function<Result<T>(const Database&)> read, std::function<void(Result<T>)> deliver)
    {
        run<Result<T>>(
            [path, read]() -> Result<T> {
                auto opened = Database::open(path);
                if (!opened)
                    return opened.error();
                return read(*opened.value());
            },
            std::move(deliver));
    }

    /// Whether the latest run has not been delivered yet.
    bool isRunning() const { return m_pending; }

    /// The threads background work runs on: as many as the cores, each at a lower priority than the GUI thread
    /// (nice 10 on Linux), so that reading 100,000 commitments on both cores of a small machine leaves the
    /// window turning its event loop. Freeing large lists (CommitmentModel) runs there too.
    static QThreadPool& pool();
    /// Lowers the calling worker thread's priority once (a pool thread keeps it for its life).
    static void lowerThisThread();

    /// Frees \a value on a pool thread: dropping 100,000 commitments took a quarter of a second of the GUI thread.
    template <typename T>
    static void releaseLater(T&& value)
    {
        pool().start([held = std::forward<T>(value)]() mutable {
            lowerThisThread();
            [[maybe_unused]] const auto dropped = std::move(held);
        });
    }

signals:
    void finished();

private:
    quint64 m_generation = 0;
    bool m_pending = false; ///< the latest run has not finished
    QList<QFutureWatcher<void>*> m_watchers; ///< waited for on destruction: the work may use the screen's members
};

} // namespace concord
