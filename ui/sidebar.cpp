#include "sidebar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QStyledItemDelegate>
#include <QTimer>

namespace lectern {

namespace {

bool isSection(int kind)
{
    return kind == SidebarModel::SearchesSection || kind == SidebarModel::ListsSection
           || kind == SidebarModel::TagsSection;
}

// Paints an item's count right-aligned and dimmed, a tag's key as a small badge before it, a tag's colour as a
// dot in front of its name, and sections as bold headers.
class SidebarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const QString count = countText(index);
        const int slot = index.data(SidebarModel::KeySlotRole).toInt();
        const QFontMetrics metrics(opt.font);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, widget) + 4;
        const int countWidth = count.isEmpty() ? 0 : metrics.horizontalAdvance(count) + margin;
        const int badgeWidth = slot > 0 ? badgeSize(metrics).width() + margin : 0;

        // The row's background across its whole width, then the name in what the count leaves.
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        QStyleOptionViewItem text = opt;
        text.rect.setRight(opt.rect.right() - countWidth - badgeWidth);
        style->drawControl(QStyle::CE_ItemViewItem, &text, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        QColor dim =
            selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::PlaceholderText);
        if (selected)
            dim.setAlphaF(0.75f);
        painter->save();
        painter->setFont(opt.font);
        QRect right = opt.rect.adjusted(0, 0, -margin, 0);
        if (!count.isEmpty()) {
            painter->setPen(dim);
            painter->drawText(right, Qt::AlignRight | Qt::AlignVCenter, count);
            right.setRight(right.right() - countWidth);
        }
        if (slot > 0) {
            QFont small = opt.font;
            small.setPointSizeF(small.pointSizeF() * 0.85);
            const QSize size = badgeSize(metrics);
            const QRect badge(right.right() - size.width() + 1, right.center().y() - size.height() / 2, size.width(),
                              size.height());
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(dim, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            painter->setFont(small);
            painter->drawText(badge, Qt::AlignCenter, QString::number(slot));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QFontMetrics metrics(option.font);
        const QString count = countText(index);
        if (!count.isEmpty())
            size.rwidth() += metrics.horizontalAdvance(count) + 8;
        if (index.data(SidebarModel::KeySlotRole).toInt() > 0)
            size.rwidth() += badgeSize(metrics).width() + 8;
        size.setHeight(std::max(size.height(), metrics.height() + 8));
        return size;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int kind = index.data(SidebarModel::ItemKindRole).toInt();
        if (isSection(kind) || kind == SidebarModel::AllPapers)
            option->font.setBold(true);
        if (kind == SidebarModel::Tag) {
            // Every tag keeps the dot's place, so names line up whether or not they have a colour.
            const int side = option->fontMetrics.height() / 2 + 2;
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(side, side);
            option->icon = dot(index.data(SidebarModel::ColorRole).toString(), side);
        }
    }

private:
    static QString countText(const QModelIndex &index)
    {
        const QVariant count = index.data(SidebarModel::CountRole);
        return count.isValid() && count.toLongLong() >= 0 ? QLocale().toString(count.toLongLong()) : QString();
    }

    static QSize badgeSize(const QFontMetrics &metrics)
    {
        return {metrics.horizontalAdvance(QLatin1Char('8')) + 6, metrics.ascent() + 2};
    }

    QIcon dot(const QString &color, int side) const
    {
        const QString key = color + QLatin1Char('@') + QString::number(side);
        if (const auto it = m_dots.constFind(key); it != m_dots.cend())
            return *it;
        QPixmap pixmap(side * 2, side * 2); // drawn at twice the size for high-density screens
        pixmap.setDevicePixelRatio(2);
        pixmap.fill(Qt::transparent);
        const QColor fill(color);
        if (fill.isValid()) {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(fill.darker(130), 1));
            painter.setBrush(fill);
            painter.drawEllipse(QRectF(1, 1, side - 2, side - 2));
        }
        const QIcon icon(pixmap);
        m_dots.insert(key, icon);
        return icon;
    }

    mutable QHash<QString, QIcon> m_dots;
};

} // namespace

Sidebar::Sidebar(QWidget *parent)
    : QTreeView(parent)
{
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setDragDropMode(QAbstractItemView::DropOnly);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    // Papers land on an item, never between two.
    setDragDropOverwriteMode(true);
    setDefaultDropAction(Qt::CopyAction);
    setItemDelegate(new SidebarDelegate(this));
    setAccessibleName(tr("Library"));
    setMinimumWidth(180);

    m_rename = new QAction(tr("Rename…"), this);
    m_rename->setShortcut(Qt::Key_F2);
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_rename, &QAction::triggered, this, &Sidebar::renameCurrent);
    addAction(m_rename);
    m_delete = new QAction(tr("Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &Sidebar::deleteCurrent);
    addAction(m_delete);
    updateActions();

    connect(this, &QAbstractItemView::activated, this, &Sidebar::emitQuery);
}

void Sidebar::setSidebarModel(SidebarModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    if (!model)
        return;
    connect(model, &SidebarModel::tagDropRequested, this, &Sidebar::tagDropRequested);
    connect(model, &SidebarModel::listDropRequested, this, &Sidebar::listDropRequested);
    // A tag being revealed may arrive with any page of any level above it.
    connect(model, &QAbstractItemModel::rowsInserted, this, &Sidebar::revealPendingTag, Qt::QueuedConnection);
    connect(model, &QAbstractItemModel::dataChanged, this, &Sidebar::updateActions);
    for (const SidebarModel::ItemKind section :
         {SidebarModel::SearchesSection, SidebarModel::ListsSection, SidebarModel::TagsSection})
        expand(model->sectionIndex(section));
    updateActions();
}

void Sidebar::selectTag(const QString &name)
{
    m_pendingTag = name;
    revealPendingTag();
}

void Sidebar::revealPendingTag()
{
    if (m_pendingTag.isEmpty() || !m_model)
        return;
    QModelIndex level = m_model->sectionIndex(SidebarModel::TagsSection);
    QString path;
    for (const QString &part : m_pendingTag.split(QLatin1Char('/'))) {
        path = path.isEmpty() ? part : path + QLatin1Char('/') + part;
        expand(level);
        QModelIndex found;
        for (int row = 0; row < m_model->rowCount(level) && !found.isValid(); ++row) {
            const QModelIndex child = m_model->index(row, 0, level);
            if (child.data(SidebarModel::TagNameRole).toString() == path)
                found = child;
        }
        if (!found.isValid()) {
            if (m_model->canFetchMore(level))
                m_model->fetchMore(level); // and try again when its rows arrive
            else
                m_pendingTag.clear(); // no such tag
            return;
        }
        level = found;
    }
    m_pendingTag.clear();
    setCurrentIndex(level);
    scrollTo(level);
}

bool Sidebar::selectList(qint64 id)
{
    const QModelIndex index = m_model ? m_model->listIndex(id) : QModelIndex();
    if (index.isValid())
        setCurrentIndex(index);
    return index.isValid();
}

bool Sidebar::selectSearch(qint64 id)
{
    const QModelIndex index = m_model ? m_model->searchIndex(id) : QModelIndex();
    if (index.isValid())
        setCurrentIndex(index);
    return index.isValid();
}

void Sidebar::selectAllPapers()
{
    if (m_model)
        setCurrentIndex(m_model->sectionIndex(SidebarModel::AllPapers));
}

void Sidebar::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    updateActions();
    // As in Zotero, choosing a collection shows it: the filter follows the current item.
    if (current.isValid() && (current.flags() & Qt::ItemIsSelectable))
        emitQuery(current);
}

void Sidebar::emitQuery(const QModelIndex &index)
{
    const int kind = index.data(SidebarModel::ItemKindRole).toInt();
    if (!index.isValid() || isSection(kind))
        return;
    Q_EMIT queryActivated(index.data(SidebarModel::QueryRole).toString(), SidebarModel::ItemKind(kind));
}

void Sidebar::updateActions()
{
    const QModelIndex index = currentIndex();
    const int kind = index.isValid() ? index.data(SidebarModel::ItemKindRole).toInt() : -1;
    const bool editable =
        kind == SidebarModel::Tag || kind == SidebarModel::ReadingList || kind == SidebarModel::SavedSearch;
    m_rename->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_delete->setText(kind == SidebarModel::Tag           ? tr("Delete Tag")
                      : kind == SidebarModel::ReadingList ? tr("Delete List")
                                                          : tr("Delete"));
}

void Sidebar::renameCurrent()
{
    const QModelIndex index = currentIndex();
    switch (index.data(SidebarModel::ItemKindRole).toInt()) {
    case SidebarModel::Tag:
        Q_EMIT renameTagRequested(index.data(SidebarModel::TagNameRole).toString());
        break;
    case SidebarModel::ReadingList:
        Q_EMIT renameListRequested(index.data(SidebarModel::IdRole).toLongLong());
        break;
    case SidebarModel::SavedSearch:
        Q_EMIT renameSearchRequested(index.data(SidebarModel::IdRole).toLongLong());
        break;
    default:
        break;
    }
}

void Sidebar::deleteCurrent()
{
    const QModelIndex index = currentIndex();
    switch (index.data(SidebarModel::ItemKindRole).toInt()) {
    case SidebarModel::Tag:
        Q_EMIT deleteTagRequested(index.data(SidebarModel::TagNameRole).toString());
        break;
    case SidebarModel::ReadingList:
        Q_EMIT deleteListRequested(index.data(SidebarModel::IdRole).toLongLong());
        break;
    case SidebarModel::SavedSearch:
        Q_EMIT deleteSearchRequested(index.data(SidebarModel::IdRole).toLongLong());
        break;
    default:
        break;
    }
}

QMenu *Sidebar::createContextMenu(const QModelIndex &index)
{
    if (!index.isValid())
        return nullptr;
    const int kind = index.data(SidebarModel::ItemKindRole).toInt();
    auto *menu = new QMenu(this);
    // The menu acts on the item it was opened on, which becomes current (as a click would make it) so that
    // F2 and Del, shown in the menu, mean the same item.
    if (index.flags() & Qt::ItemIsSelectable)
        setCurrentIndex(index);
    switch (kind) {
    case SidebarModel::Tag: {
        const QString tag = index.data(SidebarModel::TagNameRole).toString();
        menu->addAction(m_rename);
        menu->addAction(tr("Merge Into…"), this, [this, tag] { Q_EMIT mergeTagRequested(tag); });
        menu->addAction(tr("Set Colour…"), this, [this, tag] { Q_EMIT colorTagRequested(tag); });
        QMenu *keys = menu->addMenu(tr("Assign to Key"));
        auto *group = new QActionGroup(keys);
        const int current = index.data(SidebarModel::KeySlotRole).toInt();
        for (int slot = 1; slot <= 9; ++slot) {
            QAction *action = keys->addAction(tr("Key %1").arg(slot), this,
                                              [this, tag, slot] { Q_EMIT keySlotRequested(tag, slot); });
            action->setCheckable(true);
            action->setChecked(slot == current);
            action->setData(slot);
            group->addAction(action);
        }
        keys->addSeparator();
        QAction *none = keys->addAction(tr("None"), this, [this, tag] { Q_EMIT keySlotRequested(tag, 0); });
        none->setCheckable(true);
        none->setChecked(current == 0);
        none->setData(0);
        group->addAction(none);
        menu->addSeparator();
        menu->addAction(m_delete);
        break;
    }
    case SidebarModel::ReadingList: {
        const qint64 id = index.data(SidebarModel::IdRole).toLongLong();
        menu->addAction(m_rename);
        menu->addAction(tr("Export List…"), this, [this, id] { Q_EMIT exportListRequested(id); });
        menu->addSeparator();
        menu->addAction(m_delete);
        break;
    }
    case SidebarModel::SavedSearch: {
        const qint64 id = index.data(SidebarModel::IdRole).toLongLong();
        menu->addAction(m_rename);
        menu->addAction(tr("Edit Query"), this, [this, id] { Q_EMIT editSearchRequested(id); });
        menu->addSeparator();
        menu->addAction(m_delete);
        break;
    }
    case SidebarModel::ListsSection:
        menu->addAction(tr("New List…"), this, &Sidebar::newListRequested);
        break;
    case SidebarModel::SearchesSection:
        menu->addAction(tr("Save Current Search…"), this, &Sidebar::saveSearchRequested);
        break;
    default:
        delete menu;
        return nullptr;
    }
    updateActions();
    return menu;
}

void Sidebar::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    QMenu *menu = createContextMenu(index);
    if (!menu)
        return;
    const QPoint at = event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                                  : viewport()->mapToGlobal(visualRect(index).center());
    menu->exec(at);
    delete menu;
}

} // namespace lectern
