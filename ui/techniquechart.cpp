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
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
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
    m_chart->setTitle(tr("Techniques × reported metrics (papers)"));
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
    // Square-root scale: a few crowded cells should not wash out the rest.
    return mix(kLow, kHigh, std::sqrt(double(count) / max));
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
    m_cells.clear();
    m_series = nullptr;

    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    const bool empty = rows == 0 || columns == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty)
        return;

    m_series = new QScatterSeries;
    m_series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_series->setPen(QPen(Qt::white, 1));
    m_series->setSelectedColor(QColor(230, 126, 34));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const int count = m_model->count(r, c);
            if (count == 0)
                continue;
            m_series->append(c + 0.5, rows - r - 0.5); // first technique at the top
            m_cells.append({r, c});
        }
    }
    for (int i = 0; i < m_cells.size(); ++i) {
        const auto [r, c] = m_cells[i];
        m_series->setPointConfiguration(i, QXYSeries::PointConfiguration::Color, cellColor(m_model->count(r, c)));
    }
    m_chart->addSeries(m_series);

    m_xAxis = new QCategoryAxis;
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int c = 0; c < columns; ++c)
        m_xAxis->append(m_model->headerData(c, Qt::Horizontal).toString(), c + 1);
    m_xAxis->setRange(0, columns);
    m_xAxis->setLabelsAngle(-40);
    m_xAxis->setGridLineVisible(false);
    m_yAxis = new QCategoryAxis;
    m_yAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    for (int r = rows - 1; r >= 0; --r)
        m_yAxis->append(m_model->headerData(r, Qt::Vertical).toString(), rows - r);
    m_yAxis->setRange(0, rows);
    m_yAxis->setGridLineVisible(false);
    m_colorAxis = new QColorAxis;
    QLinearGradient gradient(0, 0, 0, 1);
    gradient.setColorAt(1, kLow);
    gradient.setColorAt(0, kHigh);
    m_colorAxis->setGradient(gradient);
    m_colorAxis->setRange(0, std::max(1, m_model->maximum()));
    m_colorAxis->setTickCount(std::min(6, std::max(2, m_model->maximum() + 1)));
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
        const double t = std::sqrt(double(m_model->count(r, c)) / std::max(1, m_model->maximum()));
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
    const double cellWidth = plot.width() / std::max(1, m_model->columnCount());
    const double cellHeight = plot.height() / std::max(1, m_model->rowCount());
    m_series->setMarkerSize(std::max(4.0, std::min(cellWidth, cellHeight) - 2));
    for (int i = 0; i < m_cells.size() && i < m_labels.size(); ++i) {
        const QPointF center = m_chart->mapToPosition(m_series->at(i), m_series);
        QGraphicsSimpleTextItem *label = m_labels[i];
        const QRectF box = label->boundingRect();
        label->setPos(center - QPointF(box.width() / 2, box.height() / 2));
        label->setVisible(box.width() < std::min(cellWidth, cellHeight) - 2);
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

void TechniqueChart::onClicked(const QPointF &point)
{
    const int rows = m_model->rowCount();
    const int column = int(std::floor(point.x()));
    const int row = rows - 1 - int(std::floor(point.y()));
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
    const int rows = m_model->rowCount();
    const int column = int(std::floor(point.x()));
    const int row = rows - 1 - int(std::floor(point.y()));
    const QModelIndex index = m_model->index(row, column);
    if (index.isValid())
        QToolTip::showText(QCursor::pos(), index.data(Qt::ToolTipRole).toString() + QLatin1Char('\n')
                                               + tr("Click to show these papers."));
}

} // namespace lectern
