#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace lectern {

class Taxonomy;

// One node of a parsed filter.
struct QueryNode {
    enum class Kind {
        And,
        Or,
        Not,
        Text,  // full text over title, abstract and authors: a word or a "quoted phrase"
        Field, // field:value
    };
    Kind kind = Kind::And;
    QList<QueryNode> children; // And, Or, Not
    QString field;             // Field: title, abstract, author, venue, year, technique, metric, tag, has
    QString op;                // Field: ":" or a comparison (">=", "<", ...)
    QString value;             // Text: the word or phrase; Field: the value
    bool phrase = false;       // Text/Field value was quoted
    bool prefix = false;       // Text: the word being typed (prefix match)
    int position = 0;          // where the node starts in the filter text, for messages
};

// SQL for a Query. The full-text terms that every match must have (the top level's words, phrases and
// title:/abstract:/author: terms) form one FTS5 expression, `match`, so the runner can let FTS5 drive the
// query; the rest is `where`, a condition on the `paper` table aliased `p`, with its parameters in order.
struct SqlCondition {
    QString match; // FTS5 query to bind as a parameter; empty when the query has no top-level full-text term
    QString where; // "1" when nothing else restricts the papers
    QList<QVariant> parameters; // for `where`
};

// A parsed filter. One Query value travels everywhere a set of papers is meant: the table, the chart, the
// exporter and lectern-cli take the same object, so what you see is what you export.
class Query
{
public:
    struct ParseOptions {
        // The text is being typed: an unfinished last word matches as a prefix and an unfinished quote is a
        // phrase in progress instead of an error.
        bool asYouType = false;
    };

    Query() = default;
    static Query parse(const QString &text, ParseOptions options);
    static Query parse(const QString &text) { return parse(text, ParseOptions{}); }

    bool isValid() const { return m_error.isEmpty(); }
    bool isEmpty() const { return m_root.children.isEmpty() && m_root.kind == QueryNode::Kind::And; }
    QString errorMessage() const { return m_error; }
    int errorPosition() const { return m_errorPosition; }
    const QString &text() const { return m_text; }
    const QueryNode &root() const { return m_root; }

    // The terms of the full-text index that begin with a prefix, at most `limit` + 1 of them (see fts_term).
    using PrefixExpander = std::function<QStringList(const QString &prefix, int limit)>;

    // The SQL condition; technique groups expand to their leaves through `taxonomy`. With `expand`, a word
    // being typed (four letters or more, beyond FTS5's prefix indexes) becomes an OR of the few terms it can
    // complete to, which FTS5 answers a page at a time instead of merging every posting first.
    SqlCondition toSql(const Taxonomy &taxonomy, const PrefixExpander &expand = {}) const;

    // `technique:quantization metric:speedup`, quoting values when needed.
    static QString fieldTerm(const QString &field, const QString &value);

private:
    QString m_text;
    QueryNode m_root;
    QString m_error;
    int m_errorPosition = -1;
};

} // namespace lectern
