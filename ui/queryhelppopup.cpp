#include "queryhelppopup.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lectern {

namespace {

constexpr int kExampleRole = Qt::UserRole + 1;

struct Construct {
    const char *example;
    const char *meaning;
};

struct Section {
    const char *title;
    QList<Construct> constructs;
};

// Every construct of the language (src/query/query.h), with a real example; the examples are not translated
// because the language is not.
QList<Section> sections()
{
    return {
        {QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "Words"),
         {
             {"pruning",
              QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "the word in the title, abstract, authors or note")},
             {"\"knowledge distillation\"", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "the exact phrase")},
         }},
        {QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "Fields"),
         {
             {"title:transformer", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "the word in the title")},
             {"abstract:sparsity", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "the word in the abstract")},
             {"author:hinton", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "a word of an author's name")},
             {"note:revisit", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "the word in your note")},
             {"venue:neurips", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "the venue contains the text")},
             {"year:2023", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "published in 2023")},
             {"year:2020..2024",
              QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "published from 2020 to 2024; either end may be left out")},
             {"year>=2020", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "published in 2020 or later (also >, <, <=)")},
             {"arxiv:2308.11062", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "the paper with this arXiv id")},
             {"doi:10.48550/arxiv.2308.11062", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "the paper with this DOI")},
         }},
        {QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "Techniques and metrics"),
         {
             {"technique:quantization",
              QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "uses the technique, or any technique of its group")},
             {"metric:speedup", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "reports a number of this kind")},
             {"speedup>=2", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup",
                                              "reports a speedup of at least 2× (a bare number means × for speedup, "
                                              "throughput and model size, % for accuracy)")},
             {"accuracy>=75", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "reports an accuracy of at least 75%")},
             {"memory>40%", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup",
                                              "reports a memory change above 40%; only values in % are compared")},
             {"latency<10ms", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup",
                                                "reports a latency under 10 ms; the unit picks the values compared")},
             {"has:metrics", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup",
                                               "reports any number (also has:techniques, has:abstract, has:title)")},
         }},
        {QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "Your curation"),
         {
             {"tag:compression",
              QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "has the tag or one of its sub-tags (compression/…)")},
             {"status:unread", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "reading status: unread, reading or read")},
             {"rating>=3",
              QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "rated 3 stars or more; rating:0 finds the unrated")},
             {"priority:high", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "priority: high, normal or low")},
             {"list:\"to read\"",
              QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "in the reading list of that name (any case)")},
             {"has:note", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "has a note")},
         }},
        {QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "Combining"),
         {
             {"pruning quantization",
              QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "both: terms side by side must all match")},
             {"pruning OR quantization", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "either one")},
             {"-status:read", QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "not: a minus before any term excludes it")},
             {"(pruning OR distillation) year>=2022",
              QT_TRANSLATE_NOOP("lectern::QueryHelpPopup", "parentheses group terms")},
         }},
    };
}

} // namespace

QueryHelpPopup::QueryHelpPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("queryHelpPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);

    auto *title = new QLabel(tr("Filter syntax"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    auto *hint = new QLabel(tr("Click an example, or select it and press Enter, to add it to the filter. "
                               "Terms side by side must all match. Esc closes."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_tree->setObjectName(QStringLiteral("queryHelpExamples"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Example"), tr("Meaning")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMouseTracking(true);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QFont sectionFont = m_tree->font();
    sectionFont.setBold(true);
    for (const Section &section : sections()) {
        auto *heading = new QTreeWidgetItem(m_tree, {tr(section.title)});
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setFont(0, sectionFont);
        heading->setFirstColumnSpanned(true);
        for (const Construct &c : section.constructs) {
            const QString example = QString::fromUtf8(c.example);
            auto *item = new QTreeWidgetItem(heading, {example, tr(c.meaning)});
            item->setData(0, kExampleRole, example);
            item->setFont(0, fixed);
            item->setForeground(0, palette().brush(QPalette::Link));
            item->setToolTip(0, tr("Add “%1” to the filter").arg(example));
            item->setToolTip(1, tr(c.meaning));
        }
        heading->setExpanded(true);
    }
    m_tree->resizeColumnToContents(0);
    m_tree->setColumnWidth(0, m_tree->columnWidth(0) + fontMetrics().horizontalAdvance(QStringLiteral("MM")));

    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { choose(item); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { choose(item); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);
}

QTreeWidgetItem *QueryHelpPopup::itemFor(const QString &example) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = m_tree->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j) {
            if (section->child(j)->data(0, kExampleRole).toString() == example)
                return section->child(j);
        }
    }
    return nullptr;
}

void QueryHelpPopup::showBelow(QWidget *anchor)
{
    const int rows = [this] {
        int n = m_tree->topLevelItemCount();
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            n += m_tree->topLevelItem(i)->childCount();
        return n;
    }();
    const int rowHeight = m_tree->sizeHintForRow(1) > 0 ? m_tree->sizeHintForRow(1) : fontMetrics().height() + 6;
    const int wanted = m_tree->columnWidth(0) + fontMetrics().averageCharWidth() * 80;
    QSize size(std::max(anchor->width(), wanted), sizeHint().height() - m_tree->sizeHint().height()
                                                      + m_tree->header()->sizeHint().height() + rows * rowHeight
                                                      + 2 * m_tree->frameWidth() + 4);
    QPoint position = anchor->mapToGlobal(QPoint(0, anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        size = size.boundedTo(available.size() * 9 / 10);
        position.setX(std::clamp(position.x(), available.left(), available.right() - size.width()));
        if (position.y() + size.height() > available.bottom())
            position.setY(std::max(available.top(), anchor->mapToGlobal(QPoint(0, 0)).y() - size.height()));
    }
    resize(size);
    move(position);
    show();
    m_tree->setFocus();
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
}

void QueryHelpPopup::choose(QTreeWidgetItem *item)
{
    const QString example = item ? item->data(0, kExampleRole).toString() : QString();
    if (example.isEmpty())
        return; // a section heading
    close();
    Q_EMIT exampleChosen(example);
}

} // namespace lectern
