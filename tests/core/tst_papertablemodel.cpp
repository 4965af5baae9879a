// The paged paper table model and the technique matrix model, on a real library file (the models read on
// their own connection), checked by QAbstractItemModelTester.
#include "extract/extractor.h"
#include "extract/taxonomy.h"
#include "import/importjob.h"
#include "itemmodels/librarywatcher.h"
#include "itemmodels/paperidsmime.h"
#include "itemmodels/papertablemodel.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/techniquematrixmodel.h"
#include "store/library.h"
#include "store/statement.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestPaperTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // n papers with distinct years, so the default order (newest first) is known.
    void writeLibrary(int n)
    {
        QFile file(m_dir.filePath(QStringLiteral("papers.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < n; ++i) {
            const char *technique = i % 2 ? "we prune channels of the network" : "we quantize weights to 4 bits";
            // The number opens the abstract: abstracts that differ in one word late would be one paper.
            file.write(QStringLiteral("Efficient paper number %1\nStudy %1 of our series: in this work %2 and "
                                      "obtain a %3x speedup on commodity GPUs with no loss in accuracy.\n")
                           .arg(i)
                           .arg(QLatin1String(technique))
                           .arg(i % 5 + 2)
                           .toUtf8());
        }
        file.close();
        Library library(m_path);
        const Extractor extractor;
        ImportJob job(library.db(), extractor);
        const ImportReport report = job.importFile(file.fileName());
        QVERIFY2(!report.failed, qPrintable(report.toText()));
        QCOMPARE(report.papersAdded, n);
    }

    qint64 idOf(const QString &title)
    {
        Library library(m_path, Library::Access::Read);
        Statement find(library.db(), "SELECT id FROM paper WHERE title = ?");
        find.bind(1, title);
        return find.next() ? find.int64(0) : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        m_path = m_dir.filePath(QStringLiteral("lib.sqlite"));
        writeLibrary(300);
    }

    void pagesRowsAndPassesTheModelTester()
    {
        ReaderThread reader(m_path);
        PaperTableModel model(&reader, Taxonomy::builtIn());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &PaperTableModel::countChanged);
        model.setQuery(Query());
        QVERIFY(counted.wait(5000));
        QCOMPARE(model.totalCount(), 300);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.columnCount(), int(PaperTableModel::ColumnCount));
        // The first page is loaded, later rows are pending until asked for.
        QVERIFY(!model.index(0, 0).data(PaperTableModel::PendingRole).toBool());
        QVERIFY(model.index(299, 0).data(PaperTableModel::PendingRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!model.index(299, 0).data(PaperTableModel::PendingRole).toBool(), 5000);
        QVERIFY(model.index(299, 0).data().toString().startsWith(QStringLiteral("Efficient paper number")));
        QVERIFY(changed.count() >= 1);
    }

    void filtersAndSorts()
    {
        ReaderThread reader(m_path);
        PaperTableModel model(&reader, Taxonomy::builtIn());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &PaperTableModel::countChanged);
        model.setQuery(Query::parse(QStringLiteral("technique:pruning")));
        QVERIFY(counted.wait(5000));
        QCOMPARE(model.totalCount(), 150);
        QVERIFY(
            model.index(0, PaperTableModel::TechniquesColumn).data().toString().contains(QStringLiteral("Pruning")));
        model.sort(PaperTableModel::TitleColumn, Qt::AscendingOrder);
        QVERIFY(counted.wait(5000));
        QCOMPARE(model.index(0, PaperTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Efficient paper number 1"));
        QCOMPARE(model.index(1, PaperTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Efficient paper number 101"));
        model.setQuery(Query::parse(QStringLiteral("nothingmatchesthis")));
        QVERIFY(counted.wait(5000));
        QCOMPARE(model.rowCount(), 0);
    }

    void fastTypingShowsOnlyTheLastQuery()
    {
        ReaderThread reader(m_path);
        PaperTableModel model(&reader, Taxonomy::builtIn());
        QSignalSpy counted(&model, &PaperTableModel::countChanged);
        const QString text = QStringLiteral("number 12");
        for (int i = 1; i <= text.size(); ++i)
            model.setQuery(Query::parse(text.left(i), {.asYouType = true}));
        QTRY_VERIFY_WITH_TIMEOUT(counted.count() >= 1 && !model.isLoading(), 5000);
        // "12" as a prefix: 12 and 120..129
        QCOMPARE(model.totalCount(), 11);
        QCOMPARE(counted.last().first().toLongLong(), 11);
    }

    void locatesPapersBeyondTheLoadedPages()
    {
        ReaderThread reader(m_path);
        PaperTableModel model(&reader, Taxonomy::builtIn());
        QSignalSpy counted(&model, &PaperTableModel::countChanged);
        model.setQuery(Query::parse(QStringLiteral("efficient")));
        QVERIFY(counted.wait(5000));
        // Newest first (no dates, so by import): the first paper imported (id 1) is the last row.
        QSignalSpy located(&model, &PaperTableModel::located);
        model.locate(1);
        QVERIFY(located.wait(5000));
        QCOMPARE(located.last().at(1).toInt(), 299);
        model.setQuery(Query::parse(QStringLiteral("technique:pruning")));
        QVERIFY(counted.wait(5000));
        model.locate(2); // "Efficient paper number 1" was the second record and is about pruning
        QVERIFY(located.wait(5000));
        QCOMPARE(located.last().at(1).toInt(), 149);
        model.locate(1); // number 0 quantizes: not in this result
        QVERIFY(located.wait(5000));
        QCOMPARE(located.last().at(1).toInt(), -1);
    }

    void matrixCountsPapersPerCell()
    {
        ReaderThread reader(m_path);
        TechniqueMatrixModel matrix(&reader, Taxonomy::builtIn());
        QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy updated(&matrix, &TechniqueMatrixModel::updated);
        matrix.setQuery(Query());
        QVERIFY(updated.wait(5000));
        const int pruning = int(matrix.techniques().indexOf(QStringLiteral("pruning")));
        const int speedup = int(matrix.kinds().indexOf(QStringLiteral("speedup")));
        QVERIFY(pruning >= 0 && speedup >= 0);
        QCOMPARE(matrix.count(pruning, speedup), 150);
        QCOMPARE(matrix.cellQuery(pruning, speedup), QStringLiteral("technique:pruning metric:speedup"));
        matrix.setQuery(Query::parse(QStringLiteral("technique:quantization")));
        QVERIFY(updated.wait(5000));
        QCOMPARE(matrix.techniques().indexOf(QStringLiteral("pruning")), -1);
    }

    void hasCurationColumns()
    {
        ReaderThread reader(m_path);
        PaperTableModel model(&reader, Taxonomy::builtIn());
        QCOMPARE(model.columnCount(), 11);
        QCOMPARE(model.headerData(PaperTableModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
        QCOMPARE(model.headerData(PaperTableModel::RatingColumn, Qt::Horizontal).toString(), QStringLiteral("Rating"));
        QCOMPARE(model.headerData(PaperTableModel::PriorityColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Priority"));
        // The file's columns keep their places (a saved header layout refers to them by position).
        QCOMPARE(model.headerData(PaperTableModel::SourceColumn, Qt::Horizontal).toString(), QStringLiteral("Source"));
        QCOMPARE(int(PaperTableModel::SourceColumn), 7);
    }

    void showsTheReadersCuration()
    {
        const qint64 curated = idOf(QStringLiteral("Efficient paper number 299"));
        const qint64 plain = idOf(QStringLiteral("Efficient paper number 298"));
        QVERIFY(curated && plain);
        {
            Library writer(m_path);
            Statement set(writer.db(), "UPDATE paper SET status = 1, rating = 4, priority = 2, note = ? WHERE id = ?");
            set.bind(1, QStringLiteral("Compare with **GPTQ**"));
            set.bind(2, curated);
            set.run();
        }
        ReaderThread reader(m_path);
        PaperTableModel model(&reader, Taxonomy::builtIn());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &PaperTableModel::countChanged);
        model.setQuery(Query());
        QVERIFY(counted.wait(5000));
        const int row = model.loadedRowOf(curated);
        const int other = model.loadedRowOf(plain);
        QVERIFY(row >= 0 && other >= 0);

        QCOMPARE(model.index(row, PaperTableModel::StatusColumn).data().toString(), QStringLiteral("Reading"));
        QCOMPARE(model.index(row, PaperTableModel::RatingColumn).data().toInt(), 4);
        QCOMPARE(model.index(row, PaperTableModel::RatingColumn).data(PaperTableModel::RatingRole).toInt(), 4);
        QCOMPARE(model.index(row, PaperTableModel::PriorityColumn).data().toString(), QStringLiteral("High"));
        QVERIFY(model.index(row, PaperTableModel::TitleColumn).data(PaperTableModel::HasNoteRole).toBool());
        QVERIFY(model.index(row, PaperTableModel::TitleColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Has a note")));
        QCOMPARE(model.index(row, PaperTableModel::RatingColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Rated 4 of 5"));

        QCOMPARE(model.index(other, PaperTableModel::StatusColumn).data().toString(), QStringLiteral("Unread"));
        QCOMPARE(model.index(other, PaperTableModel::RatingColumn).data(PaperTableModel::RatingRole).toInt(), 0);
        QCOMPARE(model.index(other, PaperTableModel::PriorityColumn).data().toString(), QStringLiteral("Normal"));
        QVERIFY(!model.index(other, PaperTableModel::TitleColumn).data(PaperTableModel::HasNoteRole).toBool());
        QVERIFY(!model.index(other, PaperTableModel::TitleColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("Has a note")));

        // Sorting by a curation column sorts in the library (the best rated first, descending).
        model.sort(PaperTableModel::RatingColumn, Qt::DescendingOrder);
        QVERIFY(counted.wait(5000));
        QCOMPARE(model.paperId(0), curated);
        model.sort(PaperTableModel::StatusColumn, Qt::DescendingOrder);
        QVERIFY(counted.wait(5000));
        QCOMPARE(model.paperId(0), curated);
        model.sort(PaperTableModel::PriorityColumn, Qt::AscendingOrder);
        QVERIFY(counted.wait(5000));
        QVERIFY(model.paperId(0) != curated);
        QTRY_COMPARE_WITH_TIMEOUT(model.paperId(299), curated, 5000); // its page loads when asked for

        {
            Library writer(m_path);
            Statement reset(writer.db(),
                            "UPDATE paper SET status = 0, rating = 0, priority = 1, note = '' WHERE id = ?");
            reset.bind(1, curated);
            reset.run();
        }
    }

    void dragsPaperIdsInRowOrder()
    {
        ReaderThread reader(m_path);
        PaperTableModel model(&reader, Taxonomy::builtIn());
        QSignalSpy counted(&model, &PaperTableModel::countChanged);
        model.setQuery(Query());
        QVERIFY(counted.wait(5000));
        QCOMPARE(model.mimeTypes(), QStringList{paperIdsMimeType()});
        const QModelIndex title = model.index(2, PaperTableModel::TitleColumn);
        QVERIFY(model.flags(title).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(model.flags(title).testFlag(Qt::ItemIsSelectable));
        QVERIFY(!model.flags(title).testFlag(Qt::ItemIsEditable));
        QVERIFY(model.supportedDragActions().testFlag(Qt::CopyAction));

        // Picked out of order, several cells of one row: each paper once, in the table's order.
        const QModelIndexList picked = {
            model.index(5, PaperTableModel::YearColumn), title, model.index(0, PaperTableModel::TitleColumn),
            model.index(0, PaperTableModel::AuthorsColumn), model.index(2, PaperTableModel::TagsColumn)};
        std::unique_ptr<QMimeData> mime(model.mimeData(picked));
        QVERIFY(mime);
        const QList<qint64> expected = {model.paperId(0), model.paperId(2), model.paperId(5)};
        QVERIFY(!expected.contains(0));
        QCOMPARE(paperIds(mime.get()), expected);
        QCOMPARE(mime->text(), QStringList({model.index(0, 0).data().toString(), model.index(2, 0).data().toString(),
                                            model.index(5, 0).data().toString()})
                                   .join(QLatin1Char('\n')));
        QVERIFY(mime->text().startsWith(QStringLiteral("Efficient paper number 299\n")));
        // Nothing to drag: no data.
        QVERIFY(!model.mimeData({}));
    }

    void watcherNoticesWritesOfOtherConnections()
    {
        ReaderThread reader(m_path);
        LibraryWatcher watcher(&reader, 50);
        QSignalSpy changed(&watcher, &LibraryWatcher::libraryChanged);
        QTest::qWait(200); // the first poll records the current version
        QCOMPARE(changed.count(), 0);
        {
            Library writer(m_path);
            writer.db().exec("INSERT INTO tag(name) VALUES ('watched')");
        }
        QVERIFY(changed.wait(5000));
    }
};

QTEST_GUILESS_MAIN(TestPaperTableModel)
#include "tst_papertablemodel.moc"
