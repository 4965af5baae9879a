#pragma once

#include <QWidget>

class QChartView;
class QTabWidget;
class QToolButton;

namespace lectern {

class DistributionChart;
class MetricDistributionModel;
class TechniqueChart;
class TechniqueMatrixModel;
class TrendChart;

// The chart pane: the matrix, distribution and trend views of the current filter's papers in tabs, and export
// of the view on show as PNG or SVG. Only the models of the view on show run queries.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    enum class View { Matrix, Distribution, Trend };

    ChartPanel(TechniqueMatrixModel *matrix, MetricDistributionModel *distribution, QWidget *parent = nullptr);

    TechniqueChart *matrixChart() const { return m_matrixChart; }
    DistributionChart *distributionChart() const { return m_distributionChart; }
    TrendChart *trendChart() const { return m_trendChart; }
    View currentView() const;
    void setCurrentView(View view);
    QChartView *currentChartView() const;

    // Writes the view on show to `path`, as SVG when it ends in .svg and as PNG otherwise, atomically.
    bool exportChart(const QString &path, QString *error);

Q_SIGNALS:
    // A filter to show (a cell, a point of the trend).
    void filterRequested(const QString &query);
    // A reported number to show: its paper, and its span in the abstract.
    void metricRequested(qint64 paperId, qsizetype start, qsizetype end);

private:
    void onViewChanged();
    void chooseExportFile(const QString &format);

    TechniqueMatrixModel *m_matrix;
    MetricDistributionModel *m_distribution;
    QTabWidget *m_tabs;
    TechniqueChart *m_matrixChart;
    DistributionChart *m_distributionChart;
    TrendChart *m_trendChart;
    QToolButton *m_export;
};

} // namespace lectern
