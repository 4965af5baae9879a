#pragma once

#include <QList>
#include <QTableView>

namespace lectern {

class PaperTableModel;
class RatingDelegate;

// The paper table. Keeps the selected papers selected (by paper id) when the model re-filters, where they
// still match, and reports the current paper. Rows drag out as paper ids (to a tag or a reading list). Like every
// view it only asks for changes: keys 1–9 ask to toggle the tag on that key, a click on a star asks for a rating.
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
    // Key `slot` (1–9) was pressed in the table: toggle the tag assigned to it on the selected papers.
    void tagKeyPressed(int slot);
    // A star was clicked: rate `papers` (the selection when the clicked row is part of it, else that row) with
    // `rating` (0 clears).
    void ratingRequested(const QList<qint64> &papers, int rating);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rememberSelection();
    void restoreSelection();
    void onCurrentChanged();
    void onRatingClicked(const QModelIndex &index, int rating);

    PaperTableModel *m_model = nullptr;
    RatingDelegate *m_ratingDelegate;
    QList<qint64> m_remembered;
    qint64 m_rememberedCurrent = 0;
    qint64 m_lastEmitted = -1;
};

} // namespace lectern
