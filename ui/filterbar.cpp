#include "filterbar.h"

#include "queryhelppopup.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextCharFormat>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lectern {

namespace {

bool isKey(const QKeyEvent *event, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    return event->key() == key && (event->modifiers() & ~Qt::KeypadModifier) == modifiers;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_helpButton(new QToolButton(this))
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStringListModel(this))
{
    m_edit->setObjectName(QStringLiteral("filterEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Filter papers: words, \"a phrase\", author:…, technique:pruning, speedup>=2, "
                                  "status:unread, tag:… (F1: syntax)"));
    m_edit->installEventFilter(this);

    m_helpButton->setObjectName(QStringLiteral("filterHelpButton"));
    m_helpButton->setText(QStringLiteral("?"));
    m_helpButton->setToolTip(tr("Filter syntax, with examples to add (F1)"));
    m_helpButton->setAccessibleName(tr("Filter syntax"));
    m_helpButton->setAutoRaise(true);
    m_helpButton->setFocusPolicy(Qt::TabFocus);
    QFont helpFont = m_helpButton->font();
    helpFont.setBold(true);
    m_helpButton->setFont(helpFont);
    m_helpButton->setMinimumWidth(m_edit->sizeHint().height());
    connect(m_helpButton, &QToolButton::clicked, this, &FilterBar::showSyntaxHelp);

    m_message->setObjectName(QStringLiteral("filterMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_message->hide();
    connect(m_message, &QLabel::linkActivated, this, &FilterBar::selectError);
    m_count->setObjectName(QStringLiteral("filterCount"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("1,000,000 papers")));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    // The completer is not the line edit's own (setCompleter), which would replace the whole text: only the
    // term at the cursor is replaced (see acceptCompletion).
    m_completer->setObjectName(QStringLiteral("filterCompleter"));
    m_completer->setWidget(m_edit);
    m_completer->setModel(m_completionModel);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    // Created now so its own event filter is installed first; ours, installed after, sees the keys before it.
    m_completer->popup()->setObjectName(QStringLiteral("filterCompletions"));
    m_completer->popup()->installEventFilter(this);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { acceptCompletion(index.row()); });

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(m_edit, 1);
    row->addWidget(m_helpButton);
    row->addSpacing(6);
    row->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_edit, &QLineEdit::textChanged, this, &FilterBar::onTextChanged);
    // Only the user's typing offers completions, not a text set by the window.
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        if (!m_accepting)
            complete();
    });
}

QString FilterBar::text() const
{
    return m_edit->text();
}

void FilterBar::setText(const QString &text)
{
    m_completer->popup()->hide();
    m_edit->setText(text);
}

void FilterBar::setCountText(const QString &text)
{
    m_count->setText(text);
}

void FilterBar::setCompletionSource(const CompletionSource &source)
{
    m_source = source;
}

void FilterBar::complete()
{
    QAbstractItemView *popup = m_completer->popup();
    m_completion = QueryCompletion::complete(m_edit->text(), m_edit->cursorPosition(), m_source);
    if (m_completion.candidates.isEmpty()) {
        popup->hide();
        return;
    }
    QStringList labels;
    for (const CompletionCandidate &c : std::as_const(m_completion.candidates))
        labels.append(c.label);
    m_completionModel->setStringList(labels);
    m_completer->setCompletionPrefix(QString());
    // Below the start of the term, as wide as the longest candidate.
    QRect rect = m_edit->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    const int termStart = m_edit->cursorPosition() - m_completion.start;
    rect.translate(-m_edit->fontMetrics().horizontalAdvance(m_edit->text().mid(m_completion.start, termStart)), 0);
    rect.setLeft(std::max(0, rect.left()));
    rect.setWidth(std::max(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width()
                               + 2 * popup->frameWidth() + m_edit->fontMetrics().averageCharWidth() * 2,
                           m_edit->fontMetrics().averageCharWidth() * 24));
    m_completer->complete(rect);
    // Nothing is picked until the user moves to a row: Enter then still belongs to the line.
    popup->setCurrentIndex(QModelIndex());
    popup->clearSelection();
}

void FilterBar::acceptCompletion(int row)
{
    if (row < 0 || row >= m_completion.candidates.size())
        return;
    const Completion completion = m_completion;
    const CompletionCandidate candidate = completion.candidates[row];
    m_completer->popup()->hide();
    m_accepting = true;
    // One undoable edit that replaces the term alone.
    m_edit->setSelection(completion.start, completion.end - completion.start);
    m_edit->insert(candidate.text);
    m_accepting = false;
    // A field name chosen: its values come next.
    if (completion.kind == Completion::Kind::Field)
        complete();
}

QueryHelpPopup *FilterBar::helpPopup() const
{
    return m_help;
}

void FilterBar::showSyntaxHelp()
{
    if (!m_help) {
        m_help = new QueryHelpPopup(this);
        connect(m_help, &QueryHelpPopup::exampleChosen, this, &FilterBar::insertExample);
    }
    m_completer->popup()->hide();
    m_help->showBelow(m_edit);
}

void FilterBar::insertExample(const QString &example)
{
    m_edit->setFocus();
    // After the terms already there, separated by a space; a selection is replaced.
    QString text = example;
    if (!m_edit->hasSelectedText()) {
        const QString current = m_edit->text();
        const int cursor = m_edit->cursorPosition();
        if (cursor > 0 && !current[cursor - 1].isSpace() && current[cursor - 1] != QLatin1Char('('))
            text.prepend(QLatin1Char(' '));
        if (cursor < current.size() && !current[cursor].isSpace() && current[cursor] != QLatin1Char(')'))
            text.append(QLatin1Char(' '));
    }
    m_accepting = true;
    m_edit->insert(text);
    m_accepting = false;
}

void FilterBar::selectError()
{
    if (m_errorLength == 0)
        return;
    m_edit->setFocus();
    m_edit->setSelection(m_errorStart, m_errorLength);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        // Claimed before the window's shortcuts see them, while the filter has focus.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ours = isKey(key, Qt::Key_F1) || isKey(key, Qt::Key_F8)
                          || isKey(key, Qt::Key_Space, Qt::ControlModifier)
                          || (isKey(key, Qt::Key_Down) && !m_completer->popup()->isVisible());
        if (event->type() == QEvent::ShortcutOverride) {
            if (ours && !isKey(key, Qt::Key_Down)) {
                event->accept();
                return true;
            }
            return false;
        }
        if (isKey(key, Qt::Key_F1)) {
            showSyntaxHelp();
            return true;
        }
        if (isKey(key, Qt::Key_F8)) {
            selectError();
            return true;
        }
        if (ours) {
            complete();
            // Down without anything to complete is left to the line (and whoever watches it).
            return !isKey(key, Qt::Key_Down) || m_completer->popup()->isVisible();
        }
        return false;
    }
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_completer->popup()->currentIndex();
        if (isKey(key, Qt::Key_Tab)) {
            acceptCompletion(current.isValid() ? current.row() : 0);
            return true;
        }
        if (isKey(key, Qt::Key_Return) || isKey(key, Qt::Key_Enter)) {
            if (current.isValid()) {
                acceptCompletion(current.row());
                return true;
            }
            // Nothing picked: the popup closes and the line gets its Enter.
            m_completer->popup()->hide();
            QCoreApplication::sendEvent(m_edit, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::onTextChanged(const QString &text)
{
    Query query = Query::parse(text, {.asYouType = true});
    if (!query.isValid()) {
        showError(query);
        return; // keep showing the last valid result while the user fixes the text
    }
    m_errorStart = 0;
    m_errorLength = 0;
    underline(0, 0);
    m_message->hide();
    m_edit->setStyleSheet(QString());
    m_query = query;
    Q_EMIT queryChanged(m_query);
}

void FilterBar::showError(const Query &query)
{
    const QString text = query.text();
    // The wrong part: from the error's position to the end of that word (at least one character).
    int start = std::clamp(query.errorPosition(), 0, int(text.size()));
    if (start == text.size() && start > 0)
        --start;
    int end = start;
    while (end < text.size() && !text[end].isSpace())
        ++end;
    m_errorStart = start;
    m_errorLength = std::max(1, end - start);
    if (text.isEmpty())
        m_errorLength = 0;
    underline(m_errorStart, m_errorLength);
    m_message->setText(tr("Not a valid filter at character %1: %2")
                           .arg(query.errorPosition() + 1)
                           .arg(query.errorMessage().toHtmlEscaped())
                       + QStringLiteral(" <a href=\"select\">%1</a>").arg(tr("Select it (F8)")));
    m_message->show();
    m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
}

// A wavy red line under the wrong part, drawn by the line edit itself through the input method formats (the
// only styling of part of its text it offers); positions in the event are relative to the cursor.
void FilterBar::underline(int start, int length)
{
    QList<QInputMethodEvent::Attribute> attributes;
    if (length > 0) {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0xc0, 0x39, 0x2b));
        attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, start - m_edit->cursorPosition(),
                                                       length, format));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
}

} // namespace lectern
