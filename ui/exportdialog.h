#pragma once

#include "export/exportjob.h"
#include "extract/taxonomy.h"
#include "itemmodels/resultport.h"
#include "query/query.h"
#include "query/queryrunner.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

namespace lectern {

class ReaderThread;
class SourceHighlighter;

// File ▸ Export…: a format, which papers (the table's selection, the papers the filter matches, the whole
// library, or a reading list in its order), a live preview of the first papers, and the export itself. The preview and
// the export read the library on the dialog's own reader thread, so neither blocks the window nor waits behind the
// table's reads; a newer preview request supersedes an older one.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { Selection, Filter, Library, ReadingList };
    static constexpr int previewPapers = 20;

    ExportDialog(const QString &libraryPath, const Taxonomy &taxonomy, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The table's selected papers, in the table's order.
    void setSelection(const QList<qint64> &ids);
    // The table's filter (its text for the label and the export's title) and sort order.
    void setFilter(const Query &query, const QString &text, SortOrder order);

    // A reading list's papers in the list's order; its scope is offered (and chosen) from then on.
    void setReadingList(const QString &name, const QList<qint64> &ids);

    Scope scope() const;
    void setScope(Scope scope);
    QString formatId() const;
    void setFormatId(const QString &id);

    // The preview shown, and whether a newer one is still being read.
    QString previewText() const;
    bool isPreviewPending() const { return m_previewPending; }
    bool isExporting() const { return m_exporting; }
    // The papers of `scope`, -1 while not counted yet.
    qint64 scopeCount(Scope scope) const;

public Q_SLOTS:
    // Asks for a file name, then exports.
    void chooseFileAndExport();
    // Exports the chosen papers to `path` without asking; the result comes as exported() or exportFailed().
    void exportTo(const QString &path);
    void cancelExport();
    void reject() override;

Q_SIGNALS:
    void previewUpdated();
    void exported(const QString &path, qint64 papers);
    void exportFailed(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setPreviewFormat(const QString &id);
    void applyPreviewColours();
    ExportScope currentScope() const;
    ExportContext currentContext() const;
    const ExportFormat *currentFormat() const;
    void countPapers();
    void updateScopeLabels();
    void schedulePreview();
    void readPreview();
    void showPreview(quint64 generation, const QString &text, qint64 total);
    void setExporting(bool exporting);
    void onExportProgress(qint64 done, qint64 total);
    void onExportFinished(const ExportResult &result, const QString &path);

    ReaderThread *m_reader;
    Taxonomy m_taxonomy;
    QList<qint64> m_selection;
    QString m_listName;
    QList<qint64> m_listPapers;
    Query m_query;
    QString m_filterText;
    SortOrder m_order;
    qint64 m_filterCount = -1;
    qint64 m_libraryCount = -1;

    QComboBox *m_format;
    QRadioButton *m_selectionButton;
    QRadioButton *m_filterButton;
    QRadioButton *m_libraryButton;
    QRadioButton *m_listButton;
    QButtonGroup *m_scopeGroup;
    QPlainTextEdit *m_preview;
    SourceHighlighter *m_highlighter;
    QLabel *m_more; // "… and 221 more"
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QPushButton *m_close;
    QTimer *m_previewTimer;

    quint64 m_previewGeneration = 0;
    std::shared_ptr<std::atomic<quint64>> m_latestPreview = std::make_shared<std::atomic<quint64>>(0);
    bool m_previewPending = false;
    bool m_exporting = false;
    std::shared_ptr<std::atomic_bool> m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<ResultPort> m_port = ResultPort::open(this);
};

} // namespace lectern
