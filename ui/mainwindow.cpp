#include "mainwindow.h"

#include "abstractviewer.h"
#include "chartpanel.h"
#include "commandpalette.h"
#include "csvmappingdialog.h"
#include "curationcontroller.h"
#include "domain/metricformat.h"
#include "exportdialog.h"
#include "extract/taxonomy.h"
#include "filterbar.h"
#include "import/importqueue.h"
#include "itemmodels/librarywatcher.h"
#include "itemmodels/metricdistributionmodel.h"
#include "itemmodels/papertablemodel.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/readinglistmodel.h"
#include "itemmodels/resultport.h"
#include "itemmodels/sidebarmodel.h"
#include "itemmodels/techniquematrixmodel.h"
#include "mergedialog.h"
#include "noteeditor.h"
#include "papertableview.h"
#include "query/queryrunner.h"
#include "queryhelppopup.h"
#include "readinglistpanel.h"
#include "shortcutsdialog.h"
#include "sidebar.h"
#include "store/curation.h"
#include "store/library.h"
#include "store/librarytaxonomy.h"
#include "store/paperreader.h"
#include "store/readinglists.h"
#include "tagbox.h"
#include "taxonomydialog.h"
#include "techniquechart.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QColorDialog>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lectern {

MainWindow::MainWindow(const QString &libraryPath, QWidget *parent)
    : QMainWindow(parent)
    , m_libraryPath(libraryPath)
    , m_taxonomy(Taxonomy::builtIn())
    , m_reader(new ReaderThread(libraryPath, this))
    , m_chartReader(new ReaderThread(libraryPath, this))
    , m_detailReader(new ReaderThread(libraryPath, this))
    , m_panelReader(new ReaderThread(libraryPath, this))
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
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
    , m_curation(new CurationController(m_imports, m_panelReader, this))
    , m_sidebarModel(new SidebarModel(m_panelReader, this))
    , m_sidebar(new Sidebar(this))
    , m_listModel(new ReadingListModel(m_panelReader, this))
    , m_listPanel(new ReadingListPanel(m_listModel, this))
    , m_noteEditor(new NoteEditor(this))
    , m_palette(new CommandPalette(this))
    , m_pending(new QLabel(this))
    , m_status(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Lectern"));
    setAcceptDrops(true);

    m_table->setPaperModel(m_model);
    m_sidebar->setSidebarModel(m_sidebarModel);
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
    // Left: the library's tags, lists and searches above the reading list being arranged. Middle: the filter and
    // the table above the chart, both wide. Right: the paper being read above its note, full height.
    m_leftSplitter->setObjectName(QStringLiteral("leftColumn"));
    m_leftSplitter->addWidget(m_sidebar);
    m_leftSplitter->addWidget(m_listPanel);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);
    m_leftSplitter->setChildrenCollapsible(false);
    m_rightSplitter->setObjectName(QStringLiteral("rightColumn"));
    m_rightSplitter->addWidget(m_viewer);
    m_rightSplitter->addWidget(m_noteEditor);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 1);
    m_rightSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setStretchFactor(2, 2);
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
    m_pending->setObjectName(QStringLiteral("pendingEdits"));
    m_pending->hide();
    statusBar()->addPermanentWidget(m_pending);
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

    connectCuration();
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
    // The undo stack outlives the panes while the children are deleted: it must not reach them any more.
    disconnect(m_curation->undoStack(), nullptr, this, nullptr);
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
    QAction *undo = m_curation->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_curation->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(redo);
    edit->addSeparator();
    QAction *paste = edit->addAction(tr("&Paste Papers"), this, &MainWindow::pastePapers);
    paste->setObjectName(QStringLiteral("actionPastePapers"));
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    paste->setStatusTip(tr("Import the papers listed in the clipboard's text"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *focusFilter = view->addAction(tr("&Filter"), this, [this] {
        m_filter->lineEdit()->setFocus();
        m_filter->lineEdit()->selectAll();
    });
    focusFilter->setShortcut(QKeySequence::Find);
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

    createCurationActions(edit);

    QMenu *library = menuBar()->addMenu(tr("&Library"));
    QAction *taxonomy = library->addAction(tr("Edit &Taxonomy…"), this, &MainWindow::editTaxonomy);
    taxonomy->setObjectName(QStringLiteral("actionEditTaxonomy"));
    taxonomy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QAction *reextract = library->addAction(tr("&Re-extract All Papers"), m_imports, &ImportQueue::reextract);
    reextract->setObjectName(QStringLiteral("actionReextract"));
    reextract->setStatusTip(tr("Find the techniques and numbers of every paper again"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *palette = help->addAction(tr("&Command Palette…"), m_palette, &CommandPalette::open);
    palette->setObjectName(QStringLiteral("actionCommandPalette"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    help->addSeparator();
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
    if (m_shownPaper)
        showCurrentPaper(m_shownPaper);
}

void MainWindow::showCurrentPaper(qint64 id)
{
    const quint64 generation = ++m_detailGeneration;
    // Reloads ask for this paper, not the one the viewer still shows: its details may be on their way.
    m_shownPaper = id;
    if (id == 0) {
        m_noteEditor->setPaper(0, QString());
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
        Curation curation(library.db(), Taxonomy::builtIn());
        for (const QString &tag : std::as_const(details.tags)) {
            const QString color = curation.tagColor(tag);
            if (!color.isEmpty())
                details.tagColors.insert(tag, color);
        }
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
    // The editor keeps what is typed: a note it shows already is replaced only by an undo or redo of it.
    if (m_noteEditor->paperId() != details.paper.id) {
        m_curation->noteLoaded(details.paper.id, details.paper.note);
        m_noteEditor->setPaper(details.paper.id, details.paper.note);
    }
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
    updateCompletionSource();
    m_matrix->setTaxonomy(taxonomy);
    m_distribution->setTaxonomy(taxonomy);
    m_model->refresh();
    if (m_shownPaper)
        showCurrentPaper(m_shownPaper);
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
    for (QAction *action : m_paperMenu->actions())
        menu.addAction(action);
    menu.addSeparator();
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
        resize(1500, 880);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // "window/mainSplitter" held the two panes before the side panel and the note came.
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("window/columns")).toByteArray()))
        m_mainSplitter->setSizes({width() * 17 / 100, width() * 53 / 100, width() * 30 / 100});
    if (!m_leftSplitter->restoreState(settings.value(QStringLiteral("window/leftColumn")).toByteArray()))
        m_leftSplitter->setSizes({height() * 60 / 100, height() * 40 / 100});
    if (!m_rightSplitter->restoreState(settings.value(QStringLiteral("window/rightColumn")).toByteArray()))
        m_rightSplitter->setSizes({height() * 68 / 100, height() * 32 / 100});
    if (!m_sideSplitter->restoreState(settings.value(QStringLiteral("window/leftSplitter")).toByteArray()))
        m_sideSplitter->setSizes({height() * 48 / 100, height() * 52 / 100});
    const QByteArray header = settings.value(QStringLiteral("table/header")).toByteArray();
    if (header.isEmpty()) {
        // What a reader triages by comes next to the title and year; the source last.
        QHeaderView *h = m_table->horizontalHeader();
        h->moveSection(h->visualIndex(PaperTableModel::StatusColumn), h->visualIndex(PaperTableModel::YearColumn) + 1);
        h->moveSection(h->visualIndex(PaperTableModel::RatingColumn),
                       h->visualIndex(PaperTableModel::StatusColumn) + 1);
        h->moveSection(h->visualIndex(PaperTableModel::PriorityColumn),
                       h->visualIndex(PaperTableModel::RatingColumn) + 1);
    } else {
        m_table->horizontalHeader()->restoreState(header);
        m_table->horizontalHeader()->setSortIndicatorShown(false);
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/columns"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/leftColumn"), m_leftSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightColumn"), m_rightSplitter->saveState());
    settings.setValue(QStringLiteral("window/leftSplitter"), m_sideSplitter->saveState());
    settings.setValue(QStringLiteral("table/header"), m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The note being typed is saved, and every edit written, before the window goes.
    m_noteEditor->flush();
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
    m_curation->waitUntilSaved();
    saveLayout();
    event->accept();
}

} // namespace lectern

namespace lectern {

void MainWindow::createCurationActions(QMenu *edit)
{
    const auto selection = [this] { return m_table->selectedPaperIds(); };
    const auto paperAction = [this](QMenu *menu, const QString &text, const QKeySequence &key, const QString &name,
                                    auto &&slot) {
        QAction *action = menu->addAction(text, this, slot);
        action->setShortcut(key);
        action->setObjectName(name);
        m_paperActions.append(action);
        return action;
    };

    edit->addSeparator();
    QAction *deletePapers =
        paperAction(edit, tr("&Delete Papers"), QKeySequence::Delete, QStringLiteral("actionDeletePapers"),
                    [this, selection] { m_curation->deletePapers(selection()); });
    // Delete belongs to the table: in the side panel and the reading list it deletes their items.
    deletePapers->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deletePapers);
    QAction *merge = paperAction(edit, tr("&Merge Two Papers…"), QKeySequence(Qt::CTRL | Qt::Key_M),
                                 QStringLiteral("actionMergePapers"), [this] { mergeSelectedPapers(); });
    merge->setStatusTip(tr("Make two papers that are the same one paper, keeping all their sources, tags and notes"));

    m_paperMenu = menuBar()->addMenu(tr("&Paper"));
    paperAction(m_paperMenu, tr("&Add Tags…"), QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("actionAddTags"),
                [this] { openTagBox(false); });
    paperAction(m_paperMenu, tr("&Remove Tags…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T),
                QStringLiteral("actionRemoveTags"), [this] { openTagBox(true); });
    QMenu *keys = m_paperMenu->addMenu(tr("&Toggle Tag"));
    for (int slot = 1; slot <= 9; ++slot) {
        QAction *action =
            keys->addAction(QString(), this, [this, slot, selection] { m_curation->toggleKeyTag(selection(), slot); });
        action->setObjectName(QStringLiteral("actionToggleTag%1").arg(slot));
        action->setShortcut(QKeySequence(Qt::Key(Qt::Key_0 + slot)));
        // Plain digits are keys for the table only: the filter and the note take them as text.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
        m_keyActions.append(action);
        m_paperActions.append(action);
    }
    updateKeyActions();
    m_paperMenu->addSeparator();

    QMenu *status = m_paperMenu->addMenu(tr("Reading &Status"));
    const QList<std::tuple<QString, QKeySequence, ReadingStatus>> statuses = {
        {tr("&Unread"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), ReadingStatus::Unread},
        {tr("Rea&ding"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), ReadingStatus::Reading},
        {tr("&Read"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), ReadingStatus::Read}};
    for (const auto &[text, key, value] : statuses) {
        paperAction(status, text, key, QStringLiteral("actionStatus_") + readingStatusName(value),
                    [this, selection, value] { m_curation->setStatus(selection(), value); });
    }
    QMenu *rating = m_paperMenu->addMenu(tr("R&ating"));
    for (int stars = 0; stars <= kMaxRating; ++stars) {
        paperAction(rating, stars == 0 ? tr("&No Rating") : QString(stars, QChar(0x2605)),
                    QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + stars)), QStringLiteral("actionRating%1").arg(stars),
                    [this, selection, stars] { m_curation->setRating(selection(), stars); });
    }
    QMenu *priority = m_paperMenu->addMenu(tr("&Priority"));
    const QList<std::tuple<QString, QKeySequence, Priority>> priorities = {
        {tr("&High"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1), Priority::High},
        {tr("&Normal"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2), Priority::Normal},
        {tr("&Low"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3), Priority::Low}};
    for (const auto &[text, key, value] : priorities) {
        paperAction(priority, text, key, QStringLiteral("actionPriority_") + priorityName(value),
                    [this, selection, value] { m_curation->setPriority(selection(), value); });
    }
    m_paperMenu->addSeparator();
    paperAction(m_paperMenu, tr("Add to Reading &List…"), QKeySequence(Qt::CTRL | Qt::Key_L),
                QStringLiteral("actionAddToList"), [this] { addSelectionToList(); });
    m_listMenu = m_paperMenu->addMenu(tr("Add to Reading List"));
    m_listMenu->setObjectName(QStringLiteral("listMenu"));
    fillListMenu();
    QAction *note = m_paperMenu->addAction(tr("Edit &Note"), this, [this] { m_noteEditor->editor()->setFocus(); });
    note->setObjectName(QStringLiteral("actionEditNote"));
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    QMenu *collections = menuBar()->addMenu(tr("&Collections"));
    QAction *newListAction = collections->addAction(tr("&New Reading List…"), this, [this] { newList(); });
    newListAction->setObjectName(QStringLiteral("actionNewList"));
    newListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    QAction *saveSearch = collections->addAction(tr("&Save Search…"), this, &MainWindow::saveCurrentSearch);
    saveSearch->setObjectName(QStringLiteral("actionSaveSearch"));
    saveSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    saveSearch->setStatusTip(tr("Keep the filter under a name in the side panel, with its live count"));
    collections->addSeparator();
    // F6 moves between the panes, as in most desktop applications with several.
    const auto panes = [this] {
        return QList<QWidget *>{m_sidebar, m_filter->lineEdit(), m_table, m_listPanel, m_viewer, m_noteEditor};
    };
    const auto cycle = [this, panes](int step) {
        const QList<QWidget *> order = panes();
        qsizetype current = -1;
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (order[i] == focusWidget() || order[i]->isAncestorOf(focusWidget()))
                current = i;
        }
        for (qsizetype n = 1; n <= order.size(); ++n) {
            QWidget *next = order[(current + step * n + order.size() * 2) % order.size()];
            if (next->isVisible() && next->isEnabled()) {
                next->setFocus(Qt::TabFocusReason);
                return;
            }
        }
    };
    QAction *nextPane = collections->addAction(tr("Next &Pane"), this, [cycle] { cycle(1); });
    nextPane->setObjectName(QStringLiteral("actionNextPane"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    QAction *previousPane = collections->addAction(tr("Previous Pa&ne"), this, [cycle] { cycle(-1); });
    previousPane->setObjectName(QStringLiteral("actionPreviousPane"));
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));

    const auto updateEnabled = [this] {
        const qsizetype selected = m_table->selectedPaperIds().size();
        for (QAction *action : std::as_const(m_paperActions))
            action->setEnabled(selected > 0);
        if (auto *merge = findChild<QAction *>(QStringLiteral("actionMergePapers")))
            merge->setEnabled(selected == 2);
        m_listMenu->setEnabled(selected > 0);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateEnabled);
    updateEnabled();
}

void MainWindow::connectCuration()
{
    connect(m_curation->editor(), &LibraryEditor::saved, this,
            [this](LibraryEditor::Changes changes) { onEditsSaved(int(changes)); });
    connect(m_curation->editor(), &LibraryEditor::pendingChanged, this, &MainWindow::updatePending);
    connect(m_imports, &ImportQueue::fileStarted, this, &MainWindow::updatePending);
    connect(m_imports, &ImportQueue::idle, this, &MainWindow::updatePending);
    connect(m_curation->editor(), &LibraryEditor::failed, this, [this] {
        m_noteEditor->setSaveState(NoteEditor::SaveState::Failed, tr("the library could not be written"));
    });
    connect(m_curation, &CurationController::message, m_status, &QLabel::setText);
    connect(m_curation, &CurationController::factsChanged, this, [this] {
        updateKeyActions();
        fillListMenu();
        updateCompletionSource();
    });
    connect(m_curation->undoStack(), &QUndoStack::indexChanged, this, [this] {
        // An undo or redo of a note goes to the library; what is typed but not saved goes first.
        m_noteEditor->flush();
    });

    // Notes: typed in the editor, saved as one undo step per burst, shown rendered in the viewer.
    connect(m_noteEditor, &NoteEditor::noteEditingStarted, m_curation, &CurationController::noteEditingStarted);
    connect(m_noteEditor, &NoteEditor::noteEdited, m_curation, &CurationController::saveNote);
    connect(m_curation, &CurationController::noteRestored, this, [this](qint64 id, const QString &markdown) {
        if (m_noteEditor->paperId() == id)
            m_noteEditor->setPaper(id, markdown);
    });

    // The side panel: clicking an item filters the table; drops and its menus become edits.
    connect(m_sidebar, &Sidebar::queryActivated, this, [this](const QString &query, SidebarModel::ItemKind kind) {
        m_filter->setText(query);
        if (kind == SidebarModel::ReadingList)
            m_listModel->setList(m_sidebar->currentIndex().data(SidebarModel::IdRole).toLongLong());
    });
    connect(m_sidebar, &Sidebar::tagDropRequested, this,
            [this](const QString &tag, const QList<qint64> &papers) { m_curation->addTags(papers, {tag}); });
    connect(m_sidebar, &Sidebar::listDropRequested, m_curation, &CurationController::addToList);
    connect(m_sidebar, &Sidebar::saveSearchRequested, this, &MainWindow::saveCurrentSearch);
    connect(m_sidebar, &Sidebar::editSearchRequested, this, [this](qint64 id) {
        m_filter->setText(m_sidebarModel->searchIndex(id).data(SidebarModel::QueryRole).toString());
        m_filter->lineEdit()->setFocus();
        m_status->setText(tr("Change the filter, then save it under the same name to replace the search."));
    });
    connect(m_sidebar, &Sidebar::renameTagRequested, this, &MainWindow::renameTag);
    connect(m_sidebar, &Sidebar::mergeTagRequested, this, &MainWindow::mergeTag);
    connect(m_sidebar, &Sidebar::colorTagRequested, this, &MainWindow::colorTag);
    connect(m_sidebar, &Sidebar::keySlotRequested, m_curation, &CurationController::assignKey);
    connect(m_sidebar, &Sidebar::deleteTagRequested, m_curation, &CurationController::deleteTag);
    connect(m_sidebar, &Sidebar::newListRequested, this, [this] { newList(); });
    connect(m_sidebar, &Sidebar::renameListRequested, this, &MainWindow::renameList);
    connect(m_sidebar, &Sidebar::deleteListRequested, m_curation, &CurationController::deleteList);
    connect(m_sidebar, &Sidebar::exportListRequested, this, &MainWindow::exportList);
    connect(m_sidebar, &Sidebar::renameSearchRequested, this, &MainWindow::renameSearch);
    connect(m_sidebar, &Sidebar::deleteSearchRequested, m_curation, &CurationController::deleteSearch);

    // The reading list panel: its order is the list's.
    connect(m_listModel, &ReadingListModel::reorderRequested, this, [this](qint64 listId, const QList<qint64> &order) {
        m_curation->setListOrder(listId, order, tr("Reorder “%1”").arg(m_curation->listName(listId)));
    });
    connect(m_listModel, &ReadingListModel::removeRequested, this, [this](qint64 listId, const QList<qint64> &order) {
        m_curation->setListOrder(listId, order, tr("Remove Papers from “%1”").arg(m_curation->listName(listId)));
    });
    connect(m_listPanel, &ReadingListPanel::exportRequested, this, &MainWindow::exportList);
    connect(m_listPanel, &ReadingListPanel::currentPaperChanged, this, [this](qint64 id) {
        // Only the user's choice in the list: a refresh of the list after an edit must not take the viewer and
        // the note away from the paper being worked on.
        if (id != 0 && m_listPanel->view()->hasFocus())
            showCurrentPaper(id);
    });

    // The table: stars clicked in the Rating column, and keys 1–9.
    connect(m_table, &PaperTableView::ratingRequested, m_curation, &CurationController::setRating);
    connect(m_table, &PaperTableView::tagKeyPressed, this,
            [this](int slot) { m_curation->toggleKeyTag(m_table->selectedPaperIds(), slot); });
}

void MainWindow::onEditsSaved(int changes)
{
    const LibraryEditor::Changes what = LibraryEditor::Changes::fromInt(changes);
    if (what & LibraryEditor::Change::Papers) {
        m_model->refresh();
        m_matrix->refresh();
        m_distribution->refresh();
        countLibrary();
    }
    if (what
        & (LibraryEditor::Change::Papers | LibraryEditor::Change::Tags | LibraryEditor::Change::Lists
           | LibraryEditor::Change::Searches))
        m_sidebarModel->refresh();
    if (what & (LibraryEditor::Change::Lists | LibraryEditor::Change::Papers))
        m_listModel->refresh();
    if (m_shownPaper)
        showCurrentPaper(m_shownPaper);
}

void MainWindow::updatePending()
{
    const int pending = m_curation->editor()->pending();
    if (pending == 0) {
        m_pending->hide();
        if (m_noteEditor->paperId() && !m_noteEditor->hasUnsavedChange())
            m_noteEditor->setSaveState(NoteEditor::SaveState::Saved);
        return;
    }
    m_pending->setText(m_imports->isBusy() ? tr("%n edit(s) wait for the import", nullptr, pending)
                                           : tr("Saving %n edit(s)…", nullptr, pending));
    m_pending->show();
    m_noteEditor->setSaveState(NoteEditor::SaveState::Saving);
}

void MainWindow::updateCompletionSource()
{
    CompletionSource source;
    source.tags = m_curation->tagNames();
    for (const auto &[id, name] : m_curation->lists())
        source.lists.append(name);
    for (const TechniqueNode &node : m_taxonomy.nodes())
        source.techniques.append(node.id);
    m_filter->setCompletionSource(source); // metric kinds: all of them
}

void MainWindow::updateKeyActions()
{
    const QHash<int, QString> &slots = m_curation->keySlots();
    for (int slot = 1; slot <= m_keyActions.size(); ++slot) {
        QAction *action = m_keyActions[slot - 1];
        const QString tag = slots.value(slot);
        action->setText(tag.isEmpty() ? tr("Key %1: No Tag").arg(slot) : tr("Key %1: %2").arg(slot).arg(tag));
        action->setStatusTip(tag.isEmpty()
                                 ? tr("Assign a tag to this key from the tag's menu in the side panel")
                                 : tr("Add “%1” to the selected papers, or remove it when they all have it").arg(tag));
    }
}

void MainWindow::fillListMenu()
{
    m_listMenu->clear();
    for (const auto &[id, name] : m_curation->lists()) {
        m_listMenu->addAction(name, this,
                              [this, listId = id] { m_curation->addToList(listId, m_table->selectedPaperIds()); });
    }
    if (!m_curation->lists().isEmpty())
        m_listMenu->addSeparator();
    m_listMenu->addAction(tr("New Reading List…"), this, [this] { newList(m_table->selectedPaperIds()); });
}

TagBox *MainWindow::openTagBox(bool remove)
{
    const QList<qint64> papers = m_table->selectedPaperIds();
    if (papers.isEmpty())
        return nullptr;
    if (!m_tagBox) {
        m_tagBox = new TagBox(this);
        m_tagBox->setObjectName(QStringLiteral("tagBox"));
    }
    m_tagBox->disconnect(this);
    m_tagBox->setMode(remove ? TagBox::Mode::Remove : TagBox::Mode::Add, int(papers.size()));
    if (!remove) {
        m_tagBox->setTags(m_curation->tagNames());
    } else {
        // Only the tags the selected papers have.
        m_tagBox->setTags({});
        const auto port = m_port;
        auto *self = this;
        m_panelReader->post([port, self, papers](Library &library) {
            PaperReader reader(library.db());
            QStringList tags;
            for (qint64 id : papers) {
                for (const QString &tag : reader.tags(id)) {
                    if (!tags.contains(tag))
                        tags.append(tag);
                }
            }
            tags.sort(Qt::CaseInsensitive);
            port->post([self, tags] {
                if (self->m_tagBox && self->m_tagBox->mode() == TagBox::Mode::Remove)
                    self->m_tagBox->setTags(tags);
            });
        });
    }
    connect(m_tagBox, &TagBox::accepted, this, [this, papers, remove](const QStringList &tags) {
        if (remove)
            m_curation->removeTags(papers, tags);
        else
            m_curation->addTags(papers, tags);
    });
    m_tagBox->popupOver(m_table);
    return m_tagBox;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(this);
        m_shortcuts->setObjectName(QStringLiteral("shortcutsDialog"));
        m_shortcuts->addExtraShortcut(tr("Table"), tr("1–9"), tr("Toggle the tag on that key on the selected papers"));
        m_shortcuts->addExtraShortcut(tr("Table"), tr("Drag to a tag or list"),
                                      tr("Tag the dragged papers, or add them to the list"));
        m_shortcuts->addExtraShortcut(tr("Reading List"), tr("Alt+Up, Alt+Down"), tr("Move the selected papers"));
        m_shortcuts->addExtraShortcut(tr("Reading List"), tr("Del"), tr("Remove the selected papers from the list"));
        m_shortcuts->addExtraShortcut(tr("Side Panel"), tr("F2"), tr("Rename the tag, list or search"));
        m_shortcuts->addExtraShortcut(tr("Side Panel"), tr("Del"), tr("Delete the tag, list or search"));
        m_shortcuts->addExtraShortcut(tr("Filter"), tr("F1"), tr("Show the query syntax"));
        m_shortcuts->addExtraShortcut(tr("Filter"), tr("Tab"), tr("Accept the completion"));
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
    return m_shortcuts;
}

void MainWindow::showReadingList(qint64 listId)
{
    m_sidebar->selectList(listId);
    m_listModel->setList(listId);
    const QString name = m_curation->listName(listId);
    if (!name.isEmpty())
        m_filter->setText(Query::fieldTerm(QStringLiteral("list"), name));
}

void MainWindow::renameTag(const QString &tag)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Tag"),
                                               tr("New name for “%1” (use / for levels; an existing tag's name "
                                                  "merges the two):")
                                                   .arg(tag),
                                               QLineEdit::Normal, tag, &ok);
    const QString normalized = Curation::normalizedTagName(name);
    if (ok && !normalized.isEmpty() && normalized != tag)
        m_curation->renameTag(tag, normalized);
}

void MainWindow::mergeTag(const QString &tag)
{
    QStringList others = m_curation->tagNames();
    others.removeAll(tag);
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge Tag"), tr("Merge “%1” into (its papers get this tag instead):").arg(tag), others, 0, true, &ok);
    const QString normalized = Curation::normalizedTagName(into);
    if (ok && !normalized.isEmpty() && normalized != tag)
        m_curation->renameTag(tag, normalized);
}

void MainWindow::colorTag(const QString &tag)
{
    const QModelIndex index = m_sidebarModel->tagIndex(tag);
    const QString previous = index.data(SidebarModel::ColorRole).toString();
    const QColor color = QColorDialog::getColor(previous.isEmpty() ? QColor(Qt::blue) : QColor(previous), this,
                                                tr("Colour of “%1”").arg(tag));
    if (color.isValid())
        m_curation->setTagColor(tag, color.name(), previous);
}

void MainWindow::newList(const QList<qint64> &papers)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Reading List"), tr("Name:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    for (const auto &[id, existing] : m_curation->lists()) {
        if (existing.compare(name, Qt::CaseInsensitive) == 0) {
            QMessageBox::information(this, tr("New Reading List"),
                                     tr("There is a reading list named “%1” already.").arg(existing));
            return;
        }
    }
    m_curation->createList(name, papers);
}

void MainWindow::renameList(qint64 listId)
{
    const QString previous = m_curation->listName(listId);
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Reading List"), tr("Name:"), QLineEdit::Normal, previous, &ok).trimmed();
    if (ok && !name.isEmpty() && name != previous)
        m_curation->renameList(listId, name);
}

void MainWindow::renameSearch(qint64 id)
{
    const QModelIndex index = m_sidebarModel->searchIndex(id);
    const QString previous = index.data(Qt::DisplayRole).toString();
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Saved Search"), tr("Name:"), QLineEdit::Normal, previous, &ok).trimmed();
    if (ok && !name.isEmpty() && name != previous)
        m_curation->renameSearch(id, name);
}

void MainWindow::saveCurrentSearch()
{
    const QString query = m_filter->text().trimmed();
    if (query.isEmpty() || !m_filter->query().isValid()) {
        m_status->setText(query.isEmpty() ? tr("Type a filter first; Save Search keeps it under a name.")
                                          : tr("The filter has an error; fix it before saving it."));
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Search"), tr("Name for “%1”:").arg(query), QLineEdit::Normal, query, &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        m_curation->saveSearch(name, query);
}

void MainWindow::addSelectionToList()
{
    const QList<qint64> papers = m_table->selectedPaperIds();
    if (papers.isEmpty())
        return;
    QStringList names;
    for (const auto &[id, name] : m_curation->lists())
        names.append(name);
    const QString newListItem = tr("New Reading List…");
    names.append(newListItem);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Add to Reading List"), tr("Add %n paper(s) to:", nullptr, int(papers.size())), names, 0, false, &ok);
    if (!ok)
        return;
    if (chosen == newListItem) {
        newList(papers);
        return;
    }
    for (const auto &[id, name] : m_curation->lists()) {
        if (name == chosen)
            m_curation->addToList(id, papers);
    }
}

void MainWindow::mergeSelectedPapers()
{
    const QList<qint64> papers = m_table->selectedPaperIds();
    if (papers.size() != 2) {
        m_status->setText(tr("Select exactly two papers to merge them."));
        return;
    }
    const auto port = m_port;
    auto *self = this;
    m_detailReader->post([port, self, papers](Library &library) {
        PaperReader reader(library.db());
        Paper a, b;
        int sourcesA = 0, sourcesB = 0;
        try {
            a = reader.load(papers[0]);
            b = reader.load(papers[1]);
            sourcesA = int(reader.sources(a.id).size());
            sourcesB = int(reader.sources(b.id).size());
            a.tags = reader.tags(a.id);
            b.tags = reader.tags(b.id);
        } catch (const DatabaseError &) {
            return; // deleted meanwhile
        }
        port->post([self, a, b, sourcesA, sourcesB] {
            MergeDialog dialog(a, sourcesA, b, sourcesB, self);
            dialog.setObjectName(QStringLiteral("mergeDialog"));
            if (dialog.exec() == QDialog::Accepted)
                self->m_curation->mergePapers(dialog.keptId(), dialog.absorbedId());
        });
    });
}

void MainWindow::exportList(qint64 listId)
{
    const QString name = m_curation->listName(listId);
    if (name.isEmpty())
        return;
    const auto port = m_port;
    auto *self = this;
    m_panelReader->post([port, self, listId, name](Library &library) {
        const QList<qint64> papers = ReadingLists(library.db()).papers(listId);
        port->post([self, name, papers] {
            self->exportPapers(false);
            if (self->m_exportDialog)
                self->m_exportDialog->setReadingList(name, papers);
        });
    });
}

} // namespace lectern
