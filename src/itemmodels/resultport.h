#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>

#include <memory>
#include <utility>

namespace lectern {

// Hands results from a reader thread to an object of the GUI thread that may be destroyed meanwhile. The
// receiver closes its port in its destructor; a result posted before that is queued as an event to the
// receiver (and dropped by Qt if the receiver dies first), a result posted after it is discarded. A QPointer
// cannot do this: reading one on another thread while its object is being destroyed is a data race.
class ResultPort
{
public:
    static std::shared_ptr<ResultPort> open(QObject *receiver) { return std::make_shared<ResultPort>(receiver); }
    explicit ResultPort(QObject *receiver)
        : m_receiver(receiver)
    {
    }

    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_receiver = nullptr;
    }

    // Runs `function` on the receiver's thread, if the receiver is still alive by then.
    template <typename Function>
    void post(Function &&function)
    {
        QMutexLocker lock(&m_mutex);
        if (m_receiver)
            QMetaObject::invokeMethod(m_receiver, std::forward<Function>(function), Qt::QueuedConnection);
    }

private:
    QMutex m_mutex;
    QObject *m_receiver;
};

} // namespace lectern
