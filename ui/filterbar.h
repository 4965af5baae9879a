#pragma once

#include "query/query.h"
#include "query/querycompletion.h"

#include <QPointer>
#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace lectern {

class QueryHelpPopup;

// The filter line: every keystroke parses the text as a query being typed and hands it on. An invalid query
// is shown with where it is wrong (underlined, "at character N", and selectable with F8) instead of silently
// matching nothing. As the user types, a popup completes the term at the cursor (field names, the library's
// tags, techniques, lists, metric kinds and units); Tab accepts, Enter accepts a row picked with the arrows,
// Esc closes. "?" or F1 shows the syntax.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    QString text() const;
    // Sets the text (e.g. from a chart click) and applies it.
    void setText(const QString &text);
    const Query &query() const { return m_query; }
    QLineEdit *lineEdit() const { return m_edit; }
    void setCountText(const QString &text);

    // The library's values the completion offers; the window refreshes them after imports and edits.
    void setCompletionSource(const CompletionSource &source);
    const CompletionSource &completionSource() const { return m_source; }
    QCompleter *completer() const { return m_completer; }
    // The syntax popup, once shown (nullptr before).
    QueryHelpPopup *helpPopup() const;
    // The part of the text an invalid filter is wrong at: start and length; length 0 when the filter is valid.
    std::pair<int, int> errorRange() const { return {m_errorStart, m_errorLength}; }

public Q_SLOTS:
    void showSyntaxHelp();
    // Selects the wrong part of an invalid filter in the line, so it can be retyped.
    void selectError();
    // Offers completions for the term at the cursor (also Ctrl+Space).
    void complete();

Q_SIGNALS:
    void queryChanged(const lectern::Query &query);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged(const QString &text);
    void acceptCompletion(int row);
    void insertExample(const QString &example);
    void showError(const Query &query);
    void underline(int start, int length);

    QLineEdit *m_edit;
    QToolButton *m_helpButton;
    QLabel *m_message;
    QLabel *m_count;
    QCompleter *m_completer;
    QStringListModel *m_completionModel;
    QPointer<QueryHelpPopup> m_help;
    CompletionSource m_source;
    Completion m_completion;
    bool m_accepting = false;
    int m_errorStart = 0;
    int m_errorLength = 0;
    Query m_query;
};

} // namespace lectern
