#pragma once

#include <QColor>
#include <QFont>
#include <QList>

class QChart;
class QGraphicsSimpleTextItem;

namespace lectern {

// What the three chart views share: the chart's frame and title font, a colour per technique, and names drawn
// rotated below the plot's columns (Qt Charts elides category labels to the column width even when rotated).
void styleChart(QChart *chart, const QFont &font);
// Removes and deletes every series and axis, before a view draws new data.
void clearChart(QChart *chart);
QColor techniqueColor(int index);
// Places one label per column, rotated -45° so that each ends just below the centre of its column.
void placeColumnLabels(QChart *chart, const QList<QGraphicsSimpleTextItem *> &labels);

} // namespace lectern
