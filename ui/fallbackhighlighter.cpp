#include "fallbackhighlighter.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {

using Role = FallbackHighlighter::Role;

// Hues that read as the usual code colours; the contrast pass below makes each legible on the actual Base.
struct RoleColors {
    QRgb light;
    QRgb dark;
};
constexpr std::array<RoleColors, FallbackHighlighter::kRoleCount> kColors = {{
    {0x1f4fb3, 0x7fb0ff}, // Type
    {0x8033a8, 0xd49cff}, // Keyword
    {0xa3361f, 0xff9e80}, // Key
    {0x0b6f74, 0x5fd0d5}, // Field
    {0x2f7a12, 0x9fd87a}, // String
    {0xa55200, 0xf5b063}, // Number
    {0x6a6f76, 0x9aa1a9}, // Comment
    {0x5d636b, 0xaab0b8}, // Punctuation
    {0x1f5fc4, 0x80b4ff}, // Link
    {0, 0},               // Emphasis: the text colour
    {0, 0},               // Strong: the text colour
}};

constexpr double kMinimumContrast = 4.5;

double relativeLuminance(const QColor &color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

bool isDark(const QColor &base)
{
    return base.lightness() < 128;
}

// Moves the colour's lightness away from the background until the text is legible on it.
QColor legibleOn(QColor color, const QColor &base)
{
    const bool darkBase = isDark(base);
    float h = 0, s = 0, l = 0, a = 0;
    color.getHslF(&h, &s, &l, &a);
    for (int step = 0; step < 50 && FallbackHighlighter::contrast(color, base) < kMinimumContrast; ++step) {
        l = std::clamp(l + (darkBase ? 0.02f : -0.02f), 0.0f, 1.0f);
        color.setHslF(h, s, l, a);
    }
    return color;
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char(':')
           || c == QLatin1Char('.') || c == QLatin1Char('+');
}

qsizetype skipSpaces(const QString &text, qsizetype i)
{
    while (i < text.size() && text[i].isSpace())
        ++i;
    return i;
}

// BibTeX's block state: where the line starts (outside entries, before the key, among the fields, inside
// @comment), the brace depth of an open value and whether a quoted value is open.
enum class BibMode { Outside = 0, Key = 1, Body = 2, CommentEntry = 3 };
constexpr int kMaxDepth = 255;

struct BibState {
    BibMode mode = BibMode::Outside;
    int depth = 0;
    bool quote = false;

    static BibState decode(int state)
    {
        BibState s;
        if (state < 0)
            return s;
        s.mode = BibMode(state & 3);
        s.depth = (state >> 2) & kMaxDepth;
        s.quote = (state >> 10) & 1;
        return s;
    }
    int encode() const { return int(mode) | (depth << 2) | (int(quote) << 10); }
};

} // namespace

FallbackHighlighter::FallbackHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent)
{
    setPalette(QGuiApplication::palette());
}

FallbackHighlighter::FallbackHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

FallbackHighlighter::Language FallbackHighlighter::languageForName(const QString &definitionName)
{
    static const QHash<QString, Language> languages = {
        {QStringLiteral("BibTeX"), Language::BibTeX}, {QStringLiteral("JSON"), Language::Json},
        {QStringLiteral("CSV"), Language::Csv},       {QStringLiteral("Markdown"), Language::Markdown},
        {QStringLiteral("RIS"), Language::Ris},       {QStringLiteral("MEDLINE"), Language::Medline},
        {QStringLiteral("XML"), Language::Xml},
    };
    return languages.value(definitionName, Language::None);
}

void FallbackHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    rehighlight();
}

void FallbackHighlighter::setPalette(const QPalette &palette)
{
    m_base = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    const bool dark = isDark(m_base);
    for (int i = 0; i < kRoleCount; ++i) {
        QTextCharFormat format;
        const QRgb rgb = dark ? kColors[size_t(i)].dark : kColors[size_t(i)].light;
        format.setForeground(rgb ? legibleOn(QColor(rgb), m_base) : m_text);
        m_formats[size_t(i)] = format;
    }
    m_formats[size_t(Role::Type)].setFontWeight(QFont::Bold);
    m_formats[size_t(Role::Comment)].setFontItalic(true);
    m_formats[size_t(Role::Link)].setFontUnderline(true);
    m_formats[size_t(Role::Emphasis)].setFontItalic(true);
    m_formats[size_t(Role::Strong)].setFontWeight(QFont::Bold);
    if (document())
        rehighlight();
}

double FallbackHighlighter::contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void FallbackHighlighter::apply(int start, int length, Role role)
{
    if (length > 0)
        setFormat(start, length, m_formats[size_t(role)]);
}

void FallbackHighlighter::highlightBlock(const QString &text)
{
    switch (m_language) {
    case Language::None:
        return;
    case Language::BibTeX:
        highlightBibtex(text);
        return;
    case Language::Json:
        highlightJson(text);
        return;
    case Language::Csv:
        highlightCsv(text);
        return;
    case Language::Markdown:
        highlightMarkdown(text);
        return;
    case Language::Ris:
    case Language::Medline:
        highlightTagged(text);
        return;
    case Language::Xml:
        highlightXml(text);
        return;
    }
}

void FallbackHighlighter::highlightBibtex(const QString &text)
{
    BibState s = BibState::decode(previousBlockState());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        switch (s.mode) {
        case BibMode::Outside: {
            // Text between entries is ignored by BibTeX; only % comments and the next @type are marked.
            if (c == QLatin1Char('%')) {
                apply(int(i), int(n - i), Role::Comment);
                i = n;
            } else if (c == QLatin1Char('@')) {
                qsizetype j = i + 1;
                while (j < n && (text[j].isLetterOrNumber() || text[j] == QLatin1Char('_')))
                    ++j;
                const QString type = text.mid(i + 1, j - i - 1).toLower();
                apply(int(i), int(j - i), Role::Type);
                i = skipSpaces(text, j);
                if (i < n && (text[i] == QLatin1Char('{') || text[i] == QLatin1Char('('))) {
                    apply(int(i), 1, Role::Punctuation);
                    ++i;
                    if (type == QLatin1String("comment")) {
                        s.mode = BibMode::CommentEntry;
                        s.depth = 1;
                    } else if (type == QLatin1String("string") || type == QLatin1String("preamble")) {
                        s.mode = BibMode::Body;
                    } else {
                        s.mode = BibMode::Key;
                    }
                } else if (type == QLatin1String("comment")) {
                    apply(int(i), int(n - i), Role::Comment);
                    i = n;
                }
            } else {
                ++i;
            }
            break;
        }
        case BibMode::Key: {
            if (c.isSpace()) {
                ++i;
            } else if (c == QLatin1Char(',')) {
                apply(int(i), 1, Role::Punctuation);
                s.mode = BibMode::Body;
                ++i;
            } else if (c == QLatin1Char('}') || c == QLatin1Char(')')) {
                apply(int(i), 1, Role::Punctuation);
                s.mode = BibMode::Outside;
                ++i;
            } else {
                qsizetype j = i;
                while (j < n && !text[j].isSpace() && text[j] != QLatin1Char(',') && text[j] != QLatin1Char('}')
                       && text[j] != QLatin1Char(')'))
                    ++j;
                apply(int(i), int(j - i), Role::Key);
                i = j;
            }
            break;
        }
        case BibMode::Body: {
            if (s.quote || s.depth > 0) {
                // Inside a value: everything up to its closing brace or quote, across lines.
                const qsizetype start = i;
                while (i < n) {
                    const QChar v = text[i];
                    if (v == QLatin1Char('\\')) {
                        i = std::min(n, i + 2);
                        continue;
                    }
                    if (v == QLatin1Char('{')) {
                        s.depth = std::min(kMaxDepth, s.depth + 1);
                    } else if (v == QLatin1Char('}')) {
                        if (s.depth == 0) {
                            // A quoted value cut short by the entry's end: the brace closes the entry.
                            s.quote = false;
                            break;
                        }
                        --s.depth;
                        if (s.depth == 0 && !s.quote) {
                            ++i;
                            break;
                        }
                    } else if (v == QLatin1Char('"') && s.quote && s.depth == 0) {
                        s.quote = false;
                        ++i;
                        break;
                    }
                    ++i;
                }
                apply(int(start), int(i - start), Role::String);
            } else if (c.isSpace()) {
                ++i;
            } else if (c == QLatin1Char('%')) {
                apply(int(i), int(n - i), Role::Comment);
                i = n;
            } else if (c.isLetter() || c == QLatin1Char('_')) {
                qsizetype j = i;
                while (j < n && isIdentifierChar(text[j]))
                    ++j;
                const qsizetype k = skipSpaces(text, j);
                const bool field = k < n && text[k] == QLatin1Char('=');
                apply(int(i), int(j - i), field ? Role::Field : Role::Keyword);
                i = j;
            } else if (c.isDigit()) {
                qsizetype j = i;
                while (j < n && text[j].isDigit())
                    ++j;
                apply(int(i), int(j - i), Role::Number);
                i = j;
            } else if (c == QLatin1Char('{')) {
                s.depth = 1;
                apply(int(i), 1, Role::String);
                ++i;
            } else if (c == QLatin1Char('"')) {
                s.quote = true;
                apply(int(i), 1, Role::String);
                ++i;
            } else if (c == QLatin1Char('}') || c == QLatin1Char(')')) {
                apply(int(i), 1, Role::Punctuation);
                s.mode = BibMode::Outside;
                ++i;
            } else {
                if (c == QLatin1Char('=') || c == QLatin1Char(',') || c == QLatin1Char('#'))
                    apply(int(i), 1, Role::Punctuation);
                ++i;
            }
            break;
        }
        case BibMode::CommentEntry: {
            const qsizetype start = i;
            while (i < n) {
                const QChar v = text[i++];
                if (v == QLatin1Char('{')) {
                    s.depth = std::min(kMaxDepth, s.depth + 1);
                } else if (v == QLatin1Char('}') && --s.depth <= 0) {
                    s.depth = 0;
                    s.mode = BibMode::Outside;
                    break;
                }
            }
            apply(int(start), int(i - start), Role::Comment);
            break;
        }
        }
    }
    setCurrentBlockState(s.encode());
}

void FallbackHighlighter::highlightJson(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (text[j] == QLatin1Char('\\')) {
                    j += 2;
                } else if (text[j] == QLatin1Char('"')) {
                    ++j;
                    break;
                } else {
                    ++j;
                }
            }
            j = std::min(j, n);
            const qsizetype k = skipSpaces(text, j);
            apply(int(i), int(j - i), k < n && text[k] == QLatin1Char(':') ? Role::Key : Role::String);
            i = j;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            qsizetype j = i + 1;
            while (j < n
                   && (text[j].isDigit() || text[j] == QLatin1Char('.') || text[j] == QLatin1Char('e')
                       || text[j] == QLatin1Char('E') || text[j] == QLatin1Char('+') || text[j] == QLatin1Char('-')))
                ++j;
            apply(int(i), int(j - i), Role::Number);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && text[j].isLetter())
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            if (word == QLatin1String("true") || word == QLatin1String("false") || word == QLatin1String("null"))
                apply(int(i), int(j - i), Role::Keyword);
            i = j;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                apply(int(i), 1, Role::Punctuation);
            ++i;
        }
    }
}

void FallbackHighlighter::highlightCsv(const QString &text)
{
    // The delimiter is the one the header row uses most, outside quotes.
    QChar delimiter = QLatin1Char(',');
    {
        const QString header = document() ? document()->firstBlock().text() : text;
        int counts[3] = {0, 0, 0};
        bool quoted = false;
        for (const QChar c : header) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && c == QLatin1Char(','))
                ++counts[0];
            else if (!quoted && c == QLatin1Char(';'))
                ++counts[1];
            else if (!quoted && c == QLatin1Char('\t'))
                ++counts[2];
        }
        if (counts[1] > counts[0] && counts[1] >= counts[2])
            delimiter = QLatin1Char(';');
        else if (counts[2] > counts[0] && counts[2] > counts[1])
            delimiter = QLatin1Char('\t');
    }

    // State: bit 0 an open quoted cell, bit 1 the header row, bits 2.. the column of the open cell.
    const int previous = previousBlockState();
    bool quote = previous >= 0 && (previous & 1);
    const bool header = currentBlock().blockNumber() == 0 || (quote && (previous & 2));
    int column = quote ? (previous >> 2) : 0;
    auto cell = [&](qsizetype start, qsizetype length) {
        if (header)
            apply(int(start), int(length), Role::Type);
        else if (column % 2)
            apply(int(start), int(length), Role::Field);
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (quote) {
            const qsizetype start = i;
            while (i < n) {
                if (text[i] == QLatin1Char('"')) {
                    if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                        i += 2;
                        continue;
                    }
                    ++i;
                    quote = false;
                    break;
                }
                ++i;
            }
            cell(start, i - start);
        } else if (text[i] == delimiter) {
            apply(int(i), 1, Role::Punctuation);
            column = std::min(column + 1, 0xffff);
            ++i;
        } else if (text[i] == QLatin1Char('"')) {
            cell(i, 1);
            quote = true;
            ++i;
        } else {
            const qsizetype start = i;
            while (i < n && text[i] != delimiter && text[i] != QLatin1Char('"'))
                ++i;
            cell(start, i - start);
        }
    }
    setCurrentBlockState(quote ? (1 | (header ? 2 : 0) | (column << 2)) : 0);
}

void FallbackHighlighter::highlightMarkdown(const QString &text)
{
    // State 1: inside a ``` fence, 2: inside a ~~~ fence.
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"));
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])( *\\1){2,} *$"));
    static const QRegularExpression listMarker(QStringLiteral("^\\s*([-*+]|\\d{1,9}[.)])(?=\\s)"));
    static const QRegularExpression quote(QStringLiteral("^\\s*>"));
    static const QRegularExpression strong(
        QStringLiteral("\\*\\*[^*\\s](?:[^*]*[^*\\s])?\\*\\*|__[^_\\s](?:[^_]*[^_\\s])?__"));
    static const QRegularExpression emphasis(QStringLiteral(
        "(?<![*\\w])\\*[^*\\s](?:[^*]*[^*\\s])?\\*(?![*\\w])|(?<![_\\w])_[^_\\s](?:[^_]*[^_\\s])?_(?![_\\w])"));
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\(([^)]*)\\)|<https?://[^>\\s]+>"));
    static const QRegularExpression code(QStringLiteral("(?<!`)(`+)(?!`).+?(?<!`)\\1(?!`)"));

    const int state = previousBlockState();
    const QRegularExpressionMatch fenceMatch = fence.match(text);
    if (state == 1 || state == 2) {
        const QString closing = state == 1 ? QStringLiteral("```") : QStringLiteral("~~~");
        const bool closes = fenceMatch.hasMatch() && fenceMatch.captured(1) == closing;
        apply(0, int(text.size()), closes ? Role::Punctuation : Role::Key);
        setCurrentBlockState(closes ? 0 : state);
        return;
    }
    setCurrentBlockState(0);
    if (fenceMatch.hasMatch()) {
        apply(0, int(text.size()), Role::Punctuation);
        setCurrentBlockState(fenceMatch.captured(1) == QLatin1String("```") ? 1 : 2);
        return;
    }
    if (heading.match(text).hasMatch()) {
        apply(0, int(text.size()), Role::Type);
        return;
    }
    if (rule.match(text).hasMatch()) {
        apply(0, int(text.size()), Role::Punctuation);
        return;
    }
    if (quote.match(text).hasMatch()) {
        apply(0, int(text.size()), Role::Comment);
    } else if (const QRegularExpressionMatch marker = listMarker.match(text); marker.hasMatch()) {
        apply(int(marker.capturedStart(1)), int(marker.capturedLength(1)), Role::Keyword);
    }

    // Later rules override earlier ones where they overlap: a code span shows its asterisks literally.
    for (auto it = emphasis.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        apply(int(m.capturedStart()), int(m.capturedLength()), Role::Emphasis);
    }
    for (auto it = strong.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        apply(int(m.capturedStart()), int(m.capturedLength()), Role::Strong);
    }
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart(1) < 0) {
            apply(int(m.capturedStart()), int(m.capturedLength()), Role::Link);
            continue;
        }
        apply(int(m.capturedStart()), int(m.capturedLength()), Role::Punctuation);
        apply(int(m.capturedStart(1)), int(m.capturedLength(1)), Role::Link);
        apply(int(m.capturedStart(2)), int(m.capturedLength(2)), Role::String);
    }
    for (auto it = code.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        apply(int(m.capturedStart()), int(m.capturedLength()), Role::Key);
    }
}

void FallbackHighlighter::highlightTagged(const QString &text)
{
    // RIS "TY  - JOUR" and MEDLINE "PMID- 123" / "FAU - Doe, J": a tag column, a dash, the value. MEDLINE's
    // continuation lines (six spaces) are plain.
    static const QRegularExpression tagged(QStringLiteral("^([A-Z][A-Z0-9]{1,3})( {0,3}-(?: |$))"));
    const QRegularExpressionMatch m = tagged.match(text);
    if (!m.hasMatch())
        return;
    const QString tag = m.captured(1);
    const bool boundary = tag == QLatin1String("TY") || tag == QLatin1String("ER") || tag == QLatin1String("PMID");
    apply(0, int(m.capturedLength(1)), boundary ? Role::Type : Role::Keyword);
    apply(int(m.capturedStart(2)), int(m.capturedLength(2)), Role::Punctuation);
    if (tag == QLatin1String("TY"))
        apply(int(m.capturedEnd()), int(text.size() - m.capturedEnd()), Role::Key);
}

void FallbackHighlighter::highlightXml(const QString &text)
{
    enum State { Text, Comment, Tag, DoubleQuoted, SingleQuoted, CData };
    int state = std::clamp(previousBlockState(), int(Text), int(CData));
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        switch (state) {
        case Text: {
            const QStringView rest = QStringView(text).mid(i);
            if (rest.startsWith(QLatin1String("<!--"))) {
                apply(int(i), 4, Role::Comment);
                i += 4;
                state = Comment;
            } else if (rest.startsWith(QLatin1String("<![CDATA["))) {
                apply(int(i), 9, Role::Punctuation);
                i += 9;
                state = CData;
            } else if (text[i] == QLatin1Char('<')) {
                qsizetype j = i + 1;
                if (j < n && QStringView(u"/?!").contains(text[j]))
                    ++j;
                apply(int(i), int(j - i), Role::Punctuation);
                qsizetype k = j;
                while (k < n && isIdentifierChar(text[k]))
                    ++k;
                apply(int(j), int(k - j), Role::Keyword);
                i = k;
                state = Tag;
            } else if (text[i] == QLatin1Char('&')) {
                qsizetype j = i + 1;
                while (j < n && j - i < 12 && text[j] != QLatin1Char(';') && !text[j].isSpace())
                    ++j;
                if (j < n && text[j] == QLatin1Char(';')) {
                    apply(int(i), int(j + 1 - i), Role::Number);
                    i = j + 1;
                } else {
                    ++i;
                }
            } else {
                ++i;
            }
            break;
        }
        case Comment:
        case CData: {
            const QLatin1String end = state == Comment ? QLatin1String("-->") : QLatin1String("]]>");
            const qsizetype at = text.indexOf(end, i);
            const Role role = state == Comment ? Role::Comment : Role::String;
            if (at < 0) {
                apply(int(i), int(n - i), role);
                i = n;
            } else {
                apply(int(i), int(at - i), role);
                apply(int(at), 3, state == Comment ? Role::Comment : Role::Punctuation);
                i = at + 3;
                state = Text;
            }
            break;
        }
        case Tag: {
            const QChar c = text[i];
            if (c == QLatin1Char('>')) {
                apply(int(i), 1, Role::Punctuation);
                ++i;
                state = Text;
            } else if ((c == QLatin1Char('/') || c == QLatin1Char('?')) && i + 1 < n
                       && text[i + 1] == QLatin1Char('>')) {
                apply(int(i), 2, Role::Punctuation);
                i += 2;
                state = Text;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                apply(int(i), 1, Role::String);
                ++i;
                state = c == QLatin1Char('"') ? DoubleQuoted : SingleQuoted;
            } else if (c == QLatin1Char('=')) {
                apply(int(i), 1, Role::Punctuation);
                ++i;
            } else if (isIdentifierChar(c)) {
                qsizetype j = i;
                while (j < n && isIdentifierChar(text[j]))
                    ++j;
                apply(int(i), int(j - i), Role::Field);
                i = j;
            } else {
                ++i;
            }
            break;
        }
        case DoubleQuoted:
        case SingleQuoted: {
            const qsizetype at = text.indexOf(state == DoubleQuoted ? QLatin1Char('"') : QLatin1Char('\''), i);
            if (at < 0) {
                apply(int(i), int(n - i), Role::String);
                i = n;
            } else {
                apply(int(i), int(at + 1 - i), Role::String);
                i = at + 1;
                state = Tag;
            }
            break;
        }
        }
    }
    setCurrentBlockState(state);
}

} // namespace lectern
