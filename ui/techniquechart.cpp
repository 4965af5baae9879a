#include "techniquechart.h"

#include "chartstyle.h"
#include "itemmodels/techniquematrixmodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QColorAxis>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
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

// A technique name below the matrix; a group's name toggles the group when clicked.
class AxisLabel : public QGraphicsSimpleTextItem
{
public:
    AxisLabel(const QString &text, QGraphicsItem *parent, std::function<void()> onClick)
        : QGraphicsSimpleTextItem(text, parent)
        , m_onClick(std::move(onClick))
    {
        setAcceptedMouseButtons(m_onClick ? Qt::LeftButton : Qt::NoButton);
        if (m_onClick)
            setCursor(Qt::PointingHandCursor);
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (m_onClick) {
            event->accept();
            m_onClick();
        }
    }

private:
    std::function<void()> m_onClick;
};

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
    connect(m_model, &TechniqueMatrixModel::examplesReady, this, &TechniqueChart::onExamples);
    connect(m_chart, &QChart::plotAreaChanged, this, &TechniqueChart::layoutCells);
}

QColor TechniqueChart::cellColor(qint64 count) const
{
    const qint64 max = std::max<qint64>(1, m_model->maximum());
    // Linear, as the colour axis beside the chart shows it.: a few crowded cells should not wash out the rest.
    return mix(kLow, kHigh, double(count) / max);
}

void TechniqueChart::rebuild()
{
    clearChart(m_chart);
    qDeleteAll(m_labels);
    m_labels.clear();
    qDeleteAll(m_techniqueLabels);
    m_techniqueLabels.clear();
    qDeleteAll(m_kindLabels);
    m_kindLabels.clear();
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
    const qint64 top = std::max<qint64>(1, m_model->maximum());
    const int intervals = int(std::min<qint64>(5, top));
    m_scaleTop = (top + intervals - 1) / intervals * intervals;

    m_series = new QScatterSeries;
    m_series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_series->setPen(QPen(Qt::white, 1));
    m_series->setSelectedColor(QColor(230, 126, 34));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const qint64 count = m_model->count(r, c);
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
    QFont groupFont = axisFont;
    groupFont.setBold(true);
    QFontMetrics metrics(groupFont);
    int longest = 0;
    for (int r = 0; r < rows; ++r) {
        const bool group = m_model->isGroup(r);
        const QString name = m_model->headerData(r, Qt::Vertical).toString();
        const QString id = m_model->techniques().value(r);
        // Long names are shortened: the rotated labels take height the matrix needs for its rows.
        const QString shortName = QFontMetrics(group ? groupFont : axisFont).elidedText(name, Qt::ElideRight, 150);
        const QString text =
            group ? (m_model->isExpanded(id) ? QStringLiteral("▾ ") : QStringLiteral("▸ ")) + shortName : shortName;
        auto *label = new AxisLabel(
            text, m_chart, group ? std::function<void()>([this, r] { toggleGroup(r); }) : std::function<void()>());
        label->setFont(group ? groupFont : axisFont);
        label->setToolTip(name);
        if (group)
            label->setToolTip(
                name + QLatin1Char('\n')
                + (m_model->isExpanded(id) ? tr("Click to collapse the group") : tr("Click to expand the group")));
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
    // Qt Charts elides category labels taller than their row; the kind names are drawn by layoutCells().
    m_yAxis->setLabelsVisible(false);
    int widest = 0;
    for (int c = 0; c < columns; ++c) {
        auto *label = new QGraphicsSimpleTextItem(m_model->headerData(c, Qt::Horizontal).toString(), m_chart);
        label->setFont(axisFont);
        label->setBrush(palette().color(QPalette::WindowText));
        widest = std::max(widest, QFontMetrics(axisFont).horizontalAdvance(label->text()));
        m_kindLabels.append(label);
    }
    QMargins margins = m_chart->margins();
    margins.setLeft(widest + 10);
    m_chart->setMargins(margins);
    m_colorAxis = new QColorAxis;
    QLinearGradient gradient(0, 0, 0, 1);
    gradient.setColorAt(0, kLow); // the bottom of the vertical colour bar
    gradient.setColorAt(1, kHigh);
    m_colorAxis->setGradient(gradient);
    m_colorAxis->setRange(0, double(m_scaleTop));
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
        const double t = double(m_model->count(r, c)) / double(m_scaleTop);
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
    placeColumnLabels(m_chart, m_techniqueLabels);
    for (int c = 0; c < m_kindLabels.size(); ++c) {
        QGraphicsSimpleTextItem *label = m_kindLabels[c];
        const QRectF box = label->boundingRect();
        label->setPos(plot.left() - box.width() - 8, plot.top() + (c + 0.5) * cellHeight - box.height() / 2);
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
    activateCell(row, column);
}

void TechniqueChart::activateCell(int row, int column)
{
    const QString query = m_model->cellQuery(row, column);
    if (!query.isEmpty())
        Q_EMIT cellActivated(query);
}

void TechniqueChart::toggleGroup(int row)
{
    const QString id = m_model->techniques().value(row);
    if (m_model->isGroup(row))
        m_model->setExpanded(id, !m_model->isExpanded(id));
}

void TechniqueChart::onHovered(const QPointF &point, bool state)
{
    if (!state) {
        m_hovered = {-1, -1};
        QToolTip::hideText();
        return;
    }
    const auto [row, column] = cellAt(point);
    hoverCell(row, column);
}

void TechniqueChart::hoverCell(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    if (!index.isValid())
        return;
    m_hovered = {row, column};
    m_hoverText.clear();
    QToolTip::showText(QCursor::pos(), index.data(Qt::ToolTipRole).toString(), m_view);
    m_model->requestExamples(row, column); // the tooltip grows when they come
}

void TechniqueChart::onExamples(int row, int column, const QStringList &titles)
{
    if (m_hovered != std::pair{row, column})
        return;
    QString text = m_model->index(row, column).data(Qt::ToolTipRole).toString();
    for (const QString &title : titles) {
        const QString shown = title.size() > 90 ? title.left(88) + QStringLiteral("…") : title;
        text += QStringLiteral("\n • ") + shown;
    }
    if (m_model->count(row, column) > titles.size())
        text += QStringLiteral("\n • …");
    text += QLatin1Char('\n') + tr("Click to show these papers.");
    m_hoverText = text;
    QToolTip::showText(QCursor::pos(), text, m_view);
}

} // namespace lectern
