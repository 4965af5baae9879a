#include "actioncatalog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>

namespace lectern {

namespace {

void collectMenu(const QMenu *menu, const QStringList &path, bool enabled, QList<CatalogAction> &out,
                 QSet<const QAction *> &seen)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        seen.insert(action);
        const QString text = withoutMnemonics(action->text());
        if (const QMenu *submenu = action->menu()) {
            collectMenu(submenu, path + QStringList{text}, enabled && action->isEnabled() && submenu->isEnabled(), out,
                        seen);
            continue;
        }
        if (text.isEmpty())
            continue;
        out.append({action, path, text, enabled && action->isEnabled()});
    }
}

const QMenuBar *menuBarOf(const QWidget *window)
{
    // QMainWindow::menuBar() would create an empty bar where there is none.
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(window)) {
        if (const auto *bar = qobject_cast<const QMenuBar *>(mainWindow->menuWidget()))
            return bar;
    }
    return window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly);
}

} // namespace

QString CatalogAction::label() const
{
    return menuPath.isEmpty() ? text : pathLabel() + menuPathSeparator() + text;
}

QString CatalogAction::pathLabel() const
{
    return menuPath.join(menuPathSeparator());
}

QString menuPathSeparator()
{
    return QStringLiteral(" \u25B8 ");
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &shortcut : shortcuts)
        keys.append(shortcut.toString(QKeySequence::NativeText));
    return keys.join(QLatin1String(", "));
}

QString withoutMnemonics(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\t')
            break;
        if (c == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&') {
                result.append(c);
                ++i;
            }
            continue;
        }
        result.append(c);
    }
    return result.trimmed();
}

QList<CatalogAction> catalogActions(const QWidget *window)
{
    QList<CatalogAction> result;
    if (!window)
        return result;
    QSet<const QAction *> seen;
    if (const QMenuBar *bar = menuBarOf(window)) {
        const QList<QAction *> menus = bar->actions();
        for (QAction *menuAction : menus) {
            if (menuAction->isSeparator() || !menuAction->isVisible())
                continue;
            const QString title = withoutMnemonics(menuAction->text());
            if (const QMenu *menu = menuAction->menu()) {
                collectMenu(menu, {title}, menuAction->isEnabled() && menu->isEnabled(), result, seen);
            } else if (!title.isEmpty()) {
                // An action placed directly on the bar.
                seen.insert(menuAction);
                result.append({menuAction, {}, title, menuAction->isEnabled()});
            }
        }
    }
    const QList<QAction *> own = window->actions();
    for (QAction *action : own) {
        if (seen.contains(action) || action->isSeparator() || !action->isVisible() || action->menu())
            continue;
        const QString text = withoutMnemonics(action->text());
        if (!text.isEmpty())
            result.append({action, {}, text, action->isEnabled()});
    }
    return result;
}

} // namespace lectern
