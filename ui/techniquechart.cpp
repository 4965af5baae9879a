#include "techniquechart.h"

#include "itemmodels/techniquematrixmodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QColorAxis>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace lectern {

namespace {

const QColor kLow(222, 235, 247);
const QColor kHigh(8, 69, 148);

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

TechniqueChart::TechniqueChart(TechniqueMatrixModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("techniqueChart"));
    m_chart->setTitle(tr("Papers per technique and reported metric"));
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("techniqueChartView"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No paper in the current filter has both a technique and a reported number."));
    m_empty->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);

    connect(m_model, &TechniqueMatrixModel::updated, this, &TechniqueChart::rebuild);
    connect(m_chart, &QChart::plotAreaChanged, this, &TechniqueChart::layoutCells);
}

QColor TechniqueChart::cellColor(int count) const
{
    const int max = std::max(1, m_model->maximum());
    // Linear, as the colour axis beside the chart shows it.: a few crowded cells should not wash out the rest.
    return mix(kLow, kHigh, double(count) / max);
}

void TechniqueChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    qDeleteAll(m_labels);
    m_labels.clear();
    qDeleteAll(m_techniqueLabels);
    m_techniqueLabels.clear();
    m_cells.clear();
    m_series = nullptr;

    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    const bool empty = rows == 0 || columns == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty)
        return;

    // Whole-number ticks on the colour axis: it spaces ticks evenly, so its top is a multiple of the intervals.
    const int intervals = std::min(5, std::max(1, m_model->maximum()));
    m_scaleTop = (std::max(1, m_model->maximum()) + intervals - 1) / intervals * intervals;

    m_series = new QScatterSeries;
    m_series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_series->setPen(QPen(Qt::white, 1));
    m_series->setSelectedColor(QColor(230, 126, 34));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const int count = m_model->count(r, c);
            if (count == 0)
                continue;
            m_series->append(pointFor(r, c));
            m_cells.append({r, c});
        }
    }
    for (int i = 0; i < m_cells.size(); ++i) {
        const auto [r, c] = m_cells[i];
        m_series->setPointConfiguration(i, QXYSeries::PointConfiguration::Color, cellColor(m_model->count(r, c)));
    }
    m_chart->addSeries(m_series);

    // Techniques across (the wide pane has room for many), metric kinds down, the first kind at the top.
    QFont axisFont = font();
    axisFont.setPointSizeF(font().pointSizeF() * 0.85);
    m_xAxis = new QCategoryAxis;
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int r = 0; r < rows; ++r)
        m_xAxis->append(m_model->headerData(r, Qt::Vertical).toString(), r + 1);
    m_xAxis->setRange(0, rows);
    m_xAxis->setGridLineVisible(false);
    // Qt Charts elides category labels to the category's width even when rotated, so the technique names
    // are drawn by layoutCells() as rotated text items below the plot, with the bottom margin made to fit.
    m_xAxis->setLabelsVisible(false);
    QFontMetrics metrics(axisFont);
    int longest = 0;
    for (int r = 0; r < rows; ++r) {
        auto *label = new QGraphicsSimpleTextItem(m_model->headerData(r, Qt::Vertical).toString(), m_chart);
        label->setFont(axisFont);
        label->setBrush(palette().color(QPalette::WindowText));
        label->setRotation(-45);
        longest = std::max(longest, metrics.horizontalAdvance(label->text()));
        m_techniqueLabels.append(label);
    }
    m_chart->setMargins(QMargins(4, 4, 4, int(longest * 0.72) + 8));
    m_yAxis = new QCategoryAxis;
    m_yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int c = columns - 1; c >= 0; --c)
        m_yAxis->append(m_model->headerData(c, Qt::Horizontal).toString(), columns - c);
    m_yAxis->setRange(0, columns);
    m_yAxis->setGridLineVisible(false);
    m_yAxis->setLabelsFont(axisFont);
    m_colorAxis = new QColorAxis;
    QLinearGradient gradient(0, 0, 0, 1);
    gradient.setColorAt(0, kLow); // the bottom of the vertical colour bar
    gradient.setColorAt(1, kHigh);
    m_colorAxis->setGradient(gradient);
    m_colorAxis->setRange(0, m_scaleTop);
    m_colorAxis->setTickCount(intervals + 1);
    m_colorAxis->setLabelsFont(axisFont);
    m_colorAxis->setSize(10);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_chart->addAxis(m_colorAxis, Qt::AlignRight);
    m_series->attachAxis(m_xAxis);
    m_series->attachAxis(m_yAxis);
    m_series->attachAxis(m_colorAxis);

    for (const auto &[r, c] : std::as_const(m_cells)) {
        auto *label = new QGraphicsSimpleTextItem(QString::number(m_model->count(r, c)), m_chart);
        label->setZValue(10);
        label->setAcceptedMouseButtons(Qt::NoButton);
        const double t = double(m_model->count(r, c)) / m_scaleTop;
        label->setBrush(t > 0.55 ? Qt::white : QColor(30, 30, 30));
        m_labels.append(label);
    }
    connect(m_series, &QScatterSeries::clicked, this, &TechniqueChart::onClicked);
    connect(m_series, &QScatterSeries::hovered, this, &TechniqueChart::onHovered);
    setHighlightedCells(m_highlighted);
    layoutCells();
}

void TechniqueChart::layoutCells()
{
    if (!m_series || m_cells.isEmpty())
        return;
    const QRectF plot = m_chart->plotArea();
    const double cellWidth = plot.width() / std::max(1, m_model->rowCount());
    const double cellHeight = plot.height() / std::max(1, m_model->columnCount());
    // Squares fill their cell, up to a size where a sparse matrix still reads as a chart, not as blocks.
    m_series->setMarkerSize(std::clamp(std::min(cellWidth, cellHeight) - 2, 4.0, 40.0));
    for (int i = 0; i < m_cells.size() && i < m_labels.size(); ++i) {
        const QPointF center = m_chart->mapToPosition(m_series->at(i), m_series);
        QGraphicsSimpleTextItem *label = m_labels[i];
        const QRectF box = label->boundingRect();
        label->setPos(center - QPointF(box.width() / 2, box.height() / 2));
        label->setVisible(box.width() < std::min(cellWidth, cellHeight) - 2);
    }
    // Technique names: rotated -45° about their top-left corner, so each ends just below its column.
    for (int r = 0; r < m_techniqueLabels.size(); ++r) {
        QGraphicsSimpleTextItem *label = m_techniqueLabels[r];
        const QPointF columnBottom(plot.left() + (r + 0.5) * cellWidth, plot.bottom() + 6);
        const double w = label->boundingRect().width();
        const double h = label->boundingRect().height();
        // The item's end (w, h/2) after rotating by -45° lies at 0.707·(w + h/2, h/2 − w).
        label->setPos(columnBottom - QPointF(0.707 * (w + h / 2), 0.707 * (h / 2 - w)));
    }
}

QPoint TechniqueChart::cellCenter(int row, int column) const
{
    for (int i = 0; i < m_cells.size(); ++i) {
        if (m_cells[i] == std::pair{row, column}) {
            const QPointF scene = m_chart->mapToScene(m_chart->mapToPosition(m_series->at(i), m_series));
            return m_view->mapTo(this, m_view->mapFromScene(scene));
        }
    }
    return {};
}

void TechniqueChart::setHighlightedCells(const QList<std::pair<QString, QString>> &cells)
{
    m_highlighted = cells;
    if (!m_series)
        return;
    QList<int> selected;
    for (int i = 0; i < m_cells.size(); ++i) {
        const auto [r, c] = m_cells[i];
        if (cells.contains({m_model->techniques().value(r), m_model->kinds().value(c)}))
            selected.append(i);
    }
    m_series->deselectAllPoints();
    m_series->selectPoints(selected);
}

QPointF TechniqueChart::pointFor(int row, int column) const
{
    return {row + 0.5, m_model->columnCount() - column - 0.5};
}

std::pair<int, int> TechniqueChart::cellAt(const QPointF &point) const
{
    return {int(std::floor(point.x())), m_model->columnCount() - 1 - int(std::floor(point.y()))};
}

void TechniqueChart::onClicked(const QPointF &point)
{
    const auto [row, column] = cellAt(point);
    const QString query = m_model->cellQuery(row, column);
    if (!query.isEmpty())
        Q_EMIT cellActivated(query);
}

void TechniqueChart::onHovered(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const auto [row, column] = cellAt(point);
    const QModelIndex index = m_model->index(row, column);
    if (index.isValid())
        QToolTip::showText(QCursor::pos(), index.data(Qt::ToolTipRole).toString() + QLatin1Char('\n')
                                               + tr("Click to show these papers."));
}

} // namespace lectern
