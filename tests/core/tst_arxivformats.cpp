// The arXiv API's Atom feed (ArxivAtomParser) and the arXiv metadata snapshot in JSON lines (ArxivJsonlParser):
// fixtures, broken and hostile input, the corpus generator's output, detection against the other shapes.
#include "import/arxivatomparser.h"
#include "import/arxivjsonlparser.h"
#include "import/csljsonparser.h"
#include "import/textdecoding.h"
#include "parsertesting.h"
#include "testsupport.h"

#include <QLocale>
#include <QTest>

using namespace lectern;

class TestArxivFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void atomFixture();
    void atomBrokenInput_data();
    void atomBrokenInput();
    void atomHugeFieldIsCut();
    void jsonlFixture();
    void jsonlBrokenInput();
    void jsonlHugeFieldIsCut();
    void splitAuthors_data();
    void splitAuthors();
    void generatedSnapshot();
    void hostileInput_data();
    void hostileInput();
    void truncationsKeepInvariants();
    void detection_data();
    void detection();
};

namespace {

const ArxivAtomParser kAtom;
const ArxivJsonlParser kJsonl;

using test::messageSummary;
using test::readFixture;
using test::titles;

QString describe(const RawRecord &record)
{
    const Paper &p = record.paper;
    QStringList parts{QStringLiteral("L%1").arg(record.line)};
    const auto add = [&parts](const char *name, const QString &value) {
        if (!value.isEmpty())
            parts.append(QLatin1String(name) + QLatin1Char('=') + value);
    };
    add("type", p.type);
    add("title", p.title);
    add("authors", p.authors.join(QStringLiteral(" | ")));
    add("year", p.year ? QString::number(*p.year) : QString());
    add("date", p.date);
    add("venue", p.venue);
    add("doi", p.doi);
    add("url", p.url);
    add("arxiv", p.arxivId);
    add("tags", p.tags.join(QStringLiteral(" | ")));
    add("comment", p.comment);
    add("abstract", p.abstract);
    return parts.join(QStringLiteral("; "));
}

QStringList describeAll(const ParseResult &result)
{
    QStringList list;
    for (const RawRecord &record : result.records)
        list.append(describe(record));
    return list;
}

// What the arXiv formats add to the promises of every parser: the raw text is the whole record, an <entry>
// element or a JSON line.
QString invariantViolation(QStringView text, const ParseResult &result, bool xml)
{
    return test::invariantViolation(text, result, [xml](const RawRecord &record, QStringView raw) -> QString {
        if (xml && (!raw.startsWith(QLatin1String("<entry")) || !raw.endsWith(QLatin1String("</entry>"))))
            return QStringLiteral("raw text is not one entry: ") + raw.left(60).toString();
        if (!xml && (!raw.startsWith(u'{') || !raw.endsWith(u'}') || raw.contains(u'\n')))
            return QStringLiteral("raw text is not one line");
        if (record.paper.title.size() > kMaxFieldLength || record.paper.abstract.size() > kMaxFieldLength)
            return QStringLiteral("field longer than kMaxFieldLength");
        return {};
    });
}

const QString kFeedHead =
    QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n");

QString entry(const QString &id, const QString &title)
{
    return QStringLiteral("  <entry>\n    <id>http://arxiv.org/abs/%1v1</id>\n    <title>%2</title>\n"
                          "    <summary>Words.</summary>\n  </entry>\n")
        .arg(id, title);
}

QString jsonLine(const QString &id, const QString &title)
{
    return QStringLiteral("{\"id\": \"%1\", \"submitter\": \"A\", \"authors\": \"A One\", \"title\": \"%2\", "
                          "\"categories\": \"cs.LG\", \"abstract\": \"Words.\", \"versions\": [{\"version\": \"v1\", "
                          "\"created\": \"Mon, 1 Jan 2018 00:00:00 GMT\"}], \"update_date\": \"2018-01-01\"}")
        .arg(id, title);
}

} // namespace

void TestArxivFormats::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestArxivFormats::atomFixture()
{
    const QString text = readFixture(QStringLiteral("import/arxiv-query.atom"));
    QVERIFY(!text.isEmpty());
    QVERIFY(kAtom.confidence(text) >= 80);
    const ParseResult result = kAtom.parse(text);
    QCOMPARE(messageSummary(result), QStringList());
    QCOMPARE(describeAll(result),
             (QStringList{
                 QStringLiteral("L10; type=misc; title=Efficient Large Language Models: A Survey; authors=Zhongwei Wan "
                                "| Xin Wang | Jürgen Müller; year=2023; date=2023-12-06; "
                                "url=http://arxiv.org/abs/2312.03863v2; arxiv=2312.03863; tags=arXiv/cs.CL | "
                                "arXiv/cs.AI; comment=Version 2; 24 pages, 7 figures; abstract=Large Language Models "
                                "(LLMs) have demonstrated remarkable capabilities in important tasks such as natural "
                                "language understanding & language generation, and thus have the potential to make a "
                                "substantial impact on our society. Such capabilities, however, come with the "
                                "considerable resources they demand (<10% of budgets go elsewhere)."),
                 QStringLiteral("L39; type=article; title=Deep Compression: Compressing Deep Neural Networks with "
                                "Pruning, Trained Quantization and Huffman Coding; authors=Song Han | Huizi Mao | "
                                "William J. Dally; year=2015; date=2015-10-01; venue=International Conference on "
                                "Learning Representations (ICLR 2016); doi=10.48550/arXiv.1510.00149; "
                                "url=http://arxiv.org/abs/1510.00149v5; arxiv=1510.00149; tags=arXiv/cs.CV | "
                                "arXiv/cs.NE; comment=Published as a conference paper at ICLR 2016 (oral); "
                                "abstract=Neural networks are both computationally intensive and memory intensive, "
                                "making them difficult to deploy on embedded systems with limited hardware resources. "
                                "To address this limitation, we introduce \"deep compression\", a three stage "
                                "pipeline: pruning, trained quantization and Huffman coding."),
                 QStringLiteral("L68; type=misc; title=Old-Style Identifiers — and Their 𝒪(n) Parsing; authors=ATLAS "
                                "Collaboration; year=1999; date=1999-01-04; url=http://arxiv.org/abs/hep-th/9901001v3; "
                                "arxiv=hep-th/9901001; tags=arXiv/hep-th; abstract=An abstract with an old-style "
                                "identifier."),
             }));
    const QString violation = invariantViolation(text, result, true);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestArxivFormats::atomBrokenInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("messages");

    const QString a = entry(QStringLiteral("2301.00001"), QStringLiteral("Alpha"));
    const QString b = entry(QStringLiteral("2301.00002"), QStringLiteral("Beta"));
    const QString feedEnd = QStringLiteral("</feed>\n");
    // Entries start on lines 3 and 8.
    QTest::newRow("well formed") << kFeedHead + a + b + feedEnd
                                 << QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")} << QStringList();
    QTest::newRow("truncated inside the second entry")
        << kFeedHead + a + b.first(50) << QStringList{QStringLiteral("Alpha")} << QStringList{QStringLiteral("E9")};
    QTest::newRow("truncated between entries")
        << kFeedHead + a << QStringList{QStringLiteral("Alpha")} << QStringList{QStringLiteral("W8")};
    QTest::newRow("mismatched tag in the second entry")
        << kFeedHead + a + QString(b).replace(QStringLiteral("</title>"), QStringLiteral("</titel>")) + feedEnd
        << QStringList{QStringLiteral("Alpha")} << QStringList{QStringLiteral("E10")};
    QTest::newRow("undeclared entity") << kFeedHead + a
                                              + QString(b).replace(QStringLiteral("Beta"), QStringLiteral("Beta&nbsp;"))
                                              + feedEnd
                                       << QStringList{QStringLiteral("Alpha")} << QStringList{QStringLiteral("E10")};
    QTest::newRow("billion laughs") << QStringLiteral(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
        " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
        " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
        " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
        " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
        " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
        " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
        " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
        "]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n  <entry>\n    <id>http://arxiv.org/abs/"
        "2301.00001v1</id>\n    <title>&lol9;</title>\n  </entry>\n</feed>\n")
                                    << QStringList() << QStringList{QStringLiteral("E2")};
    QTest::newRow("external entity") << QStringLiteral(
        "<?xml version=\"1.0\"?>\n\n<!DOCTYPE feed [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&secret;</title></entry></feed>\n")
                                     << QStringList() << QStringList{QStringLiteral("E3")};
    QTest::newRow("the API's error feed")
        << kFeedHead
               + QStringLiteral(
                   "  <entry>\n    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id>\n"
                   "    <title>Error</title>\n    <summary>incorrect id format for 1234.12345</summary>\n"
                   "  </entry>\n")
               + feedEnd
        << QStringList() << QStringList{QStringLiteral("E3")};
    QTest::newRow("one page of many") << QStringLiteral("<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                                                        "xmlns:opensearch=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
                                                        "<opensearch:totalResults>250</opensearch:totalResults>\n"
                                                        "<opensearch:startIndex>0</opensearch:startIndex>\n")
                                             + a + feedEnd
                                      << QStringList{QStringLiteral("Alpha")} << QStringList{QStringLiteral("W2")};
    QTest::newRow("entry without title or summary")
        << kFeedHead + QStringLiteral("  <entry><id>http://arxiv.org/abs/2301.00009v1</id></entry>\n") + a + feedEnd
        << QStringList{QStringLiteral("Alpha")} << QStringList{QStringLiteral("E3")};
    QTest::newRow("not XML") << QStringLiteral("Title: words\n") << QStringList() << QStringList{QStringLiteral("W1")};
}

void TestArxivFormats::atomBrokenInput()
{
    QFETCH(QString, input);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, messages);
    const ParseResult result = kAtom.parse(input);
    QCOMPARE(::titles(result), titles);
    QCOMPARE(messageSummary(result), messages);
    const QString violation = invariantViolation(input, result, true);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestArxivFormats::atomHugeFieldIsCut()
{
    const QString input = kFeedHead
                          + QStringLiteral("  <entry>\n    <id>http://arxiv.org/abs/2301.00001v1</id>\n"
                                           "    <title>Huge</title>\n    <summary>")
                          + QString(kMaxFieldLength + 5, u'x') + QStringLiteral("</summary>\n  </entry>\n</feed>\n");
    const ParseResult result = kAtom.parse(input);
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records[0].paper.abstract.size(), kMaxFieldLength);
    QCOMPARE(messageSummary(result), QStringList{QStringLiteral("W6")});
    QCOMPARE(result.messages[0].text,
             QStringLiteral("line 6: the <summary> element is longer than %1 characters; cut").arg(kMaxFieldLength));
}

void TestArxivFormats::jsonlFixture()
{
    const QString text = readFixture(QStringLiteral("import/arxiv-snapshot.jsonl"));
    QVERIFY(!text.isEmpty());
    QVERIFY(kJsonl.confidence(text) >= 80);
    const ParseResult result = kJsonl.parse(text);
    QCOMPARE(messageSummary(result), QStringList());
    QCOMPARE(describeAll(result),
             (QStringList{
                 QStringLiteral("L1; type=article; title=Calculation of prompt diphoton production cross sections at "
                                "Tevatron and LHC energies; authors=C. Balázs | E. L. Berger | P. M. Nadolsky | C. -P. "
                                "Yuan; year=2007; date=2007-04-02; venue=Phys.Rev.D76:013009,2007; "
                                "doi=10.1103/PhysRevD.76.013009; url=https://arxiv.org/abs/0704.0001; arxiv=0704.0001; "
                                "tags=arXiv/hep-ph; comment=37 pages, 15 figures; published version; abstract=A fully "
                                "differential calculation in perturbative quantum chromodynamics is\npresented for the "
                                "production of massive photon pairs at hadron colliders. All\nnext-to-leading order "
                                "perturbative contributions from quark-antiquark,\ngluon-(anti)quark, and gluon-gluon "
                                "subprocesses are included, as well as\nall-orders resummation of initial-state gluon "
                                "radiation valid at\nnext-to-next-to-leading logarithmic accuracy."),
                 QStringLiteral("L2; type=misc; title=Sparsity-certifying Graph Decompositions; authors=Ileana Streinu "
                                "| Louis Theran; year=2007; date=2007-03-31; url=https://arxiv.org/abs/0704.0002; "
                                "arxiv=0704.0002; tags=arXiv/math.CO | arXiv/cs.CG; comment=To appear in Graphs and "
                                "Combinatorics; abstract=We describe a new algorithm, the $(k,\\ell)$-pebble game with "
                                "colors, and use\nit obtain a characterization of the family of $(k,\\ell)$-sparse "
                                "graphs."),
                 QStringLiteral("L3; type=misc; title=Old-style identifiers in the snapshot; authors=J. Doe | R. Roe | "
                                "ATLAS Collaboration; year=1999; date=1999-01-04; "
                                "url=https://arxiv.org/abs/hep-th/9901001; arxiv=hep-th/9901001; tags=arXiv/hep-th | "
                                "arXiv/hep-ph; abstract=An abstract of an old-style record."),
                 QStringLiteral("L4; type=misc; title=Efficient Large Language Models: A Survey of $\\mathcal{O}(n)$ "
                                "Methods; authors=Zhongwei Wan | Xin Wang | Che Liu | Samiul Alam | Yu Zheng | Jiachen "
                                "Liu | Zhongnan Qu | Shen Yan | Yi Zhu | Quanlu Zhang | Mosharaf Chowdhury | Mi Zhang; "
                                "year=2023; date=2023-12-06; doi=10.48550/arXiv.2312.03863; "
                                "url=https://arxiv.org/abs/2312.03863; arxiv=2312.03863; tags=arXiv/cs.CL | "
                                "arXiv/cs.AI; comment=Version 2; abstract=Large Language Models (LLMs) have "
                                "demonstrated remarkable capabilities in\nimportant tasks such as natural language "
                                "understanding and language\ngeneration."),
             }));
    const QString violation = invariantViolation(text, result, false);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

// Broken lines are reported with their line number; every other line imports.
void TestArxivFormats::jsonlBrokenInput()
{
    const QString input = jsonLine(QStringLiteral("1801.00001"), QStringLiteral("Alpha")) + QStringLiteral("\n")
                          + QStringLiteral("{\"id\": \"1801.00002\", \"title\": \"Beta\"\n") + QStringLiteral("\n")
                          + QStringLiteral("not json at all\n")
                          + jsonLine(QStringLiteral("1801.00003"), QStringLiteral("Gamma")).first(60)
                          + QStringLiteral("\n") + QStringLiteral("{\"id\": \"1801.00004\", \"submitter\": \"x\"}\n")
                          + jsonLine(QStringLiteral("1801.00005"), QStringLiteral("Delta"));
    const ParseResult result = kJsonl.parse(input);
    QCOMPARE(titles(result), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Delta")}));
    QCOMPARE(messageSummary(result),
             (QStringList{QStringLiteral("E2"), QStringLiteral("E4"), QStringLiteral("E5"), QStringLiteral("E6")}));
    QCOMPARE(result.records[1].line, 7);
    QVERIFY(result.messages[0].text.startsWith(QLatin1String("line 2: invalid JSON (")));
    QCOMPARE(result.messages[1].text, QStringLiteral("line 4: not a JSON object; skipped"));
    QCOMPARE(result.messages[3].text, QStringLiteral("line 6: record without a title or abstract; skipped"));
    const QString violation = invariantViolation(input, result, false);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestArxivFormats::jsonlHugeFieldIsCut()
{
    const QString input = jsonLine(QStringLiteral("1801.00001"), QStringLiteral("Alpha")) + QStringLiteral("\n")
                          + jsonLine(QStringLiteral("1801.00002"), QString(kMaxFieldLength + 3, u't'));
    const ParseResult result = kJsonl.parse(input);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[1].paper.title.size(), kMaxFieldLength);
    QCOMPARE(result.messages.size(), 1);
    QCOMPARE(result.messages[0].text,
             QStringLiteral("line 2: the \"title\" field is longer than %1 characters; cut").arg(kMaxFieldLength));
}

void TestArxivFormats::splitAuthors_data()
{
    QTest::addColumn<QString>("authors");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("commas and a final and")
        << QStringLiteral("A. One, B. Two and C. Three")
        << QStringList{QStringLiteral("A. One"), QStringLiteral("B. Two"), QStringLiteral("C. Three")};
    QTest::newRow("Oxford comma") << QStringLiteral("A. One, B. Two, and C. Three")
                                  << QStringList{QStringLiteral("A. One"), QStringLiteral("B. Two"),
                                                 QStringLiteral("C. Three")};
    QTest::newRow("affiliations") << QStringLiteral("J. Doe (1), R. Roe (1 and 2), ATLAS Collaboration ((1) CERN, "
                                                    "(2) DESY)")
                                  << QStringList{QStringLiteral("J. Doe"), QStringLiteral("R. Roe"),
                                                 QStringLiteral("ATLAS Collaboration")};
    QTest::newRow("line breaks and LaTeX")
        << QStringLiteral("C. Bal\\'azs,\n  E. L. Berger")
        << QStringList{QStringLiteral("C. Bal\\'azs"), QStringLiteral("E. L. Berger")};
    QTest::newRow("a name containing 'and'")
        << QStringLiteral("Alexander Anderson and Sandra Land")
        << QStringList{QStringLiteral("Alexander Anderson"), QStringLiteral("Sandra Land")};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestArxivFormats::splitAuthors()
{
    QFETCH(QString, authors);
    QFETCH(QStringList, names);
    QCOMPARE(ArxivJsonlParser::splitAuthors(authors), names);
}

// The benchmark corpus in the snapshot schema reads without a message, every record whole.
void TestArxivFormats::generatedSnapshot()
{
    LECTERN_REQUIRE_SHARED_DIR();
    const test::GeneratedCorpus corpus = test::generateCorpus(QStringLiteral("jsonl"), 200);
    if (!corpus.skipReason.isEmpty())
        QSKIP(qPrintable(corpus.skipReason));
    QVERIFY2(corpus.failure.isEmpty(), qPrintable(corpus.failure));
    QVERIFY(kJsonl.confidence(corpus.text) >= 80);
    QVERIFY(CslJsonParser().confidence(corpus.text) <= 20);
    QVERIFY(kAtom.confidence(corpus.text) <= 20);
    const ParseResult result = kJsonl.parse(corpus.text);
    QVERIFY2(result.messages.isEmpty(), qPrintable(result.messages.value(0).text));
    QCOMPARE(result.records.size(), 200);
    const QStringList lines = corpus.text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 200);
    for (const RawRecord &record : result.records) {
        const Paper &paper = record.paper;
        QVERIFY(!paper.title.isEmpty());
        QVERIFY(!paper.abstract.isEmpty());
        QVERIFY(!paper.authors.isEmpty());
        QVERIFY(!paper.arxivId.isEmpty());
        QVERIFY(paper.year.has_value());
        QVERIFY(!paper.tags.isEmpty());
        QVERIFY(lines[record.line - 1].contains(QStringLiteral("\"%1\"").arg(paper.arxivId)));
    }
    const QString violation = invariantViolation(corpus.text, result, false);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestArxivFormats::hostileInput_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace only") << QStringLiteral(" \t\n\n   \n");
    quint32 state = 11;
    const QByteArray garbage = test::randomBytes(256 * 1024, state);
    QTest::newRow("binary garbage") << decodeFileText(garbage).text;
    QTest::newRow("garbage lines starting with '{'")
        << QString(QStringLiteral("{") + decodeFileText(garbage.first(4096)).text.replace(u'\n', u' ')
                   + QStringLiteral("\n"))
               .repeated(8);
    QTest::newRow("100k nested elements") << QStringLiteral("<feed>") + QStringLiteral("<entry>").repeated(100000);
    QTest::newRow("a million '{'") << QString(1000 * 1000, u'{');
    QTest::newRow("50 MB single line") << QStringLiteral("{\"title\": \"") + QString(50 * 1024 * 1024, u'z');
    QTest::newRow("wrong value types") << QStringLiteral(
        R"({"id": 7, "title": ["x"], "authors": {"a": 1}, "authors_parsed": [1, [2, null], "x"], )"
        R"("versions": "v1", "categories": 3, "abstract": "words", "doi": []})");
    QTest::newRow("entry outside a feed") << QStringLiteral("<entry><title>T</title></entry><entry>");
}

void TestArxivFormats::hostileInput()
{
    QFETCH(QString, input);
    for (const FormatParser *parser : std::initializer_list<const FormatParser *>{&kAtom, &kJsonl}) {
        const int confidence = parser->confidence(input);
        QVERIFY(confidence >= 0 && confidence <= 100);
        const ParseResult result = parser->parse(input);
        const QString violation = invariantViolation(input, result, parser == &kAtom);
        QVERIFY2(violation.isEmpty(), qPrintable(parser->id() + QStringLiteral(": ") + violation));
    }
}

void TestArxivFormats::truncationsKeepInvariants()
{
    const QString atom = readFixture(QStringLiteral("import/arxiv-query.atom"));
    const QString jsonl = readFixture(QStringLiteral("import/arxiv-snapshot.jsonl"));
    for (qsizetype length = 0; length <= atom.size(); length += 5) {
        const QStringView prefix = QStringView(atom).first(length);
        const ParseResult result = kAtom.parse(prefix);
        QVERIFY(result.records.size() <= 3);
        const QString violation = invariantViolation(prefix, result, true);
        QVERIFY2(violation.isEmpty(), qPrintable(QStringLiteral("cut at %1: ").arg(length) + violation));
    }
    for (qsizetype length = 0; length <= jsonl.size(); length += 5) {
        const QStringView prefix = QStringView(jsonl).first(length);
        const ParseResult result = kJsonl.parse(prefix);
        const QString violation = invariantViolation(prefix, result, false);
        QVERIFY2(violation.isEmpty(), qPrintable(QStringLiteral("cut at %1: ").arg(length) + violation));
        // A line cut short is one broken record, reported; the whole lines before it import.
        const qsizetype wholeLines = prefix.count(u'\n');
        QVERIFY(result.records.size() >= wholeLines);
        QVERIFY(result.records.size() + result.messages.size() <= wholeLines + 1);
    }
}

void TestArxivFormats::detection_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format"); // the parser that must claim it, or empty for neither

    const QString atom = QStringLiteral("arxiv-atom");
    const QString jsonl = QStringLiteral("arxiv-jsonl");
    QTest::newRow("arXiv Atom") << readFixture(QStringLiteral("import/arxiv-query.atom")) << atom;
    QTest::newRow("arXiv Atom, first entry only")
        << kFeedHead + entry(QStringLiteral("2301.00001"), QStringLiteral("Alpha")) << atom;
    QTest::newRow("arXiv JSON lines") << readFixture(QStringLiteral("import/arxiv-snapshot.jsonl")) << jsonl;
    QTest::newRow("arXiv JSON lines, spaced")
        << jsonLine(QStringLiteral("1801.00001"), QStringLiteral("A")) + QStringLiteral("\n")
               + jsonLine(QStringLiteral("1801.00002"), QStringLiteral("B"))
        << jsonl;
    QTest::newRow("Zotero CSL-JSON") << readFixture(QStringLiteral("import/zotero-csl.json")) << QString();
    QTest::newRow("pandoc CSL-JSON") << readFixture(QStringLiteral("import/pandoc-csl.json")) << QString();
    QTest::newRow("CSL-JSON lines") << QStringLiteral("{\"id\": \"a\", \"type\": \"book\", \"title\": \"A\"}\n"
                                                      "{\"id\": \"b\", \"type\": \"book\", \"title\": \"B\"}\n")
                                    << QString();
    QTest::newRow("generic JSON array") << readFixture(QStringLiteral("sample.json")) << QString();
    QTest::newRow("generic JSON lines") << QStringLiteral(
        "{\"id\": 1, \"title\": \"A\", \"abstract\": \"B\"}\n{\"id\": 2, \"title\": \"C\"}\n")
                                        << QString();
    QTest::newRow("a blog's Atom feed") << QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        "  <title>Example blog</title>\n  <entry>\n    <title>A post</title>\n"
        "    <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>\n  </entry>\n</feed>\n")
                                        << QString();
    QTest::newRow("RSS") << QStringLiteral("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>x</title>"
                                           "<item><title>y</title></item></channel></rss>\n")
                         << QString();
    QTest::newRow("BibTeX") << QStringLiteral("@article{han2016,\n  title = {Deep Compression},\n  author = {Han, "
                                              "Song},\n  year = {2016}\n}\n")
                            << QString();
    QTest::newRow("RIS") << QStringLiteral("TY  - JOUR\nTI  - Deep Compression\nAU  - Han, Song\nER  - \n")
                         << QString();
    QTest::newRow("MEDLINE") << QStringLiteral("PMID- 12345678\nTI  - A title.\nAB  - An abstract.\nFAU - Doe, Jane\n")
                             << QString();
    QTest::newRow("CSV") << QStringLiteral("id,title,abstract\n1801.00001,\"A\",\"B\"\n") << QString();
    QTest::newRow("Markdown") << QStringLiteral("# Reading list\n\n- [QLoRA](https://arxiv.org/abs/2305.14314)\n")
                              << QString();
    QTest::newRow("title/abstract listing") << readFixture(QStringLiteral("import/pairs.txt")) << QString();
    for (const auto &[name, text] : test::seedTexts())
        QTest::newRow(qPrintable(QStringLiteral("seed ") + name)) << text << QString();
}

void TestArxivFormats::detection()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QVERIFY(!input.isEmpty());
    for (const FormatParser *parser : std::initializer_list<const FormatParser *>{&kAtom, &kJsonl}) {
        const int confidence = parser->confidence(input);
        if (parser->id() == format)
            QVERIFY2(confidence >= 80, qPrintable(parser->id() + QStringLiteral(": %1").arg(confidence)));
        else
            QVERIFY2(confidence <= 20, qPrintable(parser->id() + QStringLiteral(": %1").arg(confidence)));
    }
}

QTEST_GUILESS_MAIN(TestArxivFormats)
#include "tst_arxivformats.moc"
