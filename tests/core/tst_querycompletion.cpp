// Completion of the filter language: what the term at the cursor completes to, and the range it replaces.
#include "domain/metricformat.h"
#include "query/query.h"
#include "query/querycompletion.h"

#include <QTest>

using namespace lectern;

Q_DECLARE_METATYPE(Completion::Kind)

class TestQueryCompletion : public QObject
{
    Q_OBJECT

    static CompletionSource source()
    {
        CompletionSource s;
        s.tags = {QStringLiteral("vision"), QStringLiteral("compression"), QStringLiteral("ml/compression"),
                  QStringLiteral("to read"), QStringLiteral("compression/pruning")};
        s.techniques = {QStringLiteral("pruning"), QStringLiteral("quantization"), QStringLiteral("kv-cache"),
                        QStringLiteral("speculative-decoding")};
        s.lists = {QStringLiteral("To Read"), QStringLiteral("Favourites")};
        return s;
    }

    // "|" marks the cursor; without one the cursor is at the end.
    static std::pair<QString, int> withCursor(const QString &marked)
    {
        const qsizetype bar = marked.indexOf(QLatin1Char('|'));
        if (bar < 0)
            return {marked, int(marked.size())};
        return {QString(marked).remove(bar, 1), int(bar)};
    }

    static QStringList split(const char *list)
    {
        return list[0] ? QString::fromUtf8(list).split(QLatin1Char(',')) : QStringList();
    }

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Completion::Kind>("kind");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QStringList>("candidates");
        using K = Completion::Kind;
        // Field names, with their colon or comparison.
        QTest::newRow("ta offers tag:") << "ta" << K::Field << 0 << 2 << split("tag:");
        QTest::newRow("field names are case-insensitive") << "TA" << K::Field << 0 << 2 << split("tag:");
        QTest::newRow("t offers every t field")
            << "t" << K::Field << 0 << 1 << split("title:,technique:,tag:,throughput>=,training-cost>=");
        QTest::newRow("metric kinds with a comparison") << "sp" << K::Field << 0 << 2 << split("speedup>=");
        QTest::newRow("hyphenated kind") << "model-" << K::Field << 0 << 6 << split("model-size>=");
        QTest::newRow("rating") << "ra" << K::Field << 0 << 2 << split("rating>=,rating:");
        QTest::newRow("status") << "st" << K::Field << 0 << 2 << split("status:");
        QTest::newRow("list and the others with l") << "li" << K::Field << 0 << 2 << split("list:");
        QTest::newRow("note") << "no" << K::Field << 0 << 2 << split("note:");
        QTest::newRow("after other terms") << "pruning ta" << K::Field << 8 << 10 << split("tag:");
        QTest::newRow("after a negation's minus") << "-sta" << K::Field << 1 << 4 << split("status:");
        QTest::newRow("after a parenthesis") << "(ta" << K::Field << 1 << 3 << split("tag:");
        QTest::newRow("cursor before other terms") << "ta| pruning" << K::Field << 0 << 2 << split("tag:");
        // Values.
        QTest::newRow("tags starting with, then with a part starting with")
            << "tag:comp" << K::Value << 0 << 8 << split("tag:compression,tag:compression/pruning,tag:ml/compression");
        QTest::newRow("every tag, sorted")
            << "tag:" << K::Value << 0 << 4
            << split("tag:compression,tag:compression/pruning,tag:ml/compression,tag:\"to read\",tag:vision");
        QTest::newRow("a tag with a space is quoted") << "tag:to" << K::Value << 0 << 6 << split("tag:\"to read\"");
        QTest::newRow("inside an open quote") << "x tag:\"to r" << K::Value << 2 << 11 << split("tag:\"to read\"");
        QTest::newRow("negated tag") << "-tag:vi" << K::Value << 1 << 7 << split("tag:vision");
        QTest::newRow("the term around the cursor is replaced")
            << "a tag:comp|ression b" << K::Value << 2 << 17
            << split("tag:compression,tag:compression/pruning,tag:ml/compression");
        QTest::newRow("technique by a part of its id")
            << "technique:dec" << K::Value << 0 << 13 << split("technique:speculative-decoding");
        QTest::newRow("technique") << "technique:k" << K::Value << 0 << 11 << split("technique:kv-cache");
        QTest::newRow("lists") << "list:" << K::Value << 0 << 5 << split("list:Favourites,list:\"To Read\"");
        QTest::newRow("list, case-insensitive") << "list:to" << K::Value << 0 << 7 << split("list:\"To Read\"");
        QTest::newRow("status in its own order")
            << "status:" << K::Value << 0 << 7 << split("status:unread,status:reading,status:read");
        QTest::newRow("status started") << "status:r" << K::Value << 0 << 8 << split("status:reading,status:read");
        QTest::newRow("priority in its own order")
            << "priority:" << K::Value << 0 << 9 << split("priority:high,priority:normal,priority:low");
        QTest::newRow("has") << "has:n" << K::Value << 0 << 5 << split("has:note");
        QTest::newRow("metric kinds") << "metric:sp" << K::Value << 0 << 9 << split("metric:speedup");
        QTest::newRow("metric kind by a part") << "metric:size" << K::Value << 0 << 11 << split("metric:model-size");
        // Units after a metric's number.
        QTest::newRow("units of latency") << "latency<10" << K::Unit << 0 << 10
                                          << split("latency<10ms,latency<10s,latency<10min,latency<10%,latency<10x");
        QTest::newRow("unit started") << "latency<10m" << K::Unit << 0 << 11 << split("latency<10ms,latency<10min");
        QTest::newRow("decimal number") << "memory>=1.5G" << K::Unit << 0 << 12 << split("memory>=1.5GB");
        // Nothing to offer.
        QTest::newRow("empty") << "" << K::None << 0 << 0 << split("");
        QTest::newRow("after a space") << "pruning |" << K::None << 0 << 0 << split("");
        QTest::newRow("a word no field starts with") << "pruning" << K::None << 0 << 0 << split("");
        QTest::newRow("a phrase") << "\"knowledge" << K::None << 0 << 0 << split("");
        QTest::newRow("values of a text field") << "title:tra" << K::None << 0 << 0 << split("");
        QTest::newRow("no tag matches") << "tag:zzz" << K::None << 0 << 0 << split("");
        QTest::newRow("the one value is typed") << "tag:vision" << K::None << 0 << 0 << split("");
        QTest::newRow("the one unit is typed") << "latency<10ms" << K::None << 0 << 0 << split("");
        QTest::newRow("a comparison without a number") << "speedup>=" << K::None << 0 << 0 << split("");
        QTest::newRow("rating values are numbers") << "rating:" << K::None << 0 << 0 << split("");
        QTest::newRow("a year") << "year:20" << K::None << 0 << 0 << split("");
    }

    void complete()
    {
        QFETCH(QString, text);
        QFETCH(Completion::Kind, kind);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QStringList, candidates);
        const auto [plain, cursor] = withCursor(text);
        const Completion completion = QueryCompletion::complete(plain, cursor, source());
        QCOMPARE(completion.kind, kind);
        QCOMPARE(completion.texts(), candidates);
        if (kind == Completion::Kind::None)
            return;
        QCOMPARE(completion.start, start);
        QCOMPARE(completion.end, end);
        // Every candidate, put in place of the term, is a valid filter (a field name once it has its value).
        for (const CompletionCandidate &c : completion.candidates) {
            int newCursor = -1;
            const QString result = QueryCompletion::apply(plain, completion, c, &newCursor);
            QCOMPARE(result.mid(start, c.text.size()), c.text);
            QCOMPARE(newCursor, start + int(c.text.size()));
            if (kind != Completion::Kind::Field)
                QVERIFY2(Query::parse(result).isValid(), qPrintable(result));
            QVERIFY2(Query::parse(result, {.asYouType = true}).isValid(), qPrintable(result));
        }
    }

    void labelsAreWhatTheListShows()
    {
        const Completion values = QueryCompletion::complete(QStringLiteral("tag:to"), 6, source());
        QCOMPARE(values.candidates.size(), 1);
        QCOMPARE(values.candidates.first().label, QStringLiteral("to read"));
        const Completion units = QueryCompletion::complete(QStringLiteral("memory>4"), 8, source());
        QCOMPARE(units.candidates.first().label, QStringLiteral("GB"));
        const Completion fields = QueryCompletion::complete(QStringLiteral("ta"), 2, source());
        QCOMPARE(fields.candidates.first().label, QStringLiteral("tag:"));
    }

    void applyReplacesOnlyTheTerm()
    {
        const QString text = QStringLiteral("year>=2020 tag:comp -x");
        const Completion completion = QueryCompletion::complete(text, 19, source());
        QCOMPARE(completion.kind, Completion::Kind::Value);
        int cursor = 0;
        QCOMPARE(QueryCompletion::apply(text, completion, completion.candidates.at(2), &cursor),
                 QStringLiteral("year>=2020 tag:ml/compression -x"));
        QCOMPARE(cursor, 29);
    }

    void metricKindsFromTheSource()
    {
        CompletionSource s = source();
        s.metricKinds = {QStringLiteral("speedup"), QStringLiteral("latency")};
        QCOMPARE(QueryCompletion::complete(QStringLiteral("metric:"), 7, s).texts(),
                 QStringList({QStringLiteral("metric:speedup"), QStringLiteral("metric:latency")}));
        // Without them, every kind.
        QCOMPARE(QueryCompletion::complete(QStringLiteral("metric:"), 7, source()).candidates.size(),
                 metricKinds().size());
    }

    void manyValuesAreCapped()
    {
        CompletionSource s;
        for (int i = 0; i < 1000; ++i)
            s.tags.append(QStringLiteral("topic%1").arg(i, 4, 10, QLatin1Char('0')));
        const Completion completion = QueryCompletion::complete(QStringLiteral("tag:topic"), 9, s);
        QCOMPARE(completion.candidates.size(), QueryCompletion::kMostCandidates);
        QCOMPARE(completion.candidates.first().text, QStringLiteral("tag:topic0000"));
        // Typing more narrows them.
        QCOMPARE(QueryCompletion::complete(QStringLiteral("tag:topic099"), 12, s).candidates.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestQueryCompletion)
#include "tst_querycompletion.moc"
