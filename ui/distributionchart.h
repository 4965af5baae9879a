#pragma once

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGraphicsSimpleTextItem;
class QLabel;
class QScatterSeries;

namespace lectern {

class MetricDistributionModel;
struct MetricPoint;

// The distribution view: for one metric kind in one unit, each technique's reported values as points (a log
// axis for ratios such as speedups), the median of each marked by a bar. Dense clouds stay readable: at most
// MetricDistributionModel::kMaxShown points per technique, spread over the sorted values, drawn translucent and
// spread sideways. Clicking a point selects its paper and the exact span the number came from.
class DistributionChart : public QWidget
{
    Q_OBJECT

public:
    explicit DistributionChart(MetricDistributionModel *model, QWidget *parent = nullptr);

    QChartView *chartView() const { return m_view; }
    QComboBox *kindBox() const { return m_kindBox; }
    QComboBox *unitBox() const { return m_unitBox; }
    // Where a shown point is drawn (technique column, index among its shown points), in this widget's
    // coordinates; and what clicking it does (tests drive the chart through these).
    QPoint pointCenter(int column, int index) const;
    void activatePoint(int column, int index);

Q_SIGNALS:
    void pointActivated(qint64 paperId, qsizetype start, qsizetype end);

private:
    void rebuild();
    void layoutLabels();
    void fillUnits();
    void onClicked(const QPointF &point);
    void onHovered(const QPointF &point, bool state);
    // The shown point nearest to a chart value, as (column, index); (-1, -1) when none is close.
    std::pair<int, int> pointNear(const QPointF &value) const;

    MetricDistributionModel *m_model;
    QComboBox *m_kindBox;
    QComboBox *m_unitBox;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_empty;
    QList<QScatterSeries *> m_points; // one per technique column
    QList<QGraphicsSimpleTextItem *> m_labels;
    bool m_filling = false;
};

} // namespace lectern
