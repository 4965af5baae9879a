#pragma once

#include <QString>
#include <QStringView>

namespace lectern {

// How unicodeToLatex() writes text for a bibliography file.
enum class LatexMode {
    // Classic BibTeX (8-bit): every non-ASCII character with a LaTeX spelling is written as that command
    // (ö → {\"o}, ß → {\ss}, – → --, α → {$\alpha$}); characters without one stay UTF-8.
    Ascii,
    // BibLaTeX with biber (UTF-8 aware): text stays Unicode; only LaTeX's special characters are escaped.
    Unicode,
};

// The text a LaTeX-encoded bibliography field stands for, as plain Unicode:
//  - accents in every spelling ({\"o}, \"{o}, \"o, \'{\i}, \v{c}, \c c, ...) become precomposed characters
//    (a combining mark when there is none, e.g. \"{x} → x + U+0308);
//  - \ss \o \aa \ae \oe \l \i and friends, \LaTeX, \ldots, \textendash, \texteuro, ... become their text;
//  - "--" → en dash, "---" → em dash, ``/'' → “/”, !` → ¡, ?` → ¿;
//  - "~" becomes a no-break space (U+00A0): it is a tie, and keeping it lets "{Fig.~3}" round-trip; the
//    import normalization turns it into a plain space in the fields it tidies;
//  - \& \% \$ \# \_ \{ \} become the character; "\ " a space; \, a thin space (U+2009);
//  - inline math keeps its source without the dollars, except that Greek letters and common symbols
//    ($\alpha$ → α, \times \leq \geq \pm \approx \sim ...) and function names (\log → log) are readable and
//    font commands (\mathbf{x} → x) vanish;
//  - text commands (\emph{x}, \textbf{x}, \url{x}, and any unknown command) keep their argument's text, except
//    \href{url}{text}, which keeps the text;
//  - the braces that only group or protect case are removed.
// Control words that stand for a letter (\ss, \o, \i, ...) swallow the spaces after them as TeX does
// ("Stra\ss e" → "Straße"); word-like ones (\LaTeX, \ldots, \alpha) keep them, which is what authors meant.
// Text without a backslash, brace, dollar, tilde, backquote, "--" or "''" is returned unchanged after one scan.
QString latexToUnicode(QStringView text);

// Whether latexToUnicode() would change `text` (one scan; for callers that want to skip the copy).
bool needsLatexConversion(QStringView text);

// `text` written as LaTeX for a .bib field. The result always has balanced braces: braces of the text are
// escaped as \{ \} where they pair up and as \textbraceleft{} / \textbraceright{} where they do not, since
// BibTeX counts escaped braces too. Sequences that LaTeX would join into a ligature ("--", "``", "''", "!`")
// are split with "{}" so latexToUnicode() gives back exactly `text`.
QString unicodeToLatex(QStringView text, LatexMode mode);

} // namespace lectern
