// CSL-JSON both ways: CslJsonParser (Zotero's and pandoc's output, broken and hostile files, detection) and
// CslJsonExporter (valid JSON always, the round trip through the parser).
#include "export/csljsonexporter.h"
#include "import/arxivatomparser.h"
#include "import/arxivjsonlparser.h"
#include "import/csljsonparser.h"
#include "import/normalize.h"
#include "import/textdecoding.h"
#include "parsertesting.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace lectern;

class TestCslJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void shapes_data();
    void shapes();
    void brokenInput_data();
    void brokenInput();
    void hugeFieldIsCut();
    void markupIsRemoved();
    void hostileInput_data();
    void hostileInput();
    void truncationsKeepInvariants();
    void shuffledFragmentsNeverBreakInvariants();
    void detection_data();
    void detection();
    void exportShape();
    void exportIsValidJson_data();
    void exportIsValidJson();
    void exportWritesPreprintsAsZoteroDoes();
    void roundTrip();
};

namespace {

const CslJsonParser kParser;
const CslJsonExporter kExporter;

using test::messageSummary;
using test::readFixture;
using test::titles;

// Every field a CSL-JSON item carries into a Paper, in a fixed order: what a row expects and what QCOMPARE shows.
QString describe(const RawRecord &record)
{
    const Paper &p = record.paper;
    QStringList parts{QStringLiteral("L%1").arg(record.line)};
    const auto add = [&parts](const char *name, const QString &value) {
        if (!value.isEmpty())
            parts.append(QLatin1String(name) + QLatin1Char('=') + value);
    };
    add("key", p.citationKey);
    add("type", p.type);
    add("title", p.title);
    add("authors", p.authors.join(QStringLiteral(" | ")));
    add("editors", p.editors.join(QStringLiteral(" | ")));
    add("year", p.year ? QString::number(*p.year) : QString());
    add("date", p.date);
    add("venue", p.venue);
    add("volume", p.volume);
    add("issue", p.issue);
    add("pages", p.pages);
    add("publisher", p.publisher);
    add("doi", p.doi);
    add("url", p.url);
    add("arxiv", p.arxivId);
    add("tags", p.tags.join(QStringLiteral(" | ")));
    add("comment", p.comment);
    add("abstract", p.abstract.left(30));
    return parts.join(QStringLiteral("; "));
}

QStringList describeAll(const ParseResult &result)
{
    QStringList list;
    for (const RawRecord &record : result.records)
        list.append(describe(record));
    return list;
}

// What CSL-JSON adds to the promises of every parser: the raw text is one whole JSON object.
QString cslJsonRecordViolation(const RawRecord &record, QStringView raw)
{
    if (raw.front() != u'{' || raw.back() != u'}')
        return QStringLiteral("raw text is not one object");
    if (record.paper.title.size() > kMaxFieldLength || record.paper.abstract.size() > kMaxFieldLength)
        return QStringLiteral("field longer than kMaxFieldLength");
    return {};
}

QString invariantViolation(QStringView text, const ParseResult &result)
{
    return test::invariantViolation(text, result, cslJsonRecordViolation);
}

const QString kItemA = QStringLiteral(R"(  {
    "id": "a2020",
    "type": "article-journal",
    "title": "Alpha",
    "issued": {"date-parts": [[2020]]}
  })");
const QString kItemB = QStringLiteral(R"(  {
    "id": "b2021",
    "type": "paper-conference",
    "title": "Beta",
    "container-title": "NeurIPS"
  })");
const QString kItemC = QStringLiteral(R"(  {
    "id": "c2022",
    "type": "book",
    "title": "Gamma"
  })");

QString array(const QStringList &items)
{
    return QStringLiteral("[\n") + items.join(QStringLiteral(",\n")) + QStringLiteral("\n]\n");
}

} // namespace

void TestCslJson::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestCslJson::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("records");

    QTest::newRow("Zotero: Export → CSL JSON")
        << QStringLiteral("import/zotero-csl.json")
        << QStringList{
               QStringLiteral("L2; type=misc; title=Efficient Large Language Models: A Survey; authors=Zhongwei Wan | "
                              "Xin Wang | Jürgen Müller; year=2023; date=2023-12-06; doi=10.48550/arXiv.2312.03863; "
                              "url=http://arxiv.org/abs/2312.03863; arxiv=2312.03863; abstract=Large Language Models "
                              "(LLMs) h"),
               QStringLiteral("L47; type=article; title=Exploring the Limits of Transfer Learning with a Unified "
                              "Text-to-Text Transformer; authors=Colin Raffel | Ludwig van Beethoven | Martin Luther "
                              "King Jr.; year=2020; venue=Journal of Machine Learning Research; volume=21; issue=140; "
                              "pages=1–67; doi=10.5555/3455716.3455856; arxiv=1910.10683; comment=Code released with "
                              "the paper"),
               QStringLiteral("L84; key=han2016deep; type=inproceedings; title=Deep Compression: Compressing Deep "
                              "Neural Networks with Pruning, Trained Quantization and Huffman Coding; authors=Song Han "
                              "| Google DeepMind; editors=Yoshua Bengio; year=2016; date=2016-05; venue=Proceedings of "
                              "the 4th International Conference on Learning Representations; pages=100–110; "
                              "publisher=OpenReview"),
               QStringLiteral("L118; type=mastersthesis; title=Quantization-Aware Training for Edge Devices; "
                              "authors=Elena Rossi; year=2022; date=2022-09-30; publisher=ETH Zürich"),
               QStringLiteral("L140; type=techreport; title=Sparse Mixture-of-Experts at \"Scale\" & Cost; "
                              "authors=Ana Kim; year=2021; date=2021-03; issue=TR-2021-07; publisher=Example "
                              "Research Lab"),
               QStringLiteral(
                   "L161; type=online; title=Making LLMs even more accessible with bitsandbytes, 4-bit "
                   "quantization and QLoRA; authors=Younes Belkada; year=2023; date=2023-05-24; "
                   "venue=Hugging Face Blog; url=https://huggingface.co/blog/4bit-transformers-bitsandbytes"),
           };
    QTest::newRow("pandoc --to csljson")
        << QStringLiteral("import/pandoc-csl.json")
        << QStringList{
               QStringLiteral("L2; key=han2016deep; type=article; title=Deep compression: Compressing deep neural "
                              "networks with pruning, trained quantization and Huffman coding; authors=Song Han | "
                              "Huizi Mao | William J. Dally; year=2016; date=2016-05; venue=International Conference "
                              "on Learning Representations; volume=4; pages=1–14; doi=10.48550/arXiv.1510.00149; "
                              "arxiv=1510.00149; tags=pruning | quantization"),
               QStringLiteral("L35; key=vanbeethoven2021; type=inproceedings; title=Sparse & fast: Attention at "
                              "4-bit; authors=Ludwig van Beethoven | Google DeepMind | Juan de la Cruz; editors=Jane "
                              "Smith; year=2021; venue=Proceedings of ICML; pages=100–110; publisher=PMLR; "
                              "url=https://arxiv.org/abs/2101.00001; arxiv=2101.00001; comment=Oral presentation"),
               QStringLiteral("L74; key=dettmers2023qlora; type=misc; title=QLoRA: Efficient finetuning of quantized "
                              "LLMs; authors=Tim Dettmers | Artidoro Pagnoni | Ari Holtzman | Luke Zettlemoyer; "
                              "year=2023; url=https://arxiv.org/abs/2305.14314; arxiv=2305.14314; abstract=We "
                              "present QLoRA, an efficient"),
               QStringLiteral("L107; key=lee2020; type=phdthesis; title=Efficient inference; authors=Kim Lee Jr.; "
                              "year=2020; publisher=Stanford University"),
               QStringLiteral("L128; key=kim2022; type=techreport; title=Pruning in situ: BERT at O(n) cost & more; "
                              "authors=Ana Kim | others; year=2022; date=2022-03-14; issue=TR-7; publisher=Example "
                              "Lab"),
           };
}

void TestCslJson::fixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, records);
    const QString text = readFixture(fixture);
    QVERIFY(!text.isEmpty());
    QVERIFY2(kParser.confidence(text) >= 80, qPrintable(QString::number(kParser.confidence(text))));
    const ParseResult result = kParser.parse(text);
    QCOMPARE(messageSummary(result), QStringList());
    QCOMPARE(describeAll(result), records);
    const QString violation = invariantViolation(text, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    // Each record's raw text is exactly one item of the file's array.
    const QJsonArray items = QJsonDocument::fromJson(text.toUtf8()).array();
    QCOMPARE(items.size(), result.records.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const RawRecord &record = result.records[i];
        const QJsonObject raw =
            QJsonDocument::fromJson(QStringView(text).sliced(record.rawStart, record.rawEnd - record.rawStart).toUtf8())
                .object();
        QCOMPARE(raw, items[i].toObject());
    }
}

// One item alone, Zotero's web API wrapper and items one per line read like an array.
void TestCslJson::shapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("array") << array({kItemA, kItemB}) << QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}
                           << QList<int>{2, 8};
    QTest::newRow("one object") << QString(kItemA).trimmed() << QStringList{QStringLiteral("Alpha")} << QList<int>{1};
    QTest::newRow("web API wrapper") << QStringLiteral("{\"items\": [\n") + kItemA + QStringLiteral(",\n") + kItemB
                                            + QStringLiteral("\n]}\n")
                                     << QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}
                                     << QList<int>{2, 8};
    QTest::newRow("wrapper with other keys first")
        << QStringLiteral("{\"total\": 1, \"meta\": {\"x\": [1, \"]\"]},\n\"items\": [") + kItemC + QStringLiteral("]}")
        << QStringList{QStringLiteral("Gamma")} << QList<int>{2};
    QTest::newRow("one item per line") << QStringLiteral("{\"id\": \"a\", \"type\": \"book\", \"title\": \"Alpha\"}\n"
                                                         "{\"id\": \"b\", \"type\": \"book\", \"title\": \"Beta\"}\n")
                                       << QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}
                                       << QList<int>{1, 2};
    QTest::newRow("minified array") << QStringLiteral(
        "[{\"id\":\"a\",\"title\":\"Alpha\"},{\"id\":\"b\",\"title\":\"Beta\"}]")
                                    << QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")} << QList<int>{1, 1};
    QTest::newRow("empty array") << QStringLiteral("[]") << QStringList() << QList<int>();
    QTest::newRow("empty file") << QString() << QStringList() << QList<int>();
}

void TestCslJson::shapes()
{
    QFETCH(QString, input);
    QFETCH(QStringList, titles);
    QFETCH(QList<int>, lines);
    const ParseResult result = kParser.parse(input);
    QCOMPARE(messageSummary(result), QStringList());
    QCOMPARE(::titles(result), titles);
    QList<int> recordLines;
    for (const RawRecord &record : result.records)
        recordLines.append(record.line);
    QCOMPARE(recordLines, lines);
    const QString violation = invariantViolation(input, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestCslJson::brokenInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("messages"); // E or W, then the line

    const QString alpha = QStringLiteral("Alpha");
    const QString beta = QStringLiteral("Beta");
    const QString gamma = QStringLiteral("Gamma");
    // Items A, B, C start on lines 2, 8, 14 of array({A, B, C}); a broken B is replaced by 5 lines.
    QTest::newRow("unterminated array") << QStringLiteral("[\n") + kItemA + QStringLiteral(",\n") + kItemB
                                               + QStringLiteral("\n")
                                        << QStringList{alpha, beta} << QStringList{QStringLiteral("W14")};
    QTest::newRow("file ends inside an item")
        << QStringLiteral("[\n") + kItemA + QStringLiteral(",\n") + kItemB.first(40) << QStringList{alpha}
        << QStringList{QStringLiteral("E10")};
    QTest::newRow("missing comma inside an item")
        << array({kItemA, QStringLiteral("  {\n    \"id\": \"b\"\n    \"title\": \"Beta\"\n  }"), kItemC})
        << QStringList{alpha, gamma} << QStringList{QStringLiteral("E10")};
    QTest::newRow("missing quote inside an item")
        << array({kItemA, QStringLiteral("  {\n    \"id\": \"b\",\n    \"title\": \"Beta,\n  }"), kItemC})
        << QStringList{alpha, gamma} << QStringList{QStringLiteral("E10")};
    QTest::newRow("unbalanced bracket inside an item")
        << array(
               {kItemA, QStringLiteral("  {\n    \"id\": \"b\",\n    \"author\": [{\"family\": \"X\"},\n  }"), kItemC})
        << QStringList{alpha, gamma} << QStringList{QStringLiteral("E11")};
    QTest::newRow("unclosed items between good ones")
        << array({kItemA, QStringLiteral("  {\n    \"id\": \"b\",\n    \"title\": [\"Beta\""),
                  QStringLiteral("  {\n    \"id\": \"b2\",\n    \"title\": {\"Beta\": 2"), kItemC})
        << QStringList{alpha, gamma} << QStringList{QStringLiteral("E10"), QStringLiteral("E13")};
    QTest::newRow("an element that is not an object") << array({kItemA, QStringLiteral("  42"), kItemC})
                                                      << QStringList{alpha, gamma} << QStringList{QStringLiteral("E8")};
    QTest::newRow("an item without title or abstract")
        << array({kItemA, QStringLiteral("  {\"id\": \"b\", \"type\": \"book\"}"), kItemC}) << QStringList{alpha, gamma}
        << QStringList{QStringLiteral("E8")};
    QTest::newRow("text after the array") << array({kItemA}) + QStringLiteral("trailing words\n") << QStringList{alpha}
                                          << QStringList{QStringLiteral("W9")};
    QTest::newRow("not JSON at all") << QStringLiteral("\n\nTitle: a paper\nAbstract: words\n") << QStringList()
                                     << QStringList{QStringLiteral("E3")};
}

void TestCslJson::brokenInput()
{
    QFETCH(QString, input);
    QFETCH(QStringList, titles);
    QFETCH(QStringList, messages);
    const ParseResult result = kParser.parse(input);
    QCOMPARE(::titles(result), titles);
    QCOMPARE(messageSummary(result), messages);
    const QString violation = invariantViolation(input, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestCslJson::hugeFieldIsCut()
{
    const QString abstract(kMaxFieldLength + 10, u'a');
    const QString input = QStringLiteral("[\n  {\n    \"id\": \"x\",\n    \"title\": \"Huge\",\n    \"abstract\": \"")
                          + abstract + QStringLiteral("\"\n  }\n]\n");
    const ParseResult result = kParser.parse(input);
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records[0].paper.abstract.size(), kMaxFieldLength);
    QCOMPARE(messageSummary(result), QStringList{QStringLiteral("W5")});
    QCOMPARE(result.messages[0].text,
             QStringLiteral("line 5: the \"abstract\" field is longer than %1 characters; cut").arg(kMaxFieldLength));
}

void TestCslJson::markupIsRemoved()
{
    QCOMPARE(
        CslJsonParser::withoutMarkup(QStringLiteral("Pruning <i>in situ</i> of <span class=\"nocase\">BERT</span>")),
        QStringLiteral("Pruning in situ of BERT"));
    QCOMPARE(CslJsonParser::withoutMarkup(QStringLiteral("H<sub>2</sub>O and x<sup>2</sup>, <b>bold</b>")),
             QStringLiteral("H2O and x2, bold"));
    QCOMPARE(CslJsonParser::withoutMarkup(
                 QStringLiteral("<span style=\"font-variant:small-caps;\">Caps</span> when a < b and c > d")),
             QStringLiteral("Caps when a < b and c > d"));
}

void TestCslJson::hostileInput_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("whitespace only") << QStringLiteral(" \t\n\n   \n");
    quint32 state = 7;
    const QByteArray garbage = test::randomBytes(256 * 1024, state);
    QTest::newRow("binary garbage") << decodeFileText(garbage).text;
    QTest::newRow("garbage after '['") << QStringLiteral("[") + decodeFileText(garbage).text;
    QTest::newRow("a million '['") << QString(1000 * 1000, u'[');
    QTest::newRow("a million '{'") << QString(1000 * 1000, u'{');
    QTest::newRow("a million '[{'") << QStringLiteral("[{").repeated(500 * 1000);
    QTest::newRow("a million quotes") << QString(1000 * 1000, u'"');
    QTest::newRow("a million commas") << QStringLiteral("[") + QString(1000 * 1000, u',');
    QTest::newRow("10 MB unterminated string") << QStringLiteral("[{\"title\": \"") + QString(10 * 1024 * 1024, u'x');
    QTest::newRow("stray closers") << QStringLiteral("{}}]]}{\n]\n}[\n");
    QTest::newRow("escapes at the end") << QStringLiteral("[{\"title\": \"\\");
    QTest::newRow("50 MB field") << QStringLiteral("[{\"id\": \"x\", \"title\": \"") + QString(50 * 1024 * 1024, u'y')
                                        + QStringLiteral("\"}]");
    QTest::newRow("500 unclosed items in 50 MB")
        << QStringLiteral("[\n")
               + QString(QStringLiteral("  {\n") + QString(100 * 1000, u'x') + QStringLiteral("\n")).repeated(500);
    QTest::newRow("deep but balanced") << QStringLiteral("[{\"title\": \"Deep\", \"x\": ") + QString(600, u'[')
                                              + QString(600, u']') + QStringLiteral("}, {\"title\": \"After\"}]");
    QTest::newRow("wrong value types") << QStringLiteral(
        R"([{"title": ["a"], "author": "Jane Doe", "editor": [1, null, {"family": 2}], "issued": 7,
"page": {"a": 1}, "keyword": [1, "x"], "id": 12, "type": 3, "note": false, "volume": 1e400}])");
}

void TestCslJson::hostileInput()
{
    QFETCH(QString, input);
    const QString violation = test::parseViolation(kParser, input, invariantViolation);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

// Every prefix of a real file (a download cut short) reads without breaking a promise, and never reads more
// than the whole file.
void TestCslJson::truncationsKeepInvariants()
{
    for (const QString &name : {QStringLiteral("import/zotero-csl.json"), QStringLiteral("import/pandoc-csl.json")}) {
        const QString text = readFixture(name);
        const qsizetype full = kParser.parse(text).records.size();
        for (qsizetype length = 0; length <= text.size(); length += 7) {
            const QStringView prefix = QStringView(text).first(length);
            const ParseResult result = kParser.parse(prefix);
            QVERIFY(result.records.size() <= full);
            const QString violation = invariantViolation(prefix, result);
            QVERIFY2(violation.isEmpty(), qPrintable(name + QStringLiteral(" cut at %1: ").arg(length) + violation));
        }
    }
}

void TestCslJson::shuffledFragmentsNeverBreakInvariants()
{
    const QStringList fragments = {
        QStringLiteral("["),
        QStringLiteral("]"),
        QStringLiteral("  {"),
        QStringLiteral("  }"),
        QStringLiteral("  },"),
        QStringLiteral("{"),
        QStringLiteral("\"title\": \"A paper\","),
        QStringLiteral("\"title\": \"unterminated"),
        QStringLiteral("\"author\": [{\"family\": \"Doe\", \"given\": \"J\"}],"),
        QStringLiteral("\"issued\": {\"date-parts\": [[2020, 1]]}"),
        QStringLiteral("\\"),
        QStringLiteral("\"\\\""),
        QStringLiteral(","),
        QStringLiteral("{\"items\": ["),
        QStringLiteral("null"),
        QString(),
    };
    const QString violation = test::shuffledFragmentsViolation(kParser, fragments, 20240611, 600, invariantViolation);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestCslJson::detection_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("csljson");

    QTest::newRow("Zotero CSL-JSON") << readFixture(QStringLiteral("import/zotero-csl.json")) << true;
    QTest::newRow("pandoc CSL-JSON") << readFixture(QStringLiteral("import/pandoc-csl.json")) << true;
    QTest::newRow("CSL-JSON, one object") << QString(kItemA).trimmed() << true;
    QTest::newRow("CSL-JSON, web API wrapper")
        << QStringLiteral("{\"items\": [") + kItemA + QStringLiteral("]}") << true;
    QTest::newRow("CSL-JSON lines") << QStringLiteral(
        "{\"id\": \"a\", \"type\": \"article-journal\", \"title\": \"A\"}\n"
        "{\"id\": \"b\", \"type\": \"book\", \"title\": \"B\", "
        "\"issued\": {\"date-parts\": [[2020]]}}\n")
                                    << true;
    QTest::newRow("arXiv JSON lines") << readFixture(QStringLiteral("import/arxiv-snapshot.jsonl")) << false;
    QTest::newRow("arXiv Atom") << readFixture(QStringLiteral("import/arxiv-query.atom")) << false;
    QTest::newRow("generic JSON array") << readFixture(QStringLiteral("sample.json")) << false;
    QTest::newRow("generic JSON lines") << QStringLiteral(
        "{\"title\": \"A\", \"abstract\": \"B\"}\n{\"title\": \"C\", \"abstract\": \"D\"}\n")
                                        << false;
    QTest::newRow("BibTeX") << QStringLiteral("@article{han2016,\n  title = {Deep Compression},\n  author = {Han, "
                                              "Song and Dally, William J.},\n  year = {2016}\n}\n")
                            << false;
    QTest::newRow("RIS") << QStringLiteral("TY  - JOUR\nTI  - Deep Compression\nAU  - Han, Song\nPY  - 2016\nER  - \n")
                         << false;
    QTest::newRow("MEDLINE") << QStringLiteral("PMID- 12345678\nTI  - A title.\nAB  - An abstract.\nFAU - Doe, "
                                               "Jane\nAU  - Doe J\n")
                             << false;
    QTest::newRow("CSV") << QStringLiteral("title,authors,year\n\"Deep Compression\",\"Song Han\",2016\n") << false;
    QTest::newRow("Markdown") << QStringLiteral("# Reading list\n\n## Quantization\n\n- [QLoRA](https://arxiv.org/abs/"
                                                "2305.14314)\n")
                              << false;
    QTest::newRow("title/abstract listing") << readFixture(QStringLiteral("import/pairs.txt")) << false;
    for (const auto &[name, text] : test::seedTexts())
        QTest::newRow(qPrintable(QStringLiteral("seed ") + name)) << text << false;
}

void TestCslJson::detection()
{
    QFETCH(QString, input);
    QFETCH(bool, csljson);
    QVERIFY(!input.isEmpty());
    const QString violation = test::detectionViolation(kParser.confidence(input), csljson);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestCslJson::exportShape()
{
    QCOMPARE(kExporter.id(), QStringLiteral("csljson"));
    QCOMPARE(kExporter.fileSuffix(), QStringLiteral("json"));
    QCOMPARE(kExporter.highlightingDefinition(), QStringLiteral("JSON"));
    QVERIFY(!kExporter.displayName().isEmpty());
    QCOMPARE(kExporter.begin({}) + kExporter.end(0), QStringLiteral("[]\n"));

    Paper paper;
    paper.citationKey = QStringLiteral("han2016");
    paper.title = QStringLiteral("Deep Compression");
    paper.authors = {QStringLiteral("Song Han"), QStringLiteral("others")};
    paper.year = 2016;
    paper.type = QStringLiteral("article");
    paper.pages = QStringLiteral("12–34");
    const QString text = kExporter.begin({}) + kExporter.entry(paper, 0) + kExporter.end(1);
    QCOMPARE(text, QStringLiteral(R"([
    {
        "author": [
            {
                "family": "Han",
                "given": "Song"
            }
        ],
        "id": "han2016",
        "issued": {
            "date-parts": [
                [
                    2016
                ]
            ]
        },
        "page": "12-34",
        "title": "Deep Compression",
        "type": "article-journal"
    }
]
)"));
}

void TestCslJson::exportIsValidJson_data()
{
    QTest::addColumn<QList<Paper>>("papers");

    Paper bare; // built by hand: no citation key, no type
    bare.title = QStringLiteral("Bare");
    Paper hostile;
    hostile.citationKey = QStringLiteral("key\"with\\quotes");
    hostile.title = QStringLiteral("Control \x01\x02 characters, \"quotes\", \\ and \u2028 separators");
    hostile.abstract = QStringLiteral("Line one\nline two\ttabbed </script> \U0001F600");
    hostile.authors = {QStringLiteral("Ludwig van Beethoven"), QStringLiteral("The ATLAS Collaboration"),
                       QStringLiteral("Plato"), QString()};
    hostile.date = QStringLiteral("not a date");
    hostile.tags = {QStringLiteral("a/b"), QStringLiteral("c")};
    Paper literalDate;
    literalDate.title = QStringLiteral("No year");
    literalDate.date = QStringLiteral("Spring term");
    QTest::newRow("none") << QList<Paper>();
    QTest::newRow("one bare paper") << QList<Paper>{bare};
    QTest::newRow("hostile text") << QList<Paper>{hostile, bare, literalDate};
}

void TestCslJson::exportIsValidJson()
{
    QFETCH(QList<Paper>, papers);
    QString text = kExporter.begin({});
    for (qsizetype i = 0; i < papers.size(); ++i)
        text += kExporter.entry(papers[i], i);
    text += kExporter.end(papers.size());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    QCOMPARE(error.errorString(), QJsonParseError().errorString());
    QVERIFY(document.isArray());
    const QJsonArray items = document.array();
    QCOMPARE(items.size(), papers.size());
    QStringList ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items[i].toObject();
        QVERIFY(!item.value(QLatin1String("id")).toString().isEmpty());
        QVERIFY(!ids.contains(item.value(QLatin1String("id")).toString()));
        ids.append(item.value(QLatin1String("id")).toString());
        QCOMPARE(item.value(QLatin1String("title")).toString(), papers[i].title);
    }
    // And the parser reads it back, every paper.
    const ParseResult result = kParser.parse(text);
    QCOMPARE(result.records.size(), papers.size());
    QVERIFY(papers.isEmpty() || kParser.confidence(text) >= 80);
}

// Zotero writes a Preprint as type "article" with the repository as publisher and "arXiv:ID" as its number; a
// journal article keeps the identifier on a note line.
void TestCslJson::exportWritesPreprintsAsZoteroDoes()
{
    Paper preprint;
    preprint.citationKey = QStringLiteral("wan2023");
    preprint.title = QStringLiteral("Efficient Large Language Models: A Survey");
    preprint.arxivId = QStringLiteral("2312.03863");
    preprint.type = QStringLiteral("misc");
    preprint.date = QStringLiteral("Dec 6, 2023");
    preprint.year = 2023;
    Paper published = preprint;
    published.type = QStringLiteral("article");
    published.comment = QStringLiteral("Extended version");
    Paper organisation = preprint;
    organisation.authors = {QStringLiteral("Google DeepMind"), QStringLiteral("Jane Doe")};

    const QJsonObject a = QJsonDocument::fromJson(kExporter.entry(preprint, 0).toUtf8()).object();
    QCOMPARE(a.value(QLatin1String("type")).toString(), QStringLiteral("article"));
    QCOMPARE(a.value(QLatin1String("number")).toString(), QStringLiteral("arXiv:2312.03863"));
    QCOMPARE(a.value(QLatin1String("publisher")).toString(), QStringLiteral("arXiv"));
    QCOMPARE(a.value(QLatin1String("issued")).toObject().value(QLatin1String("date-parts")).toArray(),
             (QJsonArray{QJsonArray{2023, 12, 6}}));
    const QJsonObject b = QJsonDocument::fromJson(kExporter.entry(published, 0).toUtf8()).object();
    QCOMPARE(b.value(QLatin1String("type")).toString(), QStringLiteral("article-journal"));
    QVERIFY(!b.contains(QLatin1String("number")));
    QCOMPARE(b.value(QLatin1String("note")).toString(), QStringLiteral("Extended version\narXiv:2312.03863"));
    const QJsonArray authors = QJsonDocument::fromJson(kExporter.entry(organisation, 0).toUtf8())
                                   .object()
                                   .value(QLatin1String("author"))
                                   .toArray();
    QCOMPARE(authors.at(0).toObject(), (QJsonObject{{QStringLiteral("literal"), QStringLiteral("Google DeepMind")}}));
    QCOMPARE(authors.at(1).toObject(), (QJsonObject{{QStringLiteral("family"), QStringLiteral("Doe")},
                                                    {QStringLiteral("given"), QStringLiteral("Jane")}}));
}

// Papers with every field CSL-JSON carries survive export and import unchanged (after normalization, which both
// sides go through in an import).
void TestCslJson::roundTrip()
{
    QList<Paper> papers;
    Paper article;
    article.citationKey = QStringLiteral("müller2023:sparse_attn");
    article.type = QStringLiteral("article");
    article.title = QStringLiteral("Sparse Attention & 4-bit Weights: 50% of $\\mathcal{O}(n^2)$ at #1 "
                                   "{cost}_~^ \\emph{\"quoted\"} — 日本語 \U0001F600");
    article.abstract = QStringLiteral("First line with & % $ # _ { } ~ ^ \\.\nSecond line, \"quoted\", 'single'; "
                                      "a, b; c.");
    article.authors = {QStringLiteral("Jürgen Müller"),   QStringLiteral("Ludwig van Beethoven"),
                       QStringLiteral("Juan de la Cruz"), QStringLiteral("Martin Luther King Jr."),
                       QStringLiteral("Google DeepMind"), QStringLiteral("Plato")};
    article.editors = {QStringLiteral("Jane Smith"), QStringLiteral("The ATLAS Collaboration")};
    article.year = 2023;
    article.date = QStringLiteral("2023-12-06");
    article.venue = QStringLiteral("Journal of \"Efficient\" ML & Systems");
    article.volume = QStringLiteral("12");
    article.issue = QStringLiteral("3");
    article.pages = QStringLiteral("101–134");
    article.publisher = QStringLiteral("PMLR; Société");
    article.doi = QStringLiteral("10.1000/xyz-123_(a)");
    article.url = QStringLiteral("https://example.org/paper?id=1&x=\"2\"");
    article.arxivId = QStringLiteral("2312.03863");
    article.comment = QStringLiteral("Oral; code at https://github.com/x/y\nsecond line");
    article.tags = {QStringLiteral("Model Compression/Quantization"), QStringLiteral("LLM"),
                    QStringLiteral("C++ & \"tools\"")};
    papers.append(article);

    Paper preprint;
    preprint.citationKey = QStringLiteral("wan2023");
    preprint.type = QStringLiteral("misc");
    preprint.title = QStringLiteral("Efficient Large Language Models: A Survey");
    preprint.authors = {QStringLiteral("Zhongwei Wan")};
    preprint.year = 2023;
    preprint.date = QStringLiteral("2023-12");
    preprint.arxivId = QStringLiteral("hep-th/9901001");
    preprint.url = QStringLiteral("https://arxiv.org/abs/hep-th/9901001");
    papers.append(preprint);

    const QStringList types = {
        QStringLiteral("inproceedings"), QStringLiteral("book"),          QStringLiteral("incollection"),
        QStringLiteral("phdthesis"),     QStringLiteral("mastersthesis"), QStringLiteral("techreport"),
        QStringLiteral("online"),        QStringLiteral("unpublished"),   QStringLiteral("misc")};
    for (const QString &type : types) {
        Paper paper;
        paper.citationKey = QStringLiteral("key-") + type;
        paper.type = type;
        paper.title = QStringLiteral("A %1 titled with: colons, commas").arg(type);
        paper.authors = {QStringLiteral("Ana Kim"), QStringLiteral("Bo Li")};
        paper.editors = {QStringLiteral("Ed Itor")};
        paper.year = 2020;
        paper.venue = QStringLiteral("Venue of the ") + type;
        paper.publisher = QStringLiteral("Publisher");
        paper.volume = QStringLiteral("7");
        paper.issue = QStringLiteral("TR-7");
        paper.pages = QStringLiteral("e12");
        paper.comment = QStringLiteral("note");
        paper.tags = {QStringLiteral("t")};
        papers.append(paper);
    }

    QString text = kExporter.begin({});
    for (qsizetype i = 0; i < papers.size(); ++i)
        text += kExporter.entry(papers[i], i);
    text += kExporter.end(papers.size());
    QVERIFY(kParser.confidence(text) >= 80);
    const ParseResult result = kParser.parse(text);
    QCOMPARE(messageSummary(result), QStringList());
    QCOMPARE(result.records.size(), papers.size());
    for (qsizetype i = 0; i < papers.size(); ++i) {
        Paper expected = papers[i];
        Paper actual = result.records[i].paper;
        normalizePaper(expected);
        normalizePaper(actual);
        QCOMPARE(actual.citationKey, expected.citationKey);
        QCOMPARE(actual.type, expected.type);
        QCOMPARE(actual.title, expected.title);
        QCOMPARE(actual.abstract, expected.abstract);
        QCOMPARE(actual.authors, expected.authors);
        QCOMPARE(actual.editors, expected.editors);
        QCOMPARE(actual.year, expected.year);
        QCOMPARE(actual.date, expected.date);
        QCOMPARE(actual.venue, expected.venue);
        QCOMPARE(actual.volume, expected.volume);
        QCOMPARE(actual.issue, expected.issue);
        QCOMPARE(actual.pages, expected.pages);
        QCOMPARE(actual.publisher, expected.publisher);
        QCOMPARE(actual.doi, expected.doi);
        QCOMPARE(actual.url, expected.url);
        QCOMPARE(actual.arxivId, expected.arxivId);
        QCOMPARE(actual.comment, expected.comment);
        QCOMPARE(actual.tags, expected.tags);
    }
}

QTEST_GUILESS_MAIN(TestCslJson)
#include "tst_csljson.moc"
