#pragma once

#include "extract/taxonomy.h"
#include "import/importjob.h"
#include "import/reextraction.h"
#include "itemmodels/resultport.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolButton;

namespace lectern {

class AbstractViewer;
class CommandPalette;
class CurationController;
class NoteEditor;
class ReadingListModel;
class ReadingListPanel;
class ShortcutsDialog;
class Sidebar;
class SidebarModel;
class TagBox;
class FilterBar;
class ImportQueue;
class LibraryWatcher;
class PaperTableModel;
class PaperTableView;
class ReaderThread;
class ChartPanel;
class ExportDialog;
class MetricDistributionModel;
class TechniqueMatrixModel;
struct PaperDetails;

// The three panes: filter bar and paper table, the abstract viewer, and the technique-versus-metric chart.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &libraryPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    void importFiles(const QStringList &paths);

    FilterBar *filterBar() const { return m_filter; }
    PaperTableView *table() const { return m_table; }
    PaperTableModel *tableModel() const { return m_model; }
    AbstractViewer *viewer() const { return m_viewer; }
    ChartPanel *chart() const { return m_chart; }
    TechniqueMatrixModel *matrixModel() const { return m_matrix; }
    MetricDistributionModel *distributionModel() const { return m_distribution; }
    const Taxonomy &taxonomy() const { return m_taxonomy; }
    // Opens the taxonomy editor; on OK the library's techniques are re-extracted under the edited taxonomy.
    void editTaxonomy();
    // Shows a reported number: selects its paper and marks its span in the abstract.
    void showMetric(qint64 paperId, qsizetype start, qsizetype end);
    ImportQueue *importQueue() const { return m_imports; }
    // File ▸ Export… (the filter's papers, or the library's) and the table's Export Selected… (the selection).
    void exportPapers(bool selection = false);
    // Asks which field each column of a CSV/TSV file holds, then imports the file that way.
    void importCsvWithMapping(const QString &path);
    // Edit ▸ Paste Papers: imports the clipboard's text as if it were a file.
    void pastePapers();

    CurationController *curation() const { return m_curation; }
    SidebarModel *sidebarModel() const { return m_sidebarModel; }
    Sidebar *sidebar() const { return m_sidebar; }
    NoteEditor *noteEditor() const { return m_noteEditor; }
    ReadingListModel *readingListModel() const { return m_listModel; }
    ReadingListPanel *readingListPanel() const { return m_listPanel; }
    CommandPalette *commandPalette() const { return m_palette; }
    // Help ▸ Keyboard Shortcuts.
    ShortcutsDialog *showShortcuts();
    // Paper ▸ Add Tags… / Remove Tags…: the tag box over the table, for the selected papers.
    TagBox *openTagBox(bool remove);
    // Shows a reading list: the side panel selects it, the list panel shows it in order, the table filters it.
    void showReadingList(qint64 listId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void applyQuery();
    void showCurrentPaper(qint64 id);
    void onPaperLoaded(const PaperDetails &details);
    void onImportFinished(const ImportReport &report);
    void onImportsIdle();
    void onReextractionFinished(const ReextractionReport &report);
    void reloadTaxonomy();
    void setTaxonomy(const Taxonomy &taxonomy);
    void updateCount();
    void refreshAll();
    void countLibrary();
    void chooseFilesToImport();
    void chooseCsvToImport();
    void showNextColumnMapping();
    void showTableMenu(const QPoint &pos);
    void restoreLayout();
    void saveLayout();
    void createCurationActions(QMenu *edit);
    void connectCuration();
    void onEditsSaved(int changes);
    void updatePending();
    void updateKeyActions();
    void updateCompletionSource();
    void renameTag(const QString &tag);
    void mergeTag(const QString &tag);
    void colorTag(const QString &tag);
    void newList(const QList<qint64> &papers = {});
    void renameList(qint64 listId);
    void renameSearch(qint64 id);
    void saveCurrentSearch();
    void addSelectionToList();
    void mergeSelectedPapers();
    void exportList(qint64 listId);
    void fillListMenu();

    QString m_libraryPath;
    Taxonomy m_taxonomy; // the library's; models and jobs take copies
    struct PendingSpan {
        qint64 paperId = 0;
        qsizetype start = 0, end = 0;
    } m_pendingSpan;
    ReaderThread *m_reader;       // table pages and counts
    ReaderThread *m_chartReader;  // chart aggregates, so a broad one never delays the table's first page
    ReaderThread *m_detailReader; // the selected paper, so it never waits behind a long count
    ReaderThread *m_panelReader;  // the side panel, the reading list and the facts editing needs
    ImportQueue *m_imports;
    LibraryWatcher *m_watcher;
    PaperTableModel *m_model;
    TechniqueMatrixModel *m_matrix;
    MetricDistributionModel *m_distribution;

    FilterBar *m_filter;
    PaperTableView *m_table;
    AbstractViewer *m_viewer;
    ChartPanel *m_chart;
    QSplitter *m_mainSplitter;
    QSplitter *m_sideSplitter;  // table above chart
    QSplitter *m_leftSplitter;  // side panel above the reading list
    QSplitter *m_rightSplitter; // abstract viewer above the note
    CurationController *m_curation;
    SidebarModel *m_sidebarModel;
    Sidebar *m_sidebar;
    ReadingListModel *m_listModel;
    ReadingListPanel *m_listPanel;
    NoteEditor *m_noteEditor;
    CommandPalette *m_palette;
    TagBox *m_tagBox = nullptr;
    QPointer<ShortcutsDialog> m_shortcuts;
    QLabel *m_pending; // edits not yet written
    QMenu *m_paperMenu = nullptr;
    QMenu *m_listMenu = nullptr;     // Paper ▸ Add to Reading List
    QList<QAction *> m_keyActions;   // 1–9 on the table
    QList<QAction *> m_paperActions; // enabled when papers are selected

    QLabel *m_status;
    QLabel *m_counts; // "13 of 241 papers match"
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QList<ImportReport> m_reports;
    QStringList m_filesToMap; // CSV files whose columns the user is asked to map, one dialog after another
    bool m_mappingShown = false;
    QPointer<ExportDialog> m_exportDialog;
    quint64 m_detailGeneration = 0;
    qint64 m_shownPaper = 0; // the paper last asked for (the viewer shows it once its details arrive)
    qint64 m_libraryTotal = -1;
    std::shared_ptr<ResultPort> m_port = ResultPort::open(this);
};

} // namespace lectern
