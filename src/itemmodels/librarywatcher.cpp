#include "itemmodels/librarywatcher.h"

#include "itemmodels/readerthread.h"
#include "itemmodels/resultport.h"
#include "store/library.h"

namespace lectern {

LibraryWatcher::LibraryWatcher(ReaderThread *reader, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_pending(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_timer, &QTimer::timeout, this, &LibraryWatcher::checkNow);
    m_timer.start(intervalMs);
    checkNow();
}

LibraryWatcher::~LibraryWatcher()
{
    m_port->close();
}

void LibraryWatcher::checkNow()
{
    if (m_pending->exchange(true))
        return; // the previous check has not come back yet
    const auto port = m_port;
    auto *self = this;
    const auto pending = m_pending;
    m_reader->post([port, self, pending](Library &library) {
        const qint64 version = library.db().dataVersion();
        pending->store(false);
        port->post([self, version] { self->receive(version); });
    });
}

void LibraryWatcher::receive(qint64 version)
{
    const bool changed = m_version >= 0 && version != m_version;
    m_version = version;
    if (changed)
        Q_EMIT libraryChanged();
}

} // namespace lectern
