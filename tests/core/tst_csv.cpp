#include "export/csvexporter.h"
#include "import/csvparser.h"
#include "import/normalize.h"
#include "import/textdecoding.h"
#include "parsertesting.h"
#include "testsupport.h"

#include <QDir>
#include <QLocale>
#include <QTest>

using namespace lectern;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void names_data();
    void names();
    void header_data();
    void header();
    void mapping_data();
    void mapping();
    void unmappedFileIsOneError();
    void userMapping();
    void fixtures_data();
    void fixtures();
    void detect_data();
    void detect();
    void otherFixturesAreNotCsv();
    void seedsAreNotCsv();
    void generatedCorpus();
    void longFieldIsCut();
    void hostileInput_data();
    void hostileInput();
    void shuffledFragmentsNeverBreakInvariants();
    void exporterMetadata();
    void exportedCells_data();
    void exportedCells();
    void exportedFile();
    void formulaIsNeutralisedAndKept();
    void roundTrip();
};

namespace {

const CsvParser kParser;

using test::messageTexts;

QString describe(const RawRecord &record)
{
    const Paper &p = record.paper;
    QStringList lines{QStringLiteral("L%1").arg(record.line)};
    const auto add = [&lines](const char *key, const QString &value) {
        if (!value.isEmpty())
            lines.append(QLatin1String(key) + QLatin1Char('=') + value);
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
    add("arxiv", p.arxivId);
    add("url", p.url);
    add("tags", p.tags.join(QStringLiteral(" | ")));
    add("comment", p.comment);
    QString abstract = p.abstract;
    abstract.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    add("abstract", abstract.size() > 60 ? abstract.left(60) + QStringLiteral("…") : abstract);
    return lines.join(QLatin1Char('\n'));
}

QStringList describeAll(const ParseResult &result)
{
    QStringList all;
    for (const RawRecord &record : result.records)
        all.append(describe(record));
    return all;
}

// What CSV adds to the promises of every parser; returns an empty string or what went wrong.
QString csvRecordViolation(const RawRecord &record, QStringView rawText)
{
    QString raw = rawText.toString();
    raw.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    if (!raw.contains(record.paper.title))
        return QStringLiteral("title outside the raw text");
    if (record.paper.title.isEmpty() && record.paper.abstract.trimmed().isEmpty())
        return QStringLiteral("neither title nor abstract");
    if (record.paper.title.size() > kMaxFieldLength || record.paper.abstract.size() > kMaxFieldLength)
        return QStringLiteral("a field longer than kMaxFieldLength");
    return {};
}

QString invariantViolation(QStringView text, const ParseResult &result)
{
    return test::invariantViolation(text, result, csvRecordViolation, test::RawText::MayBeEmpty);
}

QString exportAll(const QList<Paper> &papers)
{
    const CsvExporter exporter;
    QString out = exporter.begin(ExportContext{QStringLiteral("Quantization")});
    for (qsizetype i = 0; i < papers.size(); ++i)
        out += exporter.entry(papers[i], i);
    out += exporter.end(papers.size());
    return out;
}

} // namespace

void TestCsv::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestCsv::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("papers");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("quoted fields, doubled quotes, delimiters inside quotes")
        << QStringLiteral("title,authors,year\n\"Say \"\"Hi\"\", World\",\"Han, Song; Mao, Huizi\",2016\n")
        << QStringList{QStringLiteral("L2\ntitle=Say \"Hi\", World\nauthors=Song Han | Huizi Mao\nyear=2016")}
        << QStringList{};
    QTest::newRow("line break inside quotes: the record starts where it starts")
        << QStringLiteral("title,abstract\nFirst,\"One line.\nTwo lines.\"\nSecond,Plain\n")
        << QStringList{QStringLiteral("L2\ntitle=First\nabstract=One line.⏎Two lines."),
                       QStringLiteral("L4\ntitle=Second\nabstract=Plain")}
        << QStringList{};
    QTest::newRow("no final line break") << QStringLiteral("title,year\nA,2020\nB,2021")
                                         << QStringList{QStringLiteral("L2\ntitle=A\nyear=2020"),
                                                        QStringLiteral("L3\ntitle=B\nyear=2021")}
                                         << QStringList{};
    QTest::newRow("blank lines and empty rows are skipped")
        << QStringLiteral("\n\ntitle,year\n\nA,2020\n   \n,\n,,\nB,2021\n\n")
        << QStringList{QStringLiteral("L5\ntitle=A\nyear=2020"), QStringLiteral("L9\ntitle=B\nyear=2021")}
        << QStringList{};
    QTest::newRow("more cells than the header: a warning, the extra ones ignored")
        << QStringLiteral("title,year\nA,2020,extra,more\nB,2021\n")
        << QStringList{QStringLiteral("L2\ntitle=A\nyear=2020"), QStringLiteral("L3\ntitle=B\nyear=2021")}
        << QStringList{QStringLiteral("W line 2: 4 fields where the header has 2; the extra fields are ignored")};
    QTest::newRow("fewer cells than the header: a warning, the missing ones empty")
        << QStringLiteral("title,venue,year\nA\nB,ICLR,2021\n")
        << QStringList{QStringLiteral("L2\ntitle=A"), QStringLiteral("L3\ntitle=B\nyear=2021\nvenue=ICLR")}
        << QStringList{QStringLiteral("W line 2: 1 fields where the header has 3; the missing fields are empty")};
    QTest::newRow("unterminated quote at the end: that record is an error")
        << QStringLiteral("title,abstract\nA,fine\nB,\"never closed\nstill open\n")
        << QStringList{QStringLiteral("L2\ntitle=A\nabstract=fine")}
        << QStringList{QStringLiteral("E line 3: a quoted field is never closed; record skipped")};
    QTest::newRow("a row with neither title nor abstract is an error")
        << QStringLiteral("title,abstract,year\n,,2020\nB,,2021\n")
        << QStringList{QStringLiteral("L3\ntitle=B\nyear=2021")}
        << QStringList{QStringLiteral("E line 2: neither a title nor an abstract; record skipped")};
    QTest::newRow("a row with only an abstract is a paper")
        << QStringLiteral("title,abstract\n,We propose a method.\n")
        << QStringList{QStringLiteral("L2\nabstract=We propose a method.")} << QStringList{};
    QTest::newRow("spaces before a quote and text after it (spreadsheet leniency)")
        << QStringLiteral("title, venue\n \"A, B\" , \"ICML\"x\n")
        << QStringList{QStringLiteral("L2\ntitle=A, B\nvenue=ICMLx")} << QStringList{};
    QTest::newRow("a quote inside an unquoted cell is literal")
        << QStringLiteral("title,venue\nThe 5\" Display,X\n")
        << QStringList{QStringLiteral("L2\ntitle=The 5\" Display\nvenue=X")} << QStringList{};
    QTest::newRow("semicolons, commas inside titles do not split")
        << QStringLiteral("Title;Year;Journal\nPruning, Quantization and Coding;2016;ICLR\n\"A; B\";2017;X\n")
        << QStringList{QStringLiteral("L2\ntitle=Pruning, Quantization and Coding\nyear=2016\nvenue=ICLR"),
                       QStringLiteral("L3\ntitle=A; B\nyear=2017\nvenue=X")}
        << QStringList{};
    QTest::newRow("tabs") << QStringLiteral("Title\tAuthors\tYear\nA, with commas\tSong Han, Huizi Mao\t2016\n")
                          << QStringList{QStringLiteral(
                                 "L2\ntitle=A, with commas\nauthors=Song Han | Huizi Mao\nyear=2016")}
                          << QStringList{};
    QTest::newRow("a year cell that is a date keeps the date")
        << QStringLiteral("title,year\nA,2023-06-01\nB,2021\nC,n.d.\n")
        << QStringList{QStringLiteral("L2\ntitle=A\nyear=2023\ndate=2023-06-01"),
                       QStringLiteral("L3\ntitle=B\nyear=2021"), QStringLiteral("L4\ntitle=C")}
        << QStringList{};
    QTest::newRow("a date column gives the year")
        << QStringLiteral("title,date\nA,\"May 2, 2022\"\n")
        << QStringList{QStringLiteral("L2\ntitle=A\nyear=2022\ndate=May 2, 2022")} << QStringList{};
    QTest::newRow("pages become an en-dash range")
        << QStringLiteral("title,pages\nA,12-34\nB,12--34\nC,12 - 34\nD,e1234\nE,S12–S34\n")
        << QStringList{QStringLiteral("L2\ntitle=A\npages=12–34"), QStringLiteral("L3\ntitle=B\npages=12–34"),
                       QStringLiteral("L4\ntitle=C\npages=12–34"), QStringLiteral("L5\ntitle=D\npages=e1234"),
                       QStringLiteral("L6\ntitle=E\npages=S12–S34")}
        << QStringList{};
    QTest::newRow("types of Zotero, Scopus, CSL and BibTeX")
        << QStringLiteral("title,item type\nA,journalArticle\nB,Conference Paper\nC,paper-conference\nD,inproceedings\n"
                          "E,bookSection\nF,preprint\nG,thesis\nH,report\nI,webpage\nJ,Something Else\n")
        << QStringList{QStringLiteral("L2\ntype=article\ntitle=A"),
                       QStringLiteral("L3\ntype=inproceedings\ntitle=B"),
                       QStringLiteral("L4\ntype=inproceedings\ntitle=C"),
                       QStringLiteral("L5\ntype=inproceedings\ntitle=D"),
                       QStringLiteral("L6\ntype=incollection\ntitle=E"),
                       QStringLiteral("L7\ntype=misc\ntitle=F"),
                       QStringLiteral("L8\ntype=phdthesis\ntitle=G"),
                       QStringLiteral("L9\ntype=techreport\ntitle=H"),
                       QStringLiteral("L10\ntype=online\ntitle=I"),
                       QStringLiteral("L11\ntype=misc\ntitle=J")}
        << QStringList{};
    QTest::newRow("identifiers are cleaned; unreadable ones are reported")
        << QStringLiteral("title,arxiv id,doi\nA,arXiv:2312.03863v2,https://doi.org/10.1145/ABC.123\nB,TODO,not a doi\n"
                          "C,,10.48550/arXiv.2306.00978\n")
        << QStringList{QStringLiteral("L2\ntitle=A\ndoi=10.1145/abc.123\narxiv=2312.03863"),
                       QStringLiteral("L3\ntitle=B"),
                       QStringLiteral("L4\ntitle=C\ndoi=10.48550/arxiv.2306.00978\narxiv=2306.00978")}
        << QStringList{QStringLiteral("W line 3: unreadable arXiv identifier \"TODO\" ignored"),
                       QStringLiteral("W line 3: unreadable DOI \"not a doi\" ignored")};
    QTest::newRow("tags split on semicolons, else on commas")
        << QStringLiteral("title,keywords\nA,\"pruning; LLM, survey\"\nB,\"pruning, quantization\"\nC,Model "
                          "Compression/Quantization\n")
        << QStringList{QStringLiteral("L2\ntitle=A\ntags=pruning | LLM, survey"),
                       QStringLiteral("L3\ntitle=B\ntags=pruning | quantization"),
                       QStringLiteral("L4\ntitle=C\ntags=Model Compression/Quantization")}
        << QStringList{};
    QTest::newRow("a leading apostrophe is kept: a value may start with one")
        << QStringLiteral("title,venue\n'=HYPERLINK(1),'Twas\n")
        << QStringList{QStringLiteral("L2\ntitle='=HYPERLINK(1)\nvenue='Twas")} << QStringList{};
    QTest::newRow("every field of our own export")
        << QStringLiteral(
               "Key,Type,Title,Authors,Editors,Year,Date,Venue,Volume,Issue,Pages,Publisher,DOI,arXiv,URL,Tags,"
               "Abstract,Comment,Techniques,Headline metric\n"
               "han2016,inproceedings,Deep Compression,Song Han; Huizi Mao,Ann Editor,2016,May 2016,ICLR,4,2,"
               "1–10,OpenReview,10.1234/x,1510.00149,https://x.org,a; b/c,An abstract.,A note.,pruning,35× "
               "model size\n")
        << QStringList{QStringLiteral("L2\nkey=han2016\ntype=inproceedings\ntitle=Deep Compression\nauthors=Song Han | "
                                      "Huizi Mao\neditors=Ann Editor\nyear=2016\ndate=May 2016\nvenue=ICLR\nvolume=4\n"
                                      "issue=2\npages=1–10\npublisher=OpenReview\ndoi=10.1234/x\narxiv=1510.00149\nurl="
                                      "https://x.org\ntags=a | b/c\ncomment=A note.\nabstract=An abstract.")}
        << QStringList{};
    QTest::newRow("header only") << QStringLiteral("title,authors,year\n") << QStringList{} << QStringList{};
}

void TestCsv::parse()
{
    QFETCH(QString, input);
    QFETCH(QStringList, papers);
    QFETCH(QStringList, messages);
    const ParseResult result = kParser.parse(input);
    QCOMPARE(describeAll(result), papers);
    QCOMPARE(messageTexts(result), messages);
    const QString violation = invariantViolation(input, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestCsv::names_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("Zotero: inverted, semicolons")
        << QStringLiteral("Han, Song; Mao, Huizi")
        << QStringList{QStringLiteral("Song Han"), QStringLiteral("Huizi Mao")};
    QTest::newRow("display names, semicolons") << QStringLiteral("Song Han; Huizi Mao")
                                               << QStringList{QStringLiteral("Song Han"), QStringLiteral("Huizi Mao")};
    QTest::newRow("display names, commas")
        << QStringLiteral("Song Han, Huizi Mao, William J. Dally")
        << QStringList{QStringLiteral("Song Han"), QStringLiteral("Huizi Mao"), QStringLiteral("William J. Dally")};
    QTest::newRow("one inverted name") << QStringLiteral("Han, Song") << QStringList{QStringLiteral("Song Han")};
    QTest::newRow("one inverted name with an initial")
        << QStringLiteral("Dally, William J.") << QStringList{QStringLiteral("William J. Dally")};
    QTest::newRow("inverted names, commas only")
        << QStringLiteral("Han, Song, Mao, Huizi")
        << QStringList{QStringLiteral("Song Han"), QStringLiteral("Huizi Mao")};
    QTest::newRow("BibTeX's and") << QStringLiteral("Han, Song and Mao, Huizi and Dally, William J.")
                                  << QStringList{QStringLiteral("Song Han"), QStringLiteral("Huizi Mao"),
                                                 QStringLiteral("William J. Dally")};
    QTest::newRow("English list") << QStringLiteral("Song Han, Huizi Mao and William J. Dally")
                                  << QStringList{QStringLiteral("Song Han"), QStringLiteral("Huizi Mao"),
                                                 QStringLiteral("William J. Dally")};
    QTest::newRow("particles stay with the family name")
        << QStringLiteral("van der Maaten, Laurens; Ludwig van Beethoven")
        << QStringList{QStringLiteral("Laurens van der Maaten"), QStringLiteral("Ludwig van Beethoven")};
    QTest::newRow("organisations are kept whole, commas and all")
        << QStringLiteral("Google DeepMind; University of California, Berkeley; Han, Song")
        << QStringList{QStringLiteral("Google DeepMind"), QStringLiteral("University of California, Berkeley"),
                       QStringLiteral("Song Han")};
    QTest::newRow("et al. becomes others")
        << QStringLiteral("Song Han, Huizi Mao et al.")
        << QStringList{QStringLiteral("Song Han"), QStringLiteral("Huizi Mao"), QStringLiteral("others")};
    QTest::newRow("others as written by our export")
        << QStringLiteral("Song Han; others") << QStringList{QStringLiteral("Song Han"), QStringLiteral("others")};
    QTest::newRow("Unicode") << QStringLiteral("Łukasz Kaiser; Müller, Jürgen")
                             << QStringList{QStringLiteral("Łukasz Kaiser"), QStringLiteral("Jürgen Müller")};
    QTest::newRow("a single name") << QStringLiteral("Anonymous") << QStringList{QStringLiteral("Anonymous")};
}

void TestCsv::names()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, names);
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    const QString text = QStringLiteral("Title,Authors,Editors\nT,\"") + quoted + QStringLiteral("\",\"") + quoted
                         + QStringLiteral("\"\n");
    const ParseResult result = kParser.parse(text);
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records[0].paper.authors, names);
    QCOMPARE(result.records[0].paper.editors, names);
}

void TestCsv::header_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("columns");

    QTest::newRow("comma") << QStringLiteral("Title,Authors,Year\nA,B,2020\n") << QStringLiteral(",")
                           << QStringList{QStringLiteral("Title"), QStringLiteral("Authors"), QStringLiteral("Year")};
    QTest::newRow("semicolon, commas in quoted and unquoted titles")
        << QStringLiteral("Title;Authors;Year\n\"A, B, C\";\"Han, Song\";2016\nD, E, F;Mao, Huizi;2017\n")
        << QStringLiteral(";")
        << QStringList{QStringLiteral("Title"), QStringLiteral("Authors"), QStringLiteral("Year")};
    QTest::newRow("tab, commas everywhere")
        << QStringLiteral("Title\tAuthors, Editors\tYear\nA, B\tC, D\t2020\nE, F, G\tH\t2021\n") << QStringLiteral("\t")
        << QStringList{QStringLiteral("Title"), QStringLiteral("Authors, Editors"), QStringLiteral("Year")};
    QTest::newRow("quoted header with a comma inside")
        << QStringLiteral("\"Title\",\"Author, Editor\",\"Year\"\n\"A\",\"B\",\"2020\"\n") << QStringLiteral(",")
        << QStringList{QStringLiteral("Title"), QStringLiteral("Author, Editor"), QStringLiteral("Year")};
    QTest::newRow("semicolons inside quoted comma cells")
        << QStringLiteral("Title,Authors\n\"A; B; C\",\"Han, Song; Mao, Huizi\"\n\"D\",\"E; F\"\n")
        << QStringLiteral(",") << QStringList{QStringLiteral("Title"), QStringLiteral("Authors")};
    QTest::newRow("prose is no header") << QStringLiteral(
        "We propose a method, and it works, as shown.\nAnother line.\n")
                                        << QStringLiteral(",") << QStringList{};
    QTest::newRow("BibTeX is no header") << QStringLiteral("@article{han2016,\n  title = {A},\n}\n")
                                         << QStringLiteral(",") << QStringList{};
    QTest::newRow("empty") << QString() << QStringLiteral(",") << QStringList{};
}

void TestCsv::header()
{
    QFETCH(QString, input);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, columns);
    const CsvHeader header = readCsvHeader(input);
    QCOMPARE(QString(header.delimiter), delimiter);
    QCOMPARE(header.columns, columns);
}

void TestCsv::mapping_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QList<int>>("fields");

    const auto f = [](CsvField field) { return int(field); };
    QTest::newRow("common names, any case and punctuation")
        << QStringList{QStringLiteral("Title"),         QStringLiteral("AUTHORS"),   QStringLiteral("publication_year"),
                       QStringLiteral("Abstract Note"), QStringLiteral("DOI"),       QStringLiteral("arXiv ID"),
                       QStringLiteral("Link"),          QStringLiteral("Journal"),   QStringLiteral("Manual Tags"),
                       QStringLiteral("Pages"),         QStringLiteral("Page count")}
        << QList<int>{f(CsvField::Title), f(CsvField::Authors), f(CsvField::Year),  f(CsvField::Abstract),
                      f(CsvField::Doi),   f(CsvField::Arxiv),   f(CsvField::Url),   f(CsvField::Venue),
                      f(CsvField::Tags),  f(CsvField::Pages),   f(CsvField::Ignore)};
    QTest::newRow("the most specific name of a field wins")
        << QStringList{QStringLiteral("Type"),
                       QStringLiteral("Item Type"),
                       QStringLiteral("Conference Name"),
                       QStringLiteral("Publication Title"),
                       QStringLiteral("Number"),
                       QStringLiteral("Issue"),
                       QStringLiteral("URL"),
                       QStringLiteral("Link"),
                       QStringLiteral("eprint")}
        << QList<int>{f(CsvField::Ignore), f(CsvField::Type),   f(CsvField::Ignore),
                      f(CsvField::Venue),  f(CsvField::Ignore), f(CsvField::Issue),
                      f(CsvField::Url),    f(CsvField::Ignore), f(CsvField::Arxiv)};
    QTest::newRow("Zotero's item key and HTML notes are not ours")
        << QStringList{QStringLiteral("Key"), QStringLiteral("Item Type"), QStringLiteral("Title"),
                       QStringLiteral("Abstract Note"), QStringLiteral("Notes")}
        << QList<int>{f(CsvField::Ignore), f(CsvField::Type), f(CsvField::Title), f(CsvField::Abstract),
                      f(CsvField::Ignore)};
    QTest::newRow("elsewhere Key is the citation key")
        << QStringList{QStringLiteral("Key"), QStringLiteral("Title"), QStringLiteral("Notes")}
        << QList<int>{f(CsvField::CitationKey), f(CsvField::Title), f(CsvField::Comment)};
    QTest::newRow("unknown names") << QStringList{QStringLiteral("Paper name"), QStringLiteral("When")}
                                   << QList<int>{f(CsvField::Ignore), f(CsvField::Ignore)};
}

void TestCsv::mapping()
{
    QFETCH(QStringList, columns);
    QFETCH(QList<int>, fields);
    QList<int> got;
    for (CsvField field : guessCsvMapping(columns))
        got.append(int(field));
    QCOMPARE(got, fields);
    QVERIFY(mappingCanImport({CsvField::Ignore, CsvField::Abstract}));
    QVERIFY(mappingCanImport({CsvField::Title}));
    QVERIFY(!mappingCanImport({CsvField::Authors, CsvField::Year}));
    QVERIFY(!mappingCanImport({}));
    for (CsvField field : csvFields())
        QVERIFY(!csvFieldName(field).isEmpty());
}

void TestCsv::unmappedFileIsOneError()
{
    const QString text = test::readImportFixture(QStringLiteral("unfamiliar.csv"));
    QVERIFY(!text.isEmpty());
    const ParseResult result = kParser.parse(text);
    QVERIFY(result.records.isEmpty());
    QCOMPARE(messageTexts(result),
             QStringList{QStringLiteral("E line 1: no column is mapped to the title or the abstract (columns: \"Paper "
                                        "name\", \"Who wrote it\", \"When\", \"Summary text\"); map the columns to "
                                        "fields and import again")});
    const ParseResult prose =
        kParser.parse(QStringLiteral("We propose a method, and it works, as shown.\nAnother line.\n"));
    QCOMPARE(messageTexts(prose),
             QStringList{QStringLiteral("E line 1: the first line is not a header of column names; "
                                        "map the columns to fields and import again")});
}

void TestCsv::userMapping()
{
    const QString text = test::readImportFixture(QStringLiteral("unfamiliar.csv"));
    const CsvHeader header = readCsvHeader(text);
    QCOMPARE(header.columns.size(), 4);
    const QList<CsvField> mapping{CsvField::Title, CsvField::Authors, CsvField::Year, CsvField::Abstract};
    const ParseResult result = kParser.parse(text, mapping);
    QCOMPARE(
        describeAll(result),
        (QStringList{QStringLiteral("L2\ntitle=Sparse Attention for Long Inputs\nauthors=Ann Lee\nyear=2022\n"
                                    "abstract=We propose a sparse attention method."),
                     QStringLiteral("L3\ntitle=Four-Bit Quantization\nauthors=Bob Stone\nyear=2023\nabstract="
                                    "Quantization to four bits keeps accuracy."),
                     QStringLiteral("L4\ntitle=The Lottery Ticket Hypothesis\nauthors=Jonathan Frankle\nyear=2019\n"
                                    "abstract=Dense networks contain sparse subnetworks.")}));
    QVERIFY(result.messages.isEmpty());
    // A mapping shorter than the columns ignores the rest.
    const ParseResult titlesOnly = kParser.parse(text, {CsvField::Title});
    QCOMPARE(titlesOnly.records.size(), 3);
    QVERIFY(titlesOnly.records[0].paper.authors.isEmpty());
}

void TestCsv::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("papers");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("Zotero CSV export")
        << QStringLiteral("zotero.csv")
        << QStringList{QStringLiteral(
                           "L2\ntype=inproceedings\ntitle=AWQ: Activation-aware Weight Quantization for On-Device LLM "
                           "Compression and Acceleration\nauthors=Ji Lin | Jiaming Tang | Haotian Tang | Shang Yang | "
                           "Wei-Ming Chen | Wei-Chen Wang | Guangxuan Xiao | Xingyu Dang | Chuang Gan | Song Han\n"
                           "year=2024\ndate=2024-05-13\nvenue=Proceedings of Machine Learning and Systems\nvolume=6\n"
                           "pages=87–100\npublisher=MLSys\nurl=https://proceedings.mlsys.org/paper_files/paper/2024/"
                           "hash/42a452cbafa9dd64e9ba4aa95cc1ef21-Abstract-Conference.html\ntags=LLM | quantization | "
                           "Model Compression/Quantization\nabstract=Large language models (LLMs) have transformed "
                           "numerous AI ap…"),
                       QStringLiteral(
                           "L4\ntype=misc\ntitle=GPTQ: Accurate Post-Training Quantization for Generative "
                           "Pre-trained Transformers\nauthors=Elias Frantar | Saleh Ashkboos | Torsten Hoefler | Dan "
                           "Alistarh\nyear=2023\ndate=2023-03-22\npublisher=arXiv\ndoi=10.48550/arxiv.2210.17323\n"
                           "arxiv=2210.17323\nurl=http://arxiv.org/abs/2210.17323\ntags=quantization | "
                           "\"post-training\"\nabstract=Generative Pre-trained Transformer models, known as GPT or O…"),
                       QStringLiteral(
                           "L5\ntype=article\ntitle=Binary neural networks: A survey\nauthors=Haotong Qin | Ruihao "
                           "Gong | Xianglong Liu | Xiao Bai | Jingkuan Song | Nicu Sebe\nyear=2020\ndate=2020-09-01\n"
                           "venue=Pattern Recognition\nvolume=105\npages=107281\ndoi=10.1016/j.patcog.2020.107281\n"
                           "url=https://www.sciencedirect.com/science/article/pii/S0031320320300856\ntags=binarization "
                           "| survey\nabstract=The binary neural network, largely saving the storage and co…"),
                       QStringLiteral(
                           "L6\ntype=incollection\ntitle=A Chapter on Compression, Pruning, and \"Efficiency\"\n"
                           "authors=Laurens van der Maaten | Google DeepMind\neditors=William J. Dally | Mark "
                           "Horowitz\n"
                           "year=2017\ndate=2017\nvenue=Efficient Deep Learning\npages=12–34\npublisher=Springer")}
        << QStringList{};
    QTest::newRow("Excel, semicolons, CRLF")
        << QStringLiteral("excel-semicolon.csv")
        << QStringList{QStringLiteral(
                           "L2\ntitle=Deep Compression: Compressing Deep Neural Networks with Pruning, Trained "
                           "Quantization and Huffman Coding\nauthors=Song Han | Huizi Mao | William J. Dally\n"
                           "year=2016\nvenue=International Conference on Learning Representations\ntags=pruning "
                           "| quantization"),
                       QStringLiteral("L3\ntitle=Learning both Weights and Connections; for Efficient Neural Networks\n"
                                      "authors=Song Han | Jeff Pool | John Tran | William J. Dally\nyear=2015\nvenue="
                                      "Advances in Neural Information Processing Systems\nvolume=28\npages=1135–1143\n"
                                      "tags=pruning"),
                       QStringLiteral(
                           "L4\ntitle=EIE: Efficient Inference Engine on Compressed Deep Neural Network\n"
                           "authors=Song Han | Xingyu Liu | Huizi Mao\nyear=2016\ndate=2016-06-18\nvenue=ACM "
                           "SIGARCH Computer Architecture News\nvolume=44\npages=243–254\ndoi=10.1145/"
                           "3007787.3001163\ntags=hardware | sparsity")}
        << QStringList{};
    QTest::newRow("TSV")
        << QStringLiteral("papers.tsv")
        << QStringList{QStringLiteral(
                           "L2\ntitle=Distilling the Knowledge in a Neural Network\nauthors=Geoffrey Hinton | "
                           "Oriol Vinyals | Jeff Dean\nyear=2015\nvenue=NIPS Deep Learning Workshop\narxiv="
                           "1503.02531\ntags=distillation\nabstract=A very simple way to improve the performance "
                           "of almost any m…"),
                       QStringLiteral(
                           "L3\ntitle=MobileNets: Efficient Convolutional Neural Networks for Mobile Vision "
                           "Applications\nauthors=Andrew G. Howard | Menglong Zhu | Bo Chen\nyear=2017\narxiv="
                           "1704.04861\ntags=efficient architecture | mobile\nabstract=We present a class of "
                           "efficient models called MobileNets for…"),
                       QStringLiteral(
                           "L5\ntitle=Tabs, \"quotes\" and commas\nauthors=Anonymous\nyear=2021\nabstract=An "
                           "abstract, with commas.")}
        << QStringList{};
}

void TestCsv::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, papers);
    QFETCH(QStringList, messages);
    const QString text = test::readImportFixture(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file + QStringLiteral(" missing from tests/data/import")));
    QVERIFY2(kParser.confidence(text) >= 80, qPrintable(QString::number(kParser.confidence(text))));
    const ParseResult result = kParser.parse(text);
    const QStringList got = describeAll(result);
    QCOMPARE(got.size(), papers.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got[i].split(QLatin1Char('\n')), papers[i].split(QLatin1Char('\n')));
    QCOMPARE(messageTexts(result), messages);
    const QString violation = invariantViolation(text, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestCsv::detect_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");

    QTest::newRow("zotero.csv") << test::readImportFixture(QStringLiteral("zotero.csv")) << 80 << 100;
    QTest::newRow("excel-semicolon.csv") << test::readImportFixture(QStringLiteral("excel-semicolon.csv")) << 80 << 100;
    QTest::newRow("papers.tsv") << test::readImportFixture(QStringLiteral("papers.tsv")) << 80 << 100;
    QTest::newRow("header only, recognised names") << QStringLiteral("title,authors,year\n") << 80 << 100;
    QTest::newRow("unfamiliar header, consistent rows: CSV, to be mapped")
        << test::readImportFixture(QStringLiteral("unfamiliar.csv")) << 60 << 60;
    QTest::newRow("BibTeX") << QStringLiteral(
        "@inproceedings{han2016deep,\n  title = {Deep Compression: Pruning, "
        "Quantization and Coding},\n  author = {Han, Song and Mao, Huizi},\n  year = "
        "{2016},\n}\n") << 0 << 20;
    QTest::newRow("BibTeX after a comment")
        << QStringLiteral("% Encoding: UTF-8\n\n@Article{a,\n  title = {A, B},\n}\n") << 0 << 20;
    QTest::newRow("BibTeX after prose") << QStringLiteral(
        "This file was created with JabRef, version 5.9.\n\n@Article{a,\n"
        "  title = {A, B},\n  year = {2020},\n}\n")
                                        << 0 << 20;
    QTest::newRow("RIS") << QStringLiteral(
        "TY  - JOUR\nAU  - Han, Song\nAU  - Mao, Huizi\nTI  - Deep Compression: Pruning, "
        "Quantization\nPY  - 2016\nER  - \n")
                         << 0 << 20;
    QTest::newRow("MEDLINE") << QStringLiteral(
        "PMID- 12345678\nOWN - NLM\nTI  - Deep learning, in medicine: a review.\nAB  - "
        "Deep learning, a family of methods, is reviewed.\nFAU - Han, Song\nAU  - Han "
        "S\n") << 0 << 20;
    QTest::newRow("CSL-JSON") << QStringLiteral("[{\"id\":\"han2016\",\"type\":\"paper-conference\",\"title\":\"Deep "
                                                "Compression\",\"author\":[{\"family\":\"Han\",\"given\":\"Song\"}]}]")
                              << 0 << 20;
    QTest::newRow("arXiv JSON lines") << QStringLiteral(
        "{\"id\":\"1510.00149\",\"authors\":\"Song Han, Huizi Mao\",\"title\":\"Deep Compression\"}\n"
        "{\"id\":\"1503.02531\",\"authors\":\"Geoffrey Hinton, Oriol Vinyals\",\"title\":\"Distilling\"}\n")
                                      << 0 << 20;
    QTest::newRow("Atom XML") << QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed "
        "xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><title>Deep Compression, "
        "again</title></entry>\n</feed>\n")
                              << 0 << 20;
    QTest::newRow("Markdown list") << test::readImportFixture(QStringLiteral("awesome-efficient.md")) << 0 << 20;
    QTest::newRow("Markdown table") << QStringLiteral(
        "| Title | Venue | Year |\n|---|---|---|\n| [A](https://arxiv.org/abs/"
        "2301.00001) | ICML | 2023 |\n")
                                    << 0 << 20;
    QTest::newRow("prose with commas") << QStringLiteral(
        "We propose a method, called X, that works.\nIt is fast, small, and accurate, as shown.\nThree, "
        "commas, here, too.\n") << 0 << 20;
    QTest::newRow("a title line") << QStringLiteral("Deep Compression\nWe propose deep compression, a three-stage "
                                                    "pipeline: pruning, trained quantization and Huffman coding.\n")
                                  << 0 << 20;
    QTest::newRow("empty") << QString() << 0 << 0;
}

void TestCsv::detect()
{
    QFETCH(QString, input);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const int confidence = kParser.confidence(input);
    QVERIFY2(confidence >= minimum && confidence <= maximum, qPrintable(QString::number(confidence)));
}

// Every other fixture of tests/data/import (BibTeX, RIS, MEDLINE, CSL-JSON, arXiv, listings, binary) is another
// format.
void TestCsv::otherFixturesAreNotCsv()
{
    const QDir dir(test::testDataPath(QStringLiteral("import")));
    const QStringList mine = dir.entryList({QStringLiteral("*.csv"), QStringLiteral("*.tsv")}, QDir::Files);
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(files.size() > mine.size());
    for (const QString &name : files) {
        if (mine.contains(name))
            continue;
        const int confidence = kParser.confidence(test::readImportFixture(name));
        QVERIFY2(confidence <= 20, qPrintable(name + QStringLiteral(": ") + QString::number(confidence)));
    }
}

void TestCsv::seedsAreNotCsv()
{
    LECTERN_REQUIRE_SHARED_DIR();
    const QList<std::pair<QString, QString>> seeds = test::seedTexts();
    QVERIFY(!seeds.isEmpty());
    for (const auto &[name, text] : seeds) {
        QVERIFY2(!text.isEmpty(), qPrintable(name));
        const int confidence = kParser.confidence(text);
        QVERIFY2(confidence <= 20, qPrintable(name + QStringLiteral(": ") + QString::number(confidence)));
    }
}

// The benchmark corpus generator's CSV must read exactly as generated, without a message.
void TestCsv::generatedCorpus()
{
    LECTERN_REQUIRE_SHARED_DIR();
    const test::GeneratedCorpus corpus = test::generateCorpus(QStringLiteral("csv"), 200);
    if (!corpus.skipReason.isEmpty())
        QSKIP(qPrintable(corpus.skipReason));
    QVERIFY2(corpus.failure.isEmpty(), qPrintable(corpus.failure));
    QVERIFY(kParser.confidence(corpus.text) >= 80);
    const ParseResult result = kParser.parse(corpus.text);
    QVERIFY2(result.messages.isEmpty(), qPrintable(result.messages.value(0).text));
    QCOMPARE(result.records.size(), 200);
    for (const RawRecord &record : result.records) {
        const Paper &p = record.paper;
        QVERIFY2(!p.title.isEmpty() && !p.abstract.isEmpty() && p.year && !p.venue.isEmpty() && !p.arxivId.isEmpty()
                     && p.authors.size() >= 1,
                 qPrintable(describe(record)));
        for (const QString &author : p.authors)
            QVERIFY2(!author.contains(QLatin1Char(',')), qPrintable(author));
    }
    const QString violation = invariantViolation(corpus.text, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestCsv::longFieldIsCut()
{
    const QString longTitle(kMaxFieldLength + 10, u'x');
    const QString quotedAbstract = QStringLiteral("\"") + QString(kMaxFieldLength / 2 + 5, u'a')
                                   + QStringLiteral("\"\"") + QString(kMaxFieldLength / 2 + 5, u'b')
                                   + QStringLiteral("\"");
    const QString text = QStringLiteral("title,abstract\n") + longTitle + QStringLiteral(",short\nB,") + quotedAbstract
                         + QStringLiteral("\n");
    const ParseResult result = kParser.parse(text);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[0].paper.title.size(), kMaxFieldLength);
    QCOMPARE(result.records[1].paper.abstract.size(), kMaxFieldLength);
    QVERIFY(result.records[1].paper.abstract.contains(QStringLiteral("a\"b")));
    QCOMPARE(messageTexts(result),
             (QStringList{QStringLiteral("W line 2: a field longer than 1048576 characters was cut"),
                          QStringLiteral("W line 3: a field longer than 1048576 characters was cut")}));
}

void TestCsv::hostileInput_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace only") << QStringLiteral(" \t\n\n   \n\u00a0\n");
    QTest::newRow("lone quotes") << QStringLiteral("\"\n\"\"\n\"\"\"\n,\",\"\n");
    QTest::newRow("header then a lone quote") << QStringLiteral("title,abstract\n\"");
    QTest::newRow("delimiters only") << QStringLiteral(",,,,\n;;;;\n\t\t\t\n");
    quint32 state = 7;
    const QByteArray garbage = test::randomBytes(256 * 1024, state);
    QTest::newRow("binary garbage") << decodeFileText(garbage).text;
    QString words;
    words.reserve(50 * 1024 * 1024);
    while (words.size() < 50 * 1024 * 1024)
        words += QStringLiteral("token words that never end ");
    QTest::newRow("50 MB single line") << words;
    QTest::newRow("50 MB unterminated quote") << QStringLiteral("title,abstract\nA,\"") + words;
    QString rows = QStringLiteral("title,year\n");
    while (rows.size() < 8 * 1024 * 1024)
        rows += QStringLiteral("\"a\"\"b\",\"1,2\"\n,,,\n\"\"\n");
    QTest::newRow("8 MB of quote-heavy rows") << rows;
    QTest::newRow("a million columns") << QStringLiteral("title") + QString(1000 * 1000, u',')
                                              + QStringLiteral("\nA\n");
}

void TestCsv::hostileInput()
{
    QFETCH(QString, input);
    const QString violation = test::parseViolation(kParser, input, invariantViolation);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    readCsvHeader(input);
}

void TestCsv::shuffledFragmentsNeverBreakInvariants()
{
    const QStringList fragments = {
        QString(),
        QStringLiteral("title,authors,year,abstract"),
        QStringLiteral("Title;Authors;Year"),
        QStringLiteral("A,\"Han, Song; Mao, Huizi\",2016,\"An abstract,"),
        QStringLiteral("with a line break.\""),
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral(",,,"),
        QStringLiteral("B\tC\tD"),
        QStringLiteral("  "),
        QStringLiteral("'=cmd|' /C calc'!A0,x"),
        QStringLiteral("\"unterminated"),
        QStringLiteral("E,F,G,H,I,J"),
    };
    const QString violation = test::shuffledFragmentsViolation(kParser, fragments, 20240611, 400, invariantViolation);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestCsv::exporterMetadata()
{
    const CsvExporter exporter;
    QCOMPARE(exporter.id(), QStringLiteral("csv"));
    QCOMPARE(exporter.displayName(), QStringLiteral("CSV"));
    QCOMPARE(exporter.fileSuffix(), QStringLiteral("csv"));
    QCOMPARE(exporter.highlightingDefinition(), QStringLiteral("CSV"));
    QCOMPARE(kParser.id(), QStringLiteral("csv"));
    QCOMPARE(kParser.displayName(), QStringLiteral("CSV/TSV"));
}

void TestCsv::exportedCells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");

    QTest::newRow("plain") << QStringLiteral("Deep Compression") << QStringLiteral("Deep Compression");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("A, B") << QStringLiteral("\"A, B\"");
    QTest::newRow("quotes") << QStringLiteral("Say \"hi\"") << QStringLiteral("\"Say \"\"hi\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("semicolon") << QStringLiteral("a; b") << QStringLiteral("\"a; b\"");
    QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::newRow("formula =") << QStringLiteral("=HYPERLINK(\"http://x\")")
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("formula +") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("leading tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
    QTest::newRow("leading CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("inner = is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("Unicode") << QStringLiteral("Łukasz – 4× faster") << QStringLiteral("Łukasz – 4× faster");
}

void TestCsv::exportedCells()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(CsvExporter::cell(value), cell);
}

void TestCsv::exportedFile()
{
    Paper paper;
    paper.title = QStringLiteral("Deep Compression");
    paper.authors = {QStringLiteral("Song Han"), QStringLiteral("Huizi Mao")};
    paper.year = 2016;
    paper.techniques = {{QStringLiteral("quantization"), 0, 5},
                        {QStringLiteral("pruning"), 6, 10},
                        {QStringLiteral("quantization"), 20, 25}};
    paper.metrics = {{QStringLiteral("accuracy"), 1.5, QStringLiteral("%"), QStringLiteral("increase"), {}, 0, 0},
                     {QStringLiteral("model-size"), 35, QStringLiteral("x"), QStringLiteral("reduction"), {}, 0, 0}};
    const QString out = exportAll({paper});
    QCOMPARE(out, QStringLiteral(
                      "\ufeffKey,Type,Title,Authors,Editors,Year,Date,Venue,Volume,Issue,Pages,Publisher,DOI,arXiv,"
                      "URL,Tags,Abstract,Comment,Techniques,Headline metric\r\n"
                      ",,Deep Compression,\"Song Han; Huizi Mao\",,2016,,,,,,,,,,,,,\"pruning; quantization\",35× "
                      "model size\r\n"));
    // Without a citation key the row is still valid and parses back.
    const ParseResult result = kParser.parse(decodeFileText(out.toUtf8()).text);
    QCOMPARE(result.records.size(), 1);
    QVERIFY(result.messages.isEmpty());
    QCOMPARE(result.records[0].paper.authors, paper.authors);
}

void TestCsv::formulaIsNeutralisedAndKept()
{
    Paper paper;
    paper.title = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Click\")");
    paper.venue = QStringLiteral("@risk");
    const QString out = exportAll({paper});
    QVERIFY(out.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"")));
    QVERIFY(out.contains(QStringLiteral(",'@risk,")));
    const ParseResult result = kParser.parse(decodeFileText(out.toUtf8()).text);
    QCOMPARE(result.records.size(), 1);
    // The apostrophe stays: the parser cannot tell it from a value that starts with one.
    QCOMPARE(result.records[0].paper.title, QLatin1Char('\'') + paper.title);
    QCOMPARE(result.records[0].paper.venue, QStringLiteral("'@risk"));
}

void TestCsv::roundTrip()
{
    Paper a;
    a.citationKey = QStringLiteral("han2016deep");
    a.type = QStringLiteral("inproceedings");
    a.title = QStringLiteral(
        "Deep Compression: Pruning, \"Trained\" Quantization & Huffman Coding; 50% {smaller} ~ ^ $ # _ \\");
    a.authors = {
        QStringLiteral("Song Han"),      QStringLiteral("Ludwig van Beethoven"),   QStringLiteral("Google DeepMind"),
        QStringLiteral("Łukasz Kaiser"), QStringLiteral("Martin Luther King Jr."), QStringLiteral("others")};
    a.editors = {QStringLiteral("William J. Dally"), QStringLiteral("Jean-Pierre de la Fontaine")};
    a.year = 2016;
    a.date = QStringLiteral("May 2, 2016");
    a.venue = QStringLiteral("International Conference on Learning Representations (ICLR), Proc.");
    a.volume = QStringLiteral("4");
    a.issue = QStringLiteral("2");
    a.pages = QStringLiteral("12–34");
    a.publisher = QStringLiteral("OpenReview, Inc.");
    a.doi = QStringLiteral("10.1016/s0140-6736(20)30183-5");
    a.arxivId = QStringLiteral("1510.00149");
    a.url = QStringLiteral("https://example.org/paper?id=1&x=(2),y");
    a.tags = {QStringLiteral("Model Compression/Quantization/Post-Training Quantization"),
              QStringLiteral("survey, old")};
    a.abstract =
        QStringLiteral("Neural networks are both \"computationally\" intensive,\nand memory intensive; we use\ttabs "
                       "& 100% of\r\nthe rest.");
    a.comment = QStringLiteral("Code: https://github.com/x/y, read \"twice\"");
    Paper b;
    b.title = QStringLiteral("Distilling the Knowledge in a Neural Network");
    b.authors = {QStringLiteral("Geoffrey Hinton")};
    b.year = 2015;
    b.arxivId = QStringLiteral("hep-th/9901001");
    b.type = QStringLiteral("misc");
    Paper c; // an abstract only
    c.abstract = QStringLiteral("We propose a method. It is fast.");

    const QList<Paper> papers{a, b, c};
    const QString out = exportAll(papers);
    const DecodedText decoded = decodeFileText(out.toUtf8());
    QVERIFY(kParser.confidence(decoded.text) >= 80);
    const ParseResult result = kParser.parse(decoded.text);
    QVERIFY2(result.messages.isEmpty(), qPrintable(result.messages.value(0).text));
    QCOMPARE(result.records.size(), papers.size());
    for (qsizetype i = 0; i < papers.size(); ++i) {
        Paper expected = papers[i];
        Paper got = result.records[i].paper;
        normalizePaper(expected);
        normalizePaper(got);
        QCOMPARE(got.citationKey, expected.citationKey);
        QCOMPARE(got.type, expected.type);
        QCOMPARE(got.title, expected.title);
        QCOMPARE(got.titleIsProvisional, expected.titleIsProvisional);
        QCOMPARE(got.authors, expected.authors);
        QCOMPARE(got.editors, expected.editors);
        QCOMPARE(got.year, expected.year);
        QCOMPARE(got.date, expected.date);
        QCOMPARE(got.venue, expected.venue);
        QCOMPARE(got.volume, expected.volume);
        QCOMPARE(got.issue, expected.issue);
        QCOMPARE(got.pages, expected.pages);
        QCOMPARE(got.publisher, expected.publisher);
        QCOMPARE(got.doi, expected.doi);
        QCOMPARE(got.arxivId, expected.arxivId);
        QCOMPARE(got.url, expected.url);
        QCOMPARE(got.tags, expected.tags);
        QCOMPARE(got.abstract, expected.abstract);
        QCOMPARE(got.comment, expected.comment);
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
