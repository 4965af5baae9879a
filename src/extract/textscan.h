#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

// The shared text machinery of the extractors: one tokenizer pass over an abstract and a phrase matcher over its
// tokens. Nothing here allocates per phrase or runs regular expressions, so extraction stays in the tens of
// microseconds per abstract.
namespace lectern::textscan {

enum class TokenType : std::uint8_t {
    Word,   // starts with a letter: "pruning", "ResNet", "Llama3", "sim4"
    Number, // starts with a digit: "3.5", "3.5x", "272K", "1,000", "2.1.0"
    Punct,  // one character that is neither letter nor digit: "%", "(", "-", "×"
    Url,    // a whole URL ("https://…", "www.…"), kept apart so its digits are never read as numbers
};

struct Token {
    qsizetype start = 0; // UTF-16 offsets into the scanned text, end exclusive
    qsizetype end = 0;
    std::uint64_t stem = 0; // hash of the lower-cased word with a plural ending removed (words and numbers)
    char16_t ch = 0;        // the character of a Punct token; the first character otherwise
    TokenType type = TokenType::Punct;
    bool spaceBefore = false;   // whitespace (or the text start) precedes the token
    bool sentenceStart = false; // first token of a sentence
    std::uint8_t upperCount = 0;

    bool isWord() const { return type == TokenType::Word || type == TokenType::Number; }
    bool isPunct(char16_t c) const { return type == TokenType::Punct && ch == c; }
    qsizetype length() const { return end - start; }
};

using Tokens = std::vector<Token>;

// Splits `text` into tokens (appending to `out`, which is cleared first).
void tokenize(QStringView text, Tokens &out);

// The hash a Token carries for a word: lower-cased, with "networks" → "network", "efficiencies" → "efficiency".
std::uint64_t stemHash(QStringView word);
inline std::uint64_t punctHash(char16_t c)
{
    return 0x9e3779b97f4a7c15ULL ^ c;
}

// An open-addressing map from a stem hash to a non-negative int; lookups are a few instructions, which matters
// because every token of every abstract is looked up several times.
class StemTable
{
public:
    void insert(std::uint64_t key, int value);
    int find(std::uint64_t key) const
    {
        if (m_keys.empty())
            return -1;
        key = key ? key : 1;
        for (std::size_t i = slot(key);; i = (i + 1) & m_mask) {
            if (m_keys[i] == key)
                return m_values[i];
            if (m_keys[i] == 0)
                return -1;
        }
    }
    bool contains(std::uint64_t key) const { return find(key) >= 0; }

private:
    std::size_t slot(std::uint64_t key) const
    {
        return std::size_t((key ^ (key >> 31)) * 0x9e3779b97f4a7c15ULL >> 20) & m_mask;
    }
    std::vector<std::uint64_t> m_keys; // 0 marks an empty slot
    std::vector<int> m_values;
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
};

// Token sequences compiled from phrases such as "mixture-of-experts", "lightweight * network" or "tokens / s".
// Case-insensitive; plural endings are ignored; hyphens in the text are optional between words ("fine-tuning"
// matches "fine tuning", and, through the joined variant, "finetuning"); "*" in a phrase stands for zero to two
// words, a hyphenated compound counting as one; any other punctuation must be present.
class PhraseMatcher
{
public:
    struct Match {
        int payload = -1;
        int first = 0; // token indexes, inclusive
        int last = 0;
        bool gapped = false; // the phrase has a "*"
    };

    // Compiles `phrase`; returns false when it holds no word.
    bool add(QStringView phrase, int payload);
    // The longest phrase that starts at token `i`.
    bool matchAt(const Tokens &tokens, int i, Match *match) const;
    // Non-overlapping matches in text order; where matches overlap, phrases without "*" win over phrases with
    // one, then longer over shorter, then earlier over later. Exception: a phrase with "*" that starts with a
    // one-word phrase and reaches further ("pruning * tokens" over "pruning") wins over that one word, but not over
    // other phrases without "*" ("pruning and token merging" stays pruning and token merging).
    void findAll(const Tokens &tokens, std::vector<Match> &out) const;
    bool isEmpty() const { return m_patterns.empty(); }

private:
    struct Element {
        enum Kind : std::uint8_t { Word, Punct, Gap } kind = Word;
        std::uint64_t hash = 0;
    };
    struct Pattern {
        std::vector<Element> elements;
        int payload = -1;
        bool gapped = false;
    };
    void addPattern(std::vector<Element> elements, int payload);
    int matchFrom(const Tokens &tokens, int j, const Pattern &pattern, std::size_t k) const;
    bool candidatesAt(const Tokens &tokens, int i, Match *plain, Match *gapped) const;

    std::vector<Pattern> m_patterns;
    StemTable m_byFirst; // first element → index into m_buckets
    std::vector<std::vector<int>> m_buckets;
};

// A set of single words (stems), for cue words.
class WordSet
{
public:
    WordSet() = default;
    WordSet(std::initializer_list<const char *> words);
    bool contains(std::uint64_t stem) const { return m_stems.contains(stem); }
    bool contains(const Token &token) const { return token.isWord() && contains(token.stem); }

private:
    StemTable m_stems;
};

// Code-point offsets for UTF-16 offsets, cheap when the text has no surrogate pairs.
class CodePoints
{
public:
    explicit CodePoints(QStringView text);
    qsizetype at(qsizetype utf16) const;

private:
    QStringView m_text;
    mutable int m_plain = -1; // unknown until the first lookup
};

} // namespace lectern::textscan
