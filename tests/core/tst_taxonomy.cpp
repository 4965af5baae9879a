#include "extract/extractor.h"
#include "extract/taxonomy.h"

#include <QLocale>
#include <QTest>

using namespace lectern;
using namespace Qt::StringLiterals;

class TestTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Messages quote names in the user's language's quotation marks; these tests read English ones.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void builtInLeavesAreTheLabelingIds();
    void groups();
    void roundTrip();
    void broken_data();
    void broken();

    // Editing
    void addNode_data();
    void addNode();
    void addNodeGoesAfterItsSiblings();
    void addGroup_data();
    void addGroup();
    void makeId_data();
    void makeId();
    void renameNode_data();
    void renameNode();
    void changeId();
    void moveNode_data();
    void moveNode();
    void removeNode_data();
    void removeNode();
    void setSignals_data();
    void setSignals();
    void sharedPhrasesStayEditable();
    void roundTripAfterEdits();
    void extractorUsesAnAddedLeaf();
};

namespace {

// Two groups, a group with a single technique, a top-level technique and a yieldsTo relation.
const char fixtureJson[] = R"({"version": 1, "nodes": [
    {"id": "compression", "label": "Model compression"},
    {"id": "inference", "label": "Inference acceleration"},
    {"id": "solo-group", "label": "Solo group"},
    {"id": "quantization", "label": "Quantization", "parent": "compression", "signals": ["quantization"]},
    {"id": "pruning", "label": "Pruning", "parent": "compression", "signals": ["pruning"],
     "weakSignals": ["sparse * network"]},
    {"id": "kv-cache", "label": "KV cache", "parent": "inference", "signals": ["kv cache"]},
    {"id": "speculative-decoding", "label": "Speculative decoding", "parent": "inference",
     "signals": ["speculative decoding"], "yieldsTo": ["kv-cache"]},
    {"id": "solo", "label": "Solo", "parent": "solo-group", "signals": ["solo"]},
    {"id": "systems", "label": "Systems", "signals": ["serving system"], "yieldsTo": ["pruning", "kv-cache"]}
]})";

Taxonomy fixture()
{
    QString error;
    const std::optional<Taxonomy> t = Taxonomy::fromJson(fixtureJson, &error);
    if (!t)
        qFatal("fixture taxonomy: %s", qUtf8Printable(error));
    return *t;
}

// The edited taxonomy must be one that fromJson() accepts and that serialises and parses back equal.
bool roundTrips(const Taxonomy &t, QString *why)
{
    const std::optional<Taxonomy> again = Taxonomy::fromJson(t.toJson(), why);
    if (!again)
        return false;
    if (again->nodes() != t.nodes()) {
        *why = u"parsed back different"_s;
        return false;
    }
    return true;
}

QStringList childIds(const Taxonomy &t, const QString &parentId)
{
    QStringList ids;
    for (const TechniqueNode &n : t.nodes()) {
        if (n.parentId == parentId)
            ids.append(n.id);
    }
    return ids;
}

} // namespace

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

void TestTaxonomy::addNode_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("parentId");
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<QStringList>("weakPhrases");
    QTest::addColumn<QStringList>("yieldsTo");
    QTest::addColumn<QString>("expectedId");    // empty when the operation must fail
    QTest::addColumn<QString>("expectedError"); // part of the message when it fails

    const QStringList none;
    QTest::newRow("leaf in a group") << u"distillation"_s << u"Distillation"_s << u"compression"_s
                                     << QStringList{u"distillation"_s} << none << none << u"distillation"_s
                                     << QString();
    QTest::newRow("top-level leaf") << u"nas"_s << u"Architecture search"_s << QString()
                                    << QStringList{u"architecture search"_s} << none << none << u"nas"_s << QString();
    QTest::newRow("id made from the label")
        << QString() << u"Low-rank factorization"_s << u"compression"_s << QStringList{u"low-rank"_s} << none << none
        << u"low-rank-factorization"_s << QString();
    QTest::newRow("made id avoids a taken one") << QString() << u"KV cache"_s << u"inference"_s << QStringList{u"kv"_s}
                                                << none << none << u"kv-cache-2"_s << QString();
    QTest::newRow("with weak signals and yieldsTo")
        << u"sparsity"_s << u"Sparsity"_s << u"compression"_s << QStringList{u"sparsity"_s}
        << QStringList{u"sparse * model"_s} << QStringList{u"pruning"_s} << u"sparsity"_s << QString();

    QTest::newRow("empty label") << u"x"_s << u"   "_s << u"compression"_s << QStringList{u"x"_s} << none << none
                                 << QString() << u"name cannot be empty"_s;
    QTest::newRow("bad id") << u"Big Id"_s << u"Big"_s << u"compression"_s << QStringList{u"big"_s} << none << none
                            << QString() << u"“Big Id” cannot be an id"_s;
    QTest::newRow("taken id") << u"pruning"_s << u"Pruning again"_s << u"compression"_s << QStringList{u"x"_s} << none
                              << none << QString() << u"already used by “Pruning”"_s;
    QTest::newRow("taken by a group") << u"inference"_s << u"Inference"_s << QString() << QStringList{u"x"_s} << none
                                      << none << QString() << u"already used by “Inference acceleration”"_s;
    QTest::newRow("unknown parent") << u"x"_s << u"X"_s << u"nowhere"_s << QStringList{u"x"_s} << none << none
                                    << QString() << u"no group with the id “nowhere”"_s;
    QTest::newRow("under a leaf") << u"x"_s << u"X"_s << u"pruning"_s << QStringList{u"x"_s} << none << none
                                  << QString() << u"“Pruning” is a technique and carries signals"_s;
    QTest::newRow("no signals") << u"x"_s << u"X"_s << u"compression"_s << none << none << none << QString()
                                << u"“X” needs at least one signal"_s;
    QTest::newRow("only blank signals") << u"x"_s << u"X"_s << u"compression"_s << QStringList{u""_s, u"  "_s} << none
                                        << none << QString() << u"needs at least one signal"_s;
    QTest::newRow("signal without a word") << u"x"_s << u"X"_s << u"compression"_s << QStringList{u"x"_s, u"* -"_s}
                                           << none << none << QString() << u"“* -” has no word"_s;
    QTest::newRow("weak signal starting with a star")
        << u"x"_s << u"X"_s << u"compression"_s << QStringList{u"x"_s} << QStringList{u"* network"_s} << none
        << QString() << u"cannot begin with “*”"_s;
    QTest::newRow("signal of another leaf") << u"x"_s << u"X"_s << u"compression"_s << QStringList{u"x"_s, u"Pruning"_s}
                                            << none << none << QString() << u"“Pruning” already marks “Pruning”"_s;
    QTest::newRow("weak signal of another leaf, spelled differently")
        << u"x"_s << u"X"_s << u"compression"_s << QStringList{u"x"_s} << QStringList{u"KV-cache"_s} << none
        << QString() << u"“KV-cache” already marks “KV cache”"_s;
    QTest::newRow("yields to an unknown id")
        << u"x"_s << u"X"_s << u"compression"_s << QStringList{u"x"_s} << none << QStringList{u"nothing"_s} << QString()
        << u"cannot yield to “nothing”"_s;
    QTest::newRow("yields to a group") << u"x"_s << u"X"_s << u"compression"_s << QStringList{u"x"_s} << none
                                       << QStringList{u"inference"_s} << QString()
                                       << u"cannot yield to the group “Inference acceleration”"_s;
    QTest::newRow("yields to itself") << u"x"_s << u"X"_s << u"compression"_s << QStringList{u"x"_s} << none
                                      << QStringList{u"x"_s} << QString() << u"cannot yield to itself"_s;
}

void TestTaxonomy::addNode()
{
    QFETCH(QString, id);
    QFETCH(QString, label);
    QFETCH(QString, parentId);
    QFETCH(QStringList, phrases);
    QFETCH(QStringList, weakPhrases);
    QFETCH(QStringList, yieldsTo);
    QFETCH(QString, expectedId);
    QFETCH(QString, expectedError);

    Taxonomy t = fixture();
    QString error = u"stale"_s;
    const bool ok = t.addNode({id, label, parentId, phrases, weakPhrases, yieldsTo}, &error);
    if (expectedId.isEmpty()) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QCOMPARE(t, fixture());
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(error.isEmpty());
    const TechniqueNode *n = t.node(expectedId);
    QVERIFY(n);
    QCOMPARE(n->label, label);
    QCOMPARE(n->parentId, parentId);
    QCOMPARE(n->signals_, phrases);
    QCOMPARE(n->weakSignals, weakPhrases);
    QCOMPARE(n->yieldsTo, yieldsTo);
    QVERIFY(t.isLeaf(expectedId));
    QCOMPARE(t.nodes().size(), fixture().nodes().size() + 1);
    QCOMPARE(childIds(t, parentId).constLast(), expectedId);
    QString why;
    QVERIFY2(roundTrips(t, &why), qPrintable(why));
}

void TestTaxonomy::addNodeGoesAfterItsSiblings()
{
    Taxonomy t = fixture();
    QVERIFY(t.addNode({u"distillation"_s, u"Distillation"_s, u"compression"_s, {u"distillation"_s}, {}, {}}, nullptr));
    QStringList order;
    for (const TechniqueNode &n : t.nodes())
        order.append(n.id);
    // The existing nodes keep their order; the new one follows the last leaf of its group.
    QCOMPARE(order,
             (QStringList{u"compression"_s, u"inference"_s, u"solo-group"_s, u"quantization"_s, u"pruning"_s,
                          u"distillation"_s, u"kv-cache"_s, u"speculative-decoding"_s, u"solo"_s, u"systems"_s}));
    // Phrases are trimmed, simplified and deduplicated regardless of case.
    QVERIFY(t.addNode({QString(),
                       u"  Mixture   of experts "_s,
                       QString(),
                       {u" MoE "_s, u"moe"_s, u""_s, u"mixture  of experts"_s},
                       {u"expert"_s, u"Expert"_s},
                       {}},
                      nullptr));
    const TechniqueNode *moe = t.node(u"mixture-of-experts"_s);
    QVERIFY(moe);
    QCOMPARE(moe->label, u"Mixture of experts"_s);
    QCOMPARE(moe->signals_, (QStringList{u"MoE"_s, u"mixture of experts"_s}));
    QCOMPARE(moe->weakSignals, QStringList{u"expert"_s});
    QCOMPARE(t.nodes().constLast().id, u"mixture-of-experts"_s);
}

void TestTaxonomy::addGroup_data()
{
    QTest::addColumn<QString>("groupLabel");
    QTest::addColumn<QString>("groupParent");
    QTest::addColumn<QStringList>("groupSignals");
    QTest::addColumn<QString>("leafLabel");
    QTest::addColumn<QStringList>("leafSignals");
    QTest::addColumn<QString>("expectedGroupId"); // empty when the operation must fail
    QTest::addColumn<QString>("expectedLeafId");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("top level") << u"Training"_s << QString() << QStringList() << u"Efficient training"_s
                               << QStringList{u"efficient training"_s} << u"training"_s << u"efficient-training"_s
                               << QString();
    QTest::newRow("nested") << u"Sparsity"_s << u"compression"_s << QStringList() << u"Sparsity"_s
                            << QStringList{u"sparsity"_s} << u"sparsity"_s << u"sparsity-2"_s << QString();
    QTest::newRow("group with signals") << u"G"_s << QString() << QStringList{u"g"_s} << u"L"_s << QStringList{u"l"_s}
                                        << QString() << QString() << u"A group cannot carry signals"_s;
    QTest::newRow("leaf without signals") << u"G"_s << QString() << QStringList() << u"L"_s << QStringList()
                                          << QString() << QString() << u"“L” needs at least one signal"_s;
    QTest::newRow("under a leaf") << u"G"_s << u"solo"_s << QStringList() << u"L"_s << QStringList{u"l"_s} << QString()
                                  << QString() << u"“Solo” is a technique"_s;
    QTest::newRow("empty group label") << u""_s << QString() << QStringList() << u"L"_s << QStringList{u"l"_s}
                                       << QString() << QString() << u"name cannot be empty"_s;
}

void TestTaxonomy::addGroup()
{
    QFETCH(QString, groupLabel);
    QFETCH(QString, groupParent);
    QFETCH(QStringList, groupSignals);
    QFETCH(QString, leafLabel);
    QFETCH(QStringList, leafSignals);
    QFETCH(QString, expectedGroupId);
    QFETCH(QString, expectedLeafId);
    QFETCH(QString, expectedError);

    Taxonomy t = fixture();
    QString error;
    const bool ok = t.addGroup({QString(), groupLabel, groupParent, groupSignals, {}, {}},
                               {QString(), leafLabel, u"ignored"_s, leafSignals, {}, {}}, &error);
    if (expectedGroupId.isEmpty()) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QCOMPARE(t, fixture());
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(!t.isLeaf(expectedGroupId));
    QCOMPARE(t.node(expectedGroupId)->parentId, groupParent);
    QCOMPARE(t.leavesUnder(expectedGroupId), QStringList{expectedLeafId});
    QCOMPARE(t.node(expectedLeafId)->signals_, leafSignals);
    QString why;
    QVERIFY2(roundTrips(t, &why), qPrintable(why));
}

void TestTaxonomy::makeId_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");

    QTest::newRow("words") << u"Low-rank factorization"_s << u"low-rank-factorization"_s;
    QTest::newRow("taken") << u"Pruning"_s << u"pruning-2"_s;
    QTest::newRow("taken differently spelled") << u"KV-Cache"_s << u"kv-cache-2"_s;
    QTest::newRow("punctuation") << u"  Mixture of Experts (MoE) "_s << u"mixture-of-experts-moe"_s;
    QTest::newRow("digits") << u"INT8 / FP8 inference"_s << u"int8-fp8-inference"_s;
    QTest::newRow("accents") << u"Élagage données"_s << u"elagage-donnees"_s;
    QTest::newRow("no letters") << u"!!!"_s << u"technique"_s;
    QTest::newRow("non-Latin") << u"量化"_s << u"technique"_s;
    QTest::newRow("long") << u"A very long technique name that goes on and on and never seems to end"_s
                          << u"a-very-long-technique-name-that-goes-on-and-on"_s;
}

void TestTaxonomy::makeId()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);
    Taxonomy t = fixture();
    const QString id = Taxonomy::makeId(label, t);
    QCOMPARE(id, expected);
    // The id is usable as it is.
    QVERIFY(t.addNode({id, label.trimmed().isEmpty() ? u"x"_s : label, QString(), {u"x"_s}, {}, {}}, nullptr));
    const QString next = id.endsWith(u"-2"_s) ? QString(id.chopped(1) + u'3') : QString(id + u"-2"_s);
    QCOMPARE(Taxonomy::makeId(label, t), next);
}

void TestTaxonomy::renameNode_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("newLabel");
    QTest::addColumn<QString>("expectedLabel"); // empty when the operation must fail
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("leaf") << u"pruning"_s << u"Weight pruning"_s << u"Weight pruning"_s << QString();
    QTest::newRow("group") << u"compression"_s << u"Compression"_s << u"Compression"_s << QString();
    QTest::newRow("spaces are tidied") << u"solo"_s << u"  Solo   act "_s << u"Solo act"_s << QString();
    QTest::newRow("same label") << u"solo"_s << u"Solo"_s << u"Solo"_s << QString();
    QTest::newRow("empty") << u"pruning"_s << QString() << QString() << u"name cannot be empty"_s;
    QTest::newRow("blank") << u"pruning"_s << u" \t "_s << QString() << u"name cannot be empty"_s;
    QTest::newRow("unknown id") << u"nothing"_s << u"Nothing"_s << QString() << u"id “nothing”"_s;
}

void TestTaxonomy::renameNode()
{
    QFETCH(QString, id);
    QFETCH(QString, newLabel);
    QFETCH(QString, expectedLabel);
    QFETCH(QString, expectedError);

    Taxonomy t = fixture();
    QString error;
    const bool ok = t.renameNode(id, newLabel, &error);
    if (expectedLabel.isEmpty()) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QCOMPARE(t, fixture());
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(t.label(id), expectedLabel);
    // Only the label changed.
    TechniqueNode before = *fixture().node(id);
    before.label = expectedLabel;
    QCOMPARE(*t.node(id), before);
    QCOMPARE(t.nodes().size(), fixture().nodes().size());
}

void TestTaxonomy::changeId()
{
    Taxonomy t = fixture();
    QString error;
    QVERIFY2(t.changeId(u"kv-cache"_s, u"kv"_s, &error), qPrintable(error));
    QVERIFY(!t.node(u"kv-cache"_s));
    QCOMPARE(t.node(u"speculative-decoding"_s)->yieldsTo, QStringList{u"kv"_s});
    QCOMPARE(t.node(u"systems"_s)->yieldsTo, (QStringList{u"pruning"_s, u"kv"_s}));
    QVERIFY2(t.changeId(u"inference"_s, u"serving"_s, &error), qPrintable(error));
    QCOMPARE(t.leavesUnder(u"serving"_s), (QStringList{u"kv"_s, u"speculative-decoding"_s}));
    QVERIFY(t.changeId(u"serving"_s, u"serving"_s, &error));
    QString why;
    QVERIFY2(roundTrips(t, &why), qPrintable(why));

    const Taxonomy before = t;
    QVERIFY(!t.changeId(u"kv"_s, u"Bad Id"_s, &error));
    QVERIFY2(error.contains(u"“Bad Id” cannot be an id"_s), qPrintable(error));
    QVERIFY(!t.changeId(u"kv"_s, u"pruning"_s, &error));
    QVERIFY2(error.contains(u"already used by “Pruning”"_s), qPrintable(error));
    QVERIFY(!t.changeId(u"nothing"_s, u"something"_s, &error));
    QCOMPARE(t, before);
}

void TestTaxonomy::moveNode_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("newParentId");
    QTest::addColumn<QString>("expectedError"); // empty when the operation must succeed

    QTest::newRow("leaf to another group") << u"pruning"_s << u"inference"_s << QString();
    QTest::newRow("leaf to the top level") << u"quantization"_s << QString() << QString();
    QTest::newRow("top-level leaf into a group") << u"systems"_s << u"inference"_s << QString();
    QTest::newRow("group into a group") << u"solo-group"_s << u"compression"_s << QString();
    QTest::newRow("same parent") << u"pruning"_s << u"compression"_s << QString();

    QTest::newRow("unknown node") << u"nothing"_s << u"compression"_s << u"id “nothing”"_s;
    QTest::newRow("unknown parent") << u"pruning"_s << u"nowhere"_s << u"no group with the id “nowhere”"_s;
    QTest::newRow("into itself") << u"compression"_s << u"compression"_s << u"into itself"_s;
    QTest::newRow("into its own subtree") << u"solo-group"_s << u"solo"_s << u"“Solo”, which is inside it"_s;
    QTest::newRow("under a leaf") << u"pruning"_s << u"quantization"_s << u"“Quantization” is a technique"_s;
    QTest::newRow("leaving a group empty")
        << u"solo"_s << u"compression"_s << u"would leave the group “Solo group” empty. Remove the group instead"_s;
    QTest::newRow("leaving a group empty, to the top") << u"solo"_s << QString() << u"“Solo group” empty"_s;
}

void TestTaxonomy::moveNode()
{
    QFETCH(QString, id);
    QFETCH(QString, newParentId);
    QFETCH(QString, expectedError);

    Taxonomy t = fixture();
    QString error = u"stale"_s;
    const bool ok = t.moveNode(id, newParentId, &error);
    if (!expectedError.isEmpty()) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QCOMPARE(t, fixture());
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(t.node(id)->parentId, newParentId);
    QCOMPARE(t.nodes().size(), fixture().nodes().size());
    QCOMPARE(t.leafIds().size(), fixture().leafIds().size());
    // The moved node is the last child of its new parent; the leaves below it moved with it.
    QCOMPARE(childIds(t, newParentId).constLast(), id);
    QCOMPARE(t.leavesUnder(id), fixture().leavesUnder(id));
    QString why;
    QVERIFY2(roundTrips(t, &why), qPrintable(why));
}

void TestTaxonomy::removeNode_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("removed"); // empty when the operation must fail
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("leaf") << u"quantization"_s << QStringList{u"quantization"_s} << QString();
    QTest::newRow("top-level leaf") << u"systems"_s << QStringList{u"systems"_s} << QString();
    QTest::newRow("group and its leaves")
        << u"inference"_s << QStringList{u"inference"_s, u"kv-cache"_s, u"speculative-decoding"_s} << QString();
    QTest::newRow("group with a single leaf")
        << u"solo-group"_s << QStringList{u"solo-group"_s, u"solo"_s} << QString();
    QTest::newRow("a leaf others yield to") << u"kv-cache"_s << QStringList{u"kv-cache"_s} << QString();

    QTest::newRow("unknown") << u"nothing"_s << QStringList() << u"id “nothing”"_s;
    QTest::newRow("last leaf of a group") << u"solo"_s << QStringList()
                                          << u"would leave the group “Solo group” empty. Remove the group “Solo "
                                             u"group” instead."_s;
}

void TestTaxonomy::removeNode()
{
    QFETCH(QString, id);
    QFETCH(QStringList, removed);
    QFETCH(QString, expectedError);

    Taxonomy t = fixture();
    QString error;
    const bool ok = t.removeNode(id, &error);
    if (removed.isEmpty()) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QCOMPARE(t, fixture());
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(t.nodes().size(), fixture().nodes().size() - removed.size());
    for (const QString &gone : removed)
        QVERIFY2(!t.node(gone), qPrintable(gone));
    for (const TechniqueNode &n : t.nodes()) {
        for (const QString &other : n.yieldsTo)
            QVERIFY2(!removed.contains(other), qPrintable(n.id + u" still yields to "_s + other));
    }
    QString why;
    QVERIFY2(roundTrips(t, &why), qPrintable(why));
}

void TestTaxonomy::setSignals_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<QStringList>("weakPhrases");
    QTest::addColumn<QStringList>("yieldsTo");
    QTest::addColumn<QStringList>("expectedPhrases");
    QTest::addColumn<QStringList>("expectedWeak");
    QTest::addColumn<QStringList>("expectedYields");
    QTest::addColumn<QString>("expectedError"); // empty when the operation must succeed

    const QStringList none;
    QTest::newRow("replace") << u"pruning"_s << QStringList{u"pruning"_s, u"pruned"_s} << none << none
                             << QStringList{u"pruning"_s, u"pruned"_s} << none << none << QString();
    QTest::newRow("tidied") << u"pruning"_s
                            << QStringList{u"  pruning "_s, u""_s, u"Pruning"_s, u"weight   pruning"_s, u"\t"_s}
                            << QStringList{u"sparse * network"_s, u"Sparse * Network"_s}
                            << QStringList{u" quantization "_s, u"quantization"_s, u""_s}
                            << QStringList{u"pruning"_s, u"weight pruning"_s} << QStringList{u"sparse * network"_s}
                            << QStringList{u"quantization"_s} << QString();
    QTest::newRow("clear weak and yields") << u"speculative-decoding"_s << QStringList{u"draft model"_s} << none << none
                                           << QStringList{u"draft model"_s} << none << none << QString();

    QTest::newRow("group") << u"compression"_s << QStringList{u"x"_s} << none << none << none << none << none
                           << u"“Model compression” is a group"_s;
    QTest::newRow("unknown") << u"nothing"_s << QStringList{u"x"_s} << none << none << none << none << none
                             << u"id “nothing”"_s;
    QTest::newRow("empty") << u"pruning"_s << none << none << none << none << none << none
                           << u"“Pruning” needs at least one signal"_s;
    QTest::newRow("blank lines") << u"pruning"_s << QStringList{u""_s, u" "_s} << QStringList{u"weak"_s} << none << none
                                 << none << none << u"needs at least one signal"_s;
    QTest::newRow("no word") << u"pruning"_s << QStringList{u"pruning"_s, u"--"_s} << none << none << none << none
                             << none << u"“--” has no word"_s;
    QTest::newRow("leading star") << u"pruning"_s << QStringList{u"* pruning"_s} << none << none << none << none << none
                                  << u"cannot begin with “*”"_s;
    QTest::newRow("signal of another leaf")
        << u"pruning"_s << QStringList{u"pruning"_s, u"speculative decoding"_s} << none << none << none << none << none
        << u"“speculative decoding” already marks “Speculative decoding”"_s;
    QTest::newRow("yields to itself") << u"pruning"_s << QStringList{u"x"_s} << none << QStringList{u"pruning"_s}
                                      << none << none << none << u"“Pruning” cannot yield to itself"_s;
    QTest::newRow("yields to a group") << u"pruning"_s << QStringList{u"x"_s} << none << QStringList{u"inference"_s}
                                       << none << none << none
                                       << u"cannot yield to the group “Inference acceleration”"_s;
    QTest::newRow("yields to an unknown id")
        << u"pruning"_s << QStringList{u"x"_s} << none << QStringList{u"Quantization"_s} << none << none << none
        << u"cannot yield to “Quantization”: there is no technique"_s;
}

void TestTaxonomy::setSignals()
{
    QFETCH(QString, id);
    QFETCH(QStringList, phrases);
    QFETCH(QStringList, weakPhrases);
    QFETCH(QStringList, yieldsTo);
    QFETCH(QStringList, expectedPhrases);
    QFETCH(QStringList, expectedWeak);
    QFETCH(QStringList, expectedYields);
    QFETCH(QString, expectedError);

    Taxonomy t = fixture();
    QString error;
    const bool ok = t.setSignals(id, phrases, weakPhrases, yieldsTo, &error);
    if (!expectedError.isEmpty()) {
        QVERIFY(!ok);
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QCOMPARE(t, fixture());
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(t.node(id)->signals_, expectedPhrases);
    QCOMPARE(t.node(id)->weakSignals, expectedWeak);
    QCOMPARE(t.node(id)->yieldsTo, expectedYields);
    QCOMPARE(t.node(id)->label, fixture().node(id)->label);
    QString why;
    QVERIFY2(roundTrips(t, &why), qPrintable(why));
}

void TestTaxonomy::sharedPhrasesStayEditable()
{
    // fromJson() accepts a phrase shared by two leaves; editing such a leaf must not be refused for it.
    std::optional<Taxonomy> t = Taxonomy::fromJson(R"({"version": 1, "nodes": [
        {"id": "a", "label": "A", "signals": ["shared", "a"]},
        {"id": "b", "label": "B", "signals": ["shared", "b"]}]})",
                                                   nullptr);
    QVERIFY(t);
    QString error;
    QVERIFY2(t->setSignals(u"b"_s, {u"shared"_s, u"b"_s, u"bee"_s}, {}, {}, &error), qPrintable(error));
    QVERIFY(!t->setSignals(u"b"_s, {u"b"_s, u"a"_s}, {}, {}, &error));
    QVERIFY2(error.contains(u"“a” already marks “A”"_s), qPrintable(error));
}

void TestTaxonomy::roundTripAfterEdits()
{
    Taxonomy t = Taxonomy::builtIn();
    QString error;
    QVERIFY2(t.addGroup({QString(), u"Sparsity"_s, u"compression"_s, {}, {}, {}},
                        {QString(),
                         u"Sparse kernels"_s,
                         {},
                         {u"sparse kernel"_s, u"sparse matrix multiplication"_s},
                         {u"sparse * library"_s},
                         {u"pruning"_s}},
                        &error),
             qPrintable(error));
    QVERIFY2(t.addNode({QString(), u"Model merging"_s, u"training-and-data"_s, {u"model merging"_s}, {}, {}}, &error),
             qPrintable(error));
    QVERIFY2(t.moveNode(u"pruning"_s, u"sparsity"_s, &error), qPrintable(error));
    QVERIFY2(t.renameNode(u"deployment"_s, u"Systems & hardware"_s, &error), qPrintable(error));
    QVERIFY2(t.setSignals(u"model-merging"_s, {u"model merging"_s, u"weight averaging"_s}, {}, {u"peft"_s}, &error),
             qPrintable(error));
    QVERIFY2(t.removeNode(u"moe"_s, &error), qPrintable(error));
    QVERIFY2(t.moveNode(u"sparsity"_s, QString(), &error), qPrintable(error));

    QCOMPARE(t.leavesUnder(u"sparsity"_s), (QStringList{u"sparse-kernels"_s, u"pruning"_s}));
    QVERIFY(!t.node(u"efficient-architecture"_s)->yieldsTo.contains(u"moe"_s));
    QCOMPARE(t.label(u"deployment"_s), u"Systems & hardware"_s);

    const std::optional<Taxonomy> again = Taxonomy::fromJson(t.toJson(), &error);
    QVERIFY2(again.has_value(), qPrintable(error));
    QCOMPARE(*again, t);
    QCOMPARE(again->toJson(), t.toJson());
}

void TestTaxonomy::extractorUsesAnAddedLeaf()
{
    const QString abstract = u"We propose a low-rank adaptation method for language models."_s;
    auto ids = [](const QList<TechniqueFact> &facts) {
        QStringList out;
        for (const TechniqueFact &f : facts)
            out.append(f.id);
        return out;
    };
    QVERIFY(!ids(Extractor().techniques(QString(), abstract)).contains(u"lora"_s));

    // In the built-in taxonomy the phrase marks PEFT: a new leaf cannot take it silently...
    Taxonomy t = Taxonomy::builtIn();
    const TechniqueNode lora{u"lora"_s, u"LoRA"_s, u"peft-methods"_s, {u"low-rank adaptation"_s, u"LoRA"_s}, {}, {}};
    QString error;
    QVERIFY(!t.addNode({u"lora"_s, u"LoRA"_s, u"training-and-data"_s, {u"low-rank adaptation"_s}, {}, {}}, &error));
    QVERIFY2(error.contains(u"already marks “Parameter-efficient fine-tuning”"_s), qPrintable(error));
    // ...but once the phrases leave PEFT, LoRA can be a technique of its own, in a new group.
    QVERIFY2(t.addGroup({u"peft-methods"_s, u"Fine-tuning methods"_s, u"training-and-data"_s, {}, {}, {}},
                        {u"adapters"_s, u"Adapters"_s, {}, {u"adapter layers"_s}, {}, {}}, &error),
             qPrintable(error));
    QStringList peftSignals = t.node(u"peft"_s)->signals_;
    QVERIFY(peftSignals.removeAll(u"low-rank adaptation"_s) == 1 && peftSignals.removeAll(u"lora"_s) == 1);
    QVERIFY2(t.setSignals(u"peft"_s, peftSignals, {}, {}, &error), qPrintable(error));
    QVERIFY2(t.addNode(lora, &error), qPrintable(error));

    const Extractor extractor(t);
    const QList<TechniqueFact> facts = extractor.techniques(QString(), abstract);
    QVERIFY2(ids(facts).contains(u"lora"_s), qPrintable(ids(facts).join(u", "_s)));
    QVERIFY2(!ids(facts).contains(u"peft"_s), qPrintable(ids(facts).join(u", "_s)));
    const qsizetype at = abstract.indexOf(u"low-rank adaptation"_s);
    const TechniqueFact fact = facts.at(ids(facts).indexOf(u"lora"_s));
    QCOMPARE(fact.start, at);
    QCOMPARE(fact.end, at + qsizetype(u"low-rank adaptation"_s.size()));
    QCOMPARE(t.leavesUnder(u"peft-methods"_s), (QStringList{u"adapters"_s, u"lora"_s}));

    // A leaf added to a taxonomy that does not use the phrase works the same, and once removed it is not assigned.
    Taxonomy small = fixture();
    QVERIFY(small.addNode({u"lora"_s, u"LoRA"_s, u"compression"_s, {u"low-rank adaptation"_s}, {}, {}}, &error));
    QCOMPARE(ids(Extractor(small).techniques(QString(), abstract)), QStringList{u"lora"_s});
    QVERIFY(small.removeNode(u"lora"_s, &error));
    QVERIFY(Extractor(small).techniques(QString(), abstract).isEmpty());
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
