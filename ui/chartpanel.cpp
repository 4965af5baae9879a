#include "chartpanel.h"

#include "distributionchart.h"
#include "itemmodels/metricdistributionmodel.h"
#include "itemmodels/techniquematrixmodel.h"
#include "techniquechart.h"
#include "trendchart.h"

#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace lectern {

ChartPanel::ChartPanel(TechniqueMatrixModel *matrix, MetricDistributionModel *distribution, QWidget *parent)
    : QWidget(parent)
    , m_matrix(matrix)
    , m_distribution(distribution)
    , m_tabs(new QTabWidget(this))
    , m_matrixChart(new TechniqueChart(matrix, this))
    , m_distributionChart(new DistributionChart(distribution, this))
    , m_trendChart(new TrendChart(matrix, this))
    , m_export(new QToolButton(this))
{
    setObjectName(QStringLiteral("chartPanel"));
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_matrixChart, tr("&Matrix"));
    m_tabs->setTabToolTip(0, tr("Papers per technique and metric kind"));
    m_tabs->addTab(m_distributionChart, tr("&Distribution"));
    m_tabs->setTabToolTip(1, tr("The values each technique's papers report for one metric"));
    m_tabs->addTab(m_trendChart, tr("&Trend"));
    m_tabs->setTabToolTip(2, tr("Papers per technique per year"));

    m_export->setObjectName(QStringLiteral("chartExport"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the chart on show as an image"));
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setAutoRaise(true);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Export as &PNG…"), this, [this] { chooseExportFile(QStringLiteral("png")); });
    menu->addAction(tr("Export as &SVG…"), this, [this] { chooseExportFile(QStringLiteral("svg")); });
    m_export->setMenu(menu);
    m_tabs->setCornerWidget(m_export, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartPanel::onViewChanged);
    connect(m_matrixChart, &TechniqueChart::cellActivated, this, &ChartPanel::filterRequested);
    connect(m_trendChart, &TrendChart::pointActivated, this, &ChartPanel::filterRequested);
    connect(m_distributionChart, &DistributionChart::pointActivated, this, &ChartPanel::metricRequested);
    onViewChanged();
}

ChartPanel::View ChartPanel::currentView() const
{
    return View(m_tabs->currentIndex());
}

void ChartPanel::setCurrentView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

QChartView *ChartPanel::currentChartView() const
{
    switch (currentView()) {
    case View::Matrix:
        return m_matrixChart->chartView();
    case View::Distribution:
        return m_distributionChart->chartView();
    case View::Trend:
        return m_trendChart->chartView();
    }
    return nullptr;
}

void ChartPanel::onViewChanged()
{
    const View view = currentView();
    m_matrix->setActive(view != View::Distribution);
    m_distribution->setActive(view == View::Distribution);
}

bool ChartPanel::exportChart(const QString &path, QString *error)
{
    QChartView *view = currentChartView();
    if (!view || !view->isVisible()) {
        *error = tr("The chart is empty: nothing to export.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QRect area = view->viewport()->rect();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(area.size());
        svg.setViewBox(area);
        svg.setTitle(m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')));
        svg.setDescription(tr("Exported from Lectern"));
        QPainter painter(&svg);
        view->render(&painter, QRectF(area), area);
        painter.end();
    } else {
        QImage image(area.size() * 2, QImage::Format_ARGB32_Premultiplied); // twice the size: sharp in documents
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter, QRectF(area), area);
        painter.end();
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            *error = tr("Cannot write %1: %2").arg(path, writer.errorString());
            return false;
        }
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ChartPanel::chooseExportFile(const QString &format)
{
    QSettings settings;
    QString dir = settings.value(QStringLiteral("chart/exportDirectory")).toString();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')).toLower();
    const QString filter = format == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                dir + QStringLiteral("/lectern-%1.%2").arg(name, format), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    settings.setValue(QStringLiteral("chart/exportDirectory"), QFileInfo(path).absolutePath());
    QString error;
    if (!exportChart(path, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

} // namespace lectern
