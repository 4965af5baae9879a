#include "itemmodels/readerthread.h"

#include "store/library.h"

namespace lectern {

ReaderThread::ReaderThread(const QString &libraryPath, QObject *parent)
    : QThread(parent)
    , m_path(libraryPath)
{
    start();
}

ReaderThread::~ReaderThread()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_jobs.clear();
    }
    m_wake.wakeAll();
    wait();
}

void ReaderThread::post(Job job)
{
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.wakeOne();
}

void ReaderThread::clearQueue()
{
    QMutexLocker lock(&m_mutex);
    m_jobs.clear();
}

void ReaderThread::run()
{
    std::unique_ptr<Library> library;
    try {
        library = std::make_unique<Library>(m_path, Library::Access::Read);
    } catch (const DatabaseError &e) {
        Q_EMIT failed(e.message());
        return;
    }
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        try {
            job(*library);
        } catch (const DatabaseError &e) {
            if (e.code() != 9 /* SQLITE_INTERRUPT: an abandoned, superseded query */)
                Q_EMIT failed(e.message());
        }
    }
}

} // namespace lectern
