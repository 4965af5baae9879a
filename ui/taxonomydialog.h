#pragma once

#include "extract/taxonomy.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace lectern {

class TaxonomyTree;

// Edits a copy of the technique taxonomy: adds, renames, moves (drag and drop, or the "In group" box) and removes
// techniques and groups, and edits the signals of techniques. Edits apply to the copy as the user makes them;
// a refused edit shows its reason under the editors and leaves the copy as it was. OK keeps the copy (the caller
// stores it and re-extracts the library), Cancel drops it, so the dialog never asks for confirmation.
class TaxonomyDialog : public QDialog
{
    Q_OBJECT

public:
    TaxonomyDialog(const Taxonomy &current, const QHash<QString, int> &papersPerTechnique, QWidget *parent = nullptr);
    ~TaxonomyDialog() override;

    // The edited taxonomy; after Cancel, the one the dialog was given.
    Taxonomy taxonomy() const { return m_taxonomy; }
    bool isModified() const { return m_taxonomy != m_original; }

    QTreeWidget *tree() const;
    QString currentNodeId() const;
    void setCurrentNodeId(const QString &id);
    // Applies what the detail editors hold but have not applied yet (they apply after a pause in typing, on
    // focus-out and on Return). Returns false, with the reason shown, when the taxonomy refused it.
    bool applyPendingEdits();
    // The refusal shown to the user, empty when there is none.
    QString errorText() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;
    void addTechnique();
    void addGroup();
    void renameCurrent();
    void removeCurrent();
    bool moveNode(const QString &id, const QString &newParentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void rebuildTree();
    QTreeWidgetItem *itemFor(const QString &id) const;
    void fillItem(QTreeWidgetItem *item, const TechniqueNode &node) const;
    QString paperCountText(const QString &id) const;
    void onCurrentItemChanged();
    void showDetails();
    void fillMoveTargets(const TechniqueNode &node);
    void updateActions();
    bool applyLabel();
    bool applySignals();
    // A node added in this session takes its id from its name, as nothing refers to it yet.
    void followNameWithId(const QString &oldLabel);
    void showError(const QString &message);
    void clearError();

    Taxonomy m_original;
    Taxonomy m_taxonomy;
    QHash<QString, int> m_papers;
    QSet<QString> m_added;     // nodes added in this session
    QSet<QString> m_collapsed; // groups the user collapsed
    QString m_shownId;         // the node the detail editors show
    bool m_labelDirty = false;
    bool m_signalsDirty = false;

    TaxonomyTree *m_tree = nullptr;
    QAction *m_addTechniqueAction = nullptr;
    QAction *m_addGroupAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_removeAction = nullptr;
    QWidget *m_details = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLineEdit *m_labelEdit = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QComboBox *m_moveCombo = nullptr;
    QPlainTextEdit *m_signalsEdit = nullptr;
    QPlainTextEdit *m_weakSignalsEdit = nullptr;
    QPlainTextEdit *m_yieldsToEdit = nullptr;
    QWidget *m_signalsRow = nullptr;
    QWidget *m_weakSignalsRow = nullptr;
    QWidget *m_yieldsToRow = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTimer *m_applyTimer = nullptr;
};

} // namespace lectern
