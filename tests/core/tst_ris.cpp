// RIS both ways: RisParser (the exports of Zotero, EndNote, Scopus, Web of Science, Embase and ProQuest, lenient
// reading, broken and hostile files, detection, the generated corpus) and RisExporter (its exact shape and the
// round trip through the parser).
#include "export/risexporter.h"
#include "import/normalize.h"
#include "import/risparser.h"
#include "import/textdecoding.h"
#include "parsertesting.h"
#include "testsupport.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

using namespace lectern;

class TestRis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void parse_data();
    void parse();
    void types_data();
    void types();
    void personNames_data();
    void personNames();
    void risDates_data();
    void risDates();
    void rawRangesCoverWholeRecords();
    void hugeFieldIsCut();
    void hostileInput_data();
    void hostileInput();
    void truncationsKeepInvariants();
    void shuffledFragmentsNeverBreakInvariants();
    void detection_data();
    void detection();
    void generatedCorpus();
    void exportShape();
    void exportEntry();
    void exportDates_data();
    void exportDates();
    void exportTypes_data();
    void exportTypes();
    void roundTrip();
};

namespace {

const RisParser kParser;
const RisExporter kExporter;

using test::messageTexts;
using test::readFixture;

// What RIS adds to the promises of every parser; returns an empty string or what went wrong.
QString risRecordViolation(const RawRecord &record, QStringView raw)
{
    QStringView start = raw;
    while (start.startsWith(QChar(0xFEFF)))
        start = start.sliced(1);
    if (start.size() < 4 || start[0] < u'A' || start[0] > u'Z')
        return QStringLiteral("raw text does not start at a tag");
    const Paper &p = record.paper;
    if (p.title.trimmed().isEmpty() && p.abstract.trimmed().isEmpty())
        return QStringLiteral("neither title nor abstract");
    for (const QString *value : {&p.title, &p.abstract, &p.venue, &p.comment}) {
        if (value->size() > kMaxFieldLength)
            return QStringLiteral("a value longer than kMaxFieldLength");
    }
    for (const QString *value : {&p.title, &p.abstract, &p.venue}) {
        const QString head = test::headOutsideRaw(*value, raw);
        if (!head.isEmpty())
            return QStringLiteral("\"%1\" is not in the raw text").arg(head);
    }
    return {};
}

QString invariantViolation(QStringView text, const ParseResult &result)
{
    return test::invariantViolation(text, result, risRecordViolation, test::RawText::MayBeEmpty);
}

// A paper with every field RIS carries.
Paper fullPaper()
{
    Paper p;
    p.type = QStringLiteral("article");
    p.title = QStringLiteral("Ünïcödé & LaTeX: 50% of $x_1$ {braces} ~ ^ \\ #hash \"quotes\"");
    p.abstract = QStringLiteral("First line.\nSecond line with ER  - inside and TY  - JOUR too.\n\nA new paragraph; "
                                "tabs\there, \u00e9t\u00e9 and \u6f22\u5b57.");
    p.authors = {QStringLiteral("Ludwig van Beethoven"),   QStringLiteral("Song Han"),
                 QStringLiteral("Martin Luther King Jr."), QStringLiteral("Google DeepMind"),
                 QStringLiteral("Jürgen Schmidhuber"),     QStringLiteral("O'Brien")};
    p.editors = {QStringLiteral("Yann LeCun"), QStringLiteral("Anna-Lena Müller")};
    p.year = 2023;
    p.date = QStringLiteral("2023-05-02");
    p.venue = QStringLiteral("Journal of Things, Stuff & Other; Vol. \"X\"");
    p.arxivId = QStringLiteral("2312.03863");
    p.doi = QStringLiteral("10.1000/xyz-123_(4)");
    p.url = QStringLiteral("https://example.org/paper?id=1&lang=en");
    p.comment = QStringLiteral("Accepted at ICLR 2024; 15 pages, 3 figures");
    p.volume = QStringLiteral("12");
    p.issue = QStringLiteral("3");
    p.pages = QStringLiteral("123–145");
    p.publisher = QStringLiteral("Curran Associates, Inc.");
    p.citationKey = QStringLiteral("beethoven2023unicode");
    p.tags = {QStringLiteral("Model Compression/Quantization/Post-Training Quantization"),
              QStringLiteral("efficient inference"), QStringLiteral("C++ & Qt")};
    return p;
}

QString exportAll(const QList<Paper> &papers)
{
    QString text = kExporter.begin(ExportContext{QStringLiteral("Test")});
    for (qsizetype i = 0; i < papers.size(); ++i)
        text += kExporter.entry(papers[i], i);
    return text + kExporter.end(papers.size());
}

// The carried fields, compared one by one so that a mismatch names the field.
void compareCarried(const Paper &got, const Paper &want)
{
    QCOMPARE(got.type, want.type);
    QCOMPARE(got.title, want.title);
    QCOMPARE(got.abstract, want.abstract);
    QCOMPARE(got.authors, want.authors);
    QCOMPARE(got.editors, want.editors);
    QCOMPARE(got.year, want.year);
    QCOMPARE(got.date, want.date);
    QCOMPARE(got.venue, want.venue);
    QCOMPARE(got.arxivId, want.arxivId);
    QCOMPARE(got.doi, want.doi);
    QCOMPARE(got.url, want.url);
    QCOMPARE(got.comment, want.comment);
    QCOMPARE(got.volume, want.volume);
    QCOMPARE(got.issue, want.issue);
    QCOMPARE(got.pages, want.pages);
    QCOMPARE(got.publisher, want.publisher);
    QCOMPARE(got.citationKey, want.citationKey);
    QCOMPARE(got.tags, want.tags);
}

} // namespace

void TestRis::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestRis::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("papers");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("Zotero")
        << QStringLiteral("import/zotero.ris")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=Efficient Processing of Deep Neural "
                                      "Networks: A Tutorial and Survey\nauthors=Vivienne Sze | Yu-Hsin "
                                      "Chen | Tien-Ju Yang | Joel S. Emer\nyear=2017\ndate=2017-12\n"
                                      "venue=Proceedings of the IEEE\nvolume=105\nissue=12\n"
                                      "pages=2295–2329\ndoi=10.1109/jproc.2017.2761740\n"
                                      "url=https://ieeexplore.ieee.org/document/8114708\ncomment=Tutorial "
                                      "paper; see also the companion book (Morgan & Claypool, 2020).\n"
                                      "tags=Artificial intelligence | Hardware | Neural networks | "
                                      "dataflow processing\nabstract=Deep neural networks are now used in many "
                                      "artifici … racy or raising hardware cost."),
                       QStringLiteral("L30\ntype=inproceedings\ntitle=QLoRA: Efficient Finetuning of Quantized "
                                      "LLMs\nauthors=Tim Dettmers | Artidoro Pagnoni | Ari Holtzman | Luke "
                                      "Zettlemoyer\neditors=A. Oh | T. Naumann | A. Globerson | K. Saenko | M. Hardt "
                                      "| S. Levine\nyear=2023\ndate=2023\nvenue=Advances in Neural Information "
                                      "Processing Systems\nvolume=36\npages=10088–10115\npublisher=Curran "
                                      "Associates, Inc.\nurl=https://proceedings.neurips.cc/paper_files/paper/2023/"
                                      "hash/1feb87871436031bdc0f2beaa62a049b-Abstract-Conference.html\n"
                                      "abstract=We present QLoRA, an efficient finetuning approach …  model into Low "
                                      "Rank Adapters."),
                       QStringLiteral("L57\ntype=article\ntitle=Distilling the Knowledge in a Neural "
                                      "Network\nauthors=Geoffrey Hinton | Oriol Vinyals | Jeff "
                                      "Dean\nyear=2015\ndate=2015-03-09\nvenue=arXiv:1503.02531 [cs, "
                                      "stat]\narxiv=1503.02531\nurl=http://arxiv.org/abs/1503.02531\n"
                                      "comment=Comment: NIPS 2014 Deep Learning Workshop\ntags=Computer "
                                      "Science - Machine Learning | Computer Science - Neural and "
                                      "Evolutionary Computing | Statistics - Machine Learning\n"
                                      "abstract=A simple way to improve almost any machine learnin … that is much "
                                      "easier to deploy.")}
        << QStringList{};

    QTest::newRow("EndNote (byte-order mark, CR LF)")
        << QStringLiteral("import/endnote.ris")
        << QStringList{QStringLiteral(
                           "L1\ntype=inproceedings\ntitle=Quantization and Training of Neural Networks for "
                           "Efficient Integer-Arithmetic-Only Inference\nauthors=Benoit Jacob | Skirmantas Kligys | "
                           "Bo Chen | Menglong Zhu | Matthew Tang | Andrew Howard | Hartwig Adam | Dmitry "
                           "Kalenichenko\nyear=2018\ndate=18-23 June 2018\nvenue=2018 IEEE/CVF Conference on "
                           "Computer Vision and Pattern Recognition\npages=2704–2713\ndoi=10.1109/cvpr.2018.00286\n"
                           "comment=Accepted as a spotlight presentation\ntags=Quantization (signal) | Neural "
                           "networks | Hardware\nabstract=The rising popularity of intelligent mobile device … ailable "
                           "integer-only hardware."),
                       QStringLiteral(
                           "L27\ntype=incollection\ntitle=A Survey of Quantization Methods for Efficient Neural "
                           "Network Inference\nauthors=Amir Gholami | Sehoon Kim | Zhen Dong | Zhewei Yao | Michael "
                           "W. Mahoney | Kurt Keutzer\neditors=George K. Thiruvathukal | Yung-Hsiang Lu | Jaeyoun "
                           "Kim | Yiran Chen | Bo Chen\nyear=2022\nvenue=Low-Power Computer Vision: Improve the "
                           "Efficiency of Artificial Intelligence\npages=291–326\npublisher=Chapman and Hall/CRC\n"
                           "doi=10.1201/9781003162810-13\nabstract=This chapter provides a survey of approaches to qu "
                           "… advantages of current methods."),
                       QStringLiteral("L54\ntype=phdthesis\ntitle=Efficient Methods and Hardware for Deep Learning\n"
                                      "authors=Song Han\nyear=2017\npublisher=Stanford University\n"
                                      "url=https://purl.stanford.edu/qf934gh3708\nabstract=Deep neural networks have "
                                      "evolved to be the state- … ator for the compressed model.")}
        << QStringList{};

    QTest::newRow("Scopus")
        << QStringLiteral("import/scopus.ris")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=Pruning and quantization for deep neural network "
                                      "acceleration: A survey\nauthors=T. Liang | J. Glossner | L. Wang | S. Shi | "
                                      "X. Zhang\nyear=2021\nvenue=Neurocomputing\nvolume=461\npages=370–403\n"
                                      "publisher=Elsevier B.V.\ndoi=10.1016/j.neucom.2021.07.045\n"
                                      "url=https://www.scopus.com/inward/record.uri?eid=2-s2.0-85111298433&doi=10."
                                      "1016%2fj.neucom.2021.07.045&partnerID=40&md5=7b3c1a9e0d2f4c6b8a5e3d1f0c9b7a62\n"
                                      "comment=Cited By: 512; Export Date: 12 March 2024; CODEN: NRCGE\n"
                                      "tags=Convolutional neural network | Neural network acceleration | Neural "
                                      "network pruning | Neural network quantization\nabstract=Deep neural networks "
                                      "have been applied in many app …  methods. © 2021 Elsevier B.V."),
                       QStringLiteral("L30\ntype=inproceedings\ntitle=Data-free quantization through weight "
                                      "equalization and bias correction\nauthors=M. Nagel | M. van Baalen | T. "
                                      "Blankevoort | M. Welling\nyear=2019\nvenue=Proceedings of the IEEE "
                                      "International Conference on Computer Vision\nvolume=2019-October\n"
                                      "pages=1325–1334\npublisher=Institute of Electrical and Electronics Engineers "
                                      "Inc.\ndoi=10.1109/iccv.2019.00141\nurl=https://www.scopus.com/inward/"
                                      "record.uri?eid=2-s2.0-85081899364&doi=10.1109%2fICCV.2019.00141&partnerID=40&"
                                      "md5=0e6d8f2b4a1c3e5d7f9b0a2c4e6f8d1a\ncomment=Conference code: 158235; Cited "
                                      "By: 401; Export Date: 12 March 2024\ntags=Computer vision | Quantization "
                                      "(signal)\nabstract=We introduce a data-free quantization method for d … ctures "
                                      "and tasks. © 2019 IEEE."),
                       QStringLiteral("L56\ntype=article\ntitle=Sparsity in deep learning: Pruning and growth for "
                                      "efficient inference and training in neural networks\nauthors=T. Hoefler | D. "
                                      "Alistarh | T. Ben-Nun | N. Dryden | A. Peste\nyear=2021\nvenue=Journal of "
                                      "Machine Learning Research\nvolume=22\npages=1–124\npublisher=Microtome "
                                      "Publishing\nurl=https://www.scopus.com/inward/record.uri?eid=2-s2.0-"
                                      "85122003152&partnerID=40&md5=3a5c7e9b1d0f2a4c6e8b0d2f4a6c8e0b\n"
                                      "comment=Cited By: 320; Export Date: 12 March 2024\ntags=Sparsity | Pruning\n"
                                      "abstract=The growing energy and performance costs of deep l … li Dryden and "
                                      "Alexandra Peste.")}
        << QStringList{};

    QTest::newRow("Embase")
        << QStringLiteral("import/embase.ris")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=Deep learning in neural networks: An overview\n"
                                      "authors=J. Schmidhuber\nyear=2015\nvenue=Neural Networks\nvolume=61\n"
                                      "pages=85–117\npublisher=Elsevier Ltd\ndoi=10.1016/j.neunet.2014.09.003\n"
                                      "url=https://www.embase.com/search/results?subaction=viewrecord&id=L600467389&"
                                      "from=export\ntags=artificial neural network | machine learning | deep "
                                      "learning | pattern recognition | review\nabstract=In recent years, deep "
                                      "artificial neural networks h … their credit assignment paths."),
                       QStringLiteral("L33\ntype=article\ntitle=Dermatologist-level classification of skin cancer "
                                      "with deep neural networks\nauthors=A. Esteva | B. Kuprel | R. A. Novoa | J. "
                                      "Ko | S. M. Swetter | H. M. Blau | S. Thrun\nyear=2017\nvenue=Nature\n"
                                      "volume=542\nissue=7639\npages=115–118\npublisher=Nature Publishing Group\n"
                                      "doi=10.1038/nature21056\nurl=https://www.embase.com/search/results?"
                                      "subaction=viewrecord&id=L614193548&from=export\ntags=skin cancer | "
                                      "convolutional neural network | diagnostic accuracy\nabstract=Skin cancer is "
                                      "diagnosed visually, beginning with  … oard-certified dermatologists.")}
        << QStringList{};

    QTest::newRow("ProQuest (header lines, abstracts over several lines)")
        << QStringLiteral("import/proquest.ris")
        << QStringList{QStringLiteral(
                           "L5\ntype=article\ntitle=Deep learning for AI\nauthors=Yoshua Bengio | Yann Lecun | "
                           "Geoffrey Hinton\nyear=2021\ndate=Jul 2021\nvenue=Communications of the ACM\nvolume=64\n"
                           "issue=7\npages=58–65\npublisher=Association for Computing Machinery\n"
                           "doi=10.1145/3448250\nurl=https://www.proquest.com/scholarly-journals/deep-learning-ai/"
                           "docview/2548921650/se-2?accountid=14026\ncomment=Copyright - Copyright Association for "
                           "Computing Machinery Jul 2021; Last updated - 2023-11-29\ntags=Computers--Computer "
                           "Science | Deep learning | Neural networks | Artificial intelligence\nabstract=How can "
                           "neural networks learn the rich internal re … itical component of computing."),
                       QStringLiteral(
                           "L39\ntype=mastersthesis\ntitle=Quantization-Aware Training for Always-On Keyword "
                           "Spotting on Microcontrollers\nauthors=Chidinma Okafor\nyear=2022\ndate=2022\n"
                           "publisher=University of Toronto (Canada)\nurl=https://www.proquest.com/"
                           "dissertations-theses/quantization-aware-training-always-on-keyword/docview/2681249203/"
                           "se-2?accountid=14026\ncomment=Copyright - Database copyright ProQuest LLC; ProQuest does "
                           "not claim copyright in the individual underlying works.; Last updated - 2023-06-21\n"
                           "tags=Computer engineering | Artificial intelligence | Keyword spotting | Quantization\n"
                           "abstract=Always-on keyword spotting must run within a few h … e microcontroller "
                           "deployments.")}
        << QStringList{};

    QTest::newRow("Web of Science")
        << QStringLiteral("import/wos.ris")
        << QStringList{QStringLiteral(
                           "L1\ntype=inproceedings\ntitle=Quantization and Training of Neural Networks for "
                           "Efficient Integer-Arithmetic-Only Inference\nauthors=Benoit Jacob | Skirmantas Kligys | "
                           "Bo Chen | Menglong Zhu | Matthew Tang | Andrew Howard | Hartwig Adam | Dmitry "
                           "Kalenichenko\nyear=2018\nvenue=2018 IEEE/CVF CONFERENCE ON COMPUTER VISION AND PATTERN "
                           "RECOGNITION (CVPR)\npages=2704–2713\npublisher=IEEE\ndoi=10.1109/cvpr.2018.00286\n"
                           "abstract=The rising popularity of intelligent mobile device … using integer-only "
                           "arithmetic."),
                       QStringLiteral(
                           "L28\ntype=article\ntitle=Pruning by explaining: A novel criterion for deep neural "
                           "network pruning\nauthors=Seul-Ki Yeom | Philipp Seegerer | Sebastian Lapuschkin | "
                           "Alexander Binder | Simon Wiedemann | Klaus-Robert Müller | Wojciech Samek\nyear=2021\n"
                           "date=JUL 2021\nvenue=PATTERN RECOGNITION\nvolume=115\ndoi=10.1016/j.patcog.2021.107899\n"
                           "tags=Pruning | Layer-wise relevance propagation (LRP) | Convolutional neural network "
                           "(CNN) | Interpretation of models | Explainable AI (XAI)\nabstract=The success of "
                           "convolutional neural networks in va …  from explainable AI concepts.")}
        << QStringList{};
}

void TestRis::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, papers);
    QFETCH(QStringList, messages);
    const QString text = readFixture(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file + QStringLiteral(" missing from tests/data")));
    QVERIFY2(kParser.confidence(text) >= 80, qPrintable(QString::number(kParser.confidence(text))));
    const ParseResult result = kParser.parse(text);
    const QStringList got = test::describeAllNormalized(result);
    QCOMPARE(got.size(), papers.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got[i].split(u'\n'), papers[i].split(u'\n'));
    QCOMPARE(messageTexts(result), messages);
    const QString violation = invariantViolation(text, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestRis::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("papers");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("one space before the dash, trailing spaces")
        << QStringLiteral("TY - JOUR  \nTI - Sparse Attention   \nAU - Han, Song\nPY - 2019 \nER -\n")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=Sparse Attention\nauthors=Song Han\nyear=2019")}
        << QStringList{};
    QTest::newRow("prose starting like a tag continues the abstract")
        << QStringLiteral("TY  - JOUR\nTI  - T\nAB  - First part\nUK - based studies agree.\nER  - \n")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=T\nabstract=First part UK - based studies agree.")}
        << QStringList{};
    QTest::newRow("header lines, blank lines inside a record")
        << QStringLiteral("Provider: Example\nContent: text/plain\n\nTY  - JOUR\n\nTI  - A Title\n\n\nAB  - An "
                          "abstract.\n\nER  - \n")
        << QStringList{QStringLiteral("L4\ntype=article\ntitle=A Title\nabstract=An abstract.")} << QStringList{};
    QTest::newRow("missing ER: the next TY starts a record, the file's end ends the last")
        << QStringLiteral("TY  - JOUR\nTI  - One\nTY  - BOOK\nTI  - Two\nER  - \nTY  - RPRT\nTI  - Three\n")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=One"), QStringLiteral("L3\ntype=book\ntitle=Two"),
                       QStringLiteral("L6\ntype=techreport\ntitle=Three")}
        << QStringList{QStringLiteral("W line 1: no \"ER  - \" line ends this record"),
                       QStringLiteral("W line 6: no \"ER  - \" line ends this record")};
    QTest::newRow("byte-order mark left at a line start")
        << QStringLiteral("\ufeffTY  - JOUR\nTI  - One\nER  - \n\ufeffTY  - JOUR\n\ufeffTI  - Two\nER  - \n")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=One"), QStringLiteral("L4\ntype=article\ntitle=Two")}
        << QStringList{};
    QTest::newRow("values continued on lines without a tag")
        << QStringLiteral("TY  - JOUR\nT1  - A title that is\n  wrapped\nAB  - Paragraph one\ncontinues.\n\n"
                          "Paragraph two.\nKW  - one\ntwo; three\nER  - \n")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=A title that is wrapped\ntags=one | two | three\n"
                                      "abstract=Paragraph one continues. Paragraph two.")}
        << QStringList{};
    QTest::newRow("record without title and abstract is skipped")
        << QStringLiteral("TY  - JOUR\nAU  - Han, Song\nER  - \nTY  - JOUR\nTI  - Kept\nER  - \nTY  - JOUR\n")
        << QStringList{QStringLiteral("L4\ntype=article\ntitle=Kept")}
        << QStringList{QStringLiteral("E line 1: record without a title or an abstract; skipped"),
                       QStringLiteral("W line 7: no \"ER  - \" line ends this record"),
                       QStringLiteral("E line 7: record without a title or an abstract; skipped")};
    QTest::newRow("tags before any TY start a record")
        << QStringLiteral("TI  - No Type\nER  - \nER  - \njunk between records\nTY  - JOUR\nTI  - Typed\nER  - \n")
        << QStringList{QStringLiteral("L1\ntitle=No Type"), QStringLiteral("L5\ntype=article\ntitle=Typed")}
        << QStringList{QStringLiteral("W line 1: record does not start with a \"TY  - \" line")};
    QTest::newRow("repeated authors, editors, keywords; N2 when AB is missing; abbreviations only as a fallback")
        << QStringLiteral("TY  - CHAP\nTI  - T\nA1  - Han, Song\nAU  - Dally, William J.\nA2  - LeCun, Yann\n"
                          "ED  - Bengio, Yoshua\nA3  - Series, Editor\nKW  - a\nDE  - b\nKW  - a\nN2  - Abstract "
                          "from N2.\nJA  - J. Abbr.\nBT  - The Book of Chapters\nER  - \n")
        << QStringList{QStringLiteral("L1\ntype=incollection\ntitle=T\nauthors=Song Han | William J. Dally\n"
                                      "editors=Yoshua Bengio | Yann LeCun\nvenue=The Book of Chapters\ntags=a | b\n"
                                      "abstract=Abstract from N2.")}
        << QStringList{};
    QTest::newRow("book: BT is the title, A3 its editors, A2 its series editor")
        << QStringLiteral("TY  - BOOK\nBT  - A Book\nA3  - Editor, Book\nA2  - Editor, Series\nT2  - A Series\n"
                          "ER  - \n")
        << QStringList{QStringLiteral("L1\ntype=book\ntitle=A Book\neditors=Book Editor\nvenue=A Series")}
        << QStringList{};
    QTest::newRow("fullest venue name wins")
        << QStringLiteral("TY  - JOUR\nTI  - T\nJO  - J. Mach. Learn. Res.\nJF  - Journal of Machine Learning "
                          "Research\nJA  - JMLR\nER  - \n")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=T\nvenue=Journal of Machine Learning Research")}
        << QStringList{};
    QTest::newRow("dates: PY year with slashes, DA in RIS form, Y1 with the whole date")
        << QStringLiteral("TY  - JOUR\nTI  - A\nPY  - 2019///\nER  - \nTY  - JOUR\nTI  - B\nPY  - 2019\nDA  - "
                          "2019/05/02/\nER  - \nTY  - JOUR\nTI  - C\nY1  - 1990/2/27\nER  - \nTY  - JOUR\nTI  - D\n"
                          "DA  - 2021/07//Summer\nER  - \nTY  - JOUR\nTI  - E\nDA  - Spring\nER  - \n")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=A\nyear=2019"),
                       QStringLiteral("L5\ntype=article\ntitle=B\nyear=2019\ndate=2019-05-02"),
                       QStringLiteral("L10\ntype=article\ntitle=C\nyear=1990\ndate=1990-02-27"),
                       QStringLiteral("L14\ntype=article\ntitle=D\nyear=2021\ndate=2021-07"),
                       QStringLiteral("L18\ntype=article\ntitle=E\ndate=Spring")}
        << QStringList{};
    QTest::newRow("pages: SP and EP, a range in SP, EP alone")
        << QStringLiteral("TY  - JOUR\nTI  - A\nSP  - 12\nEP  - 34\nER  - \nTY  - JOUR\nTI  - B\nSP  - 12--34\nER  - "
                          "\nTY  - JOUR\nTI  - C\nEP  - e1234\nER  - \nTY  - JOUR\nTI  - D\nSP  - 7\nEP  - 7\nER  - \n")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=A\npages=12–34"),
                       QStringLiteral("L6\ntype=article\ntitle=B\npages=12–34"),
                       QStringLiteral("L10\ntype=article\ntitle=C\npages=e1234"),
                       QStringLiteral("L14\ntype=article\ntitle=D\npages=7")}
        << QStringList{};
    QTest::newRow("identifiers: DOI from UR or M3, arXiv id from UR, citation keys only when key-shaped")
        << QStringLiteral("TY  - JOUR\nTI  - A\nUR  - https://doi.org/10.1145/3448250\nID  - 12\nER  - \n"
                          "TY  - JOUR\nTI  - B\nM3  - 10.1000/ABC\nUR  - https://arxiv.org/pdf/2312.03863v2.pdf\n"
                          "ID  - zhu2023survey\nER  - \nTY  - JOUR\nTI  - C\nM3  - Conference paper\nLB  - han:2016\n"
                          "UR  - https://example.org/a https://example.org/b\nER  - \n")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=A\ndoi=10.1145/3448250\nurl=https://doi.org/10.1145/"
                                      "3448250"),
                       QStringLiteral("L6\nkey=zhu2023survey\ntype=article\ntitle=B\ndoi=10.1000/abc\n"
                                      "arxiv=2312.03863\nurl=https://arxiv.org/pdf/2312.03863v2.pdf"),
                       QStringLiteral("L12\nkey=han:2016\ntype=article\ntitle=C\nurl=https://example.org/a")}
        << QStringList{};
    QTest::newRow("Zotero's HTML note becomes plain text; a comparison in a note stays")
        << QStringLiteral("TY  - JOUR\nTI  - A\nN1  - <div><p>One &amp; two</p><p>three</p></div>\nN1  - a < b and "
                          "c > d\nER  - \n")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=A\ncomment=One & two three; a < b and c > d")}
        << QStringList{};
    QTest::newRow("et al. becomes Lectern's others")
        << QStringLiteral("TY  - JOUR\nTI  - A\nAU  - Han, Song\nAU  - et al.\nER  - \n")
        << QStringList{QStringLiteral("L1\ntype=article\ntitle=A\nauthors=Song Han | others")} << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{} << QStringList{};
    QTest::newRow("only a header") << QStringLiteral("Provider: Example\nDatabase: None\n") << QStringList{}
                                   << QStringList{};
}

void TestRis::parse()
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

void TestRis::types_data()
{
    QTest::addColumn<QString>("ty");
    QTest::addColumn<QString>("m3");
    QTest::addColumn<QString>("type");

    QTest::newRow("JOUR") << QStringLiteral("JOUR") << QString() << QStringLiteral("article");
    QTest::newRow("JFULL") << QStringLiteral("JFULL") << QString() << QStringLiteral("article");
    QTest::newRow("MGZN") << QStringLiteral("MGZN") << QString() << QStringLiteral("article");
    QTest::newRow("CONF") << QStringLiteral("CONF") << QString() << QStringLiteral("inproceedings");
    QTest::newRow("CPAPER") << QStringLiteral("CPAPER") << QString() << QStringLiteral("inproceedings");
    QTest::newRow("BOOK") << QStringLiteral("BOOK") << QString() << QStringLiteral("book");
    QTest::newRow("CHAP") << QStringLiteral("CHAP") << QString() << QStringLiteral("incollection");
    QTest::newRow("THES") << QStringLiteral("THES") << QString() << QStringLiteral("phdthesis");
    QTest::newRow("THES, Ph.D.") << QStringLiteral("THES") << QStringLiteral("Ph.D. Thesis")
                                 << QStringLiteral("phdthesis");
    QTest::newRow("THES, Master's thesis")
        << QStringLiteral("THES") << QStringLiteral("Master's thesis") << QStringLiteral("mastersthesis");
    QTest::newRow("THES, M.S.") << QStringLiteral("THES") << QStringLiteral("M.S.") << QStringLiteral("mastersthesis");
    QTest::newRow("RPRT") << QStringLiteral("RPRT") << QString() << QStringLiteral("techreport");
    QTest::newRow("ELEC") << QStringLiteral("ELEC") << QString() << QStringLiteral("online");
    QTest::newRow("WEB") << QStringLiteral("WEB") << QString() << QStringLiteral("online");
    QTest::newRow("UNPB") << QStringLiteral("UNPB") << QString() << QStringLiteral("unpublished");
    QTest::newRow("GEN") << QStringLiteral("GEN") << QString() << QStringLiteral("misc");
    QTest::newRow("PAT") << QStringLiteral("PAT") << QString() << QStringLiteral("misc");
    QTest::newRow("lower case") << QStringLiteral("jour") << QString() << QStringLiteral("article");
    QTest::newRow("no type") << QString() << QString() << QString();
}

void TestRis::types()
{
    QFETCH(QString, ty);
    QFETCH(QString, m3);
    QFETCH(QString, type);
    QString text = QStringLiteral("TY  - ") + ty + QStringLiteral("\nTI  - A title\n");
    if (!m3.isEmpty())
        text += QStringLiteral("M3  - ") + m3 + u'\n';
    text += QStringLiteral("ER  - \n");
    const ParseResult result = kParser.parse(text);
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records[0].paper.type, type);
}

void TestRis::personNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("initialsForm");
    QTest::addColumn<QString>("display");

    QTest::newRow("Family, Given") << QStringLiteral("Han, Song") << false << QStringLiteral("Song Han");
    QTest::newRow("initials with dots") << QStringLiteral("Dally, W.J.") << false << QStringLiteral("W.J. Dally");
    QTest::newRow("particle") << QStringLiteral("van Beethoven, Ludwig") << false
                              << QStringLiteral("Ludwig van Beethoven");
    QTest::newRow("RIS suffix order") << QStringLiteral("King, Martin Luther, Jr.") << false
                                      << QStringLiteral("Martin Luther King Jr.");
    QTest::newRow("BibTeX suffix order") << QStringLiteral("King, Jr., Martin Luther") << false
                                         << QStringLiteral("Martin Luther King Jr.");
    QTest::newRow("display order") << QStringLiteral("Song Han") << false << QStringLiteral("Song Han");
    QTest::newRow("organisation") << QStringLiteral("Google DeepMind") << false << QStringLiteral("Google DeepMind");
    QTest::newRow("organisation with a comma") << QStringLiteral("University of California, Berkeley") << false
                                               << QStringLiteral("University of California, Berkeley");
    QTest::newRow("Embase") << QStringLiteral("Dally W.J.") << false << QStringLiteral("W. J. Dally");
    QTest::newRow("Embase, particle") << QStringLiteral("van Baalen M.") << false << QStringLiteral("M. van Baalen");
    QTest::newRow("Embase, hyphenated initials") << QStringLiteral("Lee J.-H.") << false << QStringLiteral("J.-H. Lee");
    QTest::newRow("capitals without dots are a name")
        << QStringLiteral("Google AI") << false << QStringLiteral("Google AI");
    QTest::newRow("MEDLINE AU") << QStringLiteral("Dally WJ") << true << QStringLiteral("W. J. Dally");
    QTest::newRow("MEDLINE AU, particle")
        << QStringLiteral("van der Berg P") << true << QStringLiteral("P. van der Berg");
    QTest::newRow("MEDLINE AU, one word") << QStringLiteral("Plato") << true << QStringLiteral("Plato");
    QTest::newRow("spaces") << QStringLiteral("  Han ,  Song  ") << false << QStringLiteral("Song Han");
    QTest::newRow("empty") << QStringLiteral(" ") << false << QString();
}

void TestRis::personNames()
{
    QFETCH(QString, name);
    QFETCH(bool, initialsForm);
    QFETCH(QString, display);
    QCOMPARE(RisParser::personDisplayName(name, initialsForm), display);
}

void TestRis::risDates_data()
{
    QTest::addColumn<QString>("ris");
    QTest::addColumn<QString>("iso");

    QTest::newRow("year") << QStringLiteral("2019") << QStringLiteral("2019");
    QTest::newRow("year, slashes") << QStringLiteral("2019///") << QStringLiteral("2019");
    QTest::newRow("Embase year") << QStringLiteral("2015//") << QStringLiteral("2015");
    QTest::newRow("month") << QStringLiteral("2019/05//") << QStringLiteral("2019-05");
    QTest::newRow("day") << QStringLiteral("2019/05/02/") << QStringLiteral("2019-05-02");
    QTest::newRow("no trailing slash, one digit") << QStringLiteral("1990/2/27") << QStringLiteral("1990-02-27");
    QTest::newRow("other info") << QStringLiteral("2016/02/15/Spring") << QStringLiteral("2016-02-15");
    QTest::newRow("month 13") << QStringLiteral("2019/13/01/") << QString();
    QTest::newRow("words") << QStringLiteral("Mar 2020") << QString();
    QTest::newRow("ISO") << QStringLiteral("2019-05-02") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestRis::risDates()
{
    QFETCH(QString, ris);
    QFETCH(QString, iso);
    QCOMPARE(RisParser::isoDateFromRis(ris), iso);
}

void TestRis::rawRangesCoverWholeRecords()
{
    const QString text = QStringLiteral("Provider: X\n\nTY  - JOUR\nTI  - One\nAB  - Text\nmore\nER  - \n\n\nTY  - "
                                        "BOOK\nTI  - Two\n\n");
    const ParseResult result = kParser.parse(text);
    QCOMPARE(result.records.size(), 2);
    const auto raw = [&text](const RawRecord &r) { return text.sliced(r.rawStart, r.rawEnd - r.rawStart); };
    QCOMPARE(raw(result.records[0]), QStringLiteral("TY  - JOUR\nTI  - One\nAB  - Text\nmore\nER  - "));
    QCOMPARE(raw(result.records[1]), QStringLiteral("TY  - BOOK\nTI  - Two"));
    QCOMPARE(result.records[1].line, 10);
}

void TestRis::hugeFieldIsCut()
{
    // A 3 MB abstract on one line, then the same again spread over many continuation lines.
    const QString huge(3 * 1024 * 1024, u'x');
    QString continued;
    for (int i = 0; i < 3 * 1024; ++i)
        continued += QString(1023, u'y') + u'\n';
    const QString text = QStringLiteral("TY  - JOUR\nTI  - Huge\nAB  - ") + huge
                         + QStringLiteral("\nER  - \nTY  - JOUR\nTI  - Wrapped\nAB  - start\n") + continued
                         + QStringLiteral("ER  - \n");
    const ParseResult result = kParser.parse(text);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[0].paper.abstract.size(), kMaxFieldLength);
    QCOMPARE(result.records[1].paper.abstract.size(), kMaxFieldLength);
    QVERIFY(result.records[1].paper.abstract.startsWith(QLatin1String("start\nyyy")));
    QCOMPARE(messageTexts(result),
             (QStringList{QStringLiteral("W line 3: AB value longer than 1048576 characters; cut"),
                          QStringLiteral("W line 7: AB value longer than 1048576 characters; cut")}));
    const QString violation = invariantViolation(text, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestRis::hostileInput_data()
{
    QTest::addColumn<QString>("input");

    quint32 state = 7;
    const QByteArray garbage = test::randomBytes(256 * 1024, state);
    QTest::newRow("binary garbage") << decodeFileText(garbage).text;
    QTest::newRow("only tags") << QStringLiteral("TY  - \nER  - \nTY  -\nER  -\nTY  - ").repeated(1000);
    QTest::newRow("many empty records") << QStringLiteral("TY  - JOUR\nER  - \n").repeated(20000);
    QTest::newRow("a tag per line, no TY") << QStringLiteral("AU  - x\n").repeated(20000);
    QTest::newRow("control characters") << QStringLiteral("TY  - JOUR\nTI  - \u0001\u0002\u001b[31m\nAB  - "
                                                          "\ufffd\ufffd\nER  - \n");
    QTest::newRow("lone surrogates") << QStringLiteral("TY  - JOUR\nTI  - ") + QChar(0xD800) + QStringLiteral("x")
                                            + QChar(0xDC00) + QStringLiteral("\nER  - \n");
    QTest::newRow("50 MB single line") << QString(50 * 1024 * 1024, u'a');
    QTest::newRow("50 MB abstract") << QStringLiteral("TY  - JOUR\nAB  - ") + QString(50 * 1024 * 1024, u'b');
    QTest::newRow("CR only") << QStringLiteral("TY  - JOUR\rTI  - x\rER  - \r");
}

void TestRis::hostileInput()
{
    QFETCH(QString, input);
    const int confidence = kParser.confidence(input);
    QVERIFY(confidence >= 0 && confidence <= 100);
    const ParseResult result = kParser.parse(input);
    const QString violation = invariantViolation(input, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    for (const RawRecord &record : result.records)
        QVERIFY(record.paper.abstract.size() <= kMaxFieldLength);
}

void TestRis::truncationsKeepInvariants()
{
    // Every fixture cut at random places (a download broken off, a file copied in part) still parses cleanly.
    QRandomGenerator random(20240611);
    for (const char *name : {"zotero.ris", "endnote.ris", "scopus.ris", "embase.ris", "proquest.ris", "wos.ris"}) {
        const QString text = readFixture(QStringLiteral("import/") + QLatin1String(name));
        QVERIFY(!text.isEmpty());
        const int records = int(kParser.parse(text).records.size());
        for (int round = 0; round < 60; ++round) {
            const QString cut = text.first(random.bounded(int(text.size()) + 1));
            const ParseResult result = kParser.parse(cut);
            const QString violation = invariantViolation(cut, result);
            QVERIFY2(violation.isEmpty(), qPrintable(QLatin1String(name) + QStringLiteral(": ") + violation));
            QVERIFY(result.records.size() <= records);
            // A cut inside a record loses at most that record's end: the records before it are whole.
            int whole = 0;
            for (const RawRecord &record : result.records) {
                if (cut.sliced(record.rawStart, record.rawEnd - record.rawStart)
                        .trimmed()
                        .endsWith(QLatin1String("ER  -")))
                    ++whole;
            }
            QCOMPARE(whole, int(cut.count(QLatin1String("\nER  -"))));
        }
    }
}

void TestRis::shuffledFragmentsNeverBreakInvariants()
{
    const QStringList fragments = {
        QString(),
        QStringLiteral("TY  - JOUR"),
        QStringLiteral("TY - BOOK"),
        QStringLiteral("ER  - "),
        QStringLiteral("ER  -"),
        QStringLiteral("TI  - Sparse Attention"),
        QStringLiteral("T1  - "),
        QStringLiteral("AB  - We propose a sparse attention method."),
        QStringLiteral("continued abstract line"),
        QStringLiteral("AU  - Han, Song"),
        QStringLiteral("AU  - , ,"),
        QStringLiteral("A1  - Dally W.J."),
        QStringLiteral("PY  - 2019///"),
        QStringLiteral("DA  - /13//"),
        QStringLiteral("SP  - -"),
        QStringLiteral("EP  - 12"),
        QStringLiteral("UR  - https://arxiv.org/abs/"),
        QStringLiteral("DO  - 10."),
        QStringLiteral("N1  - <p>"),
        QStringLiteral("\ufeffTY  - JOUR"),
        QStringLiteral("KW  - ;;"),
        QStringLiteral("Provider: X"),
        QStringLiteral("   "),
    };
    const QString violation = test::shuffledFragmentsViolation(kParser, fragments, 7, 600, invariantViolation);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestRis::detection_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ris");

    for (const char *name : {"zotero.ris", "endnote.ris", "scopus.ris", "embase.ris", "proquest.ris", "wos.ris"})
        QTest::newRow(name) << readFixture(QStringLiteral("import/") + QLatin1String(name)) << true;
    QTest::newRow("one record, one space") << QStringLiteral("TY - JOUR\nTI - A\nER - \n") << true;
    QTest::newRow("exporter output") << kExporter.entry(fullPaper(), 0) << true;
    QTest::newRow("abstract continued over many lines")
        << QStringLiteral("TY  - JOUR\nTI  - A\nAB  - first\n") + QStringLiteral("a continued line\n").repeated(40)
               + QStringLiteral("ER  - \n")
        << true;
    QTest::newRow("first record larger than the detection window")
        << QStringLiteral("TY  - JOUR\nTI  - A\nAB  - ") + QString(200 * 1024, u'x') + QStringLiteral("\nER  - \n")
        << true;
    QTest::newRow("MEDLINE") << readFixture(QStringLiteral("import/pubmed.nbib")) << false;
    QTest::newRow("BibTeX") << QStringLiteral("@article{han2016,\n  title = {Deep Compression},\n  author = {Han, "
                                              "Song and Dally, William J.},\n  year = {2016}\n}\n")
                            << false;
    QTest::newRow("CSL-JSON") << QStringLiteral("[\n  {\n    \"id\": \"han2016\",\n    \"type\": \"article-journal\",\n"
                                                "    \"title\": \"Deep Compression\",\n    \"author\": [{\"family\": "
                                                "\"Han\", \"given\": \"Song\"}],\n    \"issued\": {\"date-parts\": "
                                                "[[2016]]}\n  }\n]\n")
                              << false;
    QTest::newRow("arXiv JSON lines") << QStringLiteral(
        "{\"id\": \"1510.00149\", \"title\": \"Deep Compression\", \"authors\": \"Song Han, Huizi "
        "Mao\", \"abstract\": \"  Neural networks are both computationally intensive.\\n\"}\n"
        "{\"id\": \"1503.02531\", \"title\": \"Distilling\", \"authors\": \"Geoffrey Hinton\", "
        "\"abstract\": \"  A simple way.\\n\"}\n")
                                      << false;
    QTest::newRow("Atom XML") << QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed "
                                                "xmlns=\"http://www.w3.org/2005/Atom\">\n  <entry>\n    "
                                                "<id>http://arxiv.org/abs/1510.00149v5</id>\n    <title>Deep "
                                                "Compression</title>\n    <summary>Neural networks.</summary>\n  "
                                                "</entry>\n</feed>\n")
                              << false;
    QTest::newRow("CSV") << QStringLiteral("title,authors,year\n\"Deep Compression\",\"Song Han\",2016\n") << false;
    QTest::newRow("Markdown") << QStringLiteral("# Reading list\n\n## Quantization\n\n- [QLoRA](https://arxiv.org/"
                                                "abs/2305.14314)\n- TY - a list item, not a tag\n")
                              << false;
    QTest::newRow("RIS quoted deep inside prose")
        << QStringLiteral("A paragraph of prose.\n").repeated(20) + QStringLiteral("TY  - JOUR\nTI  - x\nER  - \n")
        << false;
    for (const auto &[name, text] : test::seedTexts())
        QTest::newRow(qPrintable(QStringLiteral("seed ") + name)) << text << false;
}

void TestRis::detection()
{
    QFETCH(QString, input);
    QFETCH(bool, ris);
    QVERIFY(!input.isEmpty());
    const QString violation = test::detectionViolation(kParser.confidence(input), ris);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

// The benchmark corpus generator's RIS must read exactly as generated, without a message.
void TestRis::generatedCorpus()
{
    LECTERN_REQUIRE_SHARED_DIR();
    const test::GeneratedCorpus corpus = test::generateCorpus(QStringLiteral("ris"), 200);
    if (!corpus.skipReason.isEmpty())
        QSKIP(qPrintable(corpus.skipReason));
    QVERIFY2(corpus.failure.isEmpty(), qPrintable(corpus.failure));
    QVERIFY(kParser.confidence(corpus.text) >= 80);

    const ParseResult result = kParser.parse(corpus.text);
    QVERIFY2(result.messages.isEmpty(), qPrintable(result.messages.value(0).text));
    QCOMPARE(result.records.size(), 200);
    // Compare with the generator's own lines: each record's TI, AU, PY, JO, AB and DO.
    QStringList titles;
    QStringList firstAuthors;
    for (QStringView line : QStringView(corpus.text).tokenize(u'\n')) {
        if (line.startsWith(QLatin1String("TI  - ")))
            titles.append(line.sliced(6).toString());
        if (line.startsWith(QLatin1String("TY  - ")))
            firstAuthors.append(QString());
        if (line.startsWith(QLatin1String("AU  - ")) && firstAuthors.last().isEmpty())
            firstAuthors.last() = line.sliced(6).toString();
    }
    QCOMPARE(titles.size(), 200);
    for (qsizetype i = 0; i < result.records.size(); ++i) {
        const Paper &paper = result.records[i].paper;
        QCOMPARE(paper.title, titles[i]);
        QCOMPARE(paper.type, QStringLiteral("article"));
        QVERIFY(!paper.abstract.isEmpty());
        QVERIFY(!paper.venue.isEmpty());
        QVERIFY(paper.year && *paper.year >= 2015 && *paper.year <= 2026);
        const QStringList parts = firstAuthors[i].split(QStringLiteral(", "));
        QCOMPARE(paper.authors.value(0), parts.value(1) + u' ' + parts.value(0));
    }
}

void TestRis::exportShape()
{
    QCOMPARE(kExporter.id(), QStringLiteral("ris"));
    QCOMPARE(kExporter.fileSuffix(), QStringLiteral("ris"));
    QCOMPARE(kExporter.highlightingDefinition(), QStringLiteral("RIS"));
    QCOMPARE(kExporter.displayName(), QStringLiteral("RIS"));
    QCOMPARE(kExporter.begin(ExportContext{QStringLiteral("Reading list")}), QString());
    QCOMPARE(kExporter.end(3), QString());
}

void TestRis::exportEntry()
{
    Paper paper = fullPaper();
    paper.authors.append(QStringLiteral("others"));
    paper.arxivId.clear();
    QCOMPARE(kExporter.entry(paper, 0),
             QStringLiteral("TY  - JOUR\r\n"
                            "TI  - Ünïcödé & LaTeX: 50% of $x_1$ {braces} ~ ^ \\ #hash \"quotes\"\r\n"
                            "AU  - van Beethoven, Ludwig\r\n"
                            "AU  - Han, Song\r\n"
                            "AU  - King, Martin Luther, Jr.\r\n"
                            "AU  - Google DeepMind\r\n"
                            "AU  - Schmidhuber, Jürgen\r\n"
                            "AU  - O'Brien\r\n"
                            "A2  - LeCun, Yann\r\n"
                            "A2  - Müller, Anna-Lena\r\n"
                            "T2  - Journal of Things, Stuff & Other; Vol. \"X\"\r\n"
                            "PY  - 2023\r\n"
                            "DA  - 2023/05/02/\r\n"
                            "AB  - First line. Second line with ER  - inside and TY  - JOUR too.  A new paragraph; "
                            "tabs here, \u00e9t\u00e9 and \u6f22\u5b57.\r\n"
                            "KW  - Model Compression/Quantization/Post-Training Quantization\r\n"
                            "KW  - efficient inference\r\n"
                            "KW  - C++ & Qt\r\n"
                            "DO  - 10.1000/xyz-123_(4)\r\n"
                            "UR  - https://example.org/paper?id=1&lang=en\r\n"
                            "VL  - 12\r\n"
                            "IS  - 3\r\n"
                            "SP  - 123\r\n"
                            "EP  - 145\r\n"
                            "PB  - Curran Associates, Inc.\r\n"
                            "N1  - Accepted at ICLR 2024; 15 pages, 3 figures\r\n"
                            "ID  - beethoven2023unicode\r\n"
                            "ER  - \r\n"
                            "\r\n"));

    // A paper built by hand: no citation key, no year but a date, an arXiv id and no URL, a book's editors.
    Paper bare;
    bare.type = QStringLiteral("book");
    bare.title = QStringLiteral("Bare");
    bare.date = QStringLiteral("May 2019");
    bare.arxivId = QStringLiteral("hep-th/9901001");
    bare.editors = {QStringLiteral("Yann LeCun")};
    bare.pages = QStringLiteral("e1234");
    QCOMPARE(kExporter.entry(bare, 1),
             QStringLiteral("TY  - BOOK\r\nTI  - Bare\r\nA3  - LeCun, Yann\r\nPY  - 2019\r\n"
                            "DA  - 2019/05//\r\nUR  - https://arxiv.org/abs/hep-th/9901001\r\n"
                            "SP  - e1234\r\nER  - \r\n\r\n"));
    Paper thesis;
    thesis.type = QStringLiteral("mastersthesis");
    thesis.title = QStringLiteral("T");
    thesis.date = QStringLiteral("Jul 25");
    QCOMPARE(kExporter.entry(thesis, 2),
             QStringLiteral("TY  - THES\r\nTI  - T\r\nDA  - Jul 25\r\nM3  - Master's thesis\r\nER  - \r\n\r\n"));
}

void TestRis::exportDates_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("ris");

    QTest::newRow("ISO") << QStringLiteral("2019-05-02") << QStringLiteral("2019/05/02/");
    QTest::newRow("ISO month") << QStringLiteral("2019-05") << QStringLiteral("2019/05//");
    QTest::newRow("year") << QStringLiteral("2019") << QStringLiteral("2019///");
    QTest::newRow("US") << QStringLiteral("May 2, 2019") << QStringLiteral("2019/05/02/");
    QTest::newRow("European") << QStringLiteral("2 May 2019") << QStringLiteral("2019/05/02/");
    QTest::newRow("month name") << QStringLiteral("September 2019") << QStringLiteral("2019/09//");
    QTest::newRow("Sept.") << QStringLiteral("Sept. 5, 2019") << QStringLiteral("2019/09/05/");
    QTest::newRow("MEDLINE") << QStringLiteral("2019 May 2") << QStringLiteral("2019/05/02/");
    QTest::newRow("slashes") << QStringLiteral("2019/05/02") << QStringLiteral("2019/05/02/");
    QTest::newRow("day first numbers are ambiguous") << QStringLiteral("02/05/2019") << QString();
    QTest::newRow("season") << QStringLiteral("Spring 2019") << QString();
    QTest::newRow("no year") << QStringLiteral("Jul 25") << QString();
    QTest::newRow("month 13") << QStringLiteral("2019-13-01") << QString();
    QTest::newRow("two years") << QStringLiteral("2019 2020") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestRis::exportDates()
{
    QFETCH(QString, date);
    QFETCH(QString, ris);
    QCOMPARE(RisExporter::risDate(date), ris);
}

void TestRis::exportTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("ty");
    QTest::addColumn<QString>("reimported");

    QTest::newRow("article") << QStringLiteral("article") << QStringLiteral("JOUR") << QStringLiteral("article");
    QTest::newRow("inproceedings") << QStringLiteral("inproceedings") << QStringLiteral("CONF")
                                   << QStringLiteral("inproceedings");
    QTest::newRow("book") << QStringLiteral("book") << QStringLiteral("BOOK") << QStringLiteral("book");
    QTest::newRow("incollection") << QStringLiteral("incollection") << QStringLiteral("CHAP")
                                  << QStringLiteral("incollection");
    QTest::newRow("phdthesis") << QStringLiteral("phdthesis") << QStringLiteral("THES") << QStringLiteral("phdthesis");
    QTest::newRow("mastersthesis") << QStringLiteral("mastersthesis") << QStringLiteral("THES")
                                   << QStringLiteral("mastersthesis");
    QTest::newRow("techreport") << QStringLiteral("techreport") << QStringLiteral("RPRT")
                                << QStringLiteral("techreport");
    QTest::newRow("online") << QStringLiteral("online") << QStringLiteral("ELEC") << QStringLiteral("online");
    QTest::newRow("unpublished") << QStringLiteral("unpublished") << QStringLiteral("UNPB")
                                 << QStringLiteral("unpublished");
    QTest::newRow("misc") << QStringLiteral("misc") << QStringLiteral("GEN") << QStringLiteral("misc");
    // Lossy: RIS has no type of its own for these.
    QTest::newRow("inbook") << QStringLiteral("inbook") << QStringLiteral("CHAP") << QStringLiteral("incollection");
    QTest::newRow("proceedings") << QStringLiteral("proceedings") << QStringLiteral("CONF")
                                 << QStringLiteral("inproceedings");
    QTest::newRow("none") << QString() << QStringLiteral("GEN") << QStringLiteral("misc");
}

void TestRis::exportTypes()
{
    QFETCH(QString, type);
    QFETCH(QString, ty);
    QFETCH(QString, reimported);
    QCOMPARE(RisExporter::risType(type), ty);
    Paper paper;
    paper.type = type;
    paper.title = QStringLiteral("A title");
    const ParseResult result = kParser.parse(decodeFileText(kExporter.entry(paper, 0).toUtf8()).text);
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records[0].paper.type, reimported);
}

void TestRis::roundTrip()
{
    QList<Paper> papers;
    papers.append(fullPaper());

    Paper conference = fullPaper();
    conference.type = QStringLiteral("inproceedings");
    conference.title = QStringLiteral("Second: a title\nover two lines");
    conference.authors = {QStringLiteral("Yu-Hsin Chen"), QStringLiteral("The ATLAS Collaboration"),
                          QStringLiteral("Jean-Luc Picard"), QStringLiteral("others")};
    conference.date = QStringLiteral("2021-07");
    conference.year = 2021;
    conference.pages = QStringLiteral("7");
    conference.citationKey.clear();
    conference.comment.clear();
    papers.append(conference);

    Paper book;
    book.type = QStringLiteral("book");
    book.title = QStringLiteral("A Book, Edited");
    book.editors = {QStringLiteral("Ludwig van Beethoven"), QStringLiteral("Martin Luther King Jr.")};
    book.year = 1999;
    book.publisher = QStringLiteral("Springer-Verlag; Berlin & Heidelberg");
    book.citationKey = QStringLiteral("beethoven:1999");
    papers.append(book);

    Paper preprint;
    preprint.type = QStringLiteral("misc");
    preprint.abstract = QStringLiteral("Only an abstract, and an arXiv id without a URL.");
    preprint.arxivId = QStringLiteral("2312.03863");
    preprint.authors = {QStringLiteral("Plato")};
    preprint.date = QStringLiteral("2015");
    papers.append(preprint);

    const QString exported = exportAll(papers);
    QVERIFY(!exported.contains(QLatin1String("\r\n\n")));
    // Written as UTF-8 and read back the way ImportJob reads a file.
    const DecodedText decoded = decodeFileText(exported.toUtf8());
    QVERIFY(decoded.messages.isEmpty());
    QVERIFY(kParser.confidence(decoded.text) >= 80);
    const ParseResult result = kParser.parse(decoded.text);
    QVERIFY2(result.messages.isEmpty(), qPrintable(result.messages.value(0).text));
    QCOMPARE(result.records.size(), papers.size());

    for (qsizetype i = 0; i < papers.size(); ++i) {
        Paper want = papers[i];
        Paper got = result.records[i].paper;
        normalizePaper(want);
        normalizePaper(got);
        // What RIS cannot carry: "and others" (RIS has no et al.); a paper that had an arXiv id and no URL comes
        // back with the abstract page's URL, which is how RIS carries the id.
        want.authors.removeAll(QStringLiteral("others"));
        if (papers[i].url.isEmpty() && !papers[i].arxivId.isEmpty())
            want.url = QStringLiteral("https://arxiv.org/abs/") + want.arxivId;
        compareCarried(got, want);
    }
}

QTEST_GUILESS_MAIN(TestRis)
#include "tst_ris.moc"
