#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace lectern {

class SourceHighlighter;

// The "Note" pane: the selected paper's Markdown note, coloured as Markdown, with a one-line save status.
// The editor never writes: 500 ms after the last keystroke (or on flush(), when the focus leaves it, or when
// another paper is loaded) it emits noteEdited(), and the window makes the note durable and reports back
// through setSaveState(). The window calls flush() before it undoes, redoes or closes, so no keystroke is lost.
class NoteEditor : public QWidget
{
    Q_OBJECT

public:
    enum class SaveState { Saved, Saving, Failed };
    static constexpr int kDebounceMs = 500;

    explicit NoteEditor(QWidget *parent = nullptr);
    ~NoteEditor() override;

    // Shows the note of paper `id` (0: no paper; the editor is then disabled). Loading another paper first
    // emits noteEdited() for an unsaved edit of the previous one. Loading the paper already shown (a refresh,
    // or an undo of its note) replaces the text only when nothing is unsaved, and keeps the cursor where it can.
    void setPaper(qint64 id, const QString &markdown);
    qint64 paperId() const { return m_paperId; }
    QString text() const;
    // True between a keystroke and the noteEdited() that carries it.
    bool hasUnsavedChange() const { return m_dirty; }
    // Emits noteEdited() at once if there is an unsaved change.
    void flush();

    // What happened to the last noteEdited(): "Saved", "Saving…", "Not saved: <error>".
    void setSaveState(SaveState state, const QString &error = QString());
    QString statusText() const;
    // While the library cannot be written; the text stays readable and selectable.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    QPlainTextEdit *editor() const { return m_edit; }
    SourceHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    // The first keystroke of a burst of typing (the window opens one undo step for the burst).
    void noteEditingStarted(qint64 paperId);
    // The note as typed, after a pause in typing or on flush(); it ends the burst.
    void noteEdited(qint64 paperId, const QString &markdown);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged();
    void updatePlaceholder();
    void updateStatus(const QString &text, bool error);

    QPlainTextEdit *m_edit;
    QLabel *m_status;
    SourceHighlighter *m_highlighter;
    QTimer *m_debounce;
    qint64 m_paperId = 0;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_statusIsError = false;
};

} // namespace lectern
