// The note editor: a burst of typing becomes one noteEdited() after a pause, flush() and switching papers
// send an unsaved edit at once, and the text is coloured as Markdown.
#include "noteeditor.h"
#include "sourcehighlighter.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

using namespace lectern;

class TestNoteEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void isDisabledWithoutAPaper()
    {
        NoteEditor editor;
        QCOMPARE(editor.paperId(), 0);
        QVERIFY(!editor.editor()->isEnabled());
        QCOMPARE(editor.editor()->placeholderText(), QStringLiteral("Select a paper to write a note"));
        editor.setPaper(3, QString());
        QVERIFY(editor.editor()->isEnabled());
        QCOMPARE(editor.editor()->placeholderText(), QStringLiteral("Write a note in Markdown…"));
        editor.setPaper(0, QString());
        QVERIFY(!editor.editor()->isEnabled());
        QVERIFY(editor.text().isEmpty());
    }

    void aBurstOfTypingIsOneEdit()
    {
        NoteEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setPaper(42, QStringLiteral("Seen at "));
        QSignalSpy started(&editor, &NoteEditor::noteEditingStarted);
        QSignalSpy edited(&editor, &NoteEditor::noteEdited);
        editor.editor()->setFocus();
        editor.editor()->moveCursor(QTextCursor::End);
        // Loading the note is not an edit.
        QCOMPARE(started.count(), 0);
        QVERIFY(!editor.hasUnsavedChange());

        QTest::keyClicks(editor.editor(), QStringLiteral("NeurIPS"));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().first().toLongLong(), 42);
        QVERIFY(editor.hasUnsavedChange());
        QCOMPARE(edited.count(), 0); // not per keystroke
        QTRY_COMPARE_WITH_TIMEOUT(edited.count(), 1, 5000);
        QCOMPARE(edited.first().at(0).toLongLong(), 42);
        QCOMPARE(edited.first().at(1).toString(), QStringLiteral("Seen at NeurIPS"));
        QVERIFY(!editor.hasUnsavedChange());
        QCOMPARE(started.count(), 1);

        // The next burst is a new one.
        QTest::keyClicks(editor.editor(), QStringLiteral(" 2023"));
        QCOMPARE(started.count(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(edited.count(), 2, 5000);
        QCOMPARE(edited.last().at(1).toString(), QStringLiteral("Seen at NeurIPS 2023"));
        // Nothing more is on its way.
        QTest::qWait(NoteEditor::kDebounceMs * 2);
        QCOMPARE(edited.count(), 2);
    }

    void eachKeystrokeRestartsThePause()
    {
        NoteEditor editor;
        editor.setPaper(1, QString());
        QSignalSpy edited(&editor, &NoteEditor::noteEdited);
        auto *timer = editor.findChild<QTimer *>();
        QVERIFY(timer);
        QVERIFY(timer->isSingleShot());
        QCOMPARE(timer->interval(), NoteEditor::kDebounceMs);
        QTest::keyClick(editor.editor(), Qt::Key_A);
        QVERIFY(timer->isActive());
        // Stop the pause by hand: a keystroke must start it again, or a note typed slowly would never go out.
        timer->stop();
        QTest::keyClick(editor.editor(), Qt::Key_B);
        QVERIFY(timer->isActive());
        QTRY_COMPARE_WITH_TIMEOUT(edited.count(), 1, 5000);
        QCOMPARE(edited.first().at(1).toString(), QStringLiteral("ab"));
    }

    void flushSendsAtOnce()
    {
        NoteEditor editor;
        editor.setPaper(7, QStringLiteral("x"));
        QSignalSpy edited(&editor, &NoteEditor::noteEdited);
        editor.flush(); // nothing typed: nothing to send
        QCOMPARE(edited.count(), 0);
        editor.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor.editor(), QStringLiteral("yz"));
        editor.flush();
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().at(0).toLongLong(), 7);
        QCOMPARE(edited.first().at(1).toString(), QStringLiteral("xyz"));
        // The pause that was running does not send it a second time.
        QTest::qWait(NoteEditor::kDebounceMs * 2);
        QCOMPARE(edited.count(), 1);
    }

    void switchingPapersSendsThePreviousNote()
    {
        NoteEditor editor;
        editor.setPaper(10, QString());
        QSignalSpy edited(&editor, &NoteEditor::noteEdited);
        QTest::keyClicks(editor.editor(), QStringLiteral("first"));
        editor.setPaper(11, QStringLiteral("second paper's note"));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().at(0).toLongLong(), 10);
        QCOMPARE(edited.first().at(1).toString(), QStringLiteral("first"));
        QCOMPARE(editor.paperId(), 11);
        QCOMPARE(editor.text(), QStringLiteral("second paper's note"));
        QVERIFY(!editor.hasUnsavedChange());
        QTest::qWait(NoteEditor::kDebounceMs * 2);
        QCOMPARE(edited.count(), 1);
    }

    void reloadingTheSamePaperKeepsUnsavedTyping()
    {
        NoteEditor editor;
        editor.setPaper(5, QStringLiteral("old"));
        QSignalSpy edited(&editor, &NoteEditor::noteEdited);
        editor.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor.editor(), QStringLiteral(" and new"));
        editor.setPaper(5, QStringLiteral("old")); // a refresh that raced the typing
        QCOMPARE(editor.text(), QStringLiteral("old and new"));
        QTRY_COMPARE_WITH_TIMEOUT(edited.count(), 1, 5000);
        // With nothing unsaved, a reload (an undo of the note) shows the library's text, without an edit.
        editor.setPaper(5, QStringLiteral("old"));
        QCOMPARE(editor.text(), QStringLiteral("old"));
        QVERIFY(!editor.hasUnsavedChange());
        QCOMPARE(edited.count(), 1);
    }

    void showsTheSaveState()
    {
        NoteEditor editor;
        editor.setPaper(1, QString());
        auto *status = editor.findChild<QLabel *>(QStringLiteral("noteStatus"));
        QVERIFY(status);
        editor.setSaveState(NoteEditor::SaveState::Saving);
        QCOMPARE(editor.statusText(), QStringLiteral("Saving…"));
        editor.setSaveState(NoteEditor::SaveState::Saved);
        QCOMPARE(editor.statusText(), QStringLiteral("Saved"));
        editor.setSaveState(NoteEditor::SaveState::Failed, QStringLiteral("disk full <b>%1</b>"));
        QCOMPARE(editor.statusText(), QStringLiteral("Not saved: disk full <b>%1</b>"));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QVERIFY(status->palette().color(QPalette::WindowText) != editor.palette().color(QPalette::PlaceholderText));
    }

    void readOnlyRefusesTyping()
    {
        NoteEditor editor;
        editor.setPaper(2, QStringLiteral("kept"));
        QSignalSpy started(&editor, &NoteEditor::noteEditingStarted);
        editor.setReadOnly(true);
        QVERIFY(editor.isReadOnly());
        QTest::keyClicks(editor.editor(), QStringLiteral("zzz"));
        QCOMPARE(editor.text(), QStringLiteral("kept"));
        QCOMPARE(started.count(), 0);
        editor.setReadOnly(false);
        QTest::keyClicks(editor.editor(), QStringLiteral("a"));
        QCOMPARE(started.count(), 1);
    }

    void colorsMarkdown()
    {
        NoteEditor editor;
        QCOMPARE(editor.highlighter()->definitionName(), QStringLiteral("Markdown"));
        editor.setPaper(9, QStringLiteral("# Findings\nplain words"));
        const QTextBlock heading = editor.editor()->document()->firstBlock();
        bool marked = false;
        for (const QTextLayout::FormatRange &range : heading.layout()->formats())
            marked = marked || (range.start == 0 && range.length > 0);
        QVERIFY2(marked, "the heading line carries no highlighting format");
    }
};

QTEST_MAIN(TestNoteEditor)
#include "tst_noteeditor.moc"
