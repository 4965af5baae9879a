#pragma once

#include <QString>
#include <QStringView>

namespace lectern::jsonscan {

// QJsonDocument gives no offsets, so the JSON parsers find where each record lies in the text themselves: one
// pass over the characters, aware of strings and escapes, with an explicit bracket stack instead of recursion
// (a hostile file of a million '[' must not exhaust the call stack). Each record found is then parsed on its
// own with QJsonDocument, so one malformed record costs only itself.

enum class Problem {
    None,
    Unterminated,      // the text ends inside the value (or the next element starts, see ElementReader)
    MismatchedBracket, // a '}' closes a '[' or a ']' closes a '{'
    LineBreakInString, // JSON strings cannot hold a raw line break: a quote is missing
    TooDeep,           // nested deeper than kMaxDepth
};

constexpr int kMaxDepth = 512;

struct ValueEnd {
    qsizetype end = 0; // exclusive
    Problem problem = Problem::None;
    qsizetype problemAt = 0; // offset where the problem was seen
};

qsizetype skipWhitespace(QStringView text, qsizetype pos);
// Finds the end of the JSON value that starts at `pos` (a non-whitespace character) without building it.
// Strings, objects and arrays are delimited exactly; a scalar runs to the next ',', ']', '}' or whitespace. The
// content is not validated beyond that: QJsonDocument does it for the records.
ValueEnd scanValue(QStringView text, qsizetype pos);
// Decodes the JSON string whose opening quote is at `pos` into `value` (when given), strictly: an invalid escape,
// a raw control character or a missing closing quote makes it return -1. Returns the offset after the closing
// quote.
qsizetype readString(QStringView text, qsizetype pos, QString *value);

// 1-based line numbers of offsets, counted incrementally: parsers ask in increasing order, so a whole file costs
// one pass.
class LineCounter
{
public:
    explicit LineCounter(QStringView text);
    int lineAt(qsizetype offset);

private:
    QStringView m_text;
    qsizetype m_offset = 0;
    int m_line = 1;
};

// One top-level record candidate.
struct Element {
    qsizetype start = 0;
    qsizetype end = 0; // exclusive
    bool object = false;
    Problem problem = Problem::None;
    qsizetype problemAt = 0;
};

// The records of a JSON document: the elements of its top-level array; the elements of the "items" array of a
// top-level object (Zotero's web API wraps CSL-JSON so); or a sequence of top-level values (one object, or JSON
// lines). After a broken element (see Problem) the reader resynchronises on the next line that starts with '{'
// at the broken element's own indentation, which is where pretty-printed arrays put their items; a broken
// element that is not at the start of its line (a minified array) takes the rest of the text with it.
class ElementReader
{
public:
    enum class Shape { NotJson, Empty, Array, WrappedArray, Sequence };

    explicit ElementReader(QStringView text);

    Shape shape() const { return m_shape; }
    // Where the first non-whitespace character is (for NotJson, the offending one).
    qsizetype contentStart() const { return m_contentStart; }
    bool next(Element *element);
    // After next() returned false: whether the array (Array, WrappedArray) was closed, and where text after its
    // end starts (-1 when there is none).
    bool closed() const { return m_closed; }
    qsizetype trailingAt() const { return m_trailingAt; }

private:
    qsizetype resyncAfter(qsizetype elementStart) const;
    void finishBroken(Element *element, qsizetype resume);
    qsizetype findItemsArray(qsizetype objectStart) const;

    QStringView m_text;
    Shape m_shape = Shape::NotJson;
    qsizetype m_pos = 0;
    qsizetype m_contentStart = 0;
    bool m_done = false;
    bool m_closed = false;
    bool m_recovering = false; // a broken element was seen
    qsizetype m_trailingAt = -1;
};

} // namespace lectern::jsonscan
