#include "distributionchart.h"

#include "chartstyle.h"
#include "domain/metricformat.h"
#include "itemmodels/metricdistributionmodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace lectern {

namespace {

// A fixed sideways offset per paper in [-0.3, 0.3] of the column, so equal values do not hide each other and a
// paper keeps its place across refreshes.
double jitter(qint64 paperId, int index)
{
    const quint64 h = (quint64(paperId) * 0x9E3779B97F4A7C15ULL) ^ (quint64(index) * 0xBF58476D1CE4E5B9ULL);
    return (double(h >> 11) / double(1ULL << 53) - 0.5) * 0.6;
}

} // namespace

DistributionChart::DistributionChart(MetricDistributionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_kindBox(new QComboBox(this))
    , m_unitBox(new QComboBox(this))
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("distributionChart"));
    m_kindBox->setObjectName(QStringLiteral("distributionKind"));
    m_unitBox->setObjectName(QStringLiteral("distributionUnit"));
    m_kindBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unitBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const QString &kind : metricKinds())
        m_kindBox->addItem(metricKindLabel(kind), kind);
    m_kindBox->setCurrentIndex(std::max(0, m_kindBox->findData(m_model->kind())));
    styleChart(m_chart, font());
    m_chart->setTitle(tr("Reported values per technique"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("distributionChartView"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(6, 0, 6, 0);
    auto *kindLabel = new QLabel(tr("&Metric:"), this);
    kindLabel->setBuddy(m_kindBox);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unitBox);
    controls->addWidget(kindLabel);
    controls->addWidget(m_kindBox);
    controls->addSpacing(12);
    controls->addWidget(unitLabel);
    controls->addWidget(m_unitBox);
    controls->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);

    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            m_model->setKind(m_kindBox->currentData().toString());
    });
    connect(m_unitBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_unitBox->currentIndex() >= 0)
            m_model->setKind(m_model->kind(), std::optional<QString>(m_unitBox->currentData().toString()));
    });
    connect(m_model, &MetricDistributionModel::updated, this, &DistributionChart::rebuild);
    connect(m_chart, &QChart::plotAreaChanged, this, &DistributionChart::layoutLabels);
}

void DistributionChart::fillUnits()
{
    m_filling = true;
    m_kindBox->setCurrentIndex(std::max(0, m_kindBox->findData(m_model->kind())));
    m_unitBox->clear();
    for (const auto &[unit, count] : m_model->units()) {
        const QString shown = unit.isEmpty()               ? tr("(no unit)")
                              : unit == QLatin1String("x") ? QStringLiteral("×")
                                                           : unit;
        m_unitBox->addItem(tr("%1 (%2 values)").arg(shown, QLocale().toString(count)), unit);
    }
    m_unitBox->setCurrentIndex(m_unitBox->findData(m_model->unit()));
    m_unitBox->setEnabled(m_unitBox->count() > 1);
    m_filling = false;
}

void DistributionChart::rebuild()
{
    fillUnits();
    clearChart(m_chart);
    qDeleteAll(m_labels);
    m_labels.clear();
    m_points.clear();

    const QList<DistributionSeries> &series = m_model->series();
    const bool empty = series.isEmpty();
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty) {
        m_empty->setText(m_model->units().isEmpty()
                             ? tr("No paper in the library reports a %1.").arg(metricKindLabel(m_model->kind()))
                             : tr("No paper in the current filter with a technique reports a %1 in this unit.")
                                   .arg(metricKindLabel(m_model->kind())));
        return;
    }

    const QString unit = m_model->unit();
    QAbstractAxis *yAxis = nullptr;
    double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
    for (const DistributionSeries &s : series) {
        for (const MetricPoint &p : s.shown) {
            low = std::min(low, p.value);
            high = std::max(high, p.value);
        }
    }
    const QString unitText = unit == QLatin1String("x") ? QStringLiteral("×") : unit;
    const QString title = unitText.isEmpty()
                              ? metricKindLabel(m_model->kind())
                              : QStringLiteral("%1 (%2)").arg(metricKindLabel(m_model->kind()), unitText);
    if (m_model->logScale()) {
        auto *axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setRange(std::pow(10, std::floor(std::log10(low))), std::pow(10, std::ceil(std::log10(high))));
        axis->setMinorTickCount(-1); // 2…9 between decades, drawn faintly
        axis->setMinorGridLineColor(QColor(235, 235, 235));
        axis->setTitleText(title + tr(", log scale"));
        yAxis = axis;
    } else {
        auto *axis = new QValueAxis;
        const double pad = (high - low) * 0.05 + (high == low ? 1 : 0);
        axis->setRange(std::min(0.0, low - pad), high + pad);
        axis->applyNiceNumbers();
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setTitleText(title);
        yAxis = axis;
    }
    QFont axisFont = font();
    axisFont.setPointSizeF(font().pointSizeF() * 0.85);
    yAxis->setLabelsFont(axisFont);
    auto *xAxis = new QCategoryAxis;
    xAxis->setRange(0, double(series.size()));
    xAxis->setLabelsVisible(false); // drawn rotated by layoutLabels(), as in the matrix
    xAxis->setGridLineVisible(false);
    for (int i = 0; i < series.size(); ++i)
        xAxis->append(QString::number(i), i + 1);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);

    QFontMetrics metrics(axisFont);
    int longest = 0;
    for (int i = 0; i < series.size(); ++i) {
        const DistributionSeries &s = series[i];
        const QColor color = techniqueColor(i);
        auto *points = new QScatterSeries;
        points->setName(m_model->taxonomy().label(s.technique));
        points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        points->setMarkerSize(s.shown.size() > 100 ? 6 : 8);
        QColor fill = color;
        fill.setAlpha(s.shown.size() > 100 ? 90 : 150);
        points->setColor(fill);
        points->setBorderColor(color.darker(120));
        for (int j = 0; j < s.shown.size(); ++j)
            points->append(i + 0.5 + jitter(s.shown[j].paperId, j), s.shown[j].value);
        m_chart->addSeries(points);
        points->attachAxis(xAxis);
        points->attachAxis(yAxis);
        connect(points, &QScatterSeries::clicked, this, &DistributionChart::onClicked);
        connect(points, &QScatterSeries::hovered, this, &DistributionChart::onHovered);
        m_points.append(points);

        auto *median = new QLineSeries;
        median->setPen(QPen(QColor(40, 40, 40), 3));
        median->append(i + 0.12, s.median);
        median->append(i + 0.88, s.median);
        m_chart->addSeries(median);
        median->attachAxis(xAxis);
        median->attachAxis(yAxis);

        const QString name =
            m_model->taxonomy().label(s.technique).isEmpty() ? s.technique : m_model->taxonomy().label(s.technique);
        auto *label = new QGraphicsSimpleTextItem(
            tr("%1 (%2)").arg(QFontMetrics(axisFont).elidedText(name, Qt::ElideRight, 150)).arg(s.total), m_chart);
        label->setToolTip(name);
        label->setFont(axisFont);
        label->setBrush(palette().color(QPalette::WindowText));
        label->setRotation(-45);
        longest = std::max(longest, metrics.horizontalAdvance(label->text()));
        m_labels.append(label);
    }
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, int(longest * 0.72) + 8));
    layoutLabels();
}

void DistributionChart::layoutLabels()
{
    placeColumnLabels(m_chart, m_labels);
}

std::pair<int, int> DistributionChart::pointNear(const QPointF &value) const
{
    const int column = int(std::floor(value.x()));
    if (column < 0 || column >= m_points.size())
        return {-1, -1};
    QScatterSeries *series = m_points[column];
    const QPointF target = m_chart->mapToPosition(value, series);
    int best = -1;
    double bestDistance = 1e300;
    for (int j = 0; j < series->count(); ++j) {
        const QPointF p = m_chart->mapToPosition(series->at(j), series);
        const double d = std::hypot(p.x() - target.x(), p.y() - target.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = j;
        }
    }
    return best >= 0 && bestDistance < 12 ? std::pair{column, best} : std::pair{-1, -1};
}

QPoint DistributionChart::pointCenter(int column, int index) const
{
    if (column < 0 || column >= m_points.size() || index < 0 || index >= m_points[column]->count())
        return {};
    const QPointF scene = m_chart->mapToScene(m_chart->mapToPosition(m_points[column]->at(index), m_points[column]));
    return m_view->mapTo(this, m_view->mapFromScene(scene));
}

void DistributionChart::activatePoint(int column, int index)
{
    const QList<DistributionSeries> &series = m_model->series();
    if (column < 0 || column >= series.size() || index < 0 || index >= series[column].shown.size())
        return;
    const MetricPoint &p = series[column].shown[index];
    Q_EMIT pointActivated(p.paperId, p.start, p.end);
}

void DistributionChart::onClicked(const QPointF &point)
{
    const auto [column, index] = pointNear(point);
    activatePoint(column, index);
}

void DistributionChart::onHovered(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const auto [column, index] = pointNear(point);
    if (column < 0)
        return;
    const DistributionSeries &s = m_model->series()[column];
    const MetricPoint &p = s.shown[index];
    MetricFact fact;
    fact.value = p.value;
    fact.unit = m_model->unit();
    QToolTip::showText(QCursor::pos(),
                       tr("%1: %2\nMedian of %3 values: %4\nClick to open the paper.")
                           .arg(m_model->taxonomy().label(s.technique), formatMetricValue(fact))
                           .arg(s.total)
                           .arg(formatMetricValue(MetricFact{{}, s.median, m_model->unit(), {}, {}, 0, 0})),
                       m_view);
}

} // namespace lectern
