#include "export/markdownexporter.h"
#include "import/markdownlistparser.h"
#include "import/normalize.h"
#include "import/textdecoding.h"
#include "parsertesting.h"
#include "testsupport.h"

#include <QDir>
#include <QLocale>
#include <QTest>

using namespace lectern;

class TestMarkdownList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void headings_data();
    void headings();
    void fixture();
    void detect_data();
    void detect();
    void otherFixturesAreNotMarkdown();
    void seedsAreNotMarkdown();
    void longItemIsReported();
    void hostileInput_data();
    void hostileInput();
    void shuffledFragmentsNeverBreakInvariants();
    void exporterMetadata();
    void escaping_data();
    void escaping();
    void exportedEntries_data();
    void exportedEntries();
    void roundTrip();
};

namespace {

const MarkdownListParser kParser;

using test::messageTexts;

QString describe(const RawRecord &record)
{
    const Paper &p = record.paper;
    QStringList lines{QStringLiteral("L%1").arg(record.line)};
    const auto add = [&lines](const char *key, const QString &value) {
        if (!value.isEmpty())
            lines.append(QLatin1String(key) + QLatin1Char('=') + value);
    };
    add("title", p.title);
    add("authors", p.authors.join(QStringLiteral(" | ")));
    add("year", p.year ? QString::number(*p.year) : QString());
    add("venue", p.venue);
    add("doi", p.doi);
    add("arxiv", p.arxivId);
    add("url", p.url);
    add("tags", p.tags.join(QStringLiteral(" | ")));
    add("comment", p.comment);
    return lines.join(QLatin1Char('\n'));
}

QStringList describeAll(const ParseResult &result)
{
    QStringList all;
    for (const RawRecord &record : result.records)
        all.append(describe(record));
    return all;
}

// What a Markdown list adds to the promises of every parser: every record has a title of sensible length.
QString markdownRecordViolation(const RawRecord &record, QStringView)
{
    if (record.paper.title.isEmpty() || record.paper.title.size() > 16 * 1024)
        return QStringLiteral("title of %1 characters").arg(record.paper.title.size());
    return {};
}

QString invariantViolation(QStringView text, const ParseResult &result)
{
    return test::invariantViolation(text, result, markdownRecordViolation);
}

QString exportAll(const QList<Paper> &papers, const QString &title = QString())
{
    const MarkdownExporter exporter;
    QString out = exporter.begin(ExportContext{title});
    for (qsizetype i = 0; i < papers.size(); ++i)
        out += exporter.entry(papers[i], i);
    out += exporter.end(papers.size());
    return out;
}

MetricFact metric(const char *kind, double value, const char *unit, const char *direction)
{
    MetricFact m;
    m.kind = QLatin1String(kind);
    m.value = value;
    m.unit = QLatin1String(unit);
    m.direction = QLatin1String(direction);
    return m;
}

} // namespace

void TestMarkdownList::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
}

void TestMarkdownList::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("papers");

    QTest::newRow("link title, code link, stars badge, italic venue")
        << QStringLiteral("- [AWQ: Activation-aware Weight Quantization](https://arxiv.org/abs/2306.00978) "
                          "[[Code](https://github.com/mit-han-lab/llm-awq)] "
                          "![GitHub stars](https://img.shields.io/github/stars/mit-han-lab/llm-awq) — *MLSys 2024*\n")
        << QStringList{QStringLiteral("L1\ntitle=AWQ: Activation-aware Weight Quantization\nyear=2024\nvenue=MLSys\n"
                                      "arxiv=2306.00978\nurl=https://arxiv.org/abs/2306.00978\ncomment=Code: "
                                      "https://github.com/mit-han-lab/llm-awq")};
    QTest::newRow("bold title with paper and code links")
        << QStringLiteral(
               "- **SmoothQuant: Accurate and Efficient Post-Training Quantization** "
               "[[Paper](https://arxiv.org/abs/2211.10438)] [[Code](https://github.com/mit-han-lab/smoothquant)]")
        << QStringList{QStringLiteral("L1\ntitle=SmoothQuant: Accurate and Efficient Post-Training Quantization\narxiv="
                                      "2211.10438\nurl=https://arxiv.org/abs/2211.10438\ncomment=Code: "
                                      "https://github.com/mit-han-lab/smoothquant")};
    QTest::newRow("quoted title, venue, year")
        << QStringLiteral("1. \"GPTQ: Accurate Post-Training Quantization\", ICLR, 2023. "
                          "[[paper](https://openreview.net/forum?id=tcbBPnfwxS)]")
        << QStringList{QStringLiteral("L1\ntitle=GPTQ: Accurate Post-Training Quantization\nyear=2023\nvenue=ICLR\nurl="
                                      "https://openreview.net/forum?id=tcbBPnfwxS")};
    QTest::newRow("curly quotes, unknown venue before the year")
        << QStringLiteral("2) “Binary Neural Networks: A Survey”, Pattern Recognition Letters, 2020, "
                          "[pdf](https://example.org/bnn.pdf)")
        << QStringList{
               QStringLiteral("L1\ntitle=Binary Neural Networks: A Survey\nyear=2020\nvenue=Pattern Recognition "
                              "Letters\nurl=https://example.org/bnn.pdf")};
    QTest::newRow("venue in brackets before the title")
        << QStringLiteral("* [ICLR'24] [OmniQuant: Omnidirectionally Calibrated Quantization](https://arxiv.org/pdf/"
                          "2308.13137v3.pdf) :fire:")
        << QStringList{
               QStringLiteral("L1\ntitle=OmniQuant: Omnidirectionally Calibrated Quantization\nyear=2024\nvenue=ICLR\n"
                              "arxiv=2308.13137\nurl=https://arxiv.org/pdf/2308.13137v3.pdf")};
    QTest::newRow("venue in parentheses")
        << QStringLiteral("+ [Mixtral of Experts](https://arxiv.org/abs/2401.04088) (NeurIPS 2023)")
        << QStringList{QStringLiteral("L1\ntitle=Mixtral of Experts\nyear=2023\nvenue=NeurIPS\n"
                                      "arxiv=2401.04088\nurl=https://arxiv.org/abs/2401.04088")};
    QTest::newRow("venue as a link before a plain title")
        << QStringLiteral("- [[ICML](https://proceedings.mlr.press/v202/xiao23c.html)] SmoothQuant: Accurate "
                          "Quantization. [**`qnn`**] [[code](https://github.com/a/b)] [120⭐]")
        << QStringList{QStringLiteral(
               "L1\ntitle=SmoothQuant: Accurate Quantization\nvenue=ICML\nurl=https://"
               "proceedings.mlr.press/v202/xiao23c.html\ntags=qnn\ncomment=Code: https://github.com/a/b")};
    QTest::newRow("an unknown venue as a bracketed link before the title")
        << QStringLiteral("- [[TGARS](https://ieeexplore.ieee.org/abstract/document/9362309)] Accelerating CNN-Based "
                          "Hyperspectral Image Classification [__`qnn`__]")
        << QStringList{
               QStringLiteral("L1\ntitle=Accelerating CNN-Based Hyperspectral Image Classification\nvenue=TGARS\n"
                              "url=https://ieeexplore.ieee.org/abstract/document/9362309\ntags=qnn")};
    QTest::newRow("labels with the brackets inside the link, a plain title before <br>")
        << QStringLiteral(
               "- Towards Efficient LLM Serving: A Survey <br> ICML 2024 Tutorial [[Paper]](https://arxiv.org/"
               "abs/2312.15234) [[Tutorial]](https://icml.cc/virtual/2024/tutorial/35229)\n"
               "- QuantEase: Quantization for Language Models -- An Efficient and Intuitive Algorithm <br> "
               "Arxiv 2023 [[Paper]](https://arxiv.org/abs/2309.01885)")
        << QStringList{
               QStringLiteral("L1\ntitle=Towards Efficient LLM Serving: A Survey\nyear=2024\nvenue=ICML\narxiv="
                              "2312.15234\nurl=https://arxiv.org/abs/2312.15234"),
               QStringLiteral("L2\ntitle=QuantEase: Quantization for Language Models -- An Efficient and Intuitive "
                              "Algorithm\nyear=2023\nvenue=arXiv\narxiv=2309.01885\nurl=https://arxiv.org/abs/"
                              "2309.01885")};
    QTest::newRow("redirect and archive links lead to papers")
        << QStringLiteral("- [[AAAI](https://www.google.com/url?sa=t&url=https%3A%2F%2Fwww.aaai.org%2FAAAI21Papers%2F"
                          "AAAI-7144.pdf&usg=x)] Binary Networks for Speech\n"
                          "- [[TODAES](https://web.archive.org/web/2022/https://dl.acm.org/doi/pdf/10.1145/3549535)] "
                          "Structured Dynamic Precision\n")
        << QStringList{
               QStringLiteral("L1\ntitle=Binary Networks for Speech\nvenue=AAAI\nurl=https://www.google.com/url?"
                              "sa=t&url=https%3A%2F%2Fwww.aaai.org%2FAAAI21Papers%2FAAAI-7144.pdf&usg=x"),
               QStringLiteral("L2\ntitle=Structured Dynamic Precision\nvenue=TODAES\ndoi=10.1145/3549535\nurl="
                              "https://web.archive.org/web/2022/https://dl.acm.org/doi/pdf/10.1145/3549535")};
    QTest::newRow("a year before a dash")
        << QStringLiteral(
               "- [FP8 Formats for Deep Learning](https://arxiv.org/abs/2209.05433) by NVIDIA, Arm, and Intel, "
               "2022 - FP8 delivered the performance of INT8.")
        << QStringList{
               QStringLiteral("L1\ntitle=FP8 Formats for Deep Learning\nyear=2022\narxiv=2209.05433\nurl=https://"
                              "arxiv.org/abs/2209.05433")};
    QTest::newRow("a link labelled arXiv is no venue")
        << QStringLiteral("- **BitNet: Scaling 1-bit Transformers** [[arXiv](https://arxiv.org/abs/2310.11453)]")
        << QStringList{
               QStringLiteral("L1\ntitle=BitNet: Scaling 1-bit Transformers\narxiv=2310.11453\nurl=https://arxiv.org/"
                              "abs/2310.11453")};
    QTest::newRow("title, authors, venue as sentences")
        << QStringLiteral(
               "- LLM.int8(): 8-bit Matrix Multiplication at Scale. Tim Dettmers, Mike Lewis, William J. Dally. "
               "NeurIPS 2022. [[pdf](https://arxiv.org/pdf/2208.07339.pdf)]")
        << QStringList{
               QStringLiteral("L1\ntitle=LLM.int8(): 8-bit Matrix Multiplication at Scale\nauthors=Tim Dettmers | "
                              "Mike Lewis | William J. Dally\nyear=2022\nvenue=NeurIPS\narxiv=2208.07339\nurl="
                              "https://arxiv.org/pdf/2208.07339.pdf")};
    QTest::newRow("authors after a dash, et al.")
        << QStringLiteral(
               "- [EIE: Efficient Inference Engine](https://dl.acm.org/doi/10.1145/3007787.3001163) — Song Han, "
               "Xingyu Liu and Huizi Mao et al. *ISCA 2016*")
        << QStringList{
               QStringLiteral("L1\ntitle=EIE: Efficient Inference Engine\nauthors=Song Han | Xingyu Liu | Huizi Mao "
                              "| others\nyear=2016\nvenue=ISCA\ndoi=10.1145/3007787.3001163\nurl=https://dl.acm.org/"
                              "doi/10.1145/3007787.3001163")};
    QTest::newRow("authors on the next line of a bold title")
        << QStringLiteral("- **BitNet: Scaling 1-bit Transformers**\n  Hongyu Wang, Shuming Ma, Li Dong. "
                          "[[arXiv](https://arxiv.org/abs/2310.11453)]\n")
        << QStringList{
               QStringLiteral("L1\ntitle=BitNet: Scaling 1-bit Transformers\nauthors=Hongyu Wang | Shuming Ma | Li "
                              "Dong\narxiv=2310.11453\nurl=https://arxiv.org/abs/2310.11453")};
    QTest::newRow("topics are no authors")
        << QStringLiteral("- [Sparse GPT Kernels](https://arxiv.org/abs/2301.00774). Deep Learning, Computer Vision.")
        << QStringList{
               QStringLiteral("L1\ntitle=Sparse GPT Kernels\narxiv=2301.00774\nurl=https://arxiv.org/abs/2301.00774")};
    QTest::newRow("bold title with venue and year but no link")
        << QStringLiteral("- **Learning both Weights and Connections for Efficient Neural Networks**, NeurIPS 2015")
        << QStringList{QStringLiteral("L1\ntitle=Learning both Weights and Connections for Efficient Neural "
                                      "Networks\nyear=2015\nvenue=NeurIPS")};
    QTest::newRow("quoted title with a year but no link")
        << QStringLiteral("- \"Optimal Brain Damage\", 1990.")
        << QStringList{QStringLiteral("L1\ntitle=Optimal Brain Damage\nyear=1990")};
    QTest::newRow("a bold title alone is no paper")
        << QStringLiteral("- **Efficient Transformers**\n") << QStringList{};
    QTest::newRow("HTML link, venue badge, emoji")
        << QStringLiteral("- <a href=\"https://arxiv.org/abs/2312.00752\">Mamba: Linear-Time Sequence Modeling</a> "
                          "<img src=\"https://img.shields.io/badge/COLM-2024-blue\"> 🐍✨")
        << QStringList{QStringLiteral("L1\ntitle=Mamba: Linear-Time Sequence Modeling\nyear=2024\nvenue=COLM\narxiv="
                                      "2312.00752\nurl=https://arxiv.org/abs/2312.00752")};
    QTest::newRow("badge with a venue label, footnote marks, entities")
        << QStringLiteral(
               "- [Pruner-Zero: Evolving Symbolic Pruning Metrics &amp; More](https://arxiv.org/abs/2406.02924)"
               "<sup>1,2</sup> [![Publish](https://img.shields.io/badge/Conference-ICML'24-blue)]() &mdash; "
               "Peijie Dong, Lujun Li")
        << QStringList{
               QStringLiteral("L1\ntitle=Pruner-Zero: Evolving Symbolic Pruning Metrics & More\nauthors=Peijie Dong "
                              "| Lujun Li\nyear=2024\nvenue=ICML\narxiv=2406.02924\nurl=https://arxiv.org/abs/"
                              "2406.02924")};
    QTest::newRow("escaped markup in the title")
        << QStringLiteral(
               "- [Title with \\[brackets\\], \\*stars\\* and snake\\_case](https://arxiv.org/abs/2301.00001)")
        << QStringList{QStringLiteral("L1\ntitle=Title with [brackets], *stars* and snake_case\narxiv=2301.00001\nurl="
                                      "https://arxiv.org/abs/2301.00001")};
    QTest::newRow("identifiers from DOI, ACL, NeurIPS, IEEE and PDF links")
        << QStringLiteral("- [A Paper With a DOI](<https://doi.org/10.1016/S0140-6736(20)30183-5>)\n"
                          "- [An ACL Paper](https://aclanthology.org/2023.acl-long.1/)\n"
                          "- [A NeurIPS Paper](https://papers.nips.cc/paper/2015/hash/ae0eb3eed39d2bcef4622b2499a05fe6-"
                          "Abstract.html)\n"
                          "- [An IEEE Paper](https://ieeexplore.ieee.org/document/9362309)\n"
                          "- [A PDF Somewhere](https://example.org/files/paper.PDF?download=1)\n")
        << QStringList{
               QStringLiteral("L1\ntitle=A Paper With a DOI\ndoi=10.1016/s0140-6736(20)30183-5\nurl=https://doi.org/"
                              "10.1016/S0140-6736(20)30183-5"),
               QStringLiteral("L2\ntitle=An ACL Paper\nurl=https://aclanthology.org/2023.acl-long.1/"),
               QStringLiteral("L3\ntitle=A NeurIPS Paper\nurl=https://papers.nips.cc/paper/2015/hash/"
                              "ae0eb3eed39d2bcef4622b2499a05fe6-Abstract.html"),
               QStringLiteral("L4\ntitle=An IEEE Paper\nurl=https://ieeexplore.ieee.org/document/9362309"),
               QStringLiteral("L5\ntitle=A PDF Somewhere\nurl=https://example.org/files/paper.PDF?download=1")};
    QTest::newRow("autolinks and bare URLs")
        << QStringLiteral("- **Deep Compression Revisited** <https://arxiv.org/abs/1510.00149>\n"
                          "- **Knowledge Distillation Revisited** https://arxiv.org/abs/1503.02531.\n")
        << QStringList{
               QStringLiteral("L1\ntitle=Deep Compression Revisited\narxiv=1510.00149\nurl=https://arxiv.org/abs/"
                              "1510.00149"),
               QStringLiteral("L2\ntitle=Knowledge Distillation Revisited\narxiv=1503.02531\nurl=https://arxiv.org/"
                              "abs/1503.02531")};
    QTest::newRow("a project name with a paper link")
        << QStringLiteral("- [LLM-Viewer](https://github.com/hahnyuan/LLM-Viewer) [[Paper](https://arxiv.org/abs/"
                          "2402.16363)]")
        << QStringList{
               QStringLiteral("L1\ntitle=LLM-Viewer\narxiv=2402.16363\nurl=https://arxiv.org/abs/2402.16363\ncomment="
                              "Code: https://github.com/hahnyuan/LLM-Viewer")};
    QTest::newRow("task lists and nested items")
        << QStringLiteral("- [ ] [First Paper Title](https://arxiv.org/abs/2301.00001)\n- QAT papers:\n"
                          "  - [x] [Second Paper Title](https://arxiv.org/abs/2301.00002)\n"
                          "    1. [Third Paper Title](https://arxiv.org/abs/2301.00003)\n")
        << QStringList{
               QStringLiteral("L1\ntitle=First Paper Title\narxiv=2301.00001\nurl=https://arxiv.org/abs/2301.00001"),
               QStringLiteral("L3\ntitle=Second Paper Title\narxiv=2301.00002\nurl=https://arxiv.org/abs/2301.00002"),
               QStringLiteral("L4\ntitle=Third Paper Title\narxiv=2301.00003\nurl=https://arxiv.org/abs/2301.00003")};
    QTest::newRow("not papers: code, other lists, anchors, arXiv listings, prose")
        << QStringLiteral("- [llama.cpp](https://github.com/ggerganov/llama.cpp) — LLM inference in C/C++\n"
                          "- [Awesome-LLM](https://github.com/Hannibal046/Awesome-LLM) - a curated list\n"
                          "- [Quantization](#quantization)\n"
                          "- [Recent cs.LG](https://arxiv.org/list/cs.LG/recent)\n"
                          "- **Note**: papers marked with ⭐ have code.\n\n"
                          "Some prose mentioning [a paper](https://arxiv.org/abs/2301.00009) in a paragraph.\n")
        << QStringList{};
    QTest::newRow("tables: title, venue, year, paper and code columns")
        << QStringLiteral(
               "| Title | Venue | Year | Paper | Code |\n|:--|:-:|:-:|:-:|:-:|\n"
               "| [SparseGPT: One-Shot Pruning](https://arxiv.org/abs/2301.00774) | ICML | 2023 | [Paper]"
               "(https://arxiv.org/abs/2301.00774) | [Code](https://github.com/IST-DASLab/sparsegpt) |\n"
               "| Wanda: A Simple Pruning Approach | ICLR | 2024 | [PDF](https://openreview.net/pdf?id=PxoFut3dWW) | - "
               "|\n"
               "| **LLM-Pruner**: On Structural Pruning | NeurIPS'23 | | [arXiv](https://arxiv.org/abs/2305.11627) |"
               " [GitHub](https://github.com/horseee/LLM-Pruner) |\n"
               "| A Talk Without a Paper | - | 2021 | - | - |\n")
        << QStringList{QStringLiteral(
                           "L3\ntitle=SparseGPT: One-Shot Pruning\nyear=2023\nvenue=ICML\narxiv=2301.00774\nurl="
                           "https://arxiv.org/abs/2301.00774\ncomment=Code: https://github.com/IST-DASLab/sparsegpt"),
                       QStringLiteral("L4\ntitle=Wanda: A Simple Pruning Approach\nyear=2024\nvenue=ICLR\nurl=https://"
                                      "openreview.net/pdf?id=PxoFut3dWW"),
                       QStringLiteral(
                           "L5\ntitle=LLM-Pruner: On Structural Pruning\nyear=2023\nvenue=NeurIPS\narxiv=2305.11627\n"
                           "url=https://arxiv.org/abs/2305.11627\ncomment=Code: https://github.com/horseee/"
                           "LLM-Pruner")};
    QTest::newRow("tables: titles and authors in one cell, unknown venue column")
        << QStringLiteral(
               "| Paper | Conference | Authors |\n| --- | --- | --- |\n"
               "| [Deep Compression](https://arxiv.org/abs/1510.00149) | International Conference on Learning "
               "Representations | Song Han, Huizi Mao |\n"
               "|[ALPS: Sparse One-Shot Pruning](https://arxiv.org/abs/2406.07831) <br> Xiang Meng, Rahul Mazumder "
               "| | |\n")
        << QStringList{
               QStringLiteral("L3\ntitle=Deep Compression\nauthors=Song Han | Huizi Mao\nvenue=International "
                              "Conference on Learning Representations\narxiv=1510.00149\nurl=https://arxiv.org/abs/"
                              "1510.00149"),
               QStringLiteral("L4\ntitle=ALPS: Sparse One-Shot Pruning\nauthors=Xiang Meng | Rahul Mazumder\narxiv="
                              "2406.07831\nurl=https://arxiv.org/abs/2406.07831")};
    QTest::newRow("a table without links is no paper list")
        << QStringLiteral("| Type | `F` | `W` |\n|:--|:-:|:-:|\n| Explanation | Filter pruning | Weight pruning |\n")
        << QStringList{};
    QTest::newRow("code blocks and HTML comments are not read")
        << QStringLiteral(
               "```markdown\n- [In a Fence](https://arxiv.org/abs/2301.00001)\n```\n<!--\n- [In a Comment]"
               "(https://arxiv.org/abs/2301.00002)\n-->\n<details><summary>BibTeX</summary><pre><code>@article{x,\n"
               "- [In Pre](https://arxiv.org/abs/2301.00003)\n}</code></pre></details>\n"
               "- [After Them](https://arxiv.org/abs/2301.00004)\n")
        << QStringList{QStringLiteral("L10\ntitle=After Them\narxiv=2301.00004\nurl=https://arxiv.org/abs/2301.00004")};

    // Our own reading lists (MarkdownExporter): the marker makes every top-level bullet a paper.
    const QString marker = QStringLiteral("# Reading list\n\n<!-- Lectern reading list: every top-level bullet is a "
                                          "paper -->\n\n");
    const QString linkless = QStringLiteral("- **Efficient Transformers**\n"
                                            "- **A Year Only** — 2024\n"
                                            "- **Note**: a bold word with a colon\n");
    QTest::newRow("Lectern list: papers without a link, venue or year")
        << marker + linkless
        << QStringList{QStringLiteral("L5\ntitle=Efficient Transformers"),
                       QStringLiteral("L6\ntitle=A Year Only\nyear=2024"), QStringLiteral("L7\ntitle=Note")};
    QTest::newRow("the same bullets without the marker: only the one with a year")
        << QStringLiteral("# Reading list\n\n") + linkless
        << QStringList{QStringLiteral("L4\ntitle=A Year Only\nyear=2024")};
    QTest::newRow("the marker inside a code block does not count")
        << QStringLiteral("# Notes\n\n```\n<!-- Lectern reading list: every top-level bullet is a paper -->\n```\n\n")
               + linkless
        << QStringList{QStringLiteral("L8\ntitle=A Year Only\nyear=2024")};
    QTest::newRow("Lectern list: escapes undone in title, authors and venue; older exports' \\: and \\& too")
        << marker
               + QStringLiteral(
                   "- **How Efficient is LLM-Generated Code? A Rigorous \\& High-Standard Benchmark** — 2024\n"
                   "- **DAMO-YOLO \\: A Report on \\\\ \\[Real-Time\\] \\*Object\\* \\_Detection\\_ \\<Design\\> "
                   "&amp; \\&amp;** — Xian\\_Zhe Xu, Acme\\, Inc., *Proc\\. \\*SEM* 2022\n")
        << QStringList{QStringLiteral("L5\ntitle=How Efficient is LLM-Generated Code? A Rigorous & High-Standard "
                                      "Benchmark\nyear=2024"),
                       QStringLiteral("L6\ntitle=DAMO-YOLO : A Report on \\ [Real-Time] *Object* _Detection_ "
                                      "<Design> & &amp;\nauthors=Xian_Zhe Xu | Acme, Inc.\nyear=2022\n"
                                      "venue=Proc. *SEM")};
    QTest::newRow("Lectern list: the separator and bold markers inside the title stay in it")
        << marker
               + QStringLiteral("- **Pruning — A Survey, 2023** — Ann Lee, Bo Li et al., *ICLR* 2016\n"
                                "- [Bold \\*\\*Claims\\*\\* — Revisited](https://arxiv.org/abs/2301.00001) — *arXiv*\n"
                                "- **Large language models (LLMs) have shown remarkable capabilities across a range "
                                "of tasks, but their…**\n")
        << QStringList{QStringLiteral("L5\ntitle=Pruning — A Survey, 2023\nauthors=Ann Lee | Bo Li | others\n"
                                      "year=2016\nvenue=ICLR"),
                       QStringLiteral("L6\ntitle=Bold **Claims** — Revisited\nvenue=arXiv\narxiv=2301.00001\n"
                                      "url=https://arxiv.org/abs/2301.00001"),
                       QStringLiteral("L7\ntitle=Large language models (LLMs) have shown remarkable capabilities "
                                      "across a range of tasks, but their…")};
    QTest::newRow("Lectern list: DOI and arXiv links, details line, nested notes, sections")
        << marker
               + QStringLiteral(
                   "- [Deep Compression](https://doi.org/10.48550/arxiv.1510.00149) [[arXiv](https://arxiv.org/"
                   "abs/1510.00149)] — Song Han, William J. Dally, *ICLR* 2016\n"
                   "  `Model Compression/Pruning` ``a`b`` · −49% memory · Pruning, Quantization\n"
                   "  - my note: read section 3, `not a tag`\n"
                   "- [A DOI With Parentheses](<https://doi.org/10.1016/s0140-6736(20)30183-5>)\n\n"
                   "## Added by hand\n\n"
                   "- **Contributing** — 2020\n"
                   "- a plain bullet without a title is no paper\n")
        << QStringList{QStringLiteral("L5\ntitle=Deep Compression\nauthors=Song Han | William J. Dally\nyear=2016\n"
                                      "venue=ICLR\ndoi=10.48550/arxiv.1510.00149\narxiv=1510.00149\n"
                                      "url=https://doi.org/10.48550/arxiv.1510.00149\n"
                                      "tags=Model Compression/Pruning | a`b"),
                       QStringLiteral("L8\ntitle=A DOI With Parentheses\ndoi=10.1016/s0140-6736(20)30183-5\n"
                                      "url=https://doi.org/10.1016/s0140-6736(20)30183-5"),
                       QStringLiteral("L12\ntitle=Contributing\nyear=2020\ntags=Added by hand")};
    QTest::newRow("an escaped <pre in a title opens no HTML block")
        << marker + QStringLiteral("- **Faster \\<pre\\> Blocks**\n- [After It](https://arxiv.org/abs/2301.00002)\n")
        << QStringList{QStringLiteral("L5\ntitle=Faster <pre> Blocks"),
                       QStringLiteral("L6\ntitle=After It\narxiv=2301.00002\nurl=https://arxiv.org/abs/2301.00002")};
}

void TestMarkdownList::parse()
{
    QFETCH(QString, input);
    QFETCH(QStringList, papers);
    const ParseResult result = kParser.parse(input);
    const QStringList got = describeAll(result);
    QCOMPARE(got.size(), papers.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got[i].split(QLatin1Char('\n')), papers[i].split(QLatin1Char('\n')));
    QCOMPARE(messageTexts(result), QStringList{});
    const QString violation = invariantViolation(input, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestMarkdownList::headings_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QList<int>>("years");

    const QString paper = QStringLiteral("- [A Paper Title](https://arxiv.org/abs/2301.00001)\n");
    QTest::newRow("the awesome title is left out; numbering, colons, emoji go")
        << QStringLiteral("# Awesome Model Compression 🚀\n## 1. Model Compression\n### 1.2 Quantization\n"
                          "#### Post-Training Quantization:\n")
               + paper + QStringLiteral("### 1.3 Pruning / Sparsity ###\n") + paper
               + QStringLiteral("## 2) Efficient Architecture\n") + paper
        << QStringList{QStringLiteral("Model Compression/Quantization/Post-Training Quantization"),
                       QStringLiteral("Model Compression/Pruning ∕ Sparsity"), QStringLiteral("Efficient Architecture")}
        << QList<int>{0, 0, 0};
    QTest::newRow("a single level-one heading is the title")
        << QStringLiteral("# Reading list\n") + paper + QStringLiteral("## Later\n") + paper
        << QStringList{QString(), QStringLiteral("Later")} << QList<int>{0, 0};
    QTest::newRow("several level-one headings are sections")
        << QStringLiteral("# Quantization\n") + paper + QStringLiteral("# Pruning\n## Structured\n") + paper
        << QStringList{QStringLiteral("Quantization"), QStringLiteral("Pruning/Structured")} << QList<int>{0, 0};
    QTest::newRow("an awesome title among level-one headings is still the title")
        << QStringLiteral("# Awesome Pruning\n") + paper + QStringLiteral("# Papers\n") + paper
        << QStringList{QString(), QStringLiteral("Papers")} << QList<int>{0, 0};
    QTest::newRow("setext headings") << QStringLiteral(
                                            "Awesome Pruning\n===============\n\nPruning Papers\n--------------\n")
                                            + paper
                                     << QStringList{QStringLiteral("Pruning Papers")} << QList<int>{0};
    QTest::newRow("year headings give the year, not a tag level")
        << QStringLiteral("# Awesome X\n## Papers\n### 2023\n") + paper
               + QStringLiteral("- [Another Paper Title](https://arxiv.org/abs/2301.00002) (ICML 2022)\n### 2021\n")
               + paper
        << QStringList{QStringLiteral("Papers"), QStringLiteral("Papers"), QStringLiteral("Papers")}
        << QList<int>{2023, 2022, 2021};
    QTest::newRow("contents, contributing, license, citation, news are skipped, the latter with their subsections")
        << QStringLiteral("# Awesome X\n## Table of Contents\n") + paper + QStringLiteral("### Sub of TOC\n") + paper
               + QStringLiteral("## Contents\n") + paper + QStringLiteral("## Contributing\n") + paper
               + QStringLiteral("## 📰 News\n") + paper + QStringLiteral("## Citation\n") + paper
               + QStringLiteral("## License\n") + paper + QStringLiteral("## Acknowledgements\n") + paper
               + QStringLiteral("## Star History\n") + paper + QStringLiteral("### Sub of Star History\n") + paper
               + QStringLiteral("## Surveys\n") + paper
        << QStringList{QStringLiteral("Sub of TOC"), QStringLiteral("Surveys")} << QList<int>{0, 0};
    QTest::newRow("sections one level below the table of contents are papers again")
        << QStringLiteral("# Awesome Pruning\n## Table of Contents\n- [2023 Venues](#2023)\n") + paper
               + QStringLiteral("### 2023\n") + paper + QStringLiteral("### Surveys\n") + paper
               + QStringLiteral("## Contributing\n### Rules\n") + paper
        << QStringList{QString(), QStringLiteral("Surveys")} << QList<int>{2023, 0};
    QTest::newRow("headings with links and badges keep their text")
        << QStringLiteral(
               "# Awesome X\n## [Quantization](https://example.org/q) ![x](https://img.shields.io/badge/a-b-c)\n")
               + paper
        << QStringList{QStringLiteral("Quantization")} << QList<int>{0};
    QTest::newRow("no headings, no tag") << paper << QStringList{QString()} << QList<int>{0};
}

void TestMarkdownList::headings()
{
    QFETCH(QString, input);
    QFETCH(QStringList, tags);
    QFETCH(QList<int>, years);
    const ParseResult result = kParser.parse(input);
    QStringList gotTags;
    QList<int> gotYears;
    for (const RawRecord &record : result.records) {
        gotTags.append(record.paper.tags.value(0));
        gotYears.append(record.paper.year.value_or(0));
    }
    QCOMPARE(gotTags, tags);
    QCOMPARE(gotYears, years);
}

void TestMarkdownList::fixture()
{
    const QString text = test::readImportFixture(QStringLiteral("awesome-efficient.md"));
    QVERIFY(!text.isEmpty());
    const QString quantization = QStringLiteral("tags=Model Compression/Quantization/Post-Training Quantization");
    const QString qat = QStringLiteral("tags=Model Compression/Quantization/Quantization-Aware Training");
    const QString pruning = QStringLiteral("tags=Model Compression/Pruning ∕ Sparsity");
    const QStringList expected{
        QStringLiteral("L29\ntitle=AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration\n"
                       "year=2024\nvenue=MLSys\narxiv=2306.00978\nurl=https://arxiv.org/abs/2306.00978\n")
            + quantization + QStringLiteral("\ncomment=Code: https://github.com/mit-han-lab/llm-awq"),
        QStringLiteral("L30\ntitle=SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language "
                       "Models\nyear=2023\nvenue=ICML\narxiv=2211.10438\nurl=https://arxiv.org/abs/2211.10438\n")
            + quantization + QStringLiteral("\ncomment=Code: https://github.com/mit-han-lab/smoothquant"),
        QStringLiteral("L31\ntitle=GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers\n"
                       "year=2023\nvenue=ICLR\nurl=https://openreview.net/forum?id=tcbBPnfwxS\n")
            + quantization,
        QStringLiteral("L32\ntitle=OmniQuant: Omnidirectionally Calibrated Quantization for Large Language Models\n"
                       "year=2024\nvenue=ICLR\narxiv=2308.13137\nurl=https://arxiv.org/pdf/2308.13137.pdf\n")
            + quantization,
        QStringLiteral(
            "L33\ntitle=LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale\nauthors=Tim Dettmers "
            "| Mike Lewis | Younes Belkada | Luke Zettlemoyer\nyear=2022\nvenue=NeurIPS\narxiv=2208.07339\n"
            "url=https://arxiv.org/pdf/2208.07339.pdf\n")
            + quantization,
        QStringLiteral("L34\ntitle=Optimal Brain Compression: A Framework for Accurate Post-Training Quantization and "
                       "Pruning\nvenue=NeurIPS\nurl=https://openreview.net/forum?id=ksVGCOlOEba\n")
            + quantization + QStringLiteral(" | qnn\ncomment=Code: https://github.com/IST-DASLab/OBC"),
        QStringLiteral(
            "L39\ntitle=LLM-QAT: Data-Free Quantization Aware Training for Large Language Models\nyear=2024\n"
            "venue=ACL Findings\narxiv=2305.17888\nurl=https://arxiv.org/abs/2305.17888\n")
            + qat,
        QStringLiteral("L40\ntitle=BitNet: Scaling 1-bit Transformers for Large Language Models\nauthors=Hongyu Wang | "
                       "Shuming Ma | Li Dong\narxiv=2310.11453\nurl=https://arxiv.org/abs/2310.11453\n")
            + qat,
        QStringLiteral("L51\ntitle=SparseGPT: Massive Language Models Can Be Accurately Pruned in One-Shot\nyear=2023\n"
                       "venue=ICML\narxiv=2301.00774\nurl=https://arxiv.org/abs/2301.00774\n")
            + pruning + QStringLiteral("\ncomment=Code: https://github.com/IST-DASLab/sparsegpt"),
        QStringLiteral(
            "L52\ntitle=Wanda: A Simple and Effective Pruning Approach for Large Language Models\nyear=2024\n"
            "venue=ICLR\nurl=https://openreview.net/pdf?id=PxoFut3dWW\n")
            + pruning,
        QStringLiteral(
            "L53\ntitle=LLM-Pruner: On the Structural Pruning of Large Language Models\nyear=2023\nvenue=NeurIPS\n"
            "arxiv=2305.11627\nurl=https://arxiv.org/abs/2305.11627\n")
            + pruning + QStringLiteral("\ncomment=Code: https://github.com/horseee/LLM-Pruner"),
        QStringLiteral(
            "L60\ntitle=Pruner-Zero: Evolving Symbolic Pruning Metric from scratch for Large Language Models\n"
            "authors=Peijie Dong | Lujun Li | Zhenheng Tang | Xiaowen Chu\nyear=2024\nvenue=ICML\narxiv=2406.02924\n"
            "url=https://arxiv.org/abs/2406.02924\n")
            + pruning + QStringLiteral("\ncomment=Code: https://github.com/pprp/Pruner-Zero"),
        QStringLiteral(
            "L61\ntitle=ALPS: Improved Optimization for Highly Sparse One-Shot Pruning for Large Language Models\n"
            "authors=Xiang Meng | Kayhan Behdin | Haoyue Wang | Rahul Mazumder\narxiv=2406.07831\n"
            "url=https://arxiv.org/abs/2406.07831\n")
            + pruning,
        QStringLiteral(
            "L67\ntitle=Mixtral of Experts\nyear=2024\nvenue=arXiv\narxiv=2401.04088\nurl=https://arxiv.org/abs/"
            "2401.04088\ntags=Efficient Architecture/Mixture of Experts"),
        QStringLiteral(
            "L68\ntitle=EIE: Efficient Inference Engine on Compressed Deep Neural Network\nauthors=Song Han | "
            "Xingyu Liu | Huizi Mao | others\nyear=2016\nvenue=ISCA\ndoi=10.1145/3007787.3001163\nurl=https://"
            "dl.acm.org/doi/10.1145/3007787.3001163\ntags=Efficient Architecture/Mixture of Experts"),
        QStringLiteral(
            "L72\ntitle=Mamba: Linear-Time Sequence Modeling with Selective State Spaces\nyear=2024\nvenue=COLM\n"
            "arxiv=2312.00752\nurl=https://arxiv.org/abs/2312.00752\ntags=Efficient Architecture/State Space "
            "Models"),
        QStringLiteral(
            "L73\ntitle=Transformers are SSMs\nauthors=Tri Dao | Albert Gu\nyear=2024\nvenue=ICML\nurl=https://"
            "proceedings.mlr.press/v235/dao24a.html\ntags=Efficient Architecture/State Space Models"),
        QStringLiteral(
            "L79\ntitle=Q-Diffusion: Quantizing Diffusion Models\nyear=2023\nvenue=ICCV\nurl=https://"
            "openaccess.thecvf.com/content/ICCV2023/papers/Li_Q-Diffusion_Quantizing_Diffusion_Models_ICCV_2023_"
            "paper.pdf\ntags=Papers | qnn"),
    };
    const ParseResult result = kParser.parse(text);
    const QStringList got = describeAll(result);
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got[i].split(QLatin1Char('\n')), expected[i].split(QLatin1Char('\n')));
    QCOMPARE(messageTexts(result), QStringList{});
    const QString violation = invariantViolation(text, result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestMarkdownList::detect_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");

    Paper a;
    a.title = QStringLiteral("Deep Compression");
    a.arxivId = QStringLiteral("1510.00149");
    Paper b;
    b.title = QStringLiteral("Learned Step Size Quantization");
    b.doi = QStringLiteral("10.48550/arxiv.1902.08153");
    QTest::newRow("awesome-efficient.md")
        << test::readImportFixture(QStringLiteral("awesome-efficient.md")) << 80 << 100;
    QTest::newRow("our own export") << exportAll({a, b}) << 80 << 100;
    Paper linkless;
    linkless.title = QStringLiteral("A Paper Without Any Link");
    QTest::newRow("our own export, no paper with a link") << exportAll({linkless}) << 80 << 100;
    QTest::newRow("a table list") << QStringLiteral(
        "## Pruning\n| Title | Venue |\n|---|---|\n| [A](https://openreview.net/"
        "forum?id=x) | ICLR |\n| [B](https://arxiv.org/abs/2301.00001) | ICML |\n")
                                  << 80 << 100;
    QTest::newRow("a README without papers")
        << QStringLiteral("# Project\n\nSome text.\n\n## Install\n\n- run `make`\n- see [docs](https://example.org)\n")
        << 0 << 20;
    QTest::newRow("BibTeX") << QStringLiteral("@inproceedings{han2016deep,\n  title = {Deep Compression},\n  url = "
                                              "{https://arxiv.org/abs/1510.00149},\n  year = {2016},\n}\n")
                            << 0 << 20;
    QTest::newRow("RIS") << QStringLiteral(
        "TY  - JOUR\nTI  - Deep Compression\nUR  - https://arxiv.org/abs/1510.00149\n"
        "ER  - \n") << 0 << 20;
    QTest::newRow("MEDLINE") << QStringLiteral(
        "PMID- 12345678\nOWN - NLM\nTI  - Deep learning in medicine.\nAB  - A review.\n")
                             << 0 << 20;
    QTest::newRow("CSL-JSON") << QStringLiteral(
        "[{\"id\":\"a\",\"title\":\"Deep Compression\",\"URL\":\"https://arxiv.org/"
        "abs/1510.00149\"}]") << 0
                              << 20;
    QTest::newRow("arXiv JSON lines") << QStringLiteral(
        "{\"id\":\"1510.00149\",\"title\":\"Deep Compression\"}\n{\"id\":"
        "\"1503.02531\",\"title\":\"Distilling\"}\n")
                                      << 0 << 20;
    QTest::newRow("Atom XML") << QStringLiteral("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                                                "<entry><id>http://arxiv.org/abs/1510.00149v5</id><link href=\"http://"
                                                "arxiv.org/abs/1510.00149v5\"/></entry></feed>\n")
                              << 0 << 20;
    QTest::newRow("CSV") << test::readImportFixture(QStringLiteral("zotero.csv")) << 0 << 20;
    QTest::newRow("TSV") << test::readImportFixture(QStringLiteral("papers.tsv")) << 0 << 20;
    QTest::newRow("prose") << test::readImportFixture(QStringLiteral("prose.txt")) << 0 << 20;
    QTest::newRow("empty") << QString() << 0 << 0;
}

void TestMarkdownList::detect()
{
    QFETCH(QString, input);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const int confidence = kParser.confidence(input);
    QVERIFY2(confidence >= minimum && confidence <= maximum, qPrintable(QString::number(confidence)));
}

// Every other fixture of tests/data/import (BibTeX, RIS, MEDLINE, CSL-JSON, arXiv, listings, binary) is another
// format.
void TestMarkdownList::otherFixturesAreNotMarkdown()
{
    const QDir dir(test::testDataPath(QStringLiteral("import")));
    const QStringList mine = dir.entryList({QStringLiteral("*.md")}, QDir::Files);
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(files.size() > mine.size());
    for (const QString &name : files) {
        if (mine.contains(name))
            continue;
        const int confidence = kParser.confidence(test::readImportFixture(name));
        QVERIFY2(confidence <= 20, qPrintable(name + QStringLiteral(": ") + QString::number(confidence)));
    }
}

void TestMarkdownList::seedsAreNotMarkdown()
{
    LECTERN_REQUIRE_SHARED_DIR();
    const QList<std::pair<QString, QString>> seeds = test::seedTexts();
    QVERIFY(!seeds.isEmpty());
    for (const auto &[name, text] : seeds) {
        QVERIFY2(!text.isEmpty(), qPrintable(name));
        const int confidence = kParser.confidence(text);
        QVERIFY2(confidence <= 20, qPrintable(name + QStringLiteral(": ") + QString::number(confidence)));
        QCOMPARE(kParser.parse(text).records.size(), 0);
    }
}

void TestMarkdownList::longItemIsReported()
{
    const QString text =
        QStringLiteral("# Awesome\n- [A Long One](https://arxiv.org/abs/2301.00001) ") + QString(20000, u'x')
        + QStringLiteral("\n  more\n- [A Short One](https://arxiv.org/abs/2301.00002)\n```\n- [x](y)\n");
    const ParseResult result = kParser.parse(text);
    QCOMPARE(describeAll(result), QStringList{QStringLiteral("L4\ntitle=A Short One\narxiv=2301.00002\nurl=https://"
                                                             "arxiv.org/abs/2301.00002")});
    QCOMPARE(
        messageTexts(result),
        (QStringList{QStringLiteral("W line 2: a list item longer than 16384 characters was ignored"),
                     QStringLiteral("W line 5: a code block is never closed; the rest of the file was not read")}));
}

void TestMarkdownList::hostileInput_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace only") << QStringLiteral(" \t\n\n   \n\u00a0\n");
    QTest::newRow("lone markers") << QStringLiteral("-\n*\n+\n1.\n#\n|\n|-|\n```\n");
    quint32 state = 11;
    const QByteArray garbage = test::randomBytes(256 * 1024, state);
    QTest::newRow("binary garbage") << decodeFileText(garbage).text;
    QString words;
    words.reserve(50 * 1024 * 1024);
    while (words.size() < 50 * 1024 * 1024)
        words += QStringLiteral("token words that never end ");
    QTest::newRow("50 MB single line") << words;
    QTest::newRow("50 MB single list item") << QStringLiteral("- ") + words;
    QTest::newRow("50 MB heading") << QStringLiteral("## ") + words;
    QTest::newRow("50 MB table row") << QStringLiteral("| a | b |\n|---|---|\n| ") + words;
    const auto repeated = [](const QString &unit, qsizetype size) {
        QString s;
        s.reserve(size + unit.size());
        while (s.size() < size)
            s += unit;
        return s;
    };
    QTest::newRow("unmatched brackets") << QStringLiteral("- ") + repeated(QStringLiteral("["), 16000);
    QTest::newRow("unmatched link openers") << QStringLiteral("- ") + repeated(QStringLiteral("]("), 16000);
    QTest::newRow("nested brackets") << QStringLiteral("- ") + repeated(QStringLiteral("["), 8000)
                                            + repeated(QStringLiteral("](x)"), 2000);
    QString ticks = QStringLiteral("- ");
    for (int n = 1; ticks.size() < 16000; ++n)
        ticks += QString(n, u'`') + QLatin1Char(' ');
    QTest::newRow("backtick runs of every length") << ticks;
    QTest::newRow("unclosed comments") << QStringLiteral("- ") + repeated(QStringLiteral("<!--"), 16000);
    QTest::newRow("unclosed emphasis") << QStringLiteral("- ") + repeated(QStringLiteral("**a _b *c "), 16000);
    QTest::newRow("unclosed anchors and sups")
        << QStringLiteral("- ")
               + repeated(QStringLiteral("<a href=\"https://arxiv.org/abs/2301.00001\">x<sup>"), 16000);
    QTest::newRow("many papers") << repeated(QStringLiteral("- [Paper Title](https://arxiv.org/abs/2301.00001)\n"),
                                             4 << 20);
    QTest::newRow("many headings") << repeated(QStringLiteral("###### h\n# H\n"), 4 << 20);
    const QString marker = QStringLiteral("<!-- Lectern reading list: every top-level bullet is a paper -->\n");
    QTest::newRow("Lectern list: unmatched brackets")
        << marker + QStringLiteral("- ") + repeated(QStringLiteral("["), 16000);
    QTest::newRow("Lectern list: unclosed bold")
        << marker + QStringLiteral("- **") + repeated(QStringLiteral("\\*"), 16000);
    QTest::newRow("Lectern list: unclosed link destination")
        << marker + QStringLiteral("- [t](") + repeated(QStringLiteral("(<"), 16000);
    QTest::newRow("Lectern list: endless arXiv links")
        << marker + QStringLiteral("- **t** ") + repeated(QStringLiteral("[[a](b)]"), 16000);
    QTest::newRow("Lectern list: endless authors and stars")
        << marker + QStringLiteral("- **t** — ") + repeated(QStringLiteral("A, *\\, "), 16000);
    QTest::newRow("Lectern list: many papers")
        << marker + repeated(QStringLiteral("- **Paper Title** — 2020\n"), 4 << 20);
    QTest::newRow("many table rows") << QStringLiteral("| Title | Paper |\n|--|--|\n")
                                            + repeated(
                                                QStringLiteral("| T [[ | [P](https://arxiv.org/abs/2301.00001) |\n"),
                                                4 << 20);
}

void TestMarkdownList::hostileInput()
{
    QFETCH(QString, input);
    const QString violation = test::parseViolation(kParser, input, invariantViolation);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestMarkdownList::shuffledFragmentsNeverBreakInvariants()
{
    const QStringList fragments = {
        QString(),
        QStringLiteral("# Awesome X"),
        QStringLiteral("## Quantization"),
        QStringLiteral("### 2023"),
        QStringLiteral("## Contents"),
        QStringLiteral("- [A Paper Title](https://arxiv.org/abs/2301.00001) — *ICML 2023*"),
        QStringLiteral("  Song Han, Huizi Mao. [[pdf](https://x.org/a.pdf)]"),
        QStringLiteral("1. \"Quoted Title Here\", ICLR, 2023."),
        QStringLiteral("* **Bold** [[Paper](https://openreview.net/forum?id=x)]"),
        QStringLiteral("| Title | Venue |"),
        QStringLiteral("|---|---|"),
        QStringLiteral("| [T](https://arxiv.org/abs/2301.00002) | ICLR |"),
        QStringLiteral("```"),
        QStringLiteral("<!--"),
        QStringLiteral("-->"),
        QStringLiteral("<pre>"),
        QStringLiteral("</pre>"),
        QStringLiteral("==="),
        QStringLiteral("---"),
        QStringLiteral("[[[ ]]] (( ** __ ` <a href=x> </a> <sup>"),
        QStringLiteral("<!-- Lectern reading list: every top-level bullet is a paper -->"),
        QStringLiteral("- **Bold \\*\\* Title** — A B, C\\, D et al., *V\\** 2020"),
        QStringLiteral("- [L](<https://doi.org/10.1/(a)>) [[arXiv](https://arxiv.org/abs/2301.00003)] — 2021"),
        QStringLiteral("  `tag` ``a`b`` · x"),
        QStringLiteral("  - note"),
        QStringLiteral("- **"),
        QStringLiteral("- [a](<x"),
        QStringLiteral("- **t** — , * et al. *"),
        QStringLiteral("- **\\**"),
    };
    const QString violation = test::shuffledFragmentsViolation(kParser, fragments, 20240611, 400, invariantViolation);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void TestMarkdownList::exporterMetadata()
{
    const MarkdownExporter exporter;
    QCOMPARE(exporter.id(), QStringLiteral("markdown"));
    QCOMPARE(exporter.displayName(), QStringLiteral("Markdown"));
    QCOMPARE(exporter.fileSuffix(), QStringLiteral("md"));
    QCOMPARE(exporter.highlightingDefinition(), QStringLiteral("Markdown"));
    const QString marker = QStringLiteral("<!-- Lectern reading list: every top-level bullet is a paper -->\n\n");
    QCOMPARE(exporter.begin(ExportContext{}), QStringLiteral("# Reading list\n\n") + marker);
    QCOMPARE(exporter.begin(ExportContext{QStringLiteral("technique:quantization year:2024")}),
             QStringLiteral("# technique:quantization year:2024\n\n") + marker);
    QCOMPARE(kParser.id(), QStringLiteral("markdown"));
    QCOMPARE(kParser.displayName(), QStringLiteral("Markdown paper list"));
}

void TestMarkdownList::escaping_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << QStringLiteral("Deep Compression") << QStringLiteral("Deep Compression");
    QTest::newRow("brackets, stars, underscores, backticks")
        << QStringLiteral("[A] *b* _c_ `d`") << QStringLiteral("\\[A\\] \\*b\\* \\_c\\_ \\`d\\`");
    QTest::newRow("leading hash") << QStringLiteral("#1 Paper #2") << QStringLiteral("\\#1 Paper #2");
    QTest::newRow("HTML and entities") << QStringLiteral("<b> &amp;") << QStringLiteral("\\<b\\> \\&amp;");
    QTest::newRow("colons, a lone & and ~ render as written")
        << QStringLiteral("DAMO-YOLO : A Rigorous & High-Standard :fire: ~1% Benchmark")
        << QStringLiteral("DAMO-YOLO : A Rigorous & High-Standard :fire: ~1% Benchmark");
    QTest::newRow("& that reads as an entity")
        << QStringLiteral("&lt; &#38; &#x26; &x &; &1;") << QStringLiteral("\\&lt; \\&#38; \\&#x26; &x &; &1;");
    QTest::newRow("strikethrough") << QStringLiteral("a ~~b~~ c") << QStringLiteral("a \\~\\~b\\~\\~ c");
    QTest::newRow("leading list markers") << QStringLiteral("- a - b") << QStringLiteral("\\- a - b");
    QTest::newRow("leading plus") << QStringLiteral("+1 Accuracy") << QStringLiteral("\\+1 Accuracy");
    QTest::newRow("leading ordinal") << QStringLiteral("2024. A Year 1. B") << QStringLiteral("2024\\. A Year 1. B");
    QTest::newRow("leading ordinal with a parenthesis") << QStringLiteral("1) One") << QStringLiteral("1\\) One");
    QTest::newRow("pipes and other punctuation stay")
        << QStringLiteral("a | b! (c) {d} \"e\" #f $g %h") << QStringLiteral("a | b! (c) {d} \"e\" #f $g %h");
    QTest::newRow("backslash") << QStringLiteral("A\\B") << QStringLiteral("A\\\\B");
    QTest::newRow("line breaks") << QStringLiteral("A\nB") << QStringLiteral("A B");
}

void TestMarkdownList::escaping()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(MarkdownExporter::escaped(text), escaped);
}

void TestMarkdownList::exportedEntries_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<QString>("entry");

    Paper full;
    full.title = QStringLiteral("Deep Compression");
    full.authors = {QStringLiteral("Song Han"), QStringLiteral("Huizi Mao"), QStringLiteral("William J. Dally"),
                    QStringLiteral("John Tran")};
    full.venue = QStringLiteral("ICLR");
    full.year = 2016;
    full.doi = QStringLiteral("10.48550/arxiv.1510.00149");
    full.arxivId = QStringLiteral("1510.00149");
    full.url = QStringLiteral("https://example.org");
    full.tags = {QStringLiteral("Model Compression/Pruning"), QStringLiteral("a`b")};
    full.metrics = {metric("accuracy", 0.5, "%", "increase"), metric("model-size", 35, "x", "reduction"),
                    metric("memory", 49, "%", "reduction"), metric("model-size", 49, "x", "reduction")};
    full.techniques = {{QStringLiteral("pruning"), 0, 1},
                       {QStringLiteral("quantization"), 2, 3},
                       {QStringLiteral("pruning"), 4, 5},
                       {QStringLiteral("my-own"), -1, -1}};
    QTest::newRow("every part")
        << full
        << QStringLiteral(
               "- [Deep Compression](https://doi.org/10.48550/arxiv.1510.00149) [[arXiv](https://arxiv.org/abs/"
               "1510.00149)] — Song Han, Huizi Mao, William J. Dally, John Tran, *ICLR* 2016\n"
               "  `Model Compression/Pruning` ``a`b`` · −49% memory, 35× model size · Pruning, "
               "Quantization, my-own\n");
    Paper arxiv;
    arxiv.title = QStringLiteral("[Bracketed] Title");
    arxiv.arxivId = QStringLiteral("2301.00001");
    arxiv.authors = {QStringLiteral("Song Han"), QStringLiteral("others")};
    QTest::newRow("arXiv link, et al. from others")
        << arxiv << QStringLiteral("- [\\[Bracketed\\] Title](https://arxiv.org/abs/2301.00001) — Song Han et al.\n");
    Paper url;
    url.title = QStringLiteral("Paren URL");
    url.url = QStringLiteral("https://example.org/a_(b) c");
    url.year = 2020;
    QTest::newRow("URL with parentheses and a space")
        << url << QStringLiteral("- [Paren URL](<https://example.org/a_(b)%20c>) — 2020\n");
    Paper none;
    none.title = QStringLiteral("No Link");
    none.venue = QStringLiteral("Some Journal");
    QTest::newRow("no link") << none << QStringLiteral("- **No Link** — *Some Journal*\n");
    Paper comma;
    comma.title = QStringLiteral("A Report, 2023");
    comma.authors = {QStringLiteral("Acme, Inc."), QStringLiteral("Ann_Lee")};
    comma.year = 2023;
    QTest::newRow("comma in a name, none in a title")
        << comma << QStringLiteral("- **A Report, 2023** — Acme\\, Inc., Ann\\_Lee, 2023\n");
    Paper empty;
    QTest::newRow("nothing at all") << empty << QStringLiteral("- **(untitled)**\n");
}

void TestMarkdownList::exportedEntries()
{
    QFETCH(Paper, paper);
    QFETCH(QString, entry);
    QCOMPARE(MarkdownExporter().entry(paper, 0), entry);
}

void TestMarkdownList::roundTrip()
{
    Paper a;
    a.title = QStringLiteral("Deep [Compression]: *Pruning*, _Quantization_ & `Huffman` <Coding> 50% {x} ~ ^ $ # \\ "
                             "\"quoted\" — Łódź :fire: | a_b");
    a.authors = {QStringLiteral("Song Han"), QStringLiteral("Ludwig van Beethoven"), QStringLiteral("Google DeepMind")};
    a.venue = QStringLiteral("Proceedings of the 40th International Conference on Machine Learning (ICML), PMLR");
    a.year = 2016;
    a.doi = QStringLiteral("10.1016/s0140-6736(20)30183-5");
    a.arxivId = QStringLiteral("1510.00149");
    a.url = QStringLiteral("https://example.org/ignored");
    a.tags = {QStringLiteral("Model Compression/Quantization/Post-Training Quantization"), QStringLiteral("survey")};
    a.metrics = {metric("speedup", 4, "x", "increase"), metric("memory", 75, "%", "reduction")};
    a.techniques = {{QStringLiteral("quantization"), 0, 1}, {QStringLiteral("efficient-attention"), 0, 1}};
    Paper b;
    b.title = QStringLiteral("Distilling the Knowledge in a Neural Network");
    b.authors = {QStringLiteral("Geoffrey Hinton"), QStringLiteral("Oriol Vinyals"), QStringLiteral("Jeff Dean"),
                 QStringLiteral("Łukasz Kaiser")};
    b.venue = QStringLiteral("NeurIPS 2015 Deep Learning Workshop");
    b.year = 2015;
    b.arxivId = QStringLiteral("1503.02531");
    Paper c;
    c.title = QStringLiteral("A Paper Only on the Web");
    c.url = QStringLiteral("https://example.org/paper.pdf?id=(1)");
    c.authors = {QStringLiteral("Martin Luther King Jr.")};
    c.venue = QStringLiteral("arXiv");
    Paper d;
    d.title = QStringLiteral("A Paper Without Any Link");
    d.authors = {QStringLiteral("Ann Lee"), QStringLiteral("others")};
    d.year = 2021;
    // What used to come back wrong: a bare title, escapes, the exporter's separator and bold markers in a title,
    // a provisional title, more than three authors, a comma in a name.
    Paper e;
    e.title = QStringLiteral("How Efficient is LLM-Generated Code? A Rigorous & High-Standard Benchmark");
    e.venue = QStringLiteral("Workshop \\ on *Stars* \\");
    Paper f;
    f.title = QStringLiteral("DAMO-YOLO : A Report — on **Real-Time** Object Detection, 2022");
    f.authors = {QStringLiteral("Xianzhe Xu"),  QStringLiteral("Acme, Inc."),  QStringLiteral("Yiqi Jiang"),
                 QStringLiteral("Weihua Chen"), QStringLiteral("Yilun Huang"), QStringLiteral("others")};
    f.venue = QStringLiteral("*SEM, 2022 — Findings");
    f.year = 2022;
    Paper g;
    g.title = QStringLiteral("Large language models have shown remarkable capabilities across a range of tasks, but "
                             "their…");
    g.arxivId = QStringLiteral("2401.00001");

    const QList<Paper> papers{a, b, c, d, e, f, g};
    const QString out = exportAll(papers, QStringLiteral("Quantization"));
    QVERIFY2(kParser.confidence(out) >= 80, qPrintable(out));
    const ParseResult result = kParser.parse(out);
    QVERIFY2(result.messages.isEmpty(), qPrintable(result.messages.value(0).text));
    QCOMPARE(result.records.size(), papers.size());
    for (qsizetype i = 0; i < papers.size(); ++i) {
        Paper expected = papers[i];
        Paper got = result.records[i].paper;
        normalizePaper(expected);
        normalizePaper(got);
        QCOMPARE(got.title, expected.title);
        QCOMPARE(got.doi, expected.doi);
        QCOMPARE(got.arxivId, expected.arxivId);
        QCOMPARE(got.url, MarkdownExporter::bestLink(expected));
        QCOMPARE(got.venue, expected.venue);
        QCOMPARE(got.year, expected.year);
        QCOMPARE(got.authors, expected.authors);
        QCOMPARE(got.tags, expected.tags);
    }
}

QTEST_GUILESS_MAIN(TestMarkdownList)
#include "tst_markdownlist.moc"
