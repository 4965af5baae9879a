#pragma once

#include <QStyledItemDelegate>

namespace lectern {

// Paints a paper's rating (PaperTableModel::RatingRole, 0 to kMaxRating) as a row of stars, filled up to the
// rating and outlined beyond it, in colours taken from the palette. A click on star n asks for rating n, or
// for no rating when n is the current one; the delegate only asks (ratingClicked), it never writes.
class RatingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RatingDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where star `star` (1 to kMaxRating) is drawn in a cell; the clickable area.
    static QRect starRect(const QRect &cell, int star);
    // The star at `pos` in a cell, or 0 between and beside the stars.
    static int starAt(const QRect &cell, const QPoint &pos);

Q_SIGNALS:
    // The user clicked a star of `index`'s row: the rating it asks for (0 clears).
    void ratingClicked(const QModelIndex &index, int rating);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    int m_pressedStar = 0;
    QPersistentModelIndex m_pressed;
};

} // namespace lectern
