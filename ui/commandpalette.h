#pragma once

#include "actioncatalog.h"

#include <QFrame>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

class QAction;
class QLineEdit;
class QModelIndex;
class QStandardItemModel;
class QTreeView;

namespace lectern {

// How well `pattern` matches `candidate` as a case-insensitive subsequence (whitespace in the pattern is ignored),
// or nothing when it does not. Higher is better: characters at word starts ("rl" in "Reading List") and runs of
// contiguous characters ("tag" in "Add Tags") score more; gaps between matched characters cost a little.
std::optional<int> fuzzyMatchScore(QStringView pattern, QStringView candidate);

// The indices of the `texts` that `pattern` matches, best first; equal scores put the shorter text first, then
// keep the given order. An empty pattern matches every text in the given order. When `contexts` is given (one per
// text, e.g. a menu path), a text also matches through "context text", ranked below a match of the text alone.
QList<int> rankFuzzyMatches(const QString &pattern, const QStringList &texts, const QStringList &contexts = {});

// Ctrl+Shift+P: a popup over the top of the window that lists every action of its menus (and the window's own),
// filtered as the user types. Up/Down move, Enter or a click runs the action after the palette closed, Esc
// closes. Disabled actions are listed greyed after the runnable ones and cannot be run.
class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    explicit CommandPalette(QWidget *window);
    ~CommandPalette() override;

    // Reads the window's actions afresh, clears the search and shows the palette with the search focused.
    void open();

    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    // The actions the list shows, in order.
    QList<QAction *> shownActions() const;
    // The action Enter would run: the current row's, or null when it is none or is disabled.
    QAction *currentAction() const;

    // The model's columns.
    enum Column { LabelColumn = 0, ShortcutColumn = 1 };

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void runCurrent();
    void run(const QModelIndex &index);
    void place();

    QWidget *m_window = nullptr;
    QList<CatalogAction> m_actions;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace lectern
