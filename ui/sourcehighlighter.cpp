#include "sourcehighlighter.h"

#include "fallbackhighlighter.h"

#include <QGuiApplication>
#include <QHash>

#ifdef LECTERN_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace lectern {

namespace {

#ifdef LECTERN_HAVE_KSYNTAXHIGHLIGHTING
// Loading the definitions takes tens of milliseconds, so the process keeps one repository. It is only used
// through const members: KF6 keeps just the const overloads of defaultTheme().
const KSyntaxHighlighting::Repository &repository()
{
    static const KSyntaxHighlighting::Repository instance;
    return instance;
}

KSyntaxHighlighting::Theme themeFor(bool dark)
{
    return repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
}

// Formats the KDE library has no definition for; the fallback colours them in either build.
bool onlyFallback(const QString &definition)
{
    return definition == QLatin1String("RIS") || definition == QLatin1String("MEDLINE");
}
#endif

bool paletteIsDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

SourceHighlighter::SourceHighlighter(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_palette(QGuiApplication::palette())
    , m_dark(paletteIsDark(m_palette))
{
}

SourceHighlighter::~SourceHighlighter()
{
    // Detach explicitly: the highlighter is our child, and the document may be destroyed after us.
    delete m_highlighter;
}

bool SourceHighlighter::kSyntaxHighlightingAvailable()
{
#ifdef LECTERN_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString SourceHighlighter::definitionFor(const QString &formatOrDefinition)
{
    // Keys in lower case: definition names and parser/exporter ids are matched without regard to case.
    static const QHash<QString, QString> definitions = {
        {QStringLiteral("bibtex"), QStringLiteral("BibTeX")}, {QStringLiteral("biblatex"), QStringLiteral("BibTeX")},
        {QStringLiteral("json"), QStringLiteral("JSON")},     {QStringLiteral("csljson"), QStringLiteral("JSON")},
        {QStringLiteral("csl-json"), QStringLiteral("JSON")}, {QStringLiteral("arxiv-jsonl"), QStringLiteral("JSON")},
        {QStringLiteral("csv"), QStringLiteral("CSV")},       {QStringLiteral("markdown"), QStringLiteral("Markdown")},
        {QStringLiteral("ris"), QStringLiteral("RIS")},       {QStringLiteral("medline"), QStringLiteral("MEDLINE")},
        {QStringLiteral("xml"), QStringLiteral("XML")},       {QStringLiteral("arxiv-atom"), QStringLiteral("XML")},
    };
    return definitions.value(formatOrDefinition.trimmed().toLower());
}

void SourceHighlighter::setFormat(const QString &formatOrDefinition)
{
    m_format = formatOrDefinition;
    apply();
}

void SourceHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    const bool dark = paletteIsDark(palette);
    const bool changed = dark != m_dark;
    m_dark = dark;
#ifdef LECTERN_HAVE_KSYNTAXHIGHLIGHTING
    if (m_usesKsh) {
        if (changed) {
            auto *ksh = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter);
            ksh->setTheme(themeFor(m_dark));
            ksh->rehighlight();
        }
        return;
    }
#else
    Q_UNUSED(changed);
#endif
    if (m_highlighter)
        static_cast<FallbackHighlighter *>(m_highlighter)->setPalette(palette);
}

QColor SourceHighlighter::textColor() const
{
#ifdef LECTERN_HAVE_KSYNTAXHIGHLIGHTING
    if (m_usesKsh)
        return QColor::fromRgb(themeFor(m_dark).textColor(KSyntaxHighlighting::Theme::Normal));
#endif
    return m_palette.color(QPalette::Text);
}

QColor SourceHighlighter::backgroundColor() const
{
#ifdef LECTERN_HAVE_KSYNTAXHIGHLIGHTING
    if (m_usesKsh)
        return QColor::fromRgb(themeFor(m_dark).editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
#endif
    return m_palette.color(QPalette::Base);
}

void SourceHighlighter::apply()
{
    m_definition = definitionFor(m_format);
    // Deleting a highlighter clears the formats it left on the document, so the next one starts clean.
    delete m_highlighter;
    m_highlighter = nullptr;
    m_usesKsh = false;
    if (m_definition.isEmpty() || !m_document)
        return;

#ifdef LECTERN_HAVE_KSYNTAXHIGHLIGHTING
    if (!onlyFallback(m_definition)) {
        const KSyntaxHighlighting::Definition definition = repository().definitionForName(m_definition);
        if (definition.isValid()) {
            auto *ksh = new KSyntaxHighlighting::SyntaxHighlighter(this);
            ksh->setTheme(themeFor(m_dark));
            ksh->setDefinition(definition);
            ksh->setDocument(m_document);
            // setDocument() only schedules the colouring; do it now so the document is coloured when shown.
            ksh->rehighlight();
            m_highlighter = ksh;
            m_usesKsh = true;
            return;
        }
    }
#endif

    auto *fallback = new FallbackHighlighter(this);
    fallback->setPalette(m_palette);
    fallback->setLanguage(FallbackHighlighter::languageForName(m_definition));
    fallback->setDocument(m_document);
    fallback->rehighlight();
    m_highlighter = fallback;
}

} // namespace lectern
