#pragma once

#include "itemmodels/sidebarmodel.h"

#include <QString>
#include <QTreeView>

class QAction;
class QMenu;

namespace lectern {

// The side panel: All Papers, saved searches, reading lists and the tag tree, each with its count. Choosing
// an item (a click, Enter or a double-click) emits the filter it stands for; every edit (rename, delete,
// colour, key, drops of papers) is only requested through a signal, for the window to perform.
class Sidebar : public QTreeView
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget *parent = nullptr);

    void setSidebarModel(SidebarModel *model);
    SidebarModel *sidebarModel() const { return m_model; }

    // Makes tag `name` current, reading and expanding the levels above it as needed (asynchronously).
    void selectTag(const QString &name);
    // Makes a reading list or saved search current if it is loaded; false otherwise.
    bool selectList(qint64 id);
    bool selectSearch(qint64 id);
    void selectAllPapers();

    // The context menu of an item (nullptr when it has none); the caller owns it. Public for tests.
    QMenu *createContextMenu(const QModelIndex &index);
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }

Q_SIGNALS:
    // An item was chosen: `query` is its filter text (empty for All Papers).
    void queryActivated(const QString &query, lectern::SidebarModel::ItemKind kind);

    void renameTagRequested(const QString &tag);
    void mergeTagRequested(const QString &tag);
    void colorTagRequested(const QString &tag);
    void keySlotRequested(const QString &tag, int slot); // 0: no key
    void deleteTagRequested(const QString &tag);
    void tagDropRequested(const QString &tag, const QList<qint64> &papers);

    void newListRequested();
    void renameListRequested(qint64 listId);
    void deleteListRequested(qint64 listId);
    void exportListRequested(qint64 listId);
    void listDropRequested(qint64 listId, const QList<qint64> &papers);

    void saveSearchRequested();
    void renameSearchRequested(qint64 searchId);
    void editSearchRequested(qint64 searchId);
    void deleteSearchRequested(qint64 searchId);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void emitQuery(const QModelIndex &index);
    void renameCurrent();
    void deleteCurrent();
    void updateActions();
    void revealPendingTag();

    SidebarModel *m_model = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QString m_pendingTag;
};

} // namespace lectern
