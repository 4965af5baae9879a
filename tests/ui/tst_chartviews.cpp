// The chart pane on the imported seeds, offscreen: the matrix (collapsing groups, hover examples, a cell's exact
// papers), the distribution view (units never mixed, a point opens its paper at the number's span), the trend
// view, export as PNG and SVG, and a taxonomy edit re-extracting the library while the window stays usable.
#include "abstractviewer.h"
#include "chartpanel.h"
#include "distributionchart.h"
#include "filterbar.h"
#include "import/importqueue.h"
#include "itemmodels/metricdistributionmodel.h"
#include "itemmodels/papertablemodel.h"
#include "itemmodels/techniquematrixmodel.h"
#include "mainwindow.h"
#include "papertableview.h"
#include "store/library.h"
#include "store/statement.h"
#include "taxonomydialog.h"
#include "techniquechart.h"
#include "testsupport.h"
#include "trendchart.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestChartViews : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString libraryPath() const { return m_dir.filePath(QStringLiteral("lib.sqlite")); }
    TechniqueMatrixModel *matrix() const { return m_window->matrixModel(); }

    int rowOf(const QString &technique) const { return int(matrix()->techniques().indexOf(technique)); }

    void setFilter(const QString &text)
    {
        m_window->filterBar()->setText(text);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->tableModel()->isLoading() && m_window->tableModel()->totalCount() >= 0,
                                 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LECTERN_REQUIRE_SHARED_DIR();
        m_window = std::make_unique<MainWindow>(libraryPath());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        const QStringList files = test::seedFiles();
        QSignalSpy idle(m_window->importQueue(), &ImportQueue::idle);
        m_window->importFiles(files);
        QVERIFY(idle.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->totalCount(), 241, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(matrix()->isLoaded() && matrix()->rowCount() > 0, 10000);
    }

    void groupsComeBeforeTheirTechniquesAndCollapse()
    {
        const int group = rowOf(QStringLiteral("compression"));
        QVERIFY(group >= 0);
        QVERIFY(matrix()->isGroup(group));
        const int leaf = rowOf(QStringLiteral("quantization"));
        QVERIFY(leaf > group);
        QCOMPARE(matrix()->depth(leaf), 1);
        // A group's cell counts each paper once: at least its largest technique, at most their sum.
        const int speedup = int(matrix()->kinds().indexOf(QStringLiteral("speedup")));
        QVERIFY(speedup >= 0);
        qint64 largest = 0, sum = 0;
        for (const QString &id : {QStringLiteral("quantization"), QStringLiteral("pruning"),
                                  QStringLiteral("distillation"), QStringLiteral("low-rank")}) {
            const int row = rowOf(id);
            const qint64 n = row >= 0 ? matrix()->count(row, speedup) : 0;
            largest = std::max(largest, n);
            sum += n;
        }
        QVERIFY(matrix()->count(group, speedup) >= largest);
        QVERIFY(matrix()->count(group, speedup) <= sum);

        const int rows = matrix()->rowCount();
        m_window->chart()->matrixChart()->toggleGroup(group);
        QVERIFY(!matrix()->isExpanded(QStringLiteral("compression")));
        QVERIFY(matrix()->rowCount() < rows);
        QCOMPARE(rowOf(QStringLiteral("quantization")), -1);
        QCOMPARE(rowOf(QStringLiteral("compression")), group);
        m_window->chart()->matrixChart()->toggleGroup(group);
        QCOMPARE(matrix()->rowCount(), rows);
    }

    void hoveringACellShowsExampleTitles()
    {
        TechniqueChart *chart = m_window->chart()->matrixChart();
        const int row = rowOf(QStringLiteral("quantization"));
        const int column = int(matrix()->kinds().indexOf(QStringLiteral("speedup")));
        QVERIFY(row >= 0 && column >= 0);
        chart->hoverCell(row, column);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->hoverText().isEmpty(), 5000);
        const QString text = chart->hoverText();
        QVERIFY2(text.contains(QStringLiteral("%1 paper").arg(matrix()->count(row, column))), qPrintable(text));
        const qsizetype examples =
            text.count(QStringLiteral("\n • ")) - (text.contains(QStringLiteral("\n • …")) ? 1 : 0);
        QCOMPARE(examples, std::min<qint64>(3, matrix()->count(row, column)));
    }

    void clickingACellShowsExactlyItsPapers_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("whole library") << QString();
        QTest::newRow("within a filter") << QStringLiteral("model");
    }

    void clickingACellShowsExactlyItsPapers()
    {
        QFETCH(QString, filter);
        setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(matrix()->isLoaded() && rowOf(QStringLiteral("quantization")) >= 0, 10000);
        const int row = rowOf(QStringLiteral("quantization"));
        const int column = int(matrix()->kinds().indexOf(QStringLiteral("accuracy")));
        QVERIFY(column >= 0);
        const qint64 papers = matrix()->count(row, column);
        QVERIFY(papers > 0);
        TechniqueChart *chart = m_window->chart()->matrixChart();
        QSignalSpy activated(chart, &TechniqueChart::cellActivated);
        const QPoint center = chart->cellCenter(row, column);
        QVERIFY(!center.isNull());
        QWidget *viewport = chart->chartView()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, viewport->mapFrom(chart, center));
        QCOMPARE(activated.count(), 1);
        const QString expected = filter.isEmpty() ? QStringLiteral("technique:quantization metric:accuracy")
                                                  : QStringLiteral("technique:quantization metric:accuracy ") + filter;
        QCOMPARE(m_window->filterBar()->text(), expected);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->totalCount(), papers, 10000);
        setFilter(QString());
    }

    void distributionKeepsUnitsApartAndOpensTheSpan()
    {
        ChartPanel *panel = m_window->chart();
        panel->setCurrentView(ChartPanel::View::Distribution);
        MetricDistributionModel *model = m_window->distributionModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->isLoaded() && !model->series().isEmpty(), 10000);
        QCOMPARE(model->kind(), QStringLiteral("speedup"));
        QCOMPARE(model->unit(), QStringLiteral("x"));
        QVERIFY(model->logScale());
        DistributionChart *chart = panel->distributionChart();
        QVERIFY(chart->unitBox()->count() >= 1);

        Library library(libraryPath(), Library::Access::Read);
        Statement unitOf(library.db(),
                         "SELECT unit, text FROM metric_fact WHERE paper_id = ? AND start = ? AND kind = ?");
        for (const DistributionSeries &series : model->series()) {
            QVERIFY(!series.shown.isEmpty());
            QVERIFY(series.shown.size() <= MetricDistributionModel::kMaxShown);
            for (const MetricPoint &p : series.shown) {
                unitOf.bind(1, p.paperId).bind(2, qint64(p.start)).bind(3, model->kind());
                QVERIFY(unitOf.next());
                QCOMPARE(unitOf.text(0), model->unit());
                unitOf.reset();
            }
        }

        // Another unit of another kind: only its values.
        const int accuracy = chart->kindBox()->findData(QStringLiteral("accuracy"));
        chart->kindBox()->setCurrentIndex(accuracy);
        QTRY_VERIFY2_WITH_TIMEOUT(model->kind() == QLatin1String("accuracy") && model->unit() == QLatin1String("%"),
                                  qPrintable(model->kind() + QLatin1Char(' ') + model->unit()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->series().isEmpty(), 10000);
        QVERIFY2(!model->logScale(), qPrintable(model->unit()));

        // Clicking a point selects its paper and marks the number in the abstract.
        const QPoint center = chart->pointCenter(0, 0);
        QVERIFY(!center.isNull());
        QSignalSpy activated(chart, &DistributionChart::pointActivated);
        QWidget *viewport = chart->chartView()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, viewport->mapFrom(chart, center));
        QCOMPARE(activated.count(), 1);
        const qint64 paperId = activated.first().at(0).toLongLong();
        const qsizetype start = activated.first().at(1).value<qsizetype>();
        unitOf.bind(1, paperId).bind(2, qint64(start)).bind(3, QStringLiteral("accuracy"));
        QVERIFY(unitOf.next());
        const QString text = unitOf.text(1);
        unitOf.reset();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->viewer()->paperId(), paperId, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->viewer()->focusedText(), text, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->table()->currentPaperId(), paperId, 10000);
        chart->kindBox()->setCurrentIndex(chart->kindBox()->findData(QStringLiteral("speedup")));
    }

    void trendDrawsPapersPerYear()
    {
        ChartPanel *panel = m_window->chart();
        panel->setCurrentView(ChartPanel::View::Trend);
        TrendChart *trend = panel->trendChart();
        QTRY_VERIFY_WITH_TIMEOUT(!trend->lines().isEmpty(), 10000);
        QVERIFY(trend->lines().size() <= TrendChart::kMaxLines);
        for (int i = 0; i < trend->lines().size(); ++i) {
            const QMap<int, qint64> years = matrix()->papersPerYear(rowOf(trend->lineTechniques()[i]));
            QLineSeries *line = trend->lines()[i];
            for (int j = 0; j < line->count(); ++j)
                QCOMPARE(qint64(line->at(j).y()), years.value(int(line->at(j).x())));
        }
        QSignalSpy activated(trend, &TrendChart::pointActivated);
        const QLineSeries *first = trend->lines().first();
        trend->activatePoint(0, int(first->at(first->count() - 1).x()));
        QCOMPARE(activated.count(), 1);
        QVERIFY(activated.first().first().toString().startsWith(QStringLiteral("technique:")));
        QVERIFY(activated.first().first().toString().contains(QStringLiteral(" year:")));
        setFilter(QString());
    }

    void exportsPngAndSvg()
    {
        ChartPanel *panel = m_window->chart();
        panel->setCurrentView(ChartPanel::View::Matrix);
        QTRY_VERIFY_WITH_TIMEOUT(matrix()->isLoaded() && matrix()->rowCount() > 0, 10000);
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("matrix.png"));
        QVERIFY2(panel->exportChart(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= panel->currentChartView()->viewport()->width());
        const QString svg = m_dir.filePath(QStringLiteral("matrix.svg"));
        QVERIFY2(panel->exportChart(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("<svg"));
        QVERIFY(content.contains("Quantization")); // the technique names are text, not pixels
        // A place that cannot be written is reported, and nothing is left behind.
        QVERIFY(!panel->exportChart(QStringLiteral("/nonexistent-dir/chart.png"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/chart.png")));
    }

    void editingTheTaxonomyReextractsTheLibrary()
    {
        // The dialog opens from the window with the library's taxonomy; cancelling changes nothing.
        m_window->editTaxonomy();
        TaxonomyDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<TaxonomyDialog *>()) && dialog->isVisible(), 5000);
        QCOMPARE(dialog->taxonomy(), m_window->taxonomy());
        dialog->reject();

        Taxonomy edited = m_window->taxonomy();
        QString error;
        QVERIFY2(edited.addGroup({QStringLiteral("numerics"), QStringLiteral("Numerics"), {}, {}, {}, {}},
                                 {QStringLiteral("winograd"),
                                  QStringLiteral("Winograd convolution"),
                                  QStringLiteral("numerics"),
                                  {QStringLiteral("winograd")},
                                  {},
                                  {}},
                                 &error),
                 qPrintable(error));
        QVERIFY2(edited.moveNode(QStringLiteral("quantization"), QStringLiteral("numerics"), &error),
                 qPrintable(error));
        QSignalSpy finished(m_window->importQueue(), &ImportQueue::reextractionFinished);
        m_window->importQueue()->applyTaxonomy(edited);
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<ReextractionReport>();
        QVERIFY2(!report.failed, qPrintable(report.toText()));
        QCOMPARE(report.papers, 241);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->taxonomy(), edited, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("numerics")) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("quantization")) > rowOf(QStringLiteral("numerics")), 10000);
        // A query for the new group finds the quantization papers.
        setFilter(QStringLiteral("technique:numerics"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tableModel()->totalCount() > 0, 10000);
        const qint64 numerics = m_window->tableModel()->totalCount();
        setFilter(QStringLiteral("technique:quantization"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->totalCount(), numerics, 10000);
        setFilter(QString());
    }
};

QTEST_MAIN(TestChartViews)
#include "tst_chartviews.moc"
