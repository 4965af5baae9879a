#include "tagbox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSet>
#include <QStringListModel>
#include <QVBoxLayout>

namespace lectern {

QStringList normalizedTagList(const QString &text)
{
    QStringList result;
    QSet<QString> seen;
    const QStringList names = text.split(QLatin1Char(','));
    for (const QString &name : names) {
        QStringList levels;
        const QStringList parts = name.split(QLatin1Char('/'));
        for (const QString &part : parts) {
            const QString level = part.simplified();
            if (!level.isEmpty())
                levels.append(level);
        }
        const QString tag = levels.join(QLatin1Char('/'));
        if (tag.isEmpty())
            continue;
        const QString key = tag.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.append(tag);
    }
    return result;
}

namespace {

// Tab should take the completion, never move focus out of the popup.
class TagLineEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

protected:
    bool focusNextPrevChild(bool) override { return false; }
};

} // namespace

TagBox::TagBox(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("tagBox"));
    setFrameShape(QFrame::StyledPanel);

    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_edit = new TagLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("tag, another/tag"));
    m_edit->installEventFilter(this);
    m_title->setBuddy(m_edit);

    auto *hint = new QLabel(tr("Separate tags with commas; \u201C/\u201D makes a tag hierarchy. Enter applies, Esc "
                               "cancels."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);

    m_tagModel = new QStringListModel(this);
    m_completer = new QCompleter(m_tagModel, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(10);
    // Not QLineEdit::setCompleter(): that completes the whole line, and the line holds several tags.
    m_completer->setWidget(m_edit);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagBox::insertCompletion);
    connect(m_edit, &QLineEdit::textEdited, this, &TagBox::complete);
    connect(m_edit, &QLineEdit::returnPressed, this, &TagBox::apply);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_edit);
    layout->addWidget(hint);

    setMode(Mode::Add, 0);
}

TagBox::~TagBox() = default;

void TagBox::setMode(Mode mode, int paperCount)
{
    m_mode = mode;
    m_title->setText(mode == Mode::Add ? tr("Add tags to %n paper(s)", nullptr, paperCount)
                                       : tr("Remove tags from %n paper(s)", nullptr, paperCount));
    m_edit->clear();
}

QString TagBox::title() const
{
    return m_title->text();
}

void TagBox::setTags(const QStringList &tags)
{
    QStringList sorted = tags;
    sorted.sort(Qt::CaseInsensitive);
    sorted.removeDuplicates();
    m_tagModel->setStringList(sorted);
}

QStringList TagBox::tags() const
{
    return m_tagModel->stringList();
}

void TagBox::popupUnder(const QRect &anchor)
{
    adjustSize();
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 48);
    QRect geometry(anchor.left(), anchor.bottom() + 1, width, sizeHint().height());
    if (const QScreen *screen = QGuiApplication::screenAt(anchor.center())) {
        const QRect available = screen->availableGeometry();
        if (geometry.bottom() > available.bottom())
            geometry.moveBottom(anchor.top() - 1);
        if (geometry.right() > available.right())
            geometry.moveRight(available.right());
        if (geometry.left() < available.left())
            geometry.moveLeft(available.left());
    }
    setGeometry(geometry);
    m_edit->clear();
    show();
    activateWindow();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void TagBox::popupOver(QWidget *widget)
{
    adjustSize();
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 48);
    const QRect area(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    setGeometry(area.left() + (area.width() - width) / 2, area.top() + (area.height() - sizeHint().height()) / 3, width,
                sizeHint().height());
    m_edit->clear();
    show();
    activateWindow();
    m_edit->setFocus(Qt::PopupFocusReason);
}

std::pair<int, int> TagBox::currentSegment() const
{
    const QString text = m_edit->text();
    const int cursor = m_edit->cursorPosition();
    const int start = int(text.lastIndexOf(QLatin1Char(','), cursor - 1)) + 1;
    int end = int(text.indexOf(QLatin1Char(','), cursor));
    if (end < 0)
        end = int(text.size());
    return {start, end};
}

void TagBox::complete()
{
    const auto [start, end] = currentSegment();
    const QString prefix = m_edit->text().mid(start, m_edit->cursorPosition() - start).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void TagBox::insertCompletion(const QString &completion)
{
    const auto [start, end] = currentSegment();
    QString text = m_edit->text();
    const QString replacement = (start > 0 ? QStringLiteral(" ") : QString()) + completion;
    text.replace(start, end - start, replacement);
    m_edit->setText(text);
    m_edit->setCursorPosition(start + int(replacement.size()));
}

void TagBox::apply()
{
    // The completer hands Enter to the line before it takes the highlighted completion itself: take it here.
    QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible() && popup->currentIndex().isValid())
        insertCompletion(popup->currentIndex().data().toString());
    popup->hide();
    QStringList tags = normalizedTagList(m_edit->text());
    const QStringList known = m_tagModel->stringList();
    for (QString &tag : tags) {
        for (const QString &name : known) {
            if (tag.compare(name, Qt::CaseInsensitive) == 0) {
                tag = name;
                break;
            }
        }
    }
    close();
    if (!tags.isEmpty())
        Q_EMIT accepted(tags);
}

bool TagBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace lectern
