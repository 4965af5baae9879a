#include "librarycommand.h"

#include "store/curation.h"

#include <QCoreApplication>

namespace lectern {

LibraryCommand::LibraryCommand(LibraryEditor *editor, const QString &text, LibraryEditor::Changes changes, Step redo,
                               Step undo)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_changes(changes)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{
}

void LibraryCommand::redo()
{
    m_editor->submit(text(), m_redo, m_changes);
}

void LibraryCommand::undo()
{
    m_editor->submit(QCoreApplication::translate("lectern::LibraryCommand", "Undo %1").arg(text()), m_undo, m_changes);
}

NoteCommand::NoteCommand(LibraryEditor *editor, qint64 paperId, quint64 burst, const QString &before,
                         const QString &after, Show show)
    : QUndoCommand(QCoreApplication::translate("lectern::LibraryCommand", "Edit Note"))
    , m_editor(editor)
    , m_paperId(paperId)
    , m_burst(burst)
    , m_before(before)
    , m_after(after)
    , m_show(std::move(show))
{
}

bool NoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const NoteCommand *>(other);
    if (next->m_paperId != m_paperId || next->m_burst != m_burst)
        return false;
    m_after = next->m_after;          // `next` has saved it already
    setObsolete(m_after == m_before); // typed and erased again: nothing to undo
    return true;
}

void NoteCommand::redo()
{
    save(m_after);
    if (m_pushed)
        m_show(m_paperId, m_after);
    m_pushed = true;
}

void NoteCommand::undo()
{
    save(m_before);
    m_show(m_paperId, m_before);
}

void NoteCommand::save(const QString &markdown)
{
    const qint64 id = m_paperId;
    m_editor->submit(
        text(), [id, markdown](Curation &curation) { curation.setNote(id, markdown); }, LibraryEditor::Change::Note);
}

} // namespace lectern
