#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace lectern {

// Colours the formats Lectern reads and writes when KDE Syntax Highlighting is not available, and always RIS and
// MEDLINE (the KDE library has no definition for them). The rules are deliberately small: they mark the parts
// a reader scans for (entry types, keys, field names, tags, values), not every corner of each grammar. Every
// rule consumes at least one character, so no input can stall it.
class FallbackHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Language { None, BibTeX, Json, Csv, Markdown, Ris, Medline, Xml };
    Q_ENUM(Language)

    // What each colour marks; public so that tests can check the colours against the palette.
    enum class Role {
        Type,        // BibTeX entry type, RIS/MEDLINE record boundaries, Markdown headings, CSV header (bold)
        Keyword,     // JSON literals, XML tag names, RIS/MEDLINE tags, BibTeX macros, Markdown list markers
        Key,         // BibTeX citation key, JSON object keys, Markdown code
        Field,       // BibTeX field names, XML attribute names, CSV odd columns
        String,      // values
        Number,      // numbers, XML entities
        Comment,     // % comments, @comment, XML comments, Markdown quotes
        Punctuation, // braces, delimiters, separators
        Link,        // Markdown link text
        Emphasis,    // Markdown *emphasis*
        Strong,      // Markdown **strong**
    };
    static constexpr int kRoleCount = int(Role::Strong) + 1;

    explicit FallbackHighlighter(QObject *parent = nullptr);
    // Attached to the document and owned by it.
    explicit FallbackHighlighter(QTextDocument *document);

    // "BibTeX", "JSON", "CSV", "Markdown", "RIS", "MEDLINE", "XML" (as SourceHighlighter names them); None for
    // anything else.
    static Language languageForName(const QString &definitionName);

    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Derives the colours from the palette: a light or a dark set by the Base colour, each then adjusted until
    // it reaches a contrast of 4.5:1 (WCAG AA for body text) against Base. Rehighlights.
    void setPalette(const QPalette &palette);
    QTextCharFormat roleFormat(Role role) const { return m_formats[size_t(role)]; }
    QColor textColor() const { return m_text; }
    QColor baseColor() const { return m_base; }

    // WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
    static double contrast(const QColor &a, const QColor &b);

protected:
    void highlightBlock(const QString &text) override;

private:
    void apply(int start, int length, Role role);
    void highlightBibtex(const QString &text);
    void highlightJson(const QString &text);
    void highlightCsv(const QString &text);
    void highlightMarkdown(const QString &text);
    void highlightTagged(const QString &text);
    void highlightXml(const QString &text);

    Language m_language = Language::None;
    std::array<QTextCharFormat, kRoleCount> m_formats;
    QColor m_text;
    QColor m_base;
};

} // namespace lectern
