#pragma once

#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;

namespace lectern {

class TechniqueMatrixModel;

// The trend view: papers per technique per year, one line per technique (a collapsed group counts as one),
// the ten with the most papers in the current filter. Clicking a point filters to that technique and year.
class TrendChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxLines = 10;

    explicit TrendChart(TechniqueMatrixModel *model, QWidget *parent = nullptr);

    QChartView *chartView() const { return m_view; }
    // The technique of each line, in drawing order (for tests).
    const QStringList &lineTechniques() const { return m_techniques; }
    QList<QLineSeries *> lines() const { return m_lines; }
    void activatePoint(int line, int year);

Q_SIGNALS:
    void pointActivated(const QString &query);

private:
    void rebuild();

    TechniqueMatrixModel *m_model;
    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_empty;
    QStringList m_techniques;
    QList<QLineSeries *> m_lines;
};

} // namespace lectern
