#include "curationcontroller.h"

#include "extract/taxonomy.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/resultport.h"
#include "librarycommand.h"
#include "store/curation.h"
#include "store/library.h"
#include "store/readinglists.h"

#include <QDateTime>
#include <QSet>
#include <QUndoStack>
#include <QWidget>

namespace lectern {

namespace {

using Change = LibraryEditor::Change;

QString stars(int rating)
{
    return QString(rating, QChar(0x2605));
}

// The shallowest ancestor of `tag` (or the tag itself) that the library lacks: what adding it creates.
QString firstMissingLevel(const QStringList &existing, const QString &tag)
{
    const QSet<QString> names(existing.cbegin(), existing.cend());
    qsizetype slash = -1;
    do {
        slash = tag.indexOf(QLatin1Char('/'), slash + 1);
        const QString level = slash < 0 ? tag : tag.left(slash);
        if (!names.contains(level))
            return level;
    } while (slash >= 0);
    return QString();
}

} // namespace

CurationController::CurationController(ImportQueue *writer, ReaderThread *reader, QWidget *window)
    : QObject(window)
    , m_writer(writer)
    , m_reader(reader)
    , m_window(window)
    , m_stack(new QUndoStack(this))
    , m_editor(new LibraryEditor(writer, this))
    , m_port(ResultPort::open(this))
{
    connect(m_editor, &LibraryEditor::saved, this, [this](LibraryEditor::Changes changes) {
        if (changes & (Change::Tags | Change::Lists))
            reloadFacts();
    });
    connect(m_editor, &LibraryEditor::failed, this, [this](const QString &description, const QString &error) {
        Q_EMIT message(tr("Could not save “%1”: %2").arg(description, error));
    });
    reloadFacts();
}

CurationController::~CurationController()
{
    m_port->close();
}

void CurationController::push(const QString &text, LibraryEditor::Changes changes, LibraryEditor::Step redo,
                              LibraryEditor::Step undo)
{
    m_stack->push(new LibraryCommand(m_editor, text, changes, std::move(redo), std::move(undo)));
}

void CurationController::reloadFacts()
{
    const auto port = m_port;
    auto *self = this;
    m_reader->post([port, self](Library &library) {
        Curation curation(library.db(), Taxonomy::builtIn());
        const QStringList names = curation.allTagNames();
        const QHash<int, QString> slots = curation.keySlots();
        QList<std::pair<qint64, QString>> lists;
        for (const ReadingListInfo &list : ReadingLists(library.db()).all())
            lists.append({list.id, list.name});
        port->post([self, names, slots, lists] {
            self->m_tagNames = names;
            self->m_keySlots = slots;
            self->m_lists = lists;
            Q_EMIT self->factsChanged();
        });
    });
}

QString CurationController::listName(qint64 listId) const
{
    for (const auto &[id, name] : m_lists) {
        if (id == listId)
            return name;
    }
    return QString();
}

void CurationController::waitUntilSaved()
{
    m_editor->waitUntilSaved();
}

// --- on papers

void CurationController::addTags(const QList<qint64> &papers, const QStringList &tags)
{
    if (papers.isEmpty() || tags.isEmpty())
        return;
    struct State {
        QHash<QString, QList<qint64>> added;
        QStringList created; // the levels the first redo created, removed again by undo
    };
    const auto state = std::make_shared<State>();
    const QString text = tags.size() == 1
                             ? tr("Add Tag “%1” to %n Paper(s)", nullptr, int(papers.size())).arg(tags.first())
                             : tr("Add %1 Tags to %n Paper(s)", nullptr, int(papers.size())).arg(tags.size());
    push(
        text, Change::Papers | Change::Tags,
        [state, papers, tags](Curation &c) {
            const QStringList existing = c.allTagNames();
            state->created.clear();
            for (const QString &tag : tags) {
                const QString missing = firstMissingLevel(existing, tag);
                if (!missing.isEmpty())
                    state->created.append(missing);
                state->added[tag] = c.addTag(papers, tag);
            }
        },
        [state](Curation &c) {
            for (auto it = state->added.cbegin(); it != state->added.cend(); ++it)
                c.removeTag(it.value(), it.key());
            for (const QString &level : std::as_const(state->created))
                c.deleteTag(level);
        });
}

void CurationController::removeTags(const QList<qint64> &papers, const QStringList &tags)
{
    if (papers.isEmpty() || tags.isEmpty())
        return;
    const auto removed = std::make_shared<QHash<QString, QList<qint64>>>();
    const QString text = tags.size() == 1
                             ? tr("Remove Tag “%1” from %n Paper(s)", nullptr, int(papers.size())).arg(tags.first())
                             : tr("Remove %1 Tags from %n Paper(s)", nullptr, int(papers.size())).arg(tags.size());
    push(
        text, Change::Papers | Change::Tags,
        [removed, papers, tags](Curation &c) {
            for (const QString &tag : tags)
                (*removed)[tag] = c.removeTag(papers, tag);
        },
        [removed](Curation &c) {
            for (auto it = removed->cbegin(); it != removed->cend(); ++it)
                c.addTag(it.value(), it.key());
        });
}

void CurationController::toggleKeyTag(const QList<qint64> &papers, int slot)
{
    const QString tag = m_keySlots.value(slot);
    if (tag.isEmpty()) {
        Q_EMIT message(tr("No tag is on key %1. Assign one from a tag's menu in the side panel.").arg(slot));
        return;
    }
    if (papers.isEmpty())
        return;
    struct State {
        QList<qint64> added, removed;
    };
    const auto state = std::make_shared<State>();
    push(
        tr("Toggle Tag “%1” on %n Paper(s)", nullptr, int(papers.size())).arg(tag), Change::Papers | Change::Tags,
        [state, papers, tag](Curation &c) {
            state->added = c.addTag(papers, tag);
            state->removed = state->added.isEmpty() ? c.removeTag(papers, tag) : QList<qint64>();
        },
        [state, tag](Curation &c) {
            c.removeTag(state->added, tag);
            c.addTag(state->removed, tag);
        });
}

void CurationController::pushField(const QString &text, int field, const QList<qint64> &papers, int value)
{
    const auto before = std::make_shared<QHash<qint64, int>>();
    const auto f = Curation::Field(field);
    push(
        text, Change::Papers, [before, f, papers, value](Curation &c) { *before = c.setField(f, papers, value); },
        [before, f](Curation &c) { c.restoreField(f, *before); });
}

void CurationController::setStatus(const QList<qint64> &papers, ReadingStatus status)
{
    if (papers.isEmpty())
        return;
    const int n = int(papers.size());
    const QString text = status == ReadingStatus::Read      ? tr("Mark %n Paper(s) as Read", nullptr, n)
                         : status == ReadingStatus::Reading ? tr("Mark %n Paper(s) as Reading", nullptr, n)
                                                            : tr("Mark %n Paper(s) as Unread", nullptr, n);
    pushField(text, int(Curation::Field::Status), papers, int(status));
}

void CurationController::setRating(const QList<qint64> &papers, int rating)
{
    if (papers.isEmpty())
        return;
    const int n = int(papers.size());
    const QString text = rating == 0 ? tr("Clear the Rating of %n Paper(s)", nullptr, n)
                                     : tr("Rate %n Paper(s) %1", nullptr, n).arg(stars(rating));
    pushField(text, int(Curation::Field::Rating), papers, rating);
}

void CurationController::setPriority(const QList<qint64> &papers, Priority priority)
{
    if (papers.isEmpty())
        return;
    const int n = int(papers.size());
    const QString text = priority == Priority::High  ? tr("Give %n Paper(s) High Priority", nullptr, n)
                         : priority == Priority::Low ? tr("Give %n Paper(s) Low Priority", nullptr, n)
                                                     : tr("Give %n Paper(s) Normal Priority", nullptr, n);
    pushField(text, int(Curation::Field::Priority), papers, int(priority));
}

void CurationController::deletePapers(const QList<qint64> &papers)
{
    if (papers.isEmpty())
        return;
    const auto snapshot = std::make_shared<PaperSnapshot>();
    push(
        tr("Delete %n Paper(s)", nullptr, int(papers.size())), Change::Papers | Change::Tags | Change::Lists,
        [snapshot, papers](Curation &c) {
            *snapshot = c.snapshotPapers(papers);
            c.deletePapers(papers);
        },
        [snapshot](Curation &c) { c.restorePapers(*snapshot); });
}

void CurationController::mergePapers(qint64 kept, qint64 absorbed)
{
    if (kept == absorbed || kept == 0 || absorbed == 0)
        return;
    const auto snapshot = std::make_shared<PaperSnapshot>();
    push(
        tr("Merge Two Papers"), Change::Papers | Change::Tags | Change::Lists | Change::Note,
        [snapshot, kept, absorbed](Curation &c) {
            *snapshot = c.snapshotPapers({kept, absorbed});
            c.mergePapers(kept, absorbed);
        },
        [snapshot](Curation &c) { c.restorePapers(*snapshot); });
}

// --- notes

void CurationController::noteLoaded(qint64 paperId, const QString &markdown)
{
    // While edits are queued the library may not have this note's last save yet: what was saved last stands.
    if (!m_savedNotes.contains(paperId) || m_editor->pending() == 0)
        m_savedNotes.insert(paperId, markdown);
}

void CurationController::noteEditingStarted(qint64 paperId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (paperId != m_burstPaper || now - m_lastNoteSave > m_burstGapMs)
        ++m_burst;
    m_burstPaper = paperId;
}

void CurationController::saveNote(qint64 paperId, const QString &markdown)
{
    const QString before = m_savedNotes.value(paperId);
    if (before == markdown)
        return;
    m_savedNotes.insert(paperId, markdown);
    if (paperId != m_burstPaper) { // saved without a keystroke first (a flush): a burst of its own
        ++m_burst;
        m_burstPaper = paperId;
    }
    m_lastNoteSave = QDateTime::currentMSecsSinceEpoch();
    m_stack->push(new NoteCommand(m_editor, paperId, m_burst, before, markdown, [this](qint64 id, const QString &text) {
        m_savedNotes.insert(id, text);
        Q_EMIT noteRestored(id, text);
    }));
}

// --- reading lists

void CurationController::setListOrder(qint64 listId, const QList<qint64> &order, const QString &text)
{
    const auto before = std::make_shared<QList<qint64>>();
    push(
        text, Change::Lists,
        [before, listId, order](Curation &c) {
            *before = c.listItems(listId);
            c.setListItems(listId, order);
        },
        [before, listId](Curation &c) { c.setListItems(listId, *before); });
}

void CurationController::addToList(qint64 listId, const QList<qint64> &papers)
{
    if (papers.isEmpty())
        return;
    const auto before = std::make_shared<QList<qint64>>();
    push(
        tr("Add %n Paper(s) to “%1”", nullptr, int(papers.size())).arg(listName(listId)), Change::Lists,
        [before, listId, papers](Curation &c) {
            *before = c.listItems(listId);
            QList<qint64> after = *before;
            for (qint64 id : papers) {
                if (!after.contains(id))
                    after.append(id);
            }
            c.setListItems(listId, after);
        },
        [before, listId](Curation &c) { c.setListItems(listId, *before); });
}

void CurationController::createList(const QString &name, const QList<qint64> &papers)
{
    const auto snapshot = std::make_shared<ReadingListSnapshot>();
    push(
        tr("Create Reading List “%1”", nullptr).arg(name), Change::Lists,
        [snapshot, name, papers](Curation &c) {
            if (snapshot->id != 0) {
                c.restoreList(*snapshot);
                return;
            }
            snapshot->id = c.createList(name);
            if (!papers.isEmpty())
                c.setListItems(snapshot->id, papers);
        },
        [snapshot](Curation &c) {
            if (snapshot->id != 0)
                *snapshot = c.deleteList(snapshot->id);
        });
}

void CurationController::renameList(qint64 listId, const QString &name)
{
    const QString previous = listName(listId);
    push(
        tr("Rename Reading List “%1” to “%2”").arg(previous, name), Change::Lists,
        [listId, name](Curation &c) { c.renameList(listId, name); },
        [listId, previous](Curation &c) { c.renameList(listId, previous); });
}

void CurationController::deleteList(qint64 listId)
{
    const auto snapshot = std::make_shared<ReadingListSnapshot>();
    push(
        tr("Delete Reading List “%1”").arg(listName(listId)), Change::Lists,
        [snapshot, listId](Curation &c) { *snapshot = c.deleteList(listId); },
        [snapshot](Curation &c) {
            if (snapshot->id != 0)
                c.restoreList(*snapshot);
        });
}

// --- saved searches

void CurationController::saveSearch(const QString &name, const QString &query)
{
    struct State {
        std::optional<SavedSearch> previous;
        qint64 id = 0;
    };
    const auto state = std::make_shared<State>();
    push(
        tr("Save Search “%1”").arg(name), Change::Searches,
        [state, name, query](Curation &c) {
            state->previous.reset();
            for (const SavedSearch &s : c.savedSearches()) {
                if (s.name == name)
                    state->previous = s;
            }
            state->id = c.saveSearch(name, query);
        },
        [state, name](Curation &c) {
            if (state->previous)
                c.saveSearch(name, state->previous->query);
            else if (state->id != 0)
                c.deleteSearch(state->id);
        });
}

void CurationController::renameSearch(qint64 id, const QString &name)
{
    const auto previous = std::make_shared<QString>();
    push(
        tr("Rename Saved Search to “%1”").arg(name), Change::Searches,
        [previous, id, name](Curation &c) {
            for (const SavedSearch &s : c.savedSearches()) {
                if (s.id == id)
                    *previous = s.name;
            }
            c.renameSearch(id, name);
        },
        [previous, id](Curation &c) {
            if (!previous->isEmpty())
                c.renameSearch(id, *previous);
        });
}

void CurationController::deleteSearch(qint64 id)
{
    const auto deleted = std::make_shared<SavedSearch>();
    push(
        tr("Delete Saved Search"), Change::Searches, [deleted, id](Curation &c) { *deleted = c.deleteSearch(id); },
        [deleted](Curation &c) {
            if (deleted->id != 0)
                c.restoreSearch(*deleted);
        });
}

// --- the tag tree

void CurationController::renameTag(const QString &from, const QString &to)
{
    if (from == to || to.isEmpty())
        return;
    const bool merge = m_tagNames.contains(to);
    const auto snapshot = std::make_shared<TagSnapshot>();
    push(
        merge ? tr("Merge Tag “%1” into “%2”").arg(from, to) : tr("Rename Tag “%1” to “%2”").arg(from, to),
        Change::Papers | Change::Tags,
        [snapshot, from, to](Curation &c) {
            *snapshot = c.snapshotTags({from, to});
            c.renameTag(from, to);
        },
        [snapshot](Curation &c) { c.restoreTags(*snapshot); });
}

void CurationController::deleteTag(const QString &name)
{
    const auto snapshot = std::make_shared<TagSnapshot>();
    push(
        tr("Delete Tag “%1”").arg(name), Change::Papers | Change::Tags,
        [snapshot, name](Curation &c) {
            *snapshot = c.snapshotTags({name});
            c.deleteTag(name);
        },
        [snapshot](Curation &c) { c.restoreTags(*snapshot); });
}

void CurationController::setTagColor(const QString &name, const QString &color, const QString &previous)
{
    push(
        color.isEmpty() ? tr("Remove the Colour of Tag “%1”").arg(name) : tr("Colour Tag “%1”").arg(name), Change::Tags,
        [name, color](Curation &c) { c.setTagColor(name, color); },
        [name, previous](Curation &c) { c.setTagColor(name, previous); });
}

void CurationController::assignKey(const QString &tag, int slot)
{
    const auto before = std::make_shared<QHash<int, QString>>();
    push(
        slot == 0 ? tr("Take Tag “%1” off Its Key").arg(tag) : tr("Put Tag “%1” on Key %2").arg(tag).arg(slot),
        Change::Tags,
        [before, tag, slot](Curation &c) {
            *before = c.keySlots();
            QHash<int, QString> after = *before;
            for (auto it = after.begin(); it != after.end();) {
                if (it.value() == tag)
                    it = after.erase(it);
                else
                    ++it;
            }
            if (slot > 0)
                after.insert(slot, tag);
            c.setKeySlots(after);
        },
        [before](Curation &c) { c.setKeySlots(*before); });
}

} // namespace lectern
