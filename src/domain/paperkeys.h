#pragma once

#include "domain/paper.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <limits>
#include <optional>

namespace lectern {

// The title ignoring case, punctuation, spacing and diacritics: "Lite-Pose: Efficient…" → "liteposeefficient…".
QString titleKey(QStringView title);
// The abstract's words, lower-cased, without punctuation and diacritics; the unit of abstract comparison.
// At most `limit` words: the first ones.
QStringList abstractWords(QStringView abstract, qsizetype limit = std::numeric_limits<qsizetype>::max());
// Whether a space-separated token is a link ("https://…", "www.…"), which counts as one word. Inline and
// character by character: it runs on every word of every abstract an import reads, and tokens are short.
inline bool isLinkToken(QStringView token)
{
    const qsizetype n = token.size();
    if (n >= 4 && token[0] == u'w' && token[1] == u'w' && token[2] == u'w' && token[3] == u'.')
        return true;
    for (qsizetype i = 0; i + 2 < n; ++i) {
        if (token[i] == u':' && token[i + 1] == u'/' && token[i + 2] == u'/')
            return true;
    }
    return false;
}

// The tokens of `text` between U+0020 spaces, none empty: text.tokenize(u' ', Qt::SkipEmptyParts) without
// its per-token search call, for the per-word loops of de-duplication.
class SpaceTokens
{
public:
    explicit SpaceTokens(QStringView text)
        : m_text(text)
    {
    }
    class iterator
    {
    public:
        iterator(QStringView text, qsizetype start)
            : m_text(text)
        {
            advance(start);
        }
        QStringView operator*() const { return m_text.sliced(m_start, m_end - m_start); }
        iterator &operator++()
        {
            advance(m_end);
            return *this;
        }
        bool operator!=(const iterator &other) const { return m_start != other.m_start; }

    private:
        void advance(qsizetype from)
        {
            const qsizetype n = m_text.size();
            while (from < n && m_text[from] == u' ')
                ++from;
            m_start = from;
            m_end = from;
            while (m_end < n && m_text[m_end] != u' ')
                ++m_end;
        }
        QStringView m_text;
        qsizetype m_start = 0;
        qsizetype m_end = 0;
    };
    iterator begin() const { return iterator(m_text, 0); }
    iterator end() const { return iterator(m_text, m_text.size()); }

private:
    QStringView m_text;
};
// Appends `c` folded as the full-text index and de-duplication see it: letters and digits lower-cased and
// without diacritics; anything else appends nothing.
void appendFolded(QString &out, QChar c);
// The first words of the abstract, joined: equal for an abstract and a listing's cut-short copy of it.
// Empty when the abstract is too short to identify a paper.
QString abstractKey(QStringView abstract);
// yyyymmdd with unknown parts 0, from the year and the date as given ("May 2, 2022", "Jul 25", "2023-04-01").
int sortDate(const std::optional<int> &year, const QString &date);

// Adds the terms the full-text index makes of `text` (letters and digits, lower-cased, diacritics removed, as
// FTS5's unicode61 tokenizer with remove_diacritics 2 does) to `terms`.
void collectFullTextTerms(QStringView text, QSet<QString> &terms);

// What identifies a paper besides its ids, computed once per paper: de-duplication looks it up and the store
// indexes it.
struct PaperKeys {
    QString title;    // titleKey(), empty for a provisional title
    QString abstract; // abstractKey(), empty for a short or missing abstract
};
PaperKeys paperKeys(const Paper &paper);

} // namespace lectern
