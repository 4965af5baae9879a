#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace lectern {

// One action a window offers, as the command palette and the shortcuts window show it.
struct CatalogAction {
    QPointer<QAction> action;
    QStringList menuPath; // menu titles without mnemonics, outermost first; empty for an action of the window itself
    QString text;         // the action's text without mnemonics
    // False when the action or one of the menus holding it is disabled: it cannot be triggered now.
    bool enabled = true;

    // "Edit ▸ Undo Add Tag", or the text alone for an action outside the menus.
    QString label() const;
    // The menu path alone, "View ▸ Columns".
    QString pathLabel() const;
};

// Every visible action reachable from `window`'s menu bar (through submenus, in menu order), then the visible
// actions added to the window itself that no menu holds. Separators, submenus' own actions and actions without
// text are left out. Read afresh on each call, so texts ("Undo Add Tag") and states are the current ones.
QList<CatalogAction> catalogActions(const QWidget *window);

// A menu text as it reads: "&Export…" -> "Export…", "Fish && &Chips" -> "Fish & Chips"; a "\t"-separated
// shortcut hint is dropped.
// The action's shortcuts as the platform writes them, comma-separated ("Ctrl+Shift+Z, Ctrl+Y").
QString shortcutText(const QAction *action);
QString withoutMnemonics(const QString &text);

// The separator between menu levels in the labels above.
QString menuPathSeparator();

} // namespace lectern
