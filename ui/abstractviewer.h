#pragma once

#include "domain/paper.h"
#include "store/paperreader.h"

#include <QHash>
#include <QTabWidget>

class QComboBox;
class QTextCursor;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace lectern {

class SourceHighlighter;
class Taxonomy;

// What the viewer shows of one paper: the paper, where it came from and the raw text of each record.
struct PaperDetails {
    Paper paper;
    QStringList tags;
    // Colours of tags ("#rrggbb" by full tag name) for the chips in the header; a tag without one gets a plain chip.
    QHash<QString, QString> tagColors;
    QList<SourceRef> sources;
    QStringList rawRecords; // one per source
};

// The selected paper: title, authors, identifiers as links, date, venue, comment, the reader's status, rating,
// priority and tags, the abstract as plain text (never interpreted as HTML) with technique signals and reported
// numbers highlighted, and the reader's note rendered from Markdown (raw HTML in it shown as text). A Source tab
// shows the raw text of every import record the paper came from, one at a time under a caption
// "file — line N — format" (a selector picks among several), coloured for its format.
class AbstractViewer : public QTabWidget
{
    Q_OBJECT

public:
    AbstractViewer(const Taxonomy &taxonomy, QWidget *parent = nullptr);

    void showPaper(const PaperDetails &details);
    void clear();
    // Marks a span of the abstract shown (code points, end exclusive) and scrolls to it: where a number came from.
    void focusSpan(qsizetype start, qsizetype end);
    // The text of the span marked by focusSpan() (for tests).
    QString focusedText() const { return m_focused; }
    qint64 paperId() const { return m_paperId; }
    // The plain text of the abstract view (for tests and copying).
    QString plainText() const;
    // The plain text of the rendered note, empty when the paper has none (for tests).
    QString noteText() const;
    QTextBrowser *browser() const { return m_browser; }

    // The Source tab: how many records the shown paper has, which one is shown, and its caption.
    int sourceCount() const { return int(m_sources.size()); }
    int currentSource() const { return m_currentSource; }
    void showSource(int index);
    QString sourceCaption() const;
    QPlainTextEdit *sourceView() const { return m_source; }
    SourceHighlighter *sourceHighlighter() const { return m_highlighter; }
    QComboBox *sourceSelector() const { return m_sourceSelector; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void insertCuration(QTextCursor &cursor, const PaperDetails &details);
    void insertNote(QTextCursor &cursor, const QString &markdown);
    void showSources(const QList<SourceRef> &sources, const QStringList &rawRecords, bool samePaper);
    void applySourceColors();

    const Taxonomy &m_taxonomy;
    QTextBrowser *m_browser;
    QWidget *m_sourcePage;
    QComboBox *m_sourceSelector;
    QLabel *m_sourceCaption;
    QPlainTextEdit *m_source;
    SourceHighlighter *m_highlighter;
    QList<SourceRef> m_sources;
    QStringList m_rawRecords;
    int m_currentSource = -1;
    qint64 m_paperId = 0;
    QString m_abstract;
    int m_abstractStart = 0;
    QString m_focused;
    int m_noteStart = -1; // where the rendered note begins in the browser's document
};

} // namespace lectern
