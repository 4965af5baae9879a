#include "filterbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lectern {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("filterEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr(
        "Filter papers: words, \"a phrase\", title:…, author:…, year:2020..2024, technique:pruning, metric:speedup"));
    m_message->setObjectName(QStringLiteral("filterMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_message->hide();
    m_count->setObjectName(QStringLiteral("filterCount"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("1,000,000 papers")));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_edit, &QLineEdit::textChanged, this, &FilterBar::onTextChanged);
}

QString FilterBar::text() const
{
    return m_edit->text();
}

void FilterBar::setText(const QString &text)
{
    m_edit->setText(text);
}

void FilterBar::setCountText(const QString &text)
{
    m_count->setText(text);
}

void FilterBar::onTextChanged(const QString &text)
{
    Query query = Query::parse(text, {.asYouType = true});
    if (!query.isValid()) {
        m_message->setText(
            tr("Not a valid filter at character %1: %2").arg(query.errorPosition() + 1).arg(query.errorMessage()));
        m_message->show();
        m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
        return; // keep showing the last valid result while the user fixes the text
    }
    m_message->hide();
    m_edit->setStyleSheet(QString());
    m_query = query;
    Q_EMIT queryChanged(m_query);
}

} // namespace lectern
