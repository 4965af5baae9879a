#pragma once

#include <QFrame>

class QTreeWidget;
class QTreeWidgetItem;

namespace lectern {

// The filter language at a glance: every construct with an example and what it means, grouped. A popup, not a
// dialog: it closes on Esc or a click outside, and choosing an example (click, or Enter on the selected row)
// hands it to the filter.
class QueryHelpPopup : public QFrame
{
    Q_OBJECT

public:
    explicit QueryHelpPopup(QWidget *parent = nullptr);

    // Shows the popup below `anchor`, as wide as it (at least as wide as the examples need), on screen.
    void showBelow(QWidget *anchor);
    QTreeWidget *examples() const { return m_tree; }
    // The row of `example`, for tests and keyboard selection.
    QTreeWidgetItem *itemFor(const QString &example) const;

Q_SIGNALS:
    void exampleChosen(const QString &example);

private:
    void choose(QTreeWidgetItem *item);

    QTreeWidget *m_tree;
};

} // namespace lectern
