// The Taxonomy dialog, offscreen: add, name, fill in, rename, move (box and drag and drop) and remove techniques and
// groups; Cancel drops the edits; refused input is shown and never reaches the taxonomy.
#include "extract/extractor.h"
#include "extract/taxonomy.h"
#include "taxonomydialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <memory>

using namespace lectern;
using namespace Qt::StringLiterals;

namespace {

QTreeWidgetItem *itemFor(QTreeWidget *tree, const QString &id)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        if ((*it)->text(1) == id)
            return *it;
    }
    return nullptr;
}

QString parentOf(const TaxonomyDialog &dialog, const QString &id)
{
    const TechniqueNode *node = dialog.taxonomy().node(id);
    return node ? node->parentId : u"<missing>"_s;
}

bool isValid(const Taxonomy &t)
{
    QString error;
    const std::optional<Taxonomy> again = Taxonomy::fromJson(t.toJson(), &error);
    if (!again)
        qWarning("invalid taxonomy: %s", qUtf8Printable(error));
    return again && *again == t;
}

// Drops the node `id` at `pos` (viewport coordinates) of the tree, as a drag from the tree itself would.
void dropAt(TaxonomyDialog &dialog, const QString &id, QPoint pos)
{
    QTreeWidget *tree = dialog.tree();
    dialog.setCurrentNodeId(id);
    std::unique_ptr<QMimeData> mime(tree->model()->mimeData({tree->currentIndex()}));
    QVERIFY(mime);
    // The application sends a drop to the widget that accepted the drag's entry.
    QDragEnterEvent enter(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &drop);
    QVERIFY(drop.isAccepted());
}

} // namespace

class TestTaxonomyDialog : public QObject
{
    Q_OBJECT

    const QHash<QString, int> m_counts{{u"quantization"_s, 12}, {u"pruning"_s, 1}};

    template <typename T>
    static T *child(const TaxonomyDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    static void trigger(const TaxonomyDialog &dialog, const char *action)
    {
        QAction *a = child<QAction>(dialog, action);
        QVERIFY(a->isEnabled());
        a->trigger();
    }
    static bool errorShown(const TaxonomyDialog &dialog)
    {
        return child<QLabel>(dialog, "taxonomyError")->isVisibleTo(&dialog);
    }
    void showAndActivate(TaxonomyDialog &dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

private Q_SLOTS:
    // Messages quote names in the user's language's quotation marks; these tests read English ones.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void showsTheTaxonomy();
    void addsANamedTechniqueWithSignals();
    void renames();
    void movesWithTheGroupBox();
    void movesByDragAndDrop();
    void removes();
    void addsAGroup();
    void cancelDiscardsTheEdits();
    void refusedSignalsAreShownAndNotApplied();
    void refusedMovesAreShown();
};

void TestTaxonomyDialog::showsTheTaxonomy()
{
    TaxonomyDialog dialog(Taxonomy::builtIn(), m_counts);
    showAndActivate(dialog);
    QVERIFY(dialog.minimumWidth() >= 760 && dialog.minimumHeight() >= 480);
    QVERIFY(child<QLabel>(dialog, "taxonomyIntro")->text().contains(u"signals appear in the title or abstract"_s));
    QTreeWidget *tree = dialog.tree();
    QCOMPARE(tree->topLevelItemCount(), 5);
    QCOMPARE(itemFor(tree, u"quantization"_s)->text(0), u"Quantization"_s);
    QCOMPARE(itemFor(tree, u"quantization"_s)->parent(), itemFor(tree, u"compression"_s));
    QCOMPARE(itemFor(tree, u"quantization"_s)->text(2), u"12 papers"_s);
    QCOMPARE(itemFor(tree, u"pruning"_s)->text(2), u"1 paper"_s);
    QCOMPARE(itemFor(tree, u"distillation"_s)->text(2), u"0 papers"_s);
    QCOMPARE(itemFor(tree, u"compression"_s)->text(2), QString());
    QVERIFY(itemFor(tree, u"compression"_s)->isExpanded());

    // The details follow the selection; a group has no signal editors.
    dialog.setCurrentNodeId(u"pruning"_s);
    QCOMPARE(child<QLineEdit>(dialog, "labelEdit")->text(), u"Pruning"_s);
    QCOMPARE(child<QLineEdit>(dialog, "idEdit")->text(), u"pruning"_s);
    QVERIFY(child<QLineEdit>(dialog, "idEdit")->isReadOnly());
    QCOMPARE(child<QComboBox>(dialog, "moveToCombo")->currentData().toString(), u"compression"_s);
    QCOMPARE(child<QPlainTextEdit>(dialog, "signalsEdit")->toPlainText().split(u'\n'),
             Taxonomy::builtIn().node(u"pruning"_s)->signals_);
    QVERIFY(child<QPlainTextEdit>(dialog, "signalsEdit")->isVisible());
    dialog.setCurrentNodeId(u"compression"_s);
    QVERIFY(!child<QPlainTextEdit>(dialog, "signalsEdit")->isVisible());
    QVERIFY(child<QLabel>(dialog, "kindLabel")->text().contains(u"technique:compression"_s));
    QVERIFY(!dialog.isModified());
    QCOMPARE(dialog.taxonomy(), Taxonomy::builtIn());
}

void TestTaxonomyDialog::addsANamedTechniqueWithSignals()
{
    TaxonomyDialog dialog(Taxonomy::builtIn(), m_counts);
    showAndActivate(dialog);
    auto *labelEdit = child<QLineEdit>(dialog, "labelEdit");

    dialog.setCurrentNodeId(u"compression"_s);
    trigger(dialog, "addTechniqueAction");
    QCOMPARE(dialog.currentNodeId(), u"new-technique"_s);
    QCOMPARE(parentOf(dialog, u"new-technique"_s), u"compression"_s);
    QCOMPARE(dialog.taxonomy().node(u"new-technique"_s)->signals_, QStringList{u"new technique"_s});
    QCOMPARE(itemFor(dialog.tree(), u"new-technique"_s)->text(2), u"new"_s);
    // The name is ready to be typed over.
    QTRY_COMPARE(QApplication::focusWidget(), labelEdit);
    QCOMPARE(labelEdit->selectedText(), u"New technique"_s);

    QTest::keyClicks(labelEdit, u"Weight sharing"_s);
    QTest::keyClick(labelEdit, Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // Return names; it does not close the dialog
    // A new technique's id and first signal follow its name.
    QVERIFY(!dialog.taxonomy().node(u"new-technique"_s));
    const TechniqueNode *added = dialog.taxonomy().node(u"weight-sharing"_s);
    QVERIFY(added);
    QCOMPARE(added->label, u"Weight sharing"_s);
    QCOMPARE(added->signals_, QStringList{u"weight sharing"_s});
    QCOMPARE(child<QLineEdit>(dialog, "idEdit")->text(), u"weight-sharing"_s);
    QCOMPARE(child<QPlainTextEdit>(dialog, "signalsEdit")->toPlainText(), u"weight sharing"_s);
    QCOMPARE(itemFor(dialog.tree(), u"weight-sharing"_s)->text(0), u"Weight sharing"_s);
    QCOMPARE(dialog.currentNodeId(), u"weight-sharing"_s);

    // Signals, one per line, apply after a pause in typing; blank lines and repeats go.
    auto *signalsEdit = child<QPlainTextEdit>(dialog, "signalsEdit");
    signalsEdit->setFocus();
    signalsEdit->setPlainText(u"weight sharing\nshared weights\n\nWeight Sharing\n"_s);
    child<QPlainTextEdit>(dialog, "weakSignalsEdit")->setPlainText(u"tied * parameters"_s);
    child<QPlainTextEdit>(dialog, "yieldsToEdit")->setPlainText(u"quantization\n"_s);
    QTRY_COMPARE(dialog.taxonomy().node(u"weight-sharing"_s)->signals_,
                 (QStringList{u"weight sharing"_s, u"shared weights"_s}));
    QCOMPARE(dialog.taxonomy().node(u"weight-sharing"_s)->weakSignals, QStringList{u"tied * parameters"_s});
    QCOMPARE(dialog.taxonomy().node(u"weight-sharing"_s)->yieldsTo, QStringList{u"quantization"_s});
    QVERIFY(!errorShown(dialog));
    // Once the user wrote signals, renaming leaves them alone (the id still follows the name).
    labelEdit->setFocus();
    labelEdit->selectAll();
    QTest::keyClicks(labelEdit, u"Parameter sharing"_s);
    QTest::keyClick(labelEdit, Qt::Key_Return);
    QVERIFY(dialog.taxonomy().node(u"parameter-sharing"_s));
    QCOMPARE(dialog.taxonomy().node(u"parameter-sharing"_s)->signals_,
             (QStringList{u"weight sharing"_s, u"shared weights"_s}));

    child<QDialogButtonBox>(dialog, "taxonomyButtons")->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.isModified());
    const Taxonomy edited = dialog.taxonomy();
    QVERIFY(isValid(edited));
    QCOMPARE(edited.nodes().size(), Taxonomy::builtIn().nodes().size() + 1);
    // The caller re-extracts with it: the new technique is assigned.
    const QList<TechniqueFact> facts =
        Extractor(edited).techniques(QString(), u"We train the layers with shared weights to save memory."_s);
    QVERIFY(std::any_of(facts.cbegin(), facts.cend(),
                        [](const TechniqueFact &f) { return f.id == u"parameter-sharing"_s; }));
}

void TestTaxonomyDialog::renames()
{
    TaxonomyDialog dialog(Taxonomy::builtIn(), m_counts);
    showAndActivate(dialog);
    auto *labelEdit = child<QLineEdit>(dialog, "labelEdit");
    dialog.setCurrentNodeId(u"pruning"_s);
    dialog.tree()->setFocus();
    trigger(dialog, "renameAction");
    QTRY_COMPARE(QApplication::focusWidget(), labelEdit);
    QCOMPARE(labelEdit->selectedText(), u"Pruning"_s);
    QTest::keyClicks(labelEdit, u"Weight pruning"_s);
    dialog.tree()->setFocus(); // leaving the field applies it
    QTRY_COMPARE(dialog.taxonomy().label(u"pruning"_s), u"Weight pruning"_s);
    // An existing node keeps its id and its signals.
    QCOMPARE(dialog.taxonomy().node(u"pruning"_s)->signals_, Taxonomy::builtIn().node(u"pruning"_s)->signals_);
    QCOMPARE(itemFor(dialog.tree(), u"pruning"_s)->text(0), u"Weight pruning"_s);
    QCOMPARE(Taxonomy::builtIn().label(u"pruning"_s), u"Pruning"_s);

    // An empty name is refused and said so.
    dialog.setCurrentNodeId(u"compression"_s);
    trigger(dialog, "renameAction");
    QTest::keyClick(labelEdit, Qt::Key_Backspace);
    QTest::keyClick(labelEdit, Qt::Key_Return);
    QVERIFY(errorShown(dialog));
    QVERIFY2(dialog.errorText().contains(u"name cannot be empty"_s), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.taxonomy().label(u"compression"_s), u"Model compression"_s);
    QTest::keyClicks(labelEdit, u"Compression"_s);
    QTest::keyClick(labelEdit, Qt::Key_Return);
    QVERIFY(!errorShown(dialog));
    QCOMPARE(dialog.taxonomy().label(u"compression"_s), u"Compression"_s);
    QVERIFY(isValid(dialog.taxonomy()));
}

void TestTaxonomyDialog::movesWithTheGroupBox()
{
    TaxonomyDialog dialog(Taxonomy::builtIn(), m_counts);
    showAndActivate(dialog);
    auto *combo = child<QComboBox>(dialog, "moveToCombo");
    dialog.setCurrentNodeId(u"distillation"_s);
    // Groups only, and the top level.
    QCOMPARE(combo->itemData(0).toString(), QString());
    QVERIFY(combo->findData(u"quantization"_s) < 0);
    const int inference = combo->findData(u"inference"_s);
    QVERIFY(inference > 0);
    combo->setCurrentIndex(inference);
    Q_EMIT combo->activated(inference);
    QCOMPARE(parentOf(dialog, u"distillation"_s), u"inference"_s);
    QCOMPARE(itemFor(dialog.tree(), u"distillation"_s)->parent(), itemFor(dialog.tree(), u"inference"_s));
    QCOMPARE(dialog.currentNodeId(), u"distillation"_s);
    QCOMPARE(combo->currentData().toString(), u"inference"_s);

    // A group cannot go into itself: the box does not offer it.
    dialog.setCurrentNodeId(u"compression"_s);
    QVERIFY(combo->findData(u"compression"_s) < 0);
    const int top = combo->findData(u"inference"_s);
    combo->setCurrentIndex(top);
    Q_EMIT combo->activated(top);
    QCOMPARE(parentOf(dialog, u"compression"_s), u"inference"_s);
    QVERIFY(dialog.taxonomy().leavesUnder(u"inference"_s).contains(u"quantization"_s));
    QVERIFY(isValid(dialog.taxonomy()));
}

void TestTaxonomyDialog::movesByDragAndDrop()
{
    TaxonomyDialog dialog(Taxonomy::builtIn(), m_counts);
    showAndActivate(dialog);
    QTreeWidget *tree = dialog.tree();

    // Onto a group: into it.
    dropAt(dialog, u"distillation"_s, tree->visualItemRect(itemFor(tree, u"inference"_s)).center());
    QTRY_COMPARE(parentOf(dialog, u"distillation"_s), u"inference"_s);
    QCOMPARE(itemFor(tree, u"distillation"_s)->parent(), itemFor(tree, u"inference"_s));

    // Onto the edge of a technique: beside it, in its group.
    dropAt(dialog, u"distillation"_s, tree->visualItemRect(itemFor(tree, u"pruning"_s)).topLeft() + QPoint(20, 1));
    QTRY_COMPARE(parentOf(dialog, u"distillation"_s), u"compression"_s);

    // Below the last row: the top level.
    tree->collapseAll();
    dropAt(dialog, u"distillation"_s, QPoint(20, tree->viewport()->height() - 2));
    QTRY_COMPARE(parentOf(dialog, u"distillation"_s), QString());
    QCOMPARE(tree->indexOfTopLevelItem(itemFor(tree, u"distillation"_s)), 5);

    // Into itself (dropped on one of its techniques): refused, and said so.
    dropAt(dialog, u"compression"_s, tree->visualItemRect(itemFor(tree, u"quantization"_s)).center());
    QTRY_VERIFY(errorShown(dialog));
    QVERIFY2(dialog.errorText().contains(u"cannot be moved into itself"_s), qPrintable(dialog.errorText()));
    QCOMPARE(parentOf(dialog, u"compression"_s), QString());
    QVERIFY(isValid(dialog.taxonomy()));
}

void TestTaxonomyDialog::removes()
{
    TaxonomyDialog dialog(Taxonomy::builtIn(), m_counts);
    showAndActivate(dialog);
    dialog.setCurrentNodeId(u"distillation"_s);
    trigger(dialog, "removeAction");
    QVERIFY(!dialog.taxonomy().node(u"distillation"_s));
    QVERIFY(!itemFor(dialog.tree(), u"distillation"_s));
    QCOMPARE(dialog.currentNodeId(), u"low-rank"_s); // the previous sibling, as it was the last

    // A group goes with its techniques, and nothing yields to them any more.
    dialog.setCurrentNodeId(u"compression"_s);
    dialog.tree()->setFocus();
    QTest::keyClick(dialog.tree(), Qt::Key_Delete);
    QVERIFY(!dialog.taxonomy().node(u"compression"_s));
    QVERIFY(!dialog.taxonomy().node(u"quantization"_s));
    QVERIFY(!dialog.taxonomy().node(u"efficient-training"_s)->yieldsTo.contains(u"quantization"_s));
    QCOMPARE(dialog.currentNodeId(), u"efficient-models"_s);
    QVERIFY(isValid(dialog.taxonomy()));
}

void TestTaxonomyDialog::addsAGroup()
{
    TaxonomyDialog dialog(Taxonomy::builtIn(), m_counts);
    showAndActivate(dialog);
    auto *labelEdit = child<QLineEdit>(dialog, "labelEdit");
    dialog.setCurrentNodeId(u"compression"_s);
    trigger(dialog, "addGroupAction");
    // Next to the selection, with a first technique in it (a group cannot be empty).
    QCOMPARE(dialog.currentNodeId(), u"new-group"_s);
    QCOMPARE(parentOf(dialog, u"new-group"_s), QString());
    QCOMPARE(dialog.taxonomy().leavesUnder(u"new-group"_s), QStringList{u"new-technique"_s});
    QTRY_COMPARE(QApplication::focusWidget(), labelEdit);
    QTest::keyClicks(labelEdit, u"Sparsity"_s);
    QTest::keyClick(labelEdit, Qt::Key_Return);
    QCOMPARE(dialog.currentNodeId(), u"sparsity"_s);
    QCOMPARE(parentOf(dialog, u"new-technique"_s), u"sparsity"_s);

    // Its technique gets a name, and its signal follows.
    dialog.setCurrentNodeId(u"new-technique"_s);
    trigger(dialog, "renameAction");
    QTest::keyClicks(labelEdit, u"Sparse kernels"_s);
    QTest::keyClick(labelEdit, Qt::Key_Return);
    QCOMPARE(dialog.taxonomy().node(u"sparse-kernels"_s)->signals_, QStringList{u"sparse kernels"_s});

    // Its only technique cannot go: that would leave the group empty.
    trigger(dialog, "removeAction");
    QVERIFY(errorShown(dialog));
    QVERIFY2(dialog.errorText().contains(u"would leave the group “Sparsity” empty"_s), qPrintable(dialog.errorText()));
    QVERIFY(dialog.taxonomy().node(u"sparse-kernels"_s));
    // With pruning moved in, it can.
    QVERIFY(dialog.moveNode(u"pruning"_s, u"sparsity"_s));
    QVERIFY(!errorShown(dialog));
    dialog.setCurrentNodeId(u"sparse-kernels"_s);
    trigger(dialog, "removeAction");
    QCOMPARE(dialog.taxonomy().leavesUnder(u"sparsity"_s), QStringList{u"pruning"_s});
    QVERIFY(isValid(dialog.taxonomy()));
}

void TestTaxonomyDialog::cancelDiscardsTheEdits()
{
    TaxonomyDialog dialog(Taxonomy::builtIn(), m_counts);
    showAndActivate(dialog);
    dialog.setCurrentNodeId(u"inference"_s);
    trigger(dialog, "addTechniqueAction");
    QVERIFY(dialog.moveNode(u"pruning"_s, u"inference"_s));
    dialog.setCurrentNodeId(u"distillation"_s);
    trigger(dialog, "removeAction");
    dialog.setCurrentNodeId(u"quantization"_s);
    child<QPlainTextEdit>(dialog, "signalsEdit")->setPlainText(u"quantization"_s);
    QVERIFY(dialog.isModified());

    child<QDialogButtonBox>(dialog, "taxonomyButtons")->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.taxonomy(), Taxonomy::builtIn());
    QVERIFY(!dialog.isModified());
}

void TestTaxonomyDialog::refusedSignalsAreShownAndNotApplied()
{
    TaxonomyDialog dialog(Taxonomy::builtIn(), m_counts);
    showAndActivate(dialog);
    auto *signalsEdit = child<QPlainTextEdit>(dialog, "signalsEdit");
    const QStringList before = Taxonomy::builtIn().node(u"quantization"_s)->signals_;
    dialog.setCurrentNodeId(u"quantization"_s);

    signalsEdit->setPlainText(u"\n  \n"_s);
    QVERIFY(!dialog.applyPendingEdits());
    QVERIFY(errorShown(dialog));
    QVERIFY2(dialog.errorText().contains(u"“Quantization” needs at least one signal"_s),
             qPrintable(dialog.errorText()));
    QCOMPARE(dialog.taxonomy().node(u"quantization"_s)->signals_, before);
    QVERIFY(isValid(dialog.taxonomy()));
    // OK does not close over a refused edit.
    signalsEdit->setPlainText(QString());
    child<QDialogButtonBox>(dialog, "taxonomyButtons")->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(errorShown(dialog));

    // Each refusal names its reason; the taxonomy keeps the last valid signals.
    signalsEdit->setPlainText(u"* bits"_s);
    QTRY_VERIFY(dialog.errorText().contains(u"cannot begin with “*”"_s));
    signalsEdit->setPlainText(u"quantization\npruning"_s);
    QTRY_VERIFY(dialog.errorText().contains(u"“pruning” already marks “Pruning”"_s));
    child<QPlainTextEdit>(dialog, "yieldsToEdit")->setPlainText(u"compression"_s);
    signalsEdit->setPlainText(u"quantization"_s);
    QTRY_VERIFY(dialog.errorText().contains(u"cannot yield to the group “Model compression”"_s));
    QCOMPARE(dialog.taxonomy().node(u"quantization"_s)->signals_, before);
    QCOMPARE(dialog.taxonomy().node(u"quantization"_s)->yieldsTo, QStringList());

    // Leaving the node with a refused edit keeps the message, which names the node.
    dialog.setCurrentNodeId(u"pruning"_s);
    QVERIFY(errorShown(dialog));
    QVERIFY(dialog.errorText().contains(u"“Quantization”"_s));
    QCOMPARE(child<QLineEdit>(dialog, "labelEdit")->text(), u"Pruning"_s);

    // Fixed, the message goes and OK closes.
    dialog.setCurrentNodeId(u"quantization"_s);
    signalsEdit->setPlainText(u"quantization\nint3"_s);
    QTRY_COMPARE(dialog.taxonomy().node(u"quantization"_s)->signals_, (QStringList{u"quantization"_s, u"int3"_s}));
    QVERIFY(!errorShown(dialog));
    child<QDialogButtonBox>(dialog, "taxonomyButtons")->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(isValid(dialog.taxonomy()));
}

void TestTaxonomyDialog::refusedMovesAreShown()
{
    QString error;
    const std::optional<Taxonomy> small = Taxonomy::fromJson(R"({"version": 1, "nodes": [
        {"id": "g", "label": "Group"},
        {"id": "h", "label": "Other group"},
        {"id": "only", "label": "Only", "parent": "g", "signals": ["only"]},
        {"id": "x", "label": "X", "parent": "h", "signals": ["x"]}]})",
                                                             &error);
    QVERIFY2(small, qPrintable(error));
    TaxonomyDialog dialog(*small, {});
    showAndActivate(dialog);
    auto *combo = child<QComboBox>(dialog, "moveToCombo");
    dialog.setCurrentNodeId(u"only"_s);
    const int h = combo->findData(u"h"_s);
    combo->setCurrentIndex(h);
    Q_EMIT combo->activated(h);
    QVERIFY(errorShown(dialog));
    QVERIFY2(dialog.errorText().contains(u"would leave the group “Group” empty"_s), qPrintable(dialog.errorText()));
    QCOMPARE(parentOf(dialog, u"only"_s), u"g"_s);
    QCOMPARE(combo->currentData().toString(), u"g"_s); // the box shows where the node still is
    QCOMPARE(dialog.taxonomy(), *small);
    QCOMPARE(itemFor(dialog.tree(), u"x"_s)->text(2), u"0 papers"_s);
}

QTEST_MAIN(TestTaxonomyDialog)
#include "tst_taxonomydialog.moc"
