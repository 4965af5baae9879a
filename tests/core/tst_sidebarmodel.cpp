// The side panel's model on a real library file (it reads on its own connection): the sections, the lazy tag
// tree read a level and a page at a time with counts that include sub-tags, refresh() in place, drops of
// papers, saved searches and reading lists, and a 100,000-tag tree.
#include "domain/paperkeys.h"
#include "extract/taxonomy.h"
#include "itemmodels/paperidsmime.h"
#include "itemmodels/readerthread.h"
#include "itemmodels/sidebarmodel.h"
#include "query/query.h"
#include "store/library.h"
#include "store/paperstore.h"
#include "store/readinglists.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace lectern;
using namespace Qt::StringLiterals;

namespace {

// Tag trees as the store keeps them: every ancestor of a tag exists, linked through parent_id. Done here with
// SQL so the test does not depend on who creates the ancestors.
class TagWriter
{
public:
    explicit TagWriter(Database &db)
        : m_find(db, "SELECT id FROM tag WHERE name = ?")
        , m_insert(db, "INSERT INTO tag(name, parent_id) VALUES (?, ?)")
        , m_link(db, "UPDATE tag SET parent_id = ? WHERE id = ?")
        , m_db(db)
    {
    }

    qint64 ensure(const QString &name)
    {
        if (const auto it = m_ids.constFind(name); it != m_ids.cend())
            return *it;
        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        const std::optional<qint64> parent = slash > 0 ? std::optional<qint64>(ensure(name.left(slash))) : std::nullopt;
        qint64 id = 0;
        m_find.bind(1, name);
        if (m_find.next()) {
            id = m_find.int64(0);
            m_find.reset();
            if (parent) {
                m_link.bind(1, *parent).bind(2, id);
                m_link.run();
                m_link.reset();
            }
        } else {
            m_find.reset();
            m_insert.bind(1, name);
            if (parent)
                m_insert.bind(2, *parent);
            else
                m_insert.bindNull(2);
            m_insert.run();
            m_insert.reset();
            id = m_db.lastInsertRowId();
        }
        m_ids.insert(name, id);
        return id;
    }

private:
    Statement m_find, m_insert, m_link;
    Database &m_db;
    QHash<QString, qint64> m_ids;
};

// A library's tags and papers, and what the panel must show for them, worked out independently of SQL.
struct Fixture {
    QStringList tags;                     // every tag (ancestors included), in creation order
    QList<QStringList> paperTags;         // per paper
    QHash<QString, QStringList> children; // by parent ("" for the top level), in the panel's order
    QHash<QString, qint64> counts;        // distinct papers with the tag or a tag below it

    void addTag(const QString &name)
    {
        if (m_known.contains(name))
            return;
        const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
        if (slash > 0)
            addTag(name.left(slash));
        m_known.insert(name);
        tags.append(name);
        children[slash > 0 ? name.left(slash) : QString()].append(name);
    }

    void finish()
    {
        // The panel orders siblings by name, ignoring case; the fixtures' names differ beyond case.
        for (auto it = children.begin(); it != children.end(); ++it) {
            std::sort(it->begin(), it->end(), [](const QString &a, const QString &b) {
                const int c = a.compare(b, Qt::CaseInsensitive);
                return c != 0 ? c < 0 : a < b;
            });
        }
        counts.clear();
        for (const QStringList &own : std::as_const(paperTags)) {
            QSet<QString> withAncestors;
            for (const QString &tag : own) {
                QString path = tag;
                for (;;) {
                    withAncestors.insert(path);
                    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
                    if (slash <= 0)
                        break;
                    path.truncate(slash);
                }
            }
            for (const QString &tag : std::as_const(withAncestors))
                ++counts[tag];
        }
    }

    void write(const QString &path) const
    {
        Library library(path);
        Transaction transaction(library.db());
        TagWriter writer(library.db());
        for (const QString &tag : tags)
            writer.ensure(tag);
        PaperStore store(library.db(), Taxonomy::builtIn());
        for (qsizetype i = 0; i < paperTags.size(); ++i) {
            Paper paper;
            paper.title = QStringLiteral("Paper %1 about sidebars").arg(i);
            paper.abstract = QStringLiteral("Abstract of paper %1.").arg(i);
            paper.year = 2000 + int(i % 25);
            paper.tags = paperTags[i];
            store.insert(paper, paperKeys(paper));
        }
        store.flush();
        transaction.commit();
    }

private:
    QSet<QString> m_known;
};

Fixture smallFixture()
{
    Fixture f;
    f.paperTags = {
        {QStringLiteral("ml/vision"), QStringLiteral("ml/vision/detection")}, // counted once for ml and ml/vision
        {QStringLiteral("ml/nlp")},
        {QStringLiteral("ml")},
        // Names next to "ml" in the name index: neither lies below "ml".
        {QStringLiteral("ml-extra"), QStringLiteral("ml0")},
        {QStringLiteral("Reading/later")},
        {QStringLiteral("wide/c0007/deeper"), QStringLiteral("wide/c0500")},
        {QStringLiteral("wide/c0999")},
    };
    for (const QStringList &tags : std::as_const(f.paperTags)) {
        for (const QString &tag : tags)
            f.addTag(tag);
    }
    for (int i = 0; i < 1000; ++i)
        f.addTag(QStringLiteral("wide/c%1").arg(i, 4, 10, QLatin1Char('0')));
    f.addTag(QStringLiteral("empty")); // a tag without papers
    f.finish();
    return f;
}

bool settle(const SidebarModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 60000);
}

// Reads every page of a level.
bool fetchAll(SidebarModel &model, const QModelIndex &parent)
{
    while (model.canFetchMore(parent)) {
        model.fetchMore(parent);
        if (!settle(model))
            return false;
    }
    return true;
}

QStringList childNames(const SidebarModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data(SidebarModel::TagNameRole).toString());
    return names;
}

// Each loaded row of the level under `parent` shows what the fixture says.
void checkLevel(const SidebarModel &model, const QModelIndex &parent, const Fixture &fixture, const QString &parentName)
{
    const QStringList expected = fixture.children.value(parentName);
    const QStringList shown = childNames(model, parent);
    QVERIFY2(shown.size() <= expected.size(), qPrintable(parentName));
    QCOMPARE(shown, expected.mid(0, shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString name = shown[row];
        QCOMPARE(index.data(SidebarModel::ItemKindRole).toInt(), int(SidebarModel::Tag));
        QCOMPARE(index.data().toString(), name.section(QLatin1Char('/'), -1));
        QCOMPARE(index.data(SidebarModel::CountRole).toLongLong(), fixture.counts.value(name));
        QCOMPARE(model.hasChildren(index), fixture.children.contains(name));
        if (model.rowCount(index) == 0)
            QCOMPARE(model.canFetchMore(index), fixture.children.contains(name));
        QCOMPARE(index.data(SidebarModel::QueryRole).toString(), Query::fieldTerm(QStringLiteral("tag"), name));
    }
}

// The scale fixture: 100,000 tags. Ten trees ten levels deep (branching 3 and 2 in turn), a root with 1,000
// children of 20 children each, and a flat root with the rest; 4,000 papers with two tags each.
Fixture scaleFixture()
{
    Fixture f;
    const int branching[] = {3, 2, 3, 2, 3, 2, 3, 2, 3};
    for (int root = 0; root < 10; ++root) {
        QStringList level = {QStringLiteral("deep%1").arg(root)};
        f.addTag(level.first());
        for (int depth = 0; depth < 9; ++depth) {
            QStringList next;
            for (const QString &parent : std::as_const(level)) {
                for (int c = 0; c < branching[depth]; ++c) {
                    next.append(parent + QStringLiteral("/n%1").arg(c));
                    f.addTag(next.last());
                }
            }
            level = next;
        }
    }
    for (int i = 0; i < 1000; ++i) {
        for (int j = 0; j < 20; ++j)
            f.addTag(QStringLiteral("wide/w%1/x%2").arg(i, 4, 10, QLatin1Char('0')).arg(j, 2, 10, QLatin1Char('0')));
    }
    for (int i = 0; f.tags.size() < 100000; ++i)
        f.addTag(QStringLiteral("flat/f%1").arg(i, 5, 10, QLatin1Char('0')));
    quint32 state = 12345;
    auto pick = [&] {
        state = state * 1664525u + 1013904223u;
        return f.tags[qsizetype((state >> 8) % quint32(f.tags.size()))];
    };
    for (int i = 0; i < 4000; ++i)
        f.paperTags.append({pick(), pick()});
    f.finish();
    return f;
}

} // namespace

class TestSidebarModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Fixture m_fixture;
    QString m_path;
    int m_libraries = 0;

    QString newLibrary(const Fixture &fixture)
    {
        const QString path = m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_libraries));
        fixture.write(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
        m_fixture = smallFixture();
        m_path = newLibrary(m_fixture);
        Library library(m_path);
        Statement(library.db(), "UPDATE tag SET color = '#d03030', key_slot = 1 WHERE name = 'ml/vision'").run();
    }

    void showsTheSectionsInOrderAndPassesTheModelTester()
    {
        ReaderThread reader(m_path);
        SidebarModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        const SidebarModel::ItemKind kinds[] = {SidebarModel::AllPapers, SidebarModel::SearchesSection,
                                                SidebarModel::ListsSection, SidebarModel::TagsSection};
        const QStringList names = {QStringLiteral("All Papers"), QStringLiteral("Saved Searches"),
                                   QStringLiteral("Reading Lists"), QStringLiteral("Tags")};
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(model.index(row, 0).data(SidebarModel::ItemKindRole).toInt(), int(kinds[row]));
            QCOMPARE(model.index(row, 0).data().toString(), names[row]);
            QCOMPARE(model.sectionIndex(kinds[row]), model.index(row, 0));
        }
        // Sections are headers, All Papers is a filter (the empty one).
        QVERIFY(!(model.flags(model.index(3, 0)) & Qt::ItemIsSelectable));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable);
        QCOMPARE(model.index(0, 0).data(SidebarModel::QueryRole).toString(), QString());
        // Tags wait until the view asks for them.
        const QModelIndex tags = model.sectionIndex(SidebarModel::TagsSection);
        QVERIFY(model.hasChildren(tags));
        QVERIFY(model.canFetchMore(tags));
        QVERIFY(settle(model));
        QCOMPARE(model.index(0, 0).data(SidebarModel::CountRole).toLongLong(), m_fixture.paperTags.size());
        // The model tester reads (and so fetches) levels as it checks them; once settled, what it loaded
        // must be right.
        model.fetchMore(tags);
        QVERIFY(settle(model));
        checkLevel(model, tags, m_fixture, QString());
    }

    void readsTagLevelsLazilyInPages()
    {
        ReaderThread reader(m_path);
        SidebarModel model(&reader);
        const QModelIndex tags = model.sectionIndex(SidebarModel::TagsSection);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(tags), 0);
        model.fetchMore(tags);
        QVERIFY(settle(model));
        QCOMPARE(childNames(model, tags),
                 (QStringList{QStringLiteral("empty"), QStringLiteral("ml"), QStringLiteral("ml-extra"),
                              QStringLiteral("ml0"), QStringLiteral("Reading"), QStringLiteral("wide")}));
        QVERIFY(!model.canFetchMore(tags));
        checkLevel(model, tags, m_fixture, QString());
        const QModelIndex ml = model.tagIndex(QStringLiteral("ml"));
        QCOMPARE(ml.data(SidebarModel::CountRole).toLongLong(), 3);
        QCOMPARE(model.tagIndex(QStringLiteral("ml-extra")).data(SidebarModel::CountRole).toLongLong(), 1);
        QCOMPARE(model.tagIndex(QStringLiteral("empty")).data(SidebarModel::CountRole).toLongLong(), 0);
        // Children are not read before they are asked for.
        QCOMPARE(model.rowCount(ml), 0);
        model.fetchMore(ml);
        QVERIFY(settle(model));
        checkLevel(model, ml, m_fixture, QStringLiteral("ml"));
        const QModelIndex vision = model.tagIndex(QStringLiteral("ml/vision"));
        QVERIFY(vision.isValid());
        QCOMPARE(vision.data(SidebarModel::ColorRole).toString(), QStringLiteral("#d03030"));
        QCOMPARE(vision.data(SidebarModel::KeySlotRole).toInt(), 1);
        QCOMPARE(model.tagIndex(QStringLiteral("ml/nlp")).data(SidebarModel::KeySlotRole).toInt(), 0);
        QCOMPARE(model.tagIndex(QStringLiteral("ml/nlp")).data(SidebarModel::ColorRole).toString(), QString());

        // A level of 1,000 children arrives a page at a time.
        const QModelIndex wide = model.tagIndex(QStringLiteral("wide"));
        QCOMPARE(wide.data(SidebarModel::CountRole).toLongLong(), 2);
        for (int page = 1; page <= 1000 / SidebarModel::tagPageSize; ++page) {
            QVERIFY(model.canFetchMore(wide));
            model.fetchMore(wide);
            model.fetchMore(wide); // a second request while one is under way adds nothing
            QVERIFY(settle(model));
            QCOMPARE(model.rowCount(wide), page * SidebarModel::tagPageSize);
            checkLevel(model, wide, m_fixture, QStringLiteral("wide"));
        }
        QVERIFY(!model.canFetchMore(wide));
        QCOMPARE(childNames(model, wide), m_fixture.children.value(QStringLiteral("wide")));
        QVERIFY(model.hasChildren(model.tagIndex(QStringLiteral("wide/c0007"))));
        QVERIFY(!model.hasChildren(model.tagIndex(QStringLiteral("wide/c0008"))));
    }

    void refreshUpdatesInPlaceAndKeepsWhatIsExpanded()
    {
        Fixture fixture = smallFixture();
        const QString path = newLibrary(fixture);
        ReaderThread reader(path);
        SidebarModel model(&reader);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settle(model));
        const QModelIndex tags = model.sectionIndex(SidebarModel::TagsSection);
        QVERIFY(fetchAll(model, tags));
        QVERIFY(fetchAll(model, model.tagIndex(QStringLiteral("ml"))));
        QVERIFY(fetchAll(model, model.tagIndex(QStringLiteral("ml/vision"))));
        const QPersistentModelIndex vision = model.tagIndex(QStringLiteral("ml/vision"));
        const QPersistentModelIndex detection = model.tagIndex(QStringLiteral("ml/vision/detection"));
        const QPersistentModelIndex reading = model.tagIndex(QStringLiteral("Reading"));
        QVERIFY(detection.isValid());
        QCOMPARE(model.tagIndex(QStringLiteral("ml")).data(SidebarModel::CountRole).toLongLong(), 3);

        // A paper with new tags under ml/vision and at the top, and ml/nlp deleted (with its paper's tag).
        {
            Library library(path);
            Transaction transaction(library.db());
            TagWriter writer(library.db());
            const QStringList added = {QStringLiteral("ml/vision/a-segmentation"), QStringLiteral("aaa")};
            for (const QString &tag : added)
                writer.ensure(tag);
            Paper paper;
            paper.title = QStringLiteral("A later paper");
            paper.year = 2024;
            paper.tags = added;
            PaperStore store(library.db(), Taxonomy::builtIn());
            store.insert(paper, paperKeys(paper));
            store.flush();
            Statement(library.db(), "DELETE FROM tag WHERE name = 'ml/nlp'").run();
            transaction.commit();
        }
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QVERIFY(settle(model));
        QCOMPARE(reset.count(), 0);
        // The rows that stayed are the same rows: a view keeps them expanded and current.
        QVERIFY(vision.isValid());
        QVERIFY(detection.isValid());
        QVERIFY(reading.isValid());
        QCOMPARE(vision.data(SidebarModel::TagNameRole).toString(), QStringLiteral("ml/vision"));
        QCOMPARE(detection.data(SidebarModel::TagNameRole).toString(), QStringLiteral("ml/vision/detection"));
        QCOMPARE(childNames(model, vision),
                 (QStringList{QStringLiteral("ml/vision/a-segmentation"), QStringLiteral("ml/vision/detection")}));
        QCOMPARE(childNames(model, model.tagIndex(QStringLiteral("ml"))), QStringList{QStringLiteral("ml/vision")});
        QCOMPARE(childNames(model, tags).first(), QStringLiteral("aaa"));
        QCOMPARE(model.tagIndex(QStringLiteral("ml")).data(SidebarModel::CountRole).toLongLong(), 3);
        QCOMPARE(vision.data(SidebarModel::CountRole).toLongLong(), 2);
        QCOMPARE(model.index(0, 0).data(SidebarModel::CountRole).toLongLong(), fixture.paperTags.size() + 1);
    }

    void refreshDiscardsResultsReadBeforeIt()
    {
        ReaderThread reader(m_path);
        SidebarModel model(&reader);
        const QModelIndex tags = model.sectionIndex(SidebarModel::TagsSection);
        model.fetchMore(tags);
        // The page asked for before the refresh is read again by it, and arrives once.
        model.refresh();
        model.refresh();
        QVERIFY(settle(model));
        QCOMPARE(childNames(model, tags), m_fixture.children.value(QString()));
    }

    void dropsPapersOnTagsAndLists_data()
    {
        QTest::addColumn<QString>("target"); // "tag:NAME", "list", "search", "section", "all"
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<bool>("accepted");
        const QString papers = paperIdsMimeType();
        QTest::newRow("on a tag") << u"tag:ml/vision"_s << -1 << papers << true;
        QTest::newRow("on a top-level tag") << u"tag:ml"_s << -1 << papers << true;
        QTest::newRow("on a list") << u"list"_s << -1 << papers << true;
        QTest::newRow("between tags") << u"tag:ml"_s << 0 << papers << false;
        QTest::newRow("on a saved search") << u"search"_s << -1 << papers << false;
        QTest::newRow("on the Tags section") << u"section"_s << -1 << papers << false;
        QTest::newRow("on All Papers") << u"all"_s << -1 << papers << false;
        QTest::newRow("other data on a tag") << u"tag:ml"_s << -1 << u"text/plain"_s << false;
    }

    void dropsPapersOnTagsAndLists()
    {
        QFETCH(QString, target);
        QFETCH(int, row);
        QFETCH(QString, mimeType);
        QFETCH(bool, accepted);
        const QString path = newLibrary(m_fixture);
        qint64 listId = 0;
        {
            Library library(path);
            Transaction transaction(library.db());
            listId = ReadingLists(library.db()).create(QStringLiteral("To read"));
            Statement(library.db(), "INSERT INTO saved_search(name, query, position) VALUES ('S', 'ml', 0)").run();
            transaction.commit();
        }
        ReaderThread reader(path);
        SidebarModel model(&reader);
        QVERIFY(settle(model));
        model.fetchMore(model.sectionIndex(SidebarModel::TagsSection));
        QVERIFY(settle(model));
        model.fetchMore(model.tagIndex(QStringLiteral("ml")));
        QVERIFY(settle(model));
        QModelIndex index;
        if (target.startsWith(u"tag:"_s))
            index = model.tagIndex(target.mid(4));
        else if (target == u"list"_s)
            index = model.listIndex(listId);
        else if (target == u"search"_s)
            index = model.index(0, 0, model.sectionIndex(SidebarModel::SearchesSection));
        else if (target == u"section"_s)
            index = model.sectionIndex(SidebarModel::TagsSection);
        else
            index = model.sectionIndex(SidebarModel::AllPapers);
        QVERIFY(index.isValid());
        const QModelIndex parent = row == -1 ? index : index.parent();
        auto paperTagRows = [&path] {
            Library library(path);
            Statement count(library.db(), "SELECT count(*) FROM paper_tag");
            return count.next() ? count.int64(0) : -1;
        };
        const qint64 rowsBefore = paperTagRows();

        const QList<qint64> ids = {7, 3, 42};
        QMimeData mime;
        if (mimeType == paperIdsMimeType())
            setPaperIds(&mime, ids);
        else
            mime.setText(QStringLiteral("7 3 42"));
        QSignalSpy tagDrops(&model, &SidebarModel::tagDropRequested);
        QSignalSpy listDrops(&model, &SidebarModel::listDropRequested);
        QCOMPARE(model.canDropMimeData(&mime, Qt::CopyAction, row, 0, parent), accepted);
        QCOMPARE(model.dropMimeData(&mime, Qt::CopyAction, row, 0, parent), accepted);
        if (!accepted) {
            QCOMPARE(tagDrops.count() + listDrops.count(), 0);
            return;
        }
        if (target == u"list"_s) {
            QCOMPARE(listDrops.count(), 1);
            QCOMPARE(tagDrops.count(), 0);
            QCOMPARE(listDrops.first().at(0).toLongLong(), listId);
            QCOMPARE(listDrops.first().at(1).value<QList<qint64>>(), ids);
        } else {
            QCOMPARE(tagDrops.count(), 1);
            QCOMPARE(listDrops.count(), 0);
            QCOMPARE(tagDrops.first().at(0).toString(), target.mid(4));
            QCOMPARE(tagDrops.first().at(1).value<QList<qint64>>(), ids);
        }
        // The model itself writes nothing.
        QCOMPARE(paperTagRows(), rowsBefore);
    }

    void savedSearchesShowLiveCounts()
    {
        const QString path = newLibrary(m_fixture);
        {
            Library library(path);
            Statement insert(library.db(), "INSERT INTO saved_search(name, query, position) VALUES (?, ?, ?)");
            const std::tuple<const char *, const char *, int> rows[] = {{"Broken", "year:soon", 3},
                                                                        {"Vision", "tag:ml/vision", 1},
                                                                        {"Machine learning", "tag:ml", 0},
                                                                        {"Everything", "sidebars", 2}};
            for (const auto &[name, query, position] : rows) {
                insert.bind(1, QString::fromUtf8(name)).bind(2, QString::fromUtf8(query)).bind(3, position);
                insert.run();
                insert.reset();
            }
        }
        ReaderThread reader(path);
        SidebarModel model(&reader);
        QVERIFY(settle(model));
        const QModelIndex searches = model.sectionIndex(SidebarModel::SearchesSection);
        QCOMPARE(model.rowCount(searches), 4);
        const QStringList names = {QStringLiteral("Machine learning"), QStringLiteral("Vision"),
                                   QStringLiteral("Everything"), QStringLiteral("Broken")};
        const qint64 counts[] = {3, 1, qint64(m_fixture.paperTags.size()), -1};
        for (int row = 0; row < 4; ++row) {
            const QModelIndex index = model.index(row, 0, searches);
            QCOMPARE(index.data().toString(), names[row]);
            QCOMPARE(index.data(SidebarModel::ItemKindRole).toInt(), int(SidebarModel::SavedSearch));
            QCOMPARE(index.data(SidebarModel::CountRole).toLongLong(), counts[row]);
            QVERIFY(index.data(SidebarModel::IdRole).toLongLong() > 0);
            QCOMPARE(model.searchIndex(index.data(SidebarModel::IdRole).toLongLong()), index);
        }
        QCOMPARE(model.index(1, 0, searches).data(SidebarModel::QueryRole).toString(), QStringLiteral("tag:ml/vision"));
        QVERIFY(model.index(3, 0, searches).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not valid")));

        // Counts are live: a refresh after a write reads them again.
        const QPersistentModelIndex vision = model.index(1, 0, searches);
        {
            Library library(path);
            Transaction transaction(library.db());
            Paper paper;
            paper.title = QStringLiteral("Another vision paper");
            paper.year = 2024;
            paper.tags = {QStringLiteral("ml/vision")};
            PaperStore store(library.db(), Taxonomy::builtIn());
            store.insert(paper, paperKeys(paper));
            store.flush();
            Statement(library.db(), "DELETE FROM saved_search WHERE name = 'Broken'").run();
            transaction.commit();
        }
        model.refresh();
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(searches), 3);
        QVERIFY(vision.isValid());
        QCOMPARE(vision.data(SidebarModel::CountRole).toLongLong(), 2);
    }

    void readingListsShowTheirPapers()
    {
        const QString path = newLibrary(m_fixture);
        qint64 later = 0;
        qint64 empty = 0;
        {
            Library library(path);
            Transaction transaction(library.db());
            ReadingLists lists(library.db());
            later = lists.create(QStringLiteral("Read later"));
            empty = lists.create(QStringLiteral("an empty list"));
            lists.append(later, {1, 2, 3});
            transaction.commit();
        }
        ReaderThread reader(path);
        SidebarModel model(&reader);
        QVERIFY(settle(model));
        const QModelIndex lists = model.sectionIndex(SidebarModel::ListsSection);
        QCOMPARE(model.rowCount(lists), 2);
        const QModelIndex first = model.index(0, 0, lists);
        const QModelIndex second = model.index(1, 0, lists);
        QCOMPARE(first.data().toString(), QStringLiteral("an empty list"));
        QCOMPARE(first.data(SidebarModel::IdRole).toLongLong(), empty);
        QCOMPARE(first.data(SidebarModel::CountRole).toLongLong(), 0);
        QCOMPARE(second.data(SidebarModel::ItemKindRole).toInt(), int(SidebarModel::ReadingList));
        QCOMPARE(second.data(SidebarModel::CountRole).toLongLong(), 3);
        QCOMPARE(second.data(SidebarModel::QueryRole).toString(), QStringLiteral("list:\"Read later\""));
        QCOMPARE(model.listIndex(later), second);
        QVERIFY(model.flags(second) & Qt::ItemIsDropEnabled);

        const QPersistentModelIndex kept = second;
        {
            Library library(path);
            Transaction transaction(library.db());
            ReadingLists(library.db()).append(later, {4});
            ReadingLists(library.db()).remove(empty);
            transaction.commit();
        }
        model.refresh();
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(lists), 1);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(SidebarModel::CountRole).toLongLong(), 4);
    }

    void staysCorrectWithAHundredThousandTags()
    {
        const Fixture fixture = scaleFixture();
        QCOMPARE(fixture.tags.size(), 100000);
        const QString path = newLibrary(fixture);
        ReaderThread reader(path);
        SidebarModel model(&reader);
        QVERIFY(settle(model));
        const QModelIndex tags = model.sectionIndex(SidebarModel::TagsSection);
        QVERIFY(fetchAll(model, tags));
        QCOMPARE(childNames(model, tags), fixture.children.value(QString()));
        checkLevel(model, tags, fixture, QString());

        // The wide level, whole; one of its children.
        const QModelIndex wide = model.tagIndex(QStringLiteral("wide"));
        QVERIFY(fetchAll(model, wide));
        QCOMPARE(model.rowCount(wide), 1000);
        checkLevel(model, wide, fixture, QStringLiteral("wide"));
        const QModelIndex w0123 = model.tagIndex(QStringLiteral("wide/w0123"));
        QVERIFY(fetchAll(model, w0123));
        QCOMPARE(model.rowCount(w0123), 20);
        checkLevel(model, w0123, fixture, QStringLiteral("wide/w0123"));

        // Down one tree to its tenth level, each level in full.
        QString level = QStringLiteral("deep7");
        for (int depth = 1; depth < 10; ++depth) {
            const QModelIndex index = model.tagIndex(level);
            QVERIFY2(index.isValid(), qPrintable(level));
            QVERIFY(fetchAll(model, index));
            checkLevel(model, index, fixture, level);
            level = model.index(model.rowCount(index) - 1, 0, index).data(SidebarModel::TagNameRole).toString();
        }
        QCOMPARE(level.count(QLatin1Char('/')), 9);
        QVERIFY(!model.hasChildren(model.tagIndex(level)));

        // The flat level is read only as far as asked.
        const QModelIndex flat = model.tagIndex(QStringLiteral("flat"));
        for (int page = 0; page < 3; ++page) {
            model.fetchMore(flat);
            QVERIFY(settle(model));
        }
        QCOMPARE(model.rowCount(flat), 3 * SidebarModel::tagPageSize);
        QVERIFY(model.canFetchMore(flat));
        checkLevel(model, flat, fixture, QStringLiteral("flat"));

        // A refresh reads again what is loaded, and only that.
        model.refresh();
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(flat), 3 * SidebarModel::tagPageSize);
        QCOMPARE(model.rowCount(wide), 1000);
        checkLevel(model, flat, fixture, QStringLiteral("flat"));
        checkLevel(model, wide, fixture, QStringLiteral("wide"));
    }
};

QTEST_GUILESS_MAIN(TestSidebarModel)
#include "tst_sidebarmodel.moc"
