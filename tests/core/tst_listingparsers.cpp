#include "import/arxivlistingparser.h"
#include "import/formatregistry.h"
#include "import/textdecoding.h"
#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace lectern;

class TestListingParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void detect_data();
    void detect();
    void arxivIdentifier_data();
    void arxivIdentifier();
    void rawRangesCoverWholeRecords();
    void hostileInput_data();
    void hostileInput();
    void shuffledFragmentsNeverBreakInvariants();
    void registry();
};

namespace {

// A compact, readable picture of one record: what the row expects and what QCOMPARE prints on a mismatch.
QString summary(const RawRecord &record)
{
    const Paper &paper = record.paper;
    QString s = QStringLiteral("L%1").arg(record.line);
    if (!paper.title.isEmpty())
        s += QStringLiteral(" t=") + paper.title;
    if (!paper.abstract.isEmpty())
        s += QStringLiteral(" a=") + paper.abstract;
    if (!paper.arxivId.isEmpty())
        s += QStringLiteral(" id=") + paper.arxivId;
    if (!paper.comment.isEmpty())
        s += QStringLiteral(" c=") + paper.comment;
    if (!paper.date.isEmpty())
        s += QStringLiteral(" d=") + paper.date;
    if (paper.year)
        s += QStringLiteral(" y=%1").arg(*paper.year);
    if (paper.authorCount)
        s += QStringLiteral(" n=%1").arg(*paper.authorCount);
    if (paper.upvotes)
        s += QStringLiteral(" u=%1").arg(*paper.upvotes);
    return s;
}

QStringList summaries(const ParseResult &result)
{
    QStringList list;
    for (const RawRecord &record : result.records)
        list.append(summary(record));
    return list;
}

QList<int> messageLines(const ParseResult &result)
{
    QList<int> lines;
    for (const ImportMessage &message : result.messages)
        lines.append(message.line);
    return lines;
}

int lineAt(QStringView text, qsizetype offset)
{
    return int(text.first(offset).count(u'\n')) + 1;
}

// What every parser promises for every input; returns an empty string or what went wrong.
QString invariantViolation(QStringView text, const ParseResult &result)
{
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < result.records.size(); ++i) {
        const RawRecord &record = result.records[i];
        const QString where = QStringLiteral("record %1: ").arg(i);
        if (record.position != i)
            return where + QStringLiteral("position %1").arg(record.position);
        if (record.rawStart < previousEnd || record.rawEnd < record.rawStart || record.rawEnd > text.size())
            return where + QStringLiteral("raw range [%1, %2)").arg(record.rawStart).arg(record.rawEnd);
        if (lineAt(text, record.rawStart) != record.line)
            return where
                   + QStringLiteral("line %1 but raw text starts on line %2")
                         .arg(record.line)
                         .arg(lineAt(text, record.rawStart));
        const QStringView raw = text.sliced(record.rawStart, record.rawEnd - record.rawStart);
        if (!record.paper.title.isEmpty() && !raw.contains(record.paper.title))
            return where + QStringLiteral("title outside the raw text");
        // An abstract continued on another line is joined with a space, so only its ends are verbatim.
        const QStringView abstract(record.paper.abstract);
        const qsizetype end = std::min<qsizetype>(abstract.size(), 40);
        if (!raw.contains(abstract.first(end)) || !raw.contains(abstract.last(end)))
            return where + QStringLiteral("abstract outside the raw text");
        if (!record.paper.arxivId.isEmpty() && !raw.contains(record.paper.arxivId))
            return where + QStringLiteral("identifier outside the raw text");
        previousEnd = record.rawEnd;
    }
    for (const ImportMessage &message : result.messages) {
        if (message.line < 1 || message.line > text.count(u'\n') + 1)
            return QStringLiteral("message on line %1: %2").arg(message.line).arg(message.text);
        if (!message.text.startsWith(QStringLiteral("line %1: ").arg(message.line)))
            return QStringLiteral("message does not name its line: ") + message.text;
    }
    return {};
}

QString readFixture(const QString &name)
{
    QFile file(test::testDataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return decodeFileText(file.readAll()).text;
}

const QString kAbstract1 = QStringLiteral("We propose a sparse attention method. It halves memory use on long inputs.");
const QString kAbstract2 = QStringLiteral("Quantization to four bits keeps accuracy within one point of the baseline.");
const QString kAbstract3 = QStringLiteral("Distillation transfers knowledge from a large teacher to a small student.");

} // namespace

void TestListingParsers::parse_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QList<int>>("messageLines");

    const QString a1 = kAbstract1;
    const QString a2 = kAbstract2;
    const QString a3 = kAbstract3;
    const QString arxiv = QStringLiteral("arxiv-listing");
    const QString lines = QStringLiteral("abstract-lines");
    const QString pairs = QStringLiteral("title-abstract");
    const QString daily = QStringLiteral("daily-papers");

    // arXiv listing
    QTest::newRow("arxiv: ids and comments belong to the abstract before them")
        << arxiv
        << a1 + u"\nICCV 2023\narXiv:2308.11062" + a2 + u"\narXiv:2304.08756" + a3
               + u"\n15 pages\n"
                 u"Accepted by CVPR 2022\narXiv:2205.00459"
        << QStringList{u"L1 a=" + a1 + u" id=2308.11062 c=ICCV 2023", u"L3 a=" + a2 + u" id=2304.08756",
                       u"L4 a=" + a3 + u" id=2205.00459 c=15 pages; Accepted by CVPR 2022"}
        << QList<int>{};
    QTest::newRow("arxiv: old-style ids and versions")
        << arxiv << a1 + u"\narXiv:hep-th/9901001v2" + a2 + u"\narXiv:math.AG/0601001 " + a3 + u"\narXiv:2312.03863v12"
        << QStringList{u"L1 a=" + a1 + u" id=hep-th/9901001v2", u"L2 a=" + a2 + u" id=math.AG/0601001",
                       u"L3 a=" + a3 + u" id=2312.03863v12"}
        << QList<int>{};
    QTest::newRow("arxiv: abstract starting with a digit after the id")
        << arxiv << a1 + u"\narXiv:0704.00013D scenes are hard.\narXiv:2312.038633D too.\narXiv:1412.9999"
        << QStringList{u"L1 a=" + a1 + u" id=0704.0001", QStringLiteral("L2 a=3D scenes are hard. id=2312.03863"),
                       QStringLiteral("L3 a=3D too. id=1412.9999")}
        << QList<int>{};
    QTest::newRow("arxiv: space after the label, id alone on its line")
        << arxiv << a1 + u"\narXiv: 2301.00001\n\n" + a2 + u"\nTechnical report\narXiv:2301.00002\n"
        << QStringList{u"L1 a=" + a1 + u" id=2301.00001", u"L4 a=" + a2 + u" id=2301.00002 c=Technical report"}
        << QList<int>{};
    QTest::newRow("arxiv: unreadable id skips its record only")
        << arxiv << a1 + u"\narXiv:TODO " + a2 + u"\narXiv:2301.00002" + a3 + u"\narXiv:2301.00003"
        << QStringList{u"L2 a=" + a2 + u" id=2301.00002", u"L3 a=" + a3 + u" id=2301.00003"} << QList<int>{2};
    QTest::newRow("arxiv: garbage id glued to the next abstract")
        << arxiv << a1 + u"\narXiv:23x1.0001While the rest is fine.\narXiv:2301.00002"
        << QStringList{QStringLiteral("L2 a=While the rest is fine. id=2301.00002")} << QList<int>{2};
    QTest::newRow("arxiv: last record has only an id")
        << arxiv << a1 + u"\narXiv:2301.00001\narXiv:2301.00002"
        << QStringList{u"L1 a=" + a1 + u" id=2301.00001", QStringLiteral("L3 id=2301.00002")} << QList<int>{};
    QTest::newRow("arxiv: trailing abstract without id is kept with a warning")
        << arxiv << a1 + u"\narXiv:2301.00001" + a2 + u"\nICLR 2024\n"
        << QStringList{u"L1 a=" + a1 + u" id=2301.00001", u"L2 a=" + a2 + u" c=ICLR 2024"} << QList<int>{2};
    QTest::newRow("arxiv: empty") << arxiv << QString() << QStringList{} << QList<int>{};

    // Abstract lines
    QTest::newRow("lines: one paper per line") << lines << u"Abstract:" + a1 + u"\nAbstract: " + a2 + u"\n"
                                               << QStringList{u"L1 a=" + a1, u"L2 a=" + a2} << QList<int>{};
    QTest::newRow("lines: empty abstract skipped, rest parsed")
        << lines << u"Abstract:" + a1 + u"\nAbstract:   \n\nabstract :" + a3
        << QStringList{u"L1 a=" + a1, u"L4 a=" + a3} << QList<int>{2};
    QTest::newRow("lines: a title line before the label is the title")
        << lines << u"Sparse Attention for Long Inputs\nAbstract: " + a1 + u"\nAbstract: " + a2
        << QStringList{u"L1 t=Sparse Attention for Long Inputs a=" + a1, u"L3 a=" + a2} << QList<int>{};
    QTest::newRow("lines: unlabelled prose is reported and ignored")
        << lines << u"Abstract: " + a1 + u"\n" + a2 + u"\nAbstract: " + a3 << QStringList{u"L1 a=" + a1, u"L3 a=" + a3}
        << QList<int>{2};

    // Title / abstract pairs
    QTest::newRow("pairs: basic") << pairs
                                  << u"Sparse Attention for Long Inputs\n" + a1 + u"\nFour-Bit Quantization\n" + a2
                                  << QStringList{u"L1 t=Sparse Attention for Long Inputs a=" + a1,
                                                 u"L3 t=Four-Bit Quantization a=" + a2}
                                  << QList<int>{};
    QTest::newRow("pairs: page chrome and a glued Subscribe")
        << pairs
        << u"Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n"
           u"SubscribeEfficient RLHF: Reducing the Memory Usage of PPO\n"
               + a1 + u"\nFour-Bit Quantization\n" + a2
        << QStringList{u"L3 t=Efficient RLHF: Reducing the Memory Usage of PPO a=" + a1,
                       u"L5 t=Four-Bit Quantization a=" + a2}
        << QList<int>{};
    QTest::newRow("pairs: a title that merely starts like chrome")
        << pairs << u"Subscriber Churn Prediction with Graphs\n" + a1 + u"\nFour-Bit Quantization\n" + a2
        << QStringList{u"L1 t=Subscriber Churn Prediction with Graphs a=" + a1, u"L3 t=Four-Bit Quantization a=" + a2}
        << QList<int>{};
    QTest::newRow("pairs: missing abstract in the middle does not shift later pairs")
        << pairs
        << u"Sparse Attention\n" + a1 + u"\nA Title Without Its Abstract\nFour-Bit Quantization\n" + a2
               + u"\nKnowledge Distillation Revisited\n" + a3
        << QStringList{u"L1 t=Sparse Attention a=" + a1, QStringLiteral("L3 t=A Title Without Its Abstract"),
                       u"L4 t=Four-Bit Quantization a=" + a2, u"L6 t=Knowledge Distillation Revisited a=" + a3}
        << QList<int>{};
    QTest::newRow("pairs: missing title in the middle")
        << pairs << u"Sparse Attention\n" + a1 + u"\n" + a2 + u"\nKnowledge Distillation Revisited\n" + a3
        << QStringList{u"L1 t=Sparse Attention a=" + a1, u"L3 a=" + a2,
                       u"L4 t=Knowledge Distillation Revisited a=" + a3}
        << QList<int>{3};
    QTest::newRow("pairs: last title without abstract")
        << pairs << u"Sparse Attention\n" + a1 + u"\nEfficient Neural Audio Synthesis\n"
        << QStringList{u"L1 t=Sparse Attention a=" + a1, QStringLiteral("L3 t=Efficient Neural Audio Synthesis")}
        << QList<int>{};
    QTest::newRow("pairs: lower-case titles, question titles, blank lines")
        << pairs
        << u"Efficient computation of rankings from pairwise comparisons\n\n" + a1
               + u"\n\nDo Transformers Really Need Attention?\n\n" + a2
        << QStringList{u"L1 t=Efficient computation of rankings from pairwise comparisons a=" + a1,
                       u"L5 t=Do Transformers Really Need Attention? a=" + a2}
        << QList<int>{};
    QTest::newRow("pairs: one-sentence abstract")
        << pairs << QStringLiteral("FastNet\nWe make networks fast.\nSlowNet: A Study\nWe make networks slow.")
        << QStringList{QStringLiteral("L1 t=FastNet a=We make networks fast."),
                       QStringLiteral("L3 t=SlowNet: A Study a=We make networks slow.")}
        << QList<int>{};
    QTest::newRow("pairs: only chrome") << pairs << QStringLiteral("Subscribe\nDaily Papers\n") << QStringList{}
                                        << QList<int>{};

    // Daily papers
    const QString meta5 = QStringLiteral("  \u2022 5 authors\n\u00b7\nMay 2, 2022\n");
    QTest::newRow("daily: chrome, meta with authors and a dated year")
        << daily
        << u"new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n"
           u"byAK and the research community\n\nNov 13\n\nLite Pose: Efficient Pose Estimation\n\n"
               + a1 + u"\n\n" + meta5
        << QStringList{u"L13 t=Lite Pose: Efficient Pose Estimation a=" + a1 + u" d=May 2, 2022 y=2022 n=5"}
        << QList<int>{};
    QTest::newRow("daily: submitter line, date without year, upvotes")
        << daily
        << u"RLinf-VLA: A Unified Framework\n\n" + a1 + u"\n\nRLinf RLinf\n\u00b7\nOct 8 2\n\nSeedance 1.0\n\n" + a2
               + u"\n\n\u2022 44 authors\n\u00b7\nJun 10 9\n\nAuroraCap\n\n" + a3
               + u"\n\n\u2022 9 authors\n\u00b7\nOct 3, 2024 2\n"
        << QStringList{u"L1 t=RLinf-VLA: A Unified Framework a=" + a1 + u" d=Oct 8 u=2",
                       u"L9 t=Seedance 1.0 a=" + a2 + u" d=Jun 10 n=44 u=9",
                       u"L17 t=AuroraCap a=" + a3 + u" d=Oct 3, 2024 y=2024 n=9 u=2"}
        << QList<int>{};
    QTest::newRow("daily: papers without meta blocks")
        << daily << u"Flash-Searcher\n\n" + a1 + u"\n\nAsyncFlow\n\n" + a2 + u"\n\n" + meta5 + u"\nKinetics\n\n" + a3
        << QStringList{u"L1 t=Flash-Searcher a=" + a1, u"L5 t=AsyncFlow a=" + a2 + u" d=May 2, 2022 y=2022 n=5",
                       u"L13 t=Kinetics a=" + a3}
        << QList<int>{};
    QTest::newRow("daily: a middle dot without a date")
        << daily << u"Flash-Searcher\n\n" + a1 + u"\n\n\u2022 1 authors\n\u00b7\n\nAsyncFlow\n\n" + a2
        << QStringList{u"L1 t=Flash-Searcher a=" + a1 + u" n=1", u"L8 t=AsyncFlow a=" + a2} << QList<int>{6};
    QTest::newRow("daily: meta without its dot, stray meta lines")
        << daily << u"\u00b7\n\u2022 3 authors\nFlash-Searcher\n\n" + a1 + u"\n\n\u2022 2 authors\nMay 11, 2023 1\n\n"
        << QStringList{u"L3 t=Flash-Searcher a=" + a1 + u" d=May 11, 2023 y=2023 n=2 u=1"} << QList<int>{1, 2};
    QTest::newRow("daily: meta block with neither authors nor submitter")
        << daily
        << u"Flash-Searcher\n\n" + a1 + u"\n\u00b7\nMay 1 1\n\nAsyncFlow\n\n" + a2 + u"\n\nhf-user\n\u00b7\nJan 6 8"
        << QStringList{u"L1 t=Flash-Searcher a=" + a1 + u" d=May 1 u=1", u"L7 t=AsyncFlow a=" + a2 + u" d=Jan 6 u=8"}
        << QList<int>{};
    QTest::newRow("daily: title without abstract keeps its meta")
        << daily << u"Flash-Searcher\n\n\u2022 3 authors\n\u00b7\nJul 25\n\nAsyncFlow\n\n" + a2
        << QStringList{QStringLiteral("L1 t=Flash-Searcher d=Jul 25 n=3"), u"L7 t=AsyncFlow a=" + a2} << QList<int>{};
}

void TestListingParsers::parse()
{
    QFETCH(QString, parser);
    QFETCH(QString, input);
    QFETCH(QStringList, records);
    QFETCH(QList<int>, messageLines);

    const FormatParser *formatParser = FormatRegistry::instance().byId(parser);
    QVERIFY(formatParser);
    const ParseResult result = formatParser->parse(input);
    QCOMPARE(summaries(result), records);
    QCOMPARE(::messageLines(result), messageLines);
    const QString violation = invariantViolation(input, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestListingParsers::detect_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format"); // empty: no parser may claim it

    const QString a1 = kAbstract1;
    const QString a2 = kAbstract2;
    const QString a3 = kAbstract3;
    QTest::newRow("arxiv listing") << a1 + u"\nICCV 2023\narXiv:2308.11062" + a2 + u"\narXiv:2304.08756"
                                   << QStringLiteral("arxiv-listing");
    QTest::newRow("abstract lines") << u"Abstract:" + a1 + u"\nAbstract:" + a2 << QStringLiteral("abstract-lines");
    QTest::newRow("abstract lines with titles")
        << u"Sparse Attention\nAbstract:" + a1 + u"\nFour Bits\nAbstract:" + a2 << QStringLiteral("abstract-lines");
    QTest::newRow("title abstract") << u"Sparse Attention for Long Inputs\n" + a1 + u"\nFour-Bit Quantization\n" + a2
                                    << QStringLiteral("title-abstract");
    QTest::newRow("daily papers") << u"Sparse Attention\n\n" + a1
                                         + u"\n\n\u2022 5 authors\n\u00b7\nMay 2, 2022\n\nFour Bits\n\n" + a2
                                         + u"\n\nhf-user Someone\n\u00b7\nJul 25 3\n"
                                  << QStringLiteral("daily-papers");
    QTest::newRow("daily papers without meta reads as title abstract")
        << u"Sparse Attention\n\n" + a1 + u"\n\nFour Bits\n\n" + a2 << QStringLiteral("title-abstract");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("whitespace") << QStringLiteral(" \n\t\n  ") << QString();
    QTest::newRow("one paragraph") << a1 + u' ' + a2 + u' ' + a3 << QString();
    QTest::newRow("heading and one paragraph") << u"Introduction\n" + a1 + u' ' + a2 << QString();
    QTest::newRow("citation of one arXiv id in prose")
        << a1 + u"\n" + a2 + u"\n" + a3 + u"\n" + a1 + u"\narXiv:2301.00001 is related.\n" + a2 << QString();
    for (const char *fixture : {"prose.txt", "sample.json"})
        QTest::newRow(fixture) << readFixture(QString::fromLatin1(fixture)) << QString();
    // Bibliographic files are not listings, and their own parsers claim them.
    QTest::newRow("sample.bib") << readFixture(QStringLiteral("sample.bib")) << QStringLiteral("bibtex");
    QTest::newRow("sample.csv") << readFixture(QStringLiteral("sample.csv")) << QStringLiteral("csv");
}

void TestListingParsers::detect()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    if (QByteArray(QTest::currentDataTag()).contains('.')) // the rows read from tests/data are named by file
        QVERIFY2(!input.isEmpty(), "fixture missing from tests/data");

    const FormatParser *detected = FormatRegistry::instance().detect(input);
    QCOMPARE(detected ? detected->id() : QString(), format);
    // Mutually exclusive: whichever parser wins, the others stay below the recognition threshold.
    for (const auto &parser : FormatRegistry::instance().parsers()) {
        if (parser->id() == format)
            continue;
        const int confidence = parser->confidence(input);
        QVERIFY2(confidence < 50, qPrintable(parser->id() + QStringLiteral(" claims %1").arg(confidence)));
    }
}

void TestListingParsers::arxivIdentifier_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");

    QTest::newRow("new style") << QStringLiteral("2312.03863") << 10;
    QTest::newRow("new style, text glued") << QStringLiteral("2312.03863While") << 10;
    QTest::newRow("new style, version") << QStringLiteral("2312.03863v2We") << 12;
    QTest::newRow("new style, version not a version") << QStringLiteral("2312.03863vision") << 10;
    QTest::newRow("four digits before 2015") << QStringLiteral("1412.12345") << 9;
    QTest::newRow("five digits from 2015") << QStringLiteral("1501.1234") << 0;
    QTest::newRow("month 13") << QStringLiteral("2313.03863") << 0;
    QTest::newRow("old style") << QStringLiteral("hep-th/9901001") << 14;
    QTest::newRow("old style, subject class, version") << QStringLiteral("math.AG/0601001v3") << 17;
    QTest::newRow("old style, short number") << QStringLiteral("hep-th/990100") << 0;
    QTest::newRow("no archive") << QStringLiteral("/9901001") << 0;
    QTest::newRow("words") << QStringLiteral("TODO") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestListingParsers::arxivIdentifier()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QCOMPARE(ArxivListingParser::identifierLength(text), qsizetype(length));
}

void TestListingParsers::rawRangesCoverWholeRecords()
{
    const QString text = kAbstract1 + u"\nICCV 2023\narXiv:2308.11062" + kAbstract2 + u"\narXiv:2304.08756";
    const ParseResult arxiv = FormatRegistry::instance().byId(QStringLiteral("arxiv-listing"))->parse(text);
    QCOMPARE(arxiv.records.size(), 2);
    const auto raw = [](QStringView text, const RawRecord &record) {
        return text.sliced(record.rawStart, record.rawEnd - record.rawStart).toString();
    };
    QCOMPARE(raw(text, arxiv.records[0]), QString(kAbstract1 + u"\nICCV 2023\narXiv:2308.11062"));
    QCOMPARE(raw(text, arxiv.records[1]), QString(kAbstract2 + u"\narXiv:2304.08756"));

    const QString daily = u"Sparse Attention\n\n" + kAbstract1 + u"\n\n  \u2022 5 authors\n\u00b7\nMay 2, 2022 7\n\n";
    const ParseResult hf = FormatRegistry::instance().byId(QStringLiteral("daily-papers"))->parse(daily);
    QCOMPARE(hf.records.size(), 1);
    QCOMPARE(raw(daily, hf.records[0]),
             QString(u"Sparse Attention\n\n" + kAbstract1 + u"\n\n  \u2022 5 authors\n\u00b7\nMay 2, 2022 7"));
}

void TestListingParsers::hostileInput_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace only") << QStringLiteral(" \t\n\n   \n\u00a0\n");
    QTest::newRow("lone separators") << QStringLiteral("\u00b7\n\u00b7\n\u2022\n\u2022 authors\narXiv:\nAbstract:");
    QByteArray garbage(256 * 1024, Qt::Uninitialized);
    quint32 state = 99;
    for (char &byte : garbage) {
        state = state * 1664525u + 1013904223u;
        byte = char(state >> 24);
    }
    QTest::newRow("binary garbage") << decodeFileText(garbage).text;
    QString words;
    words.reserve(50 * 1024 * 1024);
    while (words.size() < 50 * 1024 * 1024)
        words += QStringLiteral("token words that never end ");
    QTest::newRow("50 MB single line") << words;
    QTest::newRow("50 MB single arXiv line") << QStringLiteral("arXiv:") + QString(50 * 1024 * 1024, u'9');
}

void TestListingParsers::hostileInput()
{
    QFETCH(QString, input);
    for (const auto &parser : FormatRegistry::instance().parsers()) {
        const int confidence = parser->confidence(input);
        QVERIFY(confidence >= 0 && confidence <= 100);
        const ParseResult result = parser->parse(input);
        const QString violation = invariantViolation(input, result);
        QVERIFY2(violation.isEmpty(), qPrintable(parser->id() + QStringLiteral(": ") + violation));
    }
    const FormatParser *detected = FormatRegistry::instance().detect(input);
    QVERIFY2(!detected, detected ? qPrintable(detected->id()) : "");
}

void TestListingParsers::shuffledFragmentsNeverBreakInvariants()
{
    const QStringList fragments = {
        QString(),
        QString(),
        QStringLiteral("   "),
        kAbstract1,
        kAbstract2,
        QStringLiteral("Sparse Attention"),
        QStringLiteral("SubscribeFour Bits"),
        QStringLiteral("Subscribe"),
        QStringLiteral("  \u2022 5 authors"),
        QStringLiteral("\u00b7"),
        QStringLiteral("May 2, 2022"),
        QStringLiteral("Jul 25 3"),
        QStringLiteral("arXiv:2301.00001"),
        QStringLiteral("arXiv:2301.00002") + kAbstract3,
        QStringLiteral("arXiv:zz"),
        QStringLiteral("Abstract:"),
        QStringLiteral("Abstract: ") + kAbstract2,
        QStringLiteral("ICCV 2023"),
        QStringLiteral("deepseek-ai DeepSeek"),
        QStringLiteral("\u00b7 \u00b7"),
    };
    QRandomGenerator random(20240611);
    for (int round = 0; round < 400; ++round) {
        QStringList lines;
        const int count = random.bounded(1, 30);
        for (int i = 0; i < count; ++i)
            lines.append(fragments[random.bounded(int(fragments.size()))]);
        const QString text = lines.join(u'\n');
        for (const auto &parser : FormatRegistry::instance().parsers()) {
            const ParseResult result = parser->parse(text);
            const QString violation = invariantViolation(text, result);
            QVERIFY2(violation.isEmpty(),
                     qPrintable(parser->id() + QStringLiteral(": ") + violation + QStringLiteral("\n") + text));
        }
    }
}

void TestListingParsers::registry()
{
    const FormatRegistry &registry = FormatRegistry::instance();
    QCOMPARE(&registry, &FormatRegistry::instance());
    QStringList ids;
    for (const auto &parser : registry.parsers()) {
        ids.append(parser->id());
        QVERIFY(!parser->displayName().isEmpty());
        QCOMPARE(registry.byId(parser->id()), parser.get());
    }
    ids.sort();
    QCOMPARE(ids,
             (QStringList{QStringLiteral("abstract-lines"), QStringLiteral("arxiv-atom"), QStringLiteral("arxiv-jsonl"),
                          QStringLiteral("arxiv-listing"), QStringLiteral("bibtex"), QStringLiteral("csljson"),
                          QStringLiteral("csv"), QStringLiteral("daily-papers"), QStringLiteral("markdown"),
                          QStringLiteral("medline"), QStringLiteral("ris"), QStringLiteral("title-abstract")}));
    QCOMPARE(registry.byId(QStringLiteral("no-such-format")), nullptr);
}

QTEST_GUILESS_MAIN(TestListingParsers)
#include "tst_listingparsers.moc"
