#include "taxonomydialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace lectern {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int LabelColumn = 0;
constexpr int IdColumn = 1;
constexpr int PapersColumn = 2;
// How long the editors wait after the last keystroke before applying what they hold.
constexpr int ApplyDelayMs = 600;

QString nodeId(const QTreeWidgetItem *item)
{
    return item ? item->data(LabelColumn, IdRole).toString() : QString();
}

QStringList lines(const QPlainTextEdit *edit)
{
    return edit->toPlainText().split(u'\n');
}

// Text for hints under the editors: smaller and in the secondary text colour.
QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

// The tree of groups and techniques. Dragging a node onto a group, or between the rows of a group, asks for a move;
// the taxonomy decides, and the dialog rebuilds the tree from it, so the view never moves items on its own.
class TaxonomyTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

    std::function<void(const QString &id, const QString &newParentId)> moveRequested;

    // The parent a node dropped at `pos` (viewport coordinates) would get.
    QString dropParent(const QPoint &pos) const
    {
        const QTreeWidgetItem *target = itemAt(pos);
        if (!target)
            return QString(); // below the last row: the top level
        const QRect rect = visualItemRect(target);
        const int margin = std::clamp(rect.height() / 4, 2, 12);
        const bool onItem = pos.y() - rect.top() >= margin && rect.bottom() - pos.y() >= margin;
        if (onItem && (target->flags() & Qt::ItemIsDropEnabled))
            return nodeId(target);
        return nodeId(target->parent()); // beside the target: its parent
    }

    static QString mimeType() { return QStringLiteral("application/x-lectern-taxonomy-node"); }

protected:
    QStringList mimeTypes() const override { return {mimeType()}; }

    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.size() != 1)
            return nullptr;
        auto *data = new QMimeData;
        data->setData(mimeType(), nodeId(items.first()).toUtf8());
        return data;
    }

    void dropEvent(QDropEvent *event) override
    {
        stopAutoScroll();
        setState(NoState);
        viewport()->update();
        if (!event->mimeData()->hasFormat(mimeType())) {
            event->ignore();
            return;
        }
        const QString id = QString::fromUtf8(event->mimeData()->data(mimeType()));
        const QString parent = dropParent(event->position().toPoint());
        // Nothing for the drag source to remove: the tree is rebuilt from the taxonomy.
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
        if (moveRequested)
            moveRequested(id, parent);
    }
};

TaxonomyDialog::TaxonomyDialog(const Taxonomy &current, const QHash<QString, int> &papersPerTechnique, QWidget *parent)
    : QDialog(parent)
    , m_original(current)
    , m_taxonomy(current)
    , m_papers(papersPerTechnique)
    , m_tree(new TaxonomyTree(this))
    , m_details(new QWidget(this))
    , m_kindLabel(new QLabel(this))
    , m_labelEdit(new QLineEdit(this))
    , m_idEdit(new QLineEdit(this))
    , m_moveCombo(new QComboBox(this))
    , m_signalsEdit(new QPlainTextEdit(this))
    , m_weakSignalsEdit(new QPlainTextEdit(this))
    , m_yieldsToEdit(new QPlainTextEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_applyTimer(new QTimer(this))
{
    setWindowTitle(tr("Technique Taxonomy"));
    setObjectName(QStringLiteral("taxonomyDialog"));
    setMinimumSize(760, 480);
    resize(900, 600);

    auto *intro = new QLabel(tr("Techniques are assigned to papers when their signals appear in the title or "
                                "abstract. Changes re-extract the whole library."),
                             this);
    intro->setObjectName(QStringLiteral("taxonomyIntro"));
    intro->setWordWrap(true);

    // Left: the toolbar and the tree.
    m_tree->setObjectName(QStringLiteral("taxonomyTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Technique"), tr("Id"), tr("Papers")});
    m_tree->headerItem()->setTextAlignment(PapersColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(PapersColumn, QHeaderView::ResizeToContents);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    // Not InternalMove: that checks the drag's source, which only real drags have. Only the tree's own format
    // is accepted (see TaxonomyTree::mimeTypes), and the tree never moves items itself.
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDragDropOverwriteMode(false);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setAccessibleName(tr("Techniques and groups"));
    m_tree->moveRequested = [this](const QString &id, const QString &newParentId) {
        // After the drag has finished with the items it knows.
        QMetaObject::invokeMethod(
            this, [this, id, newParentId] { moveNode(id, newParentId); }, Qt::QueuedConnection);
    };

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("taxonomyToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    buildActions();
    toolBar->addAction(m_addTechniqueAction);
    toolBar->addAction(m_addGroupAction);
    toolBar->addSeparator();
    toolBar->addAction(m_renameAction);
    toolBar->addAction(m_removeAction);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(2);
    leftLayout->addWidget(toolBar);
    leftLayout->addWidget(m_tree, 1);

    // Right: the details of the selected node.
    m_details->setObjectName(QStringLiteral("taxonomyDetails"));
    m_kindLabel->setObjectName(QStringLiteral("kindLabel"));
    m_kindLabel->setWordWrap(true);
    m_kindLabel->setTextFormat(Qt::PlainText);
    m_labelEdit->setObjectName(QStringLiteral("labelEdit"));
    m_labelEdit->installEventFilter(this);
    m_idEdit->setObjectName(QStringLiteral("idEdit"));
    m_idEdit->setReadOnly(true);
    m_idEdit->setFocusPolicy(Qt::ClickFocus); // selectable, but not a stop on the way through the form
    m_idEdit->setFrame(false);
    QPalette idPalette = m_idEdit->palette(); // read-only: drawn on the window, not as a field
    idPalette.setColor(QPalette::Base, idPalette.color(QPalette::Window));
    m_idEdit->setPalette(idPalette);
    m_moveCombo->setObjectName(QStringLiteral("moveToCombo"));
    m_moveCombo->setToolTip(tr("The group this node belongs to. You can also drag it in the tree."));
    m_moveCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_moveCombo->setMinimumContentsLength(16);

    const int lineHeight = fontMetrics().lineSpacing();
    struct PhraseEditor {
        QPlainTextEdit *edit;
        const char *name;
        QString placeholder;
        QString hint;
        int maxLines;
        QWidget **row;
    };
    const PhraseEditor editors[] = {
        {m_signalsEdit, "signalsEdit", tr("low-rank adaptation\nlora"),
         tr("One phrase per line. Case, plurals and hyphens do not matter; “*” stands for up to two words."), 0,
         &m_signalsRow},
        {m_weakSignalsEdit, "weakSignalsEdit", tr("efficient * adapter"),
         tr("Count only in the paper's own sentences (“we”, “our”, “this work”) or when seen twice."), 4,
         &m_weakSignalsRow},
        {m_yieldsToEdit, "yieldsToEdit", tr("quantization"),
         tr("Ids of more specific techniques, one per line: when one of them is assigned, this one is dropped."), 4,
         &m_yieldsToRow},
    };
    for (const PhraseEditor &e : editors) {
        e.edit->setObjectName(QString::fromLatin1(e.name));
        e.edit->setPlaceholderText(e.placeholder);
        e.edit->setTabChangesFocus(true);
        e.edit->setLineWrapMode(QPlainTextEdit::NoWrap);
        e.edit->installEventFilter(this);
        if (e.maxLines > 0)
            e.edit->setMaximumHeight(lineHeight * e.maxLines + 2 * e.edit->frameWidth() + 8);
        auto *row = new QWidget(m_details);
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(2);
        rowLayout->addWidget(e.edit, 1);
        rowLayout->addWidget(hintLabel(e.hint, row));
        *e.row = row;
        connect(e.edit, &QPlainTextEdit::textChanged, this, [this] {
            m_signalsDirty = true;
            m_applyTimer->start();
        });
    }

    m_form = new QFormLayout(m_details);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_kindLabel);
    m_form->addRow(tr("&Name:"), m_labelEdit);
    m_form->addRow(tr("Id:"), m_idEdit);
    m_form->addRow(tr("In &group:"), m_moveCombo);
    m_form->addRow(tr("&Signals:"), m_signalsRow);
    m_form->addRow(tr("&Weak signals:"), m_weakSignalsRow);
    m_form->addRow(tr("&Yields to:"), m_yieldsToRow);
    // The form's labels are buddies of the rows; the editors inside take the focus.
    for (QWidget *row : {m_signalsRow, m_weakSignalsRow, m_yieldsToRow}) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(row)))
            label->setBuddy(row->findChild<QPlainTextEdit *>());
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("taxonomySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);

    m_errorLabel->setObjectName(QStringLiteral("taxonomyError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xda, 0x44, 0x53)); // Breeze's negative text
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("taxonomyButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TaxonomyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaxonomyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(ApplyDelayMs);
    connect(m_applyTimer, &QTimer::timeout, this, [this] { applyPendingEdits(); });
    connect(m_labelEdit, &QLineEdit::textEdited, this, [this] {
        m_labelDirty = true;
        m_applyTimer->start();
    });
    connect(m_labelEdit, &QLineEdit::editingFinished, this, [this] { applyLabel(); });
    connect(m_moveCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_shownId;
        if (!id.isEmpty())
            moveNode(id, m_moveCombo->itemData(index).toString());
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TaxonomyDialog::onCurrentItemChanged);
    connect(m_tree, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem *item) { m_collapsed.insert(nodeId(item)); });
    connect(m_tree, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem *item) { m_collapsed.remove(nodeId(item)); });

    rebuildTree();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_tree->setFocus();
    updateActions();
}

TaxonomyDialog::~TaxonomyDialog()
{
    // The editors outlive this part of the object (QDialog's destructor hides the dialog, which moves the
    // focus); neither their focus-out events nor their signals (editingFinished) may reach it.
    for (QObject *watched :
         std::initializer_list<QObject *>{m_labelEdit, m_signalsEdit, m_weakSignalsEdit, m_yieldsToEdit}) {
        watched->removeEventFilter(this);
        watched->disconnect(this);
    }
    m_moveCombo->disconnect(this);
    m_tree->disconnect(this);
    m_applyTimer->stop();
}

void TaxonomyDialog::buildActions()
{
    m_addTechniqueAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add &Technique…"), this);
    m_addTechniqueAction->setObjectName(QStringLiteral("addTechniqueAction"));
    m_addTechniqueAction->setToolTip(tr("Add a technique to the selected group"));
    m_addTechniqueAction->setShortcut(QKeySequence::New);
    connect(m_addTechniqueAction, &QAction::triggered, this, &TaxonomyDialog::addTechnique);

    m_addGroupAction = new QAction(QIcon::fromTheme(QStringLiteral("folder-new")), tr("Add Gro&up…"), this);
    m_addGroupAction->setObjectName(QStringLiteral("addGroupAction"));
    m_addGroupAction->setToolTip(tr("Add a group, with a first technique in it, next to the selection"));
    m_addGroupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addGroupAction, &QAction::triggered, this, &TaxonomyDialog::addGroup);

    m_renameAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-rename")), tr("&Rename"), this);
    m_renameAction->setObjectName(QStringLiteral("renameAction"));
    m_renameAction->setToolTip(tr("Edit the name of the selection (its id stays)"));
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_renameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_renameAction, &QAction::triggered, this, &TaxonomyDialog::renameCurrent);

    m_removeAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Re&move"), this);
    m_removeAction->setObjectName(QStringLiteral("removeAction"));
    m_removeAction->setToolTip(tr("Remove the selection; a group goes with all its techniques"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut); // Delete in an editor deletes text
    connect(m_removeAction, &QAction::triggered, this, &TaxonomyDialog::removeCurrent);

    // In the tree's context menu too, where F2 and Delete work when it has the focus.
    m_tree->addActions({m_addTechniqueAction, m_addGroupAction, m_renameAction, m_removeAction});
}

QTreeWidget *TaxonomyDialog::tree() const
{
    return m_tree;
}

QString TaxonomyDialog::currentNodeId() const
{
    return nodeId(m_tree->currentItem());
}

void TaxonomyDialog::setCurrentNodeId(const QString &id)
{
    if (QTreeWidgetItem *item = itemFor(id)) {
        m_tree->setCurrentItem(item);
        m_tree->scrollToItem(item);
    }
}

QString TaxonomyDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QTreeWidgetItem *TaxonomyDialog::itemFor(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (nodeId(*it) == id)
            return *it;
    }
    return nullptr;
}

QString TaxonomyDialog::paperCountText(const QString &id) const
{
    const auto count = m_papers.constFind(id);
    if (count == m_papers.cend()) {
        if (!m_taxonomy.isLeaf(id))
            return QString(); // a group: its techniques overlap, so their counts do not add up
        if (!m_original.node(id))
            return tr("new");
        return tr("%1 papers").arg(QLocale().toString(0));
    }
    return *count == 1 ? tr("1 paper") : tr("%1 papers").arg(QLocale().toString(*count));
}

void TaxonomyDialog::fillItem(QTreeWidgetItem *item, const TechniqueNode &node) const
{
    const bool group = !m_taxonomy.isLeaf(node.id);
    item->setText(LabelColumn, node.label);
    item->setData(LabelColumn, IdRole, node.id);
    item->setText(IdColumn, node.id);
    item->setText(PapersColumn, paperCountText(node.id));
    item->setTextAlignment(PapersColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setForeground(IdColumn, m_tree->palette().brush(QPalette::PlaceholderText));
    item->setIcon(LabelColumn,
                  group ? QIcon::fromTheme(QStringLiteral("folder"), style()->standardIcon(QStyle::SP_DirIcon))
                        : QIcon::fromTheme(QStringLiteral("tag")));
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    if (group)
        flags |= Qt::ItemIsDropEnabled; // only groups take children
    item->setFlags(flags);
    item->setToolTip(LabelColumn, group ? tr("Group “%1”: filter with technique:%2").arg(node.label, node.id)
                                        : tr("Technique “%1”: filter with technique:%2").arg(node.label, node.id));
}

void TaxonomyDialog::rebuildTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    // Parents before children whatever the order of nodes(); siblings keep their order.
    std::function<void(const QString &, QTreeWidgetItem *)> addChildren = [&](const QString &parentId,
                                                                              QTreeWidgetItem *parentItem) {
        for (const TechniqueNode &node : m_taxonomy.nodes()) {
            if (node.parentId != parentId)
                continue;
            auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_tree);
            fillItem(item, node);
            items.insert(node.id, item);
            addChildren(node.id, item);
        }
    };
    addChildren(QString(), nullptr);
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (it.value()->childCount() > 0)
            it.value()->setExpanded(!m_collapsed.contains(it.key()));
    }
    if (QTreeWidgetItem *current = items.value(m_shownId)) {
        m_tree->setCurrentItem(current);
        m_tree->scrollToItem(current);
    } else {
        m_shownId.clear();
    }
    showDetails();
    updateActions();
}

void TaxonomyDialog::onCurrentItemChanged()
{
    // The editors still hold the previous node: apply them to it first.
    m_applyTimer->stop();
    if (applyPendingEdits())
        clearError();
    m_shownId = currentNodeId();
    showDetails();
    updateActions();
}

void TaxonomyDialog::showDetails()
{
    const TechniqueNode *node = m_taxonomy.node(m_shownId);
    const QSignalBlocker blockLabel(m_labelEdit);
    const QSignalBlocker blockSignals(m_signalsEdit);
    const QSignalBlocker blockWeak(m_weakSignalsEdit);
    const QSignalBlocker blockYields(m_yieldsToEdit);
    m_labelDirty = false;
    m_signalsDirty = false;
    m_details->setEnabled(node != nullptr);
    if (!node) {
        m_kindLabel->setText(tr("Select a technique or a group to edit it."));
        m_labelEdit->clear();
        m_idEdit->clear();
        m_moveCombo->clear();
        for (QPlainTextEdit *edit : {m_signalsEdit, m_weakSignalsEdit, m_yieldsToEdit})
            edit->clear();
        for (QWidget *row : {m_signalsRow, m_weakSignalsRow, m_yieldsToRow})
            m_form->setRowVisible(row, true);
        return;
    }
    const bool leaf = m_taxonomy.isLeaf(node->id);
    if (leaf) {
        m_kindLabel->setText(tr("A technique: it is assigned to a paper when one of its signals appears in the "
                                "title or abstract. Filter with technique:%1.")
                                 .arg(node->id));
    } else {
        const qsizetype count = m_taxonomy.leavesUnder(node->id).size();
        const QString techniques = count == 1 ? tr("1 technique") : tr("%1 techniques").arg(count);
        m_kindLabel->setText(tr("A group of %1. Filtering with technique:%2 includes all of them; a group carries "
                                "no signals of its own.")
                                 .arg(techniques, node->id));
    }
    m_labelEdit->setText(node->label);
    m_idEdit->setText(node->id);
    m_idEdit->setToolTip(m_added.contains(node->id)
                             ? tr("The id of a new node follows its name until you press OK.")
                             : tr("Filters and stored facts use the id, so it stays when the name changes."));
    fillMoveTargets(*node);
    m_signalsEdit->setPlainText(node->signals_.join(u'\n'));
    m_weakSignalsEdit->setPlainText(node->weakSignals.join(u'\n'));
    m_yieldsToEdit->setPlainText(node->yieldsTo.join(u'\n'));
    for (QWidget *row : {m_signalsRow, m_weakSignalsRow, m_yieldsToRow})
        m_form->setRowVisible(row, leaf);
}

void TaxonomyDialog::fillMoveTargets(const TechniqueNode &node)
{
    const QSignalBlocker blocker(m_moveCombo);
    m_moveCombo->clear();
    m_moveCombo->addItem(tr("(Top level)"), QString());
    // Groups in tree order, indented by depth; not the node itself nor anything inside it.
    std::function<void(const QString &, int)> addGroups = [&](const QString &parentId, int depth) {
        for (const TechniqueNode &n : m_taxonomy.nodes()) {
            if (n.parentId != parentId || n.id == node.id || m_taxonomy.isLeaf(n.id))
                continue;
            m_moveCombo->addItem(QString(depth * 4, u' ') + n.label, n.id);
            addGroups(n.id, depth + 1);
        }
    };
    addGroups(QString(), 0);
    m_moveCombo->setCurrentIndex(std::max(0, m_moveCombo->findData(node.parentId)));
}

void TaxonomyDialog::updateActions()
{
    const bool selected = m_taxonomy.node(m_shownId) != nullptr;
    m_renameAction->setEnabled(selected);
    m_removeAction->setEnabled(selected);
}

bool TaxonomyDialog::applyPendingEdits()
{
    m_applyTimer->stop();
    const bool label = applyLabel();
    const bool phrases = applySignals();
    return label && phrases;
}

bool TaxonomyDialog::applyLabel()
{
    if (!m_labelDirty)
        return true;
    const TechniqueNode *node = m_taxonomy.node(m_shownId);
    if (!node) {
        m_labelDirty = false;
        return true;
    }
    const QString oldLabel = node->label;
    QString error;
    if (!m_taxonomy.renameNode(m_shownId, m_labelEdit->text(), &error)) {
        // Still pending: tried again on the next apply, so OK cannot drop it unnoticed.
        showError(tr("The name of “%1” was not changed. %2").arg(oldLabel, error));
        return false;
    }
    m_labelDirty = false;
    if (!m_signalsDirty) // else its refusal still stands
        clearError();
    if (m_added.contains(m_shownId))
        followNameWithId(oldLabel);
    if (QTreeWidgetItem *item = itemFor(m_shownId))
        fillItem(item, *m_taxonomy.node(m_shownId));
    return true;
}

void TaxonomyDialog::followNameWithId(const QString &oldLabel)
{
    const QString id = m_shownId;
    const QString label = m_taxonomy.label(id);
    // The id, unless it already is the name's (with a number that made it unique).
    const QString base = Taxonomy::makeId(label, Taxonomy());
    bool keep = id == base;
    if (!keep && id.startsWith(base + u'-')) {
        bool number = false;
        id.mid(base.size() + 1).toInt(&number);
        keep = number;
    }
    QString newId = id;
    if (!keep) {
        newId = Taxonomy::makeId(label, m_taxonomy);
        QTreeWidgetItem *item = itemFor(id);
        if (m_taxonomy.changeId(id, newId, nullptr)) {
            m_added.remove(id);
            m_added.insert(newId);
            if (m_collapsed.remove(id))
                m_collapsed.insert(newId);
            m_shownId = newId;
            if (item)
                item->setData(LabelColumn, IdRole, newId);
            const QSignalBlocker blocker(m_idEdit);
            m_idEdit->setText(newId);
        } else {
            newId = id;
        }
    }
    // A new technique's first signal is its name, as long as the user has not written others.
    const TechniqueNode *node = m_taxonomy.node(newId);
    if (!m_taxonomy.isLeaf(newId) || m_signalsDirty || node->signals_ != QStringList{oldLabel.toLower()})
        return;
    QString error;
    if (!m_taxonomy.setSignals(newId, {label.toLower()}, node->weakSignals, node->yieldsTo, &error)) {
        showError(tr("The name changed, but the signal stays “%1”: %2").arg(oldLabel.toLower(), error));
        return;
    }
    const QSignalBlocker blocker(m_signalsEdit);
    m_signalsEdit->setPlainText(m_taxonomy.node(newId)->signals_.join(u'\n'));
}

bool TaxonomyDialog::applySignals()
{
    if (!m_signalsDirty)
        return true;
    if (!m_taxonomy.isLeaf(m_shownId)) {
        m_signalsDirty = false;
        return true;
    }
    QString error;
    if (!m_taxonomy.setSignals(m_shownId, lines(m_signalsEdit), lines(m_weakSignalsEdit), lines(m_yieldsToEdit),
                               &error)) {
        showError(tr("The signals of “%1” were not changed. %2").arg(m_taxonomy.label(m_shownId), error));
        return false; // still pending, as for the name
    }
    m_signalsDirty = false;
    if (!m_labelDirty)
        clearError();
    return true;
}

void TaxonomyDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void TaxonomyDialog::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
}

void TaxonomyDialog::addTechnique()
{
    applyPendingEdits();
    // Into the selected group, or next to the selected technique.
    QString parentId;
    if (const TechniqueNode *current = m_taxonomy.node(m_shownId))
        parentId = m_taxonomy.isLeaf(current->id) ? current->parentId : current->id;
    QString error;
    for (int n = 1; n <= 100; ++n) {
        const QString label = n == 1 ? tr("New technique") : tr("New technique %1").arg(n);
        TechniqueNode node{QString(), label, parentId, {label.toLower()}, {}, {}};
        node.id = Taxonomy::makeId(label, m_taxonomy);
        if (m_taxonomy.addNode(node, &error)) {
            m_added.insert(node.id);
            m_collapsed.remove(parentId);
            m_shownId = node.id;
            clearError();
            rebuildTree();
            renameCurrent();
            return;
        }
    }
    showError(error);
}

void TaxonomyDialog::addGroup()
{
    applyPendingEdits();
    // Next to the selection.
    QString parentId;
    if (const TechniqueNode *current = m_taxonomy.node(m_shownId))
        parentId = current->parentId;
    QString error;
    for (int n = 1; n <= 100; ++n) {
        const QString groupLabel = n == 1 ? tr("New group") : tr("New group %1").arg(n);
        const QString leafLabel = n == 1 ? tr("New technique") : tr("New technique %1").arg(n);
        TechniqueNode group{Taxonomy::makeId(groupLabel, m_taxonomy), groupLabel, parentId, {}, {}, {}};
        TechniqueNode leaf{QString(), leafLabel, group.id, {leafLabel.toLower()}, {}, {}};
        if (m_taxonomy.addGroup(group, leaf, &error)) {
            m_added.insert(group.id);
            for (const TechniqueNode &child : m_taxonomy.nodes()) {
                if (child.parentId == group.id)
                    m_added.insert(child.id);
            }
            m_shownId = group.id;
            clearError();
            rebuildTree();
            renameCurrent();
            return;
        }
    }
    showError(error);
}

void TaxonomyDialog::renameCurrent()
{
    if (m_shownId.isEmpty())
        return;
    m_labelEdit->setFocus(Qt::ShortcutFocusReason);
    m_labelEdit->selectAll();
}

void TaxonomyDialog::removeCurrent()
{
    applyPendingEdits();
    const QString id = m_shownId;
    const TechniqueNode *node = m_taxonomy.node(id);
    if (!node)
        return;
    // Afterwards select the next sibling, else the previous one, else the parent.
    QString next = node->parentId;
    if (QTreeWidgetItem *item = itemFor(id)) {
        QTreeWidgetItem *parent = item->parent() ? item->parent() : m_tree->invisibleRootItem();
        const int index = parent->indexOfChild(item);
        if (QTreeWidgetItem *sibling = parent->child(index + 1))
            next = nodeId(sibling);
        else if (index > 0)
            next = nodeId(parent->child(index - 1));
    }
    QString error;
    if (!m_taxonomy.removeNode(id, &error)) {
        showError(error);
        return;
    }
    m_added.removeIf([this](const QString &added) { return !m_taxonomy.node(added); });
    clearError();
    m_shownId = next;
    rebuildTree();
    m_tree->setFocus();
}

bool TaxonomyDialog::moveNode(const QString &id, const QString &newParentId)
{
    applyPendingEdits();
    QString error;
    if (!m_taxonomy.moveNode(id, newParentId, &error)) {
        showError(error);
        showDetails(); // put the "In group" box back
        return false;
    }
    clearError();
    m_collapsed.remove(newParentId);
    m_shownId = id;
    rebuildTree();
    return true;
}

void TaxonomyDialog::accept()
{
    if (!applyPendingEdits())
        return; // the reason is shown; OK again after fixing it, or Cancel
    QDialog::accept();
}

void TaxonomyDialog::reject()
{
    m_applyTimer->stop();
    m_labelDirty = false;
    m_signalsDirty = false;
    m_taxonomy = m_original;
    m_added.clear();
    clearError();
    rebuildTree();
    QDialog::reject();
}

bool TaxonomyDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_labelEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Return confirms the name; it does not close the dialog.
            applyLabel();
            return true;
        }
    }
    if (event->type() == QEvent::FocusOut
        && (watched == m_signalsEdit || watched == m_weakSignalsEdit || watched == m_yieldsToEdit))
        applyPendingEdits();
    return QDialog::eventFilter(watched, event);
}

} // namespace lectern
