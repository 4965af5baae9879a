#pragma once

#include "import/importjob.h"
#include "import/reextraction.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace lectern {

class ImportWorker;

// The library's writer: one thread with the one write connection, importing queued files in order. The
// window, drag and drop and (later) edits all go through it; the GUI thread never writes.
class ImportQueue : public QObject
{
    Q_OBJECT

public:
    explicit ImportQueue(const QString &libraryPath, QObject *parent = nullptr);
    ~ImportQueue() override; // waits for the running file to finish or roll back

    void importFiles(const QStringList &paths);
    // One file read as `options` say (a CSV file with the user's column mapping).
    void importFile(const QString &path, const ImportOptions &options);
    void importData(const QByteArray &bytes, const QString &origin);
    // Stores `taxonomy` as the library's and re-extracts every paper's techniques under it, in one transaction.
    void applyTaxonomy(const Taxonomy &taxonomy);
    // Runs extraction again over every paper (after Lectern's extractor improved).
    void reextract();
    // Cancels the running file (rolled back) and drops the queued ones.
    void cancel();
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void fileStarted(const QString &file);
    void progress(const QString &file, qint64 done, qint64 total);
    void fileFinished(const lectern::ImportReport &report);
    void reextractionStarted();
    void reextractionFinished(const lectern::ReextractionReport &report);
    void idle();

private:
    void onFinished(const lectern::ImportReport &report);
    void onReextracted(const lectern::ReextractionReport &report);
    void done();

    QThread m_thread;
    ImportWorker *m_worker;
    std::atomic_bool m_cancel{false};
    int m_pending = 0;
};

} // namespace lectern

Q_DECLARE_METATYPE(lectern::ImportReport)
Q_DECLARE_METATYPE(lectern::ReextractionReport)
