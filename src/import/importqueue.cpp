#include "import/importqueue.h"

#include "extract/extractor.h"
#include "store/library.h"
#include "store/librarytaxonomy.h"
#include "store/transaction.h"

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

    void run(const QString &origin, const QByteArray &data, bool isFile, const ImportOptions &options = {})
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
            openLibrary();
            ImportJob job(m_library->db(), *m_extractor);
            job.setCancelFlag(m_cancel);
            job.setOptions(options);
            job.setProgressHandler([this, origin](qint64 done, qint64 total) { Q_EMIT progress(origin, done, total); });
            report = isFile ? job.importFile(origin) : job.importData(data, origin);
        } catch (const DatabaseError &e) {
            report.file = origin;
            report.failed = true;
            report.error = e.message();
        }
        Q_EMIT finished(report);
    }

    void reextract(std::optional<Taxonomy> taxonomy)
    {
        Q_EMIT reextractionStarted();
        ReextractionReport report;
        try {
            openLibrary();
            Reextraction reextraction(m_library->db());
            reextraction.setCancelFlag(m_cancel);
            const QString label = tr("Re-extraction");
            reextraction.setProgressHandler(
                [this, label](qint64 done, qint64 total) { Q_EMIT progress(label, done, total); });
            report = reextraction.run(taxonomy ? Reextraction::Scope::Techniques : Reextraction::Scope::Everything,
                                      taxonomy);
            m_extractor.reset(); // rebuilt under the library's taxonomy by the next job
        } catch (const DatabaseError &e) {
            report.failed = true;
            report.error = e.message();
        }
        Q_EMIT reextracted(report);
    }

    void edit(quint64 ticket, const ImportQueue::Edit &edit)
    {
        QString error;
        try {
            openLibrary();
            Transaction transaction(m_library->db());
            edit(m_library->db(), m_extractor->taxonomy());
            transaction.commit();
        } catch (const DatabaseError &e) {
            error = e.message();
        }
        Q_EMIT edited(ticket, error);
    }

Q_SIGNALS:
    void edited(quint64 ticket, const QString &error);
    void reextractionStarted();
    void reextracted(const lectern::ReextractionReport &report);
    void started(const QString &file);
    void progress(const QString &file, qint64 done, qint64 total);
    void finished(const lectern::ImportReport &report);

private:
    // Opens the write connection on first use, and keeps the extractor on the library's taxonomy, which the
    // window, another window or lectern-cli may have changed since the last job.
    void openLibrary()
    {
        if (!m_library)
            m_library = std::make_unique<Library>(m_path);
        const Taxonomy taxonomy = libraryTaxonomy(m_library->db());
        if (!m_extractor || !(m_extractor->taxonomy() == taxonomy))
            m_extractor = std::make_unique<Extractor>(taxonomy);
    }

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
    qRegisterMetaType<lectern::ReextractionReport>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ImportWorker::started, this, &ImportQueue::fileStarted);
    connect(m_worker, &ImportWorker::progress, this, &ImportQueue::progress);
    connect(m_worker, &ImportWorker::finished, this, &ImportQueue::onFinished);
    connect(m_worker, &ImportWorker::reextractionStarted, this, &ImportQueue::reextractionStarted);
    connect(m_worker, &ImportWorker::reextracted, this, &ImportQueue::onReextracted);
    connect(m_worker, &ImportWorker::edited, this, &ImportQueue::onEdited);
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

void ImportQueue::importFile(const QString &path, const ImportOptions &options)
{
    if (m_pending == 0)
        m_cancel = false;
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path, options] { worker->run(path, {}, true, options); });
}

void ImportQueue::importData(const QByteArray &bytes, const QString &origin)
{
    if (m_pending == 0)
        m_cancel = false;
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, bytes, origin] { worker->run(origin, bytes, false); });
}

void ImportQueue::applyTaxonomy(const Taxonomy &taxonomy)
{
    if (m_pending == 0)
        m_cancel = false;
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, taxonomy] { worker->reextract(taxonomy); });
}

void ImportQueue::reextract()
{
    if (m_pending == 0)
        m_cancel = false;
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->reextract(std::nullopt); });
}

quint64 ImportQueue::edit(const QString &description, Edit edit)
{
    const quint64 ticket = ++m_lastTicket;
    m_edits.insert(ticket, description);
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, ticket, edit = std::move(edit)] { worker->edit(ticket, edit); });
    Q_EMIT editsPendingChanged(int(m_edits.size()));
    return ticket;
}

void ImportQueue::waitForEdits()
{
    // The writer runs in order, so a no-op queued now has run once every edit queued before it has. Signals of
    // those edits are delivered later, as queued events; here only their durability matters (quitting).
    if (m_edits.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

void ImportQueue::onEdited(quint64 ticket, const QString &error)
{
    const QString description = m_edits.take(ticket);
    Q_EMIT editFinished(ticket, description, error);
    Q_EMIT editsPendingChanged(int(m_edits.size()));
}

void ImportQueue::cancel()
{
    if (m_pending > 0)
        m_cancel = true;
}

void ImportQueue::onFinished(const ImportReport &report)
{
    Q_EMIT fileFinished(report);
    done();
}

void ImportQueue::onReextracted(const ReextractionReport &report)
{
    Q_EMIT reextractionFinished(report);
    done();
}

void ImportQueue::done()
{
    --m_pending;
    if (m_pending == 0) {
        m_cancel = false;
        Q_EMIT idle();
    }
}

} // namespace lectern

#include "importqueue.moc"
