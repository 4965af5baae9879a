#include "abstractviewer.h"

#include "domain/metricformat.h"
#include "domain/textspan.h"
#include "extract/taxonomy.h"
#include "import/formatregistry.h"
#include "sourcehighlighter.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace lectern {

namespace {

QColor techniqueColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(120, 95, 20) : QColor(255, 236, 153);
}

QColor metricColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(30, 80, 120) : QColor(190, 226, 255);
}

void insertLink(QTextCursor &cursor, const QString &text, const QString &url, const QTextCharFormat &base)
{
    QTextCharFormat link = base;
    link.setAnchor(true);
    link.setAnchorHref(url);
    link.setForeground(QPalette().color(QPalette::Link));
    link.setFontUnderline(true);
    cursor.insertText(text, link);
    cursor.insertText(QStringLiteral("  "), base);
}

// Chips of tags without a colour of their own: a quiet ground that reads in light and dark palettes.
QColor plainChipColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(70, 74, 80) : QColor(226, 229, 234);
}

QColor starColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(250, 200, 60) : QColor(196, 132, 0);
}

// A Markdown image would make the browser load a file or a resource; the note shows where it points instead.
void replaceImages(QTextDocument &document)
{
    QList<std::pair<int, QString>> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                images.append({fragment.position(), fragment.charFormat().toImageFormat().name()});
        }
    }
    // Back to front: replacing one image does not move the ones before it.
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        QTextCursor cursor(&document);
        cursor.setPosition(it->first);
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        QTextCharFormat plain;
        plain.setFontItalic(true);
        cursor.insertText(AbstractViewer::tr("[image: %1]").arg(it->second), plain);
    }
}

QString formatName(const QString &id)
{
    const FormatParser *parser = FormatRegistry::instance().byId(id);
    return parser ? parser->displayName() : id;
}

} // namespace

AbstractViewer::AbstractViewer(const Taxonomy &taxonomy, QWidget *parent)
    : QTabWidget(parent)
    , m_taxonomy(taxonomy)
    , m_browser(new QTextBrowser(this))
    , m_sourcePage(new QWidget(this))
    , m_sourceSelector(new QComboBox(m_sourcePage))
    , m_sourceCaption(new QLabel(m_sourcePage))
    , m_source(new QPlainTextEdit(m_sourcePage))
    , m_highlighter(new SourceHighlighter(m_source->document(), this))
{
    setObjectName(QStringLiteral("abstractViewer"));
    setDocumentMode(true);
    m_browser->setObjectName(QStringLiteral("abstractBrowser"));
    // Links open outside, and only web and mail ones: a note's relative or file link must not replace the page.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http") || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
    m_browser->document()->setDocumentMargin(12);

    m_sourcePage->setObjectName(QStringLiteral("sourcePage"));
    m_sourceSelector->setObjectName(QStringLiteral("sourceSelector"));
    m_sourceSelector->setToolTip(tr("This paper was imported from several records; pick the one to show."));
    m_sourceSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceSelector->setMinimumContentsLength(20);
    m_sourceCaption->setObjectName(QStringLiteral("sourceCaption"));
    m_sourceCaption->setForegroundRole(QPalette::PlaceholderText);
    m_sourceCaption->setTextFormat(Qt::PlainText); // file names are never markup
    m_sourceCaption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_sourceCaption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_sourceCaption->setFont(small);
    m_source->setObjectName(QStringLiteral("sourceView"));
    m_source->setReadOnly(true);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_source->setFrameShape(QFrame::NoFrame);
    // Exporters (Zotero's BibTeX) indent with tabs; the default stop of 80 pixels pushes fields far right.
    m_source->setTabStopDistance(QFontMetricsF(m_source->font()).horizontalAdvance(QLatin1Char(' ')) * 4);
    m_source->document()->setDocumentMargin(6);
    auto *layout = new QVBoxLayout(m_sourcePage);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_sourceSelector);
    layout->addWidget(m_sourceCaption);
    layout->addWidget(m_source, 1);
    connect(m_sourceSelector, &QComboBox::activated, this, &AbstractViewer::showSource);

    m_highlighter->setPalette(palette());
    addTab(m_browser, tr("Abstract"));
    addTab(m_sourcePage, tr("Source"));
    clear();
}

QString AbstractViewer::plainText() const
{
    return m_browser->toPlainText();
}

void AbstractViewer::clear()
{
    m_paperId = 0;
    m_noteStart = -1;
    m_browser->clear();
    QTextCursor cursor(m_browser->document());
    QTextCharFormat hint;
    hint.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.insertText(tr("Select a paper to read its abstract."), hint);
    showSources({}, {}, false);
    m_source->setPlaceholderText(tr("Select a paper to see the records it was imported from."));
}

void AbstractViewer::showPaper(const PaperDetails &details)
{
    const Paper &paper = details.paper;
    const bool samePaper = paper.id == m_paperId && paper.id != 0;
    m_paperId = paper.id;
    m_browser->clear();
    QTextDocument *doc = m_browser->document();
    QTextCursor cursor(doc);
    const QPalette pal = palette();

    QTextCharFormat body;
    QTextCharFormat muted;
    muted.setForeground(pal.color(QPalette::PlaceholderText));
    QTextBlockFormat spaced;
    spaced.setBottomMargin(6);

    // Title
    QTextCharFormat titleFormat;
    titleFormat.setFontPointSize(font().pointSizeF() * 1.35);
    titleFormat.setFontWeight(QFont::DemiBold);
    if (paper.titleIsProvisional)
        titleFormat.setFontItalic(true);
    cursor.setBlockFormat(spaced);
    cursor.insertText(paper.title, titleFormat);
    if (paper.titleIsProvisional) {
        cursor.insertBlock(spaced);
        cursor.insertText(tr("No title in the source; this provisional title is the abstract's first sentence."),
                          muted);
    }

    // Authors
    cursor.insertBlock(spaced);
    if (!paper.authors.isEmpty())
        cursor.insertText(paper.authors.join(QStringLiteral(", ")), body);
    else if (paper.authorCount)
        cursor.insertText(tr("%n author(s), names not given in the source", nullptr, *paper.authorCount), muted);
    else
        cursor.insertText(tr("Authors not given in the source"), muted);

    // Date, venue, votes
    QStringList meta;
    if (!paper.date.isEmpty())
        meta.append(paper.date);
    else if (paper.year)
        meta.append(QString::number(*paper.year));
    if (!paper.venue.isEmpty())
        meta.append(paper.venue);
    if (paper.upvotes)
        meta.append(tr("%n upvote(s)", nullptr, *paper.upvotes));
    if (!meta.isEmpty()) {
        cursor.insertBlock(spaced);
        cursor.insertText(meta.join(QStringLiteral("  ·  ")), muted);
    }
    insertCuration(cursor, details);

    // Identifiers as links
    if (!paper.arxivId.isEmpty() || !paper.doi.isEmpty() || !paper.url.isEmpty()) {
        cursor.insertBlock(spaced);
        if (!paper.arxivId.isEmpty())
            insertLink(cursor, QStringLiteral("arXiv:") + paper.arxivId,
                       QStringLiteral("https://arxiv.org/abs/") + paper.arxivId, body);
        if (!paper.doi.isEmpty())
            insertLink(cursor, QStringLiteral("doi:") + paper.doi, QStringLiteral("https://doi.org/") + paper.doi,
                       body);
        // A URL from the file becomes a link only when it is a web address, and not the arXiv page again.
        const QUrl url(paper.url, QUrl::StrictMode);
        const bool web =
            url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
        const bool arxivPage = !paper.arxivId.isEmpty() && paper.url.contains(paper.arxivId);
        if (web && !arxivPage)
            insertLink(cursor, paper.url, paper.url, body);
    }
    if (!paper.comment.isEmpty()) {
        cursor.insertBlock(spaced);
        cursor.insertText(tr("Comment: %1").arg(paper.comment), muted);
    }

    // Techniques and headline numbers
    QTextCharFormat techniqueFormat;
    techniqueFormat.setBackground(techniqueColor(pal));
    QTextCharFormat metricFormat;
    metricFormat.setBackground(metricColor(pal));
    metricFormat.setFontWeight(QFont::DemiBold);
    if (!paper.techniques.isEmpty()) {
        cursor.insertBlock(spaced);
        cursor.insertText(tr("Techniques: "), muted);
        for (int i = 0; i < paper.techniques.size(); ++i) {
            if (i)
                cursor.insertText(QStringLiteral(" "), body);
            cursor.insertText(QStringLiteral(" %1 ").arg(m_taxonomy.label(paper.techniques[i].id)), techniqueFormat);
        }
    }
    if (!paper.metrics.isEmpty()) {
        cursor.insertBlock(spaced);
        cursor.insertText(tr("Reported: "), muted);
        for (int i = 0; i < paper.metrics.size(); ++i) {
            if (i)
                cursor.insertText(QStringLiteral(" "), body);
            cursor.insertText(QStringLiteral(" %1 ").arg(formatMetric(paper.metrics[i])), metricFormat);
        }
    }

    // The abstract, as plain text, with spans highlighted.
    QTextBlockFormat abstractBlock;
    abstractBlock.setTopMargin(10);
    abstractBlock.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    cursor.insertBlock(abstractBlock);
    const int abstractStart = cursor.position();
    m_abstract = paper.abstract;
    m_abstractStart = abstractStart;
    m_focused.clear();
    m_browser->setExtraSelections({});
    if (paper.abstract.isEmpty())
        cursor.insertText(tr("No abstract in the source."), muted);
    else
        cursor.insertText(paper.abstract, body);

    auto highlight = [&](qsizetype start, qsizetype end, const QTextCharFormat &format, const QString &tip) {
        if (start < 0 || end <= start)
            return;
        const qsizetype from = utf16Offset(paper.abstract, start);
        const qsizetype to = utf16Offset(paper.abstract, end);
        QTextCursor span(doc);
        span.setPosition(abstractStart + int(from));
        span.setPosition(abstractStart + int(to), QTextCursor::KeepAnchor);
        QTextCharFormat f = format;
        f.setToolTip(tip);
        span.mergeCharFormat(f);
    };
    for (const TechniqueFact &t : paper.techniques)
        highlight(t.start, t.end, techniqueFormat, m_taxonomy.label(t.id));
    for (const MetricFact &m : paper.metrics)
        highlight(m.start, m.end, metricFormat, formatMetric(m));

    cursor.movePosition(QTextCursor::End);
    insertNote(cursor, paper.note);

    m_browser->moveCursor(QTextCursor::Start);

    showSources(details.sources, details.rawRecords, samePaper);
}

void AbstractViewer::insertCuration(QTextCursor &cursor, const PaperDetails &details)
{
    const Paper &paper = details.paper;
    const QPalette pal = palette();
    QTextCharFormat body;
    QTextCharFormat muted;
    muted.setForeground(pal.color(QPalette::PlaceholderText));
    QTextBlockFormat spaced;
    spaced.setBottomMargin(6);
    const QString separator = QStringLiteral("  ·  ");

    cursor.insertBlock(spaced);
    QString status;
    switch (paper.status) {
    case ReadingStatus::Unread:
        status = tr("Unread");
        break;
    case ReadingStatus::Reading:
        status = tr("Reading");
        break;
    case ReadingStatus::Read:
        status = tr("Read");
        break;
    }
    QTextCharFormat statusFormat = body;
    statusFormat.setFontWeight(QFont::DemiBold);
    cursor.insertText(status, statusFormat);
    cursor.insertText(separator, muted);
    const int rating = std::clamp(paper.rating, 0, kMaxRating);
    if (rating == 0) {
        cursor.insertText(tr("Not rated"), muted);
    } else {
        QTextCharFormat stars = body;
        stars.setForeground(starColor(pal));
        stars.setToolTip(tr("Rated %1 of %2").arg(rating).arg(kMaxRating));
        cursor.insertText(QString(rating, QChar(0x2605)), stars);
        stars.setForeground(pal.color(QPalette::PlaceholderText));
        cursor.insertText(QString(kMaxRating - rating, QChar(0x2606)), stars);
    }
    cursor.insertText(separator, muted);
    switch (paper.priority) {
    case Priority::High: {
        QTextCharFormat high = body;
        high.setFontWeight(QFont::DemiBold);
        cursor.insertText(tr("High priority"), high);
        break;
    }
    case Priority::Normal:
        cursor.insertText(tr("Normal priority"), muted);
        break;
    case Priority::Low:
        cursor.insertText(tr("Low priority"), muted);
        break;
    }

    if (details.tags.isEmpty())
        return;
    cursor.insertBlock(spaced);
    cursor.insertText(tr("Tags: "), muted);
    for (qsizetype i = 0; i < details.tags.size(); ++i) {
        const QString &tag = details.tags[i];
        if (i)
            cursor.insertText(QStringLiteral(" "), body);
        QColor ground(details.tagColors.value(tag));
        if (!ground.isValid())
            ground = plainChipColor(pal);
        QTextCharFormat chip;
        chip.setBackground(ground);
        chip.setForeground(ground.lightness() < 140 ? QColor(Qt::white) : QColor(Qt::black));
        chip.setToolTip(tag);
        // A non-breaking space pads the chip without letting a line break inside it.
        cursor.insertText(QChar(0x00a0) + tag + QChar(0x00a0), chip);
    }
}

void AbstractViewer::insertNote(QTextCursor &cursor, const QString &markdown)
{
    m_noteStart = -1;
    if (markdown.trimmed().isEmpty())
        return;
    QTextBlockFormat headingBlock;
    headingBlock.setTopMargin(16);
    headingBlock.setBottomMargin(4);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::DemiBold);
    heading.setFontPointSize(font().pointSizeF() * 1.15);
    cursor.insertBlock(headingBlock, heading);
    cursor.insertText(tr("Note"), heading);

    // The note is the reader's Markdown; HTML in it is text, never markup (MarkdownNoHTML).
    QTextDocument note;
    note.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                               | QTextDocument::MarkdownNoHTML));
    replaceImages(note);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    m_noteStart = cursor.position();
    cursor.insertFragment(QTextDocumentFragment(&note));
}

QString AbstractViewer::noteText() const
{
    if (m_noteStart < 0)
        return QString();
    QTextCursor cursor(m_browser->document());
    cursor.setPosition(m_noteStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    return cursor.selection().toPlainText();
}

void AbstractViewer::showSources(const QList<SourceRef> &sources, const QStringList &rawRecords, bool samePaper)
{
    // A refresh of the same paper keeps the record the reader picked.
    const int keep = samePaper && sources.size() == m_sources.size() ? m_currentSource : 0;
    m_sources = sources;
    m_rawRecords = rawRecords;
    m_sourceSelector->clear();
    for (const SourceRef &source : sources) {
        // One arg() call: a "%1" in a file name stays literal.
        m_sourceSelector->addItem(
            tr("%1 — line %2 — %3")
                .arg(QFileInfo(source.file).fileName(), QString::number(source.line), formatName(source.format)));
        m_sourceSelector->setItemData(
            m_sourceSelector->count() - 1,
            tr("%1, record %2").arg(QDir::toNativeSeparators(source.file), QString::number(source.position + 1)),
            Qt::ToolTipRole);
    }
    m_sourceSelector->setVisible(sources.size() > 1);
    m_source->setPlaceholderText(tr("No import record is stored for this paper."));
    m_currentSource = -1;
    showSource(sources.isEmpty() ? -1 : keep);
}

void AbstractViewer::showSource(int index)
{
    if (index < 0 || index >= m_sources.size()) {
        m_currentSource = -1;
        m_sourceCaption->clear();
        m_sourceCaption->setToolTip(QString());
        m_sourceCaption->hide();
        m_highlighter->setFormat(QString());
        m_source->clear();
        applySourceColors();
        return;
    }
    const SourceRef &source = m_sources[index];
    m_currentSource = index;
    m_sourceSelector->setCurrentIndex(index);
    m_sourceCaption->setText(m_sourceSelector->itemText(index));
    m_sourceCaption->setToolTip(m_sourceSelector->itemData(index, Qt::ToolTipRole).toString());
    // With several records the selector already shows the caption.
    m_sourceCaption->setVisible(m_sources.size() == 1);
    // Colour first: the highlighter then colours the text once, as it goes in.
    m_highlighter->setFormat(source.format);
    m_source->setPlainText(m_rawRecords.value(index));
    applySourceColors();
}

QString AbstractViewer::sourceCaption() const
{
    return m_currentSource >= 0 ? m_sourceSelector->itemText(m_currentSource) : QString();
}

void AbstractViewer::applySourceColors()
{
    // The KDE theme's colours are chosen for its own background; the fallback's for the palette's Base.
    QPalette colors;
    if (m_highlighter->usesKSyntaxHighlighting()) {
        colors = palette();
        colors.setColor(QPalette::Base, m_highlighter->backgroundColor());
        colors.setColor(QPalette::Text, m_highlighter->textColor());
    }
    m_source->setPalette(colors);
}

void AbstractViewer::changeEvent(QEvent *event)
{
    QTabWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        applySourceColors();
    }
}

void AbstractViewer::focusSpan(qsizetype start, qsizetype end)
{
    if (start < 0 || end <= start || end > m_abstract.size() * 2)
        return;
    const qsizetype from = utf16Offset(m_abstract, start);
    const qsizetype to = utf16Offset(m_abstract, end);
    if (to > m_abstract.size())
        return;
    QTextCursor span(m_browser->document());
    span.setPosition(m_abstractStart + int(from));
    span.setPosition(m_abstractStart + int(to), QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection mark;
    mark.cursor = span;
    mark.format.setBackground(QColor(255, 196, 0));
    mark.format.setForeground(QColor(20, 20, 20));
    mark.format.setFontUnderline(true);
    m_browser->setExtraSelections({mark});
    m_focused = m_abstract.mid(from, to - from);
    setCurrentWidget(m_browser);
    QTextCursor visible(m_browser->document());
    visible.setPosition(m_abstractStart + int(from));
    m_browser->setTextCursor(visible);
    m_browser->ensureCursorVisible();
}

} // namespace lectern
