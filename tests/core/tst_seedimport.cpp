// The five seed listings of ../shared/seeds, imported end to end into one library.
#include "extract/extractor.h"
#include "import/importjob.h"
#include "store/library.h"
#include "store/paperreader.h"
#include "store/statement.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

using namespace lectern;

class TestSeedImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Library> m_library;
    QList<ImportReport> m_reports;

    qint64 scalar(const char *sql, const QString &parameter = {})
    {
        Statement s(m_library->db(), sql);
        if (!parameter.isNull())
            s.bind(1, parameter);
        return s.next() ? s.int64(0) : -1;
    }

    Paper paperWhere(const char *sql, const QString &parameter)
    {
        const qint64 id = scalar(sql, parameter);
        if (id <= 0)
            return {};
        return PaperReader(m_library->db()).load(id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        LECTERN_REQUIRE_SHARED_DIR();
        m_library = std::make_unique<Library>(QStringLiteral(":memory:"));
        const Extractor extractor;
        ImportJob job(m_library->db(), extractor);
        const QDir seeds(test::sharedDir() + QStringLiteral("/seeds"));
        const QStringList files = seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 5);
        for (const QString &file : files) {
            m_reports.append(job.importFile(seeds.filePath(file)));
            QVERIFY2(!m_reports.last().failed, qPrintable(m_reports.last().toText()));
        }
    }

    void detectsEachShape()
    {
        const QStringList formats = {QStringLiteral("arxiv-listing"), QStringLiteral("abstract-lines"),
                                     QStringLiteral("title-abstract"), QStringLiteral("daily-papers"),
                                     QStringLiteral("abstract-lines")};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_reports[i].format, formats[i]);
    }

    void readsThePapersOfEachFile()
    {
        const QList<int> expected = {10, 10, 77, 137, 10};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_reports[i].recordsRead, expected[i]);
            QCOMPARE(m_reports[i].recordsSkipped, 0);
        }
    }

    void leaves241DistinctPapers()
    {
        QCOMPARE(scalar("SELECT count(*) FROM paper"), 241);
        int merged = 0;
        for (const ImportReport &r : m_reports)
            merged += r.papersMerged;
        QCOMPARE(merged, 3);
        QCOMPARE(scalar("SELECT count(*) FROM source"), 244); // every record is a source of its paper
    }

    void crossFileDuplicatesMerged()
    {
        // 000 and 001 share the efficient-LLM survey; 002 and 003 share two papers.
        const Paper survey = paperWhere("SELECT id FROM paper WHERE abstract LIKE ?",
                                        QStringLiteral("Large Language Models (LLMs) have demonstrated remarkable%"));
        QCOMPARE(PaperReader(m_library->db()).sources(survey.id).size(), 2);
        const Paper edn =
            paperWhere("SELECT id FROM paper WHERE title = ?", QStringLiteral("Efficient Deep Neural Networks"));
        QVERIFY(edn.id > 0);
        const QList<SourceRef> sources = PaperReader(m_library->db()).sources(edn.id);
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources[0].format, QStringLiteral("title-abstract"));
        QCOMPARE(sources[1].format, QStringLiteral("daily-papers"));
        // The fuller abstract (002 has it whole, 003 cuts it short) is kept, and 003's date too.
        QVERIFY(edn.abstract.size() > 300);
        QVERIFY(!edn.date.isEmpty());
    }

    void arxivIdsBelongToTheAbstractBeforeThem()
    {
        const Paper unloc = paperWhere("SELECT id FROM paper WHERE arxiv = ?", QStringLiteral("2308.11062"));
        QVERIFY2(
            unloc.abstract.startsWith(QStringLiteral("While large-scale image-text pretrained models such as CLIP")),
            qPrintable(unloc.abstract.left(80)));
        QCOMPARE(unloc.comment, QStringLiteral("ICCV 2023"));
        const Paper survey = paperWhere("SELECT id FROM paper WHERE arxiv = ?", QStringLiteral("2312.03863"));
        QVERIFY(survey.abstract.startsWith(QStringLiteral("Large Language Models (LLMs)")));
        const Paper last = paperWhere("SELECT id FROM paper WHERE arxiv = ?", QStringLiteral("2205.00459"));
        QCOMPARE(last.comment, QStringLiteral("Accepted by CVPR 2022"));
        QCOMPARE(scalar("SELECT count(*) FROM paper WHERE arxiv IS NOT NULL"), 10);
    }

    void dailyPapersFields()
    {
        const Paper lite =
            paperWhere("SELECT id FROM paper WHERE title = ?",
                       QStringLiteral("Lite Pose: Efficient Architecture Design for 2D Human Pose Estimation"));
        QCOMPARE(lite.authorCount, std::optional<int>(5));
        QCOMPARE(lite.date, QStringLiteral("May 2, 2022"));
        QCOMPARE(lite.year, std::optional<int>(2022));
        const Paper seedance =
            paperWhere("SELECT id FROM paper WHERE title = ?",
                       QStringLiteral("Seedance 1.0: Exploring the Boundaries of Video Generation Models"));
        QCOMPARE(seedance.authorCount, std::optional<int>(44));
        QCOMPARE(seedance.date, QStringLiteral("Jun 10"));
        QCOMPARE(seedance.year, std::nullopt);
        QCOMPARE(seedance.upvotes, std::optional<int>(9));
        const Paper rlinf = paperWhere("SELECT id FROM paper WHERE title LIKE ?", QStringLiteral("RLinf-VLA%"));
        QCOMPARE(rlinf.authorCount, std::nullopt); // a submitter line gives no author count
        QCOMPARE(rlinf.date, QStringLiteral("Oct 8"));
        QCOMPARE(rlinf.upvotes, std::optional<int>(2));
        const Paper survey = paperWhere("SELECT id FROM paper WHERE title = ?",
                                        QStringLiteral("A Survey on Efficient Vision-Language-Action Models"));
        QVERIFY(survey.id > 0); // no meta block at all
        QCOMPARE(survey.authorCount, std::nullopt);
        QVERIFY(survey.date.isEmpty());
    }

    void titlesFromTheTitleAbstractListing()
    {
        QVERIFY(paperWhere("SELECT id FROM paper WHERE title = ?",
                           QStringLiteral("Efficient RLHF: Reducing the Memory Usage of PPO"))
                    .id
                > 0);
        QCOMPARE(scalar("SELECT count(*) FROM paper WHERE title LIKE 'Subscribe%' OR title LIKE 'Get trending%'"), 0);
        // Every title of the listing is a paper, whether or not an abstract follows it.
        QCOMPARE(scalar("SELECT count(DISTINCT paper_id) FROM source s JOIN source_file f ON f.id = s.file_id "
                        "WHERE f.format = 'title-abstract'"),
                 77);
    }

    void papersWithoutTitlesGetProvisionalOnes()
    {
        // 001 and 004 give only abstracts: 20 records, one of them merged into 000's survey paper, and the
        // other abstracts of 000 have no titles either.
        QVERIFY(scalar("SELECT count(*) FROM paper WHERE title_provisional = 1") >= 29);
        QCOMPARE(scalar("SELECT count(*) FROM paper WHERE title = ''"), 0);
        QCOMPARE(scalar("SELECT max(length(title)) FROM paper WHERE title_provisional = 1") <= 91, true);
    }

    void extractionRanOnTheSeeds()
    {
        QVERIFY(scalar("SELECT count(DISTINCT paper_id) FROM technique_fact") > 100);
        QVERIFY(scalar("SELECT count(DISTINCT paper_id) FROM metric_fact") > 20);
    }

    void reimportAddsNothing()
    {
        const Extractor extractor;
        ImportJob job(m_library->db(), extractor);
        for (const QString &file : test::seedFiles()) {
            const ImportReport report = job.importFile(file);
            QCOMPARE(report.papersAdded, 0);
        }
        QCOMPARE(scalar("SELECT count(*) FROM paper"), 241);
        QCOMPARE(scalar("SELECT count(*) FROM source"), 244);
    }
};

QTEST_GUILESS_MAIN(TestSeedImport)
#include "tst_seedimport.moc"
