#pragma once

#include "itemmodels/readerthread.h"
#include "itemmodels/resultport.h"
#include "store/database.h"
#include "store/library.h"

#include <atomic>
#include <functional>
#include <memory>

namespace lectern {

// The reader jobs of a chart model. Only the model of the view on show runs its query: while inactive, a
// refresh is remembered and runs when the view is shown again. Only the newest job runs to its end: older
// ones are skipped before they start, or abandoned by SQLite mid-statement, and their results are dropped.
class ChartJobs
{
public:
    ChartJobs(ReaderThread *reader, QObject *receiver)
        : m_reader(reader)
        , m_port(ResultPort::open(receiver))
    {
    }
    ~ChartJobs()
    {
        m_latest->store(~quint64(0));
        m_port->close();
    }
    ChartJobs(const ChartJobs &) = delete;
    ChartJobs &operator=(const ChartJobs &) = delete;

    // Shows or hides the view; true when a refresh was put off while it was hidden and is due now.
    bool setActive(bool active)
    {
        m_active = active;
        return m_active && m_stale;
    }

    // Starts a new generation of the model's query and returns it, or returns 0 (and remembers that a refresh
    // is due) while the view is hidden.
    quint64 start()
    {
        if (!m_active) {
            m_stale = true;
            return 0;
        }
        m_stale = false;
        m_latest->store(++m_generation);
        return m_generation;
    }

    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    // Runs `work` on the reader for `generation`, unless a newer one started; `work` returns what to run on
    // the receiver's thread with its result.
    void post(quint64 generation, std::function<std::function<void()>(Library &)> work)
    {
        const auto latest = m_latest;
        const auto port = m_port;
        m_reader->post([latest, port, generation, work = std::move(work)](Library &library) {
            if (latest->load() != generation)
                return;
            const AbandonScope abandon(library.db(), [latest, generation] { return latest->load() != generation; });
            port->post(work(library));
        });
    }

    // Runs `work` on the reader whatever the generation (small lookups such as a cell's example titles).
    void postAlways(std::function<std::function<void()>(Library &)> work)
    {
        const auto port = m_port;
        m_reader->post([port, work = std::move(work)](Library &library) { port->post(work(library)); });
    }

private:
    ReaderThread *m_reader;
    std::shared_ptr<ResultPort> m_port;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_generation = 0;
    bool m_active = true;
    bool m_stale = false;
};

} // namespace lectern
