#pragma once

#include "import/csvparser.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace lectern {

// Asks which Paper field each column of a CSV/TSV file holds: one row per column with its name, its first
// values and a field, preselected with guessCsvMapping(), and a preview of the first papers as they would be
// read. Import is possible once a column is a Title or an Abstract. Only the beginning of the file is read
// here, on the GUI thread; the caller imports the whole file with mapping().
class CsvMappingDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int sampleLines = 50; // of the file, read for the samples and the preview
    static constexpr int sampleValues = 3; // per column
    static constexpr int previewPapers = 5;

    explicit CsvMappingDialog(const QString &path, QWidget *parent = nullptr);

    // Why the file cannot be mapped (unreadable, no header line); empty when the dialog can be shown.
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QStringList columns() const { return m_header.columns; }
    // One field per column.
    QList<CsvField> mapping() const;
    void setField(int column, CsvField field);

private:
    void load();
    void fillColumns();
    void updatePreview();

    QString m_path;
    QString m_error;
    QString m_text; // the file's first sampleLines lines, decoded
    CsvHeader m_header;
    QLabel *m_intro;
    QTableWidget *m_columns;
    QTreeWidget *m_preview;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace lectern
