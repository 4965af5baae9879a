#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QTextDocument>

class QSyntaxHighlighter;

namespace lectern {

class FallbackHighlighter;

// Colours a QTextDocument holding source text in one of the formats Lectern reads or writes. With KDE Syntax
// Highlighting (LECTERN_HAVE_KSYNTAXHIGHLIGHTING) it uses the library's definition and a theme that follows the
// palette; otherwise, and always for RIS, the built-in FallbackHighlighter.
class SourceHighlighter : public QObject
{
    Q_OBJECT

public:
    explicit SourceHighlighter(QTextDocument *document, QObject *parent = nullptr);
    ~SourceHighlighter() override;

    // "BibTeX", "JSON", "CSV", "Markdown", "RIS", "MEDLINE", "XML", or a parser/exporter id ("bibtex", "biblatex",
    // "ris", "medline", "csljson", "arxiv-jsonl", "arxiv-atom", "csv", "markdown", listing ids → plain); an empty
    // or unknown name colours nothing.
    void setFormat(const QString &formatOrDefinition);
    QString format() const { return m_format; }
    // Re-reads light/dark from the palette (call on QEvent::PaletteChange); the theme is dark when the Base colour
    // is dark.
    void setPalette(const QPalette &palette);
    // True when the KDE library colours the current format (false for the fallback).
    bool usesKSyntaxHighlighting() const { return m_usesKsh; }
    static bool kSyntaxHighlightingAvailable();

    // The definition a format name or id maps to ("BibTeX", "JSON", "CSV", "Markdown", "RIS", "MEDLINE", "XML"),
    // or an empty string for plain text.
    static QString definitionFor(const QString &formatOrDefinition);
    // The definition colouring the document now; empty when nothing colours it.
    QString definitionName() const { return m_highlighter ? m_definition : QString(); }
    bool isDark() const { return m_dark; }
    // The colour of text no rule marks: the KDE theme's normal text, or the palette's Text for the fallback. Views
    // showing the document use it (with backgroundColor()) so that the theme's colours sit on the theme's ground.
    QColor textColor() const;
    QColor backgroundColor() const;

private:
    void apply();

    QPointer<QTextDocument> m_document;
    QString m_format;
    QString m_definition;
    QPalette m_palette;
    bool m_dark = false;
    bool m_usesKsh = false;
    // A KSyntaxHighlighting::SyntaxHighlighter or a FallbackHighlighter; only one is ever attached.
    QSyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace lectern
