// LaTeX in bibliography fields, both ways: what BibTeX files hold becomes plain Unicode, and Unicode written
// back for BibTeX (ASCII commands) or BibLaTeX (Unicode, specials escaped) reads back as the same text.
#include "domain/latex.h"

#include <QTest>

#include <algorithm>

using namespace lectern;

class TestLatex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toUnicode_data();
    void toUnicode();
    void toLatex_data();
    void toLatex();
    void roundTrip_data();
    void roundTrip();
    void asciiSpellsEveryKnownCharacter();
    void latexOutputHasBalancedBraces_data();
    void latexOutputHasBalancedBraces();
    void plainTextIsUnchanged();
    void hostileInput_data();
    void hostileInput();
};

void TestLatex::toUnicode_data()
{
    QTest::addColumn<QString>("latex");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char16_t *latex, const char16_t *expected) {
        QTest::newRow(name) << QString::fromUtf16(latex) << QString::fromUtf16(expected);
    };
    row("plain", u"Deep Compression", u"Deep Compression");
    row("empty", u"", u"");
    // Accents in every spelling.
    row("braced umlaut", u"M{\\\"u}ller", u"M\u00fcller");
    row("umlaut with braced letter", u"M\\\"{u}ller", u"M\u00fcller");
    row("bare umlaut", u"M\\\"uller", u"M\u00fcller");
    row("braced acute", u"Caf{\\'e}", u"Caf\u00e9");
    row("acute with braced letter", u"Caf\\'{e}", u"Caf\u00e9");
    row("grave", u"\\`a la", u"\u00e0 la");
    row("circumflex", u"h\\^otel", u"h\u00f4tel");
    row("tilde accent", u"Espa\\~na", u"Espa\u00f1a");
    row("macron", u"\\=a", u"\u0101");
    row("dot above", u"\\.z", u"\u017c");
    row("breve", u"\\u{g}", u"\u011f");
    row("caron", u"\\v{c}", u"\u010d");
    row("caron with space", u"\\v c", u"\u010d");
    row("double acute", u"Erd\\H{o}s", u"Erd\u0151s");
    row("cedilla", u"Fran\\c{c}ois", u"Fran\u00e7ois");
    row("cedilla with space", u"Fran\\c cois", u"Fran\u00e7ois");
    row("ogonek", u"\\k{a}", u"\u0105");
    row("ring", u"\\r{a}", u"\u00e5");
    row("dot below", u"\\d{s}", u"\u1e63");
    row("accent on dotless i", u"\\'{\\i}", u"\u00ed");
    row("accent on bare dotless i", u"\\\"\\i", u"\u00ef");
    row("braced accent on dotless i", u"{\\'\\i}", u"\u00ed");
    row("accent on plain i", u"{\\'i}", u"\u00ed");
    row("capital", u"{\\\"O}zt{\\\"u}rk", u"\u00d6zt\u00fcrk");
    row("accent without a composed form", u"\\\"{q}", u"q\u0308");
    row("accent on nothing", u"\\~{}", u"~");
    row("circumflex on nothing", u"\\^{}", u"^");
    // Letters.
    row("dotless i", u"{\\i}", u"\u0131");
    row("sharp s", u"Stra{\\ss}e", u"Stra\u00dfe");
    row("sharp s swallows a space", u"Stra\\ss e", u"Stra\u00dfe");
    row("slashed o", u"{\\o} {\\O}", u"\u00f8 \u00d8");
    row("ring a", u"{\\aa}{\\AA}", u"\u00e5\u00c5");
    row("ligatures", u"{\\ae}{\\AE}{\\oe}{\\OE}", u"\u00e6\u00c6\u0153\u0152");
    row("stroked l", u"{\\L}ukasz {\\l}", u"\u0141ukasz \u0142");
    // Punctuation.
    row("en dash", u"12--34", u"12\u201334");
    row("em dash", u"a---b", u"a\u2014b");
    row("single hyphen", u"Post-Training", u"Post-Training");
    row("quotes", u"``quoted''", u"\u201cquoted\u201d");
    row("apostrophe", u"Let's", u"Let's");
    row("inverted marks", u"!`Hola! ?`Qu\\'e?", u"\u00a1Hola! \u00bfQu\u00e9?");
    row("tie", u"Fig.~3", u"Fig.\u00a03");
    row("escaped specials", u"\\& \\% \\$ \\# \\_ \\{ \\}", u"& % $ # _ { }");
    row("control space", u"\\LaTeX\\ rocks", u"LaTeX rocks");
    row("thin space", u"10\\,000", u"10\u2009000");
    row("discretionary hyphen", u"hy\\-phen", u"hyphen");
    // Text commands.
    row("textit", u"\\textit{x}", u"x");
    row("emph", u"an \\emph{important} word", u"an important word");
    row("textbf", u"\\textbf{Bold} move", u"Bold move");
    row("old font switch", u"{\\bf Bold} move", u"Bold move");
    row("textendash", u"a\\textendash{}b", u"a\u2013b");
    row("textemdash", u"a\\textemdash b", u"a\u2014 b");
    row("LaTeX", u"\\LaTeX{} and \\TeX", u"LaTeX and TeX");
    row("ldots", u"and so on\\ldots", u"and so on\u2026");
    row("euro", u"100\\,{\\texteuro}", u"100\u2009\u20ac");
    row("text symbols", u"\\textbackslash{} \\textasciitilde{} \\textasciicircum{}", u"\\ ~ ^");
    row("unknown command keeps its argument", u"\\acro{BERT} model", u"BERT model");
    row("unknown command without argument", u"\\relax Text", u"Text");
    row("url is verbatim", u"see \\url{https://x.org/~a--b_c}", u"see https://x.org/~a--b_c");
    row("href keeps its text", u"\\href{https://x.org}{the site}", u"the site");
    // Math.
    row("greek", u"$\\alpha$-entmax", u"\u03b1-entmax");
    row("greek capitals", u"$\\Delta\\Omega$", u"\u0394\u03a9");
    row("times", u"$2\\times$ faster", u"2\u00d7 faster");
    row("relations", u"$\\leq \\geq \\pm \\approx \\sim$", u"\u2264 \u2265 \u00b1 \u2248 \u223c");
    row("other math stays as source", u"$O(n^{2})$", u"O(n^{2})");
    row("functions and fonts", u"$\\mathcal{O}(n \\log n)$", u"O(n log n)");
    row("unknown math command", u"$\\frac{1}{2}$", u"\\frac12");
    row("display math", u"$$x = 1$$", u"x = 1");
    row("escaped dollar in math", u"$\\$5$", u"$5");
    row("lone dollar", u"costs $5", u"costs $5");
    row("greek outside math", u"\\alpha particles", u"\u03b1 particles");
    // Braces.
    row("case protection", u"{BERT}: Pre-training of {Deep} Bidirectional Transformers",
        u"BERT: Pre-training of Deep Bidirectional Transformers");
    row("double braces", u"{{ImageNet}} Classification", u"ImageNet Classification");
    row("unbalanced braces", u"a{b}}c{", u"abc");
    row("trailing backslash", u"a\\", u"a\\");
}

void TestLatex::toUnicode()
{
    QFETCH(QString, latex);
    QFETCH(QString, expected);
    QCOMPARE(latexToUnicode(latex), expected);
    // The quick test may say yes to text that converts to itself ("costs $5"), never no to text that changes.
    if (!needsLatexConversion(latex))
        QCOMPARE(expected, latex);
}

void TestLatex::toLatex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("ascii");
    QTest::addColumn<QString>("unicode");

    const auto row = [](const char *name, const char16_t *text, const char16_t *ascii, const char16_t *unicode) {
        QTest::newRow(name) << QString::fromUtf16(text) << QString::fromUtf16(ascii) << QString::fromUtf16(unicode);
    };
    row("plain", u"Deep Compression", u"Deep Compression", u"Deep Compression");
    row("umlaut", u"M\u00fcller", u"M{\\\"u}ller", u"M\u00fcller");
    row("acute", u"Caf\u00e9", u"Caf{\\'e}", u"Caf\u00e9");
    row("caron", u"\u010cech", u"{\\v{C}}ech", u"\u010cech");
    row("cedilla", u"Fran\u00e7ois", u"Fran{\\c{c}}ois", u"Fran\u00e7ois");
    row("sharp s", u"Stra\u00dfe", u"Stra{\\ss}e", u"Stra\u00dfe");
    row("stroked l", u"\u0141ukasz", u"{\\L}ukasz", u"\u0141ukasz");
    row("dotless i", u"\u0131", u"{\\i}", u"\u0131");
    row("i acute", u"\u00ed", u"{\\'i}", u"\u00ed");
    row("en dash", u"12\u201334", u"12--34", u"12\u201334");
    row("em dash", u"a\u2014b", u"a---b", u"a\u2014b");
    row("curly quotes", u"\u201cq\u201d", u"``q''", u"\u201cq\u201d");
    row("no-break space", u"Fig.\u00a03", u"Fig.~3", u"Fig.\u00a03");
    row("greek", u"\u03b1-entmax", u"{$\\alpha$}-entmax", u"\u03b1-entmax");
    row("times", u"2\u00d7", u"2{$\\times$}", u"2\u00d7");
    row("specials", u"& % $ # _", u"\\& \\% \\$ \\# \\_", u"\\& \\% \\$ \\# \\_");
    row("tilde caret backslash", u"~^\\", u"\\textasciitilde{}\\textasciicircum{}\\textbackslash{}",
        u"\\textasciitilde{}\\textasciicircum{}\\textbackslash{}");
    row("paired braces", u"{x}", u"\\{x\\}", u"\\{x\\}");
    row("unpaired braces", u"}x{", u"\\textbraceright{}x\\textbraceleft{}", u"\\textbraceright{}x\\textbraceleft{}");
    row("literal double hyphen", u"--help", u"-{}-help", u"-{}-help");
    row("literal double quotes", u"''x``", u"'{}'x`{}`", u"'{}'x`{}`");
    row("hyphen before en dash", u"a-\u2013b", u"a-{}--b", u"a-\u2013b");
    row("unknown non-ASCII stays", u"\u4e2d\u6587 \U0001F600", u"\u4e2d\u6587 \U0001F600", u"\u4e2d\u6587 \U0001F600");
}

void TestLatex::toLatex()
{
    QFETCH(QString, text);
    QFETCH(QString, ascii);
    QFETCH(QString, unicode);
    QCOMPARE(unicodeToLatex(text, LatexMode::Ascii), ascii);
    QCOMPARE(unicodeToLatex(text, LatexMode::Unicode), unicode);
}

void TestLatex::roundTrip_data()
{
    QTest::addColumn<QString>("text");

    // Every character with an ASCII spelling, accented Latin letters, and the sequences that need guarding.
    QString characters =
        QStringLiteral("\u00a0\u00a1\u00a3\u00a5\u00a7\u00a9\u00ab\u00ae\u00b0\u00b1\u00b6\u00b7\u00bb\u00bc\u00bd"
                       "\u00be\u00bf\u00c5\u00c6\u00d0\u00d7\u00d8\u00de\u00df\u00e5\u00e6\u00f0\u00f7\u00f8\u00fe"
                       "\u0110\u0111\u0131\u0141\u0142\u014a\u014b\u0152\u0153\u0237\u2009\u2013\u2014\u2018\u2019"
                       "\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2113\u2116\u2122"
                       "\u2190\u2191\u2192\u2193\u2194\u21d0\u21d2\u21d4\u2200\u2202\u2203\u2205\u2207\u2208\u2209"
                       "\u220f\u2211\u2213\u2217\u2218\u221d\u221e\u2229\u222a\u222b\u223c\u2243\u2248\u2260\u2261"
                       "\u2264\u2265\u226a\u226b\u2282\u2286\u22c5\u22c6\u03d1\u03d6\u03f1");
    for (char16_t c = 0x0391; c <= 0x03c9; ++c)
        characters.append(QChar(c));
    for (char16_t c = 0x00c0; c <= 0x017f; ++c)
        characters.append(QChar(c));
    for (char16_t c = 0x01cd; c <= 0x01dc; ++c)
        characters.append(QChar(c));
    for (char16_t c = 0x1e00; c <= 0x1eff; ++c)
        characters.append(QChar(c));
    QTest::newRow("characters") << characters;
    QString spaced;
    for (QChar c : characters)
        spaced += c + QStringLiteral(" x") + c + QLatin1Char(c.isLetter() ? 'y' : ' ');
    QTest::newRow("characters between letters and spaces") << spaced;
    QTest::newRow("ascii") << QStringLiteral(
        "Deep Compression: 35x-49x & 16% of $5 #1 a_b {x} }y{ ~ ^ \\ -- --- `` '' !` ?` '''' ---- a-b");
    QTest::newRow("guarded ligatures") << QStringLiteral("-\u2013\u2014-\u2013\u201d'\u201d''\u201c`!\u201c?`");
    QTest::newRow("command-like text") << QStringLiteral("\\alpha $x$ \\textbf{y} {\\ss} \\\"o \\url{a}");
    QTest::newRow("astral") << QStringLiteral("\U0001F600 \U0001D4AA");
    QTest::newRow("combining mark") << QStringLiteral("x\u0308 e\u0301");
}

void TestLatex::roundTrip()
{
    QFETCH(QString, text);
    for (const LatexMode mode : {LatexMode::Ascii, LatexMode::Unicode}) {
        const QString latex = unicodeToLatex(text, mode);
        const QString back = latexToUnicode(latex);
        if (back != text) {
            for (qsizetype i = 0; i < std::min(back.size(), text.size()); ++i) {
                if (back[i] != text[i]) {
                    QFAIL(qPrintable(QStringLiteral("mode %1: differs at %2: U+%3 became U+%4 in %5")
                                         .arg(int(mode))
                                         .arg(i)
                                         .arg(text[i].unicode(), 4, 16, QLatin1Char('0'))
                                         .arg(back[i].unicode(), 4, 16, QLatin1Char('0'))
                                         .arg(latex)));
                }
            }
            QCOMPARE(back, text);
        }
    }
}

void TestLatex::asciiSpellsEveryKnownCharacter()
{
    QString known =
        QStringLiteral("\u00a0\u00a1\u00a3\u00a7\u00a9\u00b0\u00b1\u0131\u0141\u0142\u0152\u0153\u2013\u2014\u2018"
                       "\u2019\u201c\u201d\u2026\u20ac\u2264\u2265\u2248\u223c\u03b1\u03c9\u0394");
    for (char16_t c = 0x00c0; c <= 0x00ff; ++c)
        known.append(QChar(c));
    for (QChar c : known) {
        const QString latex = unicodeToLatex(QStringView(&c, 1), LatexMode::Ascii);
        const bool ascii = std::all_of(latex.begin(), latex.end(), [](QChar l) { return l.unicode() < 128; });
        QVERIFY2(ascii, qPrintable(QStringLiteral("U+%1 -> %2").arg(c.unicode(), 4, 16, QLatin1Char('0')).arg(latex)));
    }
}

void TestLatex::latexOutputHasBalancedBraces_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("open") << QStringLiteral("{{{a");
    QTest::newRow("close") << QStringLiteral("a}}}");
    QTest::newRow("crossed") << QStringLiteral("}{}{");
    QTest::newRow("nested") << QStringLiteral("{a{b}c}d}");
    QTest::newRow("with commands") << QStringLiteral("\u00fc{\u00df}}\u03b1{");
}

void TestLatex::latexOutputHasBalancedBraces()
{
    QFETCH(QString, text);
    for (const LatexMode mode : {LatexMode::Ascii, LatexMode::Unicode}) {
        const QString latex = unicodeToLatex(text, mode);
        // BibTeX counts every brace, escaped or not.
        qsizetype depth = 0;
        for (QChar c : latex) {
            depth += c == u'{' ? 1 : c == u'}' ? -1 : 0;
            QVERIFY2(depth >= 0, qPrintable(latex));
        }
        QCOMPARE(depth, 0);
        QCOMPARE(latexToUnicode(latex), text);
    }
}

void TestLatex::plainTextIsUnchanged()
{
    const QString text = QStringLiteral("We present QLoRA, an efficient finetuning approach that reduces memory usage "
                                        "enough to finetune a 65B parameter model on a single 48GB GPU.");
    QVERIFY(!needsLatexConversion(text));
    const QString converted = latexToUnicode(text);
    QCOMPARE(converted, text);
    QCOMPARE(unicodeToLatex(text, LatexMode::Ascii), text);
    QCOMPARE(unicodeToLatex(text, LatexMode::Unicode), text);
}

void TestLatex::hostileInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("deep braces") << QString(100000, u'{') + QStringLiteral("x") + QString(100000, u'}');
    QTest::newRow("deep braces in math") << QStringLiteral("$") + QString(100000, u'{') + QStringLiteral("$");
    QTest::newRow("many dollars") << QString(200000, u'$');
    QTest::newRow("many unclosed urls") << QStringLiteral("\\url{").repeated(50000);
    QTest::newRow("many accents") << QStringLiteral("\\\"").repeated(50000);
    QTest::newRow("backslashes") << QString(100001, u'\\');
    QTest::newRow("lone surrogates") << QString(10, QChar(0xd800)) + QStringLiteral("\\'") + QChar(0xdc00);
}

void TestLatex::hostileInput()
{
    QFETCH(QString, text);
    const QString unicode = latexToUnicode(text);
    QVERIFY(unicode.size() <= text.size() * 2);
    for (const LatexMode mode : {LatexMode::Ascii, LatexMode::Unicode})
        QCOMPARE(latexToUnicode(unicodeToLatex(text, mode)), text);
}

QTEST_GUILESS_MAIN(TestLatex)
#include "tst_latex.moc"
