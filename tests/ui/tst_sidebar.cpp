// The side panel view, offscreen, over a real library: its sections and lazy expansion, the filter each item
// stands for when chosen, the requests of its context menus and keys, and revealing a tag.
#include "domain/paperkeys.h"
#include "extract/taxonomy.h"
#include "itemmodels/paperidsmime.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/sidebarmodel.h"
#include "sidebar.h"
#include "store/library.h"
#include "store/paperstore.h"
#include "store/readinglists.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QAction>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lectern;
using namespace Qt::StringLiterals;

namespace {

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu()) {
            if (QAction *found = findAction(action->menu(), text))
                return found;
        }
    }
    return nullptr;
}

QStringList actionTexts(QMenu *menu)
{
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

} // namespace

class TestSidebar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_listId = 0;
    qint64 m_searchId = 0;
    std::unique_ptr<ReaderThread> m_reader;
    std::unique_ptr<SidebarModel> m_model;
    std::unique_ptr<Sidebar> m_view;

    QModelIndex indexFor(const QString &target) const
    {
        if (target.startsWith(u"tag:"_s))
            return m_model->tagIndex(target.mid(4));
        if (target == u"list"_s)
            return m_model->listIndex(m_listId);
        if (target == u"search"_s)
            return m_model->searchIndex(m_searchId);
        if (target == u"lists"_s)
            return m_model->sectionIndex(SidebarModel::ListsSection);
        if (target == u"searches"_s)
            return m_model->sectionIndex(SidebarModel::SearchesSection);
        if (target == u"tags"_s)
            return m_model->sectionIndex(SidebarModel::TagsSection);
        return m_model->sectionIndex(SidebarModel::AllPapers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        m_path = m_dir.filePath(u"lib.sqlite"_s);
        Library library(m_path);
        Transaction transaction(library.db());
        // Tags linked to their parents, as the store keeps them.
        Statement(library.db(), "INSERT INTO tag(id, name, parent_id, color, key_slot) VALUES "
                                "(1, 'ml', NULL, NULL, NULL), (2, 'ml/vision', 1, '#3070d0', 2), "
                                "(3, 'ml/vision/detection', 2, NULL, NULL), (4, 'Reading', NULL, NULL, NULL)")
            .run();
        PaperStore store(library.db(), Taxonomy::builtIn());
        const QList<QStringList> tags = {{u"ml/vision"_s}, {u"ml/vision/detection"_s, u"Reading"_s}, {}};
        for (qsizetype i = 0; i < tags.size(); ++i) {
            Paper paper;
            paper.title = u"Paper %1"_s.arg(i);
            paper.year = 2020 + int(i);
            paper.tags = tags[i];
            store.insert(paper, paperKeys(paper));
        }
        store.flush();
        m_listId = ReadingLists(library.db()).create(u"Read later"_s);
        Statement(library.db(), "INSERT INTO saved_search(name, query, position) VALUES ('Vision', 'tag:ml/vision', 0)")
            .run();
        Statement id(library.db(), "SELECT id FROM saved_search");
        QVERIFY(id.next());
        m_searchId = id.int64(0);
        transaction.commit();
    }

    void init()
    {
        m_reader = std::make_unique<ReaderThread>(m_path);
        m_model = std::make_unique<SidebarModel>(m_reader.get());
        m_view = std::make_unique<Sidebar>();
        m_view->setSidebarModel(m_model.get());
        m_view->resize(300, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        // The Tags section is expanded from the start, so its first level is read.
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(m_model->sectionIndex(SidebarModel::TagsSection)), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->listIndex(m_listId).isValid() && m_model->searchIndex(m_searchId).isValid(),
                                 10000);
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
        m_reader.reset();
    }

    void showsSectionsAndExpandsLazily()
    {
        QVERIFY(m_view->isHeaderHidden());
        for (const auto section :
             {SidebarModel::SearchesSection, SidebarModel::ListsSection, SidebarModel::TagsSection})
            QVERIFY(m_view->isExpanded(m_model->sectionIndex(section)));
        const QModelIndex ml = m_model->tagIndex(u"ml"_s);
        QVERIFY(ml.isValid());
        QCOMPARE(ml.data(SidebarModel::CountRole).toLongLong(), 2);
        QCOMPARE(m_model->rowCount(ml), 0);
        QVERIFY(m_view->visualRect(ml).isValid());
        m_view->expand(ml);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(ml), 1, 10000);
        const QModelIndex vision = m_model->tagIndex(u"ml/vision"_s);
        QTRY_VERIFY(m_view->visualRect(vision).isValid());
        // Rows are tall enough for the count and the key badge.
        QVERIFY(m_view->sizeHintForRow(0) >= m_view->fontMetrics().height());
        QVERIFY(m_view->itemDelegate()->sizeHint(QStyleOptionViewItem(), vision).width()
                > m_view->itemDelegate()->sizeHint(QStyleOptionViewItem(), m_model->tagIndex(u"Reading"_s)).width());
    }

    void choosingAnItemEmitsItsFilter_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("kind");
        QTest::newRow("all papers") << u"all"_s << QString() << int(SidebarModel::AllPapers);
        QTest::newRow("tag") << u"tag:ml"_s << u"tag:ml"_s << int(SidebarModel::Tag);
        QTest::newRow("another top-level tag") << u"tag:Reading"_s << u"tag:Reading"_s << int(SidebarModel::Tag);
        QTest::newRow("list") << u"list"_s << u"list:\"Read later\""_s << int(SidebarModel::ReadingList);
        QTest::newRow("saved search") << u"search"_s << u"tag:ml/vision"_s << int(SidebarModel::SavedSearch);
    }

    void choosingAnItemEmitsItsFilter()
    {
        QFETCH(QString, target);
        QFETCH(QString, query);
        QFETCH(int, kind);
        QSignalSpy chosen(m_view.get(), &Sidebar::queryActivated);
        // Start elsewhere, so that choosing the target is a change.
        m_view->setCurrentIndex(target == u"search"_s ? m_model->tagIndex(u"ml"_s) : m_model->searchIndex(m_searchId));
        chosen.clear();
        const QModelIndex index = indexFor(target);
        m_view->setCurrentIndex(index);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).toString(), query);
        QCOMPARE(chosen.first().at(1).value<SidebarModel::ItemKind>(), SidebarModel::ItemKind(kind));
        // Enter chooses it again (the user may have changed the filter meanwhile).
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(chosen.last().at(0).toString(), query);
    }

    void sectionsAreHeadersNotFilters()
    {
        QSignalSpy chosen(m_view.get(), &Sidebar::queryActivated);
        m_view->setCurrentIndex(m_model->sectionIndex(SidebarModel::TagsSection));
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 0);
    }

    void contextMenusRequestEdits_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("signal");
        QTest::addColumn<QVariantList>("arguments");
        const QVariant tag(u"ml"_s);
        const QVariant list(m_listId);
        const QVariant search(m_searchId);
        QTest::newRow("rename tag") << u"tag:ml"_s << u"Rename…"_s << QByteArray("renameTagRequested(QString)")
                                    << QVariantList{tag};
        QTest::newRow("merge tag") << u"tag:ml"_s << u"Merge Into…"_s << QByteArray("mergeTagRequested(QString)")
                                   << QVariantList{tag};
        QTest::newRow("colour tag") << u"tag:ml"_s << u"Set Colour…"_s << QByteArray("colorTagRequested(QString)")
                                    << QVariantList{tag};
        QTest::newRow("key 3") << u"tag:ml"_s << u"Key 3"_s << QByteArray("keySlotRequested(QString,int)")
                               << QVariantList{tag, 3};
        QTest::newRow("no key") << u"tag:ml"_s << u"None"_s << QByteArray("keySlotRequested(QString,int)")
                                << QVariantList{tag, 0};
        QTest::newRow("delete tag") << u"tag:ml"_s << u"Delete Tag"_s << QByteArray("deleteTagRequested(QString)")
                                    << QVariantList{tag};
        QTest::newRow("rename list") << u"list"_s << u"Rename…"_s << QByteArray("renameListRequested(qint64)")
                                     << QVariantList{list};
        QTest::newRow("export list") << u"list"_s << u"Export List…"_s << QByteArray("exportListRequested(qint64)")
                                     << QVariantList{list};
        QTest::newRow("delete list") << u"list"_s << u"Delete List"_s << QByteArray("deleteListRequested(qint64)")
                                     << QVariantList{list};
        QTest::newRow("rename search") << u"search"_s << u"Rename…"_s << QByteArray("renameSearchRequested(qint64)")
                                       << QVariantList{search};
        QTest::newRow("edit search") << u"search"_s << u"Edit Query"_s << QByteArray("editSearchRequested(qint64)")
                                     << QVariantList{search};
        QTest::newRow("delete search") << u"search"_s << u"Delete"_s << QByteArray("deleteSearchRequested(qint64)")
                                       << QVariantList{search};
        QTest::newRow("new list") << u"lists"_s << u"New List…"_s << QByteArray("newListRequested()") << QVariantList{};
        QTest::newRow("save search") << u"searches"_s << u"Save Current Search…"_s
                                     << QByteArray("saveSearchRequested()") << QVariantList{};
    }

    void contextMenusRequestEdits()
    {
        QFETCH(QString, target);
        QFETCH(QString, action);
        QFETCH(QByteArray, signal);
        QFETCH(QVariantList, arguments);
        std::unique_ptr<QMenu> menu(m_view->createContextMenu(indexFor(target)));
        QVERIFY(menu);
        QAction *item = findAction(menu.get(), action);
        QVERIFY2(item, qPrintable(actionTexts(menu.get()).join(u", "_s)));
        QVERIFY(item->isEnabled());
        QSignalSpy spy(m_view.get(), QByteArray("2" + signal).constData());
        QVERIFY(spy.isValid());
        item->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().size(), arguments.size());
        for (qsizetype i = 0; i < arguments.size(); ++i)
            QCOMPARE(spy.first().at(i).toString(), arguments.at(i).toString());
    }

    void menusFitWhatTheyAreOpenedOn()
    {
        std::unique_ptr<QMenu> tag(m_view->createContextMenu(m_model->tagIndex(u"ml"_s)));
        QCOMPARE(actionTexts(tag.get()),
                 (QStringList{u"Rename…"_s, u"Merge Into…"_s, u"Set Colour…"_s, u"Assign to Key"_s, u"Delete Tag"_s}));
        QCOMPARE(m_view->renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
        QCOMPARE(m_view->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        // ml/vision is on key 2: its menu says so.
        m_view->expand(m_model->tagIndex(u"ml"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->tagIndex(u"ml/vision"_s).isValid(), 10000);
        std::unique_ptr<QMenu> vision(m_view->createContextMenu(m_model->tagIndex(u"ml/vision"_s)));
        QAction *key2 = findAction(vision.get(), u"Key 2"_s);
        QVERIFY(key2 && key2->isChecked());
        QVERIFY(!findAction(vision.get(), u"None"_s)->isChecked());
        QVERIFY(!m_view->createContextMenu(m_model->sectionIndex(SidebarModel::AllPapers)));
        QVERIFY(!m_view->createContextMenu(m_model->sectionIndex(SidebarModel::TagsSection)));
    }

    void keysRenameAndDeleteTheCurrentItem()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_view->setFocus();
        QSignalSpy rename(m_view.get(), &Sidebar::renameListRequested);
        QSignalSpy remove(m_view.get(), &Sidebar::deleteTagRequested);
        QVERIFY(m_view->selectList(m_listId));
        QTest::keyClick(m_view.get(), Qt::Key_F2);
        QCOMPARE(rename.count(), 1);
        QCOMPARE(rename.first().at(0).toLongLong(), m_listId);
        m_view->setCurrentIndex(m_model->tagIndex(u"Reading"_s));
        QTest::keyClick(m_view.get(), Qt::Key_Delete);
        QCOMPARE(remove.count(), 1);
        QCOMPARE(remove.first().at(0).toString(), u"Reading"_s);
        // Nothing to rename on All Papers.
        m_view->selectAllPapers();
        QVERIFY(!m_view->renameAction()->isEnabled());
    }

    void selectTagRevealsItThroughUnreadLevels()
    {
        QSignalSpy chosen(m_view.get(), &Sidebar::queryActivated);
        m_view->selectTag(u"ml/vision/detection"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_view->currentIndex().data(SidebarModel::TagNameRole).toString(),
                                  u"ml/vision/detection"_s, 10000);
        QVERIFY(m_view->isExpanded(m_model->tagIndex(u"ml/vision"_s)));
        QCOMPARE(chosen.last().at(0).toString(), u"tag:ml/vision/detection"_s);
    }

    void forwardsDropsOfPapers()
    {
        QSignalSpy drops(m_view.get(), &Sidebar::tagDropRequested);
        QMimeData mime;
        setPaperIds(&mime, {2, 1});
        QVERIFY(m_model->dropMimeData(&mime, Qt::CopyAction, -1, 0, m_model->tagIndex(u"Reading"_s)));
        QCOMPARE(drops.count(), 1);
        QCOMPARE(drops.first().at(0).toString(), u"Reading"_s);
        QCOMPARE(drops.first().at(1).value<QList<qint64>>(), (QList<qint64>{2, 1}));
    }
};

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
