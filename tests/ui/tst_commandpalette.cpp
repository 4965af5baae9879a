// The command palette, offscreen, over a window with menus: what it lists (paths, shortcuts, disabled actions
// greyed, hidden ones left out), the fuzzy ranking, and running an action from the keyboard.
#include "actioncatalog.h"
#include "commandpalette.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace lectern;

namespace {

struct Window {
    QMainWindow window;
    QAction *importAction = nullptr;
    QAction *exportAction = nullptr;
    QAction *recent = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *expandAll = nullptr;
    QAction *readingList = nullptr;
    QAction *hidden = nullptr;
    QAction *focusTable = nullptr;

    Window()
    {
        QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
        importAction = file->addAction(QStringLiteral("&Import\u2026"));
        importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        exportAction = file->addAction(QStringLiteral("&Export\u2026"));
        exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        file->addSeparator();
        QMenu *recentMenu = file->addMenu(QStringLiteral("&Recent Files"));
        recent = recentMenu->addAction(QStringLiteral("papers.bib"));
        quit = file->addAction(QStringLiteral("&Quit"));
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

        QMenu *edit = window.menuBar()->addMenu(QStringLiteral("&Edit"));
        undo = edit->addAction(QStringLiteral("&Undo Add Tag"));
        undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
        redo = edit->addAction(QStringLiteral("&Redo"));
        redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        redo->setEnabled(false);

        QMenu *view = window.menuBar()->addMenu(QStringLiteral("&View"));
        expandAll = view->addAction(QStringLiteral("E&xpand All"));
        readingList = view->addAction(QStringLiteral("Reading &List"));
        readingList->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F9)});
        hidden = view->addAction(QStringLiteral("Hidden Thing"));
        hidden->setVisible(false);

        focusTable = new QAction(QStringLiteral("Focus &Table"), &window);
        focusTable->setShortcut(QKeySequence(Qt::Key_F6));
        window.addAction(focusTable);
        window.addAction(quit); // already in a menu: listed once, with its menu path

        window.resize(900, 600);
        window.show();
    }
};

QString nativeText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

class TestCommandPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void withoutMnemonics_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Export") << QStringLiteral("Export");
        QTest::newRow("mnemonic") << QStringLiteral("&Export\u2026") << QStringLiteral("Export\u2026");
        QTest::newRow("inner mnemonic") << QStringLiteral("E&xpand All") << QStringLiteral("Expand All");
        QTest::newRow("escaped ampersand") << QStringLiteral("Fish && &Chips") << QStringLiteral("Fish & Chips");
        QTest::newRow("shortcut hint") << QStringLiteral("&Open\tCtrl+O") << QStringLiteral("Open");
    }
    void withoutMnemonics()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(lectern::withoutMnemonics(text), expected);
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("contexts");
        QTest::addColumn<QStringList>("expected");
        const QString exportText = QStringLiteral("Export\u2026");
        QTest::newRow("exp: Export before Expand All")
            << QStringLiteral("exp") << QStringList{QStringLiteral("Expand All"), exportText, QStringLiteral("Import")}
            << QStringList() << QStringList{exportText, QStringLiteral("Expand All")};
        QTest::newRow("case-insensitive")
            << QStringLiteral("EXP") << QStringList{QStringLiteral("Expand All"), exportText} << QStringList()
            << QStringList{exportText, QStringLiteral("Expand All")};
        QTest::newRow("rl: word starts first")
            << QStringLiteral("rl")
            << QStringList{QStringLiteral("Reload"), QStringLiteral("Clear Filter"), QStringLiteral("Reading List")}
            << QStringList()
            << QStringList{QStringLiteral("Reading List"), QStringLiteral("Reload"), QStringLiteral("Clear Filter")};
        QTest::newRow("contiguous beats spread over words")
            << QStringLiteral("tag")
            << QStringList{QStringLiteral("Toggle Abstract Grid"), QStringLiteral("Add Tags\u2026")} << QStringList()
            << QStringList{QStringLiteral("Add Tags\u2026"), QStringLiteral("Toggle Abstract Grid")};
        QTest::newRow("spaces in the pattern are ignored")
            << QStringLiteral("add tag")
            << QStringList{QStringLiteral("Remove Tags\u2026"), QStringLiteral("Add Tags\u2026"),
                           QStringLiteral("Saved Searches")}
            << QStringList() << QStringList{QStringLiteral("Add Tags\u2026")};
        QTest::newRow("subsequence only: order matters")
            << QStringLiteral("xe") << QStringList{exportText, QStringLiteral("Expand All")} << QStringList()
            << QStringList();
        QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{exportText} << QStringList() << QStringList();
        QTest::newRow("empty pattern keeps the order")
            << QString() << QStringList{QStringLiteral("Quit"), exportText, QStringLiteral("About")} << QStringList()
            << QStringList{QStringLiteral("Quit"), exportText, QStringLiteral("About")};
        QTest::newRow("through the menu path")
            << QStringLiteral("file exp") << QStringList{exportText, QStringLiteral("Expand All")}
            << QStringList{QStringLiteral("File"), QStringLiteral("View")} << QStringList{exportText};
        QTest::newRow("text match before a menu-path match")
            << QStringLiteral("edit") << QStringList{QStringLiteral("Undo"), QStringLiteral("Edit Note\u2026")}
            << QStringList{QStringLiteral("Edit"), QStringLiteral("Paper")}
            << QStringList{QStringLiteral("Edit Note\u2026"), QStringLiteral("Undo")};
    }
    void ranking()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, texts);
        QFETCH(QStringList, contexts);
        QFETCH(QStringList, expected);
        QStringList ranked;
        const QList<int> order = rankFuzzyMatches(pattern, texts, contexts);
        for (int i : order)
            ranked.append(texts.at(i));
        QCOMPARE(ranked, expected);
    }

    void scoreIsNothingWithoutAMatch()
    {
        QVERIFY(!fuzzyMatchScore(u"ab", u"ba").has_value());
        QVERIFY(!fuzzyMatchScore(u"abc", u"ab").has_value());
        QVERIFY(fuzzyMatchScore(u"ab", u"a-b").has_value());
        QVERIFY(*fuzzyMatchScore(u"ab", u"ab") > *fuzzyMatchScore(u"ab", u"axb"));
    }

    void listsMenuActionsWithPathsAndShortcuts()
    {
        Window w;
        CommandPalette palette(&w.window);
        palette.open();
        QVERIFY(palette.isVisible());
        QVERIFY(palette.searchField()->hasFocus());

        const QList<QAction *> shown = palette.shownActions();
        // Menu order, runnable first; the disabled Redo last; no separators, submenus or hidden actions.
        const QList<QAction *> expected{w.importAction, w.exportAction, w.recent,     w.quit, w.undo,
                                        w.expandAll,    w.readingList,  w.focusTable, w.redo};
        QCOMPARE(shown, expected);

        auto *model = qobject_cast<QStandardItemModel *>(palette.view()->model());
        QVERIFY(model);
        const auto labelOf = [&](QAction *action) {
            return model->index(int(shown.indexOf(action)), CommandPalette::LabelColumn).data().toString();
        };
        const auto keysOf = [&](QAction *action) {
            return model->index(int(shown.indexOf(action)), CommandPalette::ShortcutColumn).data().toString();
        };
        QCOMPARE(labelOf(w.undo), QStringLiteral("Edit \u25B8 Undo Add Tag"));
        QCOMPARE(labelOf(w.exportAction), QStringLiteral("File \u25B8 Export\u2026"));
        QCOMPARE(labelOf(w.recent), QStringLiteral("File \u25B8 Recent Files \u25B8 papers.bib"));
        QCOMPARE(labelOf(w.focusTable), QStringLiteral("Focus Table"));
        QCOMPARE(keysOf(w.undo), nativeText(QKeySequence(Qt::CTRL | Qt::Key_Z)));
        QCOMPARE(keysOf(w.readingList), nativeText(QKeySequence(Qt::CTRL | Qt::Key_R)) + QStringLiteral(", ")
                                            + nativeText(QKeySequence(Qt::Key_F9)));
        QCOMPARE(keysOf(w.recent), QString());
        QCOMPARE(
            model->index(int(shown.indexOf(w.undo)), CommandPalette::ShortcutColumn).data(Qt::TextAlignmentRole).toInt()
                & Qt::AlignRight,
            int(Qt::AlignRight));

        // Disabled: greyed (not enabled in the view) and never current.
        const QModelIndex redoIndex = model->index(int(shown.indexOf(w.redo)), CommandPalette::LabelColumn);
        QVERIFY(!(redoIndex.flags() & Qt::ItemIsEnabled));
        QCOMPARE(palette.currentAction(), w.importAction);
    }

    void filteringRanksTheList_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("first");
        QTest::newRow("exp") << QStringLiteral("exp") << QStringLiteral("Export\u2026");
        QTest::newRow("rl") << QStringLiteral("rl") << QStringLiteral("Reading List");
        QTest::newRow("undo") << QStringLiteral("undo") << QStringLiteral("Undo Add Tag");
        QTest::newRow("by menu path") << QStringLiteral("recent pap") << QStringLiteral("papers.bib");
        QTest::newRow("window action") << QStringLiteral("focus") << QStringLiteral("Focus Table");
    }
    void filteringRanksTheList()
    {
        QFETCH(QString, typed);
        QFETCH(QString, first);
        Window w;
        CommandPalette palette(&w.window);
        palette.open();
        QTest::keyClicks(palette.searchField(), typed);
        const QList<QAction *> shown = palette.shownActions();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(lectern::withoutMnemonics(shown.first()->text()), first);
        QVERIFY(shown.size() < 9);
        QCOMPARE(palette.currentAction(), shown.first());
    }

    void enterRunsTheActionAfterClosing()
    {
        Window w;
        CommandPalette palette(&w.window);
        bool paletteOpenWhenRun = true;
        QSignalSpy exported(w.exportAction, &QAction::triggered);
        connect(w.exportAction, &QAction::triggered, &palette, [&] { paletteOpenWhenRun = palette.isVisible(); });
        QSignalSpy expanded(w.expandAll, &QAction::triggered);
        palette.open();
        QTest::keyClicks(palette.searchField(), QStringLiteral("exp"));
        QTest::keyClick(palette.searchField(), Qt::Key_Return);
        QVERIFY(!palette.isVisible());
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(!paletteOpenWhenRun);
        QCOMPARE(expanded.count(), 0);
    }

    void arrowsMoveTheCurrentRow()
    {
        Window w;
        CommandPalette palette(&w.window);
        QSignalSpy expanded(w.expandAll, &QAction::triggered);
        palette.open();
        QTest::keyClicks(palette.searchField(), QStringLiteral("exp"));
        QCOMPARE(palette.currentAction(), w.exportAction);
        QTest::keyClick(palette.searchField(), Qt::Key_Down);
        QCOMPARE(palette.currentAction(), w.expandAll);
        QTest::keyClick(palette.searchField(), Qt::Key_Up);
        QCOMPARE(palette.currentAction(), w.exportAction);
        QTest::keyClick(palette.searchField(), Qt::Key_Down);
        QTest::keyClick(palette.searchField(), Qt::Key_Enter);
        QTRY_COMPARE(expanded.count(), 1);
    }

    void disabledActionsAreNotRun()
    {
        Window w;
        CommandPalette palette(&w.window);
        QSignalSpy redone(w.redo, &QAction::triggered);
        palette.open();
        QTest::keyClicks(palette.searchField(), QStringLiteral("redo"));
        QCOMPARE(palette.shownActions().value(0), w.redo);
        QCOMPARE(palette.currentAction(), nullptr);
        QTest::keyClick(palette.searchField(), Qt::Key_Down);
        QCOMPARE(palette.currentAction(), nullptr);
        QTest::keyClick(palette.searchField(), Qt::Key_Return);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(redone.count(), 0);
        QVERIFY(palette.isVisible());

        // An action disabled while the palette was open is not run either.
        QSignalSpy undone(w.undo, &QAction::triggered);
        palette.searchField()->clear();
        QTest::keyClicks(palette.searchField(), QStringLiteral("undo"));
        QCOMPARE(palette.currentAction(), w.undo);
        w.undo->setEnabled(false);
        QTest::keyClick(palette.searchField(), Qt::Key_Return);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(undone.count(), 0);
    }

    void escapeCloses()
    {
        Window w;
        CommandPalette palette(&w.window);
        QSignalSpy imported(w.importAction, &QAction::triggered);
        palette.open();
        QTest::keyClicks(palette.searchField(), QStringLiteral("imp"));
        QTest::keyClick(palette.searchField(), Qt::Key_Escape);
        QVERIFY(!palette.isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(imported.count(), 0);

        // Reopening starts afresh, with actions added since and current texts.
        QMenu *view = w.expandAll->menu() ? nullptr : qobject_cast<QMenu *>(w.expandAll->parent());
        QVERIFY(view);
        QAction *later = view->addAction(QStringLiteral("Collapse All"));
        w.undo->setText(QStringLiteral("&Undo Rename Tag"));
        palette.open();
        QCOMPARE(palette.searchField()->text(), QString());
        QVERIFY(palette.shownActions().contains(later));
        QTest::keyClicks(palette.searchField(), QStringLiteral("undo ren"));
        QCOMPARE(palette.shownActions().value(0), w.undo);
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
