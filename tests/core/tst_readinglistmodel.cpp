// The reading list model on a real library file (it reads on its own connection): order, roles, drag and drop
// and keyboard reordering as requests with the list's whole new order, and refreshes that keep rows in place.
#include "domain/paperkeys.h"
#include "extract/taxonomy.h"
#include "itemmodels/paperidsmime.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/readinglistmodel.h"
#include "store/library.h"
#include "store/paperstore.h"
#include "store/readinglists.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lectern;

using Order = QList<qint64>;

class TestReadingListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    // Papers "A" to "H" by letter.
    QHash<QChar, qint64> m_ids;
    qint64 m_survey = 0; // C A E B D
    qint64 m_empty = 0;

    qint64 id(char letter) const { return m_ids.value(QLatin1Char(letter)); }

    // "CAEBD" -> the ids of those papers.
    Order ids(const char *letters) const
    {
        Order result;
        for (const char *c = letters; *c; ++c)
            result.append(id(*c));
        return result;
    }

    QString letters(const Order &order) const
    {
        QString result;
        for (qint64 paper : order)
            result.append(m_ids.key(paper, QLatin1Char('?')));
        return result;
    }

    qint64 createList(const QString &name, const char *papers)
    {
        Library library(m_path);
        Transaction t(library.db());
        ReadingLists lists(library.db());
        const qint64 list = lists.create(name);
        lists.append(list, ids(papers));
        t.commit();
        return list;
    }

    // Rewrites a list's items as another writer would.
    void writeOrder(qint64 list, const Order &order)
    {
        Library library(m_path);
        Transaction t(library.db());
        Statement clear(library.db(), "DELETE FROM reading_list_item WHERE list_id = ?");
        clear.bind(1, list);
        clear.run();
        Statement insert(library.db(), "INSERT INTO reading_list_item(list_id, paper_id, position) VALUES (?, ?, ?)");
        for (int i = 0; i < order.size(); ++i) {
            insert.bind(1, list).bind(2, order.at(i)).bind(3, i);
            insert.run();
            insert.reset();
        }
        t.commit();
    }

    static bool load(ReadingListModel &model, qint64 list)
    {
        QSignalSpy loaded(&model, &ReadingListModel::loaded);
        model.setList(list);
        return loaded.count() > 0 || loaded.wait(10000);
    }

    static bool reload(ReadingListModel &model)
    {
        QSignalSpy loaded(&model, &ReadingListModel::loaded);
        model.refresh();
        return loaded.wait(10000);
    }

    static QModelIndexList indexesOf(const ReadingListModel &model, const QList<int> &rows)
    {
        QModelIndexList indexes;
        for (int row : rows)
            indexes.append(model.index(row));
        return indexes;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("lib.sqlite"));
        Library library(m_path);
        {
            Transaction t(library.db());
            PaperStore store(library.db(), Taxonomy::builtIn());
            const QString letters = QStringLiteral("ABCDEFGH");
            for (int i = 0; i < letters.size(); ++i) {
                Paper p;
                p.title = QStringLiteral("Paper ") + letters.at(i);
                p.abstract = QStringLiteral("Study %1 of a series on the speed of trained networks.").arg(i);
                p.authors = {QStringLiteral("Ada Lovelace"), QStringLiteral("Émile Borel")};
                if (i % 2)
                    p.authors.append(QStringLiteral("Alan Turing"));
                p.year = 2010 + i;
                p.venue = QStringLiteral("Venue ") + letters.at(i);
                store.insert(p, paperKeys(p));
                m_ids.insert(letters.at(i), p.id);
            }
            store.flush();
            Statement curate(library.db(), "UPDATE paper SET status = 2, rating = 4 WHERE id = ?");
            curate.bind(1, m_ids.value(QLatin1Char('C')));
            curate.run();
            t.commit();
        }
        m_survey = createList(QStringLiteral("Survey"), "CAEBD");
        m_empty = createList(QStringLiteral("Empty"), "");
    }

    void loadsTheListInOrder()
    {
        ReaderThread reader(m_path);
        ReadingListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.hasList());
        QVERIFY(load(model, m_survey));
        QVERIFY(model.hasList());
        QVERIFY(!model.isLoading());
        QCOMPARE(model.listName(), QStringLiteral("Survey"));
        QCOMPARE(letters(model.paperIds()), QStringLiteral("CAEBD"));
        QCOMPARE(model.rowCount(), 5);

        const QModelIndex first = model.index(0);
        QCOMPARE(first.data().toString(), QStringLiteral("Paper C"));
        QCOMPARE(first.data(ReadingListModel::PaperIdRole).toLongLong(), id('C'));
        QCOMPARE(first.data(ReadingListModel::AuthorsRole).toString(), QStringLiteral("Ada Lovelace; Émile Borel"));
        QCOMPARE(first.data(ReadingListModel::YearRole).toInt(), 2012);
        QCOMPARE(first.data(ReadingListModel::VenueRole).toString(), QStringLiteral("Venue C"));
        QCOMPARE(first.data(ReadingListModel::StatusRole).toInt(), int(ReadingStatus::Read));
        QCOMPARE(first.data(ReadingListModel::RatingRole).toInt(), 4);
        QCOMPARE(first.data(ReadingListModel::DetailRole).toString(),
                 QStringLiteral("Ada Lovelace and Émile Borel · Venue C · 2012"));
        QVERIFY(!first.data(ReadingListModel::PendingRole).toBool());
        const QString tip = first.data(Qt::ToolTipRole).toString();
        for (const char *part : {"Paper C", "Ada Lovelace, Émile Borel", "Venue C", "2012"})
            QVERIFY2(tip.contains(QString::fromUtf8(part)), qPrintable(tip));

        const QModelIndex second = model.index(1); // A: unread, unrated, two authors
        QCOMPARE(second.data(ReadingListModel::StatusRole).toInt(), int(ReadingStatus::Unread));
        QCOMPARE(second.data(ReadingListModel::RatingRole).toInt(), 0);
        const QModelIndex fourth = model.index(3); // B: three authors
        QCOMPARE(fourth.data(ReadingListModel::DetailRole).toString(),
                 QStringLiteral("Ada Lovelace et al. · Venue B · 2011"));
        QVERIFY(fourth.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Alan Turing")));
    }

    void emptyAndMissingLists()
    {
        ReaderThread reader(m_path);
        ReadingListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_empty));
        QVERIFY(model.hasList());
        QCOMPARE(model.listName(), QStringLiteral("Empty"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.flags({}).testFlag(Qt::ItemIsDropEnabled));

        QVERIFY(load(model, m_survey));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(load(model, 0));
        QVERIFY(!model.hasList());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.flags({}).testFlag(Qt::ItemIsDropEnabled));

        QVERIFY(load(model, 999999)); // no such list
        QVERIFY(!model.hasList());
        QCOMPARE(model.rowCount(), 0);
        auto mime = std::make_unique<QMimeData>();
        setPaperIds(mime.get(), ids("A"));
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    }

    void mimeDataRoundTrip()
    {
        ReaderThread reader(m_path);
        ReadingListModel model(&reader);
        QVERIFY(load(model, m_survey));
        QVERIFY(model.mimeTypes().contains(paperIdsMimeType()));
        QVERIFY(model.supportedDropActions().testFlags(Qt::MoveAction | Qt::CopyAction));
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(!model.flags(model.index(0)).testFlag(Qt::ItemIsDropEnabled)); // drops go between papers

        // Selection order is not list order: the drag carries the papers in the list's order.
        const std::unique_ptr<QMimeData> mime(model.mimeData(indexesOf(model, {3, 0, 2})));
        QVERIFY(mime);
        QCOMPARE(letters(paperIds(mime.get())), QStringLiteral("CEB"));
        QCOMPARE(mime->text(), QStringLiteral("Paper C\nPaper E\nPaper B"));
        QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, 1, 0, {}));

        QMimeData plain;
        plain.setText(QStringLiteral("Paper C"));
        QVERIFY(!model.canDropMimeData(&plain, Qt::CopyAction, 1, 0, {}));
        QVERIFY(!model.dropMimeData(&plain, Qt::CopyAction, 1, 0, {}));
        QVERIFY(!model.canDropMimeData(mime.get(), Qt::LinkAction, 1, 0, {}));
    }

    void dropMovesPapersOfTheList_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<int>("dropRow");
        QTest::addColumn<bool>("onItem"); // dropped onto the paper at dropRow rather than between rows
        QTest::addColumn<QString>("expected");

        // The list is C A E B D.
        QTest::newRow("one to the top") << QList<int>{3} << 0 << false << QStringLiteral("BCAED");
        QTest::newRow("one to the middle") << QList<int>{0} << 3 << false << QStringLiteral("AECBD");
        QTest::newRow("one to the end") << QList<int>{1} << 5 << false << QStringLiteral("CEBDA");
        QTest::newRow("one to the end, row -1") << QList<int>{0} << -1 << false << QStringLiteral("AEBDC");
        QTest::newRow("non-adjacent to the top") << QList<int>{4, 1} << 0 << false << QStringLiteral("ADCEB");
        QTest::newRow("non-adjacent to the middle") << QList<int>{0, 4} << 2 << false << QStringLiteral("ACDEB");
        QTest::newRow("non-adjacent to the end") << QList<int>{0, 2} << 5 << false << QStringLiteral("ABDCE");
        QTest::newRow("block downwards") << QList<int>{0, 1} << 4 << false << QStringLiteral("EBCAD");
        QTest::newRow("onto a paper") << QList<int>{4} << 1 << true << QStringLiteral("CDAEB");
        QTest::newRow("beyond the end") << QList<int>{0} << 42 << false << QStringLiteral("AEBDC");
        QTest::newRow("onto itself") << QList<int>{2} << 2 << false << QStringLiteral("CAEBD");
        QTest::newRow("just below itself") << QList<int>{2} << 3 << false << QStringLiteral("CAEBD");
    }

    void dropMovesPapersOfTheList()
    {
        QFETCH(QList<int>, rows);
        QFETCH(int, dropRow);
        QFETCH(bool, onItem);
        QFETCH(QString, expected);
        ReaderThread reader(m_path);
        ReadingListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_survey));
        const QPersistentModelIndex dragged(model.index(rows.first()));
        const qint64 draggedId = model.paperId(rows.first());
        const std::unique_ptr<QMimeData> mime(model.mimeData(indexesOf(model, rows)));
        QSignalSpy reorder(&model, &ReadingListModel::reorderRequested);

        const QModelIndex parent = onItem ? model.index(dropRow) : QModelIndex();
        QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, onItem ? -1 : dropRow, 0, parent));

        const bool changed = expected != QStringLiteral("CAEBD");
        QCOMPARE(reorder.count(), changed ? 1 : 0);
        if (changed) {
            QCOMPARE(reorder.first().at(0).toLongLong(), m_survey);
            QCOMPARE(letters(reorder.first().at(1).value<Order>()), expected);
        }
        // Shown at once, with the dragged rows followed by their persistent indexes (the view's selection).
        QCOMPARE(letters(model.paperIds()), expected);
        QVERIFY(dragged.isValid());
        QCOMPARE(dragged.data(ReadingListModel::PaperIdRole).toLongLong(), draggedId);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Paper ") + expected.at(0));
    }

    void dropFromOutsideInsertsPapers_data()
    {
        QTest::addColumn<QString>("dropped");
        QTest::addColumn<int>("dropRow");
        QTest::addColumn<QString>("expected");

        QTest::newRow("one at the top") << QStringLiteral("F") << 0 << QStringLiteral("FCAEBD");
        QTest::newRow("two in the middle") << QStringLiteral("HF") << 2 << QStringLiteral("CAHFEBD");
        QTest::newRow("at the end") << QStringLiteral("G") << -1 << QStringLiteral("CAEBDG");
        QTest::newRow("repeated in the drag") << QStringLiteral("FGF") << 1 << QStringLiteral("CFGAEBD");
        QTest::newRow("some already in the list") << QStringLiteral("FAG") << 4 << QStringLiteral("CEBFAGD");
    }

    void dropFromOutsideInsertsPapers()
    {
        QFETCH(QString, dropped);
        QFETCH(int, dropRow);
        QFETCH(QString, expected);
        ReaderThread reader(m_path);
        ReadingListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_survey));

        // As the table drags them: ids, and titles one a line.
        QMimeData mime;
        setPaperIds(&mime, ids(dropped.toLatin1().constData()));
        QStringList titles;
        for (QChar letter : dropped)
            titles.append(QStringLiteral("Paper ") + letter);
        mime.setText(titles.join(QLatin1Char('\n')));
        QSignalSpy reorder(&model, &ReadingListModel::reorderRequested);
        QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, dropRow, 0, {}));
        QCOMPARE(reorder.count(), 1);
        QCOMPARE(reorder.first().at(0).toLongLong(), m_survey);
        const Order order = reorder.first().at(1).value<Order>();
        QCOMPARE(letters(order), expected);
        QCOMPARE(QSet<qint64>(order.cbegin(), order.cend()).size(), order.size());

        // Shown at once; the new papers are pending, titled from the drag, until the list is read back.
        QCOMPARE(letters(model.paperIds()), expected);
        const int row = model.rowOf(id(dropped.at(0).toLatin1()));
        QCOMPARE(model.index(row).data().toString(), QStringLiteral("Paper ") + dropped.at(0));
        QVERIFY(model.index(row).data(ReadingListModel::PendingRole).toBool());
        QVERIFY(!model.index(model.rowOf(id('C'))).data(ReadingListModel::PendingRole).toBool());

        // Nothing was written: a refresh shows the library's order again.
        QVERIFY(reload(model));
        QCOMPARE(letters(model.paperIds()), QStringLiteral("CAEBD"));
    }

    void dropWithoutTitlesShowsPlaceholders()
    {
        ReaderThread reader(m_path);
        ReadingListModel model(&reader);
        QVERIFY(load(model, m_survey));
        QMimeData mime;
        setPaperIds(&mime, ids("GH"));
        mime.setText(QStringLiteral("only one line"));
        QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, 0, 0, {}));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("…"));
        QCOMPARE(model.index(0).data(ReadingListModel::PaperIdRole).toLongLong(), id('G'));
    }

    void moveUpAndDown_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<bool>("up");
        QTest::addColumn<QString>("expected"); // empty: nothing happens

        // The list is C A E B D.
        QTest::newRow("one up") << QList<int>{2} << true << QStringLiteral("CEABD");
        QTest::newRow("one down") << QList<int>{2} << false << QStringLiteral("CABED");
        QTest::newRow("block up") << QList<int>{3, 2} << true << QStringLiteral("CEBAD");
        QTest::newRow("block down") << QList<int>{1, 2} << false << QStringLiteral("CBAED");
        QTest::newRow("gap up") << QList<int>{1, 3} << true << QStringLiteral("ACBED");
        QTest::newRow("gap down") << QList<int>{0, 2} << false << QStringLiteral("ACBED");
        QTest::newRow("top row up") << QList<int>{0} << true << QString();
        QTest::newRow("block at the top up") << QList<int>{0, 1, 3} << true << QString();
        QTest::newRow("bottom row down") << QList<int>{4} << false << QString();
        QTest::newRow("block at the bottom down") << QList<int>{3, 4} << false << QString();
        QTest::newRow("top row down") << QList<int>{0} << false << QStringLiteral("ACEBD");
        QTest::newRow("bottom row up") << QList<int>{4} << true << QStringLiteral("CAEDB");
        QTest::newRow("nothing selected") << QList<int>{} << true << QString();
        QTest::newRow("invalid rows ignored") << QList<int>{-1, 2, 9} << true << QStringLiteral("CEABD");
    }

    void moveUpAndDown()
    {
        QFETCH(QList<int>, rows);
        QFETCH(bool, up);
        QFETCH(QString, expected);
        ReaderThread reader(m_path);
        ReadingListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_survey));
        QSignalSpy reorder(&model, &ReadingListModel::reorderRequested);
        const bool requested = up ? model.moveUp(rows) : model.moveDown(rows);
        QCOMPARE(requested, !expected.isEmpty());
        QCOMPARE(reorder.count(), expected.isEmpty() ? 0 : 1);
        QCOMPARE(letters(model.paperIds()), expected.isEmpty() ? QStringLiteral("CAEBD") : expected);
        if (!expected.isEmpty()) {
            QCOMPARE(reorder.first().at(0).toLongLong(), m_survey);
            QCOMPARE(letters(reorder.first().at(1).value<Order>()), expected);
        }
    }

    void removalRequestsTheRemainingOrder()
    {
        ReaderThread reader(m_path);
        ReadingListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, m_survey));
        QSignalSpy removal(&model, &ReadingListModel::removeRequested);
        QSignalSpy reorder(&model, &ReadingListModel::reorderRequested);
        QVERIFY(!model.requestRemoval({}));
        QVERIFY(model.requestRemoval({3, 0}));
        QCOMPARE(reorder.count(), 0);
        QCOMPARE(removal.count(), 1);
        QCOMPARE(removal.first().at(0).toLongLong(), m_survey);
        QCOMPARE(letters(removal.first().at(1).value<Order>()), QStringLiteral("AED"));
        QCOMPARE(letters(model.paperIds()), QStringLiteral("AED"));
    }

    void refreshShowsTheLibrarysOrderAndKeepsRows()
    {
        const qint64 list = createList(QStringLiteral("Refreshed"), "ABCD");
        ReaderThread reader(m_path);
        ReadingListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, list));
        QCOMPARE(letters(model.paperIds()), QStringLiteral("ABCD"));
        const QPersistentModelIndex current(model.index(2)); // C, as a view's current index
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        writeOrder(list, ids("DGCA")); // B leaves, G comes, the rest reorders
        QVERIFY(reload(model));
        QCOMPARE(letters(model.paperIds()), QStringLiteral("DGCA"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Paper G"));
        QVERIFY(current.isValid());
        QCOMPARE(current.row(), 2);
        QCOMPARE(current.data(ReadingListModel::PaperIdRole).toLongLong(), id('C'));
        QCOMPARE(reset.count(), 0);

        writeOrder(list, ids("CD"));
        QVERIFY(reload(model));
        QCOMPARE(letters(model.paperIds()), QStringLiteral("CD"));
        QCOMPARE(current.row(), 0);

        // Renamed and changed papers are read again.
        {
            Library library(m_path);
            Statement rename(library.db(), "UPDATE reading_list SET name = 'Refreshed twice' WHERE id = ?");
            rename.bind(1, list);
            rename.run();
            Statement rate(library.db(), "UPDATE paper SET rating = 5 WHERE id = ?");
            rate.bind(1, id('D'));
            rate.run();
        }
        QVERIFY(reload(model));
        QCOMPARE(model.listName(), QStringLiteral("Refreshed twice"));
        QCOMPARE(model.index(1).data(ReadingListModel::RatingRole).toInt(), 5);

        // The list deleted meanwhile.
        {
            Library library(m_path);
            Transaction t(library.db());
            ReadingLists(library.db()).remove(list);
            t.commit();
        }
        QVERIFY(reload(model));
        QVERIFY(!model.hasList());
        QCOMPARE(model.rowCount(), 0);
    }

    // Two quick moves: the read after the first write must not move the rows back before the second lands.
    void refreshBetweenTwoRequestsKeepsTheLatestOrder()
    {
        const qint64 list = createList(QStringLiteral("Quick moves"), "ABCD");
        ReaderThread reader(m_path);
        ReadingListModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(model, list));
        QSignalSpy reorder(&model, &ReadingListModel::reorderRequested);
        QVERIFY(model.moveDown({0}));
        QVERIFY(model.moveDown({1}));
        QCOMPARE(reorder.count(), 2);
        const Order first = reorder.at(0).at(1).value<Order>();
        const Order second = reorder.at(1).at(1).value<Order>();
        QCOMPARE(letters(first), QStringLiteral("BACD"));
        QCOMPARE(letters(second), QStringLiteral("BCAD"));

        writeOrder(list, first);
        QVERIFY(reload(model));
        QCOMPARE(letters(model.paperIds()), QStringLiteral("BCAD"));
        writeOrder(list, second);
        QVERIFY(reload(model));
        QCOMPARE(letters(model.paperIds()), QStringLiteral("BCAD"));
        // Then an order nobody here asked for (an undo, another process) is shown as it is.
        writeOrder(list, first);
        QVERIFY(reload(model));
        QCOMPARE(letters(model.paperIds()), QStringLiteral("BACD"));
    }
};

QTEST_GUILESS_MAIN(TestReadingListModel)
#include "tst_readinglistmodel.moc"
