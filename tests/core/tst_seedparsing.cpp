#include "import/formatregistry.h"
#include "import/textdecoding.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace lectern;

// The five shared seed listings, parsed as Lectern will parse them: detected format, record counts, and the
// details that are easiest to get wrong for each shape.
class TestSeedParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectAndCount_data();
    void detectAndCount();
    void arxivIdentifiersFollowTheirAbstract();
    void titleAbstractListing();
    void dailyPapers_data();
    void dailyPapers();
    void dailyPapersChromeAndSubmitters();
    void generatedListing();

private:
    struct Seed {
        QString text;
        const FormatParser *parser = nullptr;
        ParseResult result;
    };
    static Seed load(const QString &prefix);
};

TestSeedParsing::Seed TestSeedParsing::load(const QString &prefix)
{
    Seed seed;
    const QDir dir(test::sharedDir() + QStringLiteral("/seeds"));
    const QStringList names = dir.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files, QDir::Name);
    if (names.size() != 1)
        return seed;
    QFile file(dir.filePath(names.first()));
    if (!file.open(QIODevice::ReadOnly))
        return seed;
    const DecodedText decoded = decodeFileText(file.readAll());
    seed.text = decoded.text;
    seed.parser = FormatRegistry::instance().detect(seed.text);
    if (seed.parser)
        seed.result = seed.parser->parse(seed.text);
    return seed;
}

namespace {

const RawRecord *findByAbstractStart(const ParseResult &result, const QString &start)
{
    for (const RawRecord &record : result.records) {
        if (record.paper.abstract.startsWith(start))
            return &record;
    }
    return nullptr;
}

const RawRecord *findByTitle(const ParseResult &result, const QString &title)
{
    for (const RawRecord &record : result.records) {
        if (record.paper.title == title)
            return &record;
    }
    return nullptr;
}

} // namespace

void TestSeedParsing::detectAndCount_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("records");

    QTest::newRow("000") << QStringLiteral("000") << QStringLiteral("arxiv-listing") << 10;
    QTest::newRow("001") << QStringLiteral("001") << QStringLiteral("abstract-lines") << 10;
    QTest::newRow("002") << QStringLiteral("002") << QStringLiteral("title-abstract") << 77;
    QTest::newRow("003") << QStringLiteral("003") << QStringLiteral("daily-papers") << 137;
    QTest::newRow("004") << QStringLiteral("004") << QStringLiteral("abstract-lines") << 10;
}

void TestSeedParsing::detectAndCount()
{
    LECTERN_REQUIRE_SHARED_DIR();
    QFETCH(QString, prefix);
    QFETCH(QString, format);
    QFETCH(int, records);

    const Seed seed = load(prefix);
    QVERIFY2(!seed.text.isEmpty(), "seed file missing or unreadable");
    QVERIFY(seed.parser);
    QCOMPARE(seed.parser->id(), format);
    QCOMPARE(seed.result.records.size(), qsizetype(records));
    QVERIFY2(seed.result.messages.isEmpty(), qPrintable(seed.result.messages.value(0).text));
    // Every other parser stays below the recognition threshold: the shapes are told apart, not ranked.
    for (const auto &parser : FormatRegistry::instance().parsers()) {
        if (parser.get() != seed.parser)
            QVERIFY2(parser->confidence(seed.text) < 50, qPrintable(parser->id()));
    }
    for (const RawRecord &record : seed.result.records) {
        QVERIFY(!record.paper.abstract.isEmpty() || !record.paper.title.isEmpty());
        QVERIFY(record.rawStart < record.rawEnd);
    }
}

void TestSeedParsing::arxivIdentifiersFollowTheirAbstract()
{
    LECTERN_REQUIRE_SHARED_DIR();
    const Seed seed = load(QStringLiteral("000"));
    QCOMPARE(seed.result.records.size(), 10);

    const RawRecord *unloc =
        findByAbstractStart(seed.result, QStringLiteral("While large-scale image-text pretrained models such as CLIP"));
    QVERIFY(unloc);
    QCOMPARE(unloc->paper.arxivId, QStringLiteral("2308.11062"));
    QCOMPARE(unloc->paper.comment, QStringLiteral("ICCV 2023"));
    QCOMPARE(unloc->paper.url, QStringLiteral("https://arxiv.org/abs/2308.11062"));
    QCOMPARE(unloc->line, 2);

    const RawRecord &first = seed.result.records.first();
    QVERIFY(first.paper.abstract.startsWith(QStringLiteral("Large Language Models (LLMs) have demonstrated")));
    QCOMPARE(first.paper.arxivId, QStringLiteral("2312.03863"));
    QVERIFY(first.paper.comment.isEmpty());
    QCOMPARE(first.line, 1);
    QCOMPARE(first.rawStart, 0);

    const RawRecord *autoTaskFormer =
        findByAbstractStart(seed.result, QStringLiteral("Vision Transformers have shown great performance"));
    QVERIFY(autoTaskFormer);
    QCOMPARE(autoTaskFormer->paper.arxivId, QStringLiteral("2304.08756"));
    QCOMPARE(autoTaskFormer->paper.comment, QStringLiteral("15 pages"));

    const RawRecord &last = seed.result.records.last();
    QVERIFY(last.paper.abstract.startsWith(QStringLiteral("Spiking Neural Network (SNN) is a promising")));
    QCOMPARE(last.paper.arxivId, QStringLiteral("2205.00459"));
    QCOMPARE(last.paper.comment, QStringLiteral("Accepted by CVPR 2022"));
    QCOMPARE(last.rawEnd, seed.text.trimmed().size());

    // Each abstract is followed by its own identifier: ids are distinct and none has leaked into an abstract.
    QStringList ids;
    for (const RawRecord &record : seed.result.records) {
        QVERIFY(!record.paper.arxivId.isEmpty());
        QVERIFY(!record.paper.abstract.contains(QStringLiteral("arXiv:")));
        QVERIFY(record.paper.title.isEmpty());
        ids.append(record.paper.arxivId);
        const QStringView raw = QStringView(seed.text).sliced(record.rawStart, record.rawEnd - record.rawStart);
        QVERIFY(raw.startsWith(record.paper.abstract));
        QVERIFY(raw.endsWith(QString(QStringLiteral("arXiv:") + record.paper.arxivId)));
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 10);
}

void TestSeedParsing::titleAbstractListing()
{
    LECTERN_REQUIRE_SHARED_DIR();
    const Seed seed = load(QStringLiteral("002"));
    QCOMPARE(seed.result.records.size(), 77);

    const RawRecord &first = seed.result.records.first();
    QCOMPARE(first.paper.title, QStringLiteral("Efficient RLHF: Reducing the Memory Usage of PPO"));
    QVERIFY(first.paper.abstract.startsWith(QStringLiteral("Reinforcement Learning with Human Feedback (RLHF)")));
    QCOMPARE(first.line, 3);

    // The seed's last paper does have its abstract; a last title without one is covered in tst_listingparsers.
    const RawRecord &last = seed.result.records.last();
    QCOMPARE(last.paper.title, QStringLiteral("Efficient Neural Audio Synthesis"));
    QVERIFY(last.paper.abstract.startsWith(QStringLiteral("Sequential models achieve state-of-the-art results")));

    const RawRecord *lowerCase = findByTitle(
        seed.result, QStringLiteral("Efficient displacement convex optimization with particle gradient descent"));
    QVERIFY(lowerCase);
    QVERIFY(lowerCase->paper.abstract.startsWith(QStringLiteral("Particle gradient descent")));

    for (const RawRecord &record : seed.result.records) {
        QVERIFY2(!record.paper.title.isEmpty(), qPrintable(QString::number(record.line)));
        QVERIFY2(!record.paper.abstract.isEmpty(), qPrintable(record.paper.title));
        QVERIFY(!record.paper.title.contains(QStringLiteral("Subscribe")));
        QVERIFY(!record.paper.title.startsWith(QStringLiteral("Get trending")));
    }
}

void TestSeedParsing::dailyPapers_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("year");        // 0: the listing gives none
    QTest::addColumn<int>("authorCount"); // -1: none given
    QTest::addColumn<int>("upvotes");     // -1: none given
    QTest::addColumn<QString>("abstractStart");

    QTest::newRow("first paper") << QStringLiteral(
        "Lite Pose: Efficient Architecture Design for 2D Human Pose Estimation")
                                 << QStringLiteral("May 2, 2022") << 2022 << 5 << -1
                                 << QStringLiteral("Pose estimation plays a critical role");
    QTest::newRow("upvotes without year")
        << QStringLiteral("Seedance 1.0: Exploring the Boundaries of Video Generation Models")
        << QStringLiteral("Jun 10") << 0 << 44 << 9 << QStringLiteral("Notable breakthroughs in diffusion modeling");
    QTest::newRow("no year, no upvotes") << QStringLiteral("Modality Agnostic Efficient Long Range Encoder")
                                         << QStringLiteral("Jul 25") << 0 << 2 << -1
                                         << QStringLiteral("The long-context capability");
    QTest::newRow("year and upvotes") << QStringLiteral(
        "AuroraCap: Efficient, Performant Video Detailed Captioning and a New Benchmark")
                                      << QStringLiteral("Oct 3, 2024") << 2024 << 9 << 2
                                      << QStringLiteral("Video detailed captioning");
    QTest::newRow("submitter instead of authors")
        << QStringLiteral(
               "Insights into DeepSeek-V3: Scaling Challenges and Reflections on Hardware for AI Architectures")
        << QStringLiteral("May 14") << 0 << -1 << 5 << QStringLiteral("The rapid scaling of large language models");
    QTest::newRow("no meta block") << QStringLiteral("Kinetics: Rethinking Test-Time Scaling Laws") << QString() << 0
                                   << -1 << -1 << QStringLiteral("We rethink test-time scaling laws");
    QTest::newRow("182 authors") << QString() << QStringLiteral("Sep 1") << 0 << 182 << -1 << QString();
    QTest::newRow("last paper") << QString() << QStringLiteral("Jul 12, 2019") << 2019 << 7 << -1 << QString();
}

void TestSeedParsing::dailyPapers()
{
    LECTERN_REQUIRE_SHARED_DIR();
    QFETCH(QString, title);
    QFETCH(QString, date);
    QFETCH(int, year);
    QFETCH(int, authorCount);
    QFETCH(int, upvotes);
    QFETCH(QString, abstractStart);

    const Seed seed = load(QStringLiteral("003"));
    QCOMPARE(seed.result.records.size(), 137);
    const RawRecord *record = nullptr;
    if (!title.isEmpty()) {
        record = findByTitle(seed.result, title);
    } else if (QByteArray(QTest::currentDataTag()) == "last paper") {
        record = &seed.result.records.last();
    } else {
        for (const RawRecord &candidate : seed.result.records) {
            if (candidate.paper.authorCount == authorCount)
                record = &candidate;
        }
    }
    QVERIFY(record);
    const Paper &paper = record->paper;
    QCOMPARE(paper.date, date);
    QCOMPARE(paper.year.value_or(0), year);
    QCOMPARE(paper.authorCount.value_or(-1), authorCount);
    QCOMPARE(paper.upvotes.value_or(-1), upvotes);
    if (!abstractStart.isEmpty())
        QVERIFY2(paper.abstract.startsWith(abstractStart), qPrintable(paper.abstract.left(80)));
}

void TestSeedParsing::dailyPapersChromeAndSubmitters()
{
    LECTERN_REQUIRE_SHARED_DIR();
    const Seed seed = load(QStringLiteral("003"));
    QCOMPARE(seed.result.records.size(), 137);
    QCOMPARE(seed.result.records.first().line, 13);

    int withAuthorCount = 0;
    int withDate = 0;
    for (const RawRecord &record : seed.result.records) {
        const Paper &paper = record.paper;
        QVERIFY2(!paper.title.isEmpty() && !paper.abstract.isEmpty(), qPrintable(QString::number(record.line)));
        // Neither page chrome nor submitter lines ("RLinf RLinf", "deepseek-ai DeepSeek") become papers.
        for (const QString &notATitle :
             {QStringLiteral("new"), QStringLiteral("Subscribe"), QStringLiteral("Daily Papers"),
              QStringLiteral("Nov 13"), QStringLiteral("RLinf RLinf"), QStringLiteral("deepseek-ai DeepSeek"),
              QStringLiteral("Dracodes Dracodes")})
            QVERIFY(paper.title != notATitle);
        if (paper.authorCount)
            ++withAuthorCount;
        if (!paper.date.isEmpty())
            ++withDate;
        if (paper.year)
            QVERIFY(paper.date.endsWith(QString::number(*paper.year)));
    }
    // 128 meta blocks, three of them name a submitter instead of an author count; nine papers have none.
    QCOMPARE(withDate, 128);
    QCOMPARE(withAuthorCount, 125);
}

// The benchmark corpus is a title/abstract listing too; it must read exactly as generated.
void TestSeedParsing::generatedListing()
{
    LECTERN_REQUIRE_SHARED_DIR();
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 not found; it runs the shared corpus generator");
    QProcess generator;
    generator.start(python, {test::sharedDir() + QStringLiteral("/tools/gen_corpus.py"), QStringLiteral("--count"),
                             QStringLiteral("1000"), QStringLiteral("--format"), QStringLiteral("listing")});
    QVERIFY(generator.waitForFinished(120000));
    QCOMPARE(generator.exitCode(), 0);
    const DecodedText decoded = decodeFileText(generator.readAllStandardOutput());
    QVERIFY(decoded.messages.isEmpty());

    const FormatParser *parser = FormatRegistry::instance().detect(decoded.text);
    QVERIFY(parser);
    QCOMPARE(parser->id(), QStringLiteral("title-abstract"));
    const ParseResult result = parser->parse(decoded.text);
    QVERIFY2(result.messages.isEmpty(), qPrintable(result.messages.value(0).text));
    QCOMPARE(result.records.size(), 1000);
    // gen_corpus writes each record as exactly two lines: title, abstract.
    const QStringList lines = decoded.text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2000);
    for (qsizetype i = 0; i < result.records.size(); ++i) {
        QCOMPARE(result.records[i].paper.title, lines[2 * i]);
        QCOMPARE(result.records[i].paper.abstract, lines[2 * i + 1]);
        QCOMPARE(result.records[i].line, int(2 * i + 1));
    }
}

QTEST_GUILESS_MAIN(TestSeedParsing)
#include "tst_seedparsing.moc"
