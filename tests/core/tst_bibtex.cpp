// BibTeX and BibLaTeX import and export: the syntax BibTeX, biber, JabRef and Zotero write, the fields Lectern
// reads from it, how broken and hostile files are reported, and export → import round trips.
#include "export/bibtexexporter.h"
#include "import/bibtexparser.h"
#include "import/normalize.h"
#include "import/textdecoding.h"
#include "parsertesting.h"
#include "testsupport.h"

#include <QLocale>
#include <QTest>

using namespace lectern;

class TestBibtex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fields_data();
    void fields();
    void messages_data();
    void messages();
    void fixtures_data();
    void fixtures();
    void brokenFileKeepsTheGoodEntries();
    void rawRangeCoversTheEntry();
    void longFieldIsCut();
    void stringExpansionIsBounded();
    void hostileInput_data();
    void hostileInput();
    void truncatedFixtures();
    void generatedCorpus();
    void detection_data();
    void detection();
    void exportLayout_data();
    void exportLayout();
    void exportEdgeCases();
    void roundTrip_data();
    void roundTrip();

private:
    const BibtexParser m_parser;
};

namespace {

using test::messageTexts;

QString summary(const Paper &p)
{
    QStringList parts;
    const auto add = [&parts](const char *name, const QString &value) {
        if (!value.isEmpty())
            parts.append(QLatin1String(name) + u'=' + value);
    };
    add("type", p.type);
    add("key", p.citationKey);
    add("title", p.title);
    add("authors", p.authors.join(QLatin1String("; ")));
    add("editors", p.editors.join(QLatin1String("; ")));
    add("venue", p.venue);
    add("year", p.year ? QString::number(*p.year) : QString());
    add("date", p.date);
    add("volume", p.volume);
    add("issue", p.issue);
    add("pages", p.pages);
    add("publisher", p.publisher);
    add("doi", p.doi);
    add("url", p.url);
    add("arxiv", p.arxivId);
    add("tags", p.tags.join(QLatin1String("; ")));
    add("comment", p.comment);
    add("abstract", p.abstract);
    return parts.join(QLatin1String(" | "));
}

QStringList summaries(const ParseResult &result)
{
    QStringList list;
    for (const RawRecord &record : result.records)
        list.append(summary(record.paper));
    return list;
}

// What BibTeX adds to the promises of every parser; returns an empty string or what went wrong.
QString bibtexRecordViolation(const RawRecord &record, QStringView raw)
{
    if (raw.front() != u'@')
        return QStringLiteral("raw text does not start with '@'");
    if (raw.back() != u'}' && raw.back() != u')')
        return QStringLiteral("raw text does not end with its delimiter");
    const Paper &p = record.paper;
    for (const QString *field : {&p.title, &p.abstract, &p.venue, &p.comment, &p.publisher, &p.url, &p.doi})
        if (field->size() > kMaxFieldLength)
            return QStringLiteral("a field longer than kMaxFieldLength");
    return {};
}

QString invariantViolation(QStringView text, const ParseResult &result)
{
    return test::invariantViolation(text, result, bibtexRecordViolation);
}

} // namespace

void TestBibtex::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
    QCOMPARE(m_parser.id(), QStringLiteral("bibtex"));
    QCOMPARE(m_parser.displayName(), QStringLiteral("BibTeX"));
}

void TestBibtex::fields_data()
{
    QTest::addColumn<QString>("bib");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char16_t *bib, std::initializer_list<const char16_t *> expected) {
        QStringList list;
        for (const char16_t *e : expected)
            list.append(QString::fromUtf16(e));
        QTest::newRow(name) << QString::fromUtf16(bib) << list;
    };

    // Values.
    row("braced", u"@article{k, title = {Deep Compression}}", {u"type=article | key=k | title=Deep Compression"});
    row("quoted", u"@article{k, title = \"Deep Compression\"}", {u"type=article | key=k | title=Deep Compression"});
    row("braces inside quotes", u"@misc{k, title = \"The {\"}Best{\"} {GPU}\"}",
        {u"type=misc | key=k | title=The \"Best\" GPU"});
    row("bare number", u"@misc{k, year = 2016, volume = 35}", {u"type=misc | key=k | year=2016 | volume=35"});
    row("nested braces", u"@misc{k, title = {A {B {C {D}}} E}}", {u"type=misc | key=k | title=A B C D E"});
    row("whitespace collapsed", u"@misc{k, title = {Deep\n    Compression\tfor\n\nAll}}",
        {u"type=misc | key=k | title=Deep Compression for All"});
    row("string macro",
        u"@string{icml = {International Conference on Machine Learning}}\n"
        u"@inproceedings{k, booktitle = icml}",
        {u"type=inproceedings | key=k | venue=International Conference on Machine Learning"});
    row("macros are case-insensitive", u"@STRING{ICML = \"ICML\"}\n@inproceedings{k, booktitle = Icml}",
        {u"type=inproceedings | key=k | venue=ICML"});
    row("macro defined by a macro", u"@string{a = \"Neural\"}\n@string{b = a # \" Networks\"}\n@misc{k, title = b}",
        {u"type=misc | key=k | title=Neural Networks"});
    row("concatenation", u"@string{nips = {NeurIPS}}\n@inproceedings{k, booktitle = \"Proc. \" # nips # { } # 2020}",
        {u"type=inproceedings | key=k | venue=Proc. NeurIPS 2020"});
    row("month macros", u"@misc{k, year = 2016, month = feb}", {u"type=misc | key=k | year=2016 | date=2016-02"});
    row("month as text", u"@misc{k, year = {2016}, month = {September}}",
        {u"type=misc | key=k | year=2016 | date=2016-09"});
    row("month as number", u"@misc{k, year = {2016}, month = {3}}", {u"type=misc | key=k | year=2016 | date=2016-03"});
    row("month with day", u"@misc{k, year = 2016, month = mar # {~15}}",
        {u"type=misc | key=k | year=2016 | date=2016-03-15"});
    row("day field", u"@misc{k, year = 2016, month = mar, day = 15}",
        {u"type=misc | key=k | year=2016 | date=2016-03-15"});
    row("month BibTeX cannot read", u"@misc{k, year = 2016, month = {Spring}}",
        {u"type=misc | key=k | year=2016 | date=Spring 2016"});
    // Syntax.
    row("parentheses", u"@article(k, title = {In Parentheses})", {u"type=article | key=k | title=In Parentheses"});
    row("case-insensitive", u"@ARTICLE{K1, TITLE = {Upper}, Author = {Han, Song}, YeAr = 2016}",
        {u"type=article | key=K1 | title=Upper | authors=Song Han | year=2016"});
    row("space after @ and around =", u"@ misc {k ,title={x} , year =2016 ,}",
        {u"type=misc | key=k | title=x | year=2016"});
    row("comments and text between entries",
        u"Exported by Mendeley.\n% a comment\n@comment{ignored @article{no, title={Hidden}} }\n"
        u"@preamble{ \"\\newcommand{\\noop}[1]{}\" }\nSome text with an e-mail a@b.org.\n@misc{k, title = {Shown}}",
        {u"type=misc | key=k | title=Shown"});
    row("@comment without braces", u"@comment This is ignored\n@misc{k, title = {x}}",
        {u"type=misc | key=k | title=x"});
    row("entry without fields", u"@misc{lonely}", {u"type=misc | key=lonely"});
    row("unknown fields ignored", u"@misc{k, timestamp = {2020}, owner = {me}, file = {:a.pdf:PDF}, title = {x}}",
        {u"type=misc | key=k | title=x"});
    row("key with punctuation", u"@misc{doi:10.1000/xyz-1, title = {x}}",
        {u"type=misc | key=doi:10.1000/xyz-1 | title=x"});
    // Entry types.
    row("conference", u"@Conference{k}", {u"type=inproceedings | key=k"});
    row("biblatex types", u"@online{a}\n@report{b}\n@thesis{c}\n@mvbook{d}\n@software{e}",
        {u"type=online | key=a", u"type=report | key=b", u"type=thesis | key=c", u"type=mvbook | key=d",
         u"type=software | key=e"});
    // Names.
    row("names", u"@misc{k, author = {Han, Song and Dally, William J. and Hinton, G.~E.}}",
        {u"type=misc | key=k | authors=Song Han; William J. Dally; G. E. Hinton"});
    row("first von last", u"@misc{k, author = {Ludwig van Beethoven and Jean de la Fontaine}}",
        {u"type=misc | key=k | authors=Ludwig van Beethoven; Jean de la Fontaine"});
    row("von last, first", u"@misc{k, author = {van Beethoven, Ludwig and de la Fontaine, Jean}}",
        {u"type=misc | key=k | authors=Ludwig van Beethoven; Jean de la Fontaine"});
    row("last, jr, first", u"@misc{k, author = {King, Jr., Martin Luther and Smith, III, John}}",
        {u"type=misc | key=k | authors=Martin Luther King Jr.; John Smith III"});
    row("last, jr", u"@misc{k, author = {Martin Luther King, Jr.}}",
        {u"type=misc | key=k | authors=Martin Luther King Jr."});
    row("others", u"@misc{k, author = {Brown, Tom and others}}", {u"type=misc | key=k | authors=Tom Brown; others"});
    row("corporate names stay whole",
        u"@misc{k, author = {{Google DeepMind} and {Barnes and Noble} and {Smith, Ltd.}}}",
        {u"type=misc | key=k | authors=Google DeepMind; Barnes and Noble; Smith, Ltd."});
    row("and in any case, not inside words", u"@misc{k, author = {Anderson, Al AND Sand, Andy And Brand, Ann}}",
        {u"type=misc | key=k | authors=Al Anderson; Andy Sand; Ann Brand"});
    row("names across lines", u"@misc{k, author = {Han, Song and\n   Mao, Huizi\n and Dally, Bill}}",
        {u"type=misc | key=k | authors=Song Han; Huizi Mao; Bill Dally"});
    row("names with LaTeX",
        u"@misc{k, author = {M{\\\"u}ller, J{\\\"o}rg and Garc{\\'\\i}a, Ana and {\\L}ukasiewicz, Jan}}",
        {u"type=misc | key=k | authors=J\u00f6rg M\u00fcller; Ana Garc\u00eda; Jan \u0141ukasiewicz"});
    row("editors", u"@book{k, editor = {Zhang, Wei and Li, Mei}}", {u"type=book | key=k | editors=Wei Zhang; Mei Li"});
    // LaTeX in fields.
    row("latex everywhere",
        u"@article{k, title = {{\\\"U}ber {BERT}: 35\\% Faster --- Really}, "
        u"journal = {Journal of {\\\"O}ko\\-nomie \\& Co}, publisher = {Springer~Verlag}, "
        u"note = {Accepted at \\emph{ICLR}}, abstract = {We reach $2\\times$ speed-up at $\\alpha=0.5$.}}",
        {u"type=article | key=k | title=\u00dcber BERT: 35% Faster \u2014 Really | venue=Journal of \u00d6konomie & Co"
         u" | publisher=Springer\u00a0Verlag | comment=Accepted at ICLR | abstract=We reach 2\u00d7 speed-up at "
         u"\u03b1=0.5."});
    row("subtitle", u"@book{k, title = {LLaMA}, subtitle = {Open Models}}",
        {u"type=book | key=k | title=LLaMA: Open Models"});
    // Venue.
    row("journal", u"@article{k, journal = {JMLR}, booktitle = {Other}}", {u"type=article | key=k | venue=JMLR"});
    row("journaltitle", u"@article{k, journaltitle = {TMLR}}", {u"type=article | key=k | venue=TMLR"});
    row("booktitle", u"@inproceedings{k, booktitle = {ICML}}", {u"type=inproceedings | key=k | venue=ICML"});
    row("howpublished", u"@misc{k, howpublished = {NeurIPS Workshop}}",
        {u"type=misc | key=k | venue=NeurIPS Workshop"});
    row("howpublished url", u"@misc{k, howpublished = {\\url{https://x.org/a_b}}}",
        {u"type=misc | key=k | url=https://x.org/a_b"});
    // Dates.
    row("biblatex date", u"@online{k, date = {2023-02-27}}", {u"type=online | key=k | year=2023 | date=2023-02-27"});
    row("biblatex year-month", u"@online{k, date = {2023-02}}", {u"type=online | key=k | year=2023 | date=2023-02"});
    row("biblatex year", u"@online{k, date = {2023}}", {u"type=online | key=k | year=2023"});
    row("biblatex range", u"@online{k, date = {2022-09-15/2022-09-16}}",
        {u"type=online | key=k | year=2022 | date=2022-09-15"});
    row("date wins over year", u"@online{k, year = {2020}, date = {2021-01}}",
        {u"type=online | key=k | year=2021 | date=2021-01"});
    // Numbers and publishers.
    row("pages",
        u"@article{a, pages = {12--34}}\n@article{b, pages = {12-34}}\n@article{c, pages = {e1 -- e9, 15}}\n"
        u"@article{d, pages = {7}}",
        {u"type=article | key=a | pages=12\u201334", u"type=article | key=b | pages=12\u201334",
         u"type=article | key=c | pages=e1\u2013e9, 15", u"type=article | key=d | pages=7"});
    row("volume and number", u"@article{k, volume = {35}, number = {4}, issue = {Spring}}",
        {u"type=article | key=k | volume=35 | issue=4"});
    row("issue alone", u"@article{k, issue = {Spring}}", {u"type=article | key=k | issue=Spring"});
    row("publisher", u"@book{k, publisher = {MIT Press}, school = {MIT}}",
        {u"type=book | key=k | publisher=MIT Press"});
    row("institution", u"@techreport{k, institution = {Google Research}}",
        {u"type=techreport | key=k | publisher=Google Research"});
    row("school", u"@phdthesis{k, school = {Stanford University}}",
        {u"type=phdthesis | key=k | publisher=Stanford University"});
    row("organization", u"@inproceedings{k, organization = {IEEE}}", {u"type=inproceedings | key=k | publisher=IEEE"});
    // Identifiers.
    row("doi and url", u"@misc{k, doi = {10.1000/ABC\\_1}, url = {https://x.org/~a--b%20c}}",
        {u"type=misc | key=k | doi=10.1000/ABC_1 | url=https://x.org/~a--b%20c"});
    row("arxiv by archivePrefix", u"@misc{k, eprint = {2305.14314}, archivePrefix = {arXiv}, primaryClass = {cs.LG}}",
        {u"type=misc | key=k | arxiv=2305.14314"});
    row("arxiv by eprinttype", u"@online{k, eprint = {hep-th/9901001}, eprinttype = {arxiv}}",
        {u"type=online | key=k | arxiv=hep-th/9901001"});
    row("arxiv by shape", u"@misc{k, eprint = {2305.14314v2}}", {u"type=misc | key=k | arxiv=2305.14314v2"});
    row("other eprint", u"@misc{k, eprint = {12345678}, eprinttype = {pubmed}}", {u"type=misc | key=k"});
    row("arxiv in journal (Google Scholar)", u"@article{k, journal = {arXiv preprint arXiv:2106.09685}}",
        {u"type=article | key=k | venue=arXiv preprint arXiv:2106.09685 | arxiv=2106.09685"});
    row("arxiv in note (Zotero)", u"@misc{k, note = {arXiv:2305.14314 [cs]}}",
        {u"type=misc | key=k | arxiv=2305.14314 | comment=arXiv:2305.14314 [cs]"});
    row("arxiv doi", u"@misc{k, doi = {10.48550/arXiv.2210.17323}}",
        {u"type=misc | key=k | doi=10.48550/arXiv.2210.17323 | arxiv=2210.17323"});
    // Tags.
    row("keywords", u"@misc{k, keywords = {pruning, quantization; distillation,, pruning}}",
        {u"type=misc | key=k | tags=pruning; quantization; distillation"});
    row("hierarchical keywords", u"@misc{k, keywords = {Model Compression > Quantization > PTQ, LLM}}",
        {u"type=misc | key=k | tags=Model Compression/Quantization/PTQ; LLM"});
    // Crossref.
    row("crossref",
        u"@inproceedings{child, title = {Child}, crossref = {Parent}, pages = {1--9}}\n"
        u"@proceedings{parent, title = {Proceedings of ICML}, booktitle = {ICML 2020}, year = 2020, "
        u"editor = {Zhang, Wei}, publisher = {PMLR}, pages = {1--900}, doi = {10.1/p}, note = {n}}",
        {u"type=inproceedings | key=child | title=Child | editors=Wei Zhang | venue=ICML 2020 | year=2020 | "
         u"pages=1\u20139 | publisher=PMLR",
         u"type=proceedings | key=parent | title=Proceedings of ICML | editors=Wei Zhang | venue=ICML 2020 | year=2020 "
         u"| "
         u"pages=1\u2013900 | publisher=PMLR | doi=10.1/p | comment=n"});
    row("crossref title becomes booktitle",
        u"@proceedings{p, title = {Proc. of MLSys}, year = 2021}\n"
        u"@inproceedings{c, title = {Child}, crossref = {p}}",
        {u"type=proceedings | key=p | title=Proc. of MLSys | year=2021",
         u"type=inproceedings | key=c | title=Child | venue=Proc. of MLSys | year=2021"});
    row("redefined string keeps earlier values",
        u"@string{a = \"Proc. \" # \"ICML\"}\n@proceedings{p, booktitle = a}\n"
        u"@string{a = {Other}}\n@inproceedings{c, crossref = {p}, note = a}",
        {u"type=proceedings | key=p | venue=Proc. ICML",
         u"type=inproceedings | key=c | venue=Proc. ICML | comment=Other"});
    row("duplicate field keeps the first", u"@misc{k, title = {First}, TITLE = {Second}}",
        {u"type=misc | key=k | title=First"});
}

void TestBibtex::fields()
{
    QFETCH(QString, bib);
    QFETCH(QStringList, expected);
    const ParseResult result = m_parser.parse(bib);
    QCOMPARE(summaries(result), expected);
    const QString violation = invariantViolation(bib, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestBibtex::messages_data()
{
    QTest::addColumn<QString>("bib");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char16_t *bib, const QStringList &keys, const QStringList &expected) {
        QTest::newRow(name) << QString::fromUtf16(bib) << keys << expected;
    };
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList l;
        for (const char *item : items)
            l.append(QString::fromUtf8(item));
        return l;
    };
    row("undefined macro", u"@misc{a,\n  title = {x},\n  booktitle = neurips # { 2020}\n}", list({"a"}),
        list({"W line 3: undefined string 'neurips' in entry 'a'"}));
    row("undefined macro keeps its name", u"@misc{a, howpublished = neurips}", list({"a"}),
        list({"W line 1: undefined string 'neurips' in entry 'a'"}));
    row("missing crossref", u"@misc{a,\n crossref = {nowhere}}\n", list({"a"}),
        list({"W line 2: crossref 'nowhere' of entry 'a' not found"}));
    row("duplicate field", u"@misc{a,\n title = {x},\n title = {y}}", list({"a"}),
        list({"W line 3: duplicate field 'title' in entry 'a'; the first one is kept"}));
    row("unbalanced brace in a value",
        u"@misc{a, title = {x}}\n@misc{han2016,\n  title = {Deep {Compression},\n"
        u"  year = 2016}\n@misc{b, title = {y}}",
        list({"a", "b"}), list({"E line 2: unbalanced brace in entry 'han2016'"}));
    row("value brace open to the end", u"@misc{a, title = {x}}\n@misc{c,\n  title = {never closed\n", list({"a"}),
        list({"E line 3: unbalanced brace in entry 'c'"}));
    row("entry not closed", u"@misc{a,\n title = {x},\n\n@misc{b, title = {y}}", list({"b"}),
        list({"E line 1: unbalanced brace in entry 'a'"}));
    row("paren entry not closed", u"@misc(a,\n title = {x},\n\n@misc{b, title = {y}}", list({"b"}),
        list({"E line 1: missing ')' at the end of entry 'a'"}));
    row("missing key", u"@misc{\n  title = {x}}\n@misc{b}", list({"b"}),
        list({"E line 2: missing citation key in @misc entry"}));
    row("empty key", u"@misc{, title = {x}}\n@misc{b}", list({"b"}),
        list({"E line 1: missing citation key in @misc entry"}));
    row("missing comma after key", u"@misc{a title = {x}}\n@misc{b}", list({"b"}),
        list({"E line 1: missing ',' after the citation key 'a'"}));
    row("missing equals", u"@misc{a,\n  title {x}}\n@misc{b}", list({"b"}),
        list({"E line 2: missing '=' after field 'title' in entry 'a'"}));
    row("missing value", u"@misc{a,\n  title = ,\n year = 1}\n@misc{b}", list({"b"}),
        list({"E line 2: missing value of field 'title' in entry 'a'"}));
    row("missing comma between fields", u"@misc{a,\n  title = {x}\n  year = 1}\n@misc{b}", list({"b"}),
        list({"E line 3: missing ',' after field 'title' in entry 'a'"}));
    row("unterminated quote", u"@misc{a,\n  title = \"x,\n  year = 1}\n@misc{b}", list({"b"}),
        list({"E line 2: unterminated quoted value of field 'title' in entry 'a'"}));
    row("unexpected character", u"@misc{a, {title} = {x}}\n@misc{b}", list({"b"}),
        list({"E line 1: unexpected '{' in entry 'a'"}));
    row("no delimiter", u"@misc a, title = {x}\n@misc{b}", list({"b"}),
        list({"E line 1: '@misc' is not followed by '{' or '('; skipped"}));
    row("broken @string", u"@string{x = {unclosed\n@misc{b, title = x}", list({"b"}),
        list({"W line 1: unbalanced brace in @string 'x'; ignored", "W line 2: undefined string 'x' in entry 'b'"}));
    row("broken @preamble", u"@preamble{\"x\" # }\n@misc{b}", list({"b"}),
        list({"W line 1: missing value of the value in @preamble; ignored"}));
    row("unclosed @comment is read as BibTeX reads it", u"@comment{ open\n@misc{b}", list({"b"}), QStringList());
    row("'@' inside a line is text", u"mail me@example.org or @home\n@misc{b}", list({"b"}), QStringList());
    // BibTeX has no comment character: an entry after '%' is read, as BibTeX reads it.
    row("'%' comments nothing out", u"% @misc{old}\n@misc{b}", list({"old", "b"}), QStringList());
}

void TestBibtex::messages()
{
    QFETCH(QString, bib);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, expected);
    const ParseResult result = m_parser.parse(bib);
    QStringList gotKeys;
    for (const RawRecord &record : result.records)
        gotKeys.append(record.paper.citationKey);
    QCOMPARE(gotKeys, keys);
    QCOMPARE(messageTexts(result), expected);
    const QString violation = invariantViolation(bib, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestBibtex::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("messages");

    const auto list = [](std::initializer_list<const char16_t *> items) {
        QStringList l;
        for (const char16_t *item : items)
            l.append(QString::fromUtf16(item));
        return l;
    };

    QTest::newRow("zotero")
        << QStringLiteral("zotero.bib")
        << list({
               u"type=misc | key=dettmers_qlora_2023 | title=QLoRA: Efficient Finetuning of Quantized "
               u"LLMs | authors=Tim Dettmers; Artidoro Pagnoni; Ari Holtzman; Luke Zettlemoyer | "
               u"year=2023 | date=2023-05 | publisher=arXiv | doi=10.48550/arXiv.2305.14314 | "
               u"url=http://arxiv.org/abs/2305.14314 | arxiv=2305.14314 | tags=Computer Science - "
               u"Machine Learning; Computer Science - Computation and Language | "
               u"comment=arXiv:2305.14314 [cs] | abstract=We present QLoRA, an efficient finetuning "
               u"approach that reduces memory usage enough to finetune a 65B parameter model on a "
               u"single 48GB GPU while preserving full 16-bit finetuning task performance.",
               u"type=inproceedings | key=han_deep_2016 | title=Deep Compression: Compressing Deep "
               u"Neural Networks with Pruning, Trained Quantization and Huffman Coding | authors=Song "
               u"Han; Huizi Mao; William J. Dally | venue=4th International Conference on Learning "
               u"Representations (ICLR) | year=2016 | date=2016-05 | pages=1\u201314 | "
               u"url=https://arxiv.org/abs/1510.00149",
               u"type=article | key=frantar_optimal_2022 | title=Optimal Brain Compression: A "
               u"Framework for Accurate Post-Training Quantization and Pruning | authors=Elias "
               u"Frantar; Dan Alistarh | venue=Advances in Neural Information Processing Systems | "
               u"year=2022 | volume=35 | pages=4475\u20134488 | "
               u"url=https://proceedings.neurips.cc/paper/2022/hash/"
               u"1caf09c9f4e6b0150b06a07e77f2710c-Abstract-Conference.html",
               u"type=inproceedings | key=devlinBERTPretrainingDeep2019 | title=BERT: Pre-training of "
               u"Deep Bidirectional Transformers for Language Understanding | authors=Jacob Devlin; "
               u"Ming-Wei Chang; Kenton Lee; Kristina Toutanova | venue=Proceedings of the 2019 "
               u"Conference of the North American Chapter of the Association for Computational "
               u"Linguistics | year=2019 | date=2019-06 | pages=4171\u20134186 | "
               u"publisher=Association for Computational Linguistics | doi=10.18653/v1/N19-1423 | "
               u"arxiv=1810.04805 | tags=transformers; pretraining",
               u"type=techreport | key=geminiteamGeminiFamilyHighly2023 | title=Gemini: A Family of "
               u"Highly Capable Multimodal Models | authors=Gemini Team; Rohan Anil; Sebastian "
               u"Borgeaud; others | year=2023 | date=2023-12 | publisher=Google DeepMind | "
               u"arxiv=2312.11805",
               u"type=article | key=mullerEfficientQuantizationTransformers2021 | title=Efficient "
               u"Quantization of Transformers \u2014 A Survey of 8-Bit & 4-Bit Methods | "
               u"authors=Thomas M\u00fcller; Ana Garc\u00eda; Jan van der Berg; Kaiser \u0141ukasz; "
               u"Pavel Nov\u00e1k | venue=Journal of Machine Learning Research | year=2021 | "
               u"volume=22 | issue=113 | pages=1\u201342 | abstract=We survey quantization of "
               u"transformers to 8-bit and 4-bit integers. Accuracy drops by less than 1% on GLUE, "
               u"while memory shrinks 4\u00d7 and latency by 2.5\u00d7.",
           })
        << QStringList();
    QTest::newRow("jabref")
        << QStringLiteral("jabref.bib")
        << list({
               u"type=proceedings | key=nips2020 | title=Advances in Neural Information Processing "
               u"Systems 33 | editors=Hugo Larochelle; Marc'Aurelio Ranzato; Raia Hadsell; "
               u"Maria-Florina Balcan; Hsuan-Tien Lin | venue=Advances in Neural Information "
               u"Processing Systems 33 (NeurIPS 2020) | year=2020 | date=2020-12 | "
               u"publisher=Curran Associates, Inc.",
               u"type=inproceedings | key=Brown2020 | title=Language Models are Few-Shot Learners | "
               u"authors=Tom B. Brown; Benjamin Mann; Nick Ryder; others | editors=Hugo Larochelle; "
               u"Marc'Aurelio Ranzato; Raia Hadsell; Maria-Florina Balcan; Hsuan-Tien Lin | "
               u"venue=Advances in Neural Information Processing Systems 33 (NeurIPS 2020) | "
               u"year=2020 | date=2020-12 | pages=1877\u20131901 | publisher=Curran Associates, "
               u"Inc. | tags=Language Models/Scaling; few-shot | abstract=We demonstrate that "
               u"scaling up language models greatly improves task-agnostic, few-shot performance.",
               u"type=article | key=Hinton2015 | title=Distilling the Knowledge in a Neural Network | "
               u"authors=Geoffrey Hinton; Oriol Vinyals; Jeff Dean | venue=Journal of Machine "
               u"Learning Research | year=2015 | date=2015-03-09 | volume=16 | issue=4 | "
               u"pages=1\u201320 | comment=Workshop version",
               u"type=book | key=Goodfellow2016 | title=Deep Learning | authors=Ian Goodfellow; "
               u"Yoshua Bengio; Aaron Courville | year=2016 | publisher=MIT Press | "
               u"url=http://www.deeplearningbook.org",
               u"type=incollection | key=Chapter2019 | title=Pruning in Practice | authors=Maria de "
               u"la Cruz; John Smith Jr. | editors=Wei Zhang | venue=Model Compression Handbook | "
               u"year=2019",
           })
        << QStringList{QStringLiteral("W line 54: crossref 'missingBook' of entry 'Chapter2019' "
                                      "not found")};
    QTest::newRow("biblatex")
        << QStringLiteral("biblatex.bib")
        << list({
               u"type=online | key=touvron2023llama | title=LLaMA: Open and Efficient Foundation "
               u"Language Models | authors=Hugo Touvron; Thibaut Lavril; Gautier Izacard; others | "
               u"year=2023 | date=2023-02-27 | arxiv=2302.13971",
               u"type=article | key=frantar2023gptq | title=GPTQ: Accurate Post-Training "
               u"Quantization for Generative Pre-trained Transformers | authors=Elias Frantar; "
               u"Saleh Ashkboos; Torsten Hoefler; Dan Alistarh | venue=Transactions on Machine "
               u"Learning Research | year=2023 | date=2023-05 | volume=2023 | issue=Spring | "
               u"pages=1\u201325 | doi=10.48550/arXiv.2210.17323 | arxiv=2210.17323 | "
               u"tags=quantization; large language models",
               u"type=report | key=jacob2017integer | title=Quantization and Training of Neural "
               u"Networks for Efficient Integer-Arithmetic-Only Inference | authors=Benoit Jacob; "
               u"Skirmantas Kligys; Bo Chen | year=2017 | issue=GR-2017-12 | publisher=Google "
               u"Research",
               u"type=thesis | key=zhu2022thesis | title=Efficient Deep Learning on the Edge | "
               u"authors=Ligeng Zhu | year=2022 | date=2022-09-15 | publisher=Massachusetts "
               u"Institute of Technology | url=https://dspace.mit.edu/handle/1721.1/147410",
               u"type=mvbook | key=knuth1997taocp | title=The Art of Computer Programming | "
               u"authors=Donald E. Knuth | year=1997 | publisher=Addison-Wesley",
               u"type=inproceedings | key=lin2024awq | title=AWQ: Activation-aware Weight "
               u"Quantization for LLM Compression and Acceleration | authors=Ji Lin; Jiaming Tang; "
               u"Haotian Tang; Shang Yang; Xingyu Dang; Song Han | editors=P. Gibbons; G. "
               u"Pekhimenko; C. De Sa | venue=Proceedings of Machine Learning and Systems | "
               u"year=2024 | volume=6 | pages=87\u2013100 | arxiv=2306.00978",
           })
        << QStringList();
}

void TestBibtex::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, messages);
    const QString text = test::readImportFixture(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    QVERIFY(m_parser.confidence(text) >= 80);
    const ParseResult result = m_parser.parse(text);
    const QStringList got = summaries(result);
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got[i], expected[i]);
    QCOMPARE(messageTexts(result), messages);
    const QString violation = invariantViolation(text, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestBibtex::brokenFileKeepsTheGoodEntries()
{
    const QString text = test::readImportFixture(QStringLiteral("broken.bib"));
    QVERIFY(!text.isEmpty());
    QVERIFY(m_parser.confidence(text) >= 80);
    const ParseResult result = m_parser.parse(text);
    QStringList keys;
    for (const RawRecord &record : result.records)
        keys.append(record.paper.citationKey + QStringLiteral("@%1").arg(record.line));
    QCOMPARE(keys, (QStringList{QStringLiteral("good1@1"), QStringLiteral("good2@13"), QStringLiteral("good3@28"),
                                QStringLiteral("good4@44"), QStringLiteral("good5@52")}));
    QCOMPARE(result.records[3].paper.comment, QStringLiteral("Quoted with \"braces\" inside"));
    QCOMPARE(messageTexts(result),
             (QStringList{
                 QStringLiteral("E line 7: unbalanced brace in entry 'han2016'"),
                 QStringLiteral("E line 19: missing citation key in @article entry"),
                 QStringLiteral("E line 24: missing '=' after field 'title' in entry 'noequals'"),
                 QStringLiteral("W line 30: undefined string 'icml' in entry 'good3'"),
                 QStringLiteral("E line 35: unterminated quoted value of field 'title' in entry 'quote1'"),
                 QStringLiteral("E line 41: missing ',' after field 'title' in entry 'comma1'"),
                 QStringLiteral("E line 49: '@article' is not followed by '{' or '('; skipped"),
                 QStringLiteral("E line 57: unbalanced brace in entry 'unclosed'"),
             }));
    for (const ImportMessage &message : result.messages)
        QVERIFY(message.text.startsWith(QStringLiteral("line %1: ").arg(message.line)));
}

void TestBibtex::rawRangeCoversTheEntry()
{
    const QString text =
        QStringLiteral("% header\n@article{a,\n  title = {A}\n}\n\ntext between\n@misc(b, title = \"B\")x");
    const ParseResult result = m_parser.parse(text);
    QCOMPARE(result.records.size(), 2);
    const auto raw = [&text](const RawRecord &record) {
        return text.mid(record.rawStart, record.rawEnd - record.rawStart);
    };
    QCOMPARE(raw(result.records[0]), QStringLiteral("@article{a,\n  title = {A}\n}"));
    QCOMPARE(result.records[0].line, 2);
    QCOMPARE(raw(result.records[1]), QStringLiteral("@misc(b, title = \"B\")"));
    QCOMPARE(result.records[1].line, 7);
    QCOMPARE(result.records[1].position, 1);
}

void TestBibtex::longFieldIsCut()
{
    const QString text = QStringLiteral("@misc{a,\n  title = {short},\n  abstract = {")
                         + QString(kMaxFieldLength + 10, u'x') + QStringLiteral("}\n}\n@misc{b, title = {after}}");
    const ParseResult result = m_parser.parse(text);
    QCOMPARE(result.records.size(), 2);
    QCOMPARE(result.records[0].paper.abstract.size(), kMaxFieldLength);
    QCOMPARE(result.records[1].paper.title, QStringLiteral("after"));
    QCOMPARE(messageTexts(result), (QStringList{QStringLiteral("W line 3: field 'abstract' of entry 'a' cut to %1 "
                                                               "characters")
                                                    .arg(kMaxFieldLength)}));
}

void TestBibtex::stringExpansionIsBounded()
{
    // Each string doubles the one before: 2^40 characters if nothing stopped it.
    QString text = QStringLiteral("@string{s0 = {") + QString(1000, u'x') + QStringLiteral("}}\n");
    for (int i = 1; i <= 40; ++i)
        text += QStringLiteral("@string{s%1 = s%2 # s%2}\n").arg(i).arg(i - 1);
    for (int i = 0; i < 50; ++i)
        text += QStringLiteral("@misc{k%1, title = s40, abstract = s40 # s40}\n").arg(i);
    const ParseResult result = m_parser.parse(text);
    QCOMPARE(result.records.size(), 50);
    qsizetype total = 0;
    for (const RawRecord &record : result.records) {
        QVERIFY(record.paper.title.size() <= kMaxFieldLength);
        QVERIFY(record.paper.abstract.size() <= kMaxFieldLength);
        total += record.paper.title.size() + record.paper.abstract.size();
    }
    QVERIFY(total <= 8 * text.size() + 2 * kMaxFieldLength);
    QVERIFY(!result.messages.isEmpty());
    const QString violation = invariantViolation(text, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestBibtex::hostileInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("records");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("only @") << QStringLiteral("@@@@ @ @{ @a @a{ @a{k @a{k, @a{k,t @a{k,t= @a{k,t={") << 0;
    QTest::newRow("deep braces in a value") << QStringLiteral("@misc{k, title = ") + QString(100000, u'{')
                                                   + QStringLiteral("x") + QString(100000, u'}') + QStringLiteral("}")
                                            << 1;
    QTest::newRow("deep braces never closed") << QStringLiteral("@misc{k, title = ") + QString(100000, u'{') << 0;
    QTest::newRow("deep braces in a comment") << QStringLiteral("@comment") + QString(100000, u'{') << 0;
    QTest::newRow("deep braces in math") << QStringLiteral("@misc{k, title = {$") + QString(50000, u'{')
                                                + QStringLiteral("$") + QString(50000, u'}') + QStringLiteral("}}")
                                         << 1;
    QTest::newRow("many unclosed entries") << QStringLiteral("@a{k, t = {\n").repeated(20000) << 0;
    QTest::newRow("many unclosed comments") << QStringLiteral("@comment{\n").repeated(20000) << 0;
    QTest::newRow("many undefined macros") << QStringLiteral("@a{k, t = x # x # x}\n").repeated(5000) << 5000;
    QTest::newRow("many quotes") << QStringLiteral("@a{k, t = \"\n").repeated(20000) << 0;
    QTest::newRow("surrogates and controls") << QStringLiteral("@a{k\u0001, t = {\xd800\u0007}}") << 1;
    quint32 state = 97;
    const QByteArray garbage = test::randomBytes(256 * 1024, state);
    QTest::newRow("random bytes") << decodeFileText(garbage).text << -1;
    const QByteArray bibBytes = test::randomBytes(256 * 1024, state, "@{}()\"#=,% \n\\$~-'`aekt0");
    QTest::newRow("random BibTeX characters") << QString::fromLatin1(bibBytes) << -1;
}

void TestBibtex::hostileInput()
{
    QFETCH(QString, input);
    QFETCH(int, records);
    const int confidence = m_parser.confidence(input);
    QVERIFY(confidence >= 0 && confidence <= 100);
    const ParseResult result = m_parser.parse(input);
    if (records >= 0)
        QCOMPARE(result.records.size(), records);
    const QString violation = invariantViolation(input, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    // Warnings are capped; errors are one per skipped entry, so they never outnumber the '@' signs.
    qsizetype warnings = 0;
    for (const ImportMessage &message : result.messages)
        warnings += message.severity == ImportMessage::Severity::Warning;
    QVERIFY(warnings <= 1001);
    QVERIFY(result.messages.size() - warnings <= input.count(u'@'));
}

void TestBibtex::truncatedFixtures()
{
    for (const QString &name : {QStringLiteral("zotero.bib"), QStringLiteral("jabref.bib"),
                                QStringLiteral("biblatex.bib"), QStringLiteral("broken.bib")}) {
        const QString text = test::readImportFixture(name);
        QVERIFY(!text.isEmpty());
        const qsizetype whole = m_parser.parse(text).records.size();
        for (qsizetype cut = 0; cut < text.size(); cut += 97) {
            const QString head = text.left(cut);
            const ParseResult result = m_parser.parse(head);
            QVERIFY(result.records.size() <= whole);
            const QString violation = invariantViolation(head, result);
            QVERIFY2(violation.isEmpty(), qPrintable(name + QStringLiteral(" cut at %1: ").arg(cut) + violation));
            // The same text with a piece taken out of its middle.
            const QString holed = text.left(cut) + text.mid(cut + 41);
            const QString holedViolation = invariantViolation(holed, m_parser.parse(holed));
            QVERIFY2(holedViolation.isEmpty(),
                     qPrintable(name + QStringLiteral(" hole at %1: ").arg(cut) + holedViolation));
        }
    }
}

void TestBibtex::generatedCorpus()
{
    LECTERN_REQUIRE_SHARED_DIR();
    const test::GeneratedCorpus corpus = test::generateCorpus(QStringLiteral("bibtex"), 200);
    if (!corpus.skipReason.isEmpty())
        QSKIP(qPrintable(corpus.skipReason));
    QVERIFY2(corpus.failure.isEmpty(), qPrintable(corpus.failure));
    QVERIFY(m_parser.confidence(corpus.text) >= 80);
    const ParseResult result = m_parser.parse(corpus.text);
    QVERIFY2(result.messages.isEmpty(), qPrintable(result.messages.value(0).text));
    QCOMPARE(result.records.size(), 200);
    for (const RawRecord &record : result.records) {
        const Paper &p = record.paper;
        QVERIFY2(!p.title.isEmpty() && !p.abstract.isEmpty() && p.year && !p.venue.isEmpty() && !p.arxivId.isEmpty()
                     && !p.authors.isEmpty() && p.type == QLatin1String("article") && !p.citationKey.isEmpty(),
                 qPrintable(summary(p)));
        for (const QString &author : p.authors)
            QVERIFY2(!author.contains(u',') && author.contains(u' '), qPrintable(author));
        QVERIFY2(!p.abstract.contains(u'\\') && !p.title.contains(u'\\'), qPrintable(summary(p)));
    }
    const QString violation = invariantViolation(corpus.text, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestBibtex::detection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isBibtex");

    for (const QString &name : {QStringLiteral("zotero.bib"), QStringLiteral("jabref.bib"),
                                QStringLiteral("biblatex.bib"), QStringLiteral("broken.bib")})
        QTest::newRow(qPrintable(name)) << test::readImportFixture(name) << true;
    QTest::newRow("mendeley header") << QStringLiteral(
        "Automatically generated by Mendeley Desktop 1.19.8\nAny changes to this file will be lost if it is "
        "regenerated by Mendeley.\n\nBibTeX export options can be customized via Options -> BibTeX in Mendeley "
        "Desktop\n\n@article{Han2016,\nauthor = {Han, Song},\ntitle = {{Deep Compression}},\nyear = {2016}\n}\n")
                                     << true;
    QTest::newRow("strings only") << QStringLiteral("@string{icml = {ICML}}\n@string{nips = {NeurIPS}}\n") << true;

    QTest::newRow("ris") << QStringLiteral("TY  - JOUR\nTI  - Deep Compression\nAU  - Han, Song\nPY  - 2016\n"
                                           "JO  - ICLR\nER  - \n\nTY  - JOUR\nTI  - QLoRA\nER  - \n")
                         << false;
    QTest::newRow("medline") << QStringLiteral("PMID- 12345678\nOWN - NLM\nTI  - Deep learning.\nAB  - We study "
                                               "things.\nFAU - Han, Song\nAU  - Han S\nDP  - 2016 May\n")
                             << false;
    QTest::newRow("csl json") << QStringLiteral(
        "[{\"id\": \"han2016\", \"type\": \"article-journal\", \"title\": \"Deep Compression\", \"author\": "
        "[{\"family\": \"Han\", \"given\": \"Song\"}], \"issued\": {\"date-parts\": [[2016]]}, \"note\": \"mail "
        "han@mit.edu\"}]") << false;
    QTest::newRow("arxiv json lines") << QStringLiteral(
        "{\"id\": \"2305.14314\", \"submitter\": \"Tim Dettmers\", \"authors\": \"Tim Dettmers, "
        "Artidoro Pagnoni\", \"title\": \"QLoRA\", \"abstract\": \"  We present QLoRA.\\n\"}\n"
        "{\"id\": \"1510.00149\", \"title\": \"Deep Compression\", \"abstract\": \"Neural.\"}\n")
                                      << false;
    QTest::newRow("atom xml") << QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n"
        "<id>http://arxiv.org/abs/2305.14314v1</id>\n<title>QLoRA</title>\n<summary>We present QLoRA.</summary>\n"
        "<author><name>Tim Dettmers</name><email>tim@uw.edu</email></author>\n</entry>\n</feed>\n")
                              << false;
    QTest::newRow("csv") << QStringLiteral("title,authors,year,venue,arxiv,doi,abstract\nDeep Compression,\"Han, "
                                           "Song\",2016,ICLR,1510.00149,,Neural networks are both computationally "
                                           "intensive and memory intensive.\n")
                         << false;
    QTest::newRow("markdown") << QStringLiteral("# Reading list\n\n## Quantization\n\n- **QLoRA**: Efficient "
                                                "Finetuning of Quantized LLMs (2023) [arXiv](https://arxiv.org/abs/"
                                                "2305.14314)\n- GPTQ, contact @frantar on GitHub\n")
                              << false;
    for (const auto &[name, text] : test::seedTexts())
        QTest::newRow(qPrintable(QStringLiteral("seed ") + name)) << text << false;
}

void TestBibtex::detection()
{
    QFETCH(QString, text);
    QFETCH(bool, isBibtex);
    QVERIFY(!text.isEmpty());
    const QString violation = test::detectionViolation(m_parser.confidence(text), isBibtex);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

namespace {

Paper layoutPaper()
{
    Paper p;
    p.type = QStringLiteral("inproceedings");
    p.citationKey = QStringLiteral("han2016deep");
    p.title = QStringLiteral("Deep Compression for BERT and ImageNet: 35% M\u00fcller\u2013Style");
    p.authors = {QStringLiteral("Song Han"), QStringLiteral("Ludwig van Beethoven"), QStringLiteral("Google DeepMind"),
                 QStringLiteral("others")};
    p.venue = QStringLiteral("ICLR");
    p.year = 2016;
    p.date = QStringLiteral("2016-05-02");
    p.pages = QStringLiteral("1\u201314");
    p.arxivId = QStringLiteral("1510.00149");
    p.tags = {QStringLiteral("pruning"), QStringLiteral("Model Compression/Quantization")};
    return p;
}

} // namespace

void TestBibtex::exportLayout_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bibtex")
        << int(BibtexExporter::Dialect::BibTeX)
        << QStringLiteral("@inproceedings{han2016deep,\n"
                          "  author        = {Han, Song and van Beethoven, Ludwig and {Google DeepMind} and "
                          "others},\n"
                          "  title         = {Deep Compression for {BERT} and {ImageNet}: 35\\% M{\\\"u}ller--Style},\n"
                          "  booktitle     = {ICLR},\n"
                          "  year          = {2016},\n"
                          "  month         = may,\n"
                          "  pages         = {1--14},\n"
                          "  eprint        = {1510.00149},\n"
                          "  archivePrefix = {arXiv},\n"
                          "  keywords      = {pruning, Model Compression/Quantization}\n"
                          "}\n\n");
    QTest::newRow("biblatex")
        << int(BibtexExporter::Dialect::BibLaTeX)
        << QStringLiteral("@inproceedings{han2016deep,\n"
                          "  author     = {Han, Song and van Beethoven, Ludwig and {Google DeepMind} and "
                          "others},\n"
                          "  title      = {Deep Compression for {BERT} and {ImageNet}: 35\\% M\u00fcller\u2013Style},\n"
                          "  booktitle  = {ICLR},\n"
                          "  date       = {2016-05-02},\n"
                          "  pages      = {1--14},\n"
                          "  eprint     = {1510.00149},\n"
                          "  eprinttype = {arxiv},\n"
                          "  keywords   = {pruning, Model Compression/Quantization}\n"
                          "}\n\n");
}

void TestBibtex::exportLayout()
{
    QFETCH(int, dialect);
    QFETCH(QString, expected);
    const BibtexExporter exporter{BibtexExporter::Dialect(dialect)};
    QCOMPARE(exporter.fileSuffix(), QStringLiteral("bib"));
    QCOMPARE(exporter.highlightingDefinition(), QStringLiteral("BibTeX"));
    QCOMPARE(exporter.id(),
             dialect == int(BibtexExporter::Dialect::BibTeX) ? QStringLiteral("bibtex") : QStringLiteral("biblatex"));
    QCOMPARE(exporter.displayName(),
             dialect == int(BibtexExporter::Dialect::BibTeX) ? QStringLiteral("BibTeX") : QStringLiteral("BibLaTeX"));
    QCOMPARE(exporter.entry(layoutPaper(), 0), expected);
}

void TestBibtex::exportEdgeCases()
{
    const BibtexExporter bibtex(BibtexExporter::Dialect::BibTeX);
    const BibtexExporter biblatex(BibtexExporter::Dialect::BibLaTeX);

    // A paper built by hand: no key, no type.
    Paper bare;
    bare.title = QStringLiteral("The Deep Compression of Things");
    bare.authors = {QStringLiteral("Song Han")};
    bare.year = 2016;
    bare.arxivId = QStringLiteral("1510.00149");
    QVERIFY(bibtex.entry(bare, 0).startsWith(QStringLiteral("@misc{han2016deep,\n")));
    QVERIFY(biblatex.entry(bare, 0).startsWith(QStringLiteral("@online{han2016deep,\n")));
    bare.venue = QStringLiteral("ICLR");
    QVERIFY(biblatex.entry(bare, 0).startsWith(QStringLiteral("@misc{han2016deep,\n")));
    QVERIFY(biblatex.entry(bare, 0).contains(QStringLiteral("howpublished = {ICLR}")));
    Paper empty;
    QCOMPARE(bibtex.entry(empty, 6), QStringLiteral("@misc{paper7\n}\n\n"));
    QCOMPARE(m_parser.parse(bibtex.entry(empty, 6)).records.value(0).paper.citationKey, QStringLiteral("paper7"));

    // Keys with characters that would end them; BibLaTeX-only types in BibTeX.
    Paper odd;
    odd.citationKey = QStringLiteral("a b,c{d}");
    odd.title = QStringLiteral("Odd");
    odd.type = QStringLiteral("online");
    QVERIFY(bibtex.entry(odd, 0).startsWith(QStringLiteral("@misc{a_b_c_d_,")));
    QVERIFY(biblatex.entry(odd, 0).startsWith(QStringLiteral("@online{a_b_c_d_,")));
    odd.type = QStringLiteral("report");
    QVERIFY(bibtex.entry(odd, 0).startsWith(QStringLiteral("@techreport{")));
    odd.type = QStringLiteral("thesis");
    odd.publisher = QStringLiteral("MIT");
    QVERIFY(bibtex.entry(odd, 0).startsWith(QStringLiteral("@phdthesis{")));
    QVERIFY(bibtex.entry(odd, 0).contains(QStringLiteral("school = {MIT}")));
    QVERIFY(biblatex.entry(odd, 0).contains(QStringLiteral("institution = {MIT}")));

    // Unbalanced braces in values, URLs and DOIs still make a file BibTeX reads.
    Paper braces;
    braces.citationKey = QStringLiteral("b");
    braces.title = QStringLiteral("}{ Broken { braces");
    braces.url = QStringLiteral("https://x.org/{a}}");
    braces.doi = QStringLiteral("10.1000/{x");
    for (const BibtexExporter *exporter : {&bibtex, &biblatex}) {
        const QString out = exporter->entry(braces, 0);
        qsizetype depth = 0;
        for (QChar c : out) {
            depth += c == u'{' ? 1 : c == u'}' ? -1 : 0;
            QVERIFY2(depth >= 0, qPrintable(out));
        }
        QCOMPARE(depth, 0);
        const ParseResult back = m_parser.parse(out);
        QVERIFY2(back.messages.isEmpty(), qPrintable(back.messages.value(0).text));
        QCOMPARE(back.records.value(0).paper.title, braces.title);
        QCOMPARE(back.records.value(0).paper.url, QStringLiteral("https://x.org/%7Ba%7D%7D"));
    }

    // Date forms a listing gives.
    Paper dated;
    dated.citationKey = QStringLiteral("d");
    dated.date = QStringLiteral("May 2, 2022");
    QVERIFY(bibtex.entry(dated, 0).contains(QStringLiteral("year  = {2022},\n  month = may")));
    QVERIFY(biblatex.entry(dated, 0).contains(QStringLiteral("date = {2022-05-02}")));
    dated.date = QStringLiteral("Jul 25");
    dated.year = 2023;
    QVERIFY(biblatex.entry(dated, 0).contains(QStringLiteral("date = {2023-07-25}")));
}

void TestBibtex::roundTrip_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("bibtex") << int(BibtexExporter::Dialect::BibTeX);
    QTest::newRow("biblatex") << int(BibtexExporter::Dialect::BibLaTeX);
}

void TestBibtex::roundTrip()
{
    QFETCH(int, dialect);
    const bool biblatex = dialect == int(BibtexExporter::Dialect::BibLaTeX);

    QList<Paper> papers;
    Paper a;
    a.type = QStringLiteral("article");
    a.citationKey = QStringLiteral("han2016deep");
    a.title = QStringLiteral("\u00dcberNet: C++ & C# for 100% of $5 costs_x {braces} ~tilde ^caret \\backslash "
                             "\u201cquoted\u201d \u2018single\u2019 --help \u03b1=0.5 2\u00d7 \u2014 M\u00fcller");
    a.abstract = QStringLiteral("Line one with } and { unbalanced.\nLine two, \"quoted\" and 'single'.\n\n"
                                "A paragraph: 35% of $x$ @home #1 a_b ~ ^ \\ {ok}.");
    a.authors = {QStringLiteral("Song Han"),
                 QStringLiteral("Ludwig van Beethoven"),
                 QStringLiteral("Zo\u00eb M\u00fcller-\u0141ukasiewicz"),
                 QStringLiteral("Google DeepMind"),
                 QStringLiteral("Martin Luther King Jr."),
                 QStringLiteral("Ana de la Cruz"),
                 QStringLiteral("others")};
    a.editors = {QStringLiteral("Barnes and Noble"), QStringLiteral("Acme, Inc."), QStringLiteral("Wei Zhang")};
    a.venue = QStringLiteral("Journal of \u00d6konomie & Data {Science}");
    a.year = 2016;
    a.date = biblatex ? QStringLiteral("2016-05-02") : QStringLiteral("2016-05");
    a.volume = QStringLiteral("35");
    a.issue = QStringLiteral("4");
    a.pages = QStringLiteral("12\u201334");
    a.publisher = QStringLiteral("Springer & Sons");
    a.doi = QStringLiteral("10.1000/ABC_def(1)");
    a.url = QStringLiteral("https://example.org/a_b%20c?q=1&r=2#frag~x");
    a.arxivId = QStringLiteral("1510.00149");
    a.tags = {QStringLiteral("Model Compression/Quantization"), QStringLiteral("LLM"), QStringLiteral("\u00fc-tag")};
    a.comment = QStringLiteral("Accepted at ICLR 2024; code: https://x.y/z_1 (see \"notes\")");
    papers.append(a);

    Paper b;
    b.type = QStringLiteral("inproceedings");
    b.citationKey = QStringLiteral("vanbeethoven1808");
    b.title = QStringLiteral("A Plain Title");
    b.authors = {QStringLiteral("Jean-Paul Sartre")};
    b.venue = QStringLiteral("Proc. of ACM SIGMOD '23");
    b.year = 2023;
    b.arxivId = QStringLiteral("hep-th/9901001");
    papers.append(b);

    for (const char *type : {"misc", "phdthesis", "techreport", "book", "incollection", "unpublished"}) {
        Paper p;
        p.type = QLatin1String(type);
        p.citationKey = QLatin1String("key-") + p.type;
        p.title = QLatin1String("About ") + p.type;
        p.venue = QStringLiteral("Somewhere");
        p.publisher = QStringLiteral("Some Publisher");
        p.year = 2020;
        papers.append(p);
    }
    if (biblatex) {
        for (const char *type : {"online", "report", "thesis", "mvbook"}) {
            Paper p;
            p.type = QLatin1String(type);
            p.citationKey = QLatin1String("key-") + p.type;
            p.title = QLatin1String("About ") + p.type;
            p.publisher = QStringLiteral("Some Institution");
            p.url = QStringLiteral("https://x.org/") + p.type;
            papers.append(p);
        }
    }

    const BibtexExporter exporter{BibtexExporter::Dialect(dialect)};
    QString text = exporter.begin(ExportContext{QStringLiteral("Round trip")});
    for (qsizetype i = 0; i < papers.size(); ++i)
        text += exporter.entry(papers[i], i);
    text += exporter.end(papers.size());
    if (!biblatex) {
        for (QChar c : text)
            QVERIFY2(c.unicode() < 128, qPrintable(QStringLiteral("non-ASCII U+%1").arg(c.unicode(), 4, 16)));
    }

    QVERIFY(m_parser.confidence(text) >= 80);
    const ParseResult result = m_parser.parse(text);
    QVERIFY2(result.messages.isEmpty(), qPrintable(result.messages.value(0).text + QLatin1Char('\n') + text));
    QCOMPARE(result.records.size(), papers.size());
    for (qsizetype i = 0; i < papers.size(); ++i) {
        Paper expected = papers[i];
        Paper got = result.records[i].paper;
        normalizePaper(expected);
        normalizePaper(got);
        const QString context = QLatin1String("\n") + text;
        QCOMPARE(got.type, expected.type);
        QCOMPARE(got.citationKey, expected.citationKey);
        QCOMPARE(got.title, expected.title);
        QCOMPARE(got.abstract, expected.abstract);
        QCOMPARE(got.authors, expected.authors);
        QCOMPARE(got.editors, expected.editors);
        QCOMPARE(got.venue, expected.venue);
        QCOMPARE(got.year, expected.year);
        QCOMPARE(got.date, expected.date);
        QCOMPARE(got.volume, expected.volume);
        QCOMPARE(got.issue, expected.issue);
        QCOMPARE(got.pages, expected.pages);
        QCOMPARE(got.publisher, expected.publisher);
        QCOMPARE(got.doi, expected.doi);
        QCOMPARE(got.url, expected.url);
        QCOMPARE(got.arxivId, expected.arxivId);
        QCOMPARE(got.tags, expected.tags);
        QCOMPARE(got.comment, expected.comment);
    }
}

QTEST_GUILESS_MAIN(TestBibtex)
#include "tst_bibtex.moc"
