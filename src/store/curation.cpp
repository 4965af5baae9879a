#include "store/curation.h"

#include "domain/paperkeys.h"
#include "extract/extractor.h"
#include "extract/taxonomy.h"
#include "store/database.h"
#include "store/facets.h"
#include "store/paperreader.h"
#include "store/paperstore.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lectern {

namespace {

QString emptyIfNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

[[noreturn]] void fail(const QString &message)
{
    throw DatabaseError(message, 0);
}

// A tag and every tag below it: ?1 is the name, ?2 the name followed by "/". substr() rather than LIKE, which
// would read "%" and "_" in a tag's name as wildcards and ignore case.
const char kSubtree[] = "(name = ?1 OR substr(name, 1, length(?2)) = ?2)";

Statement &bindSubtree(Statement &s, const QString &root)
{
    return s.bind(1, root).bind(2, root + QLatin1Char('/'));
}

std::optional<qint64> findTag(Database &db, const QString &name)
{
    Statement s(db, "SELECT id FROM tag WHERE name = ?");
    s.bind(1, name);
    if (s.next())
        return s.int64(0);
    return std::nullopt;
}

// The tag's id, creating it and its missing ancestors first.
qint64 ensureTag(Database &db, const QString &name)
{
    if (const auto id = findTag(db, name))
        return *id;
    const QString parent = Curation::parentTagName(name);
    const qint64 parentId = parent.isEmpty() ? 0 : ensureTag(db, parent); // 0: a top-level tag
    Statement insert(db, "INSERT INTO tag(name, parent_id) VALUES (?, ?)");
    insert.bind(1, name);
    if (parentId > 0)
        insert.bind(2, parentId);
    insert.run();
    return db.lastInsertRowId();
}

QList<TagSnapshot::Entry> readSubtree(Database &db, const QString &root)
{
    Statement tags(db, QStringLiteral("SELECT id, name, coalesce(color, ''), coalesce(key_slot, 0) FROM tag WHERE %1 "
                                      "ORDER BY name")
                           .arg(QLatin1String(kSubtree)));
    Statement papers(db, "SELECT paper_id FROM paper_tag WHERE tag_id = ? ORDER BY paper_id");
    bindSubtree(tags, root);
    QList<TagSnapshot::Entry> result;
    while (tags.next()) {
        TagSnapshot::Entry entry;
        entry.id = tags.int64(0);
        entry.name = tags.text(1);
        entry.color = tags.text(2);
        entry.keySlot = tags.integer(3);
        papers.bind(1, entry.id);
        while (papers.next())
            entry.papers.append(papers.int64(0));
        papers.reset();
        result.append(entry);
    }
    return result;
}

void deleteSubtree(Database &db, const QString &root)
{
    // Sub-tags would go with their parent (parent_id cascades); naming them all spares relying on the link.
    Statement s(db, QStringLiteral("DELETE FROM tag WHERE %1").arg(QLatin1String(kSubtree)));
    bindSubtree(s, root);
    s.run();
}

// Adds the tag to those of the papers that exist; returns those that did not have it.
QList<qint64> tagPapers(Database &db, qint64 tagId, const QList<qint64> &paperIds)
{
    Statement insert(db, "INSERT OR IGNORE INTO paper_tag(paper_id, tag_id) SELECT ?1, ?2 "
                         "WHERE EXISTS (SELECT 1 FROM paper WHERE id = ?1)");
    QList<qint64> added;
    for (qint64 paper : paperIds) {
        insert.bind(1, paper).bind(2, tagId);
        insert.run();
        insert.reset();
        if (db.changes() > 0)
            added.append(paper);
    }
    return added;
}

QString tagNameError()
{
    return QCoreApplication::translate("lectern::Curation", "A tag needs a name.");
}

QString noTagError(const QString &name)
{
    return QCoreApplication::translate("lectern::Curation", "There is no tag named \"%1\".").arg(name);
}

const char *fieldColumn(Curation::Field field)
{
    switch (field) {
    case Curation::Field::Rating:
        return "rating";
    case Curation::Field::Priority:
        return "priority";
    case Curation::Field::Status:
        break;
    }
    return "status";
}

void validateField(Curation::Field field, int value)
{
    switch (field) {
    case Curation::Field::Status:
        if (value < int(ReadingStatus::Unread) || value > int(ReadingStatus::Read))
            fail(QCoreApplication::translate("lectern::Curation",
                                             "A reading status is 0 (unread), 1 (reading) or 2 (read), not %1.")
                     .arg(value));
        return;
    case Curation::Field::Rating:
        if (value < 0 || value > kMaxRating)
            fail(QCoreApplication::translate("lectern::Curation", "A rating is from 0 to %1 stars, not %2.")
                     .arg(kMaxRating)
                     .arg(value));
        return;
    case Curation::Field::Priority:
        if (value < int(Priority::Low) || value > int(Priority::High))
            fail(QCoreApplication::translate("lectern::Curation",
                                             "A priority is 0 (low), 1 (normal) or 2 (high), not %1.")
                     .arg(value));
        return;
    }
}

QString validListName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        fail(QCoreApplication::translate("lectern::Curation", "A reading list needs a name."));
    return trimmed;
}

QString validSearchName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        fail(QCoreApplication::translate("lectern::Curation", "A saved search needs a name."));
    return trimmed;
}

// --- paper snapshots

// Each table that holds rows of a paper, with the column naming it. paper_tag is captured by tag name (see
// snapshotPapers). Parents first: restoring inserts in this order.
struct PaperTable {
    const char *name;
    const char *paperColumn;
};
constexpr PaperTable kPaperTables[] = {
    {"paper", "id"},           {"paper_author", "paper_id"},      {"source", "paper_id"},
    {"paper_tag", "paper_id"}, {"technique_fact", "paper_id"},    {"metric_fact", "paper_id"},
    {"paper_facet", "id"},     {"reading_list_item", "paper_id"},
};

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QStringList tableColumns(Database &db, const QString &table)
{
    Statement s(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    s.bind(1, table);
    QStringList columns;
    while (s.next())
        columns.append(s.text(0));
    return columns;
}

// The value of column `column` as a QVariant that binds back to the same SQLite value; `typeColumn` holds the
// column's typeof(). Empty text and blobs stay empty rather than becoming NULL.
QVariant storedValue(const Statement &s, int typeColumn, int column)
{
    const QString type = s.text(typeColumn);
    if (type == QLatin1String("integer"))
        return s.int64(column);
    if (type == QLatin1String("real"))
        return s.real(column);
    if (type == QLatin1String("text"))
        return emptyIfNull(s.text(column));
    if (type == QLatin1String("blob")) {
        const QByteArray blob = s.blob(column);
        return blob.isNull() ? QByteArray("") : blob;
    }
    return {};
}

const PaperSnapshot::Table *findTable(const PaperSnapshot &snapshot, const QString &name)
{
    for (const PaperSnapshot::Table &table : snapshot.tables) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

} // namespace

Curation::Curation(Database &db, const Taxonomy &taxonomy)
    : m_db(db)
    , m_taxonomy(taxonomy)
{
}

Curation::~Curation() = default;

// --- tags

QString Curation::normalizedTagName(const QString &name)
{
    QStringList levels;
    for (const QString &level : name.split(QLatin1Char('/'))) {
        const QString trimmed = level.trimmed();
        if (!trimmed.isEmpty())
            levels.append(trimmed);
    }
    return levels.join(QLatin1Char('/'));
}

QString Curation::parentTagName(const QString &name)
{
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? name.left(slash) : QString();
}

QList<qint64> Curation::addTag(const QList<qint64> &paperIds, const QString &tag)
{
    const QString name = normalizedTagName(tag);
    if (name.isEmpty())
        fail(tagNameError());
    return tagPapers(m_db, ensureTag(m_db, name), paperIds);
}

QList<qint64> Curation::removeTag(const QList<qint64> &paperIds, const QString &tag)
{
    const auto tagId = findTag(m_db, normalizedTagName(tag));
    if (!tagId)
        return {};
    Statement remove(m_db, "DELETE FROM paper_tag WHERE paper_id = ? AND tag_id = ?");
    QList<qint64> removed;
    for (qint64 paper : paperIds) {
        remove.bind(1, paper).bind(2, *tagId);
        remove.run();
        remove.reset();
        if (m_db.changes() > 0)
            removed.append(paper);
    }
    return removed;
}

TagSnapshot Curation::snapshotTags(const QStringList &roots)
{
    TagSnapshot snapshot;
    QSet<QString> captured;
    for (const QString &given : roots) {
        const QString root = normalizedTagName(given);
        if (root.isEmpty() || snapshot.roots.contains(root))
            continue;
        snapshot.roots.append(root);
        for (QString ancestor = parentTagName(root); !ancestor.isEmpty(); ancestor = parentTagName(ancestor)) {
            if (!findTag(m_db, ancestor) && !snapshot.absentAncestors.contains(ancestor))
                snapshot.absentAncestors.append(ancestor);
        }
        for (const TagSnapshot::Entry &entry : readSubtree(m_db, root)) {
            if (!captured.contains(entry.name)) {
                captured.insert(entry.name);
                snapshot.tags.append(entry);
            }
        }
    }
    // A parent's name is a prefix of its children's, so name order puts parents first, across roots too.
    std::sort(snapshot.tags.begin(), snapshot.tags.end(),
              [](const TagSnapshot::Entry &a, const TagSnapshot::Entry &b) { return a.name < b.name; });
    return snapshot;
}

void Curation::restoreTags(const TagSnapshot &snapshot)
{
    for (const QString &root : snapshot.roots)
        deleteSubtree(m_db, root);
    QStringList absent = snapshot.absentAncestors;
    std::sort(absent.begin(), absent.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    Statement removeUnused(m_db,
                           "DELETE FROM tag WHERE name = ? AND NOT EXISTS (SELECT 1 FROM tag c WHERE "
                           "c.parent_id = tag.id) AND NOT EXISTS (SELECT 1 FROM paper_tag WHERE tag_id = tag.id)");
    for (const QString &name : std::as_const(absent)) {
        removeUnused.bind(1, name);
        removeUnused.run();
        removeUnused.reset();
    }

    Statement idTaken(m_db, "SELECT 1 FROM tag WHERE id = ?");
    Statement freeSlot(m_db, "UPDATE tag SET key_slot = NULL WHERE key_slot = ?");
    Statement insert(m_db, "INSERT INTO tag(id, name, color, key_slot, parent_id) VALUES (?, ?, ?, ?, ?)");
    for (const TagSnapshot::Entry &entry : snapshot.tags) {
        const QString parent = parentTagName(entry.name);
        const qint64 parentId = parent.isEmpty() ? 0 : ensureTag(m_db, parent); // 0: a top-level tag
        idTaken.bind(1, entry.id);
        const bool taken = entry.id <= 0 || idTaken.next();
        idTaken.reset();
        if (entry.keySlot >= 1 && entry.keySlot <= 9) {
            freeSlot.bind(1, entry.keySlot);
            freeSlot.run();
            freeSlot.reset();
        }
        if (!taken)
            insert.bind(1, entry.id);
        insert.bind(2, entry.name);
        insert.bind(3, entry.color.isEmpty() ? QString() : entry.color);
        if (entry.keySlot >= 1 && entry.keySlot <= 9)
            insert.bind(4, entry.keySlot);
        if (parentId > 0)
            insert.bind(5, parentId);
        insert.run();
        insert.reset();
        tagPapers(m_db, m_db.lastInsertRowId(), entry.papers);
    }
}

void Curation::renameTag(const QString &from, const QString &to)
{
    const QString source = normalizedTagName(from);
    const QString target = normalizedTagName(to);
    if (target.isEmpty())
        fail(tagNameError());
    if (!findTag(m_db, source))
        fail(noTagError(from));
    if (target == source)
        return;
    if (target.startsWith(source + QLatin1Char('/'))) {
        fail(QCoreApplication::translate("lectern::Curation", "The tag \"%1\" cannot be moved into itself (\"%2\").")
                 .arg(source, target));
    }
    // The subtree is taken out whole and put back under its new name, so names inside it that collide with its
    // new place ("a/b" → "a" makes "a/b/b" the new "a/b") cannot meet themselves half-moved.
    const QList<TagSnapshot::Entry> moved = readSubtree(m_db, source);
    deleteSubtree(m_db, source);
    Statement current(m_db, "SELECT coalesce(color, ''), coalesce(key_slot, 0) FROM tag WHERE id = ?");
    Statement setColor(m_db, "UPDATE tag SET color = ? WHERE id = ?");
    Statement setSlot(m_db, "UPDATE tag SET key_slot = ? WHERE id = ?");
    for (const TagSnapshot::Entry &entry : moved) {
        const qint64 id = ensureTag(m_db, target + entry.name.mid(source.size()));
        current.bind(1, id);
        current.next();
        const bool hasColor = !current.text(0).isEmpty();
        const bool hasSlot = current.integer(1) != 0;
        current.reset();
        if (!hasColor && !entry.color.isEmpty()) {
            setColor.bind(1, entry.color).bind(2, id);
            setColor.run();
            setColor.reset();
        }
        if (!hasSlot && entry.keySlot != 0) { // the slot was freed with the moved tag
            setSlot.bind(1, entry.keySlot).bind(2, id);
            setSlot.run();
            setSlot.reset();
        }
        tagPapers(m_db, id, entry.papers);
    }
}

void Curation::deleteTag(const QString &name)
{
    const QString root = normalizedTagName(name);
    if (!root.isEmpty())
        deleteSubtree(m_db, root);
}

void Curation::setTagColor(const QString &name, const QString &color)
{
    static const QRegularExpression valid(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!color.isEmpty() && !valid.match(color).hasMatch())
        fail(
            QCoreApplication::translate("lectern::Curation", "\"%1\" is not a colour of the form #rrggbb.").arg(color));
    const auto id = findTag(m_db, normalizedTagName(name));
    if (!id)
        fail(noTagError(name));
    Statement s(m_db, "UPDATE tag SET color = ? WHERE id = ?");
    s.bind(1, color.isEmpty() ? QString() : color.toLower()).bind(2, *id);
    s.run();
}

QString Curation::tagColor(const QString &name)
{
    Statement s(m_db, "SELECT coalesce(color, '') FROM tag WHERE name = ?");
    s.bind(1, normalizedTagName(name));
    return s.next() ? s.text(0) : QString();
}

QHash<int, QString> Curation::keySlots()
{
    Statement s(m_db, "SELECT key_slot, name FROM tag WHERE key_slot IS NOT NULL");
    QHash<int, QString> slots;
    while (s.next())
        slots.insert(s.integer(0), s.text(1));
    return slots;
}

void Curation::setKeySlots(const QHash<int, QString> &slots)
{
    QHash<qint64, int> assigned; // tag id → slot
    for (auto it = slots.cbegin(); it != slots.cend(); ++it) {
        if (it.key() < 1 || it.key() > 9)
            fail(QCoreApplication::translate("lectern::Curation", "Tags go on the keys 1 to 9, not %1.").arg(it.key()));
        const QString name = normalizedTagName(it.value());
        if (name.isEmpty())
            continue;
        const auto id = findTag(m_db, name);
        if (!id)
            fail(noTagError(it.value()));
        if (assigned.contains(*id))
            fail(QCoreApplication::translate("lectern::Curation", "The tag \"%1\" can be on one key only.").arg(name));
        assigned.insert(*id, it.key());
    }
    m_db.exec("UPDATE tag SET key_slot = NULL WHERE key_slot IS NOT NULL");
    Statement set(m_db, "UPDATE tag SET key_slot = ? WHERE id = ?");
    for (auto it = assigned.cbegin(); it != assigned.cend(); ++it) {
        set.bind(1, it.value()).bind(2, it.key());
        set.run();
        set.reset();
    }
}

QStringList Curation::allTagNames()
{
    Statement s(m_db, "SELECT name FROM tag ORDER BY name COLLATE NOCASE, name");
    QStringList names;
    while (s.next())
        names.append(s.text(0));
    return names;
}

// --- status, rating, priority

QHash<qint64, int> Curation::setField(Field field, const QList<qint64> &paperIds, int value)
{
    validateField(field, value);
    const QLatin1String column(fieldColumn(field));
    Statement read(m_db, QStringLiteral("SELECT %1 FROM paper WHERE id = ?").arg(column));
    Statement write(m_db, QStringLiteral("UPDATE paper SET %1 = ? WHERE id = ?").arg(column));
    QHash<qint64, int> previous;
    for (qint64 id : paperIds) {
        read.bind(1, id);
        const bool exists = read.next();
        if (exists && !previous.contains(id))
            previous.insert(id, read.integer(0));
        read.reset();
        if (!exists)
            continue;
        write.bind(1, value).bind(2, id);
        write.run();
        write.reset();
    }
    return previous;
}

void Curation::restoreField(Field field, const QHash<qint64, int> &values)
{
    for (const int value : values)
        validateField(field, value);
    Statement write(m_db,
                    QStringLiteral("UPDATE paper SET %1 = ? WHERE id = ?").arg(QLatin1String(fieldColumn(field))));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        write.bind(1, it.value()).bind(2, it.key());
        write.run();
        write.reset();
    }
}

// --- notes

QString Curation::note(qint64 paperId)
{
    Statement s(m_db, "SELECT note FROM paper WHERE id = ?");
    s.bind(1, paperId);
    return s.next() ? s.text(0) : QString();
}

void Curation::setNote(qint64 paperId, const QString &markdown)
{
    qint64 sortKey = 0;
    QString title, abstract, authors, old;
    {
        Statement s(m_db, "SELECT sort_key, title, abstract, authors, note FROM paper WHERE id = ?");
        s.bind(1, paperId);
        if (!s.next())
            fail(QCoreApplication::translate("lectern::Curation", "There is no paper %1.").arg(paperId));
        sortKey = s.int64(0);
        title = emptyIfNull(s.text(1));
        abstract = emptyIfNull(s.text(2));
        authors = emptyIfNull(s.text(3));
        old = emptyIfNull(s.text(4));
    }
    if (old == markdown)
        return;
    // The index is external content: its entry is deleted by the values it indexed, then written anew (see
    // PaperStore::update).
    Statement remove(m_db, "INSERT INTO paper_fts(paper_fts, rowid, title, abstract, authors, note) "
                           "VALUES ('delete', ?, ?, ?, ?, ?)");
    remove.bind(1, sortKey).bind(2, title).bind(3, abstract).bind(4, authors).bind(5, old);
    remove.run();
    Statement update(m_db, "UPDATE paper SET note = ?, note_updated_at = ? WHERE id = ?");
    update.bind(1, emptyIfNull(markdown)).bind(3, paperId);
    if (!markdown.isEmpty())
        update.bind(2, QDateTime::currentSecsSinceEpoch());
    update.run();
    Statement index(m_db, "INSERT INTO paper_fts(rowid, title, abstract, authors, note) VALUES (?, ?, ?, ?, ?)");
    index.bind(1, sortKey).bind(2, title).bind(3, abstract).bind(4, authors).bind(5, emptyIfNull(markdown));
    index.run();
    // So that a note's words expand while being typed in the filter, like those of titles and abstracts.
    QSet<QString> terms;
    collectFullTextTerms(markdown, terms);
    if (!terms.isEmpty())
        PaperStore(m_db, m_taxonomy).addFullTextTerms(terms);
}

// --- reading lists

QList<qint64> Curation::listItems(qint64 listId)
{
    Statement s(m_db, "SELECT paper_id FROM reading_list_item WHERE list_id = ? ORDER BY position, paper_id");
    s.bind(1, listId);
    QList<qint64> papers;
    while (s.next())
        papers.append(s.int64(0));
    return papers;
}

static void requireList(Database &db, qint64 listId)
{
    Statement s(db, "SELECT 1 FROM reading_list WHERE id = ?");
    s.bind(1, listId);
    if (!s.next())
        fail(QCoreApplication::translate("lectern::Curation", "There is no reading list %1.").arg(listId));
}

static void requireFreeListName(Database &db, const QString &name, qint64 except)
{
    Statement s(db, "SELECT 1 FROM reading_list WHERE name = ? AND id <> ?");
    s.bind(1, name).bind(2, except);
    if (s.next()) {
        fail(QCoreApplication::translate("lectern::Curation", "There is already a reading list named \"%1\".")
                 .arg(name));
    }
}

static void writeListItems(Database &db, qint64 listId, const QList<qint64> &paperIds)
{
    Statement insert(db, "INSERT OR IGNORE INTO reading_list_item(list_id, paper_id, position) SELECT ?1, ?2, ?3 "
                         "WHERE EXISTS (SELECT 1 FROM paper WHERE id = ?2)");
    qint64 position = 0;
    for (qint64 paper : paperIds) {
        insert.bind(1, listId).bind(2, paper).bind(3, position);
        insert.run();
        insert.reset();
        if (db.changes() > 0)
            ++position;
    }
}

void Curation::setListItems(qint64 listId, const QList<qint64> &paperIds)
{
    requireList(m_db, listId);
    Statement clear(m_db, "DELETE FROM reading_list_item WHERE list_id = ?");
    clear.bind(1, listId);
    clear.run();
    writeListItems(m_db, listId, paperIds);
}

qint64 Curation::createList(const QString &name)
{
    const QString trimmed = validListName(name);
    requireFreeListName(m_db, trimmed, 0);
    Statement s(m_db, "INSERT INTO reading_list(name, created_at) VALUES (?, ?)");
    s.bind(1, trimmed).bind(2, QDateTime::currentSecsSinceEpoch());
    s.run();
    return m_db.lastInsertRowId();
}

void Curation::renameList(qint64 listId, const QString &name)
{
    const QString trimmed = validListName(name);
    requireList(m_db, listId);
    requireFreeListName(m_db, trimmed, listId);
    Statement s(m_db, "UPDATE reading_list SET name = ? WHERE id = ?");
    s.bind(1, trimmed).bind(2, listId);
    s.run();
}

ReadingListSnapshot Curation::deleteList(qint64 listId)
{
    ReadingListSnapshot snapshot;
    {
        Statement s(m_db, "SELECT name, created_at FROM reading_list WHERE id = ?");
        s.bind(1, listId);
        if (!s.next())
            fail(QCoreApplication::translate("lectern::Curation", "There is no reading list %1.").arg(listId));
        snapshot.id = listId;
        snapshot.name = s.text(0);
        snapshot.createdAt = s.int64(1);
    }
    snapshot.papers = listItems(listId);
    Statement remove(m_db, "DELETE FROM reading_list WHERE id = ?");
    remove.bind(1, listId);
    remove.run();
    return snapshot;
}

void Curation::restoreList(const ReadingListSnapshot &snapshot)
{
    {
        Statement s(m_db, "SELECT 1 FROM reading_list WHERE id = ?");
        s.bind(1, snapshot.id);
        if (s.next()) {
            fail(QCoreApplication::translate("lectern::Curation",
                                             "The reading list \"%1\" cannot be put back: its place is taken.")
                     .arg(snapshot.name));
        }
    }
    const QString name = validListName(snapshot.name);
    requireFreeListName(m_db, name, snapshot.id);
    Statement insert(m_db, "INSERT INTO reading_list(id, name, created_at) VALUES (?, ?, ?)");
    insert.bind(1, snapshot.id).bind(2, name).bind(3, snapshot.createdAt);
    insert.run();
    writeListItems(m_db, snapshot.id, snapshot.papers);
}

// --- saved searches

QList<SavedSearch> Curation::savedSearches()
{
    Statement s(m_db, "SELECT id, name, query, position FROM saved_search ORDER BY position, id");
    QList<SavedSearch> result;
    while (s.next())
        result.append({s.int64(0), s.text(1), emptyIfNull(s.text(2)), s.int64(3)});
    return result;
}

static std::optional<qint64> savedSearchNamed(Database &db, const QString &name)
{
    Statement s(db, "SELECT id FROM saved_search WHERE name = ?");
    s.bind(1, name);
    if (s.next())
        return s.int64(0);
    return std::nullopt;
}

static QString searchNameTaken(const QString &name)
{
    return QCoreApplication::translate("lectern::Curation", "There is already a saved search named \"%1\".").arg(name);
}

qint64 Curation::saveSearch(const QString &name, const QString &query)
{
    const QString trimmed = validSearchName(name);
    if (const auto id = savedSearchNamed(m_db, trimmed)) {
        Statement update(m_db, "UPDATE saved_search SET query = ? WHERE id = ?");
        update.bind(1, emptyIfNull(query)).bind(2, *id);
        update.run();
        return *id;
    }
    Statement insert(m_db, "INSERT INTO saved_search(name, query, position) "
                           "VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM saved_search))");
    insert.bind(1, trimmed).bind(2, emptyIfNull(query));
    insert.run();
    return m_db.lastInsertRowId();
}

void Curation::renameSearch(qint64 id, const QString &name)
{
    const QString trimmed = validSearchName(name);
    if (const auto other = savedSearchNamed(m_db, trimmed); other && *other != id)
        fail(searchNameTaken(trimmed));
    Statement s(m_db, "UPDATE saved_search SET name = ? WHERE id = ?");
    s.bind(1, trimmed).bind(2, id);
    s.run();
    if (m_db.changes() == 0)
        fail(QCoreApplication::translate("lectern::Curation", "There is no saved search %1.").arg(id));
}

SavedSearch Curation::deleteSearch(qint64 id)
{
    SavedSearch search;
    {
        Statement s(m_db, "SELECT name, query, position FROM saved_search WHERE id = ?");
        s.bind(1, id);
        if (!s.next())
            fail(QCoreApplication::translate("lectern::Curation", "There is no saved search %1.").arg(id));
        search = {id, s.text(0), emptyIfNull(s.text(1)), s.int64(2)};
    }
    Statement remove(m_db, "DELETE FROM saved_search WHERE id = ?");
    remove.bind(1, id);
    remove.run();
    return search;
}

void Curation::restoreSearch(const SavedSearch &search)
{
    const QString name = validSearchName(search.name);
    if (savedSearchNamed(m_db, name))
        fail(searchNameTaken(name));
    // Positions are not compacted on deletion, so the search's own position puts it back between its
    // neighbours.
    Statement insert(m_db, "INSERT INTO saved_search(id, name, query, position) VALUES (?, ?, ?, ?)");
    insert.bind(1, search.id).bind(2, name).bind(3, emptyIfNull(search.query)).bind(4, search.position);
    insert.run();
}

// --- papers

PaperSnapshot Curation::snapshotPapers(const QList<qint64> &paperIds)
{
    PaperSnapshot snapshot;
    {
        Statement exists(m_db, "SELECT 1 FROM paper WHERE id = ?");
        for (qint64 id : paperIds) {
            exists.bind(1, id);
            if (exists.next() && !snapshot.paperIds.contains(id))
                snapshot.paperIds.append(id);
            exists.reset();
        }
    }
    for (const PaperTable &spec : kPaperTables) {
        PaperSnapshot::Table table;
        table.name = QLatin1String(spec.name);
        std::optional<Statement> select;
        if (table.name == QLatin1String("paper_tag")) {
            // By name: a tag deleted and put back since gets a new id, and the paper's place in it must follow.
            table.columns = {QStringLiteral("paper_id"), QStringLiteral("tag")};
            select.emplace(m_db, "SELECT 'integer', pt.paper_id, 'text', t.name FROM paper_tag pt "
                                 "JOIN tag t ON t.id = pt.tag_id WHERE pt.paper_id = ? ORDER BY t.name");
        } else {
            table.columns = tableColumns(m_db, table.name);
            QStringList selected;
            for (const QString &column : std::as_const(table.columns))
                selected << QStringLiteral("typeof(%1)").arg(quoted(column)) << quoted(column);
            select.emplace(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                     .arg(selected.join(QStringLiteral(", ")), quoted(table.name),
                                          quoted(QLatin1String(spec.paperColumn))));
        }
        for (qint64 id : std::as_const(snapshot.paperIds)) {
            select->bind(1, id);
            while (select->next()) {
                QVariantList row;
                for (int c = 0; c < table.columns.size(); ++c)
                    row.append(storedValue(*select, 2 * c, 2 * c + 1));
                table.rows.append(row);
            }
            select->reset();
        }
        snapshot.tables.append(table);
    }
    return snapshot;
}

void Curation::deletePapers(const QList<qint64> &paperIds)
{
    FacetWriter facets(m_db, m_taxonomy);
    Statement key(m_db, "SELECT sort_key FROM paper WHERE id = ?");
    // Authors and source files are shared with other papers and stay; every other row of the paper goes with
    // it (ON DELETE CASCADE), and the full-text entry through the paper_fts_delete trigger.
    Statement remove(m_db, "DELETE FROM paper WHERE id = ?");
    qint64 highest = 0;
    for (qint64 id : paperIds) {
        key.bind(1, id);
        const bool exists = key.next();
        const qint64 sortKey = exists ? key.int64(0) : 0;
        key.reset();
        if (!exists)
            continue;
        facets.remove(sortKey);
        remove.bind(1, id);
        remove.run();
        remove.reset();
        highest = std::max(highest, id);
    }
    facets.flush();
    if (highest > 0) {
        // PaperStore::insert never hands out a deleted paper's id, so an undo can put the paper back under it.
        Statement mark(m_db, "INSERT INTO library_setting(key, value) VALUES ('deleted_paper_id_max', ?1) "
                             "ON CONFLICT(key) DO UPDATE SET value = CAST(max(CAST(value AS INTEGER), ?1) AS TEXT)");
        mark.bind(1, highest);
        mark.run();
    }
}

void Curation::restorePapers(const PaperSnapshot &snapshot)
{
    const QSet<qint64> ids(snapshot.paperIds.cbegin(), snapshot.paperIds.cend());
    const PaperSnapshot::Table *papers = findTable(snapshot, QStringLiteral("paper"));
    if (!papers)
        fail(QStringLiteral("a paper snapshot without papers"));
    const auto column = [](const PaperSnapshot::Table &table, const char *name) {
        return int(table.columns.indexOf(QLatin1String(name)));
    };
    const int idColumn = column(*papers, "id"), titleColumn = column(*papers, "title");
    const int doiColumn = column(*papers, "doi"), arxivColumn = column(*papers, "arxiv");
    const int keyColumn = column(*papers, "citation_key"), sortKeyColumn = column(*papers, "sort_key");
    const int abstractColumn = column(*papers, "abstract"), authorsColumn = column(*papers, "authors");
    const int noteColumn = column(*papers, "note");
    if (std::min({idColumn, titleColumn, doiColumn, arxivColumn, keyColumn, sortKeyColumn, abstractColumn,
                  authorsColumn, noteColumn})
        < 0)
        fail(QStringLiteral("a paper snapshot of another schema"));

    // Papers stored since with the same identifiers would make the unique indexes fail halfway; say which.
    {
        Statement conflicts(m_db, "SELECT id, title FROM paper WHERE doi = ?1 OR arxiv = ?2 OR citation_key = ?3");
        for (const QVariantList &row : papers->rows) {
            conflicts.bind(1, row.value(doiColumn)).bind(2, row.value(arxivColumn)).bind(3, row.value(keyColumn));
            while (conflicts.next()) {
                if (!ids.contains(conflicts.int64(0))) {
                    fail(QCoreApplication::translate(
                             "lectern::Curation",
                             "\"%1\" cannot be put back: \"%2\", stored since, has the same DOI, arXiv id or "
                             "citation key.")
                             .arg(row.value(titleColumn).toString(), conflicts.text(1)));
                }
            }
            conflicts.reset();
        }
    }

    deletePapers(snapshot.paperIds);

    FacetWriter facets(m_db, m_taxonomy);
    Statement index(m_db, "INSERT INTO paper_fts(rowid, title, abstract, authors, note) VALUES (?, ?, ?, ?, ?)");
    for (const PaperSnapshot::Table &table : snapshot.tables) {
        if (table.name == QLatin1String("paper_facet")) {
            // Through the facet writer, which adds them back into the library's totals.
            const int sortKey = column(table, "sort_key"), id = column(table, "id"), year = column(table, "year");
            const int techniques = column(table, "techniques"), kinds = column(table, "kinds");
            for (const QVariantList &row : table.rows) {
                PaperFacet facet;
                facet.paperId = row.value(id).toLongLong();
                if (!row.value(year).isNull())
                    facet.year = row.value(year).toInt();
                facet.techniques = row.value(techniques).toByteArray();
                facet.kinds = row.value(kinds).toByteArray();
                facets.write(row.value(sortKey).toLongLong(), facet);
            }
            continue;
        }
        if (table.name == QLatin1String("paper_tag")) {
            for (const QVariantList &row : table.rows)
                tagPapers(m_db, ensureTag(m_db, row.value(1).toString()), {row.value(0).toLongLong()});
            continue;
        }
        QStringList columns, placeholders;
        for (const QString &c : table.columns) {
            columns.append(quoted(c));
            placeholders.append(QStringLiteral("?"));
        }
        Statement insert(m_db, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                   .arg(quoted(table.name), columns.join(QStringLiteral(", ")),
                                        placeholders.join(QStringLiteral(", "))));
        // Metric rows have ids of their own, which a later import may have reused; such a row gets a new one.
        const int metricId = table.name == QLatin1String("metric_fact") ? column(table, "id") : -1;
        std::optional<Statement> metricIdTaken;
        if (metricId >= 0)
            metricIdTaken.emplace(m_db, "SELECT 1 FROM metric_fact WHERE id = ?");
        // A list deleted since keeps its papers out of it.
        const int listId = table.name == QLatin1String("reading_list_item") ? column(table, "list_id") : -1;
        std::optional<Statement> listExists;
        if (listId >= 0)
            listExists.emplace(m_db, "SELECT 1 FROM reading_list WHERE id = ?");
        for (const QVariantList &row : table.rows) {
            if (listExists) {
                listExists->bind(1, row.value(listId));
                const bool exists = listExists->next();
                listExists->reset();
                if (!exists)
                    continue;
            }
            for (int c = 0; c < row.size(); ++c)
                insert.bind(c + 1, row.at(c));
            if (metricIdTaken) {
                metricIdTaken->bind(1, row.value(metricId));
                if (metricIdTaken->next())
                    insert.bindNull(metricId + 1);
                metricIdTaken->reset();
            }
            insert.run();
            insert.reset();
            if (table.name == QLatin1String("paper")) {
                index.bind(1, row.value(sortKeyColumn)).bind(2, row.value(titleColumn));
                index.bind(3, row.value(abstractColumn)).bind(4, row.value(authorsColumn));
                index.bind(5, row.value(noteColumn));
                index.run();
                index.reset();
            }
        }
    }
    facets.flush();
}

void Curation::mergePapers(qint64 kept, qint64 absorbed)
{
    if (kept == absorbed)
        fail(QCoreApplication::translate("lectern::Curation", "A paper cannot be merged into itself."));
    PaperReader reader(m_db);
    const Paper other = reader.load(absorbed);
    Paper paper = reader.load(kept);

    // Bibliographic fields: the kept paper's own stay; those it lacks come from the other. Its title stays
    // unless it is only provisional (made from the abstract), so the other's title words no longer find it.
    if (paper.titleIsProvisional && !other.titleIsProvisional) {
        paper.title = other.title;
        paper.titleIsProvisional = false;
    }
    const bool abstractTaken = paper.abstract.isEmpty() && !other.abstract.isEmpty();
    const auto take = [](QString &mine, const QString &theirs) {
        if (mine.isEmpty())
            mine = theirs;
    };
    take(paper.abstract, other.abstract);
    if (paper.authors.isEmpty()) {
        paper.authors = other.authors;
        if (!paper.authorCount)
            paper.authorCount = other.authorCount;
    }
    if (!paper.year)
        paper.year = other.year;
    take(paper.date, other.date);
    take(paper.venue, other.venue);
    take(paper.arxivId, other.arxivId);
    take(paper.doi, other.doi);
    take(paper.url, other.url);
    take(paper.comment, other.comment);
    if (!paper.upvotes)
        paper.upvotes = other.upvotes;
    take(paper.type, other.type);
    take(paper.volume, other.volume);
    take(paper.issue, other.issue);
    take(paper.pages, other.pages);
    take(paper.publisher, other.publisher);
    if (paper.editors.isEmpty())
        paper.editors = other.editors;
    for (const QString &tag : other.tags) {
        if (!paper.tags.contains(tag))
            paper.tags.append(tag);
    }
    // Facts are offsets into the abstract: found again when the kept paper had none or took the other's.
    if (abstractTaken || (paper.techniques.isEmpty() && paper.metrics.isEmpty())) {
        paper.techniques.clear();
        paper.metrics.clear();
        Extractor(m_taxonomy).extract(paper);
    }

    // Sources and list places move before the other paper (and its cascading rows) goes.
    {
        Statement move(m_db, "UPDATE source SET paper_id = ? WHERE paper_id = ?");
        move.bind(1, kept).bind(2, absorbed);
        move.run();
        Statement places(m_db, "SELECT list_id, position FROM reading_list_item WHERE paper_id = ?");
        Statement keptPlace(m_db, "SELECT position FROM reading_list_item WHERE list_id = ? AND paper_id = ?");
        Statement place(m_db, "INSERT INTO reading_list_item(list_id, paper_id, position) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT(list_id, paper_id) DO UPDATE SET position = min(position, ?3)");
        places.bind(1, absorbed);
        QList<std::pair<qint64, qint64>> otherPlaces;
        while (places.next())
            otherPlaces.append({places.int64(0), places.int64(1)});
        for (const auto &[list, position] : std::as_const(otherPlaces)) {
            place.bind(1, list).bind(2, kept).bind(3, position);
            place.run();
            place.reset();
        }
    }
    // Before the kept paper takes over the other's identifiers (DOI, arXiv id), which are unique.
    deletePapers({absorbed});

    if (!other.note.isEmpty()) {
        const QString note =
            paper.note.isEmpty() ? other.note : paper.note + QStringLiteral("\n\n---\n\n") + other.note;
        setNote(kept, note);
    }
    Statement curation(m_db, "UPDATE paper SET status = ?, rating = ?, priority = ? WHERE id = ?");
    curation.bind(1, std::max(int(paper.status), int(other.status)));
    curation.bind(2, std::max(paper.rating, other.rating));
    curation.bind(3, std::max(int(paper.priority), int(other.priority))).bind(4, kept);
    curation.run();

    // Derived columns, authors, facts, facets and the full-text entry (the note included) follow the merged
    // fields; the sort key moves when the date did.
    PaperStore store(m_db, m_taxonomy);
    store.update(paper, paperKeys(paper));
    store.flush();
    QSet<QString> terms;
    collectFullTextTerms(paper.title, terms);
    collectFullTextTerms(paper.abstract, terms);
    for (const QString &author : std::as_const(paper.authors))
        collectFullTextTerms(author, terms);
    store.addFullTextTerms(terms);
}

} // namespace lectern
