#include "query/query.h"

#include "domain/curation.h"
#include "domain/metricformat.h"
#include "extract/taxonomy.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {

struct Token {
    enum class Type { Word, Phrase, LParen, RParen, Or, Minus, End };
    Type type = Type::End;
    QString text;
    int position = 0;
    bool unterminated = false; // a phrase whose closing quote is missing
    bool atEnd = false;        // nothing (not even a space) follows the token
};

bool isFullTextField(const QString &field)
{
    return field == QLatin1String("title") || field == QLatin1String("abstract") || field == QLatin1String("author")
           || field == QLatin1String("note");
}

bool isMetricKind(const QString &field)
{
    return metricKinds().contains(field);
}

// Every field the parser knows, in the order it tries them.
const QStringList &allFields()
{
    static const QStringList fields = Query::fields() + Query::comparisonFields();
    return fields;
}

// The kinds' units: which one a bare number means, and the ones a kind is commonly reported in. One table, so
// the implied units are documented in one place (see Query::impliedMetricUnit).
struct KindUnits {
    const char *kind;
    const char *implied; // "" when a bare number needs its unit written
    const char *units;   // space-separated, most natural first
};

// A kind has an implied unit when one reading of a bare number is the natural one: speedups, throughput gains
// and compression ratios are multiples, accuracy a percentage, bit width bits. Memory, latency, FLOPs, energy,
// parameters and training cost are reported as often in a physical unit as in % or × (the seed listings mix
// them), so for those a bare number would be a guess and the unit must be written.
const KindUnits kKindUnits[] = {
    {"speedup", "x", "x %"},
    {"throughput", "x", "x % tokens/s FPS images/s samples/s QPS"},
    {"latency", "", "ms s min % x"},
    {"memory", "", "GB MB KB TB % x"},
    {"model-size", "x", "x % GB MB"},
    {"params", "", "B M K T % x"},
    {"flops", "", "% x GFLOPs TFLOPs MFLOPs PFLOPs FLOPs GMACs MMACs MACs"},
    {"energy", "", "x % J mJ kWh W mW kW"},
    {"training-cost", "", "GPU-hours GPU-days TPU-hours TPU-days hours days weeks x %"},
    {"bitwidth", "bits", "bits"},
    {"accuracy", "%", "% pp points mAP AP mIoU BLEU CIDEr METEOR F1 PSNR dB FID ROUGE x"},
    {"other", "", "% x pp points ms s min hours days weeks GB MB B M K T"},
};

const KindUnits *kindUnits(const QString &kind)
{
    for (const KindUnits &k : kKindUnits) {
        if (kind == QLatin1String(k.kind))
            return &k;
    }
    return nullptr;
}

// Every unit the metric extractor stores (src/extract/metricextractor.cpp).
const QStringList &storedUnits()
{
    static const QStringList units = [] {
        QStringList all;
        for (const KindUnits &k : kKindUnits) {
            for (const QString &unit : QString::fromLatin1(k.units).split(QLatin1Char(' ')))
                if (!all.contains(unit))
                    all.append(unit);
        }
        return all;
    }();
    return units;
}

// A number, then what follows it (the unit): "2", "2.5x", "-3", ".5ms".
bool splitNumber(const QString &value, double *number, QString *unit)
{
    qsizetype i = 0;
    if (i < value.size() && (value[i] == QLatin1Char('+') || value[i] == QLatin1Char('-')))
        ++i;
    const qsizetype digitsFrom = i;
    bool digits = false;
    while (i < value.size() && (value[i].isDigit() || value[i] == QLatin1Char('.'))) {
        digits = digits || value[i].isDigit();
        ++i;
    }
    if (!digits || i == digitsFrom)
        return false;
    bool ok = false;
    *number = QLocale::c().toDouble(QStringView(value).left(i), &ok);
    *unit = value.mid(i);
    return ok;
}

// Whether `value`, typed so far, can still become one of `values` (case-insensitive).
bool isUnfinished(const QString &value, const QStringList &values)
{
    for (const QString &v : values) {
        if (v.size() > value.size() && v.startsWith(value, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.position = int(i);
        if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            t.type = c == QLatin1Char('(') ? Token::Type::LParen : Token::Type::RParen;
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && !text[i + 1].isSpace() && text[i + 1] != QLatin1Char('-')
                   && (tokens.isEmpty() || i == 0 || text[i - 1].isSpace() || text[i - 1] == QLatin1Char('('))) {
            t.type = Token::Type::Minus;
            ++i;
        } else if (c == QLatin1Char('"')) {
            t.type = Token::Type::Phrase;
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            if (close < 0) {
                t.text = text.mid(i + 1);
                t.unterminated = true;
                i = n;
            } else {
                t.text = text.mid(i + 1, close - i - 1);
                i = close + 1;
            }
        } else {
            // A word runs to whitespace or a parenthesis; a quote after "field:" belongs to the word's value.
            qsizetype j = i;
            while (j < n && !text[j].isSpace() && text[j] != QLatin1Char('(') && text[j] != QLatin1Char(')')) {
                if (text[j] == QLatin1Char('"') && j > i && text[j - 1] == QLatin1Char(':')) {
                    const qsizetype close = text.indexOf(QLatin1Char('"'), j + 1);
                    if (close < 0) {
                        t.unterminated = true;
                        j = n;
                        break;
                    }
                    j = close + 1;
                    continue;
                }
                ++j;
            }
            t.text = text.mid(i, j - i);
            t.type = t.text == QLatin1String("OR") ? Token::Type::Or : Token::Type::Word;
            i = j;
        }
        t.atEnd = i >= n;
        tokens.append(t);
    }
    Token end;
    end.position = int(n);
    tokens.append(end);
    return tokens;
}

class Parser
{
public:
    Parser(const QString &text, Query::ParseOptions options)
        : m_tokens(tokenize(text))
        , m_options(options)
    {
    }

    QueryNode parse()
    {
        QueryNode root = orExpression();
        if (m_error.isEmpty() && peek().type != Token::Type::End)
            setError(QCoreApplication::translate("lectern::Query", "unexpected “)”"), peek().position);
        return root;
    }

    QString m_error;
    int m_errorPosition = -1;

private:
    const Token &peek() const { return m_tokens[m_index]; }
    const Token &take() { return m_tokens[m_index < m_tokens.size() - 1 ? m_index++ : m_index]; }

    void setError(const QString &message, int position)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorPosition = position;
        }
    }

    QueryNode orExpression()
    {
        QueryNode first = andExpression();
        if (peek().type != Token::Type::Or)
            return first;
        QueryNode node;
        node.kind = QueryNode::Kind::Or;
        node.position = first.position;
        node.children.append(first);
        while (peek().type == Token::Type::Or) {
            const Token &orToken = take();
            if (peek().type == Token::Type::End || peek().type == Token::Type::RParen) {
                if (!m_options.asYouType)
                    setError(QCoreApplication::translate("lectern::Query", "“OR” needs a term after it"),
                             orToken.position);
                break;
            }
            node.children.append(andExpression());
        }
        return node;
    }

    QueryNode andExpression()
    {
        QueryNode node;
        node.kind = QueryNode::Kind::And;
        node.position = peek().position;
        while (peek().type != Token::Type::End && peek().type != Token::Type::RParen
               && peek().type != Token::Type::Or) {
            QueryNode child = unary();
            if (child.kind == QueryNode::Kind::And && child.children.isEmpty())
                continue; // an empty phrase or a dangling "-" while typing
            node.children.append(child);
        }
        if (node.children.size() == 1)
            return node.children.first();
        return node;
    }

    QueryNode unary()
    {
        if (peek().type == Token::Type::Minus) {
            const Token &minus = take();
            if (peek().type == Token::Type::End) {
                if (!m_options.asYouType)
                    setError(QCoreApplication::translate("lectern::Query", "“-” needs a term after it"),
                             minus.position);
                return {};
            }
            QueryNode node;
            node.kind = QueryNode::Kind::Not;
            node.position = minus.position;
            QueryNode child = unary();
            if (child.kind == QueryNode::Kind::And && child.children.isEmpty())
                return {};
            node.children.append(child);
            return node;
        }
        return primary();
    }

    QueryNode primary()
    {
        const Token &t = take();
        switch (t.type) {
        case Token::Type::LParen: {
            QueryNode inner = orExpression();
            if (peek().type == Token::Type::RParen)
                take();
            else if (!m_options.asYouType)
                setError(QCoreApplication::translate("lectern::Query", "“(” is never closed"), t.position);
            return inner;
        }
        case Token::Type::Phrase:
            return phrase(t);
        case Token::Type::Word:
            return word(t);
        default:
            setError(QCoreApplication::translate("lectern::Query", "unexpected “%1”")
                         .arg(t.type == Token::Type::RParen ? QStringLiteral(")") : t.text),
                     t.position);
            return {};
        }
    }

    QueryNode phrase(const Token &t)
    {
        if (t.unterminated && !m_options.asYouType)
            setError(QCoreApplication::translate("lectern::Query", "the quote is never closed"), t.position);
        QueryNode node;
        const QString words = t.text.simplified();
        if (words.isEmpty())
            return node; // an empty And: ignored
        node.kind = QueryNode::Kind::Text;
        node.value = words;
        node.phrase = true;
        node.prefix = m_options.asYouType && t.unterminated && !t.text.back().isSpace();
        node.position = t.position;
        // As for single words: a last word of one letter is left out of a phrase being typed until its second.
        if (node.prefix) {
            const qsizetype space = words.lastIndexOf(QLatin1Char(' '));
            if (words.size() - space - 1 == 1) {
                if (space < 0)
                    return {};
                node.value = words.left(space);
                node.prefix = false;
            }
        }
        return node;
    }

    QueryNode word(const Token &t)
    {
        QueryNode node;
        node.position = t.position;
        // field:value or field op value (year>=2020)
        static const QStringList ops = {QStringLiteral(">="), QStringLiteral("<="), QStringLiteral(">"),
                                        QStringLiteral("<"),  QStringLiteral("="),  QStringLiteral(":")};
        for (const QString &field : allFields()) {
            if (!t.text.startsWith(field, Qt::CaseInsensitive) || t.text.size() == field.size())
                continue;
            for (const QString &op : ops) {
                if (QStringView(t.text).mid(field.size()).startsWith(op)) {
                    node.kind = QueryNode::Kind::Field;
                    node.field = field;
                    node.op = op;
                    int valuePosition = t.position + int(field.size() + op.size());
                    QString value = t.text.mid(field.size() + op.size());
                    if (value.startsWith(QLatin1Char('"'))) {
                        node.phrase = true;
                        value = value.mid(1);
                        if (value.endsWith(QLatin1Char('"')) && !t.unterminated)
                            value.chop(1);
                        else if (!m_options.asYouType)
                            setError(QCoreApplication::translate("lectern::Query", "the quote is never closed"),
                                     valuePosition);
                        ++valuePosition;
                    }
                    node.value = value.simplified();
                    node.prefix = m_options.asYouType && t.atEnd && isFullTextField(field);
                    validateField(node, t, valuePosition);
                    return node;
                }
            }
        }
        const qsizetype colon = t.text.indexOf(QLatin1Char(':'));
        if (colon > 0 && colon + 1 < t.text.size() && t.text.left(colon).front().isLetter()
            && !t.text.left(colon).contains(QLatin1Char('.'))) {
            bool allLetters = true;
            for (QChar c : QStringView(t.text).left(colon))
                allLetters = allLetters && c.isLetter();
            if (allLetters) {
                setError(QCoreApplication::translate("lectern::Query",
                                                     "unknown field “%1” (fields: %2; comparisons: rating>=3, "
                                                     "speedup>=2 and the other metric kinds)")
                             .arg(t.text.left(colon), Query::fields().join(QStringLiteral(", "))),
                         t.position);
                return node;
            }
        }
        node.kind = QueryNode::Kind::Text;
        node.value = t.text;
        node.prefix = m_options.asYouType && t.atEnd;
        // A single letter being typed would match most of a library as a prefix and almost nothing as a word:
        // it is left out until the second letter comes ("pruning l" shows what "pruning" shows).
        if (node.prefix && node.value.size() == 1)
            return {};
        return node;
    }

    // A value the user is still typing at the end of the text that can become a valid one is left out until it
    // does, instead of flashing an error at every keystroke ("status:rea", "latency<10m").
    bool stillTyping(const Token &t) const { return m_options.asYouType && t.atEnd && !t.unterminated; }

    void ignoreOrFail(QueryNode &node, bool unfinished, const QString &message, int position)
    {
        if (unfinished) {
            node = QueryNode();
            return;
        }
        setError(message, position);
    }

    void validateField(QueryNode &node, const Token &t, int valuePosition)
    {
        const int position = t.position;
        if (node.value.isEmpty()) {
            if (!m_options.asYouType)
                setError(QCoreApplication::translate("lectern::Query", "“%1” needs a value").arg(node.field + node.op),
                         position);
            node = QueryNode(); // ignored while typing
            return;
        }
        const QString &f = node.field;
        if (f == QLatin1String("year")) {
            const QStringList range = node.value.split(QStringLiteral(".."));
            bool ok = range.size() <= 2;
            for (const QString &part : range) {
                bool isNumber = false;
                part.toInt(&isNumber);
                ok = ok && (isNumber || (range.size() == 2 && part.isEmpty()));
            }
            if (!ok)
                setError(QCoreApplication::translate("lectern::Query",
                                                     "“%1” is not a year or a range of years like 2020..2024")
                             .arg(node.value),
                         position);
            if (range.size() == 2 && node.op != QLatin1String(":"))
                setError(QCoreApplication::translate("lectern::Query", "a year range takes “year:”"), position);
        } else if (f == QLatin1String("rating")) {
            bool isNumber = false;
            const int rating = node.value.toInt(&isNumber);
            if (!isNumber || rating < 0 || rating > kMaxRating)
                setError(QCoreApplication::translate("lectern::Query",
                                                     "“%1” is not a rating: ratings go from 0 (unrated) to %2")
                             .arg(node.value)
                             .arg(kMaxRating),
                         valuePosition);
        } else if (isMetricKind(f)) {
            validateMetric(node, t, valuePosition);
        } else if (f == QLatin1String("priority")) {
            if (!priorityFromName(node.value))
                ignoreOrFail(node, stillTyping(t) && isUnfinished(node.value, Query::fieldValues(f)),
                             QCoreApplication::translate("lectern::Query", "unknown priority “%1” (priorities: %2)")
                                 .arg(node.value, Query::fieldValues(f).join(QStringLiteral(", "))),
                             valuePosition);
        } else if (node.op != QLatin1String(":")) {
            setError(QCoreApplication::translate("lectern::Query", "“%1” cannot be compared with “%2”")
                         .arg(node.field, node.op),
                     position);
        } else if (f == QLatin1String("status")) {
            if (!readingStatusFromName(node.value))
                ignoreOrFail(node, stillTyping(t) && isUnfinished(node.value, Query::fieldValues(f)),
                             QCoreApplication::translate("lectern::Query", "unknown reading status “%1” (statuses: %2)")
                                 .arg(node.value, Query::fieldValues(f).join(QStringLiteral(", "))),
                             valuePosition);
        } else if (f == QLatin1String("has")) {
            const QString what = node.value.toLower();
            if (!Query::fieldValues(f).contains(what) && what != QLatin1String("metric")
                && what != QLatin1String("technique"))
                ignoreOrFail(node, stillTyping(t) && isUnfinished(node.value, Query::fieldValues(f)),
                             QCoreApplication::translate("lectern::Query", "“has:” takes one of %1, not “%2”")
                                 .arg(Query::fieldValues(f).join(QStringLiteral(", ")), node.value),
                             valuePosition);
        }
    }

    // speedup>=2, memory>40%, latency<10ms: a number and a unit, or the kind's implied unit.
    void validateMetric(QueryNode &node, const Token &t, int valuePosition)
    {
        const QString kind = node.field;
        if (node.op == QLatin1String(":"))
            node.op = QStringLiteral("=");
        double number = 0;
        QString written;
        if (!splitNumber(node.value, &number, &written)) {
            static const QRegularExpression startOfNumber(QStringLiteral("^[+-]?\\.?$"));
            ignoreOrFail(node, stillTyping(t) && startOfNumber.match(node.value).hasMatch(),
                         QCoreApplication::translate("lectern::Query",
                                                     "“%1” is not a number: compare %2 with a number and a unit, "
                                                     "like %2>=2%3")
                             .arg(node.value, kind, Query::metricUnits(kind).value(0)),
                         valuePosition);
            return;
        }
        const QStringList units = Query::metricUnits(kind);
        if (written.isEmpty()) {
            const QString implied = Query::impliedMetricUnit(kind);
            if (implied.isEmpty()) {
                ignoreOrFail(
                    node, stillTyping(t),
                    QCoreApplication::translate("lectern::Query", "%1 needs a unit after the number, one of: %2")
                        .arg(kind, units.join(QStringLiteral(" "))),
                    valuePosition);
                return;
            }
            node.unit = implied;
        } else {
            const std::optional<QString> unit = Query::canonicalMetricUnit(kind, written);
            if (!unit) {
                const int unitPosition = valuePosition + int(node.value.size() - written.size());
                ignoreOrFail(node, stillTyping(t) && isUnfinished(written, storedUnits()),
                             QCoreApplication::translate("lectern::Query", "unknown unit “%1” (%2 is reported in: %3)")
                                 .arg(written, kind, units.join(QStringLiteral(" "))),
                             unitPosition);
                return;
            }
            node.unit = *unit;
        }
        node.value = QLocale::c().toString(number, 'g', 17);
    }

    QList<Token> m_tokens;
    qsizetype m_index = 0;
    Query::ParseOptions m_options;
};

// FTS5 string literal: double quotes, embedded quotes doubled; never the user's raw syntax.
QString ftsString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString ftsTerm(const QueryNode &node, const Query::PrefixExpander &expand)
{
    // The prefix indexes cover two and three letters; longer ASCII prefixes expand to their terms when few.
    constexpr int kLongestIndexedPrefix = 3;
    constexpr int kMostTerms = 256;
    if (expand && node.kind == QueryNode::Kind::Text && node.prefix && !node.phrase
        && node.value.size() > kLongestIndexedPrefix) {
        bool plain = true;
        for (QChar c : node.value)
            plain = plain && c.unicode() < 0x80 && c.isLetterOrNumber();
        if (plain) {
            const QStringList terms = expand(node.value.toLower(), kMostTerms);
            if (!terms.isEmpty() && terms.size() <= kMostTerms) {
                QStringList quoted;
                for (const QString &term : terms)
                    quoted.append(ftsString(term));
                return QLatin1Char('(') + quoted.join(QStringLiteral(" OR ")) + QLatin1Char(')');
            }
        }
    }
    QString term = ftsString(node.value);
    if (node.prefix)
        term += QLatin1Char('*');
    if (node.kind == QueryNode::Kind::Field) {
        const QString column = node.field == QLatin1String("author") ? QStringLiteral("authors") : node.field;
        term = column + QStringLiteral(" : ") + term;
    }
    return term;
}

QString likePattern(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return escaped;
}

bool isFullText(const QueryNode &node)
{
    return node.kind == QueryNode::Kind::Text || (node.kind == QueryNode::Kind::Field && isFullTextField(node.field));
}

class SqlBuilder
{
public:
    SqlBuilder(const Taxonomy &taxonomy, const Query::PrefixExpander &expand)
        : m_taxonomy(taxonomy)
        , m_expand(expand)
    {
    }

    // Full-text terms joined as FTS5 wants them: an explicit AND, since an implicit one cannot precede "(".
    QString ftsAnd(const QList<QueryNode> &nodes) const
    {
        QStringList terms;
        for (const QueryNode &node : nodes)
            terms.append(ftsTerm(node, m_expand));
        return terms.join(QStringLiteral(" AND "));
    }

    QString build(const QueryNode &node)
    {
        switch (node.kind) {
        case QueryNode::Kind::And: {
            if (node.children.isEmpty())
                return QStringLiteral("1");
            // Consecutive full-text terms become one FTS5 query (implicit AND), which FTS5 answers at once.
            // Parameters bind in the order the SQL text names them, so the FTS condition is built first.
            QList<QueryNode> fts;
            for (const QueryNode &child : node.children) {
                if (isFullText(child))
                    fts.append(child);
            }
            QStringList parts;
            if (!fts.isEmpty())
                parts.append(matchCondition(ftsAnd(fts)));
            for (const QueryNode &child : node.children) {
                if (!isFullText(child))
                    parts.append(build(child));
            }
            return parts.size() == 1 ? parts.first()
                                     : QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        }
        case QueryNode::Kind::Or: {
            QStringList parts;
            for (const QueryNode &child : node.children)
                parts.append(build(child));
            return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        }
        case QueryNode::Kind::Not:
            return QStringLiteral("NOT ") + build(node.children.first());
        case QueryNode::Kind::Text:
            return matchCondition(ftsTerm(node, m_expand));
        case QueryNode::Kind::Field:
            return field(node);
        }
        return QStringLiteral("1");
    }

    QList<QVariant> parameters;

private:
    QString bind(const QVariant &value)
    {
        parameters.append(value);
        return QStringLiteral("?");
    }

    QString matchCondition(const QString &fts)
    {
        return QStringLiteral("p.sort_key IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH %1)").arg(bind(fts));
    }

    QString field(const QueryNode &node)
    {
        const QString &f = node.field;
        if (isFullTextField(f))
            return matchCondition(ftsTerm(node, m_expand));
        if (f == QLatin1String("year")) {
            const QStringList range = node.value.split(QStringLiteral(".."));
            if (range.size() == 2) {
                QStringList parts;
                if (!range[0].isEmpty())
                    parts.append(QStringLiteral("p.year >= ") + bind(range[0].toInt()));
                if (!range[1].isEmpty())
                    parts.append(QStringLiteral("p.year <= ") + bind(range[1].toInt()));
                return parts.isEmpty() ? QStringLiteral("p.year IS NOT NULL")
                                       : QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
            }
            const QString op = node.op == QLatin1String(":") ? QStringLiteral("=") : node.op;
            return QStringLiteral("p.year %1 %2").arg(op, bind(node.value.toInt()));
        }
        if (f == QLatin1String("venue"))
            return QStringLiteral("p.venue LIKE %1 ESCAPE '\\'")
                .arg(bind(QString(QLatin1Char('%') + likePattern(node.value) + QLatin1Char('%'))));
        if (f == QLatin1String("arxiv"))
            return QStringLiteral("p.arxiv = %1").arg(bind(node.value));
        if (f == QLatin1String("doi"))
            return QStringLiteral("p.doi = %1").arg(bind(node.value.toLower()));
        if (f == QLatin1String("technique")) {
            QStringList leaves = m_taxonomy.leavesUnder(node.value.toLower());
            if (leaves.isEmpty())
                return QStringLiteral("0");
            QStringList marks;
            for (const QString &leaf : leaves)
                marks.append(bind(leaf));
            return QStringLiteral("p.id IN (SELECT paper_id FROM technique_fact WHERE technique IN (%1))")
                .arg(marks.join(QLatin1Char(',')));
        }
        if (f == QLatin1String("metric"))
            return QStringLiteral("p.id IN (SELECT paper_id FROM metric_fact WHERE kind = %1)")
                .arg(bind(node.value.toLower()));
        if (f == QLatin1String("tag")) {
            // Bound one at a time: the order of a call's arguments is unspecified, the parameters' is not.
            const QString name = bind(node.value);
            const QString below = bind(QString(likePattern(node.value) + QStringLiteral("/%")));
            return QStringLiteral("p.id IN (SELECT pt.paper_id FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id "
                                  "WHERE t.name = %1 OR t.name LIKE %2 ESCAPE '\\')")
                .arg(name, below);
        }
        if (f == QLatin1String("has")) {
            const QString what = node.value.toLower();
            if (what == QLatin1String("abstract"))
                return QStringLiteral("p.abstract <> ''");
            if (what == QLatin1String("note"))
                return QStringLiteral("p.note <> ''");
            if (what == QLatin1String("metrics") || what == QLatin1String("metric"))
                return QStringLiteral("p.headline <> ''");
            if (what == QLatin1String("techniques") || what == QLatin1String("technique"))
                return QStringLiteral("p.techniques <> ''");
            if (what == QLatin1String("title"))
                return QStringLiteral("p.title_provisional = 0");
            return QStringLiteral("0");
        }
        if (f == QLatin1String("rating"))
            return QStringLiteral("p.rating %1 %2").arg(sqlOperator(node.op), bind(node.value.toInt()));
        if (f == QLatin1String("status")) {
            const std::optional<ReadingStatus> status = readingStatusFromName(node.value);
            return status ? QStringLiteral("p.status = %1").arg(bind(int(*status))) : QStringLiteral("0");
        }
        if (f == QLatin1String("priority")) {
            const std::optional<Priority> priority = priorityFromName(node.value);
            return priority ? QStringLiteral("p.priority %1 %2").arg(sqlOperator(node.op), bind(int(*priority)))
                            : QStringLiteral("0");
        }
        if (f == QLatin1String("list"))
            return QStringLiteral("p.id IN (SELECT i.paper_id FROM reading_list_item i JOIN reading_list l "
                                  "ON l.id = i.list_id WHERE l.name = %1 COLLATE NOCASE)")
                .arg(bind(node.value));
        if (isMetricKind(f)) {
            const double number = QLocale::c().toDouble(node.value);
            const QString kind = bind(f);
            const QString unit = bind(node.unit);
            if (node.op == QLatin1String("=")) {
                // The number as the user wrote it and as the extractor read it may differ in the last bits.
                const double tolerance = 1e-9 * std::max(1.0, std::abs(number));
                const QString low = bind(number - tolerance);
                const QString high = bind(number + tolerance);
                return QStringLiteral("p.id IN (SELECT paper_id FROM metric_fact WHERE kind = %1 AND unit = %2 "
                                      "AND value BETWEEN %3 AND %4)")
                    .arg(kind, unit, low, high);
            }
            return QStringLiteral("p.id IN (SELECT paper_id FROM metric_fact WHERE kind = %1 AND unit = %2 "
                                  "AND value %3 %4)")
                .arg(kind, unit, node.op, bind(number));
        }
        return QStringLiteral("0");
    }

    static QString sqlOperator(const QString &op) { return op == QLatin1String(":") ? QStringLiteral("=") : op; }

    const Taxonomy &m_taxonomy;
    const Query::PrefixExpander &m_expand;
};

} // namespace

Query Query::parse(const QString &text, ParseOptions options)
{
    Query query;
    query.m_text = text;
    Parser parser(text, options);
    query.m_root = parser.parse();
    if (query.m_root.kind != QueryNode::Kind::And) {
        QueryNode wrapper;
        wrapper.children.append(query.m_root);
        query.m_root = wrapper;
    }
    query.m_error = parser.m_error;
    query.m_errorPosition = parser.m_errorPosition;
    return query;
}

SqlCondition Query::toSql(const Taxonomy &taxonomy, const PrefixExpander &expand) const
{
    if (!isValid())
        return {QString(), QStringLiteral("0"), {}};
    SqlBuilder builder(taxonomy, expand);
    SqlCondition condition;
    // The root is always an And: its full-text children become the FTS5 expression that drives the query.
    QList<QueryNode> fts;
    QStringList parts;
    for (const QueryNode &child : m_root.children) {
        if (isFullText(child))
            fts.append(child);
    }
    for (const QueryNode &child : m_root.children) {
        if (!isFullText(child))
            parts.append(builder.build(child));
    }
    condition.match = builder.ftsAnd(fts);
    condition.where = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    condition.parameters = builder.parameters;
    return condition;
}

QString Query::fieldTerm(const QString &field, const QString &value)
{
    bool plain = !value.isEmpty();
    for (QChar c : value)
        plain = plain && !c.isSpace() && c != QLatin1Char('"') && c != QLatin1Char('(') && c != QLatin1Char(')');
    return field + QLatin1Char(':')
           + (plain ? value : QLatin1Char('"') + QString(value).remove(QLatin1Char('"')) + QLatin1Char('"'));
}

const QStringList &Query::fields()
{
    static const QStringList fields = {
        QStringLiteral("title"),  QStringLiteral("abstract"), QStringLiteral("author"),    QStringLiteral("note"),
        QStringLiteral("venue"),  QStringLiteral("year"),     QStringLiteral("technique"), QStringLiteral("metric"),
        QStringLiteral("tag"),    QStringLiteral("has"),      QStringLiteral("arxiv"),     QStringLiteral("doi"),
        QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("list")};
    return fields;
}

const QStringList &Query::comparisonFields()
{
    static const QStringList fields = QStringList{QStringLiteral("rating")} + metricKinds();
    return fields;
}

QStringList Query::fieldValues(const QString &field)
{
    if (field == QLatin1String("status"))
        return {readingStatusName(ReadingStatus::Unread), readingStatusName(ReadingStatus::Reading),
                readingStatusName(ReadingStatus::Read)};
    if (field == QLatin1String("priority"))
        return {priorityName(Priority::High), priorityName(Priority::Normal), priorityName(Priority::Low)};
    if (field == QLatin1String("has"))
        return {QStringLiteral("abstract"), QStringLiteral("note"), QStringLiteral("metrics"),
                QStringLiteral("techniques"), QStringLiteral("title")};
    return {};
}

QString Query::impliedMetricUnit(const QString &kind)
{
    const KindUnits *k = kindUnits(kind);
    return k ? QString::fromLatin1(k->implied) : QString();
}

QStringList Query::metricUnits(const QString &kind)
{
    const KindUnits *k = kindUnits(kind);
    return k ? QString::fromLatin1(k->units).split(QLatin1Char(' ')) : QStringList();
}

std::optional<QString> Query::canonicalMetricUnit(const QString &kind, const QString &written)
{
    struct Alias {
        const char16_t *written;
        const char *unit;
    };
    // The other spellings the extractor reads (see its unit tables); "×" as the table shows speedups.
    static const Alias aliases[] = {
        {u"\u00D7", "x"},     {u"times", "x"},    {u"fold", "x"},       {u"percent", "%"},  {u"sec", "s"},
        {u"seconds", "s"},    {u"h", "hours"},    {u"hrs", "hours"},    {u"hour", "hours"}, {u"day", "days"},
        {u"week", "weeks"},   {u"GiB", "GB"},     {u"MiB", "MB"},       {u"bit", "bits"},   {u"tok/s", "tokens/s"},
        {u"GFLOP", "GFLOPs"}, {u"FLOP", "FLOPs"}, {u"TFLOP", "TFLOPs"}, {u"pts", "points"},
    };
    if (storedUnits().contains(written))
        return written;
    for (const Alias &a : aliases) {
        if (QStringView(a.written).compare(written, Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(a.unit);
    }
    // Other capitalisations only among the kind's own units: "gb" is GB for memory, but "m" is not "M" (millions)
    // for a latency, where it is an unfinished "ms" or "min".
    for (const QString &unit : metricUnits(kind)) {
        if (unit.compare(written, Qt::CaseInsensitive) == 0)
            return unit;
    }
    return std::nullopt;
}

} // namespace lectern
