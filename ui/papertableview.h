#pragma once

#include <QList>
#include <QTableView>

namespace lectern {

class PaperTableModel;

// The paper table. Keeps the selected papers selected (by paper id) when the model re-filters, where they
// still match, and reports the current paper.
class PaperTableView : public QTableView
{
    Q_OBJECT

public:
    explicit PaperTableView(QWidget *parent = nullptr);

    void setPaperModel(PaperTableModel *model);
    // The selected papers, in the table's order.
    QList<qint64> selectedPaperIds() const;
    qint64 currentPaperId() const;
    // Selects paper `id` if it is among the loaded rows and scrolls to it.
    bool selectPaper(qint64 id);
    // Selects paper `id` wherever it is in the current result, loading its page first when needed.
    void goToPaper(qint64 id);

Q_SIGNALS:
    void currentPaperChanged(qint64 id); // 0 when none

private:
    void rememberSelection();
    void restoreSelection();
    void onCurrentChanged();

    PaperTableModel *m_model = nullptr;
    QList<qint64> m_remembered;
    qint64 m_rememberedCurrent = 0;
    qint64 m_lastEmitted = -1;
};

} // namespace lectern
