#include "csvmappingdialog.h"

#include "import/normalize.h"
#include "import/textdecoding.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lectern {

namespace {

// Enough for sampleLines lines of any sensible file; a longer read is cut at a line end, so no UTF-8 sequence
// is split.
constexpr qint64 maxSampleBytes = 1 << 20;

QString firstLines(const QString &text, int lines)
{
    qsizetype end = 0;
    for (int i = 0; i < lines && end >= 0; ++i) {
        end = text.indexOf(QLatin1Char('\n'), end);
        if (end >= 0)
            ++end;
    }
    return end < 0 ? text : text.left(end);
}

} // namespace

CsvMappingDialog::CsvMappingDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_intro(new QLabel(this))
    , m_columns(new QTableWidget(this))
    , m_preview(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("csvMappingDialog"));
    setWindowTitle(tr("Import CSV: %1").arg(QFileInfo(path).fileName()));

    m_intro->setObjectName(QStringLiteral("csvIntro"));
    m_intro->setWordWrap(true);
    m_columns->setObjectName(QStringLiteral("csvColumns"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Field")});
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setFocusPolicy(Qt::NoFocus); // the field boxes take the focus, not the table's cells
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setWordWrap(false);
    m_columns->setTextElideMode(Qt::ElideRight);
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_columns->setColumnWidth(0, 170);

    auto *previewLabel = new QLabel(tr("The first papers as they will be imported:"), this);
    m_preview->setObjectName(QStringLiteral("csvPreview"));
    m_preview->setHeaderLabels({tr("Title"), tr("Authors"), tr("Year")});
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setColumnWidth(0, 380);
    m_preview->setColumnWidth(1, 240);
    m_preview->setAlternatingRowColors(true);
    m_preview->setFixedHeight(m_preview->header()->sizeHint().height() + 2 * m_preview->frameWidth()
                              + previewPapers * (m_preview->fontMetrics().height() + 4));
    m_status->setObjectName(QStringLiteral("csvStatus"));
    m_status->setWordWrap(true);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_columns, 1);
    layout->addSpacing(6);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(780, 600);

    load();
    if (m_error.isEmpty()) {
        fillColumns();
        updatePreview();
    }
}

void CsvMappingDialog::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return;
    }
    QByteArray bytes = file.read(maxSampleBytes);
    if (!file.atEnd()) {
        const qsizetype lastLine = bytes.lastIndexOf('\n');
        if (lastLine >= 0)
            bytes.truncate(lastLine + 1);
    }
    m_text = firstLines(decodeFileText(bytes).text, sampleLines);
    m_header = readCsvHeader(m_text);
    if (m_header.columns.isEmpty()) {
        m_error = tr("%1 has no header line naming its columns.").arg(QDir::toNativeSeparators(m_path));
        return;
    }
    QString separator;
    if (m_header.delimiter == QLatin1Char(','))
        separator = tr("commas");
    else if (m_header.delimiter == QLatin1Char(';'))
        separator = tr("semicolons");
    else if (m_header.delimiter == QLatin1Char('\t'))
        separator = tr("tabs");
    else
        separator = QStringLiteral("“%1”").arg(m_header.delimiter);
    m_intro->setText(tr("%1 has %n column(s) separated by %2. Choose the field each column holds; Lectern needs a "
                        "Title or an Abstract column.",
                        nullptr, int(m_header.columns.size()))
                         .arg(QFileInfo(m_path).fileName(), separator));
}

void CsvMappingDialog::fillColumns()
{
    const CsvParser parser;
    const QList<CsvField> guessed = guessCsvMapping(m_header.columns);
    const QList<CsvField> fields = csvFields();
    m_columns->setRowCount(int(m_header.columns.size()));
    for (int column = 0; column < m_header.columns.size(); ++column) {
        const QString name = m_header.columns[column].trimmed();
        auto *nameItem = new QTableWidgetItem(name.isEmpty() ? tr("(column %1)").arg(column + 1) : name);
        m_columns->setItem(column, 0, nameItem);

        // The parser is the one reader of CSV quoting and delimiters: a column's values are what it reads as
        // titles when that column alone is the Title (rows where it is empty are skipped).
        QList<CsvField> alone(m_header.columns.size(), CsvField::Ignore);
        alone[column] = CsvField::Title;
        QStringList values;
        for (const RawRecord &record : parser.parse(m_text, alone).records) {
            values.append(record.paper.title.simplified());
            if (values.size() == sampleValues)
                break;
        }
        auto *sampleItem = new QTableWidgetItem(values.join(QStringLiteral("  ·  ")));
        sampleItem->setToolTip(values.join(QLatin1Char('\n')));
        if (values.isEmpty()) {
            sampleItem->setText(tr("(empty)"));
            sampleItem->setForeground(palette().color(QPalette::PlaceholderText));
        }
        m_columns->setItem(column, 1, sampleItem);

        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("csvField%1").arg(column));
        for (CsvField field : fields)
            combo->addItem(csvFieldName(field), int(field));
        combo->setCurrentIndex(combo->findData(int(column < guessed.size() ? guessed[column] : CsvField::Ignore)));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::updatePreview);
        m_columns->setCellWidget(column, 2, combo);
    }
    m_columns->resizeRowsToContents();
    // As tall as its rows, up to a dozen of them (more scroll), so a file of few columns gets a compact dialog.
    int height = m_columns->horizontalHeader()->sizeHint().height() + 2 * m_columns->frameWidth();
    for (int row = 0; row < m_columns->rowCount() && row < 12; ++row)
        height += m_columns->rowHeight(row);
    m_columns->setMinimumHeight(height);
    resize(width(), sizeHint().height());
}

QList<CsvField> CsvMappingDialog::mapping() const
{
    QList<CsvField> result;
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(row, 2));
        result.append(combo ? CsvField(combo->currentData().toInt()) : CsvField::Ignore);
    }
    return result;
}

void CsvMappingDialog::setField(int column, CsvField field)
{
    if (auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2)))
        combo->setCurrentIndex(combo->findData(int(field)));
}

void CsvMappingDialog::updatePreview()
{
    m_preview->clear();
    const QList<CsvField> fields = mapping();
    const bool canImport = mappingCanImport(fields);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canImport);
    if (!canImport) {
        m_status->setText(tr("Choose Title or Abstract for at least one column to import the file."));
        return;
    }
    const ParseResult parsed = CsvParser().parse(m_text, fields);
    QFont provisional = m_preview->font();
    provisional.setItalic(true);
    for (const RawRecord &record : parsed.records) {
        if (m_preview->topLevelItemCount() == previewPapers)
            break;
        Paper paper = record.paper;
        normalizePaper(paper);
        QString authors = paper.authors.join(QStringLiteral(", "));
        if (authors.isEmpty() && paper.authorCount)
            authors = tr("%n author(s)", nullptr, *paper.authorCount);
        auto *item = new QTreeWidgetItem(
            m_preview, {paper.title, authors, paper.year ? QString::number(*paper.year) : paper.date});
        item->setToolTip(0, paper.title);
        item->setToolTip(1, authors);
        if (paper.titleIsProvisional) {
            // As the table shows a title made from the abstract: a stand-in, in italics.
            item->setFont(0, provisional);
            item->setForeground(0, palette().color(QPalette::PlaceholderText));
        }
    }
    if (m_preview->topLevelItemCount() == 0) {
        const QString reason = parsed.messages.isEmpty() ? QString() : parsed.messages.first().text;
        m_status->setText(reason.isEmpty() ? tr("No papers can be read with these fields.")
                                           : tr("No papers can be read with these fields: %1").arg(reason));
    } else {
        m_status->clear();
    }
}

} // namespace lectern
