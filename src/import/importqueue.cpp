#include "import/importqueue.h"

#include "extract/extractor.h"
#include "store/library.h"

#include <memory>

namespace lectern {

// Lives on the writer thread; owns the write connection, opened on first use.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString &path, std::atomic_bool *cancel)
        : m_path(path)
        , m_cancel(cancel)
    {
    }

    void run(const QString &origin, const QByteArray &data, bool isFile)
    {
        Q_EMIT started(origin);
        ImportReport report;
        if (m_cancel->load()) {
            report.file = origin;
            report.failed = report.cancelled = true;
            report.error = tr("cancelled");
            Q_EMIT finished(report);
            return;
        }
        try {
            if (!m_library) {
                m_library = std::make_unique<Library>(m_path);
                m_extractor = std::make_unique<Extractor>();
            }
            ImportJob job(m_library->db(), *m_extractor);
            job.setCancelFlag(m_cancel);
            job.setProgressHandler([this, origin](qint64 done, qint64 total) { Q_EMIT progress(origin, done, total); });
            report = isFile ? job.importFile(origin) : job.importData(data, origin);
        } catch (const DatabaseError &e) {
            report.file = origin;
            report.failed = true;
            report.error = e.message();
        }
        Q_EMIT finished(report);
    }

Q_SIGNALS:
    void started(const QString &file);
    void progress(const QString &file, qint64 done, qint64 total);
    void finished(const lectern::ImportReport &report);

private:
    QString m_path;
    std::atomic_bool *m_cancel;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<Extractor> m_extractor;
};

ImportQueue::ImportQueue(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_worker(new ImportWorker(libraryPath, &m_cancel))
{
    qRegisterMetaType<lectern::ImportReport>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::started, this, &ImportQueue::fileStarted);
    connect(m_worker, &ImportWorker::progress, this, &ImportQueue::progress);
    connect(m_worker, &ImportWorker::finished, this, &ImportQueue::onFinished);
    m_thread.setObjectName(QStringLiteral("lectern-writer"));
    m_thread.start();
}

ImportQueue::~ImportQueue()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void ImportQueue::importFiles(const QStringList &paths)
{
    if (m_pending == 0)
        m_cancel = false;
    for (const QString &path : paths) {
        ++m_pending;
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->run(path, {}, true); });
    }
}

void ImportQueue::importData(const QByteArray &bytes, const QString &origin)
{
    if (m_pending == 0)
        m_cancel = false;
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, bytes, origin] { worker->run(origin, bytes, false); });
}

void ImportQueue::cancel()
{
    if (m_pending > 0)
        m_cancel = true;
}

void ImportQueue::onFinished(const ImportReport &report)
{
    --m_pending;
    Q_EMIT fileFinished(report);
    if (m_pending == 0) {
        m_cancel = false;
        Q_EMIT idle();
    }
}

} // namespace lectern

#include "importqueue.moc"
