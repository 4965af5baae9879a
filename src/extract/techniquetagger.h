#pragma once

#include "domain/paper.h"
#include "extract/textscan.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace lectern {

class Taxonomy;

// Assigns taxonomy leaves to a paper from the signal phrases of the taxonomy. A signal counts when it sits in
// the title, or in an abstract sentence about the paper's own work: occurrences after a background, comparison or
// outlook cue ("unlike existing pruning methods", "efforts such as linear attention", "cheaper than
// distillation", "inspire future pruning research", "the need for novel architectures"), a negation ("without
// fine-tuning", "quantization-free") or in a list of application areas ("domains including MoE inference") do
// not. Weak signals ("novel * architecture", "MobileNet") count in the paper's own sentences ("we", "our", "this
// work") or when seen twice, but not right after "in"/"on" or in a list of examples ("a speed-up in MobileNetV2",
// "CNNs (e.g., MobileNet)"). Acronyms the abstract defines after a signal ("Mixture of Experts (MoE)") become
// signals for the rest of the abstract. A broad leaf yields to the more specific leaves its node lists under
// "yieldsTo". Built once; tag() is const and thread-safe.
class TechniqueTagger
{
public:
    explicit TechniqueTagger(const Taxonomy &taxonomy);

    QList<TechniqueFact> tag(QStringView title, QStringView abstract) const;
    // As above, with the abstract already tokenized (the Extractor shares one tokenization).
    QList<TechniqueFact> tag(QStringView title, QStringView abstract, const textscan::Tokens &abstractTokens) const;

private:
    struct Leaf {
        QString id;
        std::vector<int> yieldsTo;
    };
    struct Occurrence {
        int leaf = 0;
        bool weak = false;
        int first = 0;
        int last = 0;
    };
    enum class Context { Own, Neutral, Background, Negated };
    Context context(const textscan::Tokens &tokens, const Occurrence &occurrence, bool *ownSentence) const;

    std::vector<Leaf> m_leaves;
    textscan::PhraseMatcher m_matcher; // payload: leaf index * 2 + (weak ? 1 : 0)
};

} // namespace lectern
