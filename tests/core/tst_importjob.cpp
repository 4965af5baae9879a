// ImportJob: one transaction per file, reports, de-duplication across files, re-import adds nothing,
// failures and cancellation leave the library exactly as it was.
#include "extract/extractor.h"
#include "import/importjob.h"
#include "store/library.h"
#include "store/paperreader.h"
#include "store/statement.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestImportJob : public QObject
{
    Q_OBJECT

    static QString fixture(const char *name)
    {
        return test::testDataPath(QStringLiteral("import/") + QLatin1String(name));
    }

    static QList<qint64> tableCounts(Database &db)
    {
        QList<qint64> counts;
        for (const char *sql :
             {"SELECT count(*) FROM paper", "SELECT count(*) FROM source", "SELECT count(*) FROM source_file",
              "SELECT count(*) FROM technique_fact", "SELECT count(*) FROM metric_fact",
              "SELECT count(*) FROM paper_fts", "SELECT total(length(abstract)) FROM paper"}) {
            Statement s(db, sql);
            counts.append(s.next() ? s.int64(0) : -1);
        }
        return counts;
    }

private Q_SLOTS:
    void importsAFileAndReportsIt()
    {
        Library library(QStringLiteral(":memory:"));
        const Extractor extractor;
        ImportJob job(library.db(), extractor);
        const ImportReport report = job.importFile(fixture("pairs.txt"));
        QVERIFY2(!report.failed, qPrintable(report.toText()));
        QCOMPARE(report.format, QStringLiteral("title-abstract"));
        QCOMPARE(report.recordsRead, 3);
        QCOMPARE(report.papersAdded, 3);
        QCOMPARE(report.papersMerged, 0);
        QCOMPARE(report.recordsSkipped, 0);
        QVERIFY(report.toText().contains(QStringLiteral("3 papers added")));
        QCOMPARE(tableCounts(library.db()).first(), 3);
        // Extraction ran during the import.
        Statement s(library.db(), "SELECT count(*) FROM technique_fact WHERE technique = 'moe'");
        QVERIFY(s.next());
        QCOMPARE(s.int64(0), 1);
    }

    void importingTheSameFileTwiceAddsNothing()
    {
        Library library(QStringLiteral(":memory:"));
        const Extractor extractor;
        ImportJob job(library.db(), extractor);
        QVERIFY(!job.importFile(fixture("pairs.txt")).failed);
        const QList<qint64> before = tableCounts(library.db());
        const ImportReport again = job.importFile(fixture("pairs.txt"));
        QVERIFY(!again.failed);
        QCOMPARE(again.papersAdded, 0);
        QCOMPARE(again.papersUnchanged, 3);
        QCOMPARE(tableCounts(library.db()), before);
    }

    void mergesTheSamePaperAcrossFormats()
    {
        Library library(QStringLiteral(":memory:"));
        const Extractor extractor;
        ImportJob job(library.db(), extractor);
        QVERIFY(!job.importFile(fixture("pairs.txt")).failed);
        const ImportReport report = job.importFile(fixture("abstracts.txt"));
        QVERIFY2(!report.failed, qPrintable(report.toText()));
        QCOMPARE(report.format, QStringLiteral("abstract-lines"));
        QCOMPARE(report.papersMerged, 2); // one cut short, one with a link added
        QCOMPARE(report.papersAdded, 1);
        Statement s(library.db(), "SELECT id, title, title_provisional FROM paper WHERE title LIKE 'Low-Rank%'");
        QVERIFY(s.next());
        QCOMPARE(s.int64(2), 0); // the real title wins over a provisional one
        const qint64 id = s.int64(0);
        PaperReader reader(library.db());
        QCOMPARE(reader.sources(id).size(), 2);
        // The fuller abstract (with the link) is kept.
        QVERIFY(reader.load(id).abstract.contains(QStringLiteral("example.org")));
        Statement provisional(library.db(), "SELECT title FROM paper WHERE title_provisional = 1");
        QVERIFY(provisional.next());
        QVERIFY2(provisional.text(0).startsWith(QStringLiteral("An entirely different paper")),
                 qPrintable(provisional.text(0)));
    }

    void unrecognizedFilesFailAndChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("binary") << fixture("binary.dat");
        QTest::newRow("prose") << fixture("prose.txt");
        QTest::newRow("missing") << fixture("does-not-exist.txt");
    }

    void unrecognizedFilesFailAndChangeNothing()
    {
        QFETCH(QString, file);
        Library library(QStringLiteral(":memory:"));
        const Extractor extractor;
        ImportJob job(library.db(), extractor);
        QVERIFY(!job.importFile(fixture("pairs.txt")).failed);
        const QList<qint64> before = tableCounts(library.db());
        const ImportReport report = job.importFile(file);
        QVERIFY(report.failed);
        QVERIFY(!report.error.isEmpty());
        QVERIFY2(report.toText().startsWith(file), qPrintable(report.toText()));
        QCOMPARE(tableCounts(library.db()), before);
    }

    void cancellingRollsBackTheWholeFile()
    {
        Library library(QStringLiteral(":memory:"));
        const Extractor extractor;
        ImportJob job(library.db(), extractor);
        QVERIFY(!job.importFile(fixture("pairs.txt")).failed);
        const QList<qint64> before = tableCounts(library.db());

        // A file large enough to report progress, cancelled halfway through.
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        for (int i = 0; i < 2000; ++i)
            big.write(QStringLiteral("Paper number %1 on efficient inference\nWe study efficient inference number %1 "
                                     "and report a %2x speedup on GPUs with careful kernel design.\n")
                          .arg(i)
                          .arg(i % 7 + 2)
                          .toUtf8());
        big.close();
        std::atomic_bool cancel{false};
        job.setCancelFlag(&cancel);
        job.setProgressHandler([&cancel](qint64 done, qint64) {
            if (done >= 1000)
                cancel = true;
        });
        const ImportReport report = job.importFile(big.fileName());
        QVERIFY(report.failed);
        QVERIFY(report.cancelled);
        QCOMPARE(tableCounts(library.db()), before);
    }

    void dryRunStoresNothing()
    {
        Library library(QStringLiteral(":memory:"));
        const Extractor extractor;
        ImportJob job(library.db(), extractor);
        job.setDryRun(true);
        const QList<qint64> before = tableCounts(library.db());
        const ImportReport report = job.importFile(fixture("pairs.txt"));
        QVERIFY(!report.failed);
        QCOMPARE(report.papersAdded, 3);
        QCOMPARE(tableCounts(library.db()), before);
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
