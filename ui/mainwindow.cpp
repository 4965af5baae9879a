#include "mainwindow.h"

#include "abstractviewer.h"
#include "chartpanel.h"
#include "csvmappingdialog.h"
#include "domain/metricformat.h"
#include "exportdialog.h"
#include "extract/taxonomy.h"
#include "filterbar.h"
#include "import/importqueue.h"
#include "itemmodels/librarywatcher.h"
#include "itemmodels/metricdistributionmodel.h"
#include "itemmodels/papertablemodel.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/resultport.h"
#include "itemmodels/techniquematrixmodel.h"
#include "papertableview.h"
#include "query/queryrunner.h"
#include "store/library.h"
#include "store/librarytaxonomy.h"
#include "store/paperreader.h"
#include "taxonomydialog.h"
#include "techniquechart.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace lectern {

MainWindow::MainWindow(const QString &libraryPath, QWidget *parent)
    : QMainWindow(parent)
    , m_libraryPath(libraryPath)
    , m_taxonomy(Taxonomy::builtIn())
    , m_reader(new ReaderThread(libraryPath, this))
    , m_chartReader(new ReaderThread(libraryPath, this))
    , m_detailReader(new ReaderThread(libraryPath, this))
    , m_imports(new ImportQueue(libraryPath, this))
    , m_watcher(new LibraryWatcher(m_reader, 1000, this))
    , m_model(new PaperTableModel(m_reader, m_taxonomy, this))
    , m_matrix(new TechniqueMatrixModel(m_chartReader, m_taxonomy, this))
    , m_distribution(new MetricDistributionModel(m_chartReader, m_taxonomy, this))
    , m_filter(new FilterBar(this))
    , m_table(new PaperTableView(this))
    , m_viewer(new AbstractViewer(m_taxonomy, this))
    , m_chart(new ChartPanel(m_matrix, m_distribution, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
    , m_status(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lectern"));
    setAcceptDrops(true);

    m_table->setPaperModel(m_model);
    // Left: the filter and the table above the chart, both wide; right: the paper being read, full height.
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(6, 6, 0, 0);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_table, 1);
    m_sideSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_sideSplitter->addWidget(tablePane);
    m_sideSplitter->addWidget(m_chart);
    m_sideSplitter->setStretchFactor(0, 1);
    m_sideSplitter->setStretchFactor(1, 1);
    m_sideSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(m_viewer);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the import; the file being imported is rolled back"));
    m_cancel->hide();
    m_status->setObjectName(QStringLiteral("statusMessage"));
    statusBar()->addWidget(m_status, 1);
    m_counts->setObjectName(QStringLiteral("libraryCounts"));
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    createActions();

    connect(m_filter, &FilterBar::queryChanged, this, &MainWindow::applyQuery);
    connect(m_model, &PaperTableModel::countChanged, this, &MainWindow::updateCount);
    connect(m_model, &PaperTableModel::firstPageLoaded, this, &MainWindow::updateCount);
    connect(m_table, &PaperTableView::currentPaperChanged, this, &MainWindow::showCurrentPaper);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(m_chart, &ChartPanel::filterRequested, m_filter, &FilterBar::setText);
    connect(m_chart, &ChartPanel::metricRequested, this, &MainWindow::showMetric);
    connect(m_imports, &ImportQueue::reextractionStarted, this, [this] {
        m_status->setText(tr("Re-extracting techniques and metrics…"));
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
    });
    connect(m_imports, &ImportQueue::reextractionFinished, this, &MainWindow::onReextractionFinished);
    connect(m_watcher, &LibraryWatcher::libraryChanged, this, &MainWindow::refreshAll);
    connect(m_imports, &ImportQueue::fileStarted, this, [this](const QString &file) {
        m_status->setText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
    });
    connect(m_imports, &ImportQueue::progress, this, [this](const QString &, qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    connect(m_imports, &ImportQueue::fileFinished, this, &MainWindow::onImportFinished);
    connect(m_imports, &ImportQueue::idle, this, &MainWindow::onImportsIdle);
    connect(m_cancel, &QToolButton::clicked, m_imports, &ImportQueue::cancel);
    connect(m_reader, &ReaderThread::failed, this,
            [this](const QString &message) { m_status->setText(tr("Could not read the library: %1").arg(message)); });

    restoreLayout();
    applyQuery();
    countLibrary();
    reloadTaxonomy();
}

MainWindow::~MainWindow()
{
    // Results still on their way from the reader threads are dropped; the threads themselves stop when their
    // QObject parent (this window) deletes them.
    m_port->close();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::chooseFilesToImport);
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importCsv = file->addAction(tr("Import CSV with Column &Mapping…"), this, &MainWindow::chooseCsvToImport);
    importCsv->setObjectName(QStringLiteral("actionImportCsv"));
    importCsv->setStatusTip(tr("Import a CSV or TSV file, choosing the field each column holds"));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] { exportPapers(); });
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Write the papers the filter matches, or the whole library, to a file"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *paste = edit->addAction(tr("&Paste Papers"), this, &MainWindow::pastePapers);
    paste->setObjectName(QStringLiteral("actionPastePapers"));
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setStatusTip(tr("Import the papers listed in the clipboard's text"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *focusFilter = view->addAction(tr("&Filter"), this, [this] {
        m_filter->lineEdit()->setFocus();
        m_filter->lineEdit()->selectAll();
    });
    focusFilter->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L)});
    QAction *clearFilter = view->addAction(tr("&Show All Papers"), this, [this] { m_filter->setText(QString()); });
    clearFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refreshAll);
    refresh->setShortcut(QKeySequence::Refresh);

    view->addSeparator();
    const QList<std::pair<QString, ChartPanel::View>> views = {
        {tr("&Matrix Chart"), ChartPanel::View::Matrix},
        {tr("&Distribution Chart"), ChartPanel::View::Distribution},
        {tr("&Trend Chart"), ChartPanel::View::Trend}};
    for (int i = 0; i < views.size(); ++i) {
        QAction *action =
            view->addAction(views[i].first, this, [this, v = views[i].second] { m_chart->setCurrentView(v); });
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *library = menuBar()->addMenu(tr("&Library"));
    QAction *taxonomy = library->addAction(tr("Edit &Taxonomy…"), this, &MainWindow::editTaxonomy);
    taxonomy->setObjectName(QStringLiteral("actionEditTaxonomy"));
    taxonomy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *reextract = library->addAction(tr("&Re-extract All Papers"), m_imports, &ImportQueue::reextract);
    reextract->setObjectName(QStringLiteral("actionReextract"));
    reextract->setStatusTip(tr("Find the techniques and numbers of every paper again"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lectern"), this, [this] {
        QMessageBox::about(this, tr("About Lectern"),
                           tr("<h3>Lectern %1</h3><p>A desktop literature explorer: import listings, filter papers, "
                              "read abstracts with their techniques and numbers highlighted, and see which "
                              "techniques report which results.</p><p>Library: %2</p>")
                               .arg(QStringLiteral(LECTERN_VERSION), m_libraryPath.toHtmlEscaped()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::applyQuery()
{
    const Query &query = m_filter->query();
    m_model->setQuery(query);
    m_matrix->setQuery(query);
    m_distribution->setQuery(query);
    m_filter->setCountText(tr("searching…"));
}

void MainWindow::updateCount()
{
    const qint64 count = m_model->totalCount();
    QLocale locale;
    QString text;
    if (count < 0)
        text = tr("%1+ papers").arg(locale.toString(m_model->rowCount()));
    else if (count == 1)
        text = tr("1 paper");
    else
        text = tr("%1 papers").arg(locale.toString(count));
    m_filter->setCountText(text);
    if (!m_imports->isBusy())
        m_status->setText(m_filter->query().isEmpty() ? tr("Library: %1").arg(m_libraryPath)
                                                      : tr("Filter: %1").arg(m_filter->text()));
    QString counts;
    if (m_libraryTotal >= 0) {
        counts = m_filter->query().isEmpty() || count < 0
                     ? tr("%1 papers in the library").arg(locale.toString(m_libraryTotal))
                     : tr("%1 of %2 papers match").arg(locale.toString(count), locale.toString(m_libraryTotal));
    }
    m_counts->setText(counts);
}

void MainWindow::countLibrary()
{
    const auto port = m_port;
    auto *self = this;
    const Taxonomy taxonomy = m_taxonomy;
    m_detailReader->post([port, self, taxonomy](Library &library) {
        const qint64 total = QueryRunner(library.db(), taxonomy).count(Query());
        QMetaObject::invokeMethod(self, [self, total] {
            if (self) {
                self->m_libraryTotal = total;
                self->updateCount();
            }
        });
    });
}

void MainWindow::refreshAll()
{
    m_model->refresh();
    m_matrix->refresh();
    m_distribution->refresh();
    countLibrary();
    reloadTaxonomy();
    if (m_viewer->paperId())
        showCurrentPaper(m_viewer->paperId());
}

void MainWindow::showCurrentPaper(qint64 id)
{
    const quint64 generation = ++m_detailGeneration;
    if (id == 0) {
        m_viewer->clear();
        m_chart->matrixChart()->setHighlightedCells({});
        return;
    }
    const auto port = m_port;
    auto *self = this;
    m_detailReader->post([port, self, id, generation](Library &library) {
        PaperReader reader(library.db());
        PaperDetails details;
        try {
            details.paper = reader.load(id);
        } catch (const DatabaseError &) {
            return; // deleted meanwhile
        }
        details.tags = reader.tags(id);
        details.sources = reader.sources(id);
        for (const SourceRef &s : details.sources)
            details.rawRecords.append(reader.rawRecord(s.fileId, s.position));
        QMetaObject::invokeMethod(self, [self, details, generation] {
            if (self && generation == self->m_detailGeneration)
                self->onPaperLoaded(details);
        });
    });
}

void MainWindow::onPaperLoaded(const PaperDetails &details)
{
    m_viewer->showPaper(details);
    if (m_pendingSpan.paperId == details.paper.id) {
        m_viewer->focusSpan(m_pendingSpan.start, m_pendingSpan.end);
        m_pendingSpan = {};
    }
    // The paper's cells: its techniques and the groups above them, against its kinds.
    QList<std::pair<QString, QString>> cells;
    for (const TechniqueFact &t : details.paper.techniques) {
        for (QString node = t.id; !node.isEmpty();) {
            for (const MetricFact &m : details.paper.metrics)
                cells.append({node, m.kind});
            const TechniqueNode *n = m_taxonomy.node(node);
            node = n ? n->parentId : QString();
        }
    }
    m_chart->matrixChart()->setHighlightedCells(cells);
}

void MainWindow::showMetric(qint64 paperId, qsizetype start, qsizetype end)
{
    m_pendingSpan = {paperId, start, end};
    m_table->goToPaper(paperId);
    if (m_viewer->paperId() == paperId) {
        m_viewer->focusSpan(start, end);
        m_pendingSpan = {};
    } else {
        showCurrentPaper(paperId); // at once, even while the table still looks for the paper's row
    }
}

void MainWindow::reloadTaxonomy()
{
    const auto port = m_port;
    auto *self = this;
    m_detailReader->post([port, self](Library &library) {
        QString error;
        const Taxonomy taxonomy = libraryTaxonomy(library.db(), &error);
        port->post([self, taxonomy, error] {
            if (!error.isEmpty())
                self->m_status->setText(error);
            self->setTaxonomy(taxonomy);
        });
    });
}

void MainWindow::setTaxonomy(const Taxonomy &taxonomy)
{
    if (taxonomy == m_taxonomy)
        return;
    m_taxonomy = taxonomy; // the table and viewer read it by reference on this thread
    m_matrix->setTaxonomy(taxonomy);
    m_distribution->setTaxonomy(taxonomy);
    m_model->refresh();
    if (m_viewer->paperId())
        showCurrentPaper(m_viewer->paperId());
}

void MainWindow::editTaxonomy()
{
    if (m_imports->isBusy()) {
        QMessageBox::information(this, tr("Edit Taxonomy"),
                                 tr("Lectern is importing or re-extracting. Edit the taxonomy when it has finished."));
        return;
    }
    // Paper counts for the whole library come from the facet totals (a moment's query on the detail reader).
    const auto port = m_port;
    auto *self = this;
    const Taxonomy taxonomy = m_taxonomy;
    m_detailReader->post([port, self, taxonomy](Library &library) {
        QHash<QString, int> counts;
        for (const FacetCount &c : QueryRunner(library.db(), taxonomy).facetCounts(Query())) {
            if (c.kind.isEmpty())
                counts[c.technique] += int(c.papers);
        }
        port->post([self, counts] {
            auto *dialog = new TaxonomyDialog(self->m_taxonomy, counts, self);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setObjectName(QStringLiteral("taxonomyDialog"));
            QObject::connect(dialog, &QDialog::accepted, self, [self, dialog] {
                if (dialog->isModified())
                    self->m_imports->applyTaxonomy(dialog->taxonomy());
            });
            dialog->open();
        });
    });
}

void MainWindow::onReextractionFinished(const ReextractionReport &report)
{
    m_status->setText(report.toText());
    refreshAll();
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_imports->importFiles(paths);
}

void MainWindow::chooseFilesToImport()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/lastDirectory")).toString();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Papers"), dir,
        tr("Paper listings (*.txt *.md *.bib *.ris *.json *.jsonl *.csv *.tsv);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDirectory"), QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

void MainWindow::chooseCsvToImport()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("import/lastDirectory")).toString();
    const QString file = QFileDialog::getOpenFileName(this, tr("Import CSV with Column Mapping"), dir,
                                                      tr("CSV and TSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDirectory"), QFileInfo(file).absolutePath());
    importCsvWithMapping(file);
}

void MainWindow::importCsvWithMapping(const QString &path)
{
    auto *dialog = new CsvMappingDialog(path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->errorString().isEmpty()) {
        QMessageBox::warning(this, tr("Import CSV"), dialog->errorString());
        delete dialog;
        showNextColumnMapping();
        return;
    }
    m_mappingShown = true;
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        m_imports->importFile(path, ImportOptions{QStringLiteral("csv"), dialog->mapping()});
    });
    connect(dialog, &QDialog::finished, this, [this] {
        m_mappingShown = false;
        showNextColumnMapping();
    });
    dialog->open();
}

void MainWindow::showNextColumnMapping()
{
    if (!m_mappingShown && !m_filesToMap.isEmpty())
        importCsvWithMapping(m_filesToMap.takeFirst());
}

void MainWindow::pastePapers()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("The clipboard holds no text to import."));
        return;
    }
    m_imports->importData(text.toUtf8(), tr("Clipboard"));
}

void MainWindow::exportPapers(bool selection)
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    auto *dialog = new ExportDialog(m_libraryPath, m_taxonomy, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSelection(m_table->selectedPaperIds());
    const Query &query = m_model->query();
    dialog->setFilter(query, query.text(), m_model->sortOrder());
    dialog->setScope(selection         ? ExportDialog::Scope::Selection
                     : query.isEmpty() ? ExportDialog::Scope::Library
                                       : ExportDialog::Scope::Filter);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, dialog,
            [this, dialog] { dialog->setSelection(m_table->selectedPaperIds()); });
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path, qint64 papers) {
        m_status->setText(tr("%n paper(s) written to %1", nullptr, int(papers)).arg(QDir::toNativeSeparators(path)));
    });
    m_exportDialog = dialog;
    dialog->open();
}

void MainWindow::showTableMenu(const QPoint &pos)
{
    QMenu menu(this);
    const qsizetype selected = m_table->selectedPaperIds().size();
    QAction *exportSelected = menu.addAction(tr("Export Selected…"), this, [this] { exportPapers(true); });
    exportSelected->setEnabled(selected > 0);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    // A CSV file whose columns were not recognized is not a failure yet: the user is asked to map them.
    if (report.needsColumnMapping && QFileInfo(report.file).isFile())
        m_filesToMap.append(report.file);
    else
        m_reports.append(report);
    refreshAll();
}

void MainWindow::onImportsIdle()
{
    m_progress->hide();
    m_cancel->hide();
    const QList<ImportReport> reports = std::exchange(m_reports, {});
    if (reports.isEmpty()) {
        // Only a re-extraction ran (onReextractionFinished() reported it), or only files that need a mapping.
        if (!m_filesToMap.isEmpty())
            m_status->setText(tr("Choose which field each column holds to import %1.")
                                  .arg(QFileInfo(m_filesToMap.first()).fileName()));
        showNextColumnMapping();
        return;
    }
    int added = 0;
    int merged = 0;
    int failed = 0;
    bool problems = false;
    QStringList details;
    for (const ImportReport &r : reports) {
        added += r.papersAdded;
        merged += r.papersMerged;
        failed += r.failed ? 1 : 0;
        problems = problems || r.failed || !r.messages.isEmpty();
        details.append(r.toText());
    }
    const QString summary = tr("Imported %n file(s): %1 papers added, %2 merged into existing papers.", nullptr,
                               int(reports.size() - failed))
                                .arg(added)
                                .arg(merged);
    m_status->setText(failed ? summary + QLatin1Char(' ') + tr("%n file(s) failed.", nullptr, failed) : summary);
    if (problems) {
        QMessageBox box(failed ? QMessageBox::Warning : QMessageBox::Information, tr("Import report"),
                        failed ? tr("Some files could not be imported; they left the library unchanged.")
                               : tr("The import finished, but some records were skipped or had problems."),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("importReport"));
        box.setInformativeText(summary);
        box.setDetailedText(details.join(QStringLiteral("\n\n")));
        box.exec();
    }
    showNextColumnMapping();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 820);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray()))
        m_mainSplitter->setSizes({width() * 64 / 100, width() * 36 / 100});
    if (!m_sideSplitter->restoreState(settings.value(QStringLiteral("window/leftSplitter")).toByteArray()))
        m_sideSplitter->setSizes({height() * 48 / 100, height() * 52 / 100});
    const QByteArray header = settings.value(QStringLiteral("table/header")).toByteArray();
    if (!header.isEmpty()) {
        m_table->horizontalHeader()->restoreState(header);
        m_table->horizontalHeader()->setSortIndicatorShown(false);
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/leftSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("table/header"), m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_imports->isBusy()) {
        const auto answer = QMessageBox::question(
            this, tr("Import in progress"),
            tr("An import is still running. Quit anyway? The file being imported will be rolled back."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_imports->cancel();
    }
    saveLayout();
    event->accept();
}

} // namespace lectern
