#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace lectern {

class Taxonomy;

// One node of a parsed filter.
struct QueryNode {
    enum class Kind {
        And,
        Or,
        Not,
        Text,  // full text over title, abstract, authors and note: a word or a "quoted phrase"
        Field, // field:value, or a comparison: year>=2020, rating>=3, speedup>=2x
    };
    Kind kind = Kind::And;
    QList<QueryNode> children; // And, Or, Not
    QString field;             // Field: one of Query::fields() or Query::comparisonFields(), lower case
    QString op;                // Field: ":" or a comparison (">=", "<", ...)
    QString value;             // Text: the word or phrase; Field: the value (a metric's number without its unit)
    QString unit;              // Field of a metric kind: the unit compared in, as metric_fact stores it
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

    // The fields written `field:value`: title, abstract, author, note, venue, year, technique, metric, tag, has,
    // arxiv, doi, status, priority, list.
    static const QStringList &fields();
    // The fields that take a comparison (`rating>=3`, `speedup>=2`): rating and every metric kind (metricKinds()).
    // year and priority compare too, but are written with a colon first.
    static const QStringList &comparisonFields();
    // The values a field accepts when they form a fixed set (status, priority, has), else empty.
    static QStringList fieldValues(const QString &field);

    // A metric comparison compares the values of one kind in one unit, the one written after the number or,
    // for a bare number, the kind's implied unit: speedup, throughput and model-size in "x", accuracy in "%",
    // bitwidth in "bits". The other kinds (latency: ms or %? memory: GB or %?) need the unit written. Empty when
    // the kind has no implied unit. Values stored without a unit cannot be compared.
    static QString impliedMetricUnit(const QString &kind);
    // The units a kind is commonly reported in, as the extractor stores them, most natural first.
    static QStringList metricUnits(const QString &kind);
    // The stored spelling of a unit written in a query for `kind` ("×" and "times" are "x", "GiB" is "GB"; "gb" is
    // "GB" when the kind is reported in GB), or nullopt when no metric is ever stored in it.
    static std::optional<QString> canonicalMetricUnit(const QString &kind, const QString &written);

private:
    QString m_text;
    QueryNode m_root;
    QString m_error;
    int m_errorPosition = -1;
};

} // namespace lectern
