#include "export/exportjob.h"

#include "store/database.h"
#include "store/paperreader.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <limits>

namespace lectern {

namespace {

class Cancelled
{};

struct WriteFailed {
    QString message;
};

} // namespace

ExportJob::ExportJob(Database &db, const Taxonomy &taxonomy)
    : m_db(db)
    , m_taxonomy(taxonomy)
{
}

void ExportJob::setProgressHandler(std::function<void(qint64, qint64)> handler)
{
    m_progress = std::move(handler);
}

void ExportJob::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
}

namespace {

// The papers of a scope, read in one read transaction so an import committing meanwhile cannot make the
// export half old, half new.
QList<qint64> scopePapers(Database &db, const Taxonomy &taxonomy, const ExportScope &scope)
{
    if (scope.onlyPapers || !scope.papers.isEmpty())
        return scope.papers;
    QueryRunner runner(db, taxonomy);
    return runner.ids(scope.query, scope.order);
}

} // namespace

qint64 ExportJob::writePapers(const ExportFormat &format, const ExportScope &scope, const ExportContext &context,
                              qint64 limit, bool reportProgress, const std::function<void(const QString &)> &write,
                              qint64 *total)
{
    ReadTransaction snapshot(m_db);
    const QList<qint64> ids = scopePapers(m_db, m_taxonomy, scope);
    if (total)
        *total = ids.size();
    PaperReader reader(m_db);
    write(format.begin(context));
    qint64 written = 0;
    for (qint64 id : ids) {
        if (written == limit)
            break;
        if (reportProgress && m_cancel && m_cancel->load(std::memory_order_relaxed))
            throw Cancelled();
        Paper paper;
        try {
            paper = reader.load(id);
        } catch (const DatabaseError &) {
            continue; // a selected paper deleted meanwhile
        }
        write(format.entry(paper, written));
        ++written;
        if (reportProgress && m_progress && (written % 256 == 0 || written == ids.size()))
            m_progress(written, ids.size());
    }
    write(format.end(written));
    return written;
}

ExportResult ExportJob::exportToDevice(const ExportFormat &format, const ExportScope &scope,
                                       const ExportContext &context, QIODevice &device)
{
    ExportResult result;
    auto write = [&device](const QString &text) {
        if (text.isEmpty())
            return;
        const QByteArray bytes = text.toUtf8();
        if (device.write(bytes) != bytes.size())
            throw WriteFailed{device.errorString()};
    };
    try {
        result.papers = writePapers(format, scope, context, std::numeric_limits<qint64>::max(), true, write);
    } catch (const Cancelled &) {
        result.failed = true;
        result.cancelled = true;
        result.error = QCoreApplication::translate("lectern::ExportJob", "cancelled");
    } catch (const WriteFailed &e) {
        result.failed = true;
        result.error = e.message;
    } catch (const DatabaseError &e) {
        result.failed = true;
        result.error = e.message();
    }
    return result;
}

ExportResult ExportJob::exportToFile(const ExportFormat &format, const ExportScope &scope, const ExportContext &context,
                                     const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        ExportResult result;
        result.failed = true;
        result.error = QCoreApplication::translate("lectern::ExportJob", "%1: cannot write the file: %2")
                           .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return result;
    }
    ExportResult result = exportToDevice(format, scope, context, file);
    if (result.failed) {
        file.cancelWriting();
        if (!result.cancelled) {
            result.error = QCoreApplication::translate("lectern::ExportJob", "%1: nothing written: %2")
                               .arg(QFileInfo(path).absoluteFilePath(), result.error);
        }
        return result;
    }
    if (!file.commit()) {
        result.failed = true;
        result.error = QCoreApplication::translate("lectern::ExportJob", "%1: cannot write the file: %2")
                           .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
    }
    return result;
}

QString ExportJob::preview(const ExportFormat &format, const ExportScope &scope, const ExportContext &context,
                           int maxPapers, qint64 *total)
{
    QString text;
    writePapers(
        format, scope, context, maxPapers, false, [&text](const QString &part) { text += part; }, total);
    return text;
}

} // namespace lectern
