#pragma once

#include "import/importjob.h"
#include "import/reextraction.h"

#include <QMap>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>

namespace lectern {

class Database;
class ImportWorker;
class Taxonomy;

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
    // An edit of the library (a tag, a note, a deletion, an undo of one): runs on the writer thread with the
    // write connection and the library's taxonomy, inside a transaction of its own, after everything queued
    // before it. It throws DatabaseError to roll back; editFinished() reports the outcome. Edits queued while
    // an import holds the write lock wait for it, and are saved the moment it commits.
    using Edit = std::function<void(Database &db, const Taxonomy &taxonomy)>;
    quint64 edit(const QString &description, Edit edit);
    int pendingEdits() const { return int(m_edits.size()); }
    // Blocks until every edit queued so far is written (quitting waits for them).
    void waitForEdits();
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
    // `error` is empty when the edit was saved.
    void editFinished(quint64 ticket, const QString &description, const QString &error);
    void editsPendingChanged(int pending);

private:
    void onFinished(const lectern::ImportReport &report);
    void onReextracted(const lectern::ReextractionReport &report);
    void onEdited(quint64 ticket, const QString &error);
    void done();

    QThread m_thread;
    ImportWorker *m_worker;
    std::atomic_bool m_cancel{false};
    int m_pending = 0;
    quint64 m_lastTicket = 0;
    QMap<quint64, QString> m_edits; // queued or running edits and their descriptions
};

} // namespace lectern

Q_DECLARE_METATYPE(lectern::ImportReport)
Q_DECLARE_METATYPE(lectern::ReextractionReport)
