#pragma once

#include "domain/curation.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace lectern {

class Database;
class Taxonomy;

// A tag and every tag below it, as they were: enough to put them back exactly (undo of a rename, merge or
// deletion of tags).
struct TagSnapshot {
    struct Entry {
        QString name;    // full path, "compression/quantization"
        QString color;   // "#rrggbb" or empty
        int keySlot = 0; // 1–9, 0 when none
        QList<qint64> papers;
        qint64 id = 0; // restored under the same id when it is still free
    };
    QStringList roots; // the names whose subtrees were captured
    QList<Entry> tags; // parents before children
    // Ancestors of the roots that did not exist: a restore removes those the undone write created (when they
    // hold no papers and no other tags), so undoing "add tag x/y/z" to a new path leaves no "x" behind.
    QStringList absentAncestors;
};

// Every row of some papers and of what hangs off them (authors, sources, tags, facts, facets, list places,
// note), enough to delete them and put them back exactly (undo of a deletion or a merge).
struct PaperSnapshot {
    struct Table {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<qint64> paperIds;
    QList<Table> tables;
};

struct ReadingListSnapshot {
    qint64 id = 0;
    QString name;
    qint64 createdAt = 0;
    QList<qint64> papers; // in order
};

struct SavedSearch {
    qint64 id = 0;
    QString name;
    QString query;
    qint64 position = 0; // the order in the side panel; a restore puts the search back at its place
};

// Every edit a user makes to a library while curating it. Each write runs inside the caller's transaction (the
// writer's, see ImportQueue::edit) and returns what undoing it needs; an undo is another write through the same
// class. Names of tags are full paths with "/" between levels; a tag's ancestors exist as tags of their own.
// Throws DatabaseError on failure (the caller's transaction then rolls back).
class Curation
{
public:
    // `taxonomy` is the library's: deleting and restoring papers keeps the chart's facet totals in step.
    Curation(Database &db, const Taxonomy &taxonomy);
    ~Curation();
    Curation(const Curation &) = delete;
    Curation &operator=(const Curation &) = delete;

    // --- tags
    // Normalizes a tag name the user typed: trims each level, drops empty levels ("a//b/" → "a/b"); empty
    // when nothing is left.
    static QString normalizedTagName(const QString &name);
    // "a/b" for "a/b/c"; empty for a top-level tag.
    static QString parentTagName(const QString &name);
    // Adds `tag` (creating it and its ancestors) to the papers; returns those that did not have it.
    QList<qint64> addTag(const QList<qint64> &paperIds, const QString &tag);
    // Removes exactly `tag` (not its sub-tags) from the papers; returns those that had it.
    QList<qint64> removeTag(const QList<qint64> &paperIds, const QString &tag);
    // Captures tags and their subtrees (those of the roots that exist).
    TagSnapshot snapshotTags(const QStringList &roots);
    // Deletes whatever exists now under the snapshot's roots and puts the snapshot back.
    void restoreTags(const TagSnapshot &snapshot);
    // Renames `from` and its sub-tags to `to` (moving the subtree). When `to` or one of the moved names
    // exists already, the two merge: their papers are united, and the existing tag keeps its colour and key
    // unless it had none. Throws DatabaseError when `from` does not exist, `to` is empty, or `to` lies inside
    // `from`'s subtree.
    void renameTag(const QString &from, const QString &to);
    // Deletes the tag and its sub-tags from every paper.
    void deleteTag(const QString &name);
    // "#rrggbb", or empty for none. Throws DatabaseError when the tag does not exist or the colour is malformed.
    void setTagColor(const QString &name, const QString &color);
    QString tagColor(const QString &name); // empty when none (or no such tag)
    // The tags on keys 1–9: slot → tag name.
    QHash<int, QString> keySlots();
    // Replaces every key assignment (a tag may hold one key; a key one tag).
    void setKeySlots(const QHash<int, QString> &slots);
    QStringList allTagNames(); // sorted

    // --- status, rating, priority
    enum class Field { Status, Rating, Priority };
    // Sets the field on the papers; returns each paper's previous value (as stored: see domain/curation.h).
    QHash<qint64, int> setField(Field field, const QList<qint64> &paperIds, int value);
    void restoreField(Field field, const QHash<qint64, int> &values);

    // --- notes (Markdown; searchable through the full-text index's `note` column)
    QString note(qint64 paperId);
    void setNote(qint64 paperId, const QString &markdown);

    // --- reading lists
    QList<qint64> listItems(qint64 listId); // in order
    // Makes the list hold exactly `paperIds` in this order (add, remove and reorder are all this).
    void setListItems(qint64 listId, const QList<qint64> &paperIds);
    qint64 createList(const QString &name); // throws when the name is empty or taken
    void renameList(qint64 listId, const QString &name);
    ReadingListSnapshot deleteList(qint64 listId);
    void restoreList(const ReadingListSnapshot &snapshot); // with its id

    // --- saved searches (shown in the side panel in `position` order)
    QList<SavedSearch> savedSearches();
    qint64 saveSearch(const QString &name, const QString &query); // replaces the query of an existing name
    void renameSearch(qint64 id, const QString &name);
    SavedSearch deleteSearch(qint64 id);
    void restoreSearch(const SavedSearch &search); // with its id

    // --- papers
    PaperSnapshot snapshotPapers(const QList<qint64> &paperIds);
    // Deletes the papers with everything that hangs off them, keeping the full-text index and facet totals
    // in step.
    void deletePapers(const QList<qint64> &paperIds);
    // Deletes whatever exists now of the snapshot's papers and puts the snapshot back, ids included. Throws
    // DatabaseError when a paper of the snapshot conflicts with one stored since (same DOI, arXiv id, key).
    void restorePapers(const PaperSnapshot &snapshot);
    // Merges `absorbed` into `kept`: `kept` gains the other's sources, tags, list places (the earlier place
    // where both are in a list), note (appended below a rule), the higher status, rating and priority, and
    // every bibliographic field it lacks (authors, abstract, year, venue, ids, ...); its facts are
    // re-derived when it had none; then `absorbed` is deleted.
    void mergePapers(qint64 kept, qint64 absorbed);

private:
    Database &m_db;
    const Taxonomy &m_taxonomy;
};

} // namespace lectern
