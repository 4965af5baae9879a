#include "itemmodels/sidebarmodel.h"

#include "itemmodels/paperidsmime.h"
#include "itemmodels/readerthread.h"
#include "query/query.h"
#include "query/queryrunner.h"
#include "store/library.h"
#include "store/librarytaxonomy.h"
#include "store/transaction.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <climits>

namespace lectern {

struct SidebarModel::Node {
    ItemKind kind = AllPapers;
    Node *parent = nullptr;
    int row = 0;
    quint64 serial = 0;
    NodeList children;
    qint64 id = 0; // tag, list or saved search
    QString name;  // as shown: a tag's last level
    QString tagName;
    QString query; // a saved search's
    QString error; // why a saved search's query does not parse
    QString color;
    int keySlot = 0;
    qint64 count = -1;
    bool hasChildren = false; // a tag: whether tags below it exist
    // A tag level (the Tags section or a tag): whether a page of it was read, whether more follow what is
    // loaded, and whether a page is being read.
    bool loadedOnce = false;
    bool more = true;
    bool fetching = false;
};

// One level of the tree read again by refresh(): the children of the tag `parentName` ("" for the top).
struct SidebarModel::LevelReload {
    QString parentName;
    bool exists = true;
    SidebarTagPage page;
};

namespace {

int roundUpToPage(qsizetype n)
{
    const qsizetype page = SidebarModel::tagPageSize;
    return int(std::max<qsizetype>(1, (n + page - 1) / page) * page);
}

template <typename Children>
void renumber(Children &children, std::size_t from)
{
    for (std::size_t i = from; i < children.size(); ++i)
        children[i]->row = int(i);
}

} // namespace

SidebarModel::SidebarModel(ReaderThread *reader, QObject *parent)
    : QAbstractItemModel(parent)
    , m_reader(reader)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_root(std::make_unique<Node>())
{
    auto add = [this](ItemKind kind, const QString &name) {
        std::unique_ptr<Node> node = makeNode(kind, m_root.get());
        node->name = name;
        node->row = int(m_root->children.size());
        Node *raw = node.get();
        m_root->children.push_back(std::move(node));
        return raw;
    };
    m_all = add(AllPapers, tr("All Papers"));
    m_searches = add(SearchesSection, tr("Saved Searches"));
    m_lists = add(ListsSection, tr("Reading Lists"));
    m_tags = add(TagsSection, tr("Tags"));
    loadListsAndSearches();
}

SidebarModel::~SidebarModel()
{
    m_latest->store(~quint64(0));
    m_port->close();
}

std::unique_ptr<SidebarModel::Node> SidebarModel::makeNode(ItemKind kind, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->kind = kind;
    node->parent = parent;
    node->serial = m_nextSerial++;
    m_nodes.insert(node->serial, node.get());
    return node;
}

std::unique_ptr<SidebarModel::Node> SidebarModel::makeTagNode(const SidebarTag &tag, Node *parent)
{
    std::unique_ptr<Node> node = makeNode(Tag, parent);
    node->id = tag.id;
    node->tagName = tag.name;
    node->name = tag.name.section(QLatin1Char('/'), -1);
    node->color = tag.color;
    node->keySlot = tag.keySlot.value_or(0);
    node->count = tag.papers;
    node->hasChildren = tag.hasChildren;
    node->more = tag.hasChildren;
    return node;
}

void SidebarModel::forget(Node *node)
{
    m_nodes.remove(node->serial);
    for (const auto &child : node->children)
        forget(child.get());
}

SidebarModel::Node *SidebarModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SidebarModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || std::size_t(row) >= p->children.size())
        return {};
    return createIndex(row, 0, p->children[std::size_t(row)].get());
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SidebarModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool SidebarModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (!node->children.empty())
        return true;
    switch (node->kind) {
    case TagsSection:
        return !node->loadedOnce || node->more;
    case Tag:
        return node->hasChildren && (!node->loadedOnce || node->more);
    default:
        return node == m_root.get();
    }
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node->name;
    case Qt::ToolTipRole: {
        if (node->kind == SavedSearch && !node->error.isEmpty())
            return tr("%1\nThis search's query is not valid: %2").arg(node->query, node->error);
        QString tip = node->kind == Tag ? node->tagName : node->kind == SavedSearch ? node->query : node->name;
        if (node->count >= 0)
            tip += QLatin1Char('\n') + tr("%n paper(s)", nullptr, int(std::min<qint64>(node->count, INT_MAX)));
        if (node->keySlot > 0)
            tip += QLatin1Char('\n') + tr("Toggled on the selected papers with the key %1").arg(node->keySlot);
        return tip;
    }
    case ItemKindRole:
        return int(node->kind);
    case IdRole:
        return node->kind == ReadingList || node->kind == SavedSearch ? QVariant(node->id) : QVariant();
    case TagNameRole:
        return node->kind == Tag ? QVariant(node->tagName) : QVariant();
    case QueryRole:
        switch (node->kind) {
        case AllPapers:
            return QString();
        case SavedSearch:
            return node->query;
        case ReadingList:
            return Query::fieldTerm(QStringLiteral("list"), node->name);
        case Tag:
            return Query::fieldTerm(QStringLiteral("tag"), node->tagName);
        default:
            return {};
        }
    case CountRole:
        return node->kind == AllPapers || node->kind == SavedSearch || node->kind == ReadingList || node->kind == Tag
                   ? QVariant(node->count)
                   : QVariant();
    case ColorRole:
        return node->kind == Tag ? QVariant(node->color) : QVariant();
    case KeySlotRole:
        return node->kind == Tag ? QVariant(node->keySlot) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    switch (nodeOf(index)->kind) {
    case SearchesSection:
    case ListsSection:
    case TagsSection:
        return Qt::ItemIsEnabled;
    case ReadingList:
    case Tag:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    default:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    }
}

QHash<int, QByteArray> SidebarModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ItemKindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(TagNameRole, "tagName");
    names.insert(QueryRole, "query");
    names.insert(CountRole, "count");
    names.insert(ColorRole, "color");
    names.insert(KeySlotRole, "keySlot");
    return names;
}

bool SidebarModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (node->kind == TagsSection)
        return !node->loadedOnce || node->more;
    if (node->kind == Tag)
        return node->hasChildren && (!node->loadedOnce || node->more);
    return false;
}

void SidebarModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (canFetchMore(parent) && !node->fetching)
        requestTags(node);
}

QStringList SidebarModel::mimeTypes() const
{
    return {paperIdsMimeType()};
}

Qt::DropActions SidebarModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
}

bool SidebarModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int column,
                                   const QModelIndex &parent) const
{
    // Only on an item, never between two: papers dropped between tags would otherwise land on their parent.
    if (row != -1 || column > 0 || !parent.isValid() || !data || !data->hasFormat(paperIdsMimeType()))
        return false;
    const ItemKind kind = nodeOf(parent)->kind;
    return (kind == Tag || kind == ReadingList) && !paperIds(data).isEmpty();
}

bool SidebarModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Node *node = nodeOf(parent);
    const QList<qint64> papers = paperIds(data);
    if (node->kind == Tag)
        Q_EMIT tagDropRequested(node->tagName, papers);
    else
        Q_EMIT listDropRequested(node->id, papers);
    return true;
}

QModelIndex SidebarModel::sectionIndex(ItemKind section) const
{
    for (const auto &child : m_root->children) {
        if (child->kind == section)
            return indexOf(child.get());
    }
    return {};
}

QModelIndex SidebarModel::tagIndex(const QString &name) const
{
    const Node *level = m_tags;
    const QStringList parts = name.split(QLatin1Char('/'));
    QString path;
    for (const QString &part : parts) {
        path = path.isEmpty() ? part : path + QLatin1Char('/') + part;
        const Node *found = nullptr;
        for (const auto &child : level->children) {
            if (child->tagName == path) {
                found = child.get();
                break;
            }
        }
        if (!found)
            return {};
        level = found;
    }
    return level == m_tags ? QModelIndex() : indexOf(level);
}

QModelIndex SidebarModel::listIndex(qint64 id) const
{
    for (const auto &child : m_lists->children) {
        if (child->id == id)
            return indexOf(child.get());
    }
    return {};
}

QModelIndex SidebarModel::searchIndex(qint64 id) const
{
    for (const auto &child : m_searches->children) {
        if (child->id == id)
            return indexOf(child.get());
    }
    return {};
}

void SidebarModel::post(std::function<void(Library &, const Deliver &)> work)
{
    ++m_pending;
    const quint64 generation = m_generation;
    const auto latest = m_latest;
    const auto port = m_port;
    SidebarModel *self = this;
    m_reader->post([=](Library &library) {
        // Counted as finished whether the job ran, was superseded or failed.
        struct Finish {
            std::shared_ptr<ResultPort> port;
            SidebarModel *self;
            ~Finish()
            {
                port->post([self = self] { self->finishRead(); });
            }
        } finish{port, self};
        if (latest->load() != generation)
            return;
        const AbandonScope abandon(library.db(), [latest, generation] { return latest->load() != generation; });
        const Deliver deliver = [&](std::function<void(SidebarModel *)> result) {
            port->post([self, generation, result] {
                if (generation == self->m_generation)
                    result(self);
            });
        };
        work(library, deliver);
    });
}

void SidebarModel::finishRead()
{
    if (--m_pending == 0)
        Q_EMIT loaded();
}

void SidebarModel::loadListsAndSearches()
{
    post([](Library &library, const Deliver &deliver) {
        SidebarQueries queries(library.db());
        QList<SidebarList> lists;
        QList<SidebarSearch> searches;
        qint64 papers = 0;
        {
            const ReadTransaction snapshot(library.db());
            lists = queries.readingLists();
            searches = queries.savedSearches();
            papers = queries.paperCount();
        }
        deliver([lists, papers](SidebarModel *model) { model->receiveLists(lists, papers); });
        deliver([searches](SidebarModel *model) { model->receiveSearches(searches); });
        // A search's count may take a while (a full-text query over a large library): names first.
        const Taxonomy taxonomy = libraryTaxonomy(library.db());
        QueryRunner runner(library.db(), taxonomy);
        QHash<qint64, qint64> counts;
        QHash<qint64, QString> errors;
        for (const SidebarSearch &search : searches) {
            const Query query = Query::parse(search.query);
            if (query.isValid())
                counts.insert(search.id, runner.count(query));
            else
                errors.insert(search.id, query.errorMessage());
        }
        deliver([counts, errors](SidebarModel *model) { model->receiveSearchCounts(counts, errors); });
    });
}

void SidebarModel::requestTags(Node *parent)
{
    parent->fetching = true;
    const quint64 serial = parent->serial;
    const qint64 offset = qint64(parent->children.size());
    const std::optional<qint64> parentId = parent->kind == Tag ? std::optional<qint64>(parent->id) : std::nullopt;
    post([serial, offset, parentId](Library &library, const Deliver &deliver) {
        const SidebarTagPage page = SidebarQueries(library.db()).tagChildren(parentId, offset, tagPageSize);
        deliver([serial, offset, page](SidebarModel *model) { model->receiveTags(serial, offset, page); });
    });
}

void SidebarModel::receiveTags(quint64 serial, qint64 offset, const SidebarTagPage &page)
{
    Node *node = m_nodes.value(serial);
    if (!node)
        return; // the level went away in a refresh
    node->fetching = false;
    if (offset != qint64(node->children.size())) {
        // A refresh changed the level meanwhile: read on from where it is now.
        if (canFetchMore(indexOf(node)))
            requestTags(node);
        return;
    }
    node->loadedOnce = true;
    node->more = page.more;
    if (!page.tags.isEmpty()) {
        const int first = int(node->children.size());
        beginInsertRows(indexOf(node), first, first + int(page.tags.size()) - 1);
        for (const SidebarTag &tag : page.tags) {
            std::unique_ptr<Node> child = makeTagNode(tag, node);
            child->row = int(node->children.size());
            node->children.push_back(std::move(child));
        }
        endInsertRows();
    } else if (node->kind == Tag && node->hasChildren) {
        node->hasChildren = false; // its children were deleted since its row was read
        changed(node);
    }
}

void SidebarModel::receiveLists(const QList<SidebarList> &lists, qint64 papers)
{
    NodeList fresh;
    for (const SidebarList &list : lists) {
        std::unique_ptr<Node> node = makeNode(ReadingList, m_lists);
        node->id = list.id;
        node->name = list.name;
        node->count = list.papers;
        fresh.push_back(std::move(node));
    }
    mergeChildren(m_lists, std::move(fresh), [](const Node &n) { return QString::number(n.id); });
    if (m_all->count != papers) {
        m_all->count = papers;
        changed(m_all);
    }
}

void SidebarModel::receiveSearches(const QList<SidebarSearch> &searches)
{
    NodeList fresh;
    for (const SidebarSearch &search : searches) {
        std::unique_ptr<Node> node = makeNode(SavedSearch, m_searches);
        node->id = search.id;
        node->name = search.name;
        node->query = search.query;
        // Until its count is read again, a search whose query is unchanged keeps the count it showed.
        const QModelIndex old = searchIndex(search.id);
        if (old.isValid() && nodeOf(old)->query == search.query) {
            node->count = nodeOf(old)->count;
            node->error = nodeOf(old)->error;
        }
        fresh.push_back(std::move(node));
    }
    mergeChildren(m_searches, std::move(fresh), [](const Node &n) { return QString::number(n.id); });
}

void SidebarModel::receiveSearchCounts(const QHash<qint64, qint64> &counts, const QHash<qint64, QString> &errors)
{
    for (const auto &child : m_searches->children) {
        const qint64 count = counts.value(child->id, -1);
        const QString error = errors.value(child->id);
        if (count != child->count || error != child->error) {
            child->count = count;
            child->error = error;
            changed(child.get());
        }
    }
}

void SidebarModel::refresh()
{
    ++m_generation;
    m_latest->store(m_generation);
    // The levels read so far (and those being read) are read again, as far as they were loaded.
    QList<std::pair<QString, int>> levels;
    std::function<void(Node *)> collect = [&](Node *node) {
        // A level being read stays marked as such until the reload delivers it, so that a refresh that
        // supersedes this one reads it too, and fetchMore() waits for it.
        const bool wanted = node->loadedOnce || node->fetching;
        if (wanted) {
            const qsizetype rows = qsizetype(node->children.size()) + (node->loadedOnce ? 0 : tagPageSize);
            levels.append({node->tagName, roundUpToPage(rows)});
        }
        node->fetching = wanted;
        for (const auto &child : node->children)
            collect(child.get());
    };
    collect(m_tags);
    if (!levels.isEmpty()) {
        post([levels](Library &library, const Deliver &deliver) {
            SidebarQueries queries(library.db());
            std::vector<LevelReload> reloads;
            {
                const ReadTransaction snapshot(library.db());
                for (const auto &[name, limit] : levels) {
                    LevelReload reload;
                    reload.parentName = name;
                    std::optional<qint64> parentId;
                    if (!name.isEmpty()) {
                        parentId = queries.tagId(name);
                        reload.exists = parentId.has_value();
                    }
                    if (reload.exists)
                        reload.page = queries.tagChildren(parentId, 0, limit);
                    reloads.push_back(std::move(reload));
                }
            }
            deliver([reloads = std::move(reloads)](SidebarModel *model) { model->receiveReload(reloads); });
        });
    }
    loadListsAndSearches();
}

void SidebarModel::receiveReload(const std::vector<LevelReload> &levels)
{
    QHash<QString, const LevelReload *> byParent;
    for (const LevelReload &level : levels)
        byParent.insert(level.parentName, &level);
    std::function<void(Node *)> apply = [&](Node *node) {
        const LevelReload *reload = byParent.value(node->tagName);
        if (reload && reload->exists) {
            NodeList fresh;
            for (const SidebarTag &tag : reload->page.tags)
                fresh.push_back(makeTagNode(tag, node));
            mergeChildren(node, std::move(fresh), [](const Node &n) { return n.tagName; });
            node->loadedOnce = true;
            node->more = reload->page.more;
            node->fetching = false;
        }
        for (const auto &child : node->children) {
            if (child->loadedOnce || child->fetching)
                apply(child.get());
        }
    };
    apply(m_tags);
}

void SidebarModel::changed(Node *node)
{
    const QModelIndex index = indexOf(node);
    Q_EMIT dataChanged(index, index);
}

void SidebarModel::mergeChildren(Node *parent, NodeList fresh, const std::function<QString(const Node &)> &key)
{
    const QModelIndex parentIndex = indexOf(parent);
    NodeList &old = parent->children;
    QHash<QString, qsizetype> freshRow;
    for (std::size_t i = 0; i < fresh.size(); ++i)
        freshRow.insert(key(*fresh[i]), qsizetype(i));

    auto removeRows = [&](std::size_t first, std::size_t last) {
        beginRemoveRows(parentIndex, int(first), int(last));
        for (std::size_t i = first; i <= last; ++i)
            forget(old[i].get());
        old.erase(old.begin() + std::ptrdiff_t(first), old.begin() + std::ptrdiff_t(last) + 1);
        renumber(old, first);
        endRemoveRows();
    };
    // Rows that went away, a run at a time from the end.
    for (std::size_t end = old.size(); end > 0;) {
        if (freshRow.contains(key(*old[end - 1]))) {
            --end;
            continue;
        }
        std::size_t first = end - 1;
        while (first > 0 && !freshRow.contains(key(*old[first - 1])))
            --first;
        removeRows(first, end - 1);
        end = first;
    }
    // The rows kept must be in the new order (a rename changes the key, so this rarely fails); otherwise the
    // level starts over.
    qsizetype previous = -1;
    for (const auto &node : old) {
        const qsizetype row = freshRow.value(key(*node));
        if (row <= previous) {
            removeRows(0, old.size() - 1);
            break;
        }
        previous = row;
    }
    // New rows go in between, a run at a time; kept rows take the new values.
    std::size_t at = 0;
    for (std::size_t f = 0; f < fresh.size();) {
        if (at < old.size() && key(*old[at]) == key(*fresh[f])) {
            Node &kept = *old[at];
            const Node &now = *fresh[f];
            const bool differs = kept.id != now.id || kept.name != now.name || kept.query != now.query
                                 || kept.error != now.error || kept.color != now.color || kept.keySlot != now.keySlot
                                 || kept.count != now.count || kept.hasChildren != now.hasChildren;
            kept.id = now.id;
            kept.name = now.name;
            kept.query = now.query;
            kept.error = now.error;
            kept.color = now.color;
            kept.keySlot = now.keySlot;
            kept.count = now.count;
            kept.hasChildren = now.hasChildren;
            if (!kept.loadedOnce)
                kept.more = now.hasChildren;
            forget(fresh[f].get());
            if (differs)
                changed(&kept);
            ++at;
            ++f;
            continue;
        }
        std::size_t end = f;
        while (end < fresh.size() && !(at < old.size() && key(*old[at]) == key(*fresh[end])))
            ++end;
        const std::size_t count = end - f;
        beginInsertRows(parentIndex, int(at), int(at + count) - 1);
        for (std::size_t i = f; i < end; ++i) {
            fresh[i]->parent = parent;
            old.insert(old.begin() + std::ptrdiff_t(at + (i - f)), std::move(fresh[i]));
        }
        renumber(old, at);
        endInsertRows();
        at += count;
        f = end;
    }
    // Any kept rows left over are not in the new list (cannot happen after the removal above, but be exact).
    if (at < old.size())
        removeRows(at, old.size() - 1);
}

} // namespace lectern
