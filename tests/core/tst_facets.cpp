// The chart's facets (store/facets.h): per-paper facet rows and library totals stay equal to what the stored
// facts say, through imports, merges, re-extraction under an edited taxonomy and a schema upgrade; the
// aggregate over a filter equals the same count done in plain SQL; re-extraction that is cancelled changes
// nothing.
#include "extract/extractor.h"
#include "import/importjob.h"
#include "import/reextraction.h"
#include "query/queryrunner.h"
#include "store/facets.h"
#include "store/library.h"
#include "store/librarytaxonomy.h"
#include "store/statement.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

using namespace lectern;

namespace {

using CountMap = std::map<std::tuple<QString, QString, int>, qint64>;

CountMap toMap(const QList<FacetCount> &counts)
{
    CountMap map;
    for (const FacetCount &c : counts) {
        if (c.papers != 0)
            map[{c.technique, c.kind, c.year}] += c.papers;
    }
    return map;
}

// The same counts straight from the facts: every paper's leaves and the groups above them, against its kinds.
CountMap countedFromFacts(Database &db, const Taxonomy &taxonomy, const QString &where = QStringLiteral("1"))
{
    CountMap map;
    Statement papers(db, QStringLiteral("SELECT p.id, coalesce(p.year, 0) FROM paper p WHERE %1").arg(where));
    Statement techniques(db, "SELECT technique FROM technique_fact WHERE paper_id = ?");
    Statement kinds(db, "SELECT DISTINCT kind FROM metric_fact WHERE paper_id = ?");
    while (papers.next()) {
        const qint64 id = papers.int64(0);
        const int year = papers.integer(1);
        QSet<QString> nodes;
        techniques.bind(1, id);
        while (techniques.next()) {
            for (QString node = techniques.text(0); !node.isEmpty();) {
                nodes.insert(node);
                const TechniqueNode *n = taxonomy.node(node);
                node = n ? n->parentId : QString();
            }
        }
        techniques.reset();
        QStringList paperKinds;
        kinds.bind(1, id);
        while (kinds.next())
            paperKinds.append(kinds.text(0));
        kinds.reset();
        for (const QString &node : std::as_const(nodes)) {
            ++map[{node, QString(), year}];
            for (const QString &kind : std::as_const(paperKinds))
                ++map[{node, kind, year}];
        }
    }
    return map;
}

qint64 scalar(Database &db, const char *sql)
{
    Statement s(db, sql);
    return s.next() ? s.int64(0) : -1;
}

// Metric rows whose repeated techniques differ from their paper's facet row.
qint64 metricRowsOutOfStep(Database &db)
{
    return scalar(db, "SELECT count(*) FROM metric_fact m LEFT JOIN paper_facet f ON f.id = m.paper_id "
                      "WHERE f.id IS NULL OR m.techniques <> f.techniques");
}

} // namespace

class TestFacets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    void importSeeds(Database &db, const Taxonomy &taxonomy)
    {
        const Extractor extractor(taxonomy);
        ImportJob job(db, extractor);
        for (const QString &file : test::seedFiles()) {
            const ImportReport report = job.importFile(file);
            QVERIFY2(!report.failed, qPrintable(report.toText()));
        }
    }

    // Quantization moved out of model compression into a new group, and a new leaf.
    static Taxonomy editedTaxonomy()
    {
        Taxonomy taxonomy = Taxonomy::builtIn();
        QString error;
        TechniqueNode group{QStringLiteral("numerics"), QStringLiteral("Numerics"), {}, {}, {}, {}};
        TechniqueNode leaf{QStringLiteral("winograd"),
                           QStringLiteral("Winograd convolution"),
                           QStringLiteral("numerics"),
                           {QStringLiteral("winograd")},
                           {},
                           {}};
        if (!taxonomy.addGroup(group, leaf, &error))
            qFatal("addGroup: %s", qPrintable(error));
        if (!taxonomy.moveNode(QStringLiteral("quantization"), QStringLiteral("numerics"), &error))
            qFatal("moveNode: %s", qPrintable(error));
        return taxonomy;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LECTERN_REQUIRE_SHARED_DIR();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("facets.sqlite"));
        Library library(m_path);
        importSeeds(library.db(), Taxonomy::builtIn());
        QVERIFY(scalar(library.db(), "SELECT count(*) FROM paper") > 100);
    }

    void totalsEqualTheFacts()
    {
        Library library(m_path, Library::Access::Read);
        QueryRunner runner(library.db(), Taxonomy::builtIn());
        const CountMap totals = toMap(runner.facetCounts(Query()));
        QVERIFY(!totals.empty());
        QCOMPARE(totals, countedFromFacts(library.db(), Taxonomy::builtIn()));
        QCOMPARE(metricRowsOutOfStep(library.db()), 0);
        // Every paper has a facet row.
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM paper_facet"),
                 scalar(library.db(), "SELECT count(*) FROM paper"));
        // A group counts each paper once, however many of its leaves the paper has.
        const auto compression = totals.find({QStringLiteral("compression"), QString(), 2024});
        QVERIFY(compression != totals.end());
        QVERIFY(compression->second <= scalar(library.db(), "SELECT count(*) FROM paper WHERE year = 2024"));
    }

    void filtersAggregateTheirPapers_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("where"); // the same papers, in SQL over `paper p`
        QTest::newRow("word") << "quantization"
                              << "p.sort_key IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH 'quantization')";
        QTest::newRow("technique group") << "technique:compression"
                                         << "p.id IN (SELECT paper_id FROM technique_fact WHERE technique IN "
                                            "('quantization','pruning','distillation','low-rank'))";
        QTest::newRow("year and word")
            << "year>=2024 model"
            << "p.year >= 2024 AND p.sort_key IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH 'model')";
        QTest::newRow("venue (reads the paper rows)") << "venue:arxiv"
                                                      << "p.venue LIKE '%arxiv%'";
        QTest::newRow("negation") << "-model"
                                  << "p.sort_key NOT IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH 'model')";
    }

    void filtersAggregateTheirPapers()
    {
        QFETCH(QString, filter);
        QFETCH(QString, where);
        Library library(m_path, Library::Access::Read);
        QueryRunner runner(library.db(), Taxonomy::builtIn());
        const Query query = Query::parse(filter);
        QVERIFY(query.isValid());
        QCOMPARE(toMap(runner.facetCounts(query)), countedFromFacts(library.db(), Taxonomy::builtIn(), where));
    }

    void metricPointsAreTheFilteredValues()
    {
        Library library(m_path, Library::Access::Read);
        QueryRunner runner(library.db(), Taxonomy::builtIn());
        const auto units = runner.metricUnits(QStringLiteral("speedup"));
        QVERIFY(!units.isEmpty());
        QCOMPARE(units.first().first, QStringLiteral("x"));
        for (const QString &filter : {QString(), QStringLiteral("technique:quantization"), QStringLiteral("model")}) {
            const QList<MetricPoint> points =
                runner.metricPoints(Query::parse(filter), QStringLiteral("speedup"), QStringLiteral("x"));
            const QString where = filter.isEmpty() ? QStringLiteral("1")
                                  : filter == QLatin1String("model")
                                      ? QStringLiteral("p.sort_key IN (SELECT rowid FROM paper_fts WHERE paper_fts "
                                                       "MATCH 'model')")
                                      : QStringLiteral("p.id IN (SELECT paper_id FROM technique_fact WHERE "
                                                       "technique = 'quantization')");
            Statement truth(library.db(),
                            QStringLiteral("SELECT count(*), total(m.value) FROM metric_fact m JOIN paper "
                                           "p ON p.id = m.paper_id WHERE m.kind = 'speedup' AND "
                                           "m.unit = 'x' AND %1")
                                .arg(where));
            QVERIFY(truth.next());
            QVERIFY(truth.int64(0) > 0);
            QCOMPARE(points.size(), truth.int64(0));
            double sum = 0;
            for (const MetricPoint &p : points)
                sum += p.value;
            QCOMPARE(sum, truth.real(1));
            if (filter == QLatin1String("technique:quantization")) {
                for (const MetricPoint &p : points) {
                    QVERIFY(p.techniques.contains(QStringLiteral("quantization")));
                    QVERIFY(p.techniques.contains(QStringLiteral("compression"))); // its group too
                    QVERIFY(p.end > p.start);
                }
            }
        }
    }

    void cancelledReextractionChangesNothing()
    {
        Library library(m_path);
        const auto before = std::make_tuple(scalar(library.db(), "SELECT total(length(techniques)) FROM paper"),
                                            scalar(library.db(), "SELECT count(*) FROM technique_fact"),
                                            scalar(library.db(), "SELECT total(papers) FROM facet_total"),
                                            scalar(library.db(), "SELECT count(*) FROM taxonomy"));
        std::atomic_bool cancel{false};
        Reextraction reextraction(library.db());
        reextraction.setCancelFlag(&cancel);
        reextraction.setProgressHandler([&](qint64, qint64) { cancel = true; });
        const ReextractionReport report = reextraction.run(Reextraction::Scope::Techniques, editedTaxonomy());
        QVERIFY(report.failed && report.cancelled);
        QCOMPARE(std::make_tuple(scalar(library.db(), "SELECT total(length(techniques)) FROM paper"),
                                 scalar(library.db(), "SELECT count(*) FROM technique_fact"),
                                 scalar(library.db(), "SELECT total(papers) FROM facet_total"),
                                 scalar(library.db(), "SELECT count(*) FROM taxonomy")),
                 before);
        QCOMPARE(libraryTaxonomy(library.db()), Taxonomy::builtIn());
    }

    void reextractionUnderAnEditedTaxonomy()
    {
        Library library(m_path);
        const Taxonomy edited = editedTaxonomy();
        qint64 lastDone = 0;
        Reextraction reextraction(library.db());
        reextraction.setThreads(2);
        reextraction.setProgressHandler([&](qint64 done, qint64) { lastDone = done; });
        const ReextractionReport report = reextraction.run(Reextraction::Scope::Techniques, edited);
        QVERIFY2(!report.failed, qPrintable(report.toText()));
        QCOMPARE(report.papers, scalar(library.db(), "SELECT count(*) FROM paper"));
        QCOMPARE(lastDone, report.papers);
        QCOMPARE(libraryTaxonomy(library.db()), edited);

        QueryRunner runner(library.db(), edited);
        const CountMap totals = toMap(runner.facetCounts(Query()));
        QCOMPARE(totals, countedFromFacts(library.db(), edited));
        QCOMPARE(metricRowsOutOfStep(library.db()), 0);
        // Quantization papers now count under the new group, not under model compression.
        qint64 numerics = 0, quantization = 0;
        for (const auto &[key, papers] : totals) {
            if (std::get<1>(key).isEmpty() && std::get<0>(key) == QLatin1String("numerics"))
                numerics += papers;
            if (std::get<1>(key).isEmpty() && std::get<0>(key) == QLatin1String("quantization"))
                quantization += papers;
        }
        QVERIFY(quantization > 0);
        QVERIFY(numerics >= quantization);

        // Running again under the same taxonomy finds nothing to change.
        const ReextractionReport again = reextraction.run(Reextraction::Scope::Everything);
        QVERIFY2(!again.failed, qPrintable(again.toText()));
        QCOMPARE(again.techniquesChanged, 0);
        QCOMPARE(again.metricsChanged, 0);
        QCOMPARE(toMap(runner.facetCounts(Query())), totals);

        // Back to the built-in taxonomy: the stored one is cleared and the counts are as imported.
        QVERIFY(!reextraction.run(Reextraction::Scope::Techniques, Taxonomy::builtIn()).failed);
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM taxonomy"), 0);
        QCOMPARE(toMap(runner.facetCounts(Query())), countedFromFacts(library.db(), Taxonomy::builtIn()));
        QCOMPARE(metricRowsOutOfStep(library.db()), 0);
    }

    void upgradingAVersionOneLibraryBuildsItsFacets()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            Database db(path);
            QFile v1(QStringLiteral(":/lectern/schema/0001_initial.sql"));
            QVERIFY(v1.open(QIODevice::ReadOnly));
            db.exec(v1.readAll().constData());
            db.exec("PRAGMA user_version = 1");
            db.exec("INSERT INTO paper(id, title, title_key, abstract, year, sort_key, techniques, added_at) VALUES "
                    "(1, 'A', 'a', 'x', 2023, (20230000 << 32) | 1, 'pruning quantization', 0), "
                    "(2, 'B', 'b', 'y', NULL, 2, 'moe', 0), (3, 'C', 'c', 'z', 2022, (20220000 << 32) | 3, '', 0)");
            db.exec("INSERT INTO technique_fact(paper_id, technique, start, end) VALUES (1, 'pruning', 0, 1), "
                    "(1, 'quantization', 0, 1), (2, 'moe', 0, 1)");
            db.exec("INSERT INTO metric_fact(paper_id, kind, value, unit, direction, text, start, end) VALUES "
                    "(1, 'speedup', 2, 'x', 'increase', '2x', 0, 2), (1, 'speedup', 3, 'x', 'increase', '3x', 0, 2)");
        }
        Library library(path);
        QueryRunner runner(library.db(), Taxonomy::builtIn());
        const CountMap totals = toMap(runner.facetCounts(Query()));
        QCOMPARE(totals, countedFromFacts(library.db(), Taxonomy::builtIn()));
        QCOMPARE((totals.at({QStringLiteral("compression"), QStringLiteral("speedup"), 2023})), 1);
        QCOMPARE((totals.at({QStringLiteral("moe"), QString(), 0})), 1);
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM paper_facet"), 3);
        QCOMPARE(metricRowsOutOfStep(library.db()), 0);
    }
};

QTEST_GUILESS_MAIN(TestFacets)
#include "tst_facets.moc"
