#pragma once

#include "domain/paper.h"
#include "store/paperreader.h"

#include <QTabWidget>

class QTextBrowser;
class QPlainTextEdit;

namespace lectern {

class Taxonomy;

// What the viewer shows of one paper: the paper, where it came from and the raw text of each record.
struct PaperDetails {
    Paper paper;
    QStringList tags;
    QList<SourceRef> sources;
    QStringList rawRecords; // one per source
};

// The selected paper: title, authors, identifiers as links, date, venue, comment, and the abstract as plain
// text (never interpreted as HTML) with technique signals and reported numbers highlighted. A Source tab
// shows the raw text of every import record the paper came from.
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
    QTextBrowser *browser() const { return m_browser; }

private:
    const Taxonomy &m_taxonomy;
    QTextBrowser *m_browser;
    QPlainTextEdit *m_source;
    qint64 m_paperId = 0;
    QString m_abstract;
    int m_abstractStart = 0;
    QString m_focused;
};

} // namespace lectern
