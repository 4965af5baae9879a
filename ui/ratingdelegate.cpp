#include "ratingdelegate.h"

#include "domain/curation.h"
#include "itemmodels/papertablemodel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QtMath>

namespace lectern {

namespace {

constexpr int kMaxStarSize = 16;
constexpr int kSpacing = 3;
constexpr int kPadding = 6;

int starSize(const QRect &cell)
{
    return std::clamp(cell.height() - 8, 8, kMaxStarSize);
}

QPainterPath starPath(const QRectF &box)
{
    // Five points, inner radius about 0.4 of the outer, pointing up.
    QPainterPath path;
    const QPointF center = box.center();
    const qreal outer = box.width() / 2.0;
    const qreal inner = outer * 0.4;
    for (int i = 0; i < 10; ++i) {
        const qreal radius = i % 2 ? inner : outer;
        const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
        const QPointF point(center.x() + radius * qCos(angle), center.y() + radius * qSin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

QColor filledColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(250, 200, 60) : QColor(222, 156, 0);
}

} // namespace

RatingDelegate::RatingDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QRect RatingDelegate::starRect(const QRect &cell, int star)
{
    const int size = starSize(cell);
    const int x = cell.left() + kPadding + (star - 1) * (size + kSpacing);
    const int y = cell.top() + (cell.height() - size) / 2;
    return QRect(x, y, size, size);
}

int RatingDelegate::starAt(const QRect &cell, const QPoint &pos)
{
    // The gaps between stars count for the star on their left, so a click never falls through.
    for (int star = 1; star <= kMaxRating; ++star) {
        const QRect r = starRect(cell, star).adjusted(0, -2, kSpacing, 2);
        if (r.contains(pos))
            return star;
    }
    return 0;
}

void RatingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the stars are the text
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QVariant value = index.data(PaperTableModel::RatingRole);
    if (!value.isValid()) // a row still loading
        return;
    const int rating = std::clamp(value.toInt(), 0, kMaxRating);
    const bool selected = opt.state & QStyle::State_Selected;
    QColor outline = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
    outline.setAlphaF(rating ? 0.45 : 0.3);
    const QColor fill = filledColor(opt.palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int star = 1; star <= kMaxRating; ++star) {
        const QPainterPath path = starPath(QRectF(starRect(opt.rect, star)).adjusted(0.5, 0.5, -0.5, -0.5));
        if (star <= rating) {
            painter->setPen(QPen(fill.darker(selected ? 100 : 115), 1));
            painter->setBrush(fill);
        } else {
            painter->setPen(QPen(outline, 1));
            painter->setBrush(Qt::NoBrush);
        }
        painter->drawPath(path);
    }
    painter->restore();
}

QSize RatingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(2 * kPadding + kMaxRating * (kMaxStarSize + kSpacing), std::max(base.height(), kMaxStarSize + 6));
}

bool RatingDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        // The press still selects the row as anywhere else; the release on the same star rates.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressed = index;
        m_pressedStar = mouse->button() == Qt::LeftButton ? starAt(option.rect, mouse->position().toPoint()) : 0;
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int star = mouse->button() == Qt::LeftButton ? starAt(option.rect, mouse->position().toPoint()) : 0;
        const bool sameStar = star && star == m_pressedStar && m_pressed == index;
        m_pressedStar = 0;
        m_pressed = QPersistentModelIndex();
        const QVariant current = index.data(PaperTableModel::RatingRole);
        if (sameStar && current.isValid()) {
            Q_EMIT ratingClicked(index, star == current.toInt() ? 0 : star);
            return true;
        }
        break;
    }
    case QEvent::MouseButtonDblClick:
        // A double click rates once (its second release follows no press) and does not open the paper.
        if (starAt(option.rect, static_cast<QMouseEvent *>(event)->position().toPoint()))
            return true;
        break;
    default:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace lectern
