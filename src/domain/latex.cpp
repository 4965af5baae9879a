#include "domain/latex.h"

#include <QList>
#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lectern {

namespace {

// A control word and the text it stands for. `letter` marks those that stand for a letter inside a word: like
// TeX, they swallow the spaces that follow them.
struct Symbol {
    QLatin1String name;
    const char16_t *text;
    bool letter = false;
};

// Written back by unicodeToLatex() as the spelling on the right of kAsciiSpellings; keep the two in step.
const Symbol kSymbols[] = {
    {QLatin1String("ss"), u"\u00df", true},
    {QLatin1String("o"), u"\u00f8", true},
    {QLatin1String("O"), u"\u00d8", true},
    {QLatin1String("aa"), u"\u00e5", true},
    {QLatin1String("AA"), u"\u00c5", true},
    {QLatin1String("ae"), u"\u00e6", true},
    {QLatin1String("AE"), u"\u00c6", true},
    {QLatin1String("oe"), u"\u0153", true},
    {QLatin1String("OE"), u"\u0152", true},
    {QLatin1String("l"), u"\u0142", true},
    {QLatin1String("L"), u"\u0141", true},
    {QLatin1String("i"), u"\u0131", true},
    {QLatin1String("j"), u"\u0237", true},
    {QLatin1String("dh"), u"\u00f0", true},
    {QLatin1String("DH"), u"\u00d0", true},
    {QLatin1String("th"), u"\u00fe", true},
    {QLatin1String("TH"), u"\u00de", true},
    {QLatin1String("dj"), u"\u0111", true},
    {QLatin1String("DJ"), u"\u0110", true},
    {QLatin1String("ng"), u"\u014b", true},
    {QLatin1String("NG"), u"\u014a", true},
    // Words and punctuation.
    {QLatin1String("LaTeX"), u"LaTeX"},
    {QLatin1String("LaTeXe"), u"LaTeX2\u03b5"},
    {QLatin1String("TeX"), u"TeX"},
    {QLatin1String("BibTeX"), u"BibTeX"},
    {QLatin1String("ldots"), u"\u2026"},
    {QLatin1String("dots"), u"\u2026"},
    {QLatin1String("textellipsis"), u"\u2026"},
    {QLatin1String("textendash"), u"\u2013"},
    {QLatin1String("textemdash"), u"\u2014"},
    {QLatin1String("textquoteleft"), u"\u2018"},
    {QLatin1String("textquoteright"), u"\u2019"},
    {QLatin1String("textquotedblleft"), u"\u201c"},
    {QLatin1String("textquotedblright"), u"\u201d"},
    {QLatin1String("quotedblbase"), u"\u201e"},
    {QLatin1String("quotesinglbase"), u"\u201a"},
    {QLatin1String("guillemotleft"), u"\u00ab"},
    {QLatin1String("guillemotright"), u"\u00bb"},
    {QLatin1String("guilsinglleft"), u"\u2039"},
    {QLatin1String("guilsinglright"), u"\u203a"},
    {QLatin1String("textbackslash"), u"\\"},
    {QLatin1String("textasciitilde"), u"~"},
    {QLatin1String("textasciicircum"), u"^"},
    {QLatin1String("textbraceleft"), u"{"},
    {QLatin1String("textbraceright"), u"}"},
    {QLatin1String("textunderscore"), u"_"},
    {QLatin1String("textbar"), u"|"},
    {QLatin1String("textless"), u"<"},
    {QLatin1String("textgreater"), u">"},
    {QLatin1String("textdollar"), u"$"},
    {QLatin1String("textexclamdown"), u"\u00a1"},
    {QLatin1String("textquestiondown"), u"\u00bf"},
    {QLatin1String("pounds"), u"\u00a3"},
    {QLatin1String("textsterling"), u"\u00a3"},
    {QLatin1String("texteuro"), u"\u20ac"},
    {QLatin1String("euro"), u"\u20ac"},
    {QLatin1String("textyen"), u"\u00a5"},
    {QLatin1String("copyright"), u"\u00a9"},
    {QLatin1String("textcopyright"), u"\u00a9"},
    {QLatin1String("textregistered"), u"\u00ae"},
    {QLatin1String("texttrademark"), u"\u2122"},
    {QLatin1String("S"), u"\u00a7"},
    {QLatin1String("textsection"), u"\u00a7"},
    {QLatin1String("P"), u"\u00b6"},
    {QLatin1String("textparagraph"), u"\u00b6"},
    {QLatin1String("dag"), u"\u2020"},
    {QLatin1String("textdagger"), u"\u2020"},
    {QLatin1String("ddag"), u"\u2021"},
    {QLatin1String("textdaggerdbl"), u"\u2021"},
    {QLatin1String("textdegree"), u"\u00b0"},
    {QLatin1String("textbullet"), u"\u2022"},
    {QLatin1String("textperiodcentered"), u"\u00b7"},
    {QLatin1String("textperthousand"), u"\u2030"},
    {QLatin1String("textonehalf"), u"\u00bd"},
    {QLatin1String("textonequarter"), u"\u00bc"},
    {QLatin1String("textthreequarters"), u"\u00be"},
    {QLatin1String("textnumero"), u"\u2116"},
    {QLatin1String("texttimes"), u"\u00d7"},
    {QLatin1String("textdiv"), u"\u00f7"},
    {QLatin1String("textpm"), u"\u00b1"},
    {QLatin1String("textmu"), u"\u00b5"},
    {QLatin1String("textminus"), u"\u2212"},
    // Greek. \epsilon and \phi give the usual letters (ε, φ), which is what authors mean by them in titles.
    {QLatin1String("alpha"), u"\u03b1"},
    {QLatin1String("beta"), u"\u03b2"},
    {QLatin1String("gamma"), u"\u03b3"},
    {QLatin1String("delta"), u"\u03b4"},
    {QLatin1String("epsilon"), u"\u03b5"},
    {QLatin1String("varepsilon"), u"\u03b5"},
    {QLatin1String("zeta"), u"\u03b6"},
    {QLatin1String("eta"), u"\u03b7"},
    {QLatin1String("theta"), u"\u03b8"},
    {QLatin1String("vartheta"), u"\u03d1"},
    {QLatin1String("iota"), u"\u03b9"},
    {QLatin1String("kappa"), u"\u03ba"},
    {QLatin1String("lambda"), u"\u03bb"},
    {QLatin1String("mu"), u"\u03bc"},
    {QLatin1String("nu"), u"\u03bd"},
    {QLatin1String("xi"), u"\u03be"},
    {QLatin1String("pi"), u"\u03c0"},
    {QLatin1String("varpi"), u"\u03d6"},
    {QLatin1String("rho"), u"\u03c1"},
    {QLatin1String("varrho"), u"\u03f1"},
    {QLatin1String("sigma"), u"\u03c3"},
    {QLatin1String("varsigma"), u"\u03c2"},
    {QLatin1String("tau"), u"\u03c4"},
    {QLatin1String("upsilon"), u"\u03c5"},
    {QLatin1String("phi"), u"\u03c6"},
    {QLatin1String("varphi"), u"\u03c6"},
    {QLatin1String("chi"), u"\u03c7"},
    {QLatin1String("psi"), u"\u03c8"},
    {QLatin1String("omega"), u"\u03c9"},
    {QLatin1String("Gamma"), u"\u0393"},
    {QLatin1String("Delta"), u"\u0394"},
    {QLatin1String("Theta"), u"\u0398"},
    {QLatin1String("Lambda"), u"\u039b"},
    {QLatin1String("Xi"), u"\u039e"},
    {QLatin1String("Pi"), u"\u03a0"},
    {QLatin1String("Sigma"), u"\u03a3"},
    {QLatin1String("Upsilon"), u"\u03a5"},
    {QLatin1String("Phi"), u"\u03a6"},
    {QLatin1String("Psi"), u"\u03a8"},
    {QLatin1String("Omega"), u"\u03a9"},
    // Math symbols.
    {QLatin1String("times"), u"\u00d7"},
    {QLatin1String("div"), u"\u00f7"},
    {QLatin1String("pm"), u"\u00b1"},
    {QLatin1String("mp"), u"\u2213"},
    {QLatin1String("leq"), u"\u2264"},
    {QLatin1String("le"), u"\u2264"},
    {QLatin1String("geq"), u"\u2265"},
    {QLatin1String("ge"), u"\u2265"},
    {QLatin1String("neq"), u"\u2260"},
    {QLatin1String("ne"), u"\u2260"},
    {QLatin1String("approx"), u"\u2248"},
    {QLatin1String("sim"), u"\u223c"},
    {QLatin1String("simeq"), u"\u2243"},
    {QLatin1String("equiv"), u"\u2261"},
    {QLatin1String("propto"), u"\u221d"},
    {QLatin1String("ll"), u"\u226a"},
    {QLatin1String("gg"), u"\u226b"},
    {QLatin1String("cdot"), u"\u22c5"},
    {QLatin1String("ast"), u"\u2217"},
    {QLatin1String("star"), u"\u22c6"},
    {QLatin1String("circ"), u"\u2218"},
    {QLatin1String("infty"), u"\u221e"},
    {QLatin1String("partial"), u"\u2202"},
    {QLatin1String("nabla"), u"\u2207"},
    {QLatin1String("sum"), u"\u2211"},
    {QLatin1String("prod"), u"\u220f"},
    {QLatin1String("int"), u"\u222b"},
    {QLatin1String("in"), u"\u2208"},
    {QLatin1String("notin"), u"\u2209"},
    {QLatin1String("subset"), u"\u2282"},
    {QLatin1String("subseteq"), u"\u2286"},
    {QLatin1String("cup"), u"\u222a"},
    {QLatin1String("cap"), u"\u2229"},
    {QLatin1String("forall"), u"\u2200"},
    {QLatin1String("exists"), u"\u2203"},
    {QLatin1String("emptyset"), u"\u2205"},
    {QLatin1String("ell"), u"\u2113"},
    {QLatin1String("rightarrow"), u"\u2192"},
    {QLatin1String("to"), u"\u2192"},
    {QLatin1String("leftarrow"), u"\u2190"},
    {QLatin1String("gets"), u"\u2190"},
    {QLatin1String("leftrightarrow"), u"\u2194"},
    {QLatin1String("Rightarrow"), u"\u21d2"},
    {QLatin1String("Leftarrow"), u"\u21d0"},
    {QLatin1String("Leftrightarrow"), u"\u21d4"},
    {QLatin1String("uparrow"), u"\u2191"},
    {QLatin1String("downarrow"), u"\u2193"},
    {QLatin1String("log"), u"log"},
    {QLatin1String("ln"), u"ln"},
    {QLatin1String("exp"), u"exp"},
    {QLatin1String("max"), u"max"},
    {QLatin1String("min"), u"min"},
    {QLatin1String("arg"), u"arg"},
    {QLatin1String("sin"), u"sin"},
    {QLatin1String("cos"), u"cos"},
    {QLatin1String("tan"), u"tan"},
    {QLatin1String("lim"), u"lim"},
    {QLatin1String("det"), u"det"},
    {QLatin1String("sup"), u"sup"},
    {QLatin1String("inf"), u"inf"},
};

// Commands whose argument is text to keep inside math, where other commands stay as their source.
const QLatin1String kMathFontCommands[] = {
    QLatin1String("mathrm"),     QLatin1String("mathbf"),       QLatin1String("mathit"),     QLatin1String("mathcal"),
    QLatin1String("mathsf"),     QLatin1String("mathtt"),       QLatin1String("mathbb"),     QLatin1String("mathfrak"),
    QLatin1String("mathnormal"), QLatin1String("text"),         QLatin1String("textrm"),     QLatin1String("textit"),
    QLatin1String("textbf"),     QLatin1String("operatorname"), QLatin1String("boldsymbol"), QLatin1String("bm"),
    QLatin1String("mbox"),
};

const Symbol *findSymbol(QStringView name)
{
    static const std::vector<Symbol> sorted = [] {
        std::vector<Symbol> symbols(std::begin(kSymbols), std::end(kSymbols));
        std::sort(symbols.begin(), symbols.end(), [](const Symbol &a, const Symbol &b) { return a.name < b.name; });
        return symbols;
    }();
    const auto it = std::lower_bound(sorted.begin(), sorted.end(), name,
                                     [](const Symbol &symbol, QStringView n) { return n.compare(symbol.name) > 0; });
    if (it != sorted.end() && name.compare(it->name) == 0)
        return &*it;
    return nullptr;
}

bool isMathFontCommand(QStringView name)
{
    for (QLatin1String command : kMathFontCommands) {
        if (name == command)
            return true;
    }
    return false;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isTexSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// The combining mark of an accent command (\" \' ... \v \c ...), or 0.
char16_t accentMark(QStringView command)
{
    if (command.size() != 1)
        return 0;
    switch (command.front().unicode()) {
    case u'"':
        return 0x0308;
    case u'\'':
        return 0x0301;
    case u'`':
        return 0x0300;
    case u'^':
        return 0x0302;
    case u'~':
        return 0x0303;
    case u'=':
        return 0x0304;
    case u'.':
        return 0x0307;
    case u'u':
        return 0x0306;
    case u'v':
        return 0x030c;
    case u'H':
        return 0x030b;
    case u'r':
        return 0x030a;
    case u'c':
        return 0x0327;
    case u'k':
        return 0x0328;
    case u'd':
        return 0x0323;
    case u'b':
        return 0x0331;
    default:
        return 0;
    }
}

// What an accent with an empty argument prints ("\~{}" is the usual way to write a tilde).
char16_t spacingAccent(char16_t mark)
{
    switch (mark) {
    case 0x0308:
        return 0x00a8;
    case 0x0301:
        return 0x00b4;
    case 0x0300:
        return u'`';
    case 0x0302:
        return u'^';
    case 0x0303:
        return u'~';
    case 0x0304:
        return 0x00af;
    case 0x0307:
        return 0x02d9;
    case 0x0306:
        return 0x02d8;
    case 0x030c:
        return 0x02c7;
    case 0x030b:
        return 0x02dd;
    case 0x030a:
        return 0x02da;
    case 0x0327:
        return 0x00b8;
    case 0x0328:
        return 0x02db;
    default:
        return 0;
    }
}

// The characters that can start (or, for "!`" and "?`", end) something latexToUnicode() changes.
constexpr std::array<bool, 128> kDecodeSpecial = [] {
    std::array<bool, 128> table{};
    for (char c : {'\\', '{', '}', '~', '$', '-', '`', '\''})
        table[size_t(c)] = true;
    return table;
}();

// The first character at or after `p` that kDecodeSpecial marks, or `end`. Every field of every imported entry
// passes through here, so plain runs are skipped eight characters at a time where SSE2 is available.
const char16_t *nextSpecial(const char16_t *p, const char16_t *end)
{
#if defined(__SSE2__)
    const __m128i backslash = _mm_set1_epi16('\\');
    const __m128i open = _mm_set1_epi16('{');
    const __m128i close = _mm_set1_epi16('}');
    const __m128i tilde = _mm_set1_epi16('~');
    const __m128i dollar = _mm_set1_epi16('$');
    const __m128i dash = _mm_set1_epi16('-');
    const __m128i backquote = _mm_set1_epi16('`');
    const __m128i quote = _mm_set1_epi16('\'');
    while (end - p >= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        __m128i hit = _mm_or_si128(_mm_cmpeq_epi16(v, backslash), _mm_cmpeq_epi16(v, open));
        hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi16(v, close), _mm_cmpeq_epi16(v, tilde)));
        hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi16(v, dollar), _mm_cmpeq_epi16(v, dash)));
        hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi16(v, backquote), _mm_cmpeq_epi16(v, quote)));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + qCountTrailingZeroBits(uint(mask)) / 2;
        p += 8;
    }
#endif
    while (p < end && (*p >= 128 || !kDecodeSpecial[*p]))
        ++p;
    return p;
}

class Decoder
{
public:
    explicit Decoder(QStringView text)
        : m_s(text.utf16())
        , m_n(text.size())
    {
        m_out.reserve(m_n);
    }

    // Converts the text, which has nothing to convert before `from`.
    QString run(qsizetype from)
    {
        qsizetype i = from;
        qsizetype runStart = 0;
        const auto flush = [&](qsizetype end) {
            if (end > runStart)
                m_out.append(QStringView(m_s + runStart, end - runStart));
        };
        while (i < m_n) {
            i = nextSpecial(m_s + i, m_s + m_n) - m_s;
            if (i >= m_n)
                break;
            const char16_t c = m_s[i];
            switch (c) {
            case u'{':
            case u'}':
                flush(i);
                ++i;
                break;
            case u'~':
                flush(i);
                m_out.append(QChar(0x00a0));
                ++i;
                break;
            case u'-':
                if (at(i + 1) != u'-') {
                    ++i;
                    continue;
                }
                flush(i);
                if (at(i + 2) == u'-') {
                    m_out.append(QChar(0x2014));
                    i += 3;
                } else {
                    m_out.append(QChar(0x2013));
                    i += 2;
                }
                break;
            case u'`':
            case u'\'':
                if (at(i + 1) == c) {
                    flush(i);
                    m_out.append(QChar(c == u'`' ? 0x201c : 0x201d));
                    i += 2;
                } else if (c == u'`' && i > runStart && (m_s[i - 1] == u'!' || m_s[i - 1] == u'?')) {
                    flush(i - 1);
                    m_out.append(QChar(m_s[i - 1] == u'!' ? 0x00a1 : 0x00bf));
                    ++i;
                } else {
                    ++i;
                    continue;
                }
                break;
            case u'$': {
                flush(i);
                i = math(i);
                break;
            }
            case u'\\':
                flush(i);
                i = command(i);
                break;
            default:
                ++i;
                continue;
            }
            runStart = i;
        }
        flush(m_n);
        return std::move(m_out);
    }

private:
    char16_t at(qsizetype i) const { return i < m_n ? m_s[i] : 0; }

    qsizetype skipSpaces(qsizetype i) const
    {
        while (i < m_n && isTexSpace(m_s[i]))
            ++i;
        return i;
    }

    qsizetype letters(qsizetype i) const
    {
        while (i < m_n && isAsciiLetter(m_s[i]))
            ++i;
        return i;
    }

    // The end of the braced group opening at `open` (just past its '}'), or -1 when it never closes. After one
    // group that never closes, \url and \href arguments are read as plain text: searching to the end of the text
    // again for each of them would make a hostile field quadratic.
    qsizetype groupEnd(qsizetype open)
    {
        if (m_unclosedGroup)
            return -1;
        qsizetype depth = 0;
        for (qsizetype i = open; i < m_n; ++i) {
            if (m_s[i] == u'\\') {
                ++i;
            } else if (m_s[i] == u'{') {
                ++depth;
            } else if (m_s[i] == u'}' && --depth == 0) {
                return i + 1;
            }
        }
        m_unclosedGroup = true;
        return -1;
    }

    // At a backslash in text; returns where to continue.
    qsizetype command(qsizetype i)
    {
        if (i + 1 >= m_n) {
            m_out.append(u'\\');
            return m_n;
        }
        const char16_t next = m_s[i + 1];
        if (!isAsciiLetter(next))
            return controlSymbol(i, false);
        const qsizetype end = letters(i + 1);
        const QStringView name(m_s + i + 1, end - i - 1);
        if (const char16_t mark = accentMark(name))
            return accent(mark, end);
        if (const Symbol *symbol = findSymbol(name)) {
            m_out.append(QStringView(symbol->text));
            return symbol->letter ? skipSpaces(end) : end;
        }
        if (name == QLatin1String("url")) {
            // A URL is verbatim: its "~", "--" and "%" are the URL's.
            const qsizetype open = skipSpaces(end);
            const qsizetype close = at(open) == u'{' ? groupEnd(open) : -1;
            if (close < 0)
                return open;
            m_out.append(QStringView(m_s + open + 1, close - open - 2));
            return close;
        }
        if (name == QLatin1String("href")) {
            const qsizetype open = skipSpaces(end);
            const qsizetype close = at(open) == u'{' ? groupEnd(open) : -1;
            return close < 0 ? open : close;
        }
        // Formatting and unknown commands: their argument, if any, follows as ordinary text.
        return skipSpaces(end);
    }

    // "\&", "\ ", "\," ...; `inMath` keeps what math would show as source.
    qsizetype controlSymbol(qsizetype i, bool inMath)
    {
        const char16_t c = m_s[i + 1];
        if (!inMath) {
            if (const char16_t mark = accentMark(QStringView(&c, 1)))
                return accent(mark, i + 2);
        }
        switch (c) {
        case u'&':
        case u'%':
        case u'$':
        case u'#':
        case u'_':
        case u'{':
        case u'}':
            m_out.append(QChar(c));
            break;
        case u' ':
        case u'\n':
        case u'\t':
        case u'\r':
        case u'\\':
        case u';':
        case u':':
            m_out.append(u' ');
            break;
        case u',':
            m_out.append(QChar(0x2009));
            break;
        case u'-':
        case u'/':
        case u'@':
        case u'!':
            break;
        default:
            if (inMath)
                m_out.append(u'\\');
            m_out.append(QChar(c));
            break;
        }
        return i + 2;
    }

    // After an accent command: its argument is a letter, {letter}, \i, {\i} or empty ({}).
    qsizetype accent(char16_t mark, qsizetype i)
    {
        i = skipSpaces(i);
        bool braced = false;
        if (at(i) == u'{') {
            braced = true;
            ++i;
            if (at(i) == u'}') {
                if (const char16_t spacing = spacingAccent(mark))
                    m_out.append(QChar(spacing));
                return i + 1;
            }
        }
        char16_t base = 0;
        if (at(i) == u'\\' && (at(i + 1) == u'i' || at(i + 1) == u'j') && !isAsciiLetter(at(i + 2))) {
            base = at(i + 1);
            i += 2;
        } else if (i < m_n && m_s[i] != u'\\' && m_s[i] != u'{' && m_s[i] != u'}' && m_s[i] != u'$'
                   && !QChar::isSurrogate(m_s[i]) && !isTexSpace(m_s[i])) {
            base = m_s[i];
            ++i;
        }
        if (!base) {
            if (const char16_t spacing = spacingAccent(mark); spacing && !braced)
                m_out.append(QChar(spacing));
            return i;
        }
        QString pair{QChar(base)};
        pair.append(QChar(mark));
        m_out.append(pair.normalized(QString::NormalizationForm_C));
        return i;
    }

    // At a '$'; returns where to continue after the math (or after the dollar when it never closes).
    qsizetype math(qsizetype i)
    {
        const bool display = at(i + 1) == u'$';
        const qsizetype contentStart = i + (display ? 2 : 1);
        qsizetype close = -1;
        if (!m_noClosingDollar) {
            for (qsizetype j = contentStart; j < m_n; ++j) {
                if (m_s[j] == u'\\') {
                    ++j;
                } else if (m_s[j] == u'$') {
                    close = j;
                    break;
                }
            }
        }
        if (close < 0) {
            // No later dollar closes anything either, so the search is not repeated.
            m_noClosingDollar = true;
            m_out.append(u'$');
            return i + 1;
        }
        mathContent(contentStart, close);
        qsizetype next = close + 1;
        if (display && at(next) == u'$')
            ++next;
        return next;
    }

    void mathContent(qsizetype begin, qsizetype end)
    {
        // Braces after ^ and _ show what is raised or lowered and stay; grouping braces and the arguments
        // of font commands go.
        std::vector<bool> keep;
        bool dropNextGroup = false;
        qsizetype i = begin;
        qsizetype runStart = begin;
        const auto flush = [&](qsizetype to) {
            if (to > runStart)
                m_out.append(QStringView(m_s + runStart, to - runStart));
        };
        while (i < end) {
            const char16_t c = m_s[i];
            if (c == u'\\') {
                flush(i);
                if (i + 1 >= end) {
                    m_out.append(u'\\');
                    i = end;
                } else if (!isAsciiLetter(m_s[i + 1])) {
                    i = controlSymbol(i, true);
                } else {
                    qsizetype nameEnd = i + 1;
                    while (nameEnd < end && isAsciiLetter(m_s[nameEnd]))
                        ++nameEnd;
                    const QStringView name(m_s + i + 1, nameEnd - i - 1);
                    if (const Symbol *symbol = findSymbol(name)) {
                        m_out.append(QStringView(symbol->text));
                    } else if (isMathFontCommand(name)) {
                        dropNextGroup = true;
                    } else {
                        m_out.append(QStringView(m_s + i, nameEnd - i));
                    }
                    i = nameEnd;
                    if (dropNextGroup) {
                        while (i < end && isTexSpace(m_s[i]))
                            ++i;
                    }
                }
                runStart = i;
                continue;
            }
            if (c == u'{') {
                flush(i);
                const bool kept = !dropNextGroup && !m_out.isEmpty() && (m_out.back() == u'^' || m_out.back() == u'_');
                keep.push_back(kept);
                if (kept)
                    m_out.append(u'{');
                dropNextGroup = false;
                runStart = ++i;
                continue;
            }
            if (c == u'}') {
                flush(i);
                if (!keep.empty()) {
                    if (keep.back())
                        m_out.append(u'}');
                    keep.pop_back();
                }
                runStart = ++i;
                continue;
            }
            if (c == u'~') {
                flush(i);
                m_out.append(QChar(0x00a0));
                runStart = ++i;
                continue;
            }
            dropNextGroup = false;
            ++i;
        }
        flush(end);
    }

    const char16_t *m_s;
    qsizetype m_n;
    QString m_out;
    bool m_noClosingDollar = false;
    bool m_unclosedGroup = false;
};

// How unicodeToLatex(…, Ascii) spells the characters that are no accented ASCII letter.
struct Spelling {
    char16_t character;
    const char *latex;
};

const Spelling kAsciiSpellings[] = {
    {0x00a0, "~"},
    {0x00a1, "{\\textexclamdown}"},
    {0x00a3, "{\\pounds}"},
    {0x00a5, "{\\textyen}"},
    {0x00a7, "{\\S}"},
    {0x00a9, "{\\textcopyright}"},
    {0x00ab, "{\\guillemotleft}"},
    {0x00ae, "{\\textregistered}"},
    {0x00b0, "{\\textdegree}"},
    {0x00b1, "{$\\pm$}"},
    {0x00b6, "{\\P}"},
    {0x00b7, "{\\textperiodcentered}"},
    {0x00bb, "{\\guillemotright}"},
    {0x00bc, "{\\textonequarter}"},
    {0x00bd, "{\\textonehalf}"},
    {0x00be, "{\\textthreequarters}"},
    {0x00bf, "{\\textquestiondown}"},
    {0x00c5, "{\\AA}"},
    {0x00c6, "{\\AE}"},
    {0x00d0, "{\\DH}"},
    {0x00d7, "{$\\times$}"},
    {0x00d8, "{\\O}"},
    {0x00de, "{\\TH}"},
    {0x00df, "{\\ss}"},
    {0x00e5, "{\\aa}"},
    {0x00e6, "{\\ae}"},
    {0x00f0, "{\\dh}"},
    {0x00f7, "{$\\div$}"},
    {0x00f8, "{\\o}"},
    {0x00fe, "{\\th}"},
    {0x0110, "{\\DJ}"},
    {0x0111, "{\\dj}"},
    {0x0131, "{\\i}"},
    {0x0141, "{\\L}"},
    {0x0142, "{\\l}"},
    {0x014a, "{\\NG}"},
    {0x014b, "{\\ng}"},
    {0x0152, "{\\OE}"},
    {0x0153, "{\\oe}"},
    {0x0237, "{\\j}"},
    {0x0393, "{$\\Gamma$}"},
    {0x0394, "{$\\Delta$}"},
    {0x0398, "{$\\Theta$}"},
    {0x039b, "{$\\Lambda$}"},
    {0x039e, "{$\\Xi$}"},
    {0x03a0, "{$\\Pi$}"},
    {0x03a3, "{$\\Sigma$}"},
    {0x03a5, "{$\\Upsilon$}"},
    {0x03a6, "{$\\Phi$}"},
    {0x03a8, "{$\\Psi$}"},
    {0x03a9, "{$\\Omega$}"},
    {0x03b1, "{$\\alpha$}"},
    {0x03b2, "{$\\beta$}"},
    {0x03b3, "{$\\gamma$}"},
    {0x03b4, "{$\\delta$}"},
    {0x03b5, "{$\\varepsilon$}"},
    {0x03b6, "{$\\zeta$}"},
    {0x03b7, "{$\\eta$}"},
    {0x03b8, "{$\\theta$}"},
    {0x03b9, "{$\\iota$}"},
    {0x03ba, "{$\\kappa$}"},
    {0x03bb, "{$\\lambda$}"},
    {0x03bc, "{$\\mu$}"},
    {0x03bd, "{$\\nu$}"},
    {0x03be, "{$\\xi$}"},
    {0x03c0, "{$\\pi$}"},
    {0x03c1, "{$\\rho$}"},
    {0x03c2, "{$\\varsigma$}"},
    {0x03c3, "{$\\sigma$}"},
    {0x03c4, "{$\\tau$}"},
    {0x03c5, "{$\\upsilon$}"},
    {0x03c6, "{$\\phi$}"},
    {0x03c7, "{$\\chi$}"},
    {0x03c8, "{$\\psi$}"},
    {0x03c9, "{$\\omega$}"},
    {0x03d1, "{$\\vartheta$}"},
    {0x03d6, "{$\\varpi$}"},
    {0x03f1, "{$\\varrho$}"},
    {0x2009, "\\,"},
    {0x2013, "--"},
    {0x2014, "---"},
    {0x2018, "{\\textquoteleft}"},
    {0x2019, "{\\textquoteright}"},
    {0x201a, "{\\quotesinglbase}"},
    {0x201c, "``"},
    {0x201d, "''"},
    {0x201e, "{\\quotedblbase}"},
    {0x2020, "{\\dag}"},
    {0x2021, "{\\ddag}"},
    {0x2022, "{\\textbullet}"},
    {0x2026, "{\\ldots}"},
    {0x2030, "{\\textperthousand}"},
    {0x2039, "{\\guilsinglleft}"},
    {0x203a, "{\\guilsinglright}"},
    {0x20ac, "{\\texteuro}"},
    {0x2113, "{$\\ell$}"},
    {0x2116, "{\\textnumero}"},
    {0x2122, "{\\texttrademark}"},
    {0x2190, "{$\\leftarrow$}"},
    {0x2191, "{$\\uparrow$}"},
    {0x2192, "{$\\rightarrow$}"},
    {0x2193, "{$\\downarrow$}"},
    {0x2194, "{$\\leftrightarrow$}"},
    {0x21d0, "{$\\Leftarrow$}"},
    {0x21d2, "{$\\Rightarrow$}"},
    {0x21d4, "{$\\Leftrightarrow$}"},
    {0x2200, "{$\\forall$}"},
    {0x2202, "{$\\partial$}"},
    {0x2203, "{$\\exists$}"},
    {0x2205, "{$\\emptyset$}"},
    {0x2207, "{$\\nabla$}"},
    {0x2208, "{$\\in$}"},
    {0x2209, "{$\\notin$}"},
    {0x220f, "{$\\prod$}"},
    {0x2211, "{$\\sum$}"},
    {0x2213, "{$\\mp$}"},
    {0x2217, "{$\\ast$}"},
    {0x2218, "{$\\circ$}"},
    {0x221d, "{$\\propto$}"},
    {0x221e, "{$\\infty$}"},
    {0x2229, "{$\\cap$}"},
    {0x222a, "{$\\cup$}"},
    {0x222b, "{$\\int$}"},
    {0x223c, "{$\\sim$}"},
    {0x2243, "{$\\simeq$}"},
    {0x2248, "{$\\approx$}"},
    {0x2260, "{$\\neq$}"},
    {0x2261, "{$\\equiv$}"},
    {0x2264, "{$\\leq$}"},
    {0x2265, "{$\\geq$}"},
    {0x226a, "{$\\ll$}"},
    {0x226b, "{$\\gg$}"},
    {0x2282, "{$\\subset$}"},
    {0x2286, "{$\\subseteq$}"},
    {0x22c5, "{$\\cdot$}"},
    {0x22c6, "{$\\star$}"},
};

const char *asciiSpelling(char16_t c)
{
    const auto it = std::lower_bound(std::begin(kAsciiSpellings), std::end(kAsciiSpellings), c,
                                     [](const Spelling &s, char16_t ch) { return s.character < ch; });
    return it != std::end(kAsciiSpellings) && it->character == c ? it->latex : nullptr;
}

// The accent command for a combining mark, or 0.
char accentCommand(char16_t mark)
{
    switch (mark) {
    case 0x0300:
        return '`';
    case 0x0301:
        return '\'';
    case 0x0302:
        return '^';
    case 0x0303:
        return '~';
    case 0x0304:
        return '=';
    case 0x0306:
        return 'u';
    case 0x0307:
        return '.';
    case 0x0308:
        return '"';
    case 0x030a:
        return 'r';
    case 0x030b:
        return 'H';
    case 0x030c:
        return 'v';
    case 0x0323:
        return 'd';
    case 0x0327:
        return 'c';
    case 0x0328:
        return 'k';
    case 0x0331:
        return 'b';
    default:
        return 0;
    }
}

class Encoder
{
public:
    Encoder(QStringView text, LatexMode mode)
        : m_text(text)
        , m_mode(mode)
    {
        m_out.reserve(text.size() + text.size() / 8 + 8);
    }

    QString run()
    {
        pairBraces();
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = m_text[i].unicode();
            if (c < 128) {
                ascii(c, i);
                continue;
            }
            if (m_mode == LatexMode::Unicode) {
                m_out.append(QChar(c));
                continue;
            }
            if (QChar::isHighSurrogate(c) && i + 1 < n && m_text[i + 1].isLowSurrogate()) {
                m_out.append(m_text.sliced(i, 2));
                ++i;
                continue;
            }
            if (const char *latex = asciiSpelling(c)) {
                appendPiece(QLatin1String(latex));
                continue;
            }
            if (QChar::decompositionTag(c) == QChar::Canonical) {
                const QString parts = QChar::decomposition(c);
                if (parts.size() == 2 && parts[0].unicode() < 128 && isAsciiLetter(parts[0].unicode())) {
                    if (const char command = accentCommand(parts[1].unicode())) {
                        m_out.append(QLatin1String("{\\"));
                        m_out.append(QLatin1Char(command));
                        if (isAsciiLetter(char16_t(command)))
                            m_out.append(QLatin1Char('{') + parts[0] + QLatin1Char('}'));
                        else
                            m_out.append(parts[0]);
                        m_out.append(QLatin1Char('}'));
                        continue;
                    }
                }
            }
            m_out.append(QChar(c));
        }
        return std::move(m_out);
    }

private:
    // Which braces of the text pair up: those are escaped as \{ \}, the others spelled out, so the field's
    // braces balance whatever the text holds.
    void pairBraces()
    {
        if (!m_text.contains(u'{') && !m_text.contains(u'}'))
            return;
        m_paired.assign(size_t(m_text.size()), false);
        std::vector<qsizetype> open;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (m_text[i] == u'{') {
                open.push_back(i);
            } else if (m_text[i] == u'}' && !open.empty()) {
                m_paired[size_t(open.back())] = true;
                m_paired[size_t(i)] = true;
                open.pop_back();
            }
        }
    }

    bool paired(qsizetype i) const { return !m_paired.empty() && m_paired[size_t(i)]; }

    // Appends text that starts with a character LaTeX may join with the one before it ("-" after "-",
    // "`" after "`", "!" or "?", "'" after "'"), separating the two with an empty group.
    void appendPiece(QLatin1String piece)
    {
        if (!piece.isEmpty() && !m_out.isEmpty()) {
            const char first = piece.front().toLatin1();
            const QChar last = m_out.back();
            if ((first == '-' && last == u'-') || (first == '\'' && last == u'\'')
                || (first == '`' && (last == u'`' || last == u'!' || last == u'?'))) {
                m_out.append(QLatin1String("{}"));
            }
        }
        m_out.append(piece);
    }

    void ascii(char16_t c, qsizetype i)
    {
        switch (c) {
        case u'&':
        case u'%':
        case u'$':
        case u'#':
        case u'_':
            m_out.append(u'\\');
            m_out.append(QChar(c));
            break;
        case u'{':
            m_out.append(paired(i) ? QLatin1String("\\{") : QLatin1String("\\textbraceleft{}"));
            break;
        case u'}':
            m_out.append(paired(i) ? QLatin1String("\\}") : QLatin1String("\\textbraceright{}"));
            break;
        case u'~':
            m_out.append(QLatin1String("\\textasciitilde{}"));
            break;
        case u'^':
            m_out.append(QLatin1String("\\textasciicircum{}"));
            break;
        case u'\\':
            m_out.append(QLatin1String("\\textbackslash{}"));
            break;
        case u'-':
            appendPiece(QLatin1String("-"));
            break;
        case u'`':
            appendPiece(QLatin1String("`"));
            break;
        case u'\'':
            appendPiece(QLatin1String("'"));
            break;
        default:
            m_out.append(QChar(c));
            break;
        }
    }

    QStringView m_text;
    LatexMode m_mode;
    QString m_out;
    std::vector<bool> m_paired;
};

} // namespace

namespace {

// Where the first thing latexToUnicode() changes starts, or -1. Runs over every field of every imported entry,
// most of which hold nothing to change, so with SSE2 a lone '-' or '\'' (the hyphens and apostrophes of plain
// prose) does not even stop the eight-at-a-time scan: only doubled ones do.
qsizetype firstConversion(QStringView text)
{
    const char16_t *const begin = text.utf16();
    const char16_t *const end = begin + text.size();
    const char16_t *p = begin;
#if defined(__SSE2__)
    const __m128i backslash = _mm_set1_epi16('\\');
    const __m128i open = _mm_set1_epi16('{');
    const __m128i close = _mm_set1_epi16('}');
    const __m128i tilde = _mm_set1_epi16('~');
    const __m128i dollar = _mm_set1_epi16('$');
    const __m128i dash = _mm_set1_epi16('-');
    const __m128i backquote = _mm_set1_epi16('`');
    const __m128i quote = _mm_set1_epi16('\'');
    while (end - p >= 9) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 1));
        __m128i hit = _mm_or_si128(_mm_cmpeq_epi16(v, backslash), _mm_cmpeq_epi16(v, open));
        hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi16(v, close), _mm_cmpeq_epi16(v, tilde)));
        hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi16(v, dollar), _mm_cmpeq_epi16(v, backquote)));
        hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi16(v, dash), _mm_cmpeq_epi16(next, dash)));
        hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(next, quote)));
        if (const int mask = _mm_movemask_epi8(hit))
            return p - begin + qCountTrailingZeroBits(uint(mask)) / 2;
        p += 8;
    }
#endif
    for (; (p = nextSpecial(p, end)) < end; ++p) {
        if ((*p != u'-' && *p != u'\'') || (p + 1 < end && p[1] == *p))
            return p - begin;
    }
    return -1;
}

} // namespace

bool needsLatexConversion(QStringView text)
{
    return firstConversion(text) >= 0;
}

QString latexToUnicode(QStringView text)
{
    const qsizetype first = firstConversion(text);
    if (first < 0)
        return text.toString();
    // The text before the first change is copied as it is; "!`" reaches back one character.
    return Decoder(text).run(std::max<qsizetype>(0, first - 1));
}

QString unicodeToLatex(QStringView text, LatexMode mode)
{
    return Encoder(text, mode).run();
}

} // namespace lectern
