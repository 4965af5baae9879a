#pragma once

#include "libraryeditor.h"

#include <QUndoCommand>

#include <functional>

namespace lectern {

// An undoable edit of the library. Its redo and undo are Curation steps run on the writer in order, sharing
// whatever state they capture (what the redo changed is what the undo puts back), so undo is exact even though
// the command itself never waits for the writer.
class LibraryCommand : public QUndoCommand
{
public:
    using Step = LibraryEditor::Step;
    LibraryCommand(LibraryEditor *editor, const QString &text, LibraryEditor::Changes changes, Step redo, Step undo);

    void redo() override;
    void undo() override;

private:
    LibraryEditor *m_editor;
    LibraryEditor::Changes m_changes;
    Step m_redo, m_undo;
};

// A note saved while typing. Saves of the same paper's note in one editing burst merge into one undo step,
// which puts back the note as it was before the burst.
class NoteCommand : public QUndoCommand
{
public:
    // Shows a note the undo stack wrote (undo, redo) in the editor if that paper is open there.
    using Show = std::function<void(qint64 paperId, const QString &markdown)>;
    NoteCommand(LibraryEditor *editor, qint64 paperId, quint64 burst, const QString &before, const QString &after,
                Show show);

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

    qint64 paperId() const { return m_paperId; }

private:
    void save(const QString &markdown);

    LibraryEditor *m_editor;
    qint64 m_paperId;
    quint64 m_burst;
    QString m_before, m_after;
    Show m_show;
    bool m_pushed = false; // the first redo is the save the typing asked for: the editor shows it already
};

} // namespace lectern
