// The Keyboard Shortcuts window, offscreen: built from the window's actions (grouped by menu), the extra keys the
// window adds, the search field, and actions added after it was first shown.
#include "shortcutsdialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>

using namespace lectern;

namespace {

using Rows = QList<QPair<QString, QString>>; // (action, shortcut)

// What the dialog shows: each visible group with its visible rows, in order.
QList<QPair<QString, Rows>> shownGroups(const ShortcutsDialog &dialog)
{
    QList<QPair<QString, Rows>> result;
    const QTreeWidget *tree = dialog.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        Rows rows;
        for (int r = 0; r < group->childCount(); ++r) {
            const QTreeWidgetItem *row = group->child(r);
            if (!row->isHidden())
                rows.append({row->text(ShortcutsDialog::ActionColumn), row->text(ShortcutsDialog::ShortcutColumn)});
        }
        result.append({group->text(ShortcutsDialog::ActionColumn), rows});
    }
    return result;
}

QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

struct Window {
    QMainWindow window;
    QMenu *view = nullptr;

    Window()
    {
        QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
        file->addAction(QStringLiteral("&Import\u2026"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        file->addAction(QStringLiteral("Open &Recent")); // no shortcut: not listed
        file->addSeparator();
        file->addAction(QStringLiteral("&Quit"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

        QMenu *edit = window.menuBar()->addMenu(QStringLiteral("&Edit"));
        QAction *undo = edit->addAction(QStringLiteral("&Undo"));
        undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
        undo->setEnabled(false); // a disabled action still has its key
        QMenu *tags = edit->addMenu(QStringLiteral("&Tags"));
        tags->addAction(QStringLiteral("&Add Tags\u2026"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));

        view = window.menuBar()->addMenu(QStringLiteral("&View"));
        view->addAction(QStringLiteral("Focus &Filter"))
            ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_L)});
        QAction *hidden = view->addAction(QStringLiteral("Hidden"));
        hidden->setShortcut(QKeySequence(Qt::Key_F11));
        hidden->setVisible(false);

        auto *palette = new QAction(QStringLiteral("Command Palette"), &window);
        palette->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        window.addAction(palette);
        window.resize(800, 600);
    }
};

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void listsEveryActionWithAShortcutByMenu()
    {
        Window w;
        ShortcutsDialog dialog(&w.window);
        dialog.addExtraShortcut(QStringLiteral("Table"), QStringLiteral("1\u20139"),
                                QStringLiteral("Toggle the tag on that key"));
        dialog.addExtraShortcut(QStringLiteral("View"), QStringLiteral("Esc"), QStringLiteral("Clear the filter"));
        dialog.show();
        QVERIFY(!dialog.isModal());

        const QList<QPair<QString, Rows>> expected{
            {QStringLiteral("File"),
             {{QStringLiteral("Import\u2026"), keys(QKeySequence(Qt::CTRL | Qt::Key_I))},
              {QStringLiteral("Quit"), keys(QKeySequence(Qt::CTRL | Qt::Key_Q))}}},
            {QStringLiteral("Edit"), {{QStringLiteral("Undo"), keys(QKeySequence(Qt::CTRL | Qt::Key_Z))}}},
            {QStringLiteral("Edit \u25B8 Tags"),
             {{QStringLiteral("Add Tags\u2026"), keys(QKeySequence(Qt::CTRL | Qt::Key_T))}}},
            {QStringLiteral("View"),
             {{QStringLiteral("Focus Filter"), keys(QKeySequence(Qt::CTRL | Qt::Key_F)) + QStringLiteral(", ")
                                                   + keys(QKeySequence(Qt::CTRL | Qt::Key_L))},
              {QStringLiteral("Clear the filter"), QStringLiteral("Esc")}}},
            {QStringLiteral("General"),
             {{QStringLiteral("Command Palette"), keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P))}}},
            {QStringLiteral("Table"), {{QStringLiteral("Toggle the tag on that key"), QStringLiteral("1\u20139")}}},
        };
        QCOMPARE(shownGroups(dialog), expected);
        QCOMPARE(dialog.tree()->headerItem()->text(ShortcutsDialog::ActionColumn), QStringLiteral("Action"));
        QCOMPARE(dialog.tree()->headerItem()->text(ShortcutsDialog::ShortcutColumn), QStringLiteral("Shortcut"));
    }

    void searchFilters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("rows"); // "group: action" of the rows left
        QTest::newRow("by action") << QStringLiteral("quit") << QStringList{QStringLiteral("File: Quit")};
        QTest::newRow("by key") << keys(QKeySequence(Qt::CTRL | Qt::Key_T))
                                << QStringList{QStringLiteral("Edit \u25B8 Tags: Add Tags\u2026")};
        QTest::newRow("by group") << QStringLiteral("table")
                                  << QStringList{QStringLiteral("Table: Toggle the tag on that key")};
        QTest::newRow("every word") << QStringLiteral("tag  key")
                                    << QStringList{QStringLiteral("Table: Toggle the tag on that key")};
        QTest::newRow("case-insensitive")
            << QStringLiteral("FOCUS") << QStringList{QStringLiteral("View: Focus Filter")};
        QTest::newRow("nothing") << QStringLiteral("no such thing") << QStringList();
    }
    void searchFilters()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, rows);
        Window w;
        ShortcutsDialog dialog(&w.window);
        dialog.addExtraShortcut(QStringLiteral("Table"), QStringLiteral("1\u20139"),
                                QStringLiteral("Toggle the tag on that key"));
        dialog.show();
        QTest::keyClicks(dialog.searchField(), search);
        QStringList shown;
        const QList<QPair<QString, Rows>> groups = shownGroups(dialog);
        for (const auto &[group, groupRows] : groups) {
            QVERIFY2(!groupRows.isEmpty(), qPrintable(group));
            for (const auto &row : groupRows)
                shown.append(group + QStringLiteral(": ") + row.first);
        }
        QCOMPARE(shown, rows);
        auto *empty = dialog.findChild<QLabel *>();
        QVERIFY(empty);
        QCOMPARE(empty->isVisible(), rows.isEmpty());

        dialog.searchField()->clear();
        QCOMPARE(shownGroups(dialog).size(), 6);
    }

    void reopeningShowsActionsAddedSince()
    {
        Window w;
        ShortcutsDialog dialog(&w.window);
        dialog.show();
        dialog.close();
        QAction *later = w.view->addAction(QStringLiteral("&Reading List"));
        later->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        dialog.show();
        const QList<QPair<QString, Rows>> groups = shownGroups(dialog);
        const auto view = std::find_if(groups.cbegin(), groups.cend(),
                                       [](const auto &group) { return group.first == QStringLiteral("View"); });
        QVERIFY(view != groups.cend());
        QVERIFY(
            view->second.contains(qMakePair(QStringLiteral("Reading List"), keys(QKeySequence(Qt::CTRL | Qt::Key_R)))));
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
