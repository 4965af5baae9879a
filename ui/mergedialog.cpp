#include "mergedialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lectern {

namespace {

constexpr int kAuthorsShown = 8;
constexpr int kNoteExcerptLength = 240;

QString noteExcerpt(const QString &note)
{
    const QString flat = note.simplified();
    if (flat.size() <= kNoteExcerptLength)
        return flat;
    return flat.left(kNoteExcerptLength).trimmed() + QChar(0x2026);
}

} // namespace

MergeDialog::MergeDialog(const Paper &a, int sourcesA, const Paper &b, int sourcesB, QWidget *parent)
    : QDialog(parent)
    , m_papers{a, b}
{
    setWindowTitle(tr("Merge Papers"));
    setSizeGripEnabled(true);

    const std::array<int, 2> sources{sourcesA, sourcesB};
    const auto authors = [](const Paper &paper) -> QString {
        if (paper.authors.size() <= kAuthorsShown)
            return paper.authors.join(QLatin1String(", "));
        return paper.authors.mid(0, kAuthorsShown).join(QLatin1String(", ")) + QLatin1Char(' ')
               + tr("and %n more", nullptr, int(paper.authors.size() - kAuthorsShown));
    };
    const auto row = [this](const QString &name, bool fillable, auto value) {
        Field field;
        field.name = name;
        field.fillable = fillable;
        for (int side = 0; side < 2; ++side)
            field.values[side] = value(side);
        m_fields.append(field);
    };
    row(tr("Title"), true, [&](int s) { return m_papers[s].title; });
    row(tr("Authors"), true, [&](int s) { return authors(m_papers[s]); });
    row(tr("Year"), true, [&](int s) { return m_papers[s].year ? QString::number(*m_papers[s].year) : QString(); });
    row(tr("Venue"), true, [&](int s) { return m_papers[s].venue; });
    row(tr("DOI"), true, [&](int s) { return m_papers[s].doi; });
    row(tr("arXiv"), true, [&](int s) { return m_papers[s].arxivId; });
    row(tr("Citation key"), false, [&](int s) { return m_papers[s].citationKey; });
    row(tr("Sources"), false, [&](int s) { return tr("%n source(s)", nullptr, sources[s]); });
    row(tr("Tags"), false, [&](int s) { return m_papers[s].tags.join(QLatin1String(", ")); });
    row(tr("Note"), false, [&](int s) { return noteExcerpt(m_papers[s].note); });

    auto *intro = new QLabel(tr("Choose the paper to keep. The other one is merged into it."), this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    auto *group = new QButtonGroup(this);
    m_keep[0] = new QRadioButton(tr("Keep paper &1"), this);
    m_keep[1] = new QRadioButton(tr("Keep paper &2"), this);
    for (int side = 0; side < 2; ++side) {
        group->addButton(m_keep[side], side);
        grid->addWidget(m_keep[side], 0, side + 1);
        grid->setColumnStretch(side + 1, 1);
    }
    m_keep[0]->setChecked(true);
    connect(group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateSides();
    });

    for (int r = 0; r < m_fields.size(); ++r) {
        Field &field = m_fields[r];
        auto *name = new QLabel(field.name, this);
        name->setAlignment(Qt::AlignRight | Qt::AlignTop);
        name->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(name, r + 1, 0);
        for (int side = 0; side < 2; ++side) {
            auto *value = new QLabel(this);
            value->setTextFormat(Qt::PlainText);
            value->setWordWrap(true);
            value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
            value->setProperty("mergeSide", side);
            // A click on a paper's values chooses it, as a click on its card would.
            value->installEventFilter(this);
            field.labels[side] = value;
            grid->addWidget(value, r + 1, side + 1);
        }
    }

    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_merge->setDefault(true);
    m_merge->setAutoDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    layout->addWidget(buttons);

    updateSides();
    m_merge->setFocus();
}

MergeDialog::~MergeDialog() = default;

int MergeDialog::keptSide() const
{
    return m_keep[1]->isChecked() ? 1 : 0;
}

qint64 MergeDialog::keptId() const
{
    return m_papers[keptSide()].id;
}

qint64 MergeDialog::absorbedId() const
{
    return m_papers[1 - keptSide()].id;
}

void MergeDialog::setKeptId(qint64 id)
{
    for (int side = 0; side < 2; ++side) {
        if (m_papers[side].id == id)
            m_keep[side]->setChecked(true);
    }
}

QString MergeDialog::shownValue(int row, int side) const
{
    return m_fields.at(row).labels[side]->text();
}

QStringList MergeDialog::fieldNames() const
{
    QStringList names;
    for (const Field &field : m_fields)
        names.append(field.name);
    return names;
}

QString MergeDialog::explanation() const
{
    return m_explanation->text();
}

void MergeDialog::updateSides()
{
    const int kept = keptSide();
    const QString none = QStringLiteral("\u2014");
    for (Field &field : m_fields) {
        for (int side = 0; side < 2; ++side) {
            QLabel *label = field.labels[side];
            const QString &own = field.values[side];
            const QString &other = field.values[1 - side];
            QFont font = this->font();
            if (!own.isEmpty()) {
                label->setText(own);
                label->setForegroundRole(side == kept ? QPalette::WindowText : QPalette::PlaceholderText);
            } else if (side == kept && field.fillable && !other.isEmpty()) {
                label->setText(tr("%1 (filled in from the other paper)").arg(other));
                label->setForegroundRole(QPalette::WindowText);
                font.setItalic(true);
            } else {
                label->setText(none);
                label->setForegroundRole(QPalette::PlaceholderText);
            }
            label->setFont(font);
        }
    }
    const Paper &keptPaper = m_papers[kept];
    const QString title = keptPaper.title.isEmpty() ? tr("Paper %1").arg(kept + 1) : keptPaper.title;
    QString sentence = keptPaper.citationKey.isEmpty()
                           ? tr("\u201C%1\u201D is kept.").arg(title)
                           : tr("\u201C%1\u201D is kept with its citation key %2.").arg(title, keptPaper.citationKey);
    sentence +=
        QLatin1Char(' ')
        + tr("The other paper's sources, tags, notes and list places move to the kept paper; fields it lacks are "
             "filled in. You can undo this.");
    m_explanation->setText(sentence);
}

bool MergeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const QVariant side = watched->property("mergeSide");
        if (side.isValid())
            m_keep[side.toInt()]->setChecked(true);
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace lectern
