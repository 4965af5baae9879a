#pragma once

#include "domain/curation.h"
#include "libraryeditor.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace lectern {

class ImportQueue;
class ReaderThread;
class ResultPort;

// Every edit a user makes while curating, as an undoable command: tags (on papers, and the tag tree itself),
// reading status, rating, priority, notes, reading lists, saved searches, deletion and merging of papers. It
// owns the undo stack and the library facts the editing UI needs (tag names, key slots, lists), which it reads
// on a reader thread and reloads after its own edits. It never blocks: commands run on the writer.
class CurationController : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs; `reader` serves the small reads (tag names, lists, a paper's tags).
    CurationController(ImportQueue *writer, ReaderThread *reader, QWidget *window);
    ~CurationController() override;

    QUndoStack *undoStack() const { return m_stack; }
    LibraryEditor *editor() const { return m_editor; }

    // --- on papers
    void addTags(const QList<qint64> &papers, const QStringList &tags);
    void removeTags(const QList<qint64> &papers, const QStringList &tags);
    // Keys 1–9: adds the key's tag to the papers, or removes it when every one of them has it.
    void toggleKeyTag(const QList<qint64> &papers, int slot);
    void setStatus(const QList<qint64> &papers, ReadingStatus status);
    void setRating(const QList<qint64> &papers, int rating);
    void setPriority(const QList<qint64> &papers, Priority priority);
    void deletePapers(const QList<qint64> &papers);
    void mergePapers(qint64 kept, qint64 absorbed);

    // --- notes: `markdown` typed in the editor for `paperId`, saved now (one undo step per editing burst)
    void noteEditingStarted(qint64 paperId);
    void saveNote(qint64 paperId, const QString &markdown);
    // The note as loaded from the library: what an undo of the first edit puts back.
    void noteLoaded(qint64 paperId, const QString &markdown);
    // Saves of one note closer together than this are one editing burst (tests shorten it).
    void setNoteBurstGap(int milliseconds) { m_burstGapMs = milliseconds; }

    // --- reading lists
    void addToList(qint64 listId, const QList<qint64> &papers);
    void setListOrder(qint64 listId, const QList<qint64> &order, const QString &text);
    void createList(const QString &name, const QList<qint64> &papers = {});
    void renameList(qint64 listId, const QString &name);
    void deleteList(qint64 listId);

    // --- saved searches
    void saveSearch(const QString &name, const QString &query);
    void renameSearch(qint64 id, const QString &name);
    void deleteSearch(qint64 id);

    // --- the tag tree
    void renameTag(const QString &from, const QString &to);
    void deleteTag(const QString &name);
    void setTagColor(const QString &name, const QString &color, const QString &previous);
    void assignKey(const QString &tag, int slot); // slot 0: none

    // Library facts, as last read.
    const QStringList &tagNames() const { return m_tagNames; }
    const QHash<int, QString> &keySlots() const { return m_keySlots; }
    QList<std::pair<qint64, QString>> lists() const { return m_lists; } // by name
    QString listName(qint64 listId) const;
    // Reads tag names, key slots and lists again; factsChanged() follows.
    void reloadFacts();

    // Writes every pending edit before returning (quitting).
    void waitUntilSaved();

Q_SIGNALS:
    void factsChanged();
    // A note the undo stack changed, for the editor showing that paper.
    void noteRestored(qint64 paperId, const QString &markdown);
    void message(const QString &text);

private:
    void push(const QString &text, LibraryEditor::Changes changes, LibraryEditor::Step redo, LibraryEditor::Step undo);
    void pushField(const QString &text, int field, const QList<qint64> &papers, int value);

    ImportQueue *m_writer;
    ReaderThread *m_reader;
    QWidget *m_window;
    QUndoStack *m_stack;
    LibraryEditor *m_editor;
    std::shared_ptr<ResultPort> m_port;
    QStringList m_tagNames;
    QHash<int, QString> m_keySlots;
    QList<std::pair<qint64, QString>> m_lists;
    QHash<qint64, QString> m_savedNotes; // each note as last saved, by paper
    quint64 m_burst = 0;
    qint64 m_burstPaper = 0;
    qint64 m_lastNoteSave = 0; // ms since epoch
    int m_burstGapMs = 4000;
};

} // namespace lectern
