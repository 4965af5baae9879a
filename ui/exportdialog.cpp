#include "exportdialog.h"

#include "export/exportregistry.h"
#include "itemmodels/readerthread.h"
#include "sourcehighlighter.h"
#include "store/library.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace lectern {

namespace {

const QString formatKey = QStringLiteral("export/format");
const QString directoryKey = QStringLiteral("export/lastDirectory");

QString countText(qint64 count)
{
    return count < 0 ? QStringLiteral("…") : QLocale().toString(count);
}

} // namespace

ExportDialog::ExportDialog(const QString &libraryPath, const Taxonomy &taxonomy, QWidget *parent)
    : QDialog(parent)
    , m_reader(new ReaderThread(libraryPath, this))
    , m_taxonomy(taxonomy)
    , m_format(new QComboBox(this))
    , m_selectionButton(new QRadioButton(this))
    , m_filterButton(new QRadioButton(this))
    , m_libraryButton(new QRadioButton(this))
    , m_listButton(new QRadioButton(this))
    , m_scopeGroup(new QButtonGroup(this))
    , m_preview(new QPlainTextEdit(this))
    , m_highlighter(new SourceHighlighter(m_preview->document(), this))
    , m_more(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Papers"));

    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const auto &format : ExportRegistry::instance().formats()) {
        m_format->addItem(tr("%1 (.%2)").arg(format->displayName(), format->fileSuffix()), format->id());
    }
    const int remembered = m_format->findData(QSettings().value(formatKey).toString());
    m_format->setCurrentIndex(remembered >= 0 ? remembered : 0);

    m_selectionButton->setObjectName(QStringLiteral("scopeSelection"));
    m_filterButton->setObjectName(QStringLiteral("scopeFilter"));
    m_libraryButton->setObjectName(QStringLiteral("scopeLibrary"));
    m_listButton->setObjectName(QStringLiteral("scopeReadingList"));
    m_listButton->hide();
    m_scopeGroup->addButton(m_selectionButton, int(Scope::Selection));
    m_scopeGroup->addButton(m_filterButton, int(Scope::Filter));
    m_scopeGroup->addButton(m_libraryButton, int(Scope::Library));
    m_scopeGroup->addButton(m_listButton, int(Scope::ReadingList));
    m_libraryButton->setChecked(true);
    auto *scopes = new QVBoxLayout;
    scopes->setSpacing(4);
    scopes->addWidget(m_selectionButton);
    scopes->addWidget(m_filterButton);
    scopes->addWidget(m_libraryButton);
    scopes->addWidget(m_listButton);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Format:"), m_format);
    auto *papersLabel = new QLabel(tr("Papers:"), this);
    form->addRow(papersLabel, scopes);

    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumSize(640, 300);
    m_highlighter->setPalette(palette());
    auto *previewLabel = new QLabel(tr("Preview of the first %1 papers:").arg(previewPapers), this);
    previewLabel->setBuddy(m_preview);
    m_more->setObjectName(QStringLiteral("exportPreviewMore"));
    m_more->setForegroundRole(QPalette::PlaceholderText);

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_cancel->setToolTip(tr("Stop the export; no file is written"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();

    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_more);
    layout->addLayout(progressRow);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(0); // coalesces the changes of one event-loop pass into one read
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::readPreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(formatKey, formatId());
        schedulePreview();
    });
    connect(m_scopeGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            schedulePreview();
    });
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_reader, &ReaderThread::failed, this,
            [this](const QString &message) { m_more->setText(tr("Could not read the library: %1").arg(message)); });

    updateScopeLabels();
    countPapers();
    schedulePreview();
    resize(760, 640);
}

ExportDialog::~ExportDialog()
{
    // A running export stops at its next paper and leaves no file; the reader thread (a child) waits for it.
    m_cancelFlag->store(true);
    m_port->close();
}

void ExportDialog::setSelection(const QList<qint64> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    if (m_selection.isEmpty() && scope() == Scope::Selection)
        setScope(m_query.isEmpty() ? Scope::Library : Scope::Filter);
    updateScopeLabels();
    if (scope() == Scope::Selection)
        schedulePreview();
}

void ExportDialog::setFilter(const Query &query, const QString &text, SortOrder order)
{
    m_query = query;
    m_filterText = text.trimmed();
    m_order = order;
    m_filterCount = query.isEmpty() ? m_libraryCount : -1;
    if (query.isEmpty() && scope() == Scope::Filter)
        setScope(Scope::Library);
    updateScopeLabels();
    countPapers();
    schedulePreview();
}

void ExportDialog::setReadingList(const QString &name, const QList<qint64> &ids)
{
    m_listName = name;
    m_listPapers = ids;
    m_listButton->show();
    setScope(Scope::ReadingList);
    updateScopeLabels();
    schedulePreview();
}

ExportDialog::Scope ExportDialog::scope() const
{
    const int id = m_scopeGroup->checkedId();
    return id < 0 ? Scope::Library : Scope(id);
}

void ExportDialog::setScope(Scope scope)
{
    if (scope == Scope::Selection && m_selection.isEmpty())
        scope = Scope::Library;
    if (scope == Scope::Filter && m_query.isEmpty())
        scope = Scope::Library;
    if (scope == Scope::ReadingList && m_listName.isEmpty())
        scope = Scope::Library;
    m_scopeGroup->button(int(scope))->setChecked(true);
}

QString ExportDialog::formatId() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormatId(const QString &id)
{
    const int index = m_format->findData(id);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

qint64 ExportDialog::scopeCount(Scope scope) const
{
    switch (scope) {
    case Scope::Selection:
        return m_selection.size();
    case Scope::Filter:
        return m_query.isEmpty() ? m_libraryCount : m_filterCount;
    case Scope::Library:
        return m_libraryCount;
    case Scope::ReadingList:
        return m_listPapers.size();
    }
    return -1;
}

const ExportFormat *ExportDialog::currentFormat() const
{
    return ExportRegistry::instance().byId(formatId());
}

ExportScope ExportDialog::currentScope() const
{
    ExportScope result;
    result.order = m_order;
    switch (scope()) {
    case Scope::Selection:
        result.papers = m_selection;
        break;
    case Scope::Filter:
        result.query = m_query;
        break;
    case Scope::Library:
        break;
    case Scope::ReadingList:
        result.papers = m_listPapers;
        result.onlyPapers = true; // an empty list exports no papers, not the library
        break;
    }
    return result;
}

ExportContext ExportDialog::currentContext() const
{
    // A heading names what was exported where the format has one; a selection has no name.
    return {scope() == Scope::Filter ? m_filterText : scope() == Scope::ReadingList ? m_listName : QString()};
}

void ExportDialog::countPapers()
{
    const auto port = m_port;
    auto *self = this;
    const Query query = m_query;
    const Taxonomy taxonomy = m_taxonomy;
    m_reader->post([port, self, query, taxonomy](Library &library) {
        QueryRunner runner(library.db(), taxonomy);
        const qint64 total = runner.count(Query());
        const qint64 matching = query.isEmpty() ? total : runner.count(query);
        port->post([self, query, total, matching] {
            self->m_libraryCount = total;
            if (query.text() == self->m_query.text())
                self->m_filterCount = matching;
            self->updateScopeLabels();
            // The preview's "… and N more" line may have been waiting for the count of an empty scope.
            if (self->scopeCount(self->scope()) == 0)
                self->schedulePreview();
        });
    });
}

void ExportDialog::updateScopeLabels()
{
    m_selectionButton->setText(m_selection.isEmpty() ? tr("Selected papers (none selected)")
                                                     : tr("Selected papers (%1)").arg(countText(m_selection.size())));
    m_selectionButton->setEnabled(!m_selection.isEmpty() && !m_exporting);
    if (m_query.isEmpty()) {
        m_filterButton->setText(tr("Papers matching the current filter (no filter)"));
        m_filterButton->setToolTip(QString());
    } else {
        // A long filter is shortened here and shown whole in the tooltip.
        const QString filter = fontMetrics().elidedText(m_filterText, Qt::ElideMiddle, 360);
        m_filterButton->setText(tr("Papers matching the filter “%1” (%2)").arg(filter, countText(m_filterCount)));
        m_filterButton->setToolTip(m_filterText);
    }
    m_filterButton->setEnabled(!m_query.isEmpty() && !m_exporting);
    m_libraryButton->setText(tr("Whole library (%1)").arg(countText(m_libraryCount)));
    m_libraryButton->setEnabled(!m_exporting);
    m_listButton->setText(tr("Reading list “%1” in its order (%2)").arg(m_listName, countText(m_listPapers.size())));
    m_listButton->setEnabled(!m_exporting);
    m_export->setEnabled(!m_exporting && currentFormat() && scopeCount(scope()) != 0);
}

void ExportDialog::schedulePreview()
{
    m_previewPending = true;
    ++m_previewGeneration;
    m_latestPreview->store(m_previewGeneration);
    m_previewTimer->start();
    updateScopeLabels();
}

void ExportDialog::readPreview()
{
    const ExportFormat *format = currentFormat();
    if (!format) {
        m_preview->clear();
        m_more->setText(tr("No export format is available."));
        m_previewPending = false;
        Q_EMIT previewUpdated();
        return;
    }
    setPreviewFormat(format->id());
    m_more->setText(tr("Reading papers…"));
    const auto port = m_port;
    auto *self = this;
    const quint64 generation = m_previewGeneration;
    const auto latest = m_latestPreview;
    const ExportScope scope = currentScope();
    const ExportContext context = currentContext();
    const Taxonomy taxonomy = m_taxonomy;
    m_reader->post([port, self, generation, latest, format, scope, context, taxonomy](Library &library) {
        if (latest->load() != generation)
            return; // superseded before it started
        ExportJob job(library.db(), taxonomy);
        qint64 total = 0;
        const QString text = job.preview(*format, scope, context, previewPapers, &total);
        port->post([self, generation, text, total] { self->showPreview(generation, text, total); });
    });
}

void ExportDialog::showPreview(quint64 generation, const QString &text, qint64 total)
{
    if (generation != m_previewGeneration)
        return;
    m_previewPending = false;
    m_preview->setPlainText(text);
    if (total == 0)
        m_more->setText(tr("There are no papers to export."));
    else if (total > previewPapers)
        m_more->setText(tr("… and %1 more").arg(QLocale().toString(total - previewPapers)));
    else
        m_more->setText(tr("%n paper(s) in all", nullptr, int(total)));
    if (scope() == Scope::Filter)
        m_filterCount = total;
    else if (scope() == Scope::Library)
        m_libraryCount = total;
    updateScopeLabels();
    Q_EMIT previewUpdated();
}

void ExportDialog::setPreviewFormat(const QString &id)
{
    if (m_highlighter->format() == id)
        return;
    m_highlighter->setFormat(id);
    applyPreviewColours();
}

void ExportDialog::applyPreviewColours()
{
    // The highlighting theme's colours are meant for its own ground.
    QPalette colours = m_preview->palette();
    colours.setColor(QPalette::Base, m_highlighter->backgroundColor());
    colours.setColor(QPalette::Text, m_highlighter->textColor());
    m_preview->setPalette(colours);
}

void ExportDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        applyPreviewColours();
    }
}

void ExportDialog::chooseFileAndExport()
{
    const ExportFormat *format = currentFormat();
    if (!format || m_exporting)
        return;
    QSettings settings;
    const QString directory = settings.value(directoryKey, QDir::homePath()).toString();
    const QString suggested = QDir(directory).filePath(QStringLiteral("lectern-export.") + format->fileSuffix());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Papers"), suggested,
        tr("%1 files (*.%2);;All files (*)").arg(format->displayName(), format->fileSuffix()));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format->fileSuffix();
    settings.setValue(directoryKey, QFileInfo(path).absolutePath());
    exportTo(path);
}

void ExportDialog::exportTo(const QString &path)
{
    const ExportFormat *format = currentFormat();
    if (!format || m_exporting)
        return;
    m_cancelFlag->store(false);
    setExporting(true);
    const auto port = m_port;
    auto *self = this;
    const auto cancel = m_cancelFlag;
    const ExportScope scope = currentScope();
    const ExportContext context = currentContext();
    const Taxonomy taxonomy = m_taxonomy;
    m_reader->post([port, self, cancel, format, scope, context, taxonomy, path](Library &library) {
        ExportJob job(library.db(), taxonomy);
        job.setCancelFlag(cancel.get());
        // One update per thousandth at most, so a large export does not flood the GUI thread with events.
        job.setProgressHandler([port, self, shown = qint64(-1)](qint64 done, qint64 total) mutable {
            const qint64 step = total > 0 ? done * 1000 / total : 0;
            if (step == shown)
                return;
            shown = step;
            port->post([self, done, total] { self->onExportProgress(done, total); });
        });
        ExportResult result;
        try {
            result = job.exportToFile(*format, scope, context, path);
        } catch (const DatabaseError &e) {
            result.failed = true;
            result.error = e.message();
        }
        port->post([self, result, path] { self->onExportFinished(result, path); });
    });
}

void ExportDialog::cancelExport()
{
    if (m_exporting) {
        m_cancelFlag->store(true);
        m_cancel->setEnabled(false);
        m_progress->setFormat(tr("Cancelling…"));
    }
}

void ExportDialog::reject()
{
    // Escape during an export stops the export; the dialog stays to say so.
    if (m_exporting) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::setExporting(bool exporting)
{
    m_exporting = exporting;
    m_format->setEnabled(!exporting);
    m_close->setEnabled(!exporting);
    m_progress->setVisible(exporting);
    m_cancel->setVisible(exporting);
    m_cancel->setEnabled(exporting);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("%v of %m papers"));
    updateScopeLabels();
}

void ExportDialog::onExportProgress(qint64 done, qint64 total)
{
    if (!m_exporting || total <= 0)
        return;
    // QProgressBar counts in int; a library is far below INT_MAX papers.
    m_progress->setRange(0, int(total));
    m_progress->setValue(int(done));
}

void ExportDialog::onExportFinished(const ExportResult &result, const QString &path)
{
    setExporting(false);
    if (result.cancelled) {
        m_more->setText(tr("Export cancelled; no file was written."));
        return;
    }
    if (result.failed) {
        const QString error = result.error.isEmpty() ? tr("unknown error") : result.error;
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                            tr("Could not export to %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportFailed"));
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT exportFailed(path, error);
        return;
    }
    Q_EMIT exported(path, result.papers);
    accept();
}

} // namespace lectern
