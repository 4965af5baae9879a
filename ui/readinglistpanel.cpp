#include "readinglistpanel.h"

#include "itemmodels/readinglistmodel.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace lectern {

namespace {

constexpr int kPadding = 4;

QFont detailFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

// Two lines per paper: the title, and "authors · venue · year" dimmed below it.
class ReadingListDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString title = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(kPadding, kPadding, -kPadding, -kPadding);
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                                : QPalette::Inactive;
        const QColor color =
            opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dimmed = color;
        dimmed.setAlphaF(0.65f);
        // Provisional titles (the abstract's first sentence) and papers not read yet read as stand-ins.
        const bool standIn = index.data(ReadingListModel::ProvisionalTitleRole).toBool()
                             || index.data(ReadingListModel::PendingRole).toBool();

        painter->save();
        QFont titleFont = opt.font;
        titleFont.setItalic(standIn);
        const QFontMetrics titleMetrics(titleFont);
        const QRect titleRect(text.left(), text.top(), text.width(), titleMetrics.height());
        painter->setFont(titleFont);
        painter->setPen(standIn ? dimmed : color);
        painter->drawText(titleRect, int(Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextSingleLine,
                          titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

        const QFont smaller = detailFont(opt.font);
        const QFontMetrics detailMetrics(smaller);
        const QRect detailRect(text.left(), titleRect.bottom() + 1 + kPadding / 2, text.width(),
                               detailMetrics.height());
        painter->setFont(smaller);
        painter->setPen(dimmed);
        painter->drawText(detailRect, int(Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextSingleLine,
                          detailMetrics.elidedText(index.data(ReadingListModel::DetailRole).toString(), Qt::ElideRight,
                                                   detailRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int height = QFontMetrics(opt.font).height() + QFontMetrics(detailFont(opt.font)).height() + kPadding / 2
                           + 2 * kPadding + 4;
        // No width of its own: the row takes the panel's width and the texts are elided to it.
        return {1, height};
    }
};

// A list view that says what to do when it has nothing to show, while still taking drops.
class PlaceholderListView : public QListView
{
public:
    PlaceholderListView(std::function<QString()> placeholder, QWidget *parent)
        : QListView(parent)
        , m_placeholder(std::move(placeholder))
    {
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        // Alt+Up/Alt+Down reorder (the panel's actions); where they cannot, at the list's edge, they must not
        // move the cursor and drop the selection instead.
        if ((event->modifiers() & Qt::AltModifier) && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
            event->accept();
            return;
        }
        QListView::keyPressEvent(event);
    }

    void paintEvent(QPaintEvent *event) override
    {
        QListView::paintEvent(event);
        const QString text = m_placeholder();
        if (text.isEmpty())
            return;
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const int margin = 3 * fontMetrics().height() / 2;
        painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
                         int(Qt::AlignCenter) | Qt::TextWordWrap, text);
    }

private:
    std::function<QString()> m_placeholder;
};

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(QLatin1String(name), widget->style()->standardIcon(fallback, nullptr, widget));
}

} // namespace

ReadingListPanel::ReadingListPanel(ReadingListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_name(new QLabel(this))
    , m_count(new QLabel(this))
    , m_header(new QWidget(this))
    , m_view(new PlaceholderListView([this] { return placeholderText(); }, this))
{
    setObjectName(QStringLiteral("readingListPanel"));

    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setObjectName(QStringLiteral("readingListName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setMinimumWidth(0);
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long name must not widen the dock
    m_count->setObjectName(QStringLiteral("readingListCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_name, 1);
    headerLayout->addWidget(m_count);

    m_view->setObjectName(QStringLiteral("readingListView"));
    m_view->setModel(model);
    m_view->setItemDelegate(new ReadingListDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformItemSizes(true);
    m_view->setTextElideMode(Qt::ElideRight);
    // Titles are elided to the panel's width (the tooltip has them whole), never scrolled sideways.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setWordWrap(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // DragDrop rather than InternalMove: InternalMove refuses drops from the table.
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragDropOverwriteMode(false);
    m_view->setMinimumHeight(4 * fontMetrics().height());

    m_moveUp = makeAction(tr("Move &Up"), tr("Move the selected papers up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                          themeIcon("go-up", QStyle::SP_ArrowUp, this), QStringLiteral("readingListMoveUp"));
    connect(m_moveUp, &QAction::triggered, this, [this] { m_model->moveUp(selectedRows()); });
    m_moveDown = makeAction(tr("Move &Down"), tr("Move the selected papers down"), QKeySequence(Qt::ALT | Qt::Key_Down),
                            themeIcon("go-down", QStyle::SP_ArrowDown, this), QStringLiteral("readingListMoveDown"));
    connect(m_moveDown, &QAction::triggered, this, [this] { m_model->moveDown(selectedRows()); });
    m_remove = makeAction(
        tr("&Remove from List"), tr("Take the selected papers out of this list"), QKeySequence(QKeySequence::Delete),
        themeIcon("list-remove", QStyle::SP_DialogDiscardButton, this), QStringLiteral("readingListRemove"));
    connect(m_remove, &QAction::triggered, this, [this] { m_model->requestRemoval(selectedRows()); });
    m_export = makeAction(
        tr("&Export…"), tr("Export this list's papers in their order"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        themeIcon("document-export", QStyle::SP_DialogSaveButton, this), QStringLiteral("readingListExport"));
    connect(m_export, &QAction::triggered, this, [this] {
        if (m_model->hasList())
            Q_EMIT exportRequested(m_model->listId());
    });
    // Also in the list's context menu.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_moveUp, m_moveDown, m_remove, m_export});

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    buttons->addWidget(makeButton(m_moveUp, Qt::ToolButtonIconOnly));
    buttons->addWidget(makeButton(m_moveDown, Qt::ToolButtonIconOnly));
    buttons->addWidget(makeButton(m_remove, Qt::ToolButtonIconOnly));
    buttons->addStretch(1);
    buttons->addWidget(makeButton(m_export, Qt::ToolButtonTextBesideIcon));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_model, &ReadingListModel::loaded, this, [this] {
        updateHeader();
        updateActions();
        m_view->viewport()->update();
    });
    connect(m_model, &ReadingListModel::reorderRequested, this, &ReadingListPanel::reorderRequested);
    connect(m_model, &ReadingListModel::removeRequested, this, &ReadingListPanel::removeRequested);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] {
            updateHeader();
            updateActions();
        });
    }
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &ReadingListPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_currentPaper = 0; // the selection model forgets the current row without a signal
        updateHeader();
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReadingListPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReadingListPanel::onCurrentChanged);

    updateHeader();
    updateActions();
}

QAction *ReadingListPanel::makeAction(const QString &text, const QString &toolTip, const QKeySequence &shortcut,
                                      const QIcon &icon, const QString &objectName)
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Keys act on the list while the panel has the focus; the window's own shortcuts (Delete in the table)
    // stay theirs.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

QToolButton *ReadingListPanel::makeButton(QAction *action, Qt::ToolButtonStyle style)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(style);
    button->setAutoRaise(true);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    return button;
}

QListView *ReadingListPanel::view() const
{
    return m_view;
}

void ReadingListPanel::setList(qint64 listId)
{
    m_model->setList(listId);
    updateHeader();
    updateActions();
}

qint64 ReadingListPanel::listId() const
{
    return m_model->listId();
}

qint64 ReadingListPanel::currentPaperId() const
{
    return m_model->paperId(m_view->currentIndex().row());
}

QList<int> ReadingListPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> ReadingListPanel::selectedPaperIds() const
{
    QList<qint64> ids;
    for (int row : selectedRows())
        ids.append(m_model->paperId(row));
    return ids;
}

QString ReadingListPanel::placeholderText() const
{
    if (m_model->listId() <= 0 || (!m_model->hasList() && !m_model->isLoading()))
        return tr("Choose a reading list in the side panel");
    if (m_model->hasList() && m_model->rowCount() == 0)
        return tr("Drag papers here from the table, or use Add to List (Ctrl+L)");
    return {};
}

void ReadingListPanel::updateHeader()
{
    const bool shown = m_model->hasList();
    m_header->setVisible(shown);
    m_name->setText(m_model->listName());
    m_name->setToolTip(m_model->listName());
    m_count->setText(tr("%n paper(s)", nullptr, m_model->rowCount()));
    m_view->viewport()->update();
}

void ReadingListPanel::updateActions()
{
    const QList<int> rows = selectedRows();
    const bool list = m_model->hasList();
    m_moveUp->setEnabled(list && !rows.isEmpty() && rows.first() > 0);
    m_moveDown->setEnabled(list && !rows.isEmpty() && rows.last() < m_model->rowCount() - 1);
    m_remove->setEnabled(list && !rows.isEmpty());
    m_export->setEnabled(list && m_model->rowCount() > 0);
}

void ReadingListPanel::onCurrentChanged()
{
    const qint64 id = currentPaperId();
    if (id <= 0 || id == m_currentPaper)
        return;
    m_currentPaper = id;
    Q_EMIT currentPaperChanged(id);
}

} // namespace lectern
