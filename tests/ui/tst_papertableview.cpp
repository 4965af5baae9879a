// The paper table view's curation gestures: keys 1–9 ask to toggle a tag, a click on a star asks for a rating
// (never writing), window shortcuts such as Ctrl+3 pass through, and rows drag out.
#include "extract/extractor.h"
#include "extract/taxonomy.h"
#include "import/importjob.h"
#include "itemmodels/papertablemodel.h"
#include "itemmodels/readerthread.h"
#include "papertableview.h"
#include "ratingdelegate.h"
#include "store/library.h"
#include "store/statement.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace lectern;

class TestPaperTableView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_rated = 0; // a paper rated 3 in the library

    struct Fixture {
        explicit Fixture(const QString &path)
            : reader(path)
            , model(&reader, Taxonomy::builtIn())
        {
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(&view);
            window.resize(1700, 500);
            view.setPaperModel(&model);
        }
        ~Fixture() { view.setModel(nullptr); }
        ReaderThread reader;
        PaperTableModel model;
        QWidget window;
        PaperTableView view{&window};
    };

    // Loads the table and shows it, focused, in an active window.
    bool start(Fixture &f)
    {
        QSignalSpy counted(&f.model, &PaperTableModel::countChanged);
        f.model.setQuery(Query());
        if (!counted.wait(5000))
            return false;
        f.window.show();
        f.window.activateWindow();
        if (!QTest::qWaitForWindowActive(&f.window))
            return false;
        f.view.setFocus();
        return f.view.hasFocus();
    }

    // The centre of star `star` in row `row`'s rating cell, in viewport coordinates.
    static QPoint starCenter(PaperTableView &view, int row, int star)
    {
        const QModelIndex index = view.model()->index(row, PaperTableModel::RatingColumn);
        view.scrollTo(index);
        return RatingDelegate::starRect(view.visualRect(index), star).center();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("lib.sqlite"));
        QFile file(m_dir.filePath(QStringLiteral("papers.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 12; ++i)
            file.write(QStringLiteral("Table paper %1\nStudy %1: in this work we quantize weights and obtain a "
                                      "%2x speedup on commodity GPUs.\n")
                           .arg(i)
                           .arg(i % 4 + 2)
                           .toUtf8());
        file.close();
        Library library(m_path);
        const Extractor extractor;
        ImportJob job(library.db(), extractor);
        const ImportReport report = job.importFile(file.fileName());
        QVERIFY2(!report.failed, qPrintable(report.toText()));
        QCOMPARE(report.papersAdded, 12);
        Statement find(library.db(), "SELECT id FROM paper WHERE title = 'Table paper 9'");
        QVERIFY(find.next());
        m_rated = find.int64(0);
        Statement rate(library.db(), "UPDATE paper SET rating = 3 WHERE id = ?");
        rate.bind(1, m_rated);
        rate.run();
    }

    void rowsDragOut()
    {
        Fixture f(m_path);
        QVERIFY(f.view.dragEnabled());
        QCOMPARE(f.view.dragDropMode(), QAbstractItemView::DragOnly);
        QCOMPARE(f.view.defaultDropAction(), Qt::CopyAction);
    }

    void digitKeysAskToToggleTags_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<int>("slot");
        QTest::newRow("1") << int(Qt::Key_1) << int(Qt::NoModifier) << 1;
        QTest::newRow("5") << int(Qt::Key_5) << int(Qt::NoModifier) << 5;
        QTest::newRow("9") << int(Qt::Key_9) << int(Qt::NoModifier) << 9;
        QTest::newRow("keypad 4") << int(Qt::Key_4) << int(Qt::KeypadModifier) << 4;
        QTest::newRow("0 is no slot") << int(Qt::Key_0) << int(Qt::NoModifier) << 0;
        QTest::newRow("Ctrl+3 is the window's") << int(Qt::Key_3) << int(Qt::ControlModifier) << 0;
        QTest::newRow("Alt+2 is not a slot") << int(Qt::Key_2) << int(Qt::AltModifier) << 0;
    }

    void digitKeysAskToToggleTags()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(int, slot);
        Fixture f(m_path);
        QVERIFY(start(f));
        QSignalSpy pressed(&f.view, &PaperTableView::tagKeyPressed);
        QTest::keyClick(&f.view, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        if (slot == 0) {
            QCOMPARE(pressed.count(), 0);
        } else {
            QCOMPARE(pressed.count(), 1);
            QCOMPARE(pressed.first().first().toInt(), slot);
        }
    }

    void windowShortcutsPassThroughButDigitsStay()
    {
        Fixture f(m_path);
        auto *rate = new QAction(&f.window);
        rate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
        f.window.addAction(rate);
        auto *bareDigit = new QAction(&f.window);
        bareDigit->setShortcut(QKeySequence(Qt::Key_2));
        f.window.addAction(bareDigit);
        QVERIFY(start(f));
        QSignalSpy rated(rate, &QAction::triggered);
        QSignalSpy digit(bareDigit, &QAction::triggered);
        QSignalSpy pressed(&f.view, &PaperTableView::tagKeyPressed);
        QTest::keyClick(&f.view, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(rated.count(), 1);
        QCOMPARE(pressed.count(), 0);
        // While the table has focus, a digit is its tag key.
        QTest::keyClick(&f.view, Qt::Key_2);
        QCOMPARE(pressed.count(), 1);
        QCOMPARE(digit.count(), 0);
    }

    void clickingAStarAsksForThatRating()
    {
        Fixture f(m_path);
        QVERIFY(start(f));
        QSignalSpy requested(&f.view, &PaperTableView::ratingRequested);
        const int rated = f.model.loadedRowOf(m_rated);
        QVERIFY(rated >= 0);
        const int plain = rated == 1 ? 2 : 1;
        const qint64 plainId = f.model.paperId(plain);
        QCOMPARE(f.model.index(plain, PaperTableModel::RatingColumn).data(PaperTableModel::RatingRole).toInt(), 0);

        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, starCenter(f.view, plain, 4));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.last().at(0).value<QList<qint64>>(), QList<qint64>{plainId});
        QCOMPARE(requested.last().at(1).toInt(), 4);
        // The view only asks: the model still says unrated.
        QCOMPARE(f.model.index(plain, PaperTableModel::RatingColumn).data(PaperTableModel::RatingRole).toInt(), 0);

        // The star of the current rating clears it.
        QCOMPARE(f.model.index(rated, PaperTableModel::RatingColumn).data(PaperTableModel::RatingRole).toInt(), 3);
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, starCenter(f.view, rated, 3));
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.last().at(0).value<QList<qint64>>(), QList<qint64>{m_rated});
        QCOMPARE(requested.last().at(1).toInt(), 0);
        // Another star of a rated paper sets that one.
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, starCenter(f.view, rated, 1));
        QCOMPARE(requested.count(), 3);
        QCOMPARE(requested.last().at(1).toInt(), 1);

        // Beside the stars: no request.
        const QRect cell = f.view.visualRect(f.model.index(plain, PaperTableModel::RatingColumn));
        const QPoint beside(RatingDelegate::starRect(cell, 5).right() + 8, cell.center().y());
        QVERIFY(cell.contains(beside));
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, beside);
        QCOMPARE(requested.count(), 3);
    }

    void aStarOnASelectedRowRatesTheSelection()
    {
        Fixture f(m_path);
        QVERIFY(start(f));
        QSignalSpy requested(&f.view, &PaperTableView::ratingRequested);
        QItemSelectionModel *selection = f.view.selectionModel();
        selection->select(f.model.index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->select(f.model.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<qint64> selected = {f.model.paperId(0), f.model.paperId(3)};
        QCOMPARE(f.view.selectedPaperIds(), selected);

        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, starCenter(f.view, 3, 5));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.last().at(0).value<QList<qint64>>(), selected);
        QCOMPARE(requested.last().at(1).toInt(), 5);

        // A star on a row outside the selection rates that row (the press selects it).
        selection->select(f.model.index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection->select(f.model.index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, starCenter(f.view, 6, 2));
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.last().at(0).value<QList<qint64>>(), QList<qint64>{f.model.paperId(6)});
        QCOMPARE(requested.last().at(1).toInt(), 2);
    }
};

QTEST_MAIN(TestPaperTableView)
#include "tst_papertableview.moc"
