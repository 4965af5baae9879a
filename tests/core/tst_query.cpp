// The filter language: parsing (valid/invalid with position) and what each construct matches in a library.
#include "domain/paperkeys.h"
#include "extract/taxonomy.h"
#include "query/query.h"
#include "query/queryrunner.h"
#include "store/library.h"
#include "store/paperstore.h"
#include "store/transaction.h"

#include <QTest>

using namespace lectern;

class TestQuery : public QObject
{
    Q_OBJECT

    std::unique_ptr<Library> m_library;
    QHash<QString, qint64> m_ids;

    void add(const QString &key, Paper p)
    {
        PaperStore store(m_library->db(), Taxonomy::builtIn());
        store.insert(p, paperKeys(p));
        // As an import does, so words being typed expand to the terms they can complete to.
        QSet<QString> terms;
        collectFullTextTerms(p.title, terms);
        collectFullTextTerms(p.abstract, terms);
        for (const QString &author : std::as_const(p.authors))
            collectFullTextTerms(author, terms);
        store.addFullTextTerms(terms);
        m_ids.insert(key, p.id);
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
