#include "domain/textspan.h"
#include "extract/taxonomy.h"
#include "extract/techniquetagger.h"

#include <QTest>

using namespace lectern;
using namespace Qt::StringLiterals;

namespace {

QStringList ids(const QList<TechniqueFact> &facts)
{
    QStringList out;
    for (const TechniqueFact &f : facts)
        out << f.id;
    out.sort();
    return out;
}

} // namespace

class TestTechniqueTagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void spans();
    void onlyLeaves();

private:
    const TechniqueTagger m_tagger{Taxonomy::builtIn()};
};

void TestTechniqueTagger::rules_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("abstract");
    QTest::addColumn<QStringList>("expected");

    auto row = [](const char *name, const char16_t *title, const char16_t *abstract, QStringList expected) {
        expected.sort();
        QTest::newRow(name) << QString::fromUtf16(title) << QString::fromUtf16(abstract) << expected;
    };
    // Evidence
    row("title signal", u"Efficient Post-Training Quantization with FP8 Formats", u"We study number formats.",
        {u"quantization"_s});
    row("own sentence", u"", u"We propose a structured pruning method for vision transformers.", {u"pruning"_s});
    row("neutral sentence", u"", u"Spiking neural networks are promising for edge devices.", {u"spiking"_s});
    row("no signal", u"", u"We collect a dataset of outdoor scenes with a mobile phone.", {});
    // Background and comparison
    row("unlike existing", u"", u"Unlike existing pruning methods, our approach retrains from scratch.", {});
    row("efforts such as", u"",
        u"Great efforts have been made to improve transformers, such as linear attention and flash-attention. "
        u"We present a new tokenizer.",
        {});
    row("cheaper than", u"", u"Indexing with our approach is cheaper than training a model through distillation.", {});
    row("traditional benchmarks", u"", u"It also outperforms the traditional network pruning benchmarks.", {});
    row("background then own", u"", u"Prior work relies on knowledge distillation. We propose a new distillation loss.",
        {u"distillation"_s});
    // Negation
    row("without", u"", u"We compress the model without quantization.", {});
    row("free suffix", u"", u"We present a distillation-free training recipe.", {});
    row("instead of", u"", u"We use sparse attention instead of pruning.", {u"efficient-attention"_s});
    // Variants
    row("hyphenated", u"", u"We build a Mixture-of-Experts language model.", {u"moe"_s});
    row("spaced plural", u"", u"We train mixtures of experts at scale.", {u"moe"_s});
    row("joined", u"", u"We implement FlashAttention for long sequences.", {u"efficient-attention"_s});
    row("joined from hyphen", u"", u"We study finetuning with lowrank adaptation.", {u"peft"_s});
    row("plural acronym", u"", u"Our SNNs reach high accuracy.", {u"spiking"_s});
    row("gap phrase", u"", u"We design a lightweight convolutional neural network for super-resolution.",
        {u"efficient-architecture"_s});
    // Acronyms defined in the abstract
    row("acronym", u"",
        u"Prior systems use a Sparsely-Gated Mixture of Experts (SGMoE) layer. We scale SGMoE to many devices.",
        {u"moe"_s});
    row("acronym in title", u"EPNAS for Mobile Vision",
        u"Earlier, efficient progressive neural architecture search (EPNAS) was slow.", {u"nas"_s});
    // Weak signals
    row("weak without self reference", u"", u"The novel transformer architecture of BERT is popular.", {});
    row("weak with self reference", u"", u"We present a novel transformer architecture.",
        {u"efficient-architecture"_s});
    row("weak twice", u"", u"Scheduling is hard. Good scheduling matters for clusters.", {u"systems"_s});
    // Overlaps and specificity
    row("longest phrase wins", u"", u"We propose token pruning for vision transformers.", {u"token-reduction"_s});
    row("dataset distillation", u"", u"We study dataset distillation for small budgets.", {u"data-efficiency"_s});
    row("exact phrase beats gap phrase", u"Efficient Progressive Neural Architecture Search", u"", {u"nas"_s});
    row("broad leaf yields", u"", u"We propose a lightweight network found by neural architecture search.", {u"nas"_s});
    row("several", u"", u"We accelerate MoE inference with speculative decoding on FPGA accelerators.",
        {u"moe"_s, u"speculative-decoding"_s, u"hardware-codesign"_s});
    // Operations on tokens are token reduction, not weight pruning, but both stay when both are named
    row("pruning tokens", u"", u"Our method prunes uninformative patch tokens in every block.", {u"token-reduction"_s});
    row("dropping tokens", u"", u"We drop out redundant background tokens before the decoder.", {u"token-reduction"_s});
    row("pruning and token merging", u"", u"We combine channel pruning and token merging in one framework.",
        {u"pruning"_s, u"token-reduction"_s});
    // A hyphenated compound counts as one word of a "*" gap
    row("compound in gap", u"", u"We propose a lightweight graph-based network for point clouds.",
        {u"efficient-architecture"_s});
    row("compound in gap, three words", u"", u"We describe a lightweight and fast graph-based network.", {});
    // Outlook sentences are not the paper's technique
    row("future work", u"", u"Our results motivate future research on low-rank adapters for speech.", {});
    row("need for", u"", u"Our study shows the need for novel architectures in this domain.", {});
    // Named models that are evaluated or listed as examples
    row("evaluated model", u"", u"Our pruning-free recipe gives a 1.2x speed-up in MobileNetV2 on ImageNet.", {});
    row("example models", u"", u"We test our schedule on CNNs (e.g., MobileNet, ResNet) and report accuracy.", {});
    row("proposed model", u"", u"We present ShuffleNet, a network for mobile devices.", {u"efficient-architecture"_s});
    // Weak signals that are common words elsewhere
    row("learning rate scheduler", u"", u"We tune the learning rate scheduler of our detector.", {});
    row("denoising steps mentioned", u"", u"The decoder attends to the condition at each denoising step.", {});
    row("fewer denoising steps", u"", u"Our sampler needs far fewer denoising steps than DDPM.",
        {u"diffusion-acceleration"_s});
    // General phrasings of known techniques
    row("mixture of depths", u"", u"We add mixture-of-depths routing to a language model.", {u"dynamic-inference"_s});
    row("discarding parameters", u"", u"We discard most parameters of the checkpoint residuals.", {u"pruning"_s});
    row("communication compression", u"", u"We study gradient compression for data-parallel clusters.", {u"systems"_s});
    row("converging speed", u"", u"Our reweighting improves the converging speed of GANs.", {u"efficient-training"_s});
    row("efficient transformer", u"", u"We present an efficient transformer for speech recognition.",
        {u"efficient-architecture"_s});
    row("efficient gapped attention", u"", u"We propose an efficient cross-scale attention for long videos.",
        {u"efficient-attention"_s});
    row("hardware-efficient", u"", u"We design hardware-efficient detectors for target hardware.",
        {u"hardware-codesign"_s});
}

void TestTechniqueTagger::rules()
{
    QFETCH(QString, title);
    QFETCH(QString, abstract);
    QFETCH(QStringList, expected);
    QCOMPARE(ids(m_tagger.tag(title, abstract)), expected);
}

void TestTechniqueTagger::spans()
{
    // The span is the first counted occurrence (code points), or -1/-1 for a title-only signal.
    const QString abstract = u"\U0001F680 Unlike existing pruning methods, we prune heads."_s;
    const QList<TechniqueFact> facts = m_tagger.tag(u"Structured Pruning of Heads"_s, abstract);
    QCOMPARE(facts.size(), 1);
    QCOMPARE(facts.first().id, u"pruning"_s);
    const qsizetype from = utf16Offset(abstract, facts.first().start);
    const qsizetype to = utf16Offset(abstract, facts.first().end);
    QCOMPARE(abstract.mid(from, to - from), u"prune"_s);
    QCOMPARE(facts.first().start, codePointOffset(abstract, abstract.indexOf(u"prune heads")));

    const QList<TechniqueFact> titleOnly = m_tagger.tag(u"Knowledge Distillation for Detectors"_s, u"We study it."_s);
    QCOMPARE(titleOnly.size(), 1);
    QCOMPARE(titleOnly.first().start, -1);
    QCOMPARE(titleOnly.first().end, -1);
}

void TestTechniqueTagger::onlyLeaves()
{
    const QString everything = u"We propose quantization, pruning, distillation, low-rank factorization, LoRA, "
                               u"linear attention, mixture of experts, Mamba, neural architecture search, spiking "
                               u"neural networks, early exit, speculative decoding, KV cache eviction, token merging, "
                               u"prompt compression, fewer sampling steps, FPGA accelerators, offloading, "
                               u"data selection, mixed-precision training and a lightweight network."_s;
    const QList<TechniqueFact> facts = m_tagger.tag(QString(), everything);
    for (const TechniqueFact &f : facts)
        QVERIFY2(Taxonomy::builtIn().isLeaf(f.id), qPrintable(f.id));
    // Every leaf but the two broad ones (efficient-architecture, efficient-training), which yield to the specific ones.
    QCOMPARE(facts.size(), 19);
}

QTEST_GUILESS_MAIN(TestTechniqueTagger)
#include "tst_techniquetagger.moc"
