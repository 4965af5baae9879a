#include "chartstyle.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>

namespace lectern {

void styleChart(QChart *chart, const QFont &font)
{
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QColor techniqueColor(int index)
{
    // Tableau 10: distinct, colour-blind friendly enough, and readable on white.
    static const QColor colors[] = {{78, 121, 167}, {242, 142, 43},  {225, 87, 89},   {118, 183, 178}, {89, 161, 79},
                                    {237, 201, 72}, {176, 122, 161}, {255, 157, 167}, {156, 117, 95},  {186, 176, 172}};
    return colors[index % 10];
}

void placeColumnLabels(QChart *chart, const QList<QGraphicsSimpleTextItem *> &labels)
{
    if (labels.isEmpty())
        return;
    const QRectF plot = chart->plotArea();
    const double columnWidth = plot.width() / double(labels.size());
    for (int i = 0; i < labels.size(); ++i) {
        QGraphicsSimpleTextItem *label = labels[i];
        const QPointF columnBottom(plot.left() + (i + 0.5) * columnWidth, plot.bottom() + 6);
        const double w = label->boundingRect().width();
        const double h = label->boundingRect().height();
        // The item's end (w, h/2) after rotating by -45° lies at 0.707·(w + h/2, h/2 − w).
        label->setPos(columnBottom - QPointF(0.707 * (w + h / 2), 0.707 * (h / 2 - w)));
    }
}

} // namespace lectern
