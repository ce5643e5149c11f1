#include "store/ImportPipeline.h"

#include <QThread>

#include <deque>
#include <future>

namespace concord {

ImportPipeline::ImportPipeline(ImportService& service, int ahead)
    : m_service(service)
    , m_ahead(std::max(1, ahead))
{ }

int ImportPipeline::defaultAhead()
{
    // Preparing a file costs several times storing it (bench_store): every core prepares, and the storing thread
    // mostly waits for the next plan.
    return std::max(1, QThread::idealThreadCount());
}

int ImportPipeline::run(int count, const Prepare& prepare, const Stored& stored)
{
    std::deque<std::future<Result<ImportPlan>>> pending;
    int started = 0;
    const auto fill = [&] {
        while (started < count && int(pending.size()) < m_ahead) {
            const int index = started++;
            pending.push_back(std::async(std::launch::async, [prepare, index] { return prepare(index); }));
        }
    };
    int reported = 0;
    fill();
    while (!pending.empty()) {
        Result<ImportPlan> plan = pending.front().get();
        pending.pop_front();
        fill(); // the next file is prepared while this one is stored
        const Result<ImportOutcome> outcome
            = plan ? m_service.store(plan.value()) : Result<ImportOutcome>(plan.error());
        ++reported;
        if (!stored(reported - 1, outcome))
            break;
    }
    // Stopped: the files being prepared are let finish (their work is discarded; nothing of them is stored).
    for (auto& future : pending)
        future.wait();
    return reported;
}

} // namespace concord
