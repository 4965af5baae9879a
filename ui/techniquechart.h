#pragma once

#include <QList>
#include <QWidget>

#include <utility>

class QLabel;

class QChart;
class QChartView;
class QScatterSeries;
class QCategoryAxis;
class QColorAxis;
class QGraphicsSimpleTextItem;

namespace lectern {

class TechniqueMatrixModel;

// The technique-versus-metric matrix: one square per (technique, metric kind) with papers, coloured by how
// many papers report it (through a QColorAxis, as Qt 6.4 has no heat-map series). Groups of techniques come
// before their members; clicking a group's name (▾/▸) collapses or expands it. Hovering shows the count and
// three example titles; clicking a square asks for the filter of exactly those papers.
class TechniqueChart : public QWidget
{
    Q_OBJECT

public:
    explicit TechniqueChart(TechniqueMatrixModel *model, QWidget *parent = nullptr);

    // Outlines the cells of the current paper (its techniques × its metric kinds).
    void setHighlightedCells(const QList<std::pair<QString, QString>> &cells);
    QChartView *chartView() const { return m_view; }
    // Where the centre of a cell is drawn, in this widget's coordinates (for tests and tooltips).
    QPoint cellCenter(int row, int column) const;
    // The hover text of a cell once its example titles have arrived (for tests).
    QString hoverText() const { return m_hoverText; }
    // What hovering and clicking do, callable directly (tests drive the chart through these).
    void hoverCell(int row, int column);
    void activateCell(int row, int column);
    void toggleGroup(int row);

Q_SIGNALS:
    void cellActivated(const QString &query);

private:
    void rebuild();
    void layoutCells();
    void onClicked(const QPointF &point);
    void onHovered(const QPointF &point, bool state);
    void onExamples(int row, int column, const QStringList &titles);
    QColor cellColor(qint64 count) const;
    // Model (technique row, kind column) ↔ chart coordinates.
    QPointF pointFor(int row, int column) const;
    std::pair<int, int> cellAt(const QPointF &point) const;

    TechniqueMatrixModel *m_model;
    QChart *m_chart;
    QChartView *m_view;
    QScatterSeries *m_series = nullptr;
    QCategoryAxis *m_xAxis = nullptr;
    QCategoryAxis *m_yAxis = nullptr;
    QColorAxis *m_colorAxis = nullptr;
    QLabel *m_empty;
    QList<QGraphicsSimpleTextItem *> m_labels;          // counts in the cells
    QList<QGraphicsSimpleTextItem *> m_techniqueLabels; // below the columns
    QList<QGraphicsSimpleTextItem *> m_kindLabels;      // left of the rows
    QList<std::pair<int, int>> m_cells;                 // (row, column) of each point
    QList<std::pair<QString, QString>> m_highlighted;
    std::pair<int, int> m_hovered{-1, -1};
    QString m_hoverText;
    qint64 m_scaleTop = 1; // the colour scale runs from 0 to this many papers
};

} // namespace lectern
