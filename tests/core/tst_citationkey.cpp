// Citation keys and person names: the pure functions behind "a paper keeps its key in every export".
#include "domain/citationkey.h"
#include "domain/personname.h"

#include <QTest>

using namespace lectern;

class TestCitationKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void base_data()
    {
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("expected");
        const QString deep = QStringLiteral(
            "Deep Compression: Compressing Deep Neural Networks with Pruning, Trained Quantization and Huffman Coding");
        QTest::newRow("default") << QStringList{QStringLiteral("Song Han"), QStringLiteral("Huizi Mao")} << 2016 << deep
                                 << QString() << QStringLiteral("Han2016DeepCompressionCompressing");
        QTest::newRow("function words skipped")
            << QStringList{QStringLiteral("Ji Lin")} << 2024 << QStringLiteral("The Case for a Learned Index")
            << QString() << QStringLiteral("Lin2024CaseLearnedIndex");
        QTest::newRow("diacritics folded")
            << QStringList{QStringLiteral("Chen García"), QStringLiteral("Łukasz Kaiser")} << 2015
            << QStringLiteral("Über Sparsity") << QStringLiteral("[auth][year][veryshorttitle]")
            << QStringLiteral("Garcia2015Uber");
        QTest::newRow("particle dropped")
            << QStringList{QStringLiteral("Ludwig van Beethoven")} << 1808 << QStringLiteral("Symphony")
            << QStringLiteral("[auth][year]") << QStringLiteral("Beethoven1808");
        QTest::newRow("organisation") << QStringList{QStringLiteral("Google DeepMind")} << 2023
                                      << QStringLiteral("Gemini") << QStringLiteral("[auth][year]")
                                      << QStringLiteral("GoogleDeepMind2023");
        QTest::newRow("two authors") << QStringList{QStringLiteral("Song Han"), QStringLiteral("Huizi Mao")} << 2016
                                     << deep << QStringLiteral("[authors][year]") << QStringLiteral("HanMao2016");
        QTest::newRow("et al") << QStringList{QStringLiteral("A B"), QStringLiteral("C D"), QStringLiteral("E F")}
                               << 2016 << deep << QStringLiteral("[authors][year]") << QStringLiteral("BEtAl2016");
        QTest::newRow("others counts as et al") << QStringList{QStringLiteral("A B"), QStringLiteral("others")} << 2016
                                                << deep << QStringLiteral("[authors]") << QStringLiteral("BEtAl");
        QTest::newRow("lower and literal text") << QStringList{QStringLiteral("Song Han")} << 2016 << deep
                                                << QStringLiteral("[auth.lower]:[year]") << QStringLiteral("han:2016");
        QTest::newRow("no author, no year")
            << QStringList{} << 0 << QStringLiteral("Attention") << QString() << QStringLiteral("AnonAttention");
        QTest::newRow("nothing at all") << QStringList{} << 0 << QString() << QStringLiteral("[year]")
                                        << QStringLiteral("paper");
    }

    void base()
    {
        QFETCH(QStringList, authors);
        QFETCH(int, year);
        QFETCH(QString, title);
        QFETCH(QString, pattern);
        QFETCH(QString, expected);
        Paper paper;
        paper.authors = authors;
        if (year)
            paper.year = year;
        paper.title = title;
        const QString key = pattern.isEmpty() ? citationKeyBase(paper) : citationKeyBase(paper, pattern);
        QCOMPARE(key, expected);
        QVERIFY(isUsableCitationKey(key));
    }

    void patternErrors_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid") << QStringLiteral("[auth][year][shorttitle]") << QString();
        QTest::newRow("unknown field") << QStringLiteral("[auth][journal]")
                                       << QStringLiteral("unknown field [journal]");
        QTest::newRow("unclosed") << QStringLiteral("[auth][year") << QStringLiteral("unclosed '[' at position 7");
        QTest::newRow("modifier") << QStringLiteral("[auth.title]") << QStringLiteral("unknown modifier .title");
    }

    void patternErrors()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, error);
        QCOMPARE(citationKeyPatternError(pattern), error);
    }

    void usableKeys()
    {
        QVERIFY(isUsableCitationKey(u"han2016"));
        QVERIFY(isUsableCitationKey(u"García2015_0"));
        QVERIFY(!isUsableCitationKey(u""));
        QVERIFY(!isUsableCitationKey(u"han 2016"));
        QVERIFY(!isUsableCitationKey(u"han,2016"));
        QVERIFY(!isUsableCitationKey(u"han{2016"));
    }

    void suffixes()
    {
        QCOMPARE(citationKeySuffix(0), QStringLiteral("a"));
        QCOMPARE(citationKeySuffix(25), QStringLiteral("z"));
        QCOMPARE(citationKeySuffix(26), QStringLiteral("aa"));
        QCOMPARE(citationKeySuffix(27), QStringLiteral("ab"));
    }

    void personNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("literal");
        QTest::addColumn<QString>("inverted");
        QTest::newRow("plain") << QStringLiteral("Song Han") << QStringLiteral("Song") << QStringLiteral("Han")
                               << QString() << false << QStringLiteral("Han, Song");
        QTest::newRow("middle initial") << QStringLiteral("William J. Dally") << QStringLiteral("William J.")
                                        << QStringLiteral("Dally") << QString() << false
                                        << QStringLiteral("Dally, William J.");
        QTest::newRow("particle") << QStringLiteral("Ludwig van Beethoven") << QStringLiteral("Ludwig")
                                  << QStringLiteral("van Beethoven") << QString() << false
                                  << QStringLiteral("van Beethoven, Ludwig");
        QTest::newRow("two particles") << QStringLiteral("Maria de la Cruz") << QStringLiteral("Maria")
                                       << QStringLiteral("de la Cruz") << QString() << false
                                       << QStringLiteral("de la Cruz, Maria");
        QTest::newRow("suffix") << QStringLiteral("Martin Luther King Jr.") << QStringLiteral("Martin Luther")
                                << QStringLiteral("King") << QStringLiteral("Jr.") << false
                                << QStringLiteral("King, Jr., Martin Luther");
        QTest::newRow("inverted") << QStringLiteral("Han, Song") << QStringLiteral("Song") << QStringLiteral("Han")
                                  << QString() << false << QStringLiteral("Han, Song");
        QTest::newRow("inverted with suffix")
            << QStringLiteral("King, Jr., Martin") << QStringLiteral("Martin") << QStringLiteral("King")
            << QStringLiteral("Jr.") << false << QStringLiteral("King, Jr., Martin");
        QTest::newRow("one word") << QStringLiteral("Plato") << QString() << QStringLiteral("Plato") << QString()
                                  << false << QStringLiteral("Plato");
        QTest::newRow("organisation") << QStringLiteral("The ATLAS Collaboration") << QString()
                                      << QStringLiteral("The ATLAS Collaboration") << QString() << true
                                      << QStringLiteral("The ATLAS Collaboration");
    }

    void personNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(QString, suffix);
        QFETCH(bool, literal);
        QFETCH(QString, inverted);
        const PersonName split = splitPersonName(name);
        QCOMPARE(split.given, given);
        QCOMPARE(split.family, family);
        QCOMPARE(split.suffix, suffix);
        QCOMPARE(split.literal, literal);
        QCOMPARE(invertedName(split), inverted);
        // Splitting the inverted form gives the same parts back: RIS and BibTeX round trips rely on it.
        const PersonName again = splitPersonName(invertedName(split));
        QCOMPARE(again.given, split.given);
        QCOMPARE(again.family, split.family);
        QCOMPARE(again.suffix, split.suffix);
        QCOMPARE(displayName(again), displayName(split));
    }
};

QTEST_GUILESS_MAIN(TestCitationKey)
#include "tst_citationkey.moc"
