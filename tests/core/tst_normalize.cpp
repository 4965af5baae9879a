// Normalization and the sameness rules of de-duplication.
#include "import/deduplicator.h"
#include "import/normalize.h"

#include <QTest>

#include <algorithm>

using namespace lectern;

class TestNormalize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arxivIds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "2312.03863"
                               << "2312.03863";
        QTest::newRow("prefix and version") << "arXiv:2312.03863v2"
                                            << "2312.03863";
        QTest::newRow("abs url") << "https://arxiv.org/abs/2205.00459v1"
                                 << "2205.00459";
        QTest::newRow("four digit sequence") << "0704.0001"
                                             << "0704.0001";
        QTest::newRow("old style") << "hep-th/9901001v3"
                                   << "hep-th/9901001";
        QTest::newRow("garbage") << "not an id"
                                 << "";
    }

    void arxivIds()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(canonicalArxivId(input), expected);
    }

    void dois_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "10.1145/3065386"
                               << "10.1145/3065386";
        QTest::newRow("resolver") << "https://doi.org/10.1109/CVPR.2016.90"
                                  << "10.1109/cvpr.2016.90";
        QTest::newRow("prefix and trailing dot") << "doi:10.1000/xyz."
                                                 << "10.1000/xyz";
        QTest::newRow("not a doi") << "ISBN 978-3-16"
                                   << "";
    }

    void dois()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(canonicalDoi(input), expected);
    }

    void titleKeys()
    {
        QCOMPARE(titleKey(u"Lite-Pose: Efficient  Architecture"), titleKey(u"lite pose efficient architecture"));
        QCOMPARE(titleKey(u"Équivariant Nets"), QStringLiteral("equivariantnets"));
        QVERIFY(titleKey(u"Pruning v2") != titleKey(u"Pruning v3"));
    }

    void abstractsAgree_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("agree");
        const QString full = QStringLiteral(
            "Vision transformers have shown great success due to their high model capabilities. However, their "
            "remarkable performance is accompanied by heavy computation costs, which makes them unsuitable for "
            "deployment on edge devices. We propose a method that prunes tokens dynamically.");
        QTest::newRow("identical") << full << full << true;
        QTest::newRow("cut short mid-word") << full.left(150) << full << true;
        QTest::newRow("link added") << full << full + QStringLiteral(" Code: https://github.com/x/y") << true;
        QTest::newRow("a word changed") << QString(full).replace(QStringLiteral("great"), QStringLiteral("big")) << full
                                        << true;
        QTest::newRow("different abstract")
            << full
            << QStringLiteral("Vision transformers have shown great success due to their high model capabilities. "
                              "We study instead how language models memorize training data and propose new "
                              "privacy attacks that extract verbatim sequences from deployed chat systems.")
            << false;
        QTest::newRow("empty") << QString() << full << false;
    }

    void abstractsAgree()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, agree);
        QCOMPARE(lectern::abstractsAgree(a, b), agree);
        QCOMPARE(lectern::abstractsAgree(b, a), agree);
    }

    // The print only ever rules out pairs the full comparison rejects: it must never hide a duplicate.
    void abstractPrintNeverHidesAgreement_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QStringList sentences;
        for (int i = 0; i < 40; ++i)
            sentences << QStringLiteral("Sentence %1 tells about model number %2 and its accuracy.").arg(i).arg(i * 7);
        const QString opening = QStringLiteral("Large language models have achieved remarkable success on many "
                                               "tasks across domains and languages in recent years. ");
        const QString longText = opening + sentences.join(QLatin1Char(' '));
        QStringList shuffled = sentences;
        std::rotate(shuffled.begin(), shuffled.begin() + 3, shuffled.end());
        const QString other = opening + shuffled.join(QLatin1Char(' '));
        QTest::newRow("long identical") << longText << longText;
        QTest::newRow("long cut short") << longText.left(700) << longText;
        QTest::newRow("long cut mid-word") << longText.left(433) << longText;
        QTest::newRow("word changed late")
            << QString(longText).replace(QStringLiteral("number 210"), QStringLiteral("count 210")) << longText;
        QTest::newRow("words changed early")
            << QString(longText).replace(QStringLiteral("number 0 "), QStringLiteral("nr 0 ")) << longText;
        QTest::newRow("word dropped") << QString(longText).remove(QStringLiteral("about ")) << longText;
        QTest::newRow("same opening, different text") << other << longText;
        QTest::newRow("short") << QStringLiteral("One two three.") << QStringLiteral("One two three four.");
        QTest::newRow("empty") << QString() << longText;
    }

    void abstractPrintNeverHidesAgreement()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const AbstractPrint pa = abstractPrint(a);
        const AbstractPrint pb = abstractPrint(b);
        if (lectern::abstractsAgree(a, b))
            QVERIFY(abstractsMayAgree(pa, pb));
        if (lectern::abstractsAgree(b, a))
            QVERIFY(abstractsMayAgree(pb, pa));
    }

    // And it does rule out the common case that made imports quadratic: a shared opening, then other text.
    void abstractPrintRulesOutSharedOpenings()
    {
        QStringList sentences;
        for (int i = 0; i < 40; ++i)
            sentences << QStringLiteral("Sentence %1 tells about model number %2 and its accuracy.").arg(i).arg(i * 7);
        const QString opening = QStringLiteral("Large language models have achieved remarkable success on many "
                                               "tasks across domains and languages in recent years. ");
        const QString a = opening
                          + QStringLiteral("We prune attention heads of vision transformers to halve "
                                           "their latency on phones while keeping accuracy.");
        const QString b = opening
                          + QStringLiteral("Instead we quantize the weights of speech recognizers to four "
                                           "bits, which saves memory on small devices.");
        QVERIFY(!lectern::abstractsAgree(a, b));
        QVERIFY(!abstractsMayAgree(abstractPrint(a), abstractPrint(b)));
    }

    void provisionalTitles()
    {
        Paper p;
        p.abstract = QStringLiteral("Large Language Models (LLMs) have demonstrated remarkable capabilities in "
                                    "important tasks such as natural language understanding. Such capabilities…");
        normalizePaper(p);
        QVERIFY(p.titleIsProvisional);
        QVERIFY2(p.title.startsWith(QStringLiteral("Large Language Models (LLMs) have demonstrated")),
                 qPrintable(p.title));
        QVERIFY(p.title.size() <= 91);
        QVERIFY(p.title.endsWith(QChar(0x2026)));
    }

    void yearsAndSortDates()
    {
        Paper p;
        p.title = QStringLiteral("T");
        p.date = QStringLiteral("May 2, 2022");
        normalizePaper(p);
        QCOMPARE(p.year, std::optional<int>(2022));
        QCOMPARE(sortDate(p.year, p.date), 20220502);
        QCOMPARE(sortDate(std::nullopt, QStringLiteral("Jul 25")), 0);
        QCOMPARE(sortDate(std::nullopt, QStringLiteral("2023-04-01")), 20230401);
    }

    void mergeKeepsTheFullestValues()
    {
        Paper stored;
        stored.title = QStringLiteral("We study x");
        stored.titleIsProvisional = true;
        stored.abstract = QStringLiteral("We study x and find y");
        stored.date = QStringLiteral("Jul 25");
        Paper incoming;
        incoming.title = QStringLiteral("A Real Title");
        incoming.abstract = QStringLiteral("We study x and find");
        incoming.authorCount = 5;
        incoming.date = QStringLiteral("Jul 25, 2023");
        incoming.year = 2023;
        incoming.upvotes = 3;
        bool abstractChanged = true;
        QVERIFY(mergeInto(stored, incoming, &abstractChanged));
        QVERIFY(!abstractChanged);
        QCOMPARE(stored.title, QStringLiteral("A Real Title"));
        QVERIFY(!stored.titleIsProvisional);
        QCOMPARE(stored.abstract, QStringLiteral("We study x and find y"));
        QCOMPARE(stored.authorCount, std::optional<int>(5));
        QCOMPARE(stored.date, QStringLiteral("Jul 25, 2023"));
        QCOMPARE(stored.year, std::optional<int>(2023));
        QCOMPARE(stored.upvotes, std::optional<int>(3));
        QVERIFY(!mergeInto(stored, incoming, &abstractChanged));
    }
};

QTEST_GUILESS_MAIN(TestNormalize)
#include "tst_normalize.moc"
