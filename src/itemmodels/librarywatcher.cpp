#include "itemmodels/librarywatcher.h"

#include "itemmodels/readerthread.h"
#include "store/library.h"

#include <QPointer>

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

void LibraryWatcher::checkNow()
{
    if (m_pending->exchange(true))
        return; // the previous check has not come back yet
    QPointer<LibraryWatcher> self(this);
    const auto pending = m_pending;
    m_reader->post([self, pending](Library &library) {
        const qint64 version = library.db().dataVersion();
        pending->store(false);
        QMetaObject::invokeMethod(self, [self, version] {
            if (self)
                self->receive(version);
        });
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
