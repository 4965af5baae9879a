// MEDLINE import: MedlineParser on PubMed's "Save citation → PubMed" file (.nbib), the format's details (wrapped
// values, FAU/AU pairs, MEDLINE page ranges, DOIs among other identifiers, MeSH headings), broken and hostile
// files, and detection.
#include "import/medlineparser.h"
#include "import/risparser.h"
#include "import/textdecoding.h"
#include "parsertesting.h"
#include "testsupport.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

using namespace lectern;

class TestMedline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pubmedFile();
    void parse_data();
    void parse();
    void types_data();
    void types();
    void expandedPages_data();
    void expandedPages();
    void rawRangesCoverWholeRecords();
    void hugeFieldIsCut();
    void hostileInput_data();
    void hostileInput();
    void truncationsKeepInvariants();
    void shuffledFragmentsNeverBreakInvariants();
    void detection_data();
    void detection();
};

namespace {

const MedlineParser kParser;

using test::messageTexts;
using test::readFixture;

// What MEDLINE adds to the promises of every parser; returns an empty string or what went wrong.
QString medlineRecordViolation(const RawRecord &record, QStringView raw)
{
    const Paper &p = record.paper;
    if (p.title.trimmed().isEmpty() && p.abstract.trimmed().isEmpty())
        return QStringLiteral("neither title nor abstract");
    for (const QString *value : {&p.title, &p.abstract, &p.venue}) {
        if (value->size() > kMaxFieldLength)
            return QStringLiteral("a value longer than kMaxFieldLength");
        const QString head = test::headOutsideRaw(*value, raw);
        if (!head.isEmpty())
            return QStringLiteral("\"%1\" is not in the raw text").arg(head);
    }
    return {};
}

QString invariantViolation(QStringView text, const ParseResult &result)
{
    return test::invariantViolation(text, result, medlineRecordViolation, test::RawText::MayBeEmpty);
}

} // namespace

void TestMedline::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestMedline::pubmedFile()
{
    const QString text = readFixture(QStringLiteral("import/pubmed.nbib"));
    QVERIFY2(!text.isEmpty(), "import/pubmed.nbib missing from tests/data");
    QVERIFY(kParser.confidence(text) >= 80);
    const ParseResult result = kParser.parse(text);
    QCOMPARE(messageTexts(result), QStringList{});
    const QStringList got = test::describeAllNormalized(result);
    const QStringList want{
        QStringLiteral("L2\ntype=article\ntitle=Deep learning in neural networks: an overview.\nauthors=Jurgen "
                       "Schmidhuber\nyear=2015\ndate=2015 Jan\nvenue=Neural networks : the official journal of the "
                       "International Neural Network Society\nvolume=61\npages=85–117\n"
                       "doi=10.1016/j.neunet.2014.09.003\ncomment=PMID: 25462637\ntags=MeSH/Algorithms | "
                       "MeSH/Artificial Intelligence | MeSH/Humans | MeSH/Neural Networks, Computer | MeSH/Pattern "
                       "Recognition, Automated | Deep learning | Evolutionary computation | Reinforcement learning | "
                       "Supervised learning | Unsupervised learning\nabstract=In recent years, deep artificial neural "
                       "networks ( … s between actions and effects."),
        QStringLiteral("L62\ntype=article\ntitle=Structured Pruning for Deep Convolutional Neural Networks: A Survey "
                       "of Methods and Hardware Acceleration.\nauthors=Anna-Lena Müller | Pieter van der Berg | "
                       "Ifeoma C Okonkwo\nyear=2023\ndate=2023 Oct\nvenue=IEEE transactions on neural networks and "
                       "learning systems\nvolume=34\nissue=10\npages=7126–7147\ndoi=10.1109/tnnls.2021.3112345\n"
                       "comment=PMID: 34587371\ntags=Channel pruning | hardware acceleration | model compression\n"
                       "abstract=Convolutional neural networks achieve remarkable a … edups under a common protocol."),
        QStringLiteral("L112\ntype=article\ntitle=Backpropagation applied to handwritten zip code recognition.\n"
                       "authors=Y. LeCun | B. Boser | J. S. Denker | D. Henderson | R. E. Howard | W. Hubbard | L. D. "
                       "Jackel\nyear=1989\ndate=1989 Winter\nvenue=Neural computation\nvolume=1\nissue=4\n"
                       "pages=541–551\ncomment=PMID: 2485217\ntags=MeSH/Handwriting | MeSH/Neural Networks, Computer\n"
                       "abstract=The ability of learning networks to generalize can … e architecture of the network."),
    };
    QCOMPARE(got.size(), want.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got[i].split(u'\n'), want[i].split(u'\n'));
    // Wrapped lines are joined with one space; the abstract's middle is whole.
    QVERIFY(result.records[0].paper.abstract.contains(
        QLatin1String("(including recurrent ones) have won numerous contests")));
    const QString violation = invariantViolation(text, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestMedline::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("papers");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("wrapped title and abstract")
        << QStringLiteral(
               "PMID- 1\nTI  - A title that goes on\n      and on.\nAB  - An abstract\n      in two lines.\n")
        << QStringList{QStringLiteral("L1\ntitle=A title that goes on and on.\ncomment=PMID: 1\nabstract=An abstract "
                                      "in two lines.")}
        << QStringList{};
    QTest::newRow("FAU preferred, AU without FAU kept, collective authors, editors")
        << QStringLiteral("PMID- 2\nTI  - T\nFAU - Han, Song\nAU  - Han S\nAUID- ORCID: 0000-0001\nAU  - Dally WJ\n"
                          "CN  - ATLAS Collaboration\nFAU - van Raaij, M J\nAU  - van Raaij MJ\nFED - LeCun, Yann\n"
                          "ED  - LeCun Y\nED  - Bengio Y\n")
        << QStringList{QStringLiteral("L1\ntitle=T\nauthors=Song Han | W. J. Dally | ATLAS Collaboration | M J van "
                                      "Raaij\neditors=Yann LeCun | Y. Bengio\ncomment=PMID: 2")}
        << QStringList{};
    QTest::newRow("identifiers: LID doi before AID doi, pii ignored, PMC kept with the PMID")
        << QStringLiteral("PMID- 3\nTI  - T\nLID - S0893-6080(14)00213-5 [pii]\nAID - 10.1000/From-AID [doi]\nLID - "
                          "10.1000/from-lid [doi]\nPMC - PMC38908\n\nPMID- 4\nTI  - U\nAID - e123 [pii]\nAID - "
                          "10.1000/only-aid [doi]\n")
        << QStringList{QStringLiteral("L1\ntitle=T\ndoi=10.1000/from-lid\ncomment=PMID: 3; PMCID: PMC38908"),
                       QStringLiteral("L8\ntitle=U\ndoi=10.1000/only-aid\ncomment=PMID: 4")}
        << QStringList{};
    QTest::newRow("MeSH headings: stars and qualifiers go, duplicates once; OT and KW plain")
        << QStringLiteral("PMID- 5\nTI  - T\nMH  - *Neural Networks, Computer\nMH  - Deep Learning/*trends/methods\n"
                          "MH  - Neural Networks, Computer/standards\nOT  - pruning\nKW  - quantization\nOT  - "
                          "pruning\n")
        << QStringList{QStringLiteral("L1\ntitle=T\ncomment=PMID: 5\ntags=MeSH/Neural Networks, Computer | "
                                      "MeSH/Deep Learning | pruning | quantization")}
        << QStringList{};
    QTest::newRow("journal abbreviation as a fallback; book chapter's book; publisher")
        << QStringLiteral("PMID- 6\nTI  - T\nTA  - Neural Netw\n\nPMID- 7\nTI  - Peutz-Jeghers Syndrome\nBTI - Cancer "
                          "Syndromes\nPB  - National Center for Biotechnology Information (US)\nDP  - 2009\nPT  - Book "
                          "Chapter\n\nPMID- 8\nBTI - A Whole Book\nPT  - Book\n")
        << QStringList{QStringLiteral("L1\ntitle=T\nvenue=Neural Netw\ncomment=PMID: 6"),
                       QStringLiteral("L5\ntype=incollection\ntitle=Peutz-Jeghers Syndrome\nyear=2009\ndate=2009\n"
                                      "venue=Cancer Syndromes\npublisher=National Center for Biotechnology "
                                      "Information (US)\ncomment=PMID: 7"),
                       QStringLiteral("L12\ntype=book\ntitle=A Whole Book\ncomment=PMID: 8")}
        << QStringList{};
    QTest::newRow("a PMID line starts a record even without the blank line")
        << QStringLiteral("PMID- 9\nTI  - One\nPMID- 10\nTI  - Two\n")
        << QStringList{QStringLiteral("L1\ntitle=One\ncomment=PMID: 9"),
                       QStringLiteral("L3\ntitle=Two\ncomment=PMID: 10")}
        << QStringList{};
    QTest::newRow("record without title and abstract is skipped")
        << QStringLiteral("\n\nPMID- 11\nOWN - NLM\nFAU - Han, Song\n\nPMID- 12\nAB  - Only an abstract.\n")
        << QStringList{QStringLiteral("L7\ntitle=Only an abstract.\ncomment=PMID: 12\nabstract=Only an abstract.")}
        << QStringList{QStringLiteral("E line 3: record without a title or an abstract; skipped")};
    QTest::newRow("lines before the first record and stray text are ignored")
        << QStringLiteral("Search results\n      indented junk\nPMID- 13\nTI  - T\n")
        << QStringList{QStringLiteral("L3\ntitle=T\ncomment=PMID: 13")} << QStringList{};
    QTest::newRow("byte-order mark left at a line start, CR LF already folded")
        << QStringLiteral("\ufeffPMID- 14\n\ufeffTI  - T\n")
        << QStringList{QStringLiteral("L1\ntitle=T\ncomment=PMID: 14")} << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{} << QStringList{};
}

void TestMedline::parse()
{
    QFETCH(QString, input);
    QFETCH(QStringList, papers);
    QFETCH(QStringList, messages);
    const ParseResult result = kParser.parse(input);
    QCOMPARE(test::describeAllNormalized(result), papers);
    QCOMPARE(messageTexts(result), messages);
    const QString violation = invariantViolation(input, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestMedline::types_data()
{
    QTest::addColumn<QStringList>("publicationTypes");
    QTest::addColumn<QString>("type");

    QTest::newRow("journal article") << QStringList{QStringLiteral("Journal Article")} << QStringLiteral("article");
    QTest::newRow("review, journal article second")
        << QStringList{QStringLiteral("Review"), QStringLiteral("Journal Article")} << QStringLiteral("article");
    QTest::newRow("preprint") << QStringList{QStringLiteral("Preprint")} << QStringLiteral("misc");
    QTest::newRow("editorial") << QStringList{QStringLiteral("Editorial")} << QStringLiteral("misc");
    QTest::newRow("book chapter") << QStringList{QStringLiteral("Book Chapter")} << QStringLiteral("incollection");
    QTest::newRow("book") << QStringList{QStringLiteral("Book")} << QStringLiteral("book");
    QTest::newRow("none") << QStringList{} << QString();
}

void TestMedline::types()
{
    QFETCH(QStringList, publicationTypes);
    QFETCH(QString, type);
    QString text = QStringLiteral("PMID- 1\nTI  - T\n");
    for (const QString &pt : publicationTypes)
        text += QStringLiteral("PT  - ") + pt + u'\n';
    const ParseResult result = kParser.parse(text);
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records[0].paper.type, type);
}

void TestMedline::expandedPages_data()
{
    QTest::addColumn<QString>("pages");
    QTest::addColumn<QString>("expanded");

    QTest::newRow("abbreviated end") << QStringLiteral("6913-7") << QStringLiteral("6913–6917");
    QTest::newRow("abbreviated, two digits") << QStringLiteral("541-51") << QStringLiteral("541–551");
    QTest::newRow("whole") << QStringLiteral("85-117") << QStringLiteral("85–117");
    QTest::newRow("single page") << QStringLiteral("e0123") << QStringLiteral("e0123");
    QTest::newRow("letters kept") << QStringLiteral("S12-5") << QStringLiteral("S12–5");
    QTest::newRow("several ranges") << QStringLiteral("123-5, 130-2") << QStringLiteral("123–125, 130–132");
    QTest::newRow("empty") << QString() << QString();
}

void TestMedline::expandedPages()
{
    QFETCH(QString, pages);
    QFETCH(QString, expanded);
    QCOMPARE(MedlineParser::expandedPages(pages), expanded);
}

void TestMedline::rawRangesCoverWholeRecords()
{
    const QString text = QStringLiteral("\nPMID- 1\nTI  - One\n      wrapped\n\n\nPMID- 2\nTI  - Two\n\n");
    const ParseResult result = kParser.parse(text);
    QCOMPARE(result.records.size(), 2);
    const auto raw = [&text](const RawRecord &r) { return text.sliced(r.rawStart, r.rawEnd - r.rawStart); };
    QCOMPARE(raw(result.records[0]), QStringLiteral("PMID- 1\nTI  - One\n      wrapped"));
    QCOMPARE(raw(result.records[1]), QStringLiteral("PMID- 2\nTI  - Two"));
    QCOMPARE(result.records[0].line, 2);
    QCOMPARE(result.records[1].line, 7);
}

void TestMedline::hugeFieldIsCut()
{
    QString wrapped;
    for (int i = 0; i < 3 * 1024; ++i)
        wrapped += QStringLiteral("      ") + QString(1017, u'y') + u'\n';
    const QString text = QStringLiteral("PMID- 1\nTI  - T\nAB  - ") + QString(3 * 1024 * 1024, u'x')
                         + QStringLiteral("\n\nPMID- 2\nTI  - U\nAB  - start\n") + wrapped;
    const ParseResult result = kParser.parse(text);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[0].paper.abstract.size(), kMaxFieldLength);
    QCOMPARE(result.records[1].paper.abstract.size(), kMaxFieldLength);
    QVERIFY(result.records[1].paper.abstract.startsWith(QLatin1String("start yyy")));
    QCOMPARE(messageTexts(result),
             (QStringList{QStringLiteral("W line 3: AB value longer than 1048576 characters; cut"),
                          QStringLiteral("W line 7: AB value longer than 1048576 characters; cut")}));
    const QString violation = invariantViolation(text, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestMedline::hostileInput_data()
{
    QTest::addColumn<QString>("input");

    quint32 state = 11;
    const QByteArray garbage = test::randomBytes(256 * 1024, state);
    QTest::newRow("binary garbage") << decodeFileText(garbage).text;
    QTest::newRow("only PMID lines") << QStringLiteral("PMID- \n").repeated(20000);
    QTest::newRow("only continuation lines") << QStringLiteral("      x\n").repeated(20000);
    QTest::newRow("tags without values") << QStringLiteral("PMID-\nTI  -\nAB  -\nFAU -\nAU  -\nPG  - -\nLID - [doi]\n"
                                                           "MH  - /*\nDP  -\n");
    QTest::newRow("50 MB single line") << QString(50 * 1024 * 1024, u'a');
    QTest::newRow("50 MB abstract") << QStringLiteral("PMID- 1\nAB  - ") + QString(50 * 1024 * 1024, u'b');
    QTest::newRow("huge page numbers") << QStringLiteral("PMID- 1\nTI  - T\nPG  - ") + QString(5000, u'9')
                                              + QStringLiteral("-1\n");
}

void TestMedline::hostileInput()
{
    QFETCH(QString, input);
    const QString violation = test::parseViolation(kParser, input, invariantViolation);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestMedline::truncationsKeepInvariants()
{
    const QString text = readFixture(QStringLiteral("import/pubmed.nbib"));
    QVERIFY(!text.isEmpty());
    QRandomGenerator random(20240612);
    for (int round = 0; round < 200; ++round) {
        const QString cut = text.first(random.bounded(int(text.size()) + 1));
        const ParseResult result = kParser.parse(cut);
        const QString violation = invariantViolation(cut, result);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        QVERIFY(result.records.size() <= 3);
    }
}

void TestMedline::shuffledFragmentsNeverBreakInvariants()
{
    const QStringList fragments = {
        QString(),
        QStringLiteral("PMID- 25462637"),
        QStringLiteral("PMID-"),
        QStringLiteral("TI  - Deep learning in neural networks"),
        QStringLiteral("      wrapped line"),
        QStringLiteral("AB  - An abstract."),
        QStringLiteral("FAU - Han, Song"),
        QStringLiteral("AU  - Han S"),
        QStringLiteral("CN  - ATLAS Collaboration"),
        QStringLiteral("PG  - 6913-7"),
        QStringLiteral("PG  - -"),
        QStringLiteral("LID - 10.1000/x [doi]"),
        QStringLiteral("MH  - */"),
        QStringLiteral("DP  - 2015 Jan"),
        QStringLiteral("\ufeffPMID- 1"),
        QStringLiteral("TY  - JOUR"),
        QStringLiteral("unindented junk"),
    };
    const QString violation = test::shuffledFragmentsViolation(kParser, fragments, 13, 600, invariantViolation);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestMedline::detection_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("medline");

    QTest::newRow("pubmed.nbib") << readFixture(QStringLiteral("import/pubmed.nbib")) << true;
    QTest::newRow("one short record") << QStringLiteral("PMID- 12345678\nTI  - A title.\nAB  - An abstract.\nFAU - "
                                                        "Doe, Jane\nAU  - Doe J\n")
                                      << true;
    for (const char *name : {"zotero.ris", "endnote.ris", "scopus.ris", "embase.ris", "proquest.ris", "wos.ris"})
        QTest::newRow(name) << readFixture(QStringLiteral("import/") + QLatin1String(name)) << false;
    QTest::newRow("BibTeX") << QStringLiteral("@article{han2016,\n  title = {Deep Compression},\n  author = {Han, "
                                              "Song and Dally, William J.},\n  year = {2016}\n}\n")
                            << false;
    QTest::newRow("CSL-JSON") << QStringLiteral("[{\"id\": \"han2016\", \"type\": \"article-journal\", \"title\": "
                                                "\"Deep Compression\", \"PMID\": \"12345678\"}]\n")
                              << false;
    QTest::newRow("arXiv JSON lines") << QStringLiteral(
        "{\"id\": \"1510.00149\", \"title\": \"Deep Compression\", \"abstract\": \"  Neural "
        "networks.\\n\"}\n{\"id\": \"1503.02531\", \"title\": \"Distilling\", \"abstract\": \"  A "
        "simple way.\\n\"}\n") << false;
    QTest::newRow("Atom XML") << QStringLiteral("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                                                "\n<entry><title>Deep Compression</title></entry>\n</feed>\n")
                              << false;
    QTest::newRow("CSV") << QStringLiteral("PMID,title,year\n12345678,\"Deep Compression\",2016\n") << false;
    QTest::newRow("Markdown") << QStringLiteral("# Reading list\n\n- [QLoRA](https://arxiv.org/abs/2305.14314)\n")
                              << false;
    QTest::newRow("PMID quoted deep inside prose")
        << QStringLiteral("A paragraph of prose.\n").repeated(10) + QStringLiteral("PMID- 1\nTI  - T\n") << false;
    for (const auto &[name, text] : test::seedTexts())
        QTest::newRow(qPrintable(QStringLiteral("seed ") + name)) << text << false;
}

void TestMedline::detection()
{
    QFETCH(QString, input);
    QFETCH(bool, medline);
    QVERIFY(!input.isEmpty());
    const QString violation = test::detectionViolation(kParser.confidence(input), medline);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    // RIS and MEDLINE share the look of their tags; each must leave the other's files alone.
    const RisParser ris;
    if (medline)
        QVERIFY(ris.confidence(input) <= 20);
}

QTEST_GUILESS_MAIN(TestMedline)
#include "tst_medline.moc"
