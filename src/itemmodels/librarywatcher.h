#pragma once

#include "itemmodels/resultport.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace lectern {

class ReaderThread;

// Notices writes to the library made by any other connection (lectern-cli, a second window, this window's
// writer) through PRAGMA data_version, polled on the reader thread, and says so once per change.
class LibraryWatcher : public QObject
{
    Q_OBJECT

public:
    explicit LibraryWatcher(ReaderThread *reader, int intervalMs = 1000, QObject *parent = nullptr);
    ~LibraryWatcher() override;

    // Checks now instead of waiting for the next poll.
    void checkNow();

Q_SIGNALS:
    void libraryChanged();

private:
    void receive(qint64 version);

    ReaderThread *m_reader;
    std::shared_ptr<ResultPort> m_port = ResultPort::open(this);
    QTimer m_timer;
    qint64 m_version = -1;
    std::shared_ptr<std::atomic_bool> m_pending;
};

} // namespace lectern
