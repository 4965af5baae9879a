#include "import/jsonscan.h"

#include <algorithm>
#include <string>

namespace lectern::jsonscan {

namespace {

bool isJsonSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r';
}

} // namespace

qsizetype skipWhitespace(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    const QChar *data = text.data();
    while (pos < n && isJsonSpace(data[pos].unicode()))
        ++pos;
    return pos;
}

ValueEnd scanValue(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    const QChar *data = text.data();
    if (pos >= n)
        return {n, Problem::Unterminated, n};
    const char16_t first = data[pos].unicode();
    if (first != u'{' && first != u'[' && first != u'"') {
        qsizetype i = pos;
        while (i < n) {
            const char16_t c = data[i].unicode();
            if (c == u',' || c == u']' || c == u'}' || isJsonSpace(c))
                break;
            ++i;
        }
        // A stray closing bracket is a value of its own, one character long, so that readers always advance.
        return {i > pos ? i : pos + 1, Problem::None, 0};
    }

    std::string stack; // the open brackets, innermost last
    qsizetype i = pos;
    while (i < n) {
        const char16_t c = data[i].unicode();
        if (c == u'"') {
            ++i;
            while (i < n) {
                const char16_t s = data[i].unicode();
                if (s == u'\\') {
                    i += 2;
                    continue;
                }
                if (s == u'"')
                    break;
                if (s == u'\n')
                    return {i, Problem::LineBreakInString, i};
                ++i;
            }
            if (i >= n)
                return {n, Problem::Unterminated, n};
            ++i;
            if (stack.empty())
                return {i, Problem::None, 0};
            continue;
        }
        if (c == u'{' || c == u'[') {
            if (qsizetype(stack.size()) >= kMaxDepth)
                return {i, Problem::TooDeep, i};
            stack.push_back(c == u'{' ? '{' : '[');
            ++i;
            continue;
        }
        if (c == u'}' || c == u']') {
            if ((c == u'}') != (stack.back() == '{'))
                return {i, Problem::MismatchedBracket, i};
            stack.pop_back();
            ++i;
            if (stack.empty())
                return {i, Problem::None, 0};
            continue;
        }
        ++i;
    }
    return {n, Problem::Unterminated, n};
}

qsizetype readString(QStringView text, qsizetype pos, QString *value)
{
    const qsizetype n = text.size();
    const QChar *data = text.data();
    if (pos >= n || data[pos] != u'"')
        return -1;
    if (value)
        value->clear();
    qsizetype i = pos + 1;
    while (i < n) {
        // Runs of plain characters are copied at once: abstracts are long and have few escapes.
        const qsizetype run = i;
        while (i < n) {
            const char16_t c = data[i].unicode();
            if (c == u'"' || c == u'\\' || c < 0x20)
                break;
            ++i;
        }
        if (value && i > run)
            value->append(data + run, i - run);
        if (i >= n)
            return -1;
        const char16_t c = data[i].unicode();
        if (c == u'"')
            return i + 1;
        if (c < 0x20)
            return -1;
        if (i + 1 >= n)
            return -1;
        char16_t decoded = 0;
        switch (data[i + 1].unicode()) {
        case u'"':
            decoded = u'"';
            break;
        case u'\\':
            decoded = u'\\';
            break;
        case u'/':
            decoded = u'/';
            break;
        case u'b':
            decoded = u'\b';
            break;
        case u'f':
            decoded = u'\f';
            break;
        case u'n':
            decoded = u'\n';
            break;
        case u'r':
            decoded = u'\r';
            break;
        case u't':
            decoded = u'\t';
            break;
        case u'u': {
            if (i + 6 > n)
                return -1;
            for (qsizetype k = i + 2; k < i + 6; ++k) {
                const char16_t h = data[k].unicode();
                const int digit = h >= u'0' && h <= u'9'   ? h - u'0'
                                  : h >= u'a' && h <= u'f' ? h - u'a' + 10
                                  : h >= u'A' && h <= u'F' ? h - u'A' + 10
                                                           : -1;
                if (digit < 0)
                    return -1;
                decoded = char16_t(decoded * 16 + digit);
            }
            i += 4;
            break;
        }
        default:
            return -1;
        }
        if (value)
            value->append(QChar(decoded));
        i += 2;
    }
    return -1;
}

LineCounter::LineCounter(QStringView text)
    : m_text(text)
{
}

int LineCounter::lineAt(qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, m_text.size());
    if (offset >= m_offset)
        m_line += int(m_text.sliced(m_offset, offset - m_offset).count(u'\n'));
    else
        m_line -= int(m_text.sliced(offset, m_offset - offset).count(u'\n'));
    m_offset = offset;
    return m_line;
}

ElementReader::ElementReader(QStringView text)
    : m_text(text)
{
    m_contentStart = skipWhitespace(text, 0);
    if (m_contentStart >= text.size()) {
        m_shape = Shape::Empty;
        m_done = true;
        return;
    }
    const QChar first = text[m_contentStart];
    if (first == u'[') {
        m_shape = Shape::Array;
        m_pos = m_contentStart + 1;
    } else if (first == u'{') {
        const qsizetype items = findItemsArray(m_contentStart);
        if (items >= 0) {
            m_shape = Shape::WrappedArray;
            m_pos = items + 1;
        } else {
            m_shape = Shape::Sequence;
            m_pos = m_contentStart;
        }
    } else {
        m_shape = Shape::NotJson;
        m_done = true;
    }
}

bool ElementReader::next(Element *element)
{
    const qsizetype n = m_text.size();
    const bool inArray = m_shape == Shape::Array || m_shape == Shape::WrappedArray;
    while (!m_done) {
        m_pos = skipWhitespace(m_text, m_pos);
        if (m_pos >= n) {
            m_done = true;
            break;
        }
        const QChar c = m_text[m_pos];
        if (c == u',') { // separators (and stray ones) between elements
            ++m_pos;
            continue;
        }
        if (inArray && c == u']') {
            m_done = true;
            m_closed = true;
            // What follows the "items" array belongs to its wrapper object.
            const qsizetype after = skipWhitespace(m_text, m_pos + 1);
            if (m_shape == Shape::Array && after < n)
                m_trailingAt = after;
            break;
        }
        // After a broken element, an element may not run past the next line that starts another at its own
        // indentation: an unclosed element would otherwise swallow, and be scanned with, all the rest of the
        // text, element after element (quadratic in a hostile file).
        const qsizetype resume = m_recovering ? resyncAfter(m_pos) : -2;
        const ValueEnd value = scanValue(resume >= 0 ? m_text.first(resume) : m_text, m_pos);
        *element = Element{m_pos, value.end, c == u'{', value.problem, value.problemAt};
        if (value.problem == Problem::None) {
            m_pos = value.end;
            return true;
        }
        m_recovering = true;
        finishBroken(element, resume == -2 ? resyncAfter(m_pos) : resume);
        return true;
    }
    return false;
}

void ElementReader::finishBroken(Element *element, qsizetype resume)
{
    if (resume < 0) {
        element->end = m_text.size();
        m_pos = m_text.size();
        m_done = true;
        return;
    }
    // The broken element ends before the line break that precedes the next element's line.
    element->end = std::max(element->start + 1, m_text.lastIndexOf(u'\n', resume));
    // A problem seen only after the next element started means this one was not closed before it.
    if (element->problem == Problem::Unterminated || element->problemAt >= resume) {
        element->problem = Problem::Unterminated;
        element->problemAt = element->end;
    }
    m_pos = resume;
}

qsizetype ElementReader::resyncAfter(qsizetype elementStart) const
{
    qsizetype lineStart = elementStart;
    while (lineStart > 0 && m_text[lineStart - 1] != u'\n')
        --lineStart;
    for (qsizetype k = lineStart; k < elementStart; ++k) {
        if (m_text[k] != u' ' && m_text[k] != u'\t')
            return -1;
    }
    const QStringView indent = m_text.sliced(lineStart, elementStart - lineStart);
    qsizetype from = elementStart;
    while (true) {
        const qsizetype lineBreak = m_text.indexOf(u'\n', from);
        if (lineBreak < 0)
            return -1;
        const qsizetype candidate = lineBreak + 1 + indent.size();
        if (candidate < m_text.size() && m_text[candidate] == u'{'
            && m_text.sliced(lineBreak + 1, indent.size()) == indent)
            return candidate;
        from = lineBreak + 1;
    }
}

qsizetype ElementReader::findItemsArray(qsizetype objectStart) const
{
    const qsizetype n = m_text.size();
    qsizetype i = objectStart + 1;
    QString key;
    while (true) {
        i = skipWhitespace(m_text, i);
        const qsizetype keyEnd = readString(m_text, i, &key);
        if (keyEnd < 0)
            return -1;
        i = skipWhitespace(m_text, keyEnd);
        if (i >= n || m_text[i] != u':')
            return -1;
        i = skipWhitespace(m_text, i + 1);
        if (i >= n)
            return -1;
        if (key == QLatin1String("items") && m_text[i] == u'[')
            return i;
        const ValueEnd value = scanValue(m_text, i);
        if (value.problem != Problem::None)
            return -1;
        i = skipWhitespace(m_text, value.end);
        if (i >= n || m_text[i] != u',')
            return -1;
        ++i;
    }
}

} // namespace lectern::jsonscan
