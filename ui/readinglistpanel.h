#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QToolButton;

namespace lectern {

class ReadingListModel;

// The reading list dock: one list's papers in order, reordered by dragging or with Alt+Up/Alt+Down, filled by
// dragging papers in from the table, emptied with Delete. Like every view it never writes: the model emits the
// list's new order as a request (forwarded here) and the window turns it into an undoable edit.
class ReadingListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReadingListPanel(ReadingListModel *model, QWidget *parent = nullptr);

    ReadingListModel *model() const { return m_model; }
    QListView *view() const;
    // Shows list `listId` (0: none).
    void setList(qint64 listId);
    qint64 listId() const;

    // 0 when no paper is current.
    qint64 currentPaperId() const;
    QList<qint64> selectedPaperIds() const; // in the list's order
    // What the list area shows instead of papers (no list chosen, an empty list), or an empty string.
    QString placeholderText() const;

    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *removeAction() const { return m_remove; }
    QAction *exportAction() const { return m_export; }

Q_SIGNALS:
    // The user made another paper of the list current; the window shows it.
    void currentPaperChanged(qint64 paperId);
    void exportRequested(qint64 listId);
    void reorderRequested(qint64 listId, const QList<qint64> &newOrder);
    void removeRequested(qint64 listId, const QList<qint64> &newOrder);

private:
    QAction *makeAction(const QString &text, const QString &toolTip, const QKeySequence &shortcut, const QIcon &icon,
                        const QString &objectName);
    QToolButton *makeButton(QAction *action, Qt::ToolButtonStyle style);
    QList<int> selectedRows() const;
    void updateHeader();
    void updateActions();
    void onCurrentChanged();

    ReadingListModel *m_model;
    QLabel *m_name;
    QLabel *m_count;
    QWidget *m_header;
    QListView *m_view;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_remove;
    QAction *m_export;
    qint64 m_currentPaper = 0;
};

} // namespace lectern
