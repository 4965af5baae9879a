#pragma once

#include "domain/paper.h"

#include <QDialog>

#include <array>

class QLabel;
class QPushButton;
class QRadioButton;

namespace lectern {

// Asks which of two papers to keep when the user merges them, showing both side by side. The kept paper keeps
// its citation key and its values; the other one's sources, tags, note and reading-list places move to it and
// fills the fields it lacks (the kept column previews those). The first paper is kept unless the user chooses
// the second. Merge (the default button) accepts, Cancel rejects.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const Paper &a, int sourcesA, const Paper &b, int sourcesB, QWidget *parent = nullptr);
    ~MergeDialog() override;

    qint64 keptId() const;
    qint64 absorbedId() const;
    // Chooses the paper to keep by id; an id that is neither paper's is ignored.
    void setKeptId(qint64 id);

    // The "Keep paper 1" (side 0) and "Keep paper 2" (side 1) buttons.
    QRadioButton *keepButton(int side) const { return m_keep.at(side); }
    QPushButton *mergeButton() const { return m_merge; }
    // What the dialog shows for a field row (see fieldNames()) on a side, as plain text.
    QString shownValue(int row, int side) const;
    // The names of the rows, in order.
    QStringList fieldNames() const;
    QString explanation() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field {
        QString name;
        std::array<QString, 2> values;
        bool fillable = false; // a value the kept paper takes from the other one when it has none
        std::array<QLabel *, 2> labels{};
    };

    int keptSide() const;
    void updateSides();

    std::array<Paper, 2> m_papers;
    QList<Field> m_fields;
    std::array<QRadioButton *, 2> m_keep{};
    QLabel *m_explanation = nullptr;
    QPushButton *m_merge = nullptr;
};

} // namespace lectern
