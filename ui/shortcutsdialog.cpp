#include "shortcutsdialog.h"

#include "actioncatalog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lectern {

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setModal(false);
    setSizeGripEnabled(true);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search shortcuts"));
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);

    m_empty = new QLabel(tr("No shortcut matches the search."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    const int line = fontMetrics().height();
    resize(line * 34, line * 40);
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::addExtraShortcut(const QString &group, const QString &keys, const QString &description)
{
    m_extras.append({group, keys, description});
    if (isVisible())
        reload();
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    reload();
    m_search->setFocus(Qt::OtherFocusReason);
    QDialog::showEvent(event);
}

void ShortcutsDialog::reload()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    QFont groupFont = m_tree->font();
    groupFont.setBold(true);
    const auto groupItem = [&](const QString &name) {
        QTreeWidgetItem *&item = groups[name];
        if (!item) {
            item = new QTreeWidgetItem(m_tree, {name});
            item->setFirstColumnSpanned(true);
            item->setFont(ActionColumn, groupFont);
            item->setFlags(Qt::ItemIsEnabled);
        }
        return item;
    };

    const QList<CatalogAction> actions = catalogActions(m_window);
    for (const CatalogAction &entry : actions) {
        const QString keys = shortcutText(entry.action);
        if (keys.isEmpty())
            continue;
        const QString group = entry.menuPath.isEmpty() ? tr("General") : entry.pathLabel();
        auto *item = new QTreeWidgetItem(groupItem(group), {entry.text, keys});
        item->setIcon(ActionColumn, entry.action->icon());
        const QString tip = withoutMnemonics(entry.action->toolTip());
        if (tip != entry.text)
            item->setToolTip(ActionColumn, tip);
    }
    for (const Extra &extra : std::as_const(m_extras)) {
        new QTreeWidgetItem(groupItem(extra.group), {extra.description, extra.keys});
    }
    m_tree->expandAll();
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto matches = [&words](const QString &haystack) {
        return std::all_of(words.cbegin(), words.cend(),
                           [&haystack](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
    };
    int shown = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shownInGroup = 0;
        for (int r = 0; r < group->childCount(); ++r) {
            QTreeWidgetItem *row = group->child(r);
            const QString haystack = group->text(ActionColumn) + QLatin1Char(' ') + row->text(ActionColumn)
                                     + QLatin1Char(' ') + row->text(ShortcutColumn);
            const bool visible = matches(haystack);
            row->setHidden(!visible);
            shownInGroup += visible ? 1 : 0;
        }
        group->setHidden(shownInGroup == 0);
        shown += shownInGroup;
    }
    m_empty->setVisible(shown == 0);
}

} // namespace lectern
