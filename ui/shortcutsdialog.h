#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace lectern {

// Help ▸ Keyboard Shortcuts: every action of the window that has a shortcut, grouped by the menu that holds it,
// plus the keys that are no action (given by the window), with a search field. Built from the actions each time
// it is shown, so it never disagrees with the menus. Not modal; Esc or Close closes it.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);
    ~ShortcutsDialog() override;

    // A key that no action carries, e.g. ("Table", "1–9", "Toggle the tag on that key"). Listed under `group`,
    // after the group's actions when a menu has that name, else in a group of its own after the menus.
    void addExtraShortcut(const QString &group, const QString &keys, const QString &description);

    // Reads the window's actions again; showing the dialog does it too.
    void reload();

    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }

    enum Column { ActionColumn = 0, ShortcutColumn = 1 };

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();

    struct Extra {
        QString group;
        QString keys;
        QString description;
    };

    QWidget *m_window = nullptr;
    QList<Extra> m_extras;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace lectern
