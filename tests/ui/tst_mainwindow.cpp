// The window, offscreen: import the seeds, type a filter, select a row, read the abstract, click the chart.
#include "abstractviewer.h"
#include "chartpanel.h"
#include "filterbar.h"
#include "import/importqueue.h"
#include "itemmodels/papertablemodel.h"
#include "mainwindow.h"
#include "papertableview.h"
#include "techniquechart.h"
#include "testsupport.h"

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace lectern;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LECTERN_REQUIRE_SHARED_DIR();
        m_window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("lib.sqlite")));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void importsTheSeeds()
    {
        const QStringList files = test::seedFiles();
        QSignalSpy idle(m_window->importQueue(), &ImportQueue::idle);
        QSignalSpy finished(m_window->importQueue(), &ImportQueue::fileFinished);
        m_window->importFiles(files);
        QVERIFY(idle.wait(60000));
        QCOMPARE(finished.count(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->totalCount(), 241, 10000);
        QCOMPARE(m_window->table()->model()->rowCount(), 241);
    }

    void statusBarCountsPapers()
    {
        auto *counts = m_window->findChild<QLabel *>(QStringLiteral("libraryCounts"));
        QVERIFY(counts);
        QTRY_VERIFY_WITH_TIMEOUT(counts->text().contains(QStringLiteral("241")), 5000);
    }

    void typingFiltersTheTable()
    {
        QLineEdit *edit = m_window->filterBar()->lineEdit();
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("speculat"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tableModel()->totalCount() > 0 && m_window->tableModel()->totalCount() < 241
                                     && !m_window->tableModel()->isLoading(),
                                 10000);
        const QString title = m_window->table()->model()->index(0, 0).data().toString();
        QVERIFY(!title.isEmpty());
    }

    void anUnfinishedQuoteIsNotAnError()
    {
        m_window->filterBar()->setText(QString());
        QTest::keyClicks(m_window->filterBar()->lineEdit(), QStringLiteral("\"knowledge dist"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->tableModel()->isLoading(), 10000);
        QVERIFY(m_window->tableModel()->totalCount() > 0);
        QVERIFY(m_window->filterBar()->findChild<QWidget *>(QStringLiteral("filterMessage"))->isHidden());
    }

    void anInvalidQuerySaysWhere()
    {
        m_window->filterBar()->setText(QStringLiteral("foo:bar"));
        auto *message = m_window->filterBar()->findChild<QLabel *>(QStringLiteral("filterMessage"));
        QVERIFY(message->isVisibleTo(m_window.get()));
        QVERIFY2(message->text().contains(QStringLiteral("character 1")), qPrintable(message->text()));
    }

    void selectingARowShowsItsAbstract()
    {
        m_window->filterBar()->setText(QStringLiteral("arxiv:2308.11062"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->totalCount(), 1, 10000);
        PaperTableView *table = m_window->table();
        table->setFocus();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->viewer()->plainText().contains(QStringLiteral("While large-scale image-text")), 10000);
        QVERIFY(m_window->viewer()->plainText().contains(QStringLiteral("arXiv:2308.11062")));
        QVERIFY(m_window->viewer()->plainText().contains(QStringLiteral("ICCV 2023")));
        // The selection survives a re-filter that still matches the paper.
        m_window->filterBar()->setText(QStringLiteral("arxiv:2308.11062 clip"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->tableModel()->isLoading(), 10000);
        QCOMPARE(m_window->tableModel()->totalCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(table->selectedPaperIds().size(), 1, 5000);
    }

    void abstractIsPlainTextNeverHtml()
    {
        // Titles and abstracts are inserted as text: markup in them shows literally.
        PaperDetails details;
        details.paper.id = 99;
        details.paper.title = QStringLiteral("<b>Bold</b> & <script>x</script>");
        details.paper.abstract = QStringLiteral("An <i>abstract</i> with <a href='http://evil'>a link</a>.");
        m_window->viewer()->showPaper(details);
        QVERIFY(m_window->viewer()->plainText().contains(QStringLiteral("<b>Bold</b> & <script>x</script>")));
        QVERIFY(m_window->viewer()->plainText().contains(QStringLiteral("<a href='http://evil'>a link</a>")));
    }

    void droppingAFileImportsIt()
    {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(test::testDataPath(QStringLiteral("import/pairs.txt")))});
        QSignalSpy idle(m_window->importQueue(), &ImportQueue::idle);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(idle.wait(20000));
        m_window->filterBar()->setText(QString());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->totalCount(), 244, 10000);
    }

    void layoutIsRememberedBetweenRuns()
    {
        m_window->table()->setColumnWidth(PaperTableModel::VenueColumn, 211);
        m_window->close(); // saves the layout
        MainWindow second(m_dir.filePath(QStringLiteral("lib.sqlite")));
        QCOMPARE(second.table()->columnWidth(PaperTableModel::VenueColumn), 211);
        m_window->show();
    }

    void clickingAChartCellFiltersTheTable()
    {
        m_window->filterBar()->setText(QString());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tableModel()->totalCount(), 244, 10000);
        TechniqueChart *chart = m_window->chart()->matrixChart();
        QSignalSpy activated(chart, &TechniqueChart::cellActivated);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->cellCenter(0, 0).isNull() || !chart->cellCenter(0, 1).isNull(), 10000);
        // Find a drawn cell and click it.
        QPoint target;
        for (int column = 0; column < 12 && target.isNull(); ++column)
            target = chart->cellCenter(0, column);
        QVERIFY(!target.isNull());
        QWidget *viewport = chart->chartView()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, viewport->mapFrom(chart, target));
        QCOMPARE(activated.count(), 1);
        const QString query = activated.first().first().toString();
        QVERIFY2(query.startsWith(QStringLiteral("technique:")) && query.contains(QStringLiteral(" metric:")),
                 qPrintable(query));
        QCOMPARE(m_window->filterBar()->text(), query);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->tableModel()->isLoading(), 10000);
        QVERIFY(m_window->tableModel()->totalCount() > 0);
        QVERIFY(m_window->tableModel()->totalCount() < 244);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
