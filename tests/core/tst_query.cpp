// The filter language: parsing (valid/invalid with position) and what each construct matches in a library.
#include "domain/metricformat.h"
#include "domain/paperkeys.h"
#include "extract/taxonomy.h"
#include "query/query.h"
#include "query/queryrunner.h"
#include "store/library.h"
#include "store/paperstore.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QTest>

using namespace lectern;

class TestQuery : public QObject
{
    Q_OBJECT

    std::unique_ptr<Library> m_library;
    QHash<QString, qint64> m_ids;
    // A second library for curation and metric comparisons: papers with metrics in several units, statuses,
    // ratings, priorities, notes and reading lists.
    std::unique_ptr<Library> m_curated;
    QHash<QString, qint64> m_curatedIds;

    static MetricFact metric(const char *kind, double value, const char *unit)
    {
        return {QLatin1String(kind), value, QLatin1String(unit), QStringLiteral("increase"), QString(), 0, 1};
    }

    // What Curation will write, set here with plain SQL so these tests do not depend on it.
    void curate(const QString &key, ReadingStatus status, int rating, Priority priority, const QString &note,
                const QStringList &lists = {})
    {
        const qint64 id = m_curatedIds.value(key);
        Statement update(m_curated->db(),
                         "UPDATE paper SET status = ?, rating = ?, priority = ?, note = coalesce(?, '') WHERE id = ?");
        update.bind(1, int(status)).bind(2, rating).bind(3, int(priority)).bind(4, note).bind(5, id).run();
        for (const QString &list : lists) {
            Statement create(m_curated->db(), "INSERT OR IGNORE INTO reading_list(name, created_at) VALUES (?, 0)");
            create.bind(1, list).run();
            Statement item(m_curated->db(),
                           "INSERT INTO reading_list_item(list_id, paper_id, position) "
                           "SELECT id, ?, (SELECT count(*) FROM reading_list_item i WHERE i.list_id = reading_list.id) "
                           "FROM reading_list WHERE name = ?");
            item.bind(1, id).bind(2, list).run();
        }
    }

    void tag(const QString &key, const QString &name)
    {
        Statement create(m_curated->db(), "INSERT OR IGNORE INTO tag(name) VALUES (?)");
        create.bind(1, name).run();
        Statement link(m_curated->db(), "INSERT INTO paper_tag(paper_id, tag_id) SELECT ?, id FROM tag WHERE name = ?");
        link.bind(1, m_curatedIds.value(key)).bind(2, name).run();
    }

    QStringList runCurated(const QString &text, bool asYouType = false)
    {
        const Query query = Query::parse(text, {.asYouType = asYouType});
        if (!query.isValid())
            return {QStringLiteral("invalid")};
        QueryRunner runner(m_curated->db(), Taxonomy::builtIn());
        QStringList keys;
        for (qint64 id : runner.ids(query))
            keys.append(m_curatedIds.key(id));
        keys.sort();
        return keys;
    }

    QStringList curatedOrder(SortColumn column, bool descending)
    {
        QueryRunner runner(m_curated->db(), Taxonomy::builtIn());
        QStringList keys;
        for (const PaperRow &row : runner.rows(Query(), SortOrder{column, descending}, 0, 100))
            keys.append(m_curatedIds.key(row.id));
        return keys;
    }

    void add(const QString &key, Paper p) { add(*m_library, m_ids, key, std::move(p)); }

    void add(Library &library, QHash<QString, qint64> &ids, const QString &key, Paper p)
    {
        PaperStore store(library.db(), Taxonomy::builtIn());
        store.insert(p, paperKeys(p));
        // As an import does, so words being typed expand to the terms they can complete to.
        QSet<QString> terms;
        collectFullTextTerms(p.title, terms);
        collectFullTextTerms(p.abstract, terms);
        for (const QString &author : std::as_const(p.authors))
            collectFullTextTerms(author, terms);
        store.addFullTextTerms(terms);
        ids.insert(key, p.id);
    }

    QStringList run(const QString &text, bool asYouType = false)
    {
        const Query query = Query::parse(text, {.asYouType = asYouType});
        if (!query.isValid())
            return {QStringLiteral("invalid")};
        QueryRunner runner(m_library->db(), Taxonomy::builtIn());
        QStringList keys;
        for (qint64 id : runner.ids(query))
            keys.append(m_ids.key(id));
        keys.sort();
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_library = std::make_unique<Library>(QStringLiteral(":memory:"));
        Transaction t(m_library->db());
        Paper a;
        a.title = QStringLiteral("Knowledge Distillation for Tiny Transformers");
        a.abstract = QStringLiteral("We distill a large teacher into a small student and quantize it.");
        a.authors = {QStringLiteral("Grace Hopper")};
        a.year = 2021;
        a.venue = QStringLiteral("NeurIPS 2021");
        a.techniques = {{QStringLiteral("distillation"), 3, 10}, {QStringLiteral("quantization"), 50, 58}};
        a.metrics = {{QStringLiteral("speedup"), 2, QStringLiteral("x"), QStringLiteral("increase"),
                      QStringLiteral("2x"), 0, 2}};
        add(QStringLiteral("a"), a);
        Paper b;
        b.title = QStringLiteral("Speculative Decoding at Scale");
        b.abstract = QStringLiteral("Draft models propose tokens; the target verifies them. Latency drops by 40%.");
        b.authors = {QStringLiteral("Alan Turing")};
        b.year = 2023;
        b.techniques = {{QStringLiteral("speculative-decoding"), 0, 5}};
        b.metrics = {{QStringLiteral("latency"), 40, QStringLiteral("%"), QStringLiteral("reduction"),
                      QStringLiteral("by 40%"), 60, 66}};
        add(QStringLiteral("b"), b);
        Paper c;
        c.title = QStringLiteral("Pruning \"Quoted\" Networks (Again)");
        c.abstract = QStringLiteral("Structured pruning of channels; knowledge is preserved.");
        c.authors = {QStringLiteral("Émilie du Châtelet")};
        c.year = 2024;
        c.techniques = {{QStringLiteral("pruning"), 11, 18}};
        add(QStringLiteral("c"), c);
        t.commit();
        buildCuratedLibrary();
    }

    void buildCuratedLibrary()
    {
        m_curated = std::make_unique<Library>(QStringLiteral(":memory:"));
        Transaction t(m_curated->db());
        const auto paper = [](const char *title, QList<MetricFact> metrics) {
            Paper p;
            p.title = QLatin1String(title);
            p.abstract = QStringLiteral("An abstract about ") + p.title.toLower() + QLatin1Char('.');
            p.authors = {QStringLiteral("Ada Lovelace")};
            p.metrics = std::move(metrics);
            return p;
        };
        add(*m_curated, m_curatedIds, QStringLiteral("d"),
            paper("Memory Efficient Attention",
                  {metric("memory", 45, "%"), metric("memory", 12, "GB"), metric("latency", 8, "ms")}));
        add(*m_curated, m_curatedIds, QStringLiteral("e"),
            paper("Compact Models via Compression",
                  {metric("speedup", 1.5, "x"), metric("accuracy", 76.2, "%"), metric("model-size", 4, "x"),
                   metric("params", 7, "B"), metric("latency", 40, "%"), metric("training-cost", 120, "GPU-hours")}));
        add(*m_curated, m_curatedIds, QStringLiteral("f"),
            paper("Fast Inference Kernels", {metric("accuracy", 70, "%"), metric("memory", 30, "%"),
                                             metric("latency", 25, "ms"), metric("speedup", 3.5, "x")}));
        add(*m_curated, m_curatedIds, QStringLiteral("g"), paper("Untouched Survey", {}));
        curate(QStringLiteral("d"), ReadingStatus::Read, 4, Priority::High,
               QStringLiteral("Check the **appendix** for the fused kernel."), {QStringLiteral("To Read")});
        curate(QStringLiteral("e"), ReadingStatus::Reading, 2, Priority::Low, QString(),
               {QStringLiteral("To Read"), QStringLiteral("Favourites")});
        tag(QStringLiteral("d"), QStringLiteral("compression"));
        tag(QStringLiteral("e"), QStringLiteral("compression/pruning"));
        tag(QStringLiteral("f"), QStringLiteral("compressionist"));
        // The full-text index reads notes from the paper rows (external content): rebuilt as Curation updates it.
        Statement(m_curated->db(), "INSERT INTO paper_fts(paper_fts) VALUES ('rebuild')").run();
        t.commit();
    }

    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("asYouType");
        QTest::addColumn<QStringList>("expected");
        const QStringList all = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("empty matches all") << "" << false << all;
        QTest::newRow("blank matches all") << "   " << false << all;
        QTest::newRow("word") << "student" << false << QStringList{QStringLiteral("a")};
        QTest::newRow("word is case-insensitive") << "STUDENT" << false << QStringList{QStringLiteral("a")};
        QTest::newRow("two words are AND") << "knowledge pruning" << false << QStringList{QStringLiteral("c")};
        QTest::newRow("prefix while typing") << "specul" << true << QStringList{QStringLiteral("b")};
        QTest::newRow("no prefix when not typing") << "specul" << false << QStringList{};
        QTest::newRow("long prefix expands to its terms") << "distil" << true << QStringList{QStringLiteral("a")};
        QTest::newRow("long prefix with other words") << "teacher distil" << true << QStringList{QStringLiteral("a")};
        QTest::newRow("long prefix without terms") << "zzzz" << true << QStringList{};
        QTest::newRow("long prefix under NOT")
            << "-distil" << true << QStringList{QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("prefix only on the last word") << "specul draft" << true << QStringList{};
        QTest::newRow("a single letter being typed is left out")
            << "student q" << true << QStringList{QStringLiteral("a")};
        QTest::newRow("a single letter alone matches all") << "q" << true << all;
        QTest::newRow("a single letter typed out is a word") << "q" << false << QStringList{};
        QTest::newRow("phrase") << "\"knowledge distillation\"" << false << QStringList{QStringLiteral("a")};
        QTest::newRow("phrase order matters") << "\"distillation knowledge\"" << false << QStringList{};
        QTest::newRow("unfinished phrase while typing")
            << "\"knowledge dist" << true << QStringList{QStringLiteral("a")};
        QTest::newRow("unfinished empty phrase") << "\"" << true << all;
        QTest::newRow("unfinished phrase, one letter of its last word")
            << "\"knowledge d" << true << QStringList{QStringLiteral("a"), QStringLiteral("c")};
        QTest::newRow("unfinished phrase of one letter") << "\"k" << true << all;
        QTest::newRow("authors searched, diacritics folded") << "chatelet" << false << QStringList{QStringLiteral("c")};
        QTest::newRow("title field") << "title:pruning" << false << QStringList{QStringLiteral("c")};
        QTest::newRow("title field excludes abstract") << "title:student" << false << QStringList{};
        QTest::newRow("author field") << "author:turing" << false << QStringList{QStringLiteral("b")};
        QTest::newRow("year") << "year:2023" << false << QStringList{QStringLiteral("b")};
        QTest::newRow("year range") << "year:2021..2023" << false
                                    << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("open year range") << "year:2023.." << false
                                         << QStringList{QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("year comparison") << "year>=2023" << false
                                         << QStringList{QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("venue") << "venue:neurips" << false << QStringList{QStringLiteral("a")};
        QTest::newRow("technique leaf") << "technique:pruning" << false << QStringList{QStringLiteral("c")};
        QTest::newRow("technique unknown") << "technique:telepathy" << false << QStringList{};
        QTest::newRow("metric kind") << "metric:latency" << false << QStringList{QStringLiteral("b")};
        QTest::newRow("field before words") << "year:2021 student" << false << QStringList{QStringLiteral("a")};
        QTest::newRow("words around a field") << "draft year:2023 latency" << false << QStringList{QStringLiteral("b")};
        QTest::newRow("technique and metric")
            << "technique:quantization metric:speedup" << false << QStringList{QStringLiteral("a")};
        QTest::newRow("negation") << "-knowledge" << false << QStringList{QStringLiteral("b")};
        QTest::newRow("negated field") << "-technique:pruning" << false
                                       << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("OR") << "student OR draft" << false << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("parentheses") << "(student OR draft) year:2023" << false << QStringList{QStringLiteral("b")};
        QTest::newRow("fts syntax is escaped") << "NEAR(student" << true << QStringList{};
        QTest::newRow("quote inside word is escaped") << "Quoted\"" << false << QStringList{QStringLiteral("c")};
        QTest::newRow("has:metrics") << "has:metrics" << false << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("hyphenated word") << "co-design" << false << QStringList{};
    }

    void matches()
    {
        QFETCH(QString, text);
        QFETCH(bool, asYouType);
        QFETCH(QStringList, expected);
        QCOMPARE(run(text, asYouType), expected);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::newRow("unclosed quote") << "a \"b c" << 2;
        QTest::newRow("unknown field") << "x foo:bar" << 2;
        QTest::newRow("bad year") << "year:soon" << 0;
        QTest::newRow("stray paren") << "a )" << 2;
        QTest::newRow("unclosed paren") << "(a b" << 0;
        QTest::newRow("dangling OR") << "a OR" << 2;
        QTest::newRow("empty field") << "title:" << 0;
        QTest::newRow("comparison on text") << "title>=x" << 0;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        const Query query = Query::parse(text);
        QVERIFY2(!query.isValid(), qPrintable(text));
        QCOMPARE(query.errorPosition(), position);
        QVERIFY(!query.errorMessage().isEmpty());
        // While typing, unfinished constructs are not errors.
        if (text.endsWith(QLatin1Char(':')) || text.contains(QLatin1Char('"')) || text.startsWith(QLatin1Char('(')))
            QVERIFY(Query::parse(text, {.asYouType = true}).isValid());
    }

    void curatedMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto keys = [](const char *list) {
            return list[0] ? QString::fromLatin1(list).split(QLatin1Char(' ')) : QStringList();
        };
        // note:
        QTest::newRow("note field") << "note:appendix" << keys("d");
        QTest::newRow("note field, a word of the note") << "note:kernel" << keys("d");
        QTest::newRow("note field excludes the title") << "note:attention" << keys("");
        QTest::newRow("title field excludes the note") << "title:appendix" << keys("");
        QTest::newRow("words search notes too") << "appendix" << keys("d");
        QTest::newRow("note phrase") << "note:\"fused kernel\"" << keys("d");
        QTest::newRow("has:note") << "has:note" << keys("d");
        QTest::newRow("-has:note") << "-has:note" << keys("e f g");
        // Metric comparisons: one kind, one unit.
        QTest::newRow("speedup, implied x") << "speedup>=2" << keys("f");
        QTest::newRow("speedup >= boundary") << "speedup>=1.5" << keys("e f");
        QTest::newRow("speedup > boundary") << "speedup>1.5" << keys("f");
        QTest::newRow("speedup =") << "speedup=1.5" << keys("e");
        QTest::newRow("speedup : is =") << "speedup:3.5" << keys("f");
        QTest::newRow("speedup <") << "speedup<2" << keys("e");
        QTest::newRow("speedup <=") << "speedup<=3.5" << keys("e f");
        QTest::newRow("speedup with x") << "speedup>=2x" << keys("f");
        QTest::newRow("speedup with ×") << "speedup>=2×" << keys("f");
        QTest::newRow("speedup, another unit matches nothing") << "speedup>=2%" << keys("");
        QTest::newRow("memory in percent only") << "memory>40%" << keys("d");
        QTest::newRow("memory in percent, two papers") << "memory>20%" << keys("d f");
        QTest::newRow("memory in GB") << "memory>=10GB" << keys("d");
        QTest::newRow("memory unit case-insensitive") << "memory>=10gb" << keys("d");
        QTest::newRow("memory GiB is GB") << "memory<13GiB" << keys("d");
        QTest::newRow("accuracy, implied %") << "accuracy>=75" << keys("e");
        QTest::newRow("accuracy, two papers") << "accuracy>=70" << keys("e f");
        QTest::newRow("accuracy with %") << "accuracy>=75%" << keys("e");
        QTest::newRow("accuracy, decimal equality") << "accuracy=76.2" << keys("e");
        QTest::newRow("latency in ms") << "latency<10ms" << keys("d");
        QTest::newRow("latency in ms, two papers") << "latency<=25ms" << keys("d f");
        QTest::newRow("latency in percent leaves ms alone") << "latency>30%" << keys("e");
        QTest::newRow("hyphenated kind") << "model-size>=4" << keys("e");
        QTest::newRow("hyphenated kind with unit") << "model-size>=4x" << keys("e");
        QTest::newRow("params in billions") << "params>=7B" << keys("e");
        QTest::newRow("training cost in GPU-hours") << "training-cost<200GPU-hours" << keys("e");
        QTest::newRow("any fact of the kind may match") << "memory<35%" << keys("f");
        QTest::newRow("negated comparison") << "-speedup>=2" << keys("d e g");
        QTest::newRow("metric: still works") << "metric:speedup" << keys("e f");
        // Rating, status, priority.
        QTest::newRow("rating>=") << "rating>=3" << keys("d");
        QTest::newRow("rating:") << "rating:4" << keys("d");
        QTest::newRow("rating=") << "rating=2" << keys("e");
        QTest::newRow("rating:0 is unrated") << "rating:0" << keys("f g");
        QTest::newRow("rating<") << "rating<3" << keys("e f g");
        QTest::newRow("-rating:0") << "-rating:0" << keys("d e");
        QTest::newRow("status:read") << "status:read" << keys("d");
        QTest::newRow("status:reading") << "status:reading" << keys("e");
        QTest::newRow("status:unread") << "status:unread" << keys("f g");
        QTest::newRow("status case-insensitive") << "STATUS:Read" << keys("d");
        QTest::newRow("-status:read") << "-status:read" << keys("e f g");
        QTest::newRow("priority:high") << "priority:high" << keys("d");
        QTest::newRow("priority:low") << "priority:low" << keys("e");
        QTest::newRow("priority:normal") << "priority:normal" << keys("f g");
        QTest::newRow("priority>=normal") << "priority>=normal" << keys("d f g");
        QTest::newRow("-priority:low") << "-priority:low" << keys("d f g");
        // Tags include their sub-tags, not tags that merely start alike.
        QTest::newRow("tag with its sub-tags") << "tag:compression" << keys("d e");
        QTest::newRow("sub-tag") << "tag:compression/pruning" << keys("e");
        QTest::newRow("-tag") << "-tag:compression" << keys("f g");
        // Reading lists.
        QTest::newRow("list, quoted") << "list:\"to read\"" << keys("d e");
        QTest::newRow("list, case-insensitive") << "list:\"TO READ\"" << keys("d e");
        QTest::newRow("list, one word") << "list:favourites" << keys("e");
        QTest::newRow("list, unknown") << "list:nothing" << keys("");
        QTest::newRow("-list") << "-list:favourites" << keys("d f g");
        // Combined.
        QTest::newRow("OR of curation fields") << "status:read OR rating:2" << keys("d e");
        QTest::newRow("parentheses and negation") << "(speedup>=2 OR memory>40%) -status:read" << keys("f");
        QTest::newRow("with words") << "kernels rating:0" << keys("f");
    }

    void curatedMatches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(runCurated(text), expected);
        // The same query typed out matches the same papers.
        QCOMPARE(runCurated(text, true), expected);
    }

    void curatedErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not a number") << "speedup>=fast" << 9 << "not a number";
        QTest::newRow("unit needed") << "memory>40" << 7 << "GB";
        QTest::newRow("unit needed later in the text") << "x latency<10 y" << 10 << "ms";
        QTest::newRow("unknown unit") << "memory>40furlongs" << 9 << "furlongs";
        QTest::newRow("unknown unit after a decimal") << "accuracy>=7.5pct" << 13 << "pct";
        QTest::newRow("a unit of another capitalisation the kind is not reported in") << "latency<10m" << 10 << "ms";
        QTest::newRow("rating too high") << "rating>=7" << 8 << "5";
        QTest::newRow("rating not a number") << "rating:x" << 7 << "rating";
        QTest::newRow("unknown status") << "status:done" << 7 << "unread, reading, read";
        QTest::newRow("unknown status, negated") << "a -status:done" << 10 << "done";
        QTest::newRow("status compared") << "status>=read" << 0 << ">=";
        QTest::newRow("unknown priority") << "priority:urgent" << 9 << "high, normal, low";
        QTest::newRow("unknown has") << "has:pdf" << 4 << "pdf";
        QTest::newRow("list compared") << "list>=x" << 0 << ">=";
        QTest::newRow("empty note") << "note:" << 0 << "note:";
        QTest::newRow("empty list") << "list:" << 0 << "list:";
        QTest::newRow("unclosed list quote") << "list:\"to read" << 5 << "quote";
        QTest::newRow("unknown field names the new ones") << "colour:red" << 0 << "status";
    }

    void curatedErrors()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, mentions);
        const Query query = Query::parse(text);
        QVERIFY2(!query.isValid(), qPrintable(text));
        QCOMPARE(query.errorPosition(), position);
        QVERIFY2(query.errorMessage().contains(mentions), qPrintable(query.errorMessage()));
    }

    // While typing, a value that can still become valid is left out instead of shown as an error.
    void unfinishedValuesWhileTyping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("validWhileTyping");
        QTest::addColumn<bool>("validTypedOut");
        QTest::newRow("status being typed") << "status:rea" << true << false;
        QTest::newRow("priority being typed") << "priority:hi" << true << false;
        QTest::newRow("has being typed") << "has:ab" << true << false;
        QTest::newRow("unit being typed") << "latency<10m" << true << false;
        QTest::newRow("number before its unit") << "latency<10" << true << false;
        QTest::newRow("comparison without a number") << "speedup>=" << true << false;
        QTest::newRow("sign of a number") << "accuracy>=-" << true << false;
        QTest::newRow("rating without a number") << "rating>=" << true << false;
        QTest::newRow("status that cannot become valid") << "status:done" << false << false;
        QTest::newRow("unit that cannot become valid") << "memory>4zz" << false << false;
        QTest::newRow("unfinished value not at the end") << "status:rea x" << false << false;
        QTest::newRow("finished comparison") << "latency<10ms" << true << true;
    }

    void unfinishedValuesWhileTyping()
    {
        QFETCH(QString, text);
        QFETCH(bool, validWhileTyping);
        QFETCH(bool, validTypedOut);
        QCOMPARE(Query::parse(text, {.asYouType = true}).isValid(), validWhileTyping);
        QCOMPARE(Query::parse(text).isValid(), validTypedOut);
        // Left out while typing: the filter still shows every paper.
        if (validWhileTyping && !validTypedOut)
            QCOMPARE(runCurated(text, true),
                     QStringList({QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")}));
    }

    void everyMetricKindCompares_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &kind : metricKinds())
            QTest::newRow(qPrintable(kind)) << kind;
    }

    void everyMetricKindCompares()
    {
        QFETCH(QString, kind);
        const QStringList units = Query::metricUnits(kind);
        QVERIFY(!units.isEmpty());
        for (const QString &unit : units) {
            const Query query = Query::parse(kind + QStringLiteral(">=1") + unit);
            QVERIFY2(query.isValid(), qPrintable(kind + unit + QStringLiteral(": ") + query.errorMessage()));
            QCOMPARE(query.root().children.first().unit, unit);
        }
        const QString implied = Query::impliedMetricUnit(kind);
        const Query bare = Query::parse(kind + QStringLiteral(">=1"));
        QCOMPARE(bare.isValid(), !implied.isEmpty());
        if (!implied.isEmpty()) {
            QCOMPARE(bare.root().children.first().unit, implied);
            QVERIFY(units.contains(implied));
        }
    }

    void impliedUnits()
    {
        QCOMPARE(Query::impliedMetricUnit(QStringLiteral("speedup")), QStringLiteral("x"));
        QCOMPARE(Query::impliedMetricUnit(QStringLiteral("accuracy")), QStringLiteral("%"));
        QCOMPARE(Query::impliedMetricUnit(QStringLiteral("model-size")), QStringLiteral("x"));
        QCOMPARE(Query::impliedMetricUnit(QStringLiteral("latency")), QString());
        QCOMPARE(Query::impliedMetricUnit(QStringLiteral("memory")), QString());
        const QString speedup = QStringLiteral("speedup");
        QCOMPARE(Query::canonicalMetricUnit(speedup, QStringLiteral("×")), std::optional<QString>(QStringLiteral("x")));
        QCOMPARE(Query::canonicalMetricUnit(speedup, QStringLiteral("X")), std::optional<QString>(QStringLiteral("x")));
        QCOMPARE(Query::canonicalMetricUnit(QStringLiteral("energy"), QStringLiteral("mw")),
                 std::optional<QString>(QStringLiteral("mW")));
        QCOMPARE(Query::canonicalMetricUnit(QStringLiteral("params"), QStringLiteral("b")),
                 std::optional<QString>(QStringLiteral("B")));
        // Any stored unit as written, for any kind; other capitalisations only among the kind's units.
        QCOMPARE(Query::canonicalMetricUnit(QStringLiteral("latency"), QStringLiteral("M")),
                 std::optional<QString>(QStringLiteral("M")));
        QCOMPARE(Query::canonicalMetricUnit(QStringLiteral("latency"), QStringLiteral("m")), std::nullopt);
        QCOMPARE(Query::canonicalMetricUnit(speedup, QStringLiteral("furlongs")), std::nullopt);
    }

    void rowsCarryCuration()
    {
        QueryRunner runner(m_curated->db(), Taxonomy::builtIn());
        QHash<QString, PaperRow> rows;
        for (const PaperRow &row : runner.rows(Query(), SortOrder{}, 0, 100))
            rows.insert(m_curatedIds.key(row.id), row);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[QStringLiteral("d")].status, ReadingStatus::Read);
        QCOMPARE(rows[QStringLiteral("d")].rating, 4);
        QCOMPARE(rows[QStringLiteral("d")].priority, Priority::High);
        QVERIFY(rows[QStringLiteral("d")].hasNote);
        QCOMPARE(rows[QStringLiteral("e")].status, ReadingStatus::Reading);
        QCOMPARE(rows[QStringLiteral("e")].rating, 2);
        QCOMPARE(rows[QStringLiteral("e")].priority, Priority::Low);
        QVERIFY(!rows[QStringLiteral("e")].hasNote);
        QCOMPARE(rows[QStringLiteral("g")].status, ReadingStatus::Unread);
        QCOMPARE(rows[QStringLiteral("g")].rating, 0);
        QCOMPARE(rows[QStringLiteral("g")].priority, Priority::Normal);
    }

    void sortsByCuration_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        const auto keys = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' ')); };
        // Ties (f and g) go by id, in the same direction.
        QTest::newRow("status descending") << int(SortColumn::Status) << true << keys("d e g f");
        QTest::newRow("status ascending") << int(SortColumn::Status) << false << keys("f g e d");
        QTest::newRow("rating descending") << int(SortColumn::Rating) << true << keys("d e g f");
        QTest::newRow("rating ascending") << int(SortColumn::Rating) << false << keys("f g e d");
        QTest::newRow("priority descending") << int(SortColumn::Priority) << true << keys("d g f e");
        QTest::newRow("priority ascending") << int(SortColumn::Priority) << false << keys("e f g d");
    }

    void sortsByCuration()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        QCOMPARE(curatedOrder(SortColumn(column), descending), expected);
        // rowOf agrees with the order.
        QueryRunner runner(m_curated->db(), Taxonomy::builtIn());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(runner.rowOf(Query(), SortOrder{SortColumn(column), descending}, m_curatedIds.value(expected[i])),
                     std::optional<qint64>(i));
    }

    void fieldTermQuotesWhenNeeded()
    {
        QCOMPARE(Query::fieldTerm(QStringLiteral("technique"), QStringLiteral("kv-cache")),
                 QStringLiteral("technique:kv-cache"));
        QCOMPARE(Query::fieldTerm(QStringLiteral("tag"), QStringLiteral("to read")), QStringLiteral("tag:\"to read\""));
    }

    void rowsAreNewestFirstAndPaged()
    {
        QueryRunner runner(m_library->db(), Taxonomy::builtIn());
        const QList<PaperRow> rows = runner.rows(Query(), SortOrder{}, 0, 2);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].id, m_ids.value(QStringLiteral("c")));
        QCOMPARE(rows[1].id, m_ids.value(QStringLiteral("b")));
        QCOMPARE(runner.rows(Query(), SortOrder{}, 2, 2).size(), 1);
        QCOMPARE(runner.count(Query::parse(QStringLiteral("knowledge"))), 2);
        QCOMPARE(runner.rowOf(Query(), SortOrder{}, m_ids.value(QStringLiteral("a"))), std::optional<qint64>(2));
    }

    void matrixCountsPapers()
    {
        QueryRunner runner(m_library->db(), Taxonomy::builtIn());
        const QList<MatrixCell> cells = runner.techniqueMetricMatrix(Query());
        QCOMPARE(cells.size(), 3); // distillation×speedup, quantization×speedup, speculative-decoding×latency
        const QList<MatrixCell> filtered = runner.techniqueMetricMatrix(Query::parse(QStringLiteral("draft")));
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(filtered.first().technique, QStringLiteral("speculative-decoding"));
        QCOMPARE(filtered.first().kind, QStringLiteral("latency"));
        QCOMPARE(filtered.first().papers, 1);
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
