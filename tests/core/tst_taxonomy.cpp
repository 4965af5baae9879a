#include "extract/taxonomy.h"

#include <QTest>

using namespace lectern;
using namespace Qt::StringLiterals;

class TestTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLeavesAreTheLabelingIds();
    void groups();
    void roundTrip();
    void broken_data();
    void broken();
};

void TestTaxonomy::builtInLeavesAreTheLabelingIds()
{
    QStringList expected{u"quantization"_s,
                         u"pruning"_s,
                         u"token-reduction"_s,
                         u"distillation"_s,
                         u"low-rank"_s,
                         u"peft"_s,
                         u"efficient-attention"_s,
                         u"moe"_s,
                         u"ssm"_s,
                         u"nas"_s,
                         u"efficient-architecture"_s,
                         u"dynamic-inference"_s,
                         u"speculative-decoding"_s,
                         u"kv-cache"_s,
                         u"spiking"_s,
                         u"hardware-codesign"_s,
                         u"systems"_s,
                         u"data-efficiency"_s,
                         u"prompt-efficiency"_s,
                         u"efficient-training"_s,
                         u"diffusion-acceleration"_s};
    QStringList leaves = Taxonomy::builtIn().leafIds();
    expected.sort();
    leaves.sort();
    QCOMPARE(leaves, expected);
    for (const QString &id : leaves) {
        QVERIFY2(!Taxonomy::builtIn().node(id)->signals_.isEmpty(), qPrintable(id));
        QVERIFY2(!Taxonomy::builtIn().label(id).isEmpty(), qPrintable(id));
    }
}

void TestTaxonomy::groups()
{
    const Taxonomy &t = Taxonomy::builtIn();
    QVERIFY(!t.isLeaf(u"compression"_s));
    QVERIFY(t.leavesUnder(u"compression"_s).contains(u"quantization"_s));
    QVERIFY(t.leavesUnder(u"compression"_s).contains(u"pruning"_s));
    QCOMPARE(t.leavesUnder(u"pruning"_s), QStringList{u"pruning"_s});
    QVERIFY(t.leavesUnder(u"no-such-node"_s).isEmpty());
    QVERIFY(t.node(u"no-such-node"_s) == nullptr);
    for (const TechniqueNode &n : t.nodes()) {
        if (!t.isLeaf(n.id))
            QVERIFY2(n.signals_.isEmpty() && n.parentId.isEmpty(), qPrintable(n.id));
    }
}

void TestTaxonomy::roundTrip()
{
    QString error;
    const std::optional<Taxonomy> again = Taxonomy::fromJson(Taxonomy::builtIn().toJson(), &error);
    QVERIFY2(again.has_value(), qPrintable(error));
    QCOMPARE(again->nodes(), Taxonomy::builtIn().nodes());
}

void TestTaxonomy::broken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart"); // the place the message must name

    QTest::newRow("not json") << QByteArray("{\"version\": 1, \"nodes\": [") << u"offset"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"top level"_s;
    QTest::newRow("wrong version") << QByteArray(R"({"version": 2, "nodes": []})") << u"version"_s;
    QTest::newRow("nodes not an array") << QByteArray(R"({"version": 1, "nodes": {}})") << u"nodes"_s;
    QTest::newRow("node not an object") << QByteArray(R"({"version": 1, "nodes": [3]})") << u"node 0"_s;
    QTest::newRow("missing id") << QByteArray(R"({"version": 1, "nodes": [{"label": "X", "signals": ["x"]}]})")
                                << u"node 0"_s;
    QTest::newRow("bad id") << QByteArray(R"({"version": 1, "nodes": [{"id": "Big Id", "label": "X"}]})")
                            << u"'Big Id'"_s;
    QTest::newRow("missing label") << QByteArray(R"({"version": 1, "nodes": [{"id": "a", "signals": ["x"]}]})")
                                   << u"node 0 ('a'): \"label\""_s;
    QTest::newRow("duplicate id") << QByteArray(R"({"version": 1, "nodes": [{"id": "a", "label": "A", "signals": ["x"]},
                                                  {"id": "a", "label": "B", "signals": ["y"]}]})")
                                  << u"node 1 ('a'): duplicate"_s;
    QTest::newRow("unknown parent") << QByteArray(
        R"({"version": 1, "nodes": [{"id": "a", "label": "A", "parent": "zzz", "signals": ["x"]}]})")
                                    << u"unknown parent 'zzz'"_s;
    QTest::newRow("cycle") << QByteArray(R"({"version": 1, "nodes": [{"id": "a", "label": "A", "parent": "b"},
                                                  {"id": "b", "label": "B", "parent": "a"}]})")
                           << u"cycle"_s;
    QTest::newRow("self parent") << QByteArray(
        R"({"version": 1, "nodes": [{"id": "a", "label": "A", "parent": "a", "signals": ["x"]}]})")
                                 << u"cycle"_s;
    QTest::newRow("group with signals") << QByteArray(
        R"({"version": 1, "nodes": [{"id": "g", "label": "G", "signals": ["x"]},
                                                  {"id": "a", "label": "A", "parent": "g", "signals": ["y"]}]})")
                                        << u"node 0 ('g'): a group"_s;
    QTest::newRow("leaf without signals")
        << QByteArray(R"({"version": 1, "nodes": [{"id": "a", "label": "A"}]})") << u"at least one signal"_s;
    QTest::newRow("signal not a string") << QByteArray(
        R"({"version": 1, "nodes": [{"id": "a", "label": "A", "signals": ["x", 4]}]})")
                                         << u"\"signals\"[1]"_s;
    QTest::newRow("yields to a group") << QByteArray(R"({"version": 1, "nodes": [{"id": "g", "label": "G"},
                                                  {"id": "a", "label": "A", "parent": "g", "signals": ["x"],
                                                   "yieldsTo": ["g"]}]})")
                                       << u"'g', which is not another leaf"_s;
}

void TestTaxonomy::broken()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!Taxonomy::fromJson(json, &error).has_value());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
