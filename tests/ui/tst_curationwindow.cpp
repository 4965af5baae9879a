// Curating in the window, offscreen: tags (tag box, keys 1–9, drops on the side panel, the tag tree), status,
// rating, priority, notes, reading lists, saved searches, deletion and merging, each undone and redone through
// the window's undo stack; the command palette and the shortcuts window; and a restart that keeps all of it.
#include "commandpalette.h"
#include "curationcontroller.h"
#include "exportdialog.h"
#include "extract/taxonomy.h"
#include "filterbar.h"
#include "i18n/translators.h"
#include "import/importqueue.h"
#include "itemmodels/paperidsmime.h"
#include "itemmodels/papertablemodel.h"
#include "itemmodels/readinglistmodel.h"
#include "itemmodels/sidebarmodel.h"
#include "mainwindow.h"
#include "noteeditor.h"
#include "papertableview.h"
#include "queryhelppopup.h"
#include "shortcutsdialog.h"
#include "store/curation.h"
#include "store/library.h"
#include "store/paperreader.h"
#include "store/readinglists.h"
#include "tagbox.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace lectern;

class TestCurationWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;

    QUndoStack *stack() const { return m_window->curation()->undoStack(); }

    // Waits until every edit the window queued is written.
    bool saved()
    {
        return QTest::qWaitFor([this] { return m_window->curation()->editor()->pending() == 0; }, 20000);
    }

    // A read connection of its own, as another process would have.
    static Library reader(const QString &path) { return Library(path, Library::Access::Read); }

    Paper load(qint64 id)
    {
        Library library = reader(m_path);
        PaperReader r(library.db());
        Paper paper = r.load(id);
        paper.tags = r.tags(id);
        return paper;
    }

    QStringList tagNames()
    {
        Library library = reader(m_path);
        return Curation(library.db(), Taxonomy::builtIn()).allTagNames();
    }

    void waitForTable(qint64 count = -1)
    {
        PaperTableModel *model = m_window->tableModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            !model->isLoading() && model->totalCount() >= 0 && (count < 0 || model->totalCount() == count), 20000);
    }

    QList<qint64> select(const QList<int> &rows)
    {
        QItemSelection selection;
        QList<qint64> ids;
        for (int row : rows) {
            selection.select(m_window->tableModel()->index(row, 0), m_window->tableModel()->index(row, 0));
            ids.append(m_window->tableModel()->paperId(row));
        }
        m_window->table()->selectionModel()->select(selection,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_window->table()->selectionModel()->setCurrentIndex(m_window->tableModel()->index(rows.first(), 0),
                                                             QItemSelectionModel::NoUpdate);
        return ids;
    }

    QAction *action(const QString &name)
    {
        auto *a = m_window->findChild<QAction *>(name);
        if (!a)
            qWarning("no action %s", qPrintable(name));
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslators(*QCoreApplication::instance()); // the English plural forms of the undo texts
        LECTERN_REQUIRE_SHARED_DIR();
        m_path = m_dir.filePath(QStringLiteral("lib.sqlite"));
        m_window = std::make_unique<MainWindow>(m_path);
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // keys reach the focused table
        const QStringList files = test::seedFiles();
        QSignalSpy idle(m_window->importQueue(), &ImportQueue::idle);
        m_window->importFiles(files);
        QVERIFY(idle.wait(60000));
        waitForTable(241);
    }

    void init()
    {
        // Popups and dialogs of the test before may have taken the activation; keys go to the active window.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->filterBar()->setText(QString());
        waitForTable(241);
    }

    void tagBoxAddsTagsAndUndoRemovesThemWithTheLevelsItMade()
    {
        const QList<qint64> ids = select({0, 1});
        const int before = stack()->count();
        TagBox *box = m_window->openTagBox(false);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QTest::keyClicks(box->lineEdit(), QStringLiteral("compression / quantization/ ptq, to-read"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QVERIFY(saved());
        QCOMPARE(stack()->count(), before + 1);
        for (qint64 id : ids) {
            QVERIFY(load(id).tags.contains(QStringLiteral("compression/quantization/ptq")));
            QVERIFY(load(id).tags.contains(QStringLiteral("to-read")));
        }
        QVERIFY(tagNames().contains(QStringLiteral("compression")));
        // The Edit menu says what will be undone.
        QCOMPARE(action(QStringLiteral("actionUndo"))->text(), QStringLiteral("&Undo Add 2 Tags to 2 Papers"));

        stack()->undo();
        QVERIFY(saved());
        for (qint64 id : ids)
            QVERIFY(!load(id).tags.contains(QStringLiteral("to-read")));
        QVERIFY(!tagNames().contains(QStringLiteral("compression")));
        stack()->redo();
        QVERIFY(saved());
        QVERIFY(load(ids[1]).tags.contains(QStringLiteral("compression/quantization/ptq")));
        // The table shows the tags.
        waitForTable();
        QTRY_VERIFY(m_window->tableModel()
                        ->data(m_window->tableModel()->index(1, PaperTableModel::TagsColumn))
                        .toString()
                        .contains(QStringLiteral("to-read")));
    }

    void removeTagsOffersTheSelectionsTags()
    {
        const QList<qint64> ids = select({1});
        TagBox *box = m_window->openTagBox(true);
        QVERIFY(box);
        QCOMPARE(box->mode(), TagBox::Mode::Remove);
        QTRY_VERIFY(box->tags().contains(QStringLiteral("to-read")));
        QTest::keyClicks(box->lineEdit(), QStringLiteral("to-read"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QVERIFY(saved());
        QVERIFY(!load(ids[0]).tags.contains(QStringLiteral("to-read")));
        QVERIFY(load(ids[0]).tags.contains(QStringLiteral("compression/quantization/ptq")));
        stack()->undo();
        QVERIFY(saved());
        QVERIFY(load(ids[0]).tags.contains(QStringLiteral("to-read")));
    }

    void keysOneToNineToggleTheirTagsOnTheTable()
    {
        m_window->curation()->assignKey(QStringLiteral("to-read"), 3);
        QVERIFY(saved());
        QTRY_COMPARE(m_window->curation()->keySlots().value(3), QStringLiteral("to-read"));
        QTRY_VERIFY(action(QStringLiteral("actionToggleTag3"))->text().contains(QStringLiteral("to-read")));
        const QList<qint64> ids = select({5, 6});
        m_window->table()->setFocus();
        QTest::keyClick(m_window->table(), Qt::Key_3);
        QVERIFY(saved());
        QVERIFY(load(ids[0]).tags.contains(QStringLiteral("to-read")));
        QVERIFY(load(ids[1]).tags.contains(QStringLiteral("to-read")));
        QTest::keyClick(m_window->table(), Qt::Key_3); // all have it: off again
        QVERIFY(saved());
        QVERIFY(!load(ids[0]).tags.contains(QStringLiteral("to-read")));
        stack()->undo();
        QVERIFY(saved());
        QVERIFY(load(ids[1]).tags.contains(QStringLiteral("to-read")));
        // A digit typed in the filter is text, not a key.
        m_window->filterBar()->lineEdit()->setFocus();
        const int steps = stack()->count();
        QTest::keyClick(m_window->filterBar()->lineEdit(), Qt::Key_3);
        QCOMPARE(m_window->filterBar()->text(), QStringLiteral("3"));
        QCOMPARE(stack()->count(), steps);
    }

    void statusRatingAndPriority_data()
    {
        QTest::addColumn<QString>("actionName");
        QTest::addColumn<int>("field"); // 0 status, 1 rating, 2 priority
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("previous");
        QTest::newRow("read") << "actionStatus_read" << 0 << int(ReadingStatus::Read) << 0;
        QTest::newRow("reading") << "actionStatus_reading" << 0 << int(ReadingStatus::Reading) << 0;
        QTest::newRow("four stars") << "actionRating4" << 1 << 4 << 0;
        QTest::newRow("high priority") << "actionPriority_high" << 2 << int(Priority::High) << int(Priority::Normal);
        QTest::newRow("low priority") << "actionPriority_low" << 2 << int(Priority::Low) << int(Priority::Normal);
    }

    void statusRatingAndPriority()
    {
        QFETCH(QString, actionName);
        QFETCH(int, field);
        QFETCH(int, value);
        QFETCH(int, previous);
        const QList<qint64> ids = select({10, 11, 12});
        QAction *a = action(actionName);
        QVERIFY(a);
        QVERIFY(!a->shortcut().isEmpty()); // every action has a key
        QVERIFY(a->isEnabled());
        a->trigger();
        QVERIFY(saved());
        const auto valueOf = [&](const Paper &p) {
            return field == 0 ? int(p.status) : field == 1 ? p.rating : int(p.priority);
        };
        for (qint64 id : ids)
            QCOMPARE(valueOf(load(id)), value);
        stack()->undo();
        QVERIFY(saved());
        for (qint64 id : ids)
            QCOMPARE(valueOf(load(id)), previous);
    }

    void statusIsAColumnAndAFilter()
    {
        const QList<qint64> ids = select({20});
        action(QStringLiteral("actionStatus_read"))->trigger();
        QVERIFY(saved());
        m_window->filterBar()->setText(QStringLiteral("status:read"));
        waitForTable(1);
        QCOMPARE(m_window->tableModel()->paperId(0), ids[0]);
        m_window->filterBar()->setText(QStringLiteral("-status:read"));
        waitForTable(240);
    }

    void notesAreSavedWhileTypingInOneUndoStepPerBurstAndSearchable()
    {
        const QList<qint64> ids = select({30});
        QTRY_COMPARE(m_window->noteEditor()->paperId(), ids[0]);
        QPlainTextEdit *editor = m_window->noteEditor()->editor();
        editor->setFocus();
        const int before = stack()->count();
        QTest::keyClicks(editor, QStringLiteral("# Zebrafish idea"));
        QTRY_COMPARE_WITH_TIMEOUT(load(ids[0]).note, QStringLiteral("# Zebrafish idea"), 10000);
        QTest::keyClicks(editor, QStringLiteral(" two"));
        QTRY_COMPARE_WITH_TIMEOUT(load(ids[0]).note, QStringLiteral("# Zebrafish idea two"), 10000);
        QCOMPARE(stack()->count(), before + 1); // one burst, one step
        QCOMPARE(stack()->undoText(), QStringLiteral("Edit Note"));

        m_window->curation()->setNoteBurstGap(0); // the next typing is a new burst
        QTest::keyClicks(editor, QStringLiteral(" three"));
        QTRY_COMPARE_WITH_TIMEOUT(load(ids[0]).note, QStringLiteral("# Zebrafish idea two three"), 10000);
        QVERIFY(saved());
        QCOMPARE(stack()->count(), before + 2);
        m_window->curation()->setNoteBurstGap(4000);

        stack()->undo();
        QVERIFY(saved());
        QCOMPARE(load(ids[0]).note, QStringLiteral("# Zebrafish idea two"));
        QTRY_COMPARE(editor->toPlainText(), QStringLiteral("# Zebrafish idea two"));

        // Searchable, as words and with has:note.
        m_window->filterBar()->setText(QStringLiteral("zebrafish"));
        waitForTable(1);
        QCOMPARE(m_window->tableModel()->paperId(0), ids[0]);
        m_window->filterBar()->setText(QStringLiteral("has:note"));
        waitForTable(1);
    }

    void dropsOnTheSidePanelTagAndListPapers()
    {
        const QList<qint64> ids = select({40, 41});
        QMimeData *mime = m_window->tableModel()->mimeData(
            {m_window->tableModel()->index(40, 0), m_window->tableModel()->index(41, 0)});
        QCOMPARE(paperIds(mime), ids);
        SidebarModel *sidebar = m_window->sidebarModel();
        QTRY_VERIFY(sidebar->tagIndex(QStringLiteral("to-read")).isValid());
        const QModelIndex tag = sidebar->tagIndex(QStringLiteral("to-read"));
        QVERIFY(sidebar->canDropMimeData(mime, Qt::CopyAction, -1, -1, tag));
        QVERIFY(sidebar->dropMimeData(mime, Qt::CopyAction, -1, -1, tag));
        QVERIFY(saved());
        QVERIFY(load(ids[0]).tags.contains(QStringLiteral("to-read")));
        stack()->undo();
        QVERIFY(saved());
        QVERIFY(!load(ids[0]).tags.contains(QStringLiteral("to-read")));
        delete mime;
    }

    void readingListsTakeDropsReorderExportInOrderAndUndo()
    {
        const QList<qint64> ids = select({50, 51, 52});
        m_window->curation()->createList(QStringLiteral("to read"), ids);
        QVERIFY(saved());
        QTRY_VERIFY(!m_window->curation()->lists().isEmpty());
        const qint64 list = m_window->curation()->lists().first().first;
        {
            Library library = reader(m_path);
            QCOMPARE(ReadingLists(library.db()).papers(list), ids);
        }
        m_window->showReadingList(list);
        ReadingListModel *model = m_window->readingListModel();
        QTRY_COMPARE(model->paperIds(), ids);
        QCOMPARE(m_window->filterBar()->text(), QStringLiteral("list:\"to read\""));
        waitForTable(3);

        // Reorder by dragging the last paper to the top.
        QMimeData *mime = model->mimeData({model->index(2, 0)});
        QVERIFY(model->dropMimeData(mime, Qt::MoveAction, 0, 0, {}));
        delete mime;
        QVERIFY(saved());
        const QList<qint64> reordered = {ids[2], ids[0], ids[1]};
        {
            Library library = reader(m_path);
            QCOMPARE(ReadingLists(library.db()).papers(list), reordered);
        }
        QTRY_COMPARE(model->paperIds(), reordered);

        // A paper dragged in from the table lands where it is dropped.
        m_window->filterBar()->setText(QString());
        waitForTable(241);
        const qint64 extra = m_window->tableModel()->paperId(60);
        QMimeData *fromTable = m_window->tableModel()->mimeData({m_window->tableModel()->index(60, 0)});
        QVERIFY(model->dropMimeData(fromTable, Qt::CopyAction, 1, 0, {}));
        delete fromTable;
        QVERIFY(saved());
        QTRY_COMPARE(model->paperIds(), (QList<qint64>{ids[2], extra, ids[0], ids[1]}));

        // Exported in its order.
        m_window->exportPapers(false);
        QPointer<ExportDialog> dialog = m_window->findChild<ExportDialog *>();
        QVERIFY(dialog);
        dialog->setReadingList(QStringLiteral("to read"), model->paperIds());
        dialog->setFormatId(QStringLiteral("csv"));
        const QString file = m_dir.filePath(QStringLiteral("list.csv"));
        QSignalSpy exported(dialog, &ExportDialog::exported);
        dialog->exportTo(file);
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().at(1).toLongLong(), 4);
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        qsizetype last = -1;
        for (qint64 id : model->paperIds()) {
            const qsizetype at = text.indexOf(load(id).title.left(30));
            QVERIFY2(at > last, qPrintable(load(id).title));
            last = at;
        }
        if (dialog)
            dialog->close();

        stack()->undo(); // the drop from the table
        stack()->undo(); // the reorder
        QVERIFY(saved());
        QTRY_COMPARE(model->paperIds(), ids);
        stack()->undo(); // the list itself
        QVERIFY(saved());
        QTRY_VERIFY(m_window->curation()->lists().isEmpty());
        stack()->redo(); // back, with its id and papers
        QVERIFY(saved());
        Library library = reader(m_path);
        QCOMPARE(ReadingLists(library.db()).papers(list), ids);
    }

    void savedSearchesShowALiveCount()
    {
        m_window->curation()->saveSearch(QStringLiteral("Quantized"), QStringLiteral("quantization"));
        QVERIFY(saved());
        m_window->filterBar()->setText(QStringLiteral("quantization"));
        waitForTable();
        const qint64 matching = m_window->tableModel()->totalCount();
        QVERIFY(matching > 0);
        SidebarModel *sidebar = m_window->sidebarModel();
        qint64 id = 0;
        QTRY_VERIFY(sidebar->rowCount(sidebar->sectionIndex(SidebarModel::SearchesSection)) == 1);
        const QModelIndex search = sidebar->index(0, 0, sidebar->sectionIndex(SidebarModel::SearchesSection));
        id = search.data(SidebarModel::IdRole).toLongLong();
        QTRY_COMPARE(sidebar->searchIndex(id).data(SidebarModel::CountRole).toLongLong(), matching);
        QCOMPARE(search.data(SidebarModel::QueryRole).toString(), QStringLiteral("quantization"));
        // Live: a paper deleted from the library leaves the count.
        select({0});
        const qint64 first = m_window->tableModel()->paperId(0);
        m_window->curation()->deletePapers({first});
        QVERIFY(saved());
        QTRY_COMPARE(sidebar->searchIndex(id).data(SidebarModel::CountRole).toLongLong(), matching - 1);
        stack()->undo();
        QVERIFY(saved());
        QTRY_COMPARE(sidebar->searchIndex(id).data(SidebarModel::CountRole).toLongLong(), matching);
    }

    void deletingPapersIsUndoneWithEverythingTheyHad()
    {
        const QList<qint64> ids = select({1}); // tagged by the first test
        const Paper before = load(ids[0]);
        QVERIFY(!before.tags.isEmpty());
        QVERIFY(action(QStringLiteral("actionDeletePapers"))->isEnabled());
        m_window->table()->setFocus();
        QTRY_VERIFY(m_window->table()->hasFocus());
        QTest::keyClick(m_window->table(), Qt::Key_Delete);
        QVERIFY(saved());
        waitForTable(240);
        stack()->undo();
        QVERIFY(saved());
        waitForTable(241);
        const Paper after = load(ids[0]);
        QCOMPARE(after.title, before.title);
        QCOMPARE(after.tags, before.tags);
        QCOMPARE(after.citationKey, before.citationKey);
    }

    void mergingTwoPapersKeepsBothAndIsUndone()
    {
        const QList<qint64> ids = select({70, 71});
        m_window->curation()->addTags({ids[1]}, {QStringLiteral("merge-me")});
        QVERIFY(saved());
        m_window->curation()->mergePapers(ids[0], ids[1]);
        QVERIFY(saved());
        waitForTable(240);
        QVERIFY(load(ids[0]).tags.contains(QStringLiteral("merge-me")));
        {
            Library library = reader(m_path);
            QCOMPARE(PaperReader(library.db()).sources(ids[0]).size(), 2);
        }
        QCOMPARE(stack()->undoText(), QStringLiteral("Merge Two Papers"));
        stack()->undo();
        QVERIFY(saved());
        waitForTable(241);
        QVERIFY(!load(ids[0]).tags.contains(QStringLiteral("merge-me")));
        QVERIFY(load(ids[1]).tags.contains(QStringLiteral("merge-me")));
    }

    void renamingAndMergingTagsIsUndone()
    {
        QVERIFY(tagNames().contains(QStringLiteral("compression/quantization/ptq")));
        m_window->curation()->renameTag(QStringLiteral("compression"), QStringLiteral("efficiency"));
        QVERIFY(saved());
        QVERIFY(tagNames().contains(QStringLiteral("efficiency/quantization/ptq")));
        QVERIFY(!tagNames().contains(QStringLiteral("compression")));
        m_window->curation()->renameTag(QStringLiteral("merge-me"), QStringLiteral("to-read")); // a merge
        QVERIFY(saved());
        QVERIFY(!tagNames().contains(QStringLiteral("merge-me")));
        stack()->undo();
        stack()->undo();
        QVERIFY(saved());
        QVERIFY(tagNames().contains(QStringLiteral("compression/quantization/ptq")));
        QVERIFY(tagNames().contains(QStringLiteral("merge-me")));
        QVERIFY(!tagNames().contains(QStringLiteral("efficiency")));
    }

    void theCommandPaletteRunsAnyActionByName()
    {
        select({3});
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        CommandPalette *palette = m_window->commandPalette();
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->searchField(), QStringLiteral("add tags"));
        QTRY_COMPARE(palette->currentAction(), action(QStringLiteral("actionAddTags")));
        QTest::keyClick(palette->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!palette->isVisible());
        auto *box = m_window->findChild<TagBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QTest::keyClick(box->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!box->isVisible());
    }

    void theShortcutsWindowListsEveryActionsKeys()
    {
        ShortcutsDialog *dialog = m_window->showShortcuts();
        QVERIFY(dialog->isVisible());
        QStringList rows;
        QTreeWidget *tree = dialog->tree();
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                const QTreeWidgetItem *item = tree->topLevelItem(g)->child(i);
                rows.append(item->text(0) + QLatin1Char('=') + item->text(1));
            }
        }
        const QString expected =
            QStringLiteral("Add Tags…=") + QKeySequence(Qt::CTRL | Qt::Key_T).toString(QKeySequence::NativeText);
        QVERIFY2(rows.contains(expected), qPrintable(rows.join(QLatin1Char('\n'))));
        dialog->close();
    }

    void everythingSurvivesARestart()
    {
        const QList<qint64> ids = select({90});
        action(QStringLiteral("actionRating5"))->trigger();
        m_window->curation()->createList(QStringLiteral("keep"), ids);
        QTRY_COMPARE(m_window->noteEditor()->paperId(), ids[0]);
        m_window->noteEditor()->editor()->setFocus();
        QTest::keyClicks(m_window->noteEditor()->editor(), QStringLiteral("typed just before quitting"));
        // Closing at once: the note is flushed and every edit written before the window goes.
        QVERIFY(m_window->close());
        m_window.reset();
        {
            const Paper paper = load(ids[0]);
            QCOMPARE(paper.rating, 5);
            QCOMPARE(paper.note, QStringLiteral("typed just before quitting"));
        }

        m_window = std::make_unique<MainWindow>(m_path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        waitForTable(241);
        QTRY_VERIFY(m_window->curation()->lists().size() == 2);
        QTRY_COMPARE(m_window->curation()->keySlots().value(3), QStringLiteral("to-read"));
        SidebarModel *sidebar = m_window->sidebarModel();
        QTRY_VERIFY(sidebar->rowCount(sidebar->sectionIndex(SidebarModel::SearchesSection)) == 1);
        QTRY_VERIFY(sidebar->tagIndex(QStringLiteral("to-read")).isValid());
        // The panes settle (the side panel makes All Papers current) while the paper is looked for: ask again.
        QTRY_VERIFY_WITH_TIMEOUT((m_window->table()->goToPaper(ids[0]), m_window->noteEditor()->paperId() == ids[0]),
                                 20000);
        QCOMPARE(m_window->noteEditor()->text(), QStringLiteral("typed just before quitting"));
        m_window->filterBar()->setText(QStringLiteral("status:read"));
        waitForTable(1);
    }
};

QTEST_MAIN(TestCurationWindow)
#include "tst_curationwindow.moc"
