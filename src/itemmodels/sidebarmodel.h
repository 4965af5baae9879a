#pragma once

#include "itemmodels/resultport.h"
#include "store/sidebarqueries.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace lectern {

class Library;
class ReaderThread;

// The side panel: "All Papers", then the sections "Saved Searches", "Reading Lists" and "Tags", each item with
// its count of papers. Tags are read lazily, a level and a page at a time (canFetchMore/fetchMore), so the
// panel stays instant with 100,000 tags; every read runs on the reader thread. refresh() reads again what is
// loaded and updates it in place, so expanded tags and the current item survive an edit.
// Dropping papers on a tag or a list only emits a request: the window performs the write.
class SidebarModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum ItemKind { AllPapers, SearchesSection, ListsSection, TagsSection, SavedSearch, ReadingList, Tag };
    Q_ENUM(ItemKind)
    enum Role {
        ItemKindRole = Qt::UserRole + 1, // ItemKind, as int
        IdRole,                          // a list's or saved search's id
        TagNameRole,                     // a tag's full path, "a/b/c"
        QueryRole,                       // the filter text the item stands for ("" for All Papers)
        CountRole,                       // papers; -1 while unknown (or for an invalid saved search)
        ColorRole,                       // a tag's colour, "#rrggbb", or an empty string
        KeySlotRole,                     // the key (1-9) a tag is toggled with, or 0
    };
    Q_ENUM(Role)
    static constexpr int tagPageSize = 200;

    explicit SidebarModel(ReaderThread *reader, QObject *parent = nullptr);
    ~SidebarModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Reads again every loaded level, the counts, the lists and the saved searches, and updates the rows in
    // place. Results of reads started before are discarded.
    void refresh();

    QModelIndex sectionIndex(ItemKind section) const; // AllPapers or one of the sections
    // The row of a loaded item, or an invalid index.
    QModelIndex tagIndex(const QString &name) const;
    QModelIndex listIndex(qint64 id) const;
    QModelIndex searchIndex(qint64 id) const;
    // True while a read of this model is under way.
    bool isLoading() const { return m_pending > 0; }

Q_SIGNALS:
    void tagDropRequested(const QString &tag, const QList<qint64> &papers);
    void listDropRequested(qint64 listId, const QList<qint64> &papers);
    // Every read posted so far has been delivered (after construction, a fetch or a refresh).
    void loaded();

private:
    struct Node;
    struct LevelReload;
    using NodeList = std::vector<std::unique_ptr<Node>>;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    std::unique_ptr<Node> makeNode(ItemKind kind, Node *parent);
    std::unique_ptr<Node> makeTagNode(const SidebarTag &tag, Node *parent);
    void forget(Node *node);

    // Runs `work` on the reader thread unless a refresh supersedes it; `work` hands results back through
    // `deliver`, which runs them on this model's thread while the generation is still current.
    using Deliver = std::function<void(std::function<void(SidebarModel *)>)>;
    void post(std::function<void(Library &, const Deliver &)> work);
    void finishRead();

    void loadListsAndSearches();
    void requestTags(Node *parent);
    void receiveTags(quint64 serial, qint64 offset, const SidebarTagPage &page);
    void receiveLists(const QList<SidebarList> &lists, qint64 papers);
    void receiveSearches(const QList<SidebarSearch> &searches);
    void receiveSearchCounts(const QHash<qint64, qint64> &counts, const QHash<qint64, QString> &errors);
    void receiveReload(const std::vector<LevelReload> &levels);

    // Replaces `parent`'s children by `fresh`, keeping (and updating) the rows whose key is in both.
    void mergeChildren(Node *parent, NodeList fresh, const std::function<QString(const Node &)> &key);
    void changed(Node *node);

    ReaderThread *m_reader;
    std::shared_ptr<ResultPort> m_port = ResultPort::open(this);
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    int m_pending = 0;
    std::unique_ptr<Node> m_root;
    Node *m_all = nullptr;
    Node *m_searches = nullptr;
    Node *m_lists = nullptr;
    Node *m_tags = nullptr;
    quint64 m_nextSerial = 1;
    QHash<quint64, Node *> m_nodes; // by serial, so a late page finds its level only while it exists
};

} // namespace lectern
