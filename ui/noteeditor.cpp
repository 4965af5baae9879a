#include "noteeditor.h"

#include "sourcehighlighter.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace lectern {

NoteEditor::NoteEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_highlighter(new SourceHighlighter(m_edit->document(), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("noteEditor"));
    m_edit->setObjectName(QStringLiteral("noteText"));
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setFrameShape(QFrame::NoFrame);
    m_edit->setTabChangesFocus(false);
    m_edit->setTabStopDistance(QFontMetricsF(m_edit->font()).horizontalAdvance(QLatin1Char(' ')) * 4);
    m_edit->document()->setDocumentMargin(10);
    m_edit->setToolTip(tr("The note is saved as you type"));
    m_edit->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("noteStatus"));
    m_status->setTextFormat(Qt::PlainText); // an error message is never markup
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(10, 0, 10, 0);
    statusRow->addWidget(m_status, 1);
    layout->addLayout(statusRow);

    m_highlighter->setFormat(QStringLiteral("Markdown"));
    m_highlighter->setPalette(palette());

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &NoteEditor::flush);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &NoteEditor::onTextChanged);

    setPaper(0, QString());
}

NoteEditor::~NoteEditor() = default;

QString NoteEditor::text() const
{
    return m_edit->toPlainText();
}

void NoteEditor::setPaper(qint64 id, const QString &markdown)
{
    if (id == m_paperId && id != 0) {
        // The user's typing wins over a reload that raced it; it is on its way to the library.
        if (m_dirty || markdown == text())
            return;
        const int position = m_edit->textCursor().position();
        const int scroll = m_edit->verticalScrollBar()->value();
        m_loading = true;
        m_edit->setPlainText(markdown);
        m_loading = false;
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(std::min(position, int(markdown.size())));
        m_edit->setTextCursor(cursor);
        m_edit->verticalScrollBar()->setValue(scroll);
        return;
    }
    flush();
    m_paperId = id;
    m_loading = true;
    m_edit->setPlainText(id ? markdown : QString());
    m_loading = false;
    m_edit->setEnabled(id != 0);
    updatePlaceholder();
    updateStatus(QString(), false);
}

void NoteEditor::onTextChanged()
{
    if (m_loading || m_paperId == 0)
        return;
    if (!m_dirty) {
        m_dirty = true;
        updateStatus(tr("Not saved yet"), false);
        Q_EMIT noteEditingStarted(m_paperId);
    }
    m_debounce->start(); // restarts: the note goes out after a pause in typing
}

void NoteEditor::flush()
{
    m_debounce->stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    Q_EMIT noteEdited(m_paperId, text());
}

void NoteEditor::setSaveState(SaveState state, const QString &error)
{
    switch (state) {
    case SaveState::Saved:
        // A save reported while a newer burst is being typed does not cover that burst.
        updateStatus(m_dirty ? tr("Not saved yet") : tr("Saved"), false);
        return;
    case SaveState::Saving:
        updateStatus(tr("Saving…"), false);
        return;
    case SaveState::Failed:
        updateStatus(tr("Not saved: %1").arg(error), true);
        return;
    }
}

QString NoteEditor::statusText() const
{
    return m_status->text();
}

void NoteEditor::setReadOnly(bool readOnly)
{
    if (readOnly)
        flush();
    m_edit->setReadOnly(readOnly);
    updatePlaceholder();
}

bool NoteEditor::isReadOnly() const
{
    return m_edit->isReadOnly();
}

void NoteEditor::updatePlaceholder()
{
    if (m_paperId == 0)
        m_edit->setPlaceholderText(tr("Select a paper to write a note"));
    else if (m_edit->isReadOnly())
        m_edit->setPlaceholderText(tr("The library cannot be written now; the note is read-only."));
    else
        m_edit->setPlaceholderText(tr("Write a note in Markdown…"));
}

void NoteEditor::updateStatus(const QString &text, bool error)
{
    m_statusIsError = error;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette colors = palette();
    if (error) {
        const bool dark = colors.color(QPalette::Window).lightness() < 128;
        colors.setColor(QPalette::WindowText, dark ? QColor(255, 128, 118) : QColor(178, 34, 34));
    } else {
        colors.setColor(QPalette::WindowText, colors.color(QPalette::PlaceholderText));
    }
    m_status->setPalette(colors);
}

void NoteEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateStatus(m_status->text(), m_statusIsError);
    }
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving the editor (to the table, another window) saves at once rather than after the pause.
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        flush();
    return QWidget::eventFilter(watched, event);
}

} // namespace lectern
