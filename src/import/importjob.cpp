#include "import/importjob.h"

#include "extract/extractor.h"
#include "import/deduplicator.h"
#include "import/formatregistry.h"
#include "import/normalize.h"
#include "import/textdecoding.h"
#include "store/database.h"
#include "store/paperreader.h"
#include "store/paperstore.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <thread>

namespace lectern {

namespace {

class Cancelled
{
};

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern::ImportJob", text);
}

// Normalizes and extracts every record, on several threads: the only CPU-heavy part of an import.
void prepareRecords(QList<RawRecord> &records, const Extractor &extractor, int threads, bool extract)
{
    auto work = [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            normalizePaper(records[i].paper);
            records[i].keys = paperKeys(records[i].paper);
            records[i].print = abstractPrint(records[i].paper.abstract);
            if (extract)
                extractor.extract(records[i].paper);
        }
    };
    const qsizetype n = records.size();
    threads = std::clamp(threads, 1, 16);
    if (threads == 1 || n < 64) {
        work(0, n);
        return;
    }
    std::vector<std::thread> pool;
    const qsizetype chunk = (n + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, std::min(n, t * chunk), std::min(n, (t + 1) * chunk));
    work(0, std::min(n, chunk));
    for (std::thread &thread : pool)
        thread.join();
}

} // namespace

QString ImportReport::toText() const
{
    QString text = file + QStringLiteral(": ");
    if (failed) {
        text += cancelled ? tr("cancelled, nothing imported") : tr("failed, nothing imported: %1").arg(error);
    } else {
        text += tr("%1; %2 records read, %3 papers added, %4 merged into existing papers, %5 already imported, "
                   "%6 skipped")
                    .arg(formatName)
                    .arg(recordsRead)
                    .arg(papersAdded)
                    .arg(papersMerged)
                    .arg(papersUnchanged)
                    .arg(recordsSkipped);
    }
    for (const ImportMessage &m : messages) {
        // Parsers write "line N: reason"; a message without its line gets it here.
        const bool located = m.line <= 0 || m.text.startsWith(QLatin1String("line "));
        text += QLatin1Char('\n') + file + QStringLiteral(": ")
            + (located ? m.text : tr("line %1: %2").arg(m.line).arg(m.text));
    }
    return text;
}

ImportJob::ImportJob(Database &db, const Extractor &extractor)
    : m_db(db)
    , m_extractor(extractor)
    , m_threads(int(std::max(1u, std::thread::hardware_concurrency())))
{
}

void ImportJob::setProgressHandler(std::function<void(qint64, qint64)> handler)
{
    m_progress = std::move(handler);
}

void ImportJob::setCancelFlag(const std::atomic_bool *cancel)
{
    m_cancel = cancel;
}

void ImportJob::setDryRun(bool dryRun)
{
    m_dryRun = dryRun;
}

void ImportJob::setExtractionThreads(int threads)
{
    m_threads = threads;
}

ImportReport ImportJob::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.file = path;
        report.failed = true;
        report.error = tr("cannot read the file: %1").arg(file.errorString());
        return report;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        ImportReport report;
        report.file = path;
        report.failed = true;
        report.error = tr("cannot read the file: %1").arg(file.errorString());
        return report;
    }
    return importData(bytes, QFileInfo(path).absoluteFilePath());
}

ImportReport ImportJob::importData(const QByteArray &bytes, const QString &origin)
{
    ImportReport report;
    report.file = origin;
    auto fail = [&report](const QString &error) {
        report.failed = true;
        report.error = error;
        report.papersAdded = report.papersMerged = report.papersUnchanged = 0;
        return report;
    };
    auto cancelled = [this] { return m_cancel && m_cancel->load(std::memory_order_relaxed); };

    DecodedText decoded = decodeFileText(bytes);
    report.messages += decoded.messages;
    if (decoded.text.trimmed().isEmpty())
        return fail(tr("the file is empty"));
    const FormatParser *parser = FormatRegistry::instance().detect(decoded.text);
    if (!parser)
        return fail(tr("not a format Lectern recognizes (it reads arXiv listings, daily-papers listings, "
                       "title/abstract listings and abstract lines)"));
    report.format = parser->id();
    report.formatName = parser->displayName();

    ParseResult parsed = parser->parse(decoded.text);
    report.recordsRead = int(parsed.records.size());
    report.messages += parsed.messages;
    for (const ImportMessage &m : parsed.messages) {
        if (m.severity == ImportMessage::Severity::Error)
            ++report.recordsSkipped;
    }
    if (parsed.records.isEmpty() && report.recordsSkipped == 0)
        return fail(tr("no papers found in the file"));

    // The file's text is stored compressed; compressing runs beside normalization and extraction.
    const QByteArray utf8 = decoded.text.toUtf8();
    QByteArray compressed;
    std::thread compressor([&utf8, &compressed, this] { compressed = qCompress(m_dryRun ? QByteArray() : utf8, 1); });
    prepareRecords(parsed.records, m_extractor, m_threads, !m_dryRun);
    compressor.join();
    if (cancelled()) {
        report.cancelled = true;
        return fail(tr("cancelled"));
    }

    const qint64 total = parsed.records.size();
    try {
        // A dry run uses a transaction too, always rolled back, so it sees its own earlier records.
        Transaction transaction(m_db);
        PaperStore store(m_db);
        PaperReader reader(m_db);
        Deduplicator deduplicator(store);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const std::optional<qint64> knownFile = store.sourceFileId(sha);
        const qint64 fileId = store.addSourceFile({origin, sha, parser->id(), bytes.size(), compressed});

        qint64 done = 0;
        for (RawRecord &record : parsed.records) {
            if (cancelled())
                throw Cancelled();
            Paper &paper = record.paper;
            std::optional<qint64> existing;
            if (knownFile)
                existing = store.paperOfSource(fileId, record.position);
            if (existing) {
                ++report.papersUnchanged;
            } else if ((existing = deduplicator.findExisting(paper, record.keys, record.print))) {
                Paper stored = reader.load(*existing);
                bool abstractChanged = false;
                if (mergeInto(stored, paper, &abstractChanged)) {
                    if (abstractChanged && !m_dryRun)
                        m_extractor.extract(stored);
                    store.update(stored, paperKeys(stored));
                    deduplicator.remember(stored, abstractPrint(stored.abstract));
                }
                ++report.papersMerged;
            } else {
                store.insert(paper, record.keys);
                deduplicator.remember(paper, record.print);
                existing = paper.id;
                ++report.papersAdded;
            }
            store.addSource(fileId, record.position, *existing, record.line, record.rawStart, record.rawEnd);
            if (m_progress && (++done % 256 == 0 || done == total))
                m_progress(done, total);
        }
        if (!m_dryRun)
            transaction.commit();
    } catch (const Cancelled &) {
        report.cancelled = true;
        return fail(tr("cancelled"));
    } catch (const DatabaseError &e) {
        return fail(tr("database error: %1").arg(e.message()));
    }
    return report;
}

} // namespace lectern
