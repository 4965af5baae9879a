#pragma once

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>

namespace lectern {

class Library;

// A thread with its own read connection to the library. Models post jobs to it so that no query ever runs on
// the GUI thread; each job hands its results back with QMetaObject::invokeMethod. Jobs run in order.
class ReaderThread : public QThread
{
    Q_OBJECT

public:
    using Job = std::function<void(Library &)>;

    explicit ReaderThread(const QString &libraryPath, QObject *parent = nullptr);
    ~ReaderThread() override;

    void post(Job job);
    // Drops queued jobs that have not started (the running one finishes or abandons itself).
    void clearQueue();

Q_SIGNALS:
    void failed(const QString &message);

protected:
    void run() override;

private:
    QString m_path;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
};

} // namespace lectern
