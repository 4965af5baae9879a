// Curation: every write a user makes (tags, status/rating/priority, notes, lists, saved searches, deleting and
// merging papers), its effect, its undo (the returned inverse gives back exactly the previous state) and its
// redo; a write failing halfway leaves nothing; everything survives closing and reopening the library.
#include "domain/paperkeys.h"
#include "extract/taxonomy.h"
#include "query/query.h"
#include "query/queryrunner.h"
#include "store/curation.h"
#include "store/facets.h"
#include "store/library.h"
#include "store/paperreader.h"
#include "store/paperstore.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <type_traits>

using namespace lectern;

namespace {

using Dump = QMap<QString, QStringList>;

// Every row of every table a curation write can touch, as SQL literals (quote()), sorted. Left out: the
// full-text index's own tables (checked by ftsMismatch), fts_term (terms are only ever added), facet_code (codes
// are assigned on first use and never reused; facet totals are compared by name) and library_setting (it
// remembers deleted paper ids on purpose).
Dump dumpLibrary(Database &db, bool withNoteTimes = true)
{
    Dump dump;
    Statement tables(db,
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     "AND name NOT LIKE 'paper_fts%' AND name NOT IN ('fts_term', 'facet_code', 'library_setting')");
    while (tables.next()) {
        const QString table = tables.text(0);
        QStringList columns;
        Statement info(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
        info.bind(1, table);
        while (info.next()) {
            if (withNoteTimes || info.text(0) != QLatin1String("note_updated_at"))
                columns.append(QStringLiteral("quote(\"%1\")").arg(info.text(0)));
        }
        Statement rows(db,
                       QStringLiteral("SELECT %1 FROM \"%2\"").arg(columns.join(QStringLiteral(" || '|' || ")), table));
        QStringList lines;
        while (rows.next())
            lines.append(rows.text(0));
        lines.sort();
        dump.insert(table, lines);
    }
    return dump;
}

// The first difference between two dumps, or empty.
QString difference(const Dump &a, const Dump &b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QStringList other = b.value(it.key());
        if (*it == other)
            continue;
        QStringList onlyA, onlyB;
        for (const QString &row : *it) {
            if (!other.contains(row))
                onlyA.append(row);
        }
        for (const QString &row : other) {
            if (!it->contains(row))
                onlyB.append(row);
        }
        return QStringLiteral("table %1: before only %2; after only %3 (%4 vs %5 rows)")
            .arg(it.key(), onlyA.join(QStringLiteral(" / ")), onlyB.join(QStringLiteral(" / ")))
            .arg(it->size())
            .arg(other.size());
    }
    return a.keys() == b.keys() ? QString() : QStringLiteral("different tables");
}

QStringList ftsEntries(Database &db)
{
    Statement s(db, "SELECT term || ' ' || doc || ' ' || col || ' ' || offset FROM temp.lectern_fts_vocab");
    QStringList entries;
    while (s.next())
        entries.append(s.text(0));
    entries.sort();
    return entries;
}

// Whether the full-text index holds exactly what rebuilding it from the paper rows gives: a wrong 'delete'
// leaves entries behind that FTS5's own integrity-check does not see for an external-content table.
QString ftsMismatch(Database &db)
{
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.lectern_fts_vocab USING fts5vocab(main, paper_fts, instance)");
    const QStringList current = ftsEntries(db);
    db.exec("SAVEPOINT fts_check");
    db.exec("INSERT INTO paper_fts(paper_fts) VALUES ('rebuild')");
    const QStringList rebuilt = ftsEntries(db);
    db.exec("ROLLBACK TO fts_check; RELEASE fts_check");
    if (current == rebuilt)
        return {};
    QStringList extra, missing;
    for (const QString &e : current) {
        if (!rebuilt.contains(e))
            extra.append(e);
    }
    for (const QString &e : rebuilt) {
        if (!current.contains(e))
            missing.append(e);
    }
    return QStringLiteral("index has extra %1; lacks %2")
        .arg(extra.mid(0, 8).join(QStringLiteral(", ")), missing.mid(0, 8).join(QStringLiteral(", ")));
}

QStringList facetTotals(Database &db)
{
    FacetCodes codes(db);
    QStringList totals;
    for (const FacetCount &c : readFacetTotals(db, codes))
        totals.append(QStringLiteral("%1/%2/%3=%4").arg(c.technique, c.kind).arg(c.year).arg(c.papers));
    totals.sort();
    return totals;
}

// The totals a full recount gives (rolled back afterwards), to check incremental ones against.
QStringList recountedFacetTotals(Database &db)
{
    db.exec("SAVEPOINT recount");
    FacetWriter::rebuild(db, Taxonomy::builtIn());
    const QStringList totals = facetTotals(db);
    db.exec("ROLLBACK TO recount; RELEASE recount");
    return totals;
}

qint64 scalar(Database &db, const char *sql, qint64 bound = 0)
{
    Statement s(db, sql);
    if (bound)
        s.bind(1, bound);
    return s.next() ? s.int64(0) : -1;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestCuration : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_quantized = 0, m_pruning = 0, m_speculative = 0, m_survey = 0;
    qint64 m_file = 0;

    Database &db() { return m_library->db(); }

    QString path() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }

    // Runs `write` in a committed transaction, as the writer does.
    template <typename Write>
    auto write(Write &&write)
    {
        Transaction transaction(db());
        Curation curation(db(), Taxonomy::builtIn());
        if constexpr (std::is_void_v<decltype(write(curation))>) {
            write(curation);
            transaction.commit();
        } else {
            auto result = write(curation);
            transaction.commit();
            return result;
        }
    }

    // As an import stores a paper: through PaperStore, with its terms for as-you-type expansion.
    qint64 add(Paper p)
    {
        Transaction transaction(db());
        PaperStore store(db(), Taxonomy::builtIn());
        store.insert(p, paperKeys(p));
        QSet<QString> terms;
        collectFullTextTerms(p.title, terms);
        collectFullTextTerms(p.abstract, terms);
        for (const QString &author : std::as_const(p.authors))
            collectFullTextTerms(author, terms);
        store.addFullTextTerms(terms);
        store.flush();
        transaction.commit();
        return p.id;
    }

    QList<qint64> search(const QString &text, bool asYouType = false)
    {
        const Query query = Query::parse(text, {.asYouType = asYouType});
        if (!query.isValid())
            return {-1};
        return sorted(QueryRunner(db(), Taxonomy::builtIn()).ids(query));
    }

    qint64 ftsMatch(const QString &match)
    {
        Statement s(db(), "SELECT count(*) FROM paper_fts WHERE paper_fts MATCH ?");
        s.bind(1, match);
        return s.next() ? s.int64(0) : -1;
    }

    QStringList tagTree()
    {
        Statement s(db(), "SELECT t.name || ' <' || coalesce(p.name, '') || '>' FROM tag t LEFT JOIN tag p "
                          "ON p.id = t.parent_id ORDER BY t.name");
        QStringList tree;
        while (s.next())
            tree.append(s.text(0));
        return tree;
    }

    QList<qint64> papersTagged(const QString &tag)
    {
        Statement s(db(), "SELECT pt.paper_id FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id WHERE t.name = ? "
                          "ORDER BY pt.paper_id");
        s.bind(1, tag);
        QList<qint64> ids;
        while (s.next())
            ids.append(s.int64(0));
        return ids;
    }

    void reopen()
    {
        m_library.reset();
        m_library = std::make_unique<Library>(path());
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_library = std::make_unique<Library>(path());

        Paper quantized;
        quantized.title = QStringLiteral("Quantized Transformers on Phones");
        quantized.abstract = QStringLiteral("We quantize the model to 4 bits and obtain a 3.5x speedup on GPUs.");
        quantized.authors = {QStringLiteral("Ada Lovelace"), QStringLiteral("Émile Borel")};
        quantized.year = 2023;
        quantized.date = QStringLiteral("May 2, 2023");
        quantized.doi = QStringLiteral("10.1000/quantized");
        quantized.arxivId = QStringLiteral("2305.00001");
        quantized.venue = QStringLiteral("MLSys");
        quantized.techniques = {{QStringLiteral("quantization"), 3, 11}};
        quantized.metrics = {{QStringLiteral("speedup"), 3.5, QStringLiteral("x"), QStringLiteral("increase"),
                              QStringLiteral("3.5x speedup"), 49, 61}};
        quantized.tags = {QStringLiteral("compression/quantization")};
        m_quantized = add(quantized);

        Paper pruning;
        pruning.title = QStringLiteral("Pruning Large Language Models");
        pruning.abstract = QStringLiteral("Structured pruning of channels cuts latency by 40%.");
        pruning.authors = {QStringLiteral("Alan Turing")};
        pruning.year = 2022;
        pruning.techniques = {{QStringLiteral("pruning"), 11, 18}};
        pruning.metrics = {{QStringLiteral("latency"), 40, QStringLiteral("%"), QStringLiteral("reduction"),
                            QStringLiteral("by 40%"), 43, 50}};
        pruning.tags = {QStringLiteral("compression/pruning"), QStringLiteral("reading")};
        m_pruning = add(pruning);

        Paper speculative;
        speculative.title = QStringLiteral("Speculative Decoding Explained");
        speculative.abstract = QStringLiteral("Draft models propose tokens; the target verifies them.");
        speculative.authors = {QStringLiteral("Grace Hopper"), QStringLiteral("Ada Lovelace")};
        speculative.year = 2024;
        speculative.techniques = {{QStringLiteral("speculative-decoding"), 0, 5}};
        m_speculative = add(speculative);

        // Lacks nearly everything: the kept side of a merge.
        Paper survey;
        survey.title = QStringLiteral("Edge Inference Survey");
        m_survey = add(survey);

        Transaction transaction(db());
        PaperStore store(db(), Taxonomy::builtIn());
        const QByteArray text = "one\ntwo\nthree\n";
        m_file = store.addSourceFile({QStringLiteral("/tmp/seed.bib"), QStringLiteral("cafe"), QStringLiteral("bibtex"),
                                      text.size(), qCompress(text)});
        store.addSource(m_file, 0, m_quantized, 1, 0, 3);
        store.addSource(m_file, 1, m_pruning, 2, 4, 7);
        store.addSource(m_file, 2, m_survey, 3, 8, 13);
        transaction.commit();
    }

    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    // --- tags

    void addTagCreatesAncestorsAndUndoes()
    {
        const Dump before = dumpLibrary(db());
        const QList<qint64> papers = {m_quantized, m_pruning, m_speculative};
        const TagSnapshot snapshot = write([](Curation &c) { return c.snapshotTags({QStringLiteral("x/y/z")}); });
        QCOMPARE(snapshot.absentAncestors, (QStringList{QStringLiteral("x/y"), QStringLiteral("x")}));
        const QList<qint64> added = write([&](Curation &c) { return c.addTag(papers, QStringLiteral(" x / y //z ")); });
        QCOMPARE(sorted(added), sorted(papers));
        QVERIFY(tagTree().contains(QStringLiteral("x <>")));
        QVERIFY(tagTree().contains(QStringLiteral("x/y <x>")));
        QVERIFY(tagTree().contains(QStringLiteral("x/y/z <x/y>")));
        QCOMPARE(papersTagged(QStringLiteral("x/y/z")), sorted(papers));
        QCOMPARE(papersTagged(QStringLiteral("x/y")), QList<qint64>{}); // ancestors are tags, not on the papers
        const Dump after = dumpLibrary(db());
        // Adding again adds to nobody.
        QCOMPARE(write([&](Curation &c) { return c.addTag(papers, QStringLiteral("x/y/z")); }), QList<qint64>{});

        // Undo: the papers lose the tag, and the tags created for it go.
        write([&](Curation &c) {
            QCOMPARE(sorted(c.removeTag(added, QStringLiteral("x/y/z"))), sorted(papers));
            c.restoreTags(snapshot);
        });
        QVERIFY2(difference(before, dumpLibrary(db())).isEmpty(), qPrintable(difference(before, dumpLibrary(db()))));
        // Redo.
        write([&](Curation &c) { c.addTag(papers, QStringLiteral("x/y/z")); });
        QVERIFY2(difference(after, dumpLibrary(db())).isEmpty(), qPrintable(difference(after, dumpLibrary(db()))));
    }

    void addTagToAnExistingTagAddsToThoseLackingIt()
    {
        const QList<qint64> added = write([&](Curation &c) {
            return c.addTag({m_quantized, m_pruning}, QStringLiteral("compression/quantization"));
        });
        QCOMPARE(added, QList<qint64>{m_pruning});
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 write([&](Curation &c) { c.addTag({m_pruning}, QStringLiteral(" / ")); }));
    }

    void importedTagsHaveTheirAncestors()
    {
        QVERIFY(tagTree().contains(QStringLiteral("compression <>")));
        QVERIFY(tagTree().contains(QStringLiteral("compression/quantization <compression>")));
        QVERIFY(tagTree().contains(QStringLiteral("compression/pruning <compression>")));
        QVERIFY(tagTree().contains(QStringLiteral("reading <>")));
        QCOMPARE(write([](Curation &c) { return c.allTagNames(); }),
                 (QStringList{QStringLiteral("compression"), QStringLiteral("compression/pruning"),
                              QStringLiteral("compression/quantization"), QStringLiteral("reading")}));
    }

    void removeTagAndUndo()
    {
        const Dump before = dumpLibrary(db());
        const QList<qint64> removed = write([&](Curation &c) {
            return c.removeTag({m_quantized, m_pruning}, QStringLiteral("compression/quantization"));
        });
        QCOMPARE(removed, QList<qint64>{m_quantized});
        QCOMPARE(papersTagged(QStringLiteral("compression/quantization")), QList<qint64>{});
        QVERIFY(tagTree().contains(QStringLiteral("compression/quantization <compression>"))); // the tag stays
        const Dump after = dumpLibrary(db());
        write([&](Curation &c) { c.addTag(removed, QStringLiteral("compression/quantization")); });
        QVERIFY2(difference(before, dumpLibrary(db())).isEmpty(), qPrintable(difference(before, dumpLibrary(db()))));
        write([&](Curation &c) { c.removeTag({m_quantized, m_pruning}, QStringLiteral("compression/quantization")); });
        QVERIFY2(difference(after, dumpLibrary(db())).isEmpty(), qPrintable(difference(after, dumpLibrary(db()))));
    }

    void renameIntoANewName()
    {
        write([](Curation &c) {
            c.setTagColor(QStringLiteral("compression"), QStringLiteral("#AA0000"));
            c.setTagColor(QStringLiteral("compression/pruning"), QStringLiteral("#00aa00"));
            c.setKeySlots({{3, QStringLiteral("compression/pruning")}});
        });
        const Dump before = dumpLibrary(db());
        const QStringList roots = {QStringLiteral("compression"), QStringLiteral("efficiency/compression")};
        const TagSnapshot snapshot = write([&](Curation &c) { return c.snapshotTags(roots); });
        write(
            [](Curation &c) { c.renameTag(QStringLiteral("compression"), QStringLiteral("efficiency/compression")); });
        QCOMPARE(tagTree(),
                 (QStringList{QStringLiteral("efficiency <>"), QStringLiteral("efficiency/compression <efficiency>"),
                              QStringLiteral("efficiency/compression/pruning <efficiency/compression>"),
                              QStringLiteral("efficiency/compression/quantization <efficiency/compression>"),
                              QStringLiteral("reading <>")}));
        QCOMPARE(papersTagged(QStringLiteral("efficiency/compression/quantization")), QList<qint64>{m_quantized});
        QCOMPARE(papersTagged(QStringLiteral("efficiency/compression/pruning")), QList<qint64>{m_pruning});
        QCOMPARE(write([](Curation &c) { return c.tagColor(QStringLiteral("efficiency/compression")); }),
                 QStringLiteral("#aa0000"));
        QCOMPARE(write([](Curation &c) { return c.tagColor(QStringLiteral("efficiency/compression/pruning")); }),
                 QStringLiteral("#00aa00"));
        QCOMPARE(write([](Curation &c) { return c.keySlots(); }),
                 (QHash<int, QString>{{3, QStringLiteral("efficiency/compression/pruning")}}));
        const Dump after = dumpLibrary(db());

        write([&](Curation &c) { c.restoreTags(snapshot); });
        QVERIFY2(difference(before, dumpLibrary(db())).isEmpty(), qPrintable(difference(before, dumpLibrary(db()))));
        write(
            [](Curation &c) { c.renameTag(QStringLiteral("compression"), QStringLiteral("efficiency/compression")); });
        QVERIFY2(difference(after, dumpLibrary(db())).isEmpty(), qPrintable(difference(after, dumpLibrary(db()))));
    }

    void renameOntoAnExistingTagMerges()
    {
        write([&](Curation &c) {
            c.addTag({m_quantized}, QStringLiteral("a"));
            c.addTag({m_quantized}, QStringLiteral("a/sub"));
            c.addTag({m_pruning, m_speculative}, QStringLiteral("b"));
            c.addTag({m_speculative}, QStringLiteral("b/sub"));
            c.setTagColor(QStringLiteral("a"), QStringLiteral("#ff0000"));
            c.setTagColor(QStringLiteral("b/sub"), QStringLiteral("#0000ff"));
            c.setTagColor(QStringLiteral("a/sub"), QStringLiteral("#00ff00"));
            c.setKeySlots({{1, QStringLiteral("a")}, {2, QStringLiteral("b")}});
        });
        const Dump before = dumpLibrary(db());
        const TagSnapshot snapshot = write([](Curation &c) {
            return c.snapshotTags({QStringLiteral("a"), QStringLiteral("b")});
        });
        write([](Curation &c) { c.renameTag(QStringLiteral("a"), QStringLiteral("b")); });
        QVERIFY(!tagTree().contains(QStringLiteral("a <>")));
        QVERIFY(!tagTree().contains(QStringLiteral("a/sub <a>")));
        QCOMPARE(papersTagged(QStringLiteral("b")), sorted({m_quantized, m_pruning, m_speculative}));
        QCOMPARE(papersTagged(QStringLiteral("b/sub")), sorted({m_quantized, m_speculative}));
        write([](Curation &c) {
            QCOMPARE(c.tagColor(QStringLiteral("b")), QStringLiteral("#ff0000"));     // it had none
            QCOMPARE(c.tagColor(QStringLiteral("b/sub")), QStringLiteral("#0000ff")); // it had its own
            QCOMPARE(c.keySlots(), (QHash<int, QString>{{2, QStringLiteral("b")}}));  // it had its own key
        });
        const Dump after = dumpLibrary(db());

        write([&](Curation &c) { c.restoreTags(snapshot); });
        QVERIFY2(difference(before, dumpLibrary(db())).isEmpty(), qPrintable(difference(before, dumpLibrary(db()))));
        write([](Curation &c) { c.renameTag(QStringLiteral("a"), QStringLiteral("b")); });
        QVERIFY2(difference(after, dumpLibrary(db())).isEmpty(), qPrintable(difference(after, dumpLibrary(db()))));
    }

    void renameUpOntoItsParent()
    {
        // "compression/pruning" → "compression": its papers join the parent; nothing meets itself half-moved.
        write(
            [&](Curation &c) { c.addTag({m_speculative}, QStringLiteral("compression/pruning/compression/pruning")); });
        write([](Curation &c) { c.renameTag(QStringLiteral("compression/pruning"), QStringLiteral("compression")); });
        QCOMPARE(papersTagged(QStringLiteral("compression")), QList<qint64>{m_pruning});
        QCOMPARE(papersTagged(QStringLiteral("compression/compression/pruning")), QList<qint64>{m_speculative});
        QVERIFY(tagTree().contains(QStringLiteral("compression/compression/pruning <compression/compression>")));
        QVERIFY(!tagTree().contains(QStringLiteral("compression/pruning <compression>")));
    }

    void renameRefusals_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such tag") << "nothing"
                                     << "else"
                                     << "There is no tag named \"nothing\".";
        QTest::newRow("empty name") << "reading"
                                    << " / "
                                    << "A tag needs a name.";
        QTest::newRow("into itself") << "compression"
                                     << "compression/inner"
                                     << "The tag \"compression\" cannot be moved into itself (\"compression/inner\").";
    }

    void renameRefusals()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        const Dump before = dumpLibrary(db());
        try {
            write([&](Curation &c) { c.renameTag(from, to); });
            QFAIL("the rename was accepted");
        } catch (const DatabaseError &e) {
            QCOMPARE(e.message(), message);
        }
        QVERIFY(difference(before, dumpLibrary(db())).isEmpty());
    }

    void deleteTagAndRestore()
    {
        write([](Curation &c) {
            c.setTagColor(QStringLiteral("compression/quantization"), QStringLiteral("#123456"));
            c.setKeySlots({{5, QStringLiteral("compression/quantization")}});
        });
        const Dump before = dumpLibrary(db());
        const TagSnapshot snapshot = write([](Curation &c) { return c.snapshotTags({QStringLiteral("compression")}); });
        QCOMPARE(snapshot.tags.size(), 3);
        QCOMPARE(snapshot.tags.first().name, QStringLiteral("compression"));
        write([](Curation &c) { c.deleteTag(QStringLiteral("compression")); });
        QCOMPARE(tagTree(), QStringList{QStringLiteral("reading <>")});
        QCOMPARE(scalar(db(), "SELECT count(*) FROM paper_tag"), 1);
        QVERIFY(write([](Curation &c) { return c.keySlots(); }).isEmpty());
        const Dump after = dumpLibrary(db());
        write([&](Curation &c) { c.restoreTags(snapshot); });
        QVERIFY2(difference(before, dumpLibrary(db())).isEmpty(), qPrintable(difference(before, dumpLibrary(db()))));
        write([](Curation &c) { c.deleteTag(QStringLiteral("compression")); });
        QVERIFY2(difference(after, dumpLibrary(db())).isEmpty(), qPrintable(difference(after, dumpLibrary(db()))));
    }

    void keySlots()
    {
        const Dump before = dumpLibrary(db());
        const QHash<int, QString> previous = write([](Curation &c) { return c.keySlots(); });
        const QHash<int, QString> slots = {{1, QStringLiteral("reading")}, {9, QStringLiteral("compression/pruning")}};
        write([&](Curation &c) { c.setKeySlots(slots); });
        QCOMPARE(write([](Curation &c) { return c.keySlots(); }), slots);
        const Dump after = dumpLibrary(db());
        // Moving a tag to another key frees the first.
        write([](Curation &c) { c.setKeySlots({{2, QStringLiteral("reading")}}); });
        QCOMPARE(write([](Curation &c) { return c.keySlots(); }),
                 (QHash<int, QString>{{2, QStringLiteral("reading")}}));
        write([&](Curation &c) { c.setKeySlots(slots); });
        QVERIFY(difference(after, dumpLibrary(db())).isEmpty());
        write([&](Curation &c) { c.setKeySlots(previous); });
        QVERIFY2(difference(before, dumpLibrary(db())).isEmpty(), qPrintable(difference(before, dumpLibrary(db()))));

        QVERIFY_THROWS_EXCEPTION(DatabaseError, write([](Curation &c) {
                                     c.setKeySlots({{10, QStringLiteral("reading")}});
                                 }));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, write([](Curation &c) {
                                     c.setKeySlots({{1, QStringLiteral("nothing")}});
                                 }));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, write([](Curation &c) {
                                     c.setKeySlots({{1, QStringLiteral("reading")}, {2, QStringLiteral("reading")}});
                                 }));
        QVERIFY(difference(before, dumpLibrary(db())).isEmpty());
    }

    void tagColours()
    {
        const Dump before = dumpLibrary(db());
        const QString previous = write([](Curation &c) { return c.tagColor(QStringLiteral("reading")); });
        QCOMPARE(previous, QString());
        write([](Curation &c) { c.setTagColor(QStringLiteral("reading"), QStringLiteral("#FFAA00")); });
        QCOMPARE(write([](Curation &c) { return c.tagColor(QStringLiteral("reading")); }), QStringLiteral("#ffaa00"));
        write([&](Curation &c) { c.setTagColor(QStringLiteral("reading"), previous); });
        QVERIFY(difference(before, dumpLibrary(db())).isEmpty());
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError, write([](Curation &c) { c.setTagColor(QStringLiteral("reading"), QStringLiteral("red")); }));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, write([](Curation &c) {
                                     c.setTagColor(QStringLiteral("nothing"), QStringLiteral("#000000"));
                                 }));
    }

    // --- status, rating, priority

    void setFieldAndRestore_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("value");
        QTest::newRow("status reading") << int(Curation::Field::Status) << "status" << int(ReadingStatus::Reading);
        QTest::newRow("status read") << int(Curation::Field::Status) << "status" << int(ReadingStatus::Read);
        QTest::newRow("rating 5") << int(Curation::Field::Rating) << "rating" << kMaxRating;
        QTest::newRow("rating 1") << int(Curation::Field::Rating) << "rating" << 1;
        QTest::newRow("priority high") << int(Curation::Field::Priority) << "priority" << int(Priority::High);
        QTest::newRow("priority low") << int(Curation::Field::Priority) << "priority" << int(Priority::Low);
    }

    void setFieldAndRestore()
    {
        QFETCH(int, field);
        QFETCH(QString, column);
        QFETCH(int, value);
        const auto f = Curation::Field(field);
        // Papers with different values before, so the undo must give each its own back.
        write([&](Curation &c) { c.setField(f, {m_pruning}, f == Curation::Field::Rating ? 3 : 2); });
        const Dump before = dumpLibrary(db());
        const QHash<qint64, int> previous = write([&](Curation &c) {
            return c.setField(f, {m_quantized, m_pruning, 999}, value);
        });
        QCOMPARE(previous.size(), 2); // no paper 999
        QCOMPARE(previous.value(m_pruning), f == Curation::Field::Rating ? 3 : 2);
        const int defaultValue = f == Curation::Field::Priority ? int(Priority::Normal) : 0;
        QCOMPARE(previous.value(m_quantized), defaultValue);
        Statement s(db(), QStringLiteral("SELECT count(*) FROM paper WHERE %1 = ?").arg(column));
        s.bind(1, value);
        QVERIFY(s.next());
        QCOMPARE(s.int64(0), 2);
        const Paper loaded = PaperReader(db()).load(m_quantized);
        QCOMPARE(f == Curation::Field::Status   ? int(loaded.status)
                 : f == Curation::Field::Rating ? loaded.rating
                                                : int(loaded.priority),
                 value);
        const Dump after = dumpLibrary(db());
        write([&](Curation &c) { c.restoreField(f, previous); });
        QVERIFY2(difference(before, dumpLibrary(db())).isEmpty(), qPrintable(difference(before, dumpLibrary(db()))));
        write([&](Curation &c) { c.setField(f, {m_quantized, m_pruning, 999}, value); });
        QVERIFY(difference(after, dumpLibrary(db())).isEmpty());
    }

    void invalidFieldValuesThrow_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("status 3") << int(Curation::Field::Status) << 3
                                  << "A reading status is 0 (unread), 1 (reading) or 2 (read), not 3.";
        QTest::newRow("status -1") << int(Curation::Field::Status) << -1
                                   << "A reading status is 0 (unread), 1 (reading) or 2 (read), not -1.";
        QTest::newRow("rating 6") << int(Curation::Field::Rating) << 6 << "A rating is from 0 to 5 stars, not 6.";
        QTest::newRow("rating -1") << int(Curation::Field::Rating) << -1 << "A rating is from 0 to 5 stars, not -1.";
        QTest::newRow("priority 3") << int(Curation::Field::Priority) << 3
                                    << "A priority is 0 (low), 1 (normal) or 2 (high), not 3.";
    }

    void invalidFieldValuesThrow()
    {
        QFETCH(int, field);
        QFETCH(int, value);
        QFETCH(QString, message);
        const Dump before = dumpLibrary(db());
        for (const bool restoring : {false, true}) {
            try {
                write([&](Curation &c) {
                    if (restoring)
                        c.restoreField(Curation::Field(field), {{m_quantized, 0}, {m_pruning, value}});
                    else
                        c.setField(Curation::Field(field), {m_quantized}, value);
                });
                QFAIL("an invalid value was accepted");
            } catch (const DatabaseError &e) {
                QCOMPARE(e.message(), message);
            }
        }
        QVERIFY(difference(before, dumpLibrary(db())).isEmpty());
    }

    // --- notes

    void notesAreSearchable()
    {
        const Dump before = dumpLibrary(db());
        QCOMPARE(write([&](Curation &c) { return c.note(m_pruning); }), QString());
        const QString note = QStringLiteral("Read **carefully**: the *zeugma* appendix matters.\n\n- check Table 3");
        write([&](Curation &c) { c.setNote(m_pruning, note); });
        QCOMPARE(write([&](Curation &c) { return c.note(m_pruning); }), note);
        QCOMPARE(PaperReader(db()).load(m_pruning).note, note);
        QVERIFY(scalar(db(), "SELECT note_updated_at FROM paper WHERE id = ?", m_pruning) > 0);
        QCOMPARE(ftsMatch(QStringLiteral("note : zeugma")), 1);
        QCOMPARE(ftsMatch(QStringLiteral("title : zeugma")), 0);
        QCOMPARE(search(QStringLiteral("zeugma")), QList<qint64>{m_pruning});
        QCOMPARE(search(QStringLiteral("zeugma pruning")), QList<qint64>{m_pruning});
        QCOMPARE(search(QStringLiteral("zeugm"), true), QList<qint64>{m_pruning}); // the note's terms expand
        QVERIFY2(ftsMismatch(db()).isEmpty(), qPrintable(ftsMismatch(db())));
        const Dump after = dumpLibrary(db(), false);

        // Editing replaces the words in the index.
        write([&](Curation &c) { c.setNote(m_pruning, QStringLiteral("Only the syllepsis now.")); });
        QCOMPARE(search(QStringLiteral("zeugma")), QList<qint64>{});
        QCOMPARE(search(QStringLiteral("syllepsis")), QList<qint64>{m_pruning});
        QVERIFY2(ftsMismatch(db()).isEmpty(), qPrintable(ftsMismatch(db())));

        // Undo back to the first note, then to none.
        write([&](Curation &c) { c.setNote(m_pruning, note); });
        QVERIFY(difference(after, dumpLibrary(db(), false)).isEmpty());
        write([&](Curation &c) { c.setNote(m_pruning, QString()); });
        QVERIFY2(difference(before, dumpLibrary(db())).isEmpty(), qPrintable(difference(before, dumpLibrary(db()))));
        QCOMPARE(search(QStringLiteral("zeugma")), QList<qint64>{});
        QCOMPARE(search(QStringLiteral("pruning")), QList<qint64>{m_pruning});
        QVERIFY2(ftsMismatch(db()).isEmpty(), qPrintable(ftsMismatch(db())));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, write([](Curation &c) { c.setNote(999, QStringLiteral("x")); }));
    }

    // --- reading lists

    void readingLists()
    {
        const Dump empty = dumpLibrary(db());
        const qint64 list = write([](Curation &c) { return c.createList(QStringLiteral("  To read  ")); });
        QCOMPARE(scalar(db(), "SELECT count(*) FROM reading_list WHERE name = 'To read'"), 1);
        for (const QString &name : {QStringLiteral("To read"), QStringLiteral("   ")}) {
            try {
                write([&](Curation &c) { c.createList(name); });
                QFAIL("a list name was accepted twice or empty");
            } catch (const DatabaseError &e) {
                QCOMPARE(e.message(), name.trimmed().isEmpty()
                                          ? QStringLiteral("A reading list needs a name.")
                                          : QStringLiteral("There is already a reading list named \"To read\"."));
            }
        }

        write([&](Curation &c) { c.setListItems(list, {m_speculative, m_quantized, m_pruning, m_quantized}); });
        QCOMPARE(write([&](Curation &c) { return c.listItems(list); }),
                 (QList<qint64>{m_speculative, m_quantized, m_pruning}));
        Statement positions(db(), "SELECT group_concat(position, ',') FROM (SELECT position FROM reading_list_item "
                                  "WHERE list_id = ? ORDER BY position)");
        positions.bind(1, list);
        QVERIFY(positions.next());
        QCOMPARE(positions.text(0), QStringLiteral("0,1,2"));
        positions.reset();

        // Reorder and undo.
        const Dump ordered = dumpLibrary(db());
        const QList<qint64> previous = write([&](Curation &c) { return c.listItems(list); });
        write([&](Curation &c) { c.setListItems(list, {m_pruning, m_speculative}); });
        QCOMPARE(write([&](Curation &c) { return c.listItems(list); }), (QList<qint64>{m_pruning, m_speculative}));
        write([&](Curation &c) { c.setListItems(list, previous); });
        QVERIFY(difference(ordered, dumpLibrary(db())).isEmpty());

        // Rename and undo.
        write([&](Curation &c) { c.renameList(list, QStringLiteral("Later")); });
        QCOMPARE(scalar(db(), "SELECT count(*) FROM reading_list WHERE name = 'Later'"), 1);
        const qint64 other = write([](Curation &c) { return c.createList(QStringLiteral("Other")); });
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 write([&](Curation &c) { c.renameList(other, QStringLiteral("Later")); }));
        write([&](Curation &c) { c.deleteList(other); });
        write([&](Curation &c) { c.renameList(list, QStringLiteral("To read")); });
        QVERIFY(difference(ordered, dumpLibrary(db())).isEmpty());

        // Delete and restore, with its id and order.
        const ReadingListSnapshot snapshot = write([&](Curation &c) { return c.deleteList(list); });
        QCOMPARE(snapshot.id, list);
        QCOMPARE(snapshot.name, QStringLiteral("To read"));
        QCOMPARE(snapshot.papers, previous);
        QVERIFY(difference(empty, dumpLibrary(db())).isEmpty());
        write([&](Curation &c) { c.restoreList(snapshot); });
        QVERIFY2(difference(ordered, dumpLibrary(db())).isEmpty(), qPrintable(difference(ordered, dumpLibrary(db()))));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, write([&](Curation &c) { c.restoreList(snapshot); }));
        write([&](Curation &c) { c.deleteList(list); });
        QVERIFY(difference(empty, dumpLibrary(db())).isEmpty());
    }

    // --- saved searches

    void savedSearches()
    {
        const Dump empty = dumpLibrary(db());
        const qint64 recent =
            write([](Curation &c) { return c.saveSearch(QStringLiteral("Recent"), QStringLiteral("year:2023..")); });
        const qint64 pruning = write(
            [](Curation &c) { return c.saveSearch(QStringLiteral("Pruning"), QStringLiteral("technique:pruning")); });
        const qint64 third =
            write([](Curation &c) { return c.saveSearch(QStringLiteral("Third"), QStringLiteral("has:note")); });
        QList<SavedSearch> searches = write([](Curation &c) { return c.savedSearches(); });
        QCOMPARE(searches.size(), 3);
        QCOMPARE(searches.at(0).id, recent);
        QCOMPARE(searches.at(1).id, pruning);
        QCOMPARE(searches.at(2).id, third);
        QCOMPARE(searches.at(1).query, QStringLiteral("technique:pruning"));

        // Saving under an existing name replaces the query in place.
        QCOMPARE(write([](Curation &c) { return c.saveSearch(QStringLiteral("Recent"), QStringLiteral("year:2024")); }),
                 recent);
        searches = write([](Curation &c) { return c.savedSearches(); });
        QCOMPARE(searches.at(0).query, QStringLiteral("year:2024"));
        QCOMPARE(searches.size(), 3);
        write([](Curation &c) { c.saveSearch(QStringLiteral("Recent"), QStringLiteral("year:2023..")); });

        write([&](Curation &c) { c.renameSearch(pruning, QStringLiteral("Sparse")); });
        QCOMPARE(write([](Curation &c) { return c.savedSearches(); }).at(1).name, QStringLiteral("Sparse"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 write([&](Curation &c) { c.renameSearch(pruning, QStringLiteral("Recent")); }));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 write([&](Curation &c) { c.saveSearch(QStringLiteral(" "), QStringLiteral("x")); }));
        write([&](Curation &c) { c.renameSearch(pruning, QStringLiteral("Pruning")); });

        // Delete the middle one and restore it at its place.
        const Dump three = dumpLibrary(db());
        const SavedSearch deleted = write([&](Curation &c) { return c.deleteSearch(pruning); });
        QCOMPARE(deleted.name, QStringLiteral("Pruning"));
        QCOMPARE(deleted.query, QStringLiteral("technique:pruning"));
        QCOMPARE(write([](Curation &c) { return c.savedSearches(); }).size(), 2);
        write([&](Curation &c) { c.restoreSearch(deleted); });
        QVERIFY(difference(three, dumpLibrary(db())).isEmpty());
        searches = write([](Curation &c) { return c.savedSearches(); });
        QCOMPARE(searches.at(1).id, pruning);
        // A new search goes last.
        const qint64 fourth =
            write([](Curation &c) { return c.saveSearch(QStringLiteral("Fourth"), QStringLiteral("q")); });
        QCOMPARE(write([](Curation &c) { return c.savedSearches(); }).last().id, fourth);
        write([&](Curation &c) {
            c.deleteSearch(fourth);
            c.deleteSearch(third);
            c.deleteSearch(pruning);
            c.deleteSearch(recent);
        });
        QVERIFY(difference(empty, dumpLibrary(db())).isEmpty());
    }

    // --- papers

    void deleteAndRestorePapers()
    {
        const qint64 list = write([&](Curation &c) {
            const qint64 id = c.createList(QStringLiteral("Queue"));
            c.setListItems(id, {m_speculative, m_quantized, m_pruning});
            c.setNote(m_quantized, QStringLiteral("The zeugma trick"));
            c.setField(Curation::Field::Rating, {m_quantized}, 4);
            return id;
        });
        const Dump before = dumpLibrary(db());
        const QStringList totalsBefore = facetTotals(db());
        const qint64 authors = scalar(db(), "SELECT count(*) FROM author");
        const QList<qint64> papers = {m_quantized, m_pruning};
        const PaperSnapshot snapshot = write([&](Curation &c) { return c.snapshotPapers(papers); });
        QCOMPARE(snapshot.paperIds, papers);
        write([&](Curation &c) { c.deletePapers(papers); });

        QCOMPARE(scalar(db(), "SELECT count(*) FROM paper"), 2);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM paper_facet"), 2);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM source"), 1);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM author"), authors); // shared rows stay
        QCOMPARE(scalar(db(), "SELECT count(*) FROM source_file"), 1);
        QCOMPARE(write([&](Curation &c) { return c.listItems(list); }), QList<qint64>{m_speculative});
        QCOMPARE(search(QStringLiteral("quantized")), QList<qint64>{});
        QCOMPARE(search(QStringLiteral("zeugma")), QList<qint64>{});
        QVERIFY(facetTotals(db()) != totalsBefore);
        QCOMPARE(facetTotals(db()), recountedFacetTotals(db()));
        QVERIFY2(ftsMismatch(db()).isEmpty(), qPrintable(ftsMismatch(db())));
        const Dump deleted = dumpLibrary(db());

        write([&](Curation &c) { c.restorePapers(snapshot); });
        QVERIFY2(difference(before, dumpLibrary(db())).isEmpty(), qPrintable(difference(before, dumpLibrary(db()))));
        QCOMPARE(facetTotals(db()), totalsBefore);
        QCOMPARE(search(QStringLiteral("quantized")), QList<qint64>{m_quantized});
        QCOMPARE(search(QStringLiteral("zeugma")), QList<qint64>{m_quantized});
        QCOMPARE(search(QStringLiteral("latency")), QList<qint64>{m_pruning});
        QVERIFY2(ftsMismatch(db()).isEmpty(), qPrintable(ftsMismatch(db())));
        QCOMPARE(PaperReader(db()).load(m_quantized).rating, 4);

        // Redo, and a paper imported afterwards does not take a deleted one's id.
        write([&](Curation &c) { c.deletePapers(papers); });
        QVERIFY(difference(deleted, dumpLibrary(db())).isEmpty());
        write([&](Curation &c) { c.deletePapers({m_survey}); }); // the newest paper
        Paper later;
        later.title = QStringLiteral("A Later Import");
        QCOMPARE(add(later), m_survey + 1);
    }

    void restoringOverAConflictingPaperFails()
    {
        const PaperSnapshot snapshot = write([&](Curation &c) { return c.snapshotPapers({m_quantized}); });
        write([&](Curation &c) { c.deletePapers({m_quantized}); });
        Paper again;
        again.title = QStringLiteral("Quantized Transformers, Again");
        again.doi = QStringLiteral("10.1000/quantized");
        add(again);
        const Dump before = dumpLibrary(db());
        try {
            write([&](Curation &c) { c.restorePapers(snapshot); });
            QFAIL("a paper was restored over another with its DOI");
        } catch (const DatabaseError &e) {
            QCOMPARE(e.message(), QStringLiteral("\"Quantized Transformers on Phones\" cannot be put back: \"Quantized "
                                                 "Transformers, Again\", stored since, has the same DOI, arXiv id or "
                                                 "citation key."));
        }
        QVERIFY(difference(before, dumpLibrary(db())).isEmpty());
    }

    void mergePapersAndUndo()
    {
        write([&](Curation &c) {
            const qint64 list = c.createList(QStringLiteral("Queue"));
            c.setListItems(list, {m_pruning, m_quantized, m_survey});
            const qint64 other = c.createList(QStringLiteral("Only absorbed"));
            c.setListItems(other, {m_speculative, m_quantized});
            c.setNote(m_survey, QStringLiteral("Kept paper's note."));
            c.setNote(m_quantized, QStringLiteral("Absorbed note about zeugma."));
            c.setField(Curation::Field::Status, {m_quantized}, int(ReadingStatus::Read));
            c.setField(Curation::Field::Rating, {m_quantized}, 2);
            c.setField(Curation::Field::Rating, {m_survey}, 4);
            c.setField(Curation::Field::Priority, {m_survey}, int(Priority::High));
            c.addTag({m_survey}, QStringLiteral("survey"));
        });
        const Paper keptBefore = PaperReader(db()).load(m_survey);
        const Dump before = dumpLibrary(db());
        const QStringList totalsBefore = facetTotals(db());
        const PaperSnapshot snapshot = write([&](Curation &c) { return c.snapshotPapers({m_survey, m_quantized}); });
        write([&](Curation &c) { c.mergePapers(m_survey, m_quantized); });

        QVERIFY_THROWS_EXCEPTION(DatabaseError, PaperReader(db()).load(m_quantized));
        const Paper merged = PaperReader(db()).load(m_survey);
        QCOMPARE(merged.title, keptBefore.title); // its own title stays
        QCOMPARE(merged.citationKey, keptBefore.citationKey);
        QCOMPARE(merged.abstract, QStringLiteral("We quantize the model to 4 bits and obtain a 3.5x speedup on GPUs."));
        QCOMPARE(merged.authors, (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Émile Borel")}));
        QCOMPARE(merged.year, std::optional<int>(2023));
        QCOMPARE(merged.doi, QStringLiteral("10.1000/quantized"));
        QCOMPARE(merged.arxivId, QStringLiteral("2305.00001"));
        QCOMPARE(merged.venue, QStringLiteral("MLSys"));
        QCOMPARE(merged.tags, (QStringList{QStringLiteral("compression/quantization"), QStringLiteral("survey")}));
        QCOMPARE(merged.note, QStringLiteral("Kept paper's note.\n\n---\n\nAbsorbed note about zeugma."));
        QCOMPARE(merged.status, ReadingStatus::Read);
        QCOMPARE(merged.rating, 4);
        QCOMPARE(merged.priority, Priority::High);
        QVERIFY(!merged.techniques.isEmpty()); // found again in the abstract it took
        QCOMPARE(merged.techniques.first().id, QStringLiteral("quantization"));
        const QList<SourceRef> sources = PaperReader(db()).sources(m_survey);
        QCOMPARE(sources.size(), 2);
        QCOMPARE(scalar(db(), "SELECT count(*) FROM source WHERE paper_id = ?", m_quantized), 0);
        // List places: the earlier of the two where both were; the absorbed one's where only it was.
        Statement lists(db(), "SELECT l.name || ':' || group_concat(i.paper_id, ',') FROM (SELECT * FROM "
                              "reading_list_item ORDER BY position) i JOIN reading_list l ON l.id = i.list_id "
                              "GROUP BY l.name ORDER BY l.name");
        QStringList places;
        while (lists.next())
            places.append(lists.text(0));
        QCOMPARE(places, (QStringList{QStringLiteral("Only absorbed:%1,%2").arg(m_speculative).arg(m_survey),
                                      QStringLiteral("Queue:%1,%2").arg(m_pruning).arg(m_survey)}));
        // The full-text entry follows the merged fields: the taken abstract and note find it, the absorbed
        // paper's own title (not taken) finds nothing.
        QCOMPARE(search(QStringLiteral("quantize")), QList<qint64>{m_survey});
        QCOMPARE(search(QStringLiteral("zeugma")), QList<qint64>{m_survey});
        QCOMPARE(search(QStringLiteral("lovelace")), sorted({m_speculative, m_survey}));
        QCOMPARE(search(QStringLiteral("phones")), QList<qint64>{});
        QCOMPARE(search(QStringLiteral("edge")), QList<qint64>{m_survey});
        QVERIFY2(ftsMismatch(db()).isEmpty(), qPrintable(ftsMismatch(db())));
        QCOMPARE(facetTotals(db()), recountedFacetTotals(db()));
        QCOMPARE(scalar(db(), "SELECT sort_key >> 32 FROM paper WHERE id = ?", m_survey), 20230502);
        const Dump after = dumpLibrary(db(), false);

        // Undo: both papers back exactly.
        write([&](Curation &c) { c.restorePapers(snapshot); });
        QVERIFY2(difference(before, dumpLibrary(db())).isEmpty(), qPrintable(difference(before, dumpLibrary(db()))));
        QCOMPARE(facetTotals(db()), totalsBefore);
        QCOMPARE(search(QStringLiteral("phones")), QList<qint64>{m_quantized});
        QCOMPARE(search(QStringLiteral("quantize")), QList<qint64>{m_quantized});
        QVERIFY2(ftsMismatch(db()).isEmpty(), qPrintable(ftsMismatch(db())));

        // Redo.
        write([&](Curation &c) { c.mergePapers(m_survey, m_quantized); });
        QVERIFY2(difference(after, dumpLibrary(db(), false)).isEmpty(),
                 qPrintable(difference(after, dumpLibrary(db(), false))));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, write([&](Curation &c) { c.mergePapers(m_survey, m_survey); }));
    }

    void aFailedWriteLeavesNothing()
    {
        const Dump before = dumpLibrary(db());
        const QStringList totals = facetTotals(db());
        try {
            Transaction transaction(db());
            Curation c(db(), Taxonomy::builtIn());
            c.addTag({m_quantized, m_pruning}, QStringLiteral("new/tag"));
            c.setNote(m_pruning, QStringLiteral("zeugma"));
            c.renameTag(QStringLiteral("compression"), QStringLiteral("elsewhere"));
            c.deletePapers({m_quantized});
            c.saveSearch(QStringLiteral("S"), QStringLiteral("q"));
            c.createList(QStringLiteral("L"));
            c.setField(Curation::Field::Rating, {m_pruning}, 9); // throws
            transaction.commit();
            QFAIL("an invalid rating was accepted");
        } catch (const DatabaseError &) {
        }
        QVERIFY2(difference(before, dumpLibrary(db())).isEmpty(), qPrintable(difference(before, dumpLibrary(db()))));
        QCOMPARE(facetTotals(db()), totals);
        QCOMPARE(search(QStringLiteral("zeugma")), QList<qint64>{});
        QCOMPARE(search(QStringLiteral("quantized")), QList<qint64>{m_quantized});
        QVERIFY2(ftsMismatch(db()).isEmpty(), qPrintable(ftsMismatch(db())));
    }

    void anImportMergingIntoAPaperKeepsItsCuration()
    {
        write([&](Curation &c) {
            c.setField(Curation::Field::Status, {m_pruning}, int(ReadingStatus::Reading));
            c.setField(Curation::Field::Rating, {m_pruning}, 5);
            c.setField(Curation::Field::Priority, {m_pruning}, int(Priority::Low));
            c.setNote(m_pruning, QStringLiteral("My zeugma remark"));
        });
        // As ImportJob does: load, merge a record in (a fuller abstract), update.
        Paper stored = PaperReader(db()).load(m_pruning);
        stored.abstract = QStringLiteral("Structured pruning of channels cuts latency by 40% on phones and servers.");
        stored.date = QStringLiteral("Mar 1, 2022"); // the sort key moves too
        Paper record = stored;                       // what a parser gives: no curation
        record.status = ReadingStatus::Unread;
        record.rating = 0;
        record.priority = Priority::Normal;
        record.note.clear();
        {
            Transaction transaction(db());
            PaperStore store(db(), Taxonomy::builtIn());
            store.update(record, paperKeys(record));
            store.flush();
            transaction.commit();
        }
        const Paper after = PaperReader(db()).load(m_pruning);
        QCOMPARE(after.abstract, record.abstract);
        QCOMPARE(after.status, ReadingStatus::Reading);
        QCOMPARE(after.rating, 5);
        QCOMPARE(after.priority, Priority::Low);
        QCOMPARE(after.note, QStringLiteral("My zeugma remark"));
        QCOMPARE(ftsMatch(QStringLiteral("note : zeugma")), 1);
        QCOMPARE(search(QStringLiteral("zeugma servers")), QList<qint64>{m_pruning});
        QVERIFY2(ftsMismatch(db()).isEmpty(), qPrintable(ftsMismatch(db())));
        QCOMPARE(facetTotals(db()), recountedFacetTotals(db()));
    }

    void everythingSurvivesReopening()
    {
        qint64 list = 0, saved = 0;
        write([&](Curation &c) {
            c.addTag({m_quantized, m_speculative}, QStringLiteral("later/maybe"));
            c.setTagColor(QStringLiteral("later"), QStringLiteral("#336699"));
            c.setKeySlots({{4, QStringLiteral("later/maybe")}});
            c.renameTag(QStringLiteral("reading"), QStringLiteral("now/reading"));
            c.setField(Curation::Field::Status, {m_speculative}, int(ReadingStatus::Read));
            c.setField(Curation::Field::Rating, {m_speculative}, 3);
            c.setField(Curation::Field::Priority, {m_speculative}, int(Priority::High));
            c.setNote(m_speculative, QStringLiteral("# Heading\n\nThe zeugma of drafts."));
            list = c.createList(QStringLiteral("Weekend"));
            c.setListItems(list, {m_pruning, m_speculative});
            saved = c.saveSearch(QStringLiteral("Drafts"), QStringLiteral("draft"));
            c.deletePapers({m_survey});
        });
        const Dump before = dumpLibrary(db());
        reopen();
        QVERIFY(difference(before, dumpLibrary(db())).isEmpty());
        const Paper p = PaperReader(db()).load(m_speculative);
        QCOMPARE(p.status, ReadingStatus::Read);
        QCOMPARE(p.rating, 3);
        QCOMPARE(p.priority, Priority::High);
        QCOMPARE(p.note, QStringLiteral("# Heading\n\nThe zeugma of drafts."));
        QCOMPARE(p.tags, QStringList{QStringLiteral("later/maybe")});
        QCOMPARE(search(QStringLiteral("zeugma")), QList<qint64>{m_speculative});
        QCOMPARE(search(QStringLiteral("zeug"), true), QList<qint64>{m_speculative});
        Curation c(db(), Taxonomy::builtIn());
        QCOMPARE(c.tagColor(QStringLiteral("later")), QStringLiteral("#336699"));
        QCOMPARE(c.keySlots(), (QHash<int, QString>{{4, QStringLiteral("later/maybe")}}));
        QCOMPARE(papersTagged(QStringLiteral("now/reading")), QList<qint64>{m_pruning});
        QCOMPARE(c.listItems(list), (QList<qint64>{m_pruning, m_speculative}));
        QCOMPARE(c.savedSearches().size(), 1);
        QCOMPARE(c.savedSearches().first().id, saved);
        QCOMPARE(c.savedSearches().first().query, QStringLiteral("draft"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, PaperReader(db()).load(m_survey));
        QVERIFY2(ftsMismatch(db()).isEmpty(), qPrintable(ftsMismatch(db())));
        QCOMPARE(facetTotals(db()), recountedFacetTotals(db()));
    }
};

QTEST_GUILESS_MAIN(TestCuration)
#include "tst_curation.moc"
