#include "commandpalette.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <numeric>

namespace lectern {

namespace {

// Scores in the spirit of fzf: every matched character earns kMatch plus the bonus of its position; a run of
// contiguous characters keeps the bonus of the position it started at, so "tag" at the start of "Tags" beats
// t…a…g spread over three words.
constexpr int kMatch = 16;
constexpr int kTextStartBonus = 14;
constexpr int kWordStartBonus = 12;
constexpr int kCamelBonus = 10;
constexpr int kConsecutiveBonus = 6;
constexpr int kFirstPatternCharMultiplier = 2;
constexpr int kGapStart = -3;
constexpr int kGapExtension = -1;
// A match that needs the menu path ranks below one in the text alone.
constexpr int kContextPenalty = 8;
constexpr int kNone = std::numeric_limits<int>::min() / 4;

constexpr int ActionIndexRole = Qt::UserRole + 1;

int positionBonus(QStringView text, qsizetype at)
{
    const QChar current = text.at(at);
    if (at == 0)
        return kTextStartBonus;
    if (!current.isLetterOrNumber())
        return 0;
    const QChar previous = text.at(at - 1);
    if (!previous.isLetterOrNumber())
        return kWordStartBonus;
    if ((previous.isLower() && current.isUpper()) || (!previous.isDigit() && current.isDigit()))
        return kCamelBonus;
    return 0;
}

} // namespace

std::optional<int> fuzzyMatchScore(QStringView pattern, QStringView candidate)
{
    QString folded;
    for (QChar c : pattern) {
        if (!c.isSpace())
            folded.append(c.toCaseFolded());
    }
    if (folded.isEmpty())
        return 0;
    const qsizetype n = candidate.size();
    const qsizetype m = folded.size();
    if (m > n)
        return std::nullopt;

    QList<QChar> text(n);
    QList<int> bonus(n);
    for (qsizetype j = 0; j < n; ++j) {
        text[j] = candidate.at(j).toCaseFolded();
        bonus[j] = positionBonus(candidate, j);
    }
    // best[j]: the best score of the pattern so far with its last character matched at j; runBonus[j]: the bonus
    // the run ending at j carries.
    QList<int> best(n, kNone), runBonus(n, 0);
    for (qsizetype j = 0; j < n; ++j) {
        if (text[j] == folded.at(0)) {
            best[j] = kMatch + bonus[j] * kFirstPatternCharMultiplier;
            runBonus[j] = bonus[j];
        }
    }
    for (qsizetype i = 1; i < m; ++i) {
        QList<int> next(n, kNone), nextRunBonus(n, 0);
        int afterGap = kNone; // the best score that reaches j across a gap of at least one character
        for (qsizetype j = i; j < n; ++j) {
            if (j >= 2)
                afterGap = std::max(afterGap + kGapExtension, best[j - 2] + kGapStart);
            if (text[j] != folded.at(i))
                continue;
            int score = kNone;
            if (best[j - 1] > kNone) {
                const int carried = std::max({runBonus[j - 1], kConsecutiveBonus, bonus[j]});
                score = best[j - 1] + kMatch + carried;
                nextRunBonus[j] = carried;
            }
            if (afterGap > kNone / 2 && afterGap + kMatch + bonus[j] > score) {
                score = afterGap + kMatch + bonus[j];
                nextRunBonus[j] = bonus[j];
            }
            next[j] = score;
        }
        best.swap(next);
        runBonus.swap(nextRunBonus);
    }
    const int result = *std::max_element(best.cbegin(), best.cend());
    if (result <= kNone / 2)
        return std::nullopt;
    return result;
}

QList<int> rankFuzzyMatches(const QString &pattern, const QStringList &texts, const QStringList &contexts)
{
    struct Ranked {
        int index;
        int score;
    };
    if (std::all_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return c.isSpace(); })) {
        QList<int> all(texts.size());
        std::iota(all.begin(), all.end(), 0);
        return all;
    }
    QList<Ranked> ranked;
    for (int i = 0; i < texts.size(); ++i) {
        std::optional<int> score = fuzzyMatchScore(pattern, texts.at(i));
        if (i < contexts.size() && !contexts.at(i).isEmpty()) {
            const QString whole = contexts.at(i) + QLatin1Char(' ') + texts.at(i);
            if (const std::optional<int> viaContext = fuzzyMatchScore(pattern, whole))
                score = std::max(score.value_or(kNone), *viaContext - kContextPenalty);
        }
        if (score)
            ranked.append({i, *score});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [&texts](const Ranked &a, const Ranked &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return texts.at(a.index).size() < texts.at(b.index).size();
    });
    QList<int> result;
    result.reserve(ranked.size());
    for (const Ranked &r : std::as_const(ranked))
        result.append(r.index);
    return result;
}

CommandPalette::CommandPalette(QWidget *window)
    : QFrame(window, Qt::Popup)
    , m_window(window)
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Type a command"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Command"));
    m_search->installEventFilter(this);

    m_model = new QStandardItemModel(0, 2, this);
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);
    connect(m_view, &QAbstractItemView::clicked, this, &CommandPalette::run);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_view);

    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::refilter);
}

CommandPalette::~CommandPalette() = default;

void CommandPalette::open()
{
    m_actions = catalogActions(m_window);
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    refilter();
    place();
    show();
    raise();
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::place()
{
    const int rows = 12;
    const int rowHeight = std::max(m_view->sizeHintForRow(0), fontMetrics().height() + 6);
    const int height = m_search->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth() + 18;
    QRect area =
        m_window ? QRect(m_window->mapToGlobal(QPoint(0, 0)), m_window->size()) : screen()->availableGeometry();
    const int width = std::clamp(area.width() * 3 / 5, std::min(480, area.width() - 24), 760);
    const int top = area.top() + std::max(area.height() / 12, fontMetrics().height() * 3);
    setGeometry(area.left() + (area.width() - width) / 2, top, width, std::min(height, area.height() - 24));
}

void CommandPalette::refilter()
{
    QStringList texts, paths;
    texts.reserve(m_actions.size());
    paths.reserve(m_actions.size());
    for (const CatalogAction &entry : std::as_const(m_actions)) {
        texts.append(entry.text);
        paths.append(entry.pathLabel());
    }
    QList<int> order = rankFuzzyMatches(m_search->text(), texts, paths);
    // Runnable actions first; a disabled one still shows that the command exists.
    std::stable_partition(order.begin(), order.end(),
                          [this](int i) { return m_actions.at(i).enabled && m_actions.at(i).action; });

    m_model->removeRows(0, m_model->rowCount());
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (int i : std::as_const(order)) {
        const CatalogAction &entry = m_actions.at(i);
        if (!entry.action)
            continue;
        auto *label = new QStandardItem(entry.action->icon(), entry.label());
        auto *keys = new QStandardItem(shortcutText(entry.action));
        label->setData(i, ActionIndexRole);
        keys->setData(i, ActionIndexRole);
        keys->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        keys->setForeground(muted);
        const QString tip = entry.action->toolTip() != entry.action->text() ? entry.action->toolTip() : QString();
        if (!entry.enabled) {
            label->setFlags(Qt::NoItemFlags);
            keys->setFlags(Qt::NoItemFlags);
            label->setToolTip(tr("Not available now"));
        } else {
            label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            keys->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            label->setToolTip(withoutMnemonics(tip));
        }
        m_model->appendRow({label, keys});
    }
    const QModelIndex first = m_model->index(0, LabelColumn);
    if (first.isValid() && (first.flags() & Qt::ItemIsEnabled)) {
        m_view->setCurrentIndex(first);
    } else {
        m_view->selectionModel()->clear();
        m_view->setCurrentIndex(QModelIndex());
    }
    m_view->scrollToTop();
}

QList<QAction *> CommandPalette::shownActions() const
{
    QList<QAction *> result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const int i = m_model->index(row, LabelColumn).data(ActionIndexRole).toInt();
        result.append(m_actions.at(i).action);
    }
    return result;
}

QAction *CommandPalette::currentAction() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return nullptr;
    const CatalogAction &entry = m_actions.at(index.data(ActionIndexRole).toInt());
    return entry.enabled ? entry.action.data() : nullptr;
}

void CommandPalette::runCurrent()
{
    run(m_view->currentIndex());
}

void CommandPalette::run(const QModelIndex &index)
{
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEnabled))
        return;
    const CatalogAction &entry = m_actions.at(index.data(ActionIndexRole).toInt());
    QAction *action = entry.action;
    if (!action || !entry.enabled)
        return;
    close();
    // Run once the popup is gone and its event has returned: the action may open a modal dialog.
    QTimer::singleShot(0, action, [action] {
        if (action->isEnabled())
            action->trigger();
    });
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // The view knows how to step over disabled rows.
            QApplication::sendEvent(m_view, key);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace lectern
