#pragma once

#include "query/query.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace lectern {

// The filter line: every keystroke parses the text as a query being typed and hands it on. An invalid query
// is shown with where it is wrong instead of silently matching nothing.
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

Q_SIGNALS:
    void queryChanged(const lectern::Query &query);

private:
    void onTextChanged(const QString &text);

    QLineEdit *m_edit;
    QLabel *m_message;
    QLabel *m_count;
    Query m_query;
};

} // namespace lectern
