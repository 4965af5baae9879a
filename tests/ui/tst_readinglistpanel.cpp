// The reading list panel (offscreen): keys and buttons emit the list's new order, the empty states, and drops
// through the view.
#include "domain/paperkeys.h"
#include "extract/taxonomy.h"
#include "itemmodels/paperidsmime.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/readinglistmodel.h"
#include "readinglistpanel.h"
#include "store/library.h"
#include "store/paperstore.h"
#include "store/readinglists.h"
#include "store/transaction.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace lectern;

using Order = QList<qint64>;

class TestReadingListPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QHash<QChar, qint64> m_ids; // papers "A" to "F"
    qint64 m_list = 0;          // A B C D
    qint64 m_empty = 0;
    std::unique_ptr<ReaderThread> m_reader;
    std::unique_ptr<ReadingListModel> m_model;
    std::unique_ptr<ReadingListPanel> m_panel;

    Order ids(const char *letters) const
    {
        Order result;
        for (const char *c = letters; *c; ++c)
            result.append(m_ids.value(QLatin1Char(*c)));
        return result;
    }

    QString letters(const Order &order) const
    {
        QString result;
        for (qint64 paper : order)
            result.append(m_ids.key(paper, QLatin1Char('?')));
        return result;
    }

    bool show(qint64 list)
    {
        QSignalSpy loaded(m_model.get(), &ReadingListModel::loaded);
        m_panel->setList(list);
        return loaded.count() > 0 || loaded.wait(10000);
    }

    void select(const QList<int> &rows)
    {
        QListView *view = m_panel->view();
        view->setFocus();
        view->selectionModel()->clear();
        for (int row : rows)
            view->selectionModel()->select(view->model()->index(row, 0), QItemSelectionModel::Select);
        view->selectionModel()->setCurrentIndex(view->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }

    QList<int> selectedRows() const
    {
        QList<int> rows;
        for (const QModelIndex &index : m_panel->view()->selectionModel()->selectedIndexes())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    // A drop as the table makes it: the papers' ids, titles as plain text.
    static void sendDrop(QListView *view, const QPoint &pos, const Order &papers, Qt::DropAction action)
    {
        QMimeData mime;
        setPaperIds(&mime, papers);
        mime.setText(QStringLiteral("dropped"));
        QDragEnterEvent enter(pos, action, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(pos, action, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(pos), action, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("lib.sqlite"));
        Library library(m_path);
        Transaction t(library.db());
        {
            PaperStore store(library.db(), Taxonomy::builtIn());
            const QString letters = QStringLiteral("ABCDEF");
            for (int i = 0; i < letters.size(); ++i) {
                Paper p;
                p.title = QStringLiteral("Paper ") + letters.at(i);
                p.abstract = QStringLiteral("Study %1 of a series on the speed of trained networks.").arg(i);
                p.authors = {QStringLiteral("Ada Lovelace")};
                p.year = 2020 + i;
                p.venue = QStringLiteral("NeurIPS");
                store.insert(p, paperKeys(p));
                m_ids.insert(letters.at(i), p.id);
            }
            store.flush();
        }
        ReadingLists lists(library.db());
        m_list = lists.create(QStringLiteral("To read this week"));
        lists.append(m_list, ids("ABCD"));
        m_empty = lists.create(QStringLiteral("Empty"));
        t.commit();
    }

    void init()
    {
        m_reader = std::make_unique<ReaderThread>(m_path);
        m_model = std::make_unique<ReadingListModel>(m_reader.get());
        m_panel = std::make_unique<ReadingListPanel>(m_model.get());
        m_panel->resize(360, 480);
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get())); // shortcuts reach the active window
    }

    void cleanup()
    {
        m_panel.reset();
        m_model.reset();
        m_reader.reset();
    }

    void showsEmptyStatesAndTheHeader()
    {
        auto *name = m_panel->findChild<QLabel *>(QStringLiteral("readingListName"));
        auto *count = m_panel->findChild<QLabel *>(QStringLiteral("readingListCount"));
        QVERIFY(name && count);

        QCOMPARE(m_panel->placeholderText(), QStringLiteral("Choose a reading list in the side panel"));
        QVERIFY(!name->isVisibleTo(m_panel.get()));
        QVERIFY(!m_panel->exportAction()->isEnabled());

        QVERIFY(show(m_empty));
        QCOMPARE(m_panel->placeholderText(),
                 QStringLiteral("Drag papers here from the table, or use Add to List (Ctrl+L)"));
        QVERIFY(name->isVisibleTo(m_panel.get()));
        QCOMPARE(name->text(), QStringLiteral("Empty"));
        QVERIFY(name->font().bold());
        QVERIFY(!m_panel->exportAction()->isEnabled());

        QVERIFY(show(m_list));
        QCOMPARE(m_panel->placeholderText(), QString());
        QCOMPARE(name->text(), QStringLiteral("To read this week"));
        QVERIFY2(count->text().startsWith(QLatin1Char('4')), qPrintable(count->text()));
        QCOMPARE(m_panel->view()->model()->rowCount(), 4);
        QVERIFY(m_panel->exportAction()->isEnabled());

        QVERIFY(show(0));
        QCOMPARE(m_panel->placeholderText(), QStringLiteral("Choose a reading list in the side panel"));
        QCOMPARE(m_panel->view()->model()->rowCount(), 0);
    }

    void keysMovePapers_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("expected"); // empty: no request
        QTest::addColumn<QList<int>>("selectedAfter");

        QTest::newRow("Alt+Up") << QList<int>{2} << int(Qt::Key_Up) << QStringLiteral("ACBD") << QList<int>{1};
        QTest::newRow("Alt+Down") << QList<int>{1} << int(Qt::Key_Down) << QStringLiteral("ACBD") << QList<int>{2};
        QTest::newRow("Alt+Down, a block")
            << QList<int>{0, 1} << int(Qt::Key_Down) << QStringLiteral("CABD") << QList<int>{1, 2};
        QTest::newRow("Alt+Up, two apart")
            << QList<int>{1, 3} << int(Qt::Key_Up) << QStringLiteral("BADC") << QList<int>{0, 2};
        // At the edge nothing moves, and the selection stays whole: the keys do not move the cursor (the
        // current row, the first listed, is not at the edge) instead.
        QTest::newRow("Alt+Up at the top") << QList<int>{2, 0} << int(Qt::Key_Up) << QString() << QList<int>{0, 2};
        QTest::newRow("Alt+Down at the bottom")
            << QList<int>{1, 3} << int(Qt::Key_Down) << QString() << QList<int>{1, 3};
    }

    void keysMovePapers()
    {
        QFETCH(QList<int>, rows);
        QFETCH(int, key);
        QFETCH(QString, expected);
        QFETCH(QList<int>, selectedAfter);
        QVERIFY(show(m_list));
        select(rows);
        QSignalSpy reorder(m_panel.get(), &ReadingListPanel::reorderRequested);
        QTest::keyClick(m_panel->view(), Qt::Key(key), Qt::AltModifier);
        QCOMPARE(reorder.count(), expected.isEmpty() ? 0 : 1);
        if (!expected.isEmpty()) {
            QCOMPARE(reorder.first().at(0).toLongLong(), m_list);
            QCOMPARE(letters(reorder.first().at(1).value<Order>()), expected);
        }
        // The moved papers stay selected, so the keys can be pressed again.
        QCOMPARE(selectedRows(), selectedAfter);
    }

    void deleteRequestsRemoval()
    {
        QVERIFY(show(m_list));
        select({0, 2});
        QSignalSpy removal(m_panel.get(), &ReadingListPanel::removeRequested);
        QSignalSpy reorder(m_panel.get(), &ReadingListPanel::reorderRequested);
        QTest::keyClick(m_panel->view(), Qt::Key_Delete);
        QCOMPARE(removal.count(), 1);
        QCOMPARE(reorder.count(), 0);
        QCOMPARE(removal.first().at(0).toLongLong(), m_list);
        QCOMPARE(letters(removal.first().at(1).value<Order>()), QStringLiteral("BD"));
        QCOMPARE(m_panel->view()->model()->rowCount(), 2);
    }

    void exportButtonAndKeyRequestExport()
    {
        QVERIFY(show(m_list));
        QSignalSpy exported(m_panel.get(), &ReadingListPanel::exportRequested);
        auto *button = m_panel->findChild<QToolButton *>(QStringLiteral("readingListExportButton"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QVERIFY(!button->icon().isNull());
        QVERIFY(button->toolTip().contains(QStringLiteral("Ctrl+Shift+E")));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(0).toLongLong(), m_list);
        m_panel->view()->setFocus();
        QTest::keyClick(m_panel->view(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(exported.count(), 2);
    }

    void buttonsCarryIconsAndShortcuts()
    {
        QVERIFY(show(m_list));
        const std::pair<const char *, const char *> buttons[] = {{"readingListMoveUpButton", "Alt+Up"},
                                                                 {"readingListMoveDownButton", "Alt+Down"},
                                                                 {"readingListRemoveButton", "Del"}};
        for (const auto &[objectName, key] : buttons) {
            auto *button = m_panel->findChild<QToolButton *>(QLatin1String(objectName));
            QVERIFY2(button, objectName);
            QVERIFY(!button->icon().isNull());
            QVERIFY2(button->toolTip().contains(QLatin1String(key)), qPrintable(button->toolTip()));
        }
        // Nothing selected: nothing to move or remove.
        m_panel->view()->selectionModel()->clear();
        QVERIFY(!m_panel->moveUpAction()->isEnabled());
        QVERIFY(!m_panel->removeAction()->isEnabled());
        select({0});
        QVERIFY(!m_panel->moveUpAction()->isEnabled());
        QVERIFY(m_panel->moveDownAction()->isEnabled());
        QVERIFY(m_panel->removeAction()->isEnabled());
    }

    void selectingAPaperMakesItCurrent()
    {
        QVERIFY(show(m_list));
        QSignalSpy current(m_panel.get(), &ReadingListPanel::currentPaperChanged);
        QListView *view = m_panel->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(2, 0)).center());
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.first().at(0).toLongLong(), m_ids.value(QLatin1Char('C')));
        QCOMPARE(m_panel->currentPaperId(), m_ids.value(QLatin1Char('C')));
        QCOMPARE(m_panel->selectedPaperIds(), ids("C"));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(current.count(), 2);
        QCOMPARE(current.last().at(0).toLongLong(), m_ids.value(QLatin1Char('D')));
    }

    void dropFromTheTableInsertsAtTheRow()
    {
        QVERIFY(show(m_list));
        QListView *view = m_panel->view();
        QSignalSpy reorder(m_panel.get(), &ReadingListPanel::reorderRequested);
        // Just inside the top edge of the second paper: above it.
        const QPoint pos = view->visualRect(view->model()->index(1, 0)).topLeft() + QPoint(10, 1);
        sendDrop(view, pos, ids("EF"), Qt::CopyAction);
        QCOMPARE(reorder.count(), 1);
        QCOMPARE(letters(reorder.first().at(1).value<Order>()), QStringLiteral("AEFBCD"));
        QCOMPARE(letters(m_model->paperIds()), QStringLiteral("AEFBCD"));
    }

    void dropIntoTheEmptyListAppends()
    {
        QVERIFY(show(m_empty));
        QListView *view = m_panel->view();
        QSignalSpy reorder(m_panel.get(), &ReadingListPanel::reorderRequested);
        sendDrop(view, view->viewport()->rect().center(), ids("E"), Qt::CopyAction);
        QCOMPARE(reorder.count(), 1);
        QCOMPARE(reorder.first().at(0).toLongLong(), m_empty);
        QCOMPARE(letters(reorder.first().at(1).value<Order>()), QStringLiteral("E"));
        QCOMPARE(m_panel->placeholderText(), QString());
    }

    void dropOfOwnPapersThroughTheViewsModelReorders()
    {
        QVERIFY(show(m_list));
        QAbstractItemModel *model = m_panel->view()->model();
        const std::unique_ptr<QMimeData> mime(model->mimeData({model->index(3, 0), model->index(2, 0)}));
        QVERIFY(mime);
        QSignalSpy reorder(m_panel.get(), &ReadingListPanel::reorderRequested);
        QVERIFY(model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(reorder.count(), 1);
        QCOMPARE(letters(reorder.first().at(1).value<Order>()), QStringLiteral("CDAB"));
    }
};

QTEST_MAIN(TestReadingListPanel)
#include "tst_readinglistpanel.moc"
