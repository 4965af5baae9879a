#pragma once

#include <QFlags>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace lectern {

class Curation;
class ImportQueue;

// The window's edits of the library: each runs as a Curation step on the single writer (ImportQueue::edit), in
// the order submitted, so an undo queued behind its redo always finds the redo's result. Reports what changed
// once it is saved, so the window refreshes only what shows it.
class LibraryEditor : public QObject
{
    Q_OBJECT

public:
    enum class Change {
        Papers = 0x1, // the table's rows (tags, status, rating, priority, deletions, merges)
        Tags = 0x2,
        Lists = 0x4,
        Searches = 0x8,
        Note = 0x10,
    };
    Q_DECLARE_FLAGS(Changes, Change)

    using Step = std::function<void(Curation &)>;

    explicit LibraryEditor(ImportQueue *writer, QObject *parent = nullptr);

    void submit(const QString &description, Step step, Changes changes);
    int pending() const;
    // Blocks until every submitted edit is written.
    void waitUntilSaved();

Q_SIGNALS:
    void saved(lectern::LibraryEditor::Changes changes);
    void failed(const QString &description, const QString &error);
    void pendingChanged(int pending);

private:
    ImportQueue *m_writer;
    QHash<quint64, Changes> m_changes; // by ticket, until saved
};

Q_DECLARE_OPERATORS_FOR_FLAGS(LibraryEditor::Changes)

} // namespace lectern
