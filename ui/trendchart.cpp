#include "trendchart.h"

#include "chartstyle.h"
#include "itemmodels/techniquematrixmodel.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace lectern {

TrendChart::TrendChart(TechniqueMatrixModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("trendChart"));
    styleChart(m_chart, font());
    m_chart->setTitle(tr("Papers per technique per year"));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("trendChartView"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No paper in the current filter has both a technique and a known year."));
    m_empty->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    connect(m_model, &TechniqueMatrixModel::updated, this, &TrendChart::rebuild);
}

void TrendChart::rebuild()
{
    clearChart(m_chart);
    m_lines.clear();
    m_techniques.clear();

    // A line per technique as the matrix shows them: an expanded group's members, a collapsed group itself.
    struct Line {
        int row;
        QMap<int, qint64> years;
        qint64 total = 0;
    };
    QList<Line> candidates;
    int first = 9999, last = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isGroup(row) && m_model->isExpanded(m_model->techniques()[row]))
            continue;
        Line line{row, m_model->papersPerYear(row)};
        line.years.remove(0); // unknown year
        for (auto it = line.years.cbegin(); it != line.years.cend(); ++it)
            line.total += it.value();
        if (line.total > 0)
            candidates.append(line);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Line &a, const Line &b) { return a.total > b.total; });
    if (candidates.size() > kMaxLines)
        candidates.resize(kMaxLines);
    for (const Line &line : std::as_const(candidates)) {
        first = std::min(first, line.years.firstKey());
        last = std::max(last, line.years.lastKey());
    }
    const bool empty = candidates.isEmpty();
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty)
        return;

    auto *xAxis = new QValueAxis;
    xAxis->setLabelFormat(QStringLiteral("%d"));
    xAxis->setRange(first - 0.5, last + 0.5);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(first);
    xAxis->setTickInterval(std::max(1.0, std::ceil((last - first + 1) / 10.0)));
    xAxis->setTitleText(tr("Year"));
    auto *yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTitleText(tr("Papers"));
    qint64 top = 1;
    QFont axisFont = font();
    axisFont.setPointSizeF(font().pointSizeF() * 0.85);
    xAxis->setLabelsFont(axisFont);
    yAxis->setLabelsFont(axisFont);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    for (int i = 0; i < candidates.size(); ++i) {
        const Line &line = candidates[i];
        auto *series = new QLineSeries;
        series->setName(m_model->headerData(line.row, Qt::Vertical).toString());
        series->setPen(QPen(techniqueColor(i), 2.2));
        series->setPointsVisible(true);
        // Every year of the span, zero where the technique has no paper, so a gap reads as zero.
        for (int year = first; year <= last; ++year) {
            const qint64 n = line.years.value(year);
            series->append(year, double(n));
            top = std::max(top, n);
        }
        m_chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        const QString technique = m_model->techniques()[line.row];
        const int index = int(m_lines.size());
        connect(series, &QLineSeries::clicked, this,
                [this, index](const QPointF &p) { activatePoint(index, int(std::lround(p.x()))); });
        connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &p, bool state) {
            if (!state)
                return QToolTip::hideText();
            const int year = int(std::lround(p.x()));
            const QPointF at = series->at(std::clamp(year - int(series->at(0).x()), 0, int(series->count()) - 1));
            QToolTip::showText(
                QCursor::pos(),
                tr("%1, %2: %n paper(s)\nClick to show them.", nullptr, int(at.y())).arg(series->name()).arg(year),
                m_view);
        });
        m_lines.append(series);
        m_techniques.append(technique);
    }
    yAxis->setRange(0, double(top));
    yAxis->applyNiceNumbers();
    // Clicking a legend entry hides or shows its line.
    const QList<QLegendMarker *> markers = m_chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [marker] {
            QAbstractSeries *series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true);
            QFont font = marker->font();
            font.setStrikeOut(!series->isVisible());
            marker->setFont(font);
        });
    }
}

void TrendChart::activatePoint(int line, int year)
{
    if (line < 0 || line >= m_techniques.size())
        return;
    Q_EMIT pointActivated(m_model->withinQuery(Query::fieldTerm(QStringLiteral("technique"), m_techniques[line])
                                               + QStringLiteral(" year:%1").arg(year)));
}

} // namespace lectern
