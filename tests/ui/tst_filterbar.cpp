// The filter line, offscreen: completion as the user types, the syntax popup, and where an invalid filter is wrong.
#include "filterbar.h"
#include "queryhelppopup.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace lectern;

class TestFilterBar : public QObject
{
    Q_OBJECT

    std::unique_ptr<FilterBar> m_bar;

    QLineEdit *edit() const { return m_bar->lineEdit(); }
    QAbstractItemView *popup() const { return m_bar->completer()->popup(); }

    QStringList offered() const
    {
        QStringList rows;
        for (int i = 0; i < popup()->model()->rowCount(); ++i)
            rows.append(popup()->model()->index(i, 0).data().toString());
        return rows;
    }

    QLabel *message() const { return m_bar->findChild<QLabel *>(QStringLiteral("filterMessage")); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void init()
    {
        m_bar = std::make_unique<FilterBar>();
        CompletionSource source;
        source.tags = {QStringLiteral("compression"), QStringLiteral("compression/pruning"),
                       QStringLiteral("ml/compression"), QStringLiteral("vision")};
        source.lists = {QStringLiteral("To Read")};
        m_bar->setCompletionSource(source);
        m_bar->resize(700, m_bar->sizeHint().height());
        m_bar->show();
        QApplication::setActiveWindow(m_bar.get());
        QVERIFY(QTest::qWaitForWindowActive(m_bar.get()));
        edit()->setFocus();
    }

    void cleanup() { m_bar.reset(); }

    void typingOffersFieldNames()
    {
        QTest::keyClicks(edit(), QStringLiteral("ta"));
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(offered(), QStringList{QStringLiteral("tag:")});
        // Nothing is picked for Enter until the user moves to a row.
        QVERIFY(!popup()->currentIndex().isValid());
    }

    void typingAValueOffersTheSourcesTags()
    {
        QTest::keyClicks(edit(), QStringLiteral("tag:comp"));
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(offered(), QStringList({QStringLiteral("compression"), QStringLiteral("compression/pruning"),
                                         QStringLiteral("ml/compression")}));
        // Typing on narrows them.
        QTest::keyClicks(edit(), QStringLiteral("ression/"));
        QTRY_COMPARE(offered(), QStringList{QStringLiteral("compression/pruning")});
    }

    void tabAcceptsReplacingOnlyTheTerm()
    {
        m_bar->setText(QStringLiteral("year>=2020  -x"));
        QVERIFY(!popup()->isVisible()); // a text set by the window offers nothing
        edit()->setCursorPosition(11);
        QTest::keyClicks(edit(), QStringLiteral("tag:comp"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClick(popup(), Qt::Key_Down);
        QTest::keyClick(popup(), Qt::Key_Down);
        QTest::keyClick(popup(), Qt::Key_Tab);
        QCOMPARE(edit()->text(), QStringLiteral("year>=2020 tag:compression/pruning -x"));
        QCOMPARE(edit()->cursorPosition(), 34);
        QVERIFY(!popup()->isVisible());
        QVERIFY(m_bar->query().isValid());
        // The replacement is one edit, undone at once.
        edit()->undo();
        QCOMPARE(edit()->text(), QStringLiteral("year>=2020 tag:comp -x"));
    }

    void tabWithoutAPickTakesTheFirst()
    {
        QTest::keyClicks(edit(), QStringLiteral("pruning tag:vi"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClick(popup(), Qt::Key_Tab);
        QCOMPARE(edit()->text(), QStringLiteral("pruning tag:vision"));
    }

    void acceptingAFieldOffersItsValues()
    {
        QSignalSpy changes(m_bar.get(), &FilterBar::queryChanged);
        QTest::keyClicks(edit(), QStringLiteral("-li"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClick(popup(), Qt::Key_Tab);
        QCOMPARE(edit()->text(), QStringLiteral("-list:"));
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(offered(), QStringList{QStringLiteral("To Read")});
        QTest::keyClick(popup(), Qt::Key_Tab);
        QCOMPARE(edit()->text(), QStringLiteral("-list:\"To Read\""));
        // A value accepted: nothing more to offer.
        QVERIFY(!popup()->isVisible());
        QTRY_VERIFY(!changes.isEmpty());
        QCOMPARE(changes.last().first().value<Query>().text(), QStringLiteral("-list:\"To Read\""));
    }

    void enterAcceptsAPickedRow()
    {
        QTest::keyClicks(edit(), QStringLiteral("status:"));
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(offered(), QStringList({QStringLiteral("unread"), QStringLiteral("reading"), QStringLiteral("read")}));
        QTest::keyClick(popup(), Qt::Key_Down);
        QTest::keyClick(popup(), Qt::Key_Down);
        QTest::keyClick(popup(), Qt::Key_Return);
        QCOMPARE(edit()->text(), QStringLiteral("status:reading"));
    }

    void enterWithoutAPickBelongsToTheLine()
    {
        QSignalSpy returns(edit(), &QLineEdit::returnPressed);
        QTest::keyClicks(edit(), QStringLiteral("ta"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClick(popup(), Qt::Key_Return);
        QVERIFY(!popup()->isVisible());
        QCOMPARE(edit()->text(), QStringLiteral("ta"));
        QCOMPARE(returns.size(), 1);
        // And without a popup, Enter is the line's as always.
        m_bar->setText(QStringLiteral("pruning "));
        QTest::keyClick(edit(), Qt::Key_Return);
        QCOMPARE(returns.size(), 2);
        QCOMPARE(edit()->text(), QStringLiteral("pruning "));
    }

    void escapeCloses()
    {
        QTest::keyClicks(edit(), QStringLiteral("ta"));
        QTRY_VERIFY(popup()->isVisible());
        QTest::keyClick(popup(), Qt::Key_Escape);
        QVERIFY(!popup()->isVisible());
        QCOMPARE(edit()->text(), QStringLiteral("ta"));
        // Ctrl+Space brings it back.
        QTest::keyClick(edit(), Qt::Key_Space, Qt::ControlModifier);
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(edit()->text(), QStringLiteral("ta"));
    }

    void f1OpensTheSyntaxAndAnExampleInserts()
    {
        QTest::keyClicks(edit(), QStringLiteral("pruning"));
        QTest::keyClick(edit(), Qt::Key_F1);
        QueryHelpPopup *help = m_bar->helpPopup();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        QVERIFY(help->isWindow());
        // Every construct is listed with what it means.
        for (const char *example : {"title:transformer", "note:revisit", "year:2020..2024", "speedup>=2", "memory>40%",
                                    "latency<10ms", "rating>=3", "status:unread", "priority:high", "list:\"to read\"",
                                    "tag:compression", "has:note", "-status:read", "pruning OR quantization"}) {
            QTreeWidgetItem *item = help->itemFor(QString::fromUtf8(example));
            QVERIFY2(item, example);
            QVERIFY2(!item->text(1).isEmpty(), example);
        }
        QTreeWidgetItem *item = help->itemFor(QStringLiteral("status:unread"));
        QTreeWidget *tree = help->examples();
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(item).center());
        QCOMPARE(edit()->text(), QStringLiteral("pruning status:unread"));
        QTRY_VERIFY(!help->isVisible());
        QVERIFY(m_bar->query().isValid());
        QCOMPARE(m_bar->query().text(), QStringLiteral("pruning status:unread"));
    }

    void theHelpButtonOpensTheSyntaxAndEnterInserts()
    {
        auto *button = m_bar->findChild<QToolButton *>(QStringLiteral("filterHelpButton"));
        QVERIFY(button);
        QVERIFY(button->toolTip().contains(QStringLiteral("F1")));
        QTest::mouseClick(button, Qt::LeftButton);
        QueryHelpPopup *help = m_bar->helpPopup();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        help->examples()->setCurrentItem(help->itemFor(QStringLiteral("speedup>=2")));
        QTest::keyClick(help->examples(), Qt::Key_Return);
        QCOMPARE(edit()->text(), QStringLiteral("speedup>=2"));
        QTRY_VERIFY(!help->isVisible());
    }

    void anInvalidFilterSaysWhere()
    {
        QSignalSpy changes(m_bar.get(), &FilterBar::queryChanged);
        m_bar->setText(QStringLiteral("a -status:done"));
        QVERIFY(message()->isVisibleTo(m_bar.get()));
        QVERIFY2(message()->text().contains(QStringLiteral("character 11")), qPrintable(message()->text()));
        QVERIFY2(message()->text().contains(QStringLiteral("done")), qPrintable(message()->text()));
        QCOMPARE(m_bar->errorRange(), std::make_pair(10, 4));
        QVERIFY(changes.isEmpty()); // the table keeps the last valid result
        // F8 selects the wrong part, to retype it.
        QTest::keyClick(edit(), Qt::Key_F8);
        QCOMPARE(edit()->selectedText(), QStringLiteral("done"));
        QTest::keyClicks(edit(), QStringLiteral("read"));
        QCOMPARE(edit()->text(), QStringLiteral("a -status:read"));
        QVERIFY(!message()->isVisibleTo(m_bar.get()));
        QCOMPARE(m_bar->errorRange().second, 0);
        QVERIFY(!changes.isEmpty());
    }

    void aMissingUnitSaysWhichOnes()
    {
        m_bar->setText(QStringLiteral("memory>40 x"));
        QVERIFY(message()->isVisibleTo(m_bar.get()));
        QVERIFY2(message()->text().contains(QStringLiteral("GB")), qPrintable(message()->text()));
        QCOMPARE(m_bar->errorRange(), std::make_pair(7, 2)); // the number that needs its unit
    }

    void aValueBeingTypedIsNoError()
    {
        QTest::keyClicks(edit(), QStringLiteral("status:rea"));
        QVERIFY(!message()->isVisibleTo(m_bar.get()));
        QTest::keyClicks(edit(), QStringLiteral("d"));
        QVERIFY(!message()->isVisibleTo(m_bar.get()));
        QCOMPARE(m_bar->query().text(), QStringLiteral("status:read"));
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
