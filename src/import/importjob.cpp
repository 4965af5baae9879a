#include "import/importjob.h"

#include "extract/extractor.h"
#include "import/csvparser.h"
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

#include <condition_variable>
#include <mutex>
#include <thread>

namespace lectern {

namespace {

class Cancelled
{};

// Normalizes, keys and extracts the records on worker threads, chunk by chunk, ahead of the writer, which
// waits only for the chunk it is about to write: extraction overlaps the database work instead of preceding it.
class RecordPreparer
{
public:
    RecordPreparer(QList<RawRecord> &records, const Extractor &extractor, int threads, bool extract)
        : m_records(records.data())
        , m_count(records.size())
        , m_extractor(extractor)
        , m_extract(extract)
        , m_done((m_count + kChunk - 1) / kChunk, 0)
    {
        // One thread is the writer, which prepares only while it would otherwise wait; the others (at least one)
        // prepare ahead of it.
        const int workers = std::clamp(threads - 1, 1, 15);
        m_terms.resize(size_t(workers));
        for (int i = 0; i < workers; ++i)
            m_workers.emplace_back(&RecordPreparer::work, this, &m_terms[size_t(i)]);
    }

    ~RecordPreparer() { stop(); }

    // The full-text terms of every record, once all are prepared.
    QSet<QString> takeTerms()
    {
        for (std::thread &worker : m_workers)
            worker.join();
        m_workers.clear();
        QSet<QString> all = std::move(m_writerTerms);
        for (QSet<QString> &terms : m_terms)
            all.unite(terms);
        return all;
    }

    RecordPreparer(const RecordPreparer &) = delete;
    RecordPreparer &operator=(const RecordPreparer &) = delete;

    // Returns once record `index` is prepared. Instead of idling, the waiting writer prepares chunks itself
    // while unclaimed ones remain: on two cores a dry run has nothing else to do.
    void waitFor(qsizetype index)
    {
        const size_t chunk = size_t(index / kChunk);
        for (;;) {
            {
                std::lock_guard lock(m_mutex);
                if (m_done[chunk] != 0)
                    return;
            }
            if (!prepareNext(&m_writerTerms))
                break;
        }
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return m_done[chunk] != 0; });
    }

private:
    static constexpr qsizetype kChunk = 256;

    void stop()
    {
        m_stop = true;
        for (std::thread &worker : m_workers)
            worker.join();
        m_workers.clear();
    }

    // Claims and prepares the next unclaimed chunk; false when none is left.
    bool prepareNext(QSet<QString> *terms)
    {
        const qsizetype chunk = m_next++;
        const qsizetype begin = chunk * kChunk;
        if (begin >= m_count || m_stop)
            return false;
        for (qsizetype i = begin; i < std::min(m_count, begin + kChunk); ++i) {
            RawRecord &record = m_records[i];
            normalizePaper(record.paper);
            record.keys = paperKeys(record.paper);
            if (m_extract) {
                record.print = abstractPrint(record.paper.abstract);
                m_extractor.extract(record.paper);
                collectFullTextTerms(record.paper.title, *terms);
                collectFullTextTerms(record.paper.abstract, *terms);
                for (const QString &author : std::as_const(record.paper.authors))
                    collectFullTextTerms(author, *terms);
            } else {
                record.print.hasText = !record.paper.abstract.isEmpty(); // hashed when compared
            }
        }
        {
            std::lock_guard lock(m_mutex);
            m_done[size_t(chunk)] = 1;
        }
        m_ready.notify_all();
        return true;
    }

    void work(QSet<QString> *terms)
    {
        while (prepareNext(terms)) {
        }
    }

    RawRecord *m_records;
    qsizetype m_count;
    const Extractor &m_extractor;
    bool m_extract;
    std::vector<char> m_done; // per chunk, guarded by m_mutex
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::atomic<qsizetype> m_next{0};
    std::atomic_bool m_stop{false};
    std::vector<std::thread> m_workers;
    std::vector<QSet<QString>> m_terms; // one set per worker
    QSet<QString> m_writerTerms;        // the writer's, from chunks it prepared while waiting
};

} // namespace

QString ImportReport::toText() const
{
    QString text = file + QStringLiteral(": ");
    if (failed) {
        text += cancelled
                    ? QCoreApplication::translate("lectern::ImportJob", "cancelled, nothing imported")
                    : QCoreApplication::translate("lectern::ImportJob", "failed, nothing imported: %1").arg(error);
    } else {
        text += QCoreApplication::translate(
                    "lectern::ImportJob",
                    "%1; %2 records read, %3 papers added, %4 merged into existing papers, %5 already imported, "
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
                + (located ? m.text
                           : QCoreApplication::translate("lectern::ImportJob", "line %1: %2").arg(m.line).arg(m.text));
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

void ImportJob::setOptions(const ImportOptions &options)
{
    m_options = options;
}

ImportReport ImportJob::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.file = path;
        report.failed = true;
        report.error =
            QCoreApplication::translate("lectern::ImportJob", "cannot read the file: %1").arg(file.errorString());
        return report;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        ImportReport report;
        report.file = path;
        report.failed = true;
        report.error =
            QCoreApplication::translate("lectern::ImportJob", "cannot read the file: %1").arg(file.errorString());
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
        return fail(QCoreApplication::translate("lectern::ImportJob", "the file is empty"));
    const FormatRegistry &registry = FormatRegistry::instance();
    const FormatParser *parser =
        m_options.format.isEmpty() ? registry.detect(decoded.text) : registry.byId(m_options.format);
    if (!parser && !m_options.format.isEmpty())
        return fail(QCoreApplication::translate("lectern::ImportJob", "unknown format '%1'").arg(m_options.format));
    if (!parser) {
        QStringList names;
        for (const auto &known : registry.parsers())
            names.append(known->displayName());
        return fail(QCoreApplication::translate("lectern::ImportJob", "not a format Lectern recognizes (it reads %1)")
                        .arg(names.join(QStringLiteral(", "))));
    }
    report.format = parser->id();
    report.formatName = parser->displayName();

    const auto *csv = dynamic_cast<const CsvParser *>(parser);
    ParseResult parsed = csv && !m_options.csvMapping.isEmpty() ? csv->parse(decoded.text, m_options.csvMapping)
                                                                : parser->parse(decoded.text);
    report.recordsRead = int(parsed.records.size());
    report.messages += parsed.messages;
    for (const ImportMessage &m : parsed.messages) {
        if (m.severity == ImportMessage::Severity::Error)
            ++report.recordsSkipped;
    }
    if (csv && m_options.csvMapping.isEmpty() && parsed.records.isEmpty()
        && !mappingCanImport(guessCsvMapping(readCsvHeader(decoded.text).columns))) {
        report.needsColumnMapping = true;
        report.recordsSkipped = 0;
        return fail(QCoreApplication::translate("lectern::ImportJob",
                                                "the columns have no title or abstract Lectern recognizes by name; "
                                                "map them to fields"));
    }
    if (parsed.records.isEmpty() && report.recordsSkipped == 0)
        return fail(QCoreApplication::translate("lectern::ImportJob", "no papers found in the file"));

    RecordPreparer preparer(parsed.records, m_extractor, m_threads, !m_dryRun);
    // The file's text is stored compressed, once.
    const QByteArray compressed = qCompress(m_dryRun ? QByteArray() : decoded.text.toUtf8(), 1);

    const qint64 total = parsed.records.size();
    try {
        // A dry run reads in a snapshot and writes nothing: it takes no write lock and works on a read-only
        // connection.
        std::optional<Transaction> transaction;
        std::optional<ReadTransaction> snapshot;
        if (m_dryRun)
            snapshot.emplace(m_db);
        else
            transaction.emplace(m_db);
        PaperStore store(m_db, m_extractor.taxonomy());
        PaperReader reader(m_db);
        Deduplicator deduplicator(store);
        auto sha256 = [&bytes] {
            return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        };
        std::optional<qint64> knownFile;
        qint64 fileId = 0;
        if (m_dryRun) {
            // Hashing a large file takes longer than the rest of a dry run, and only a stored file of the same
            // size can be this one.
            if (store.hasSourceFileOfSize(bytes.size()))
                knownFile = store.sourceFileId(sha256());
            fileId = knownFile.value_or(0);
        } else {
            const QString sha = sha256();
            knownFile = store.sourceFileId(sha);
            fileId = store.addSourceFile({origin, sha, parser->id(), bytes.size(), compressed});
        }

        qint64 done = 0;
        qint64 unstoredId = 0;
        for (RawRecord &record : parsed.records) {
            if (cancelled())
                throw Cancelled();
            preparer.waitFor(done);
            Paper &paper = record.paper;
            std::optional<qint64> existing;
            if (knownFile)
                existing = store.paperOfSource(fileId, record.position);
            if (existing) {
                ++report.papersUnchanged;
            } else if ((existing = deduplicator.findExisting(paper, record.keys, record.print))) {
                if (!m_dryRun) {
                    Paper stored = reader.load(*existing);
                    bool abstractChanged = false;
                    if (mergeInto(stored, paper, &abstractChanged)) {
                        if (abstractChanged)
                            m_extractor.extract(stored);
                        store.update(stored, paperKeys(stored));
                        deduplicator.remember(stored, abstractPrint(stored.abstract));
                    }
                }
                ++report.papersMerged;
            } else {
                if (m_dryRun) {
                    paper.id = --unstoredId;
                    deduplicator.addUnstored(paper, record.keys, record.print);
                } else {
                    store.insert(paper, record.keys);
                    deduplicator.remember(paper, record.print);
                }
                existing = paper.id;
                ++report.papersAdded;
            }
            if (!m_dryRun)
                store.addSource(fileId, record.position, *existing, record.line, record.rawStart, record.rawEnd);
            ++done;
            if (m_progress && (done % 256 == 0 || done == total))
                m_progress(done, total);
        }
        if (!m_dryRun) {
            store.addFullTextTerms(preparer.takeTerms());
            store.flush();
            transaction->commit();
        }
    } catch (const Cancelled &) {
        report.cancelled = true;
        return fail(QCoreApplication::translate("lectern::ImportJob", "cancelled"));
    } catch (const DatabaseError &e) {
        return fail(QCoreApplication::translate("lectern::ImportJob", "database error: %1").arg(e.message()));
    }
    return report;
}

} // namespace lectern
