#include "libraryeditor.h"

#include "import/importqueue.h"
#include "store/curation.h"

namespace lectern {

LibraryEditor::LibraryEditor(ImportQueue *writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
{
    connect(m_writer, &ImportQueue::editFinished, this,
            [this](quint64 ticket, const QString &description, const QString &error) {
                const auto it = m_changes.constFind(ticket);
                if (it == m_changes.cend())
                    return; // not one of ours
                const Changes changes = *it;
                m_changes.erase(it);
                if (error.isEmpty())
                    Q_EMIT saved(changes);
                else
                    Q_EMIT failed(description, error);
                Q_EMIT pendingChanged(int(m_changes.size()));
            });
}

void LibraryEditor::submit(const QString &description, Step step, Changes changes)
{
    const quint64 ticket =
        m_writer->edit(description, [step = std::move(step)](Database &db, const Taxonomy &taxonomy) {
            Curation curation(db, taxonomy);
            step(curation);
        });
    m_changes.insert(ticket, changes);
    Q_EMIT pendingChanged(int(m_changes.size()));
}

int LibraryEditor::pending() const
{
    return int(m_changes.size());
}

void LibraryEditor::waitUntilSaved()
{
    m_writer->waitForEdits();
}

} // namespace lectern
