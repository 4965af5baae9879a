#include "import/markdownlistparser.h"

#include "domain/personname.h"
#include "import/listinglines.h"
#include "import/normalize.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <optional>
#include <vector>

// Why line scanning and not a Markdown library: the blocks that matter here (headings, list items, GFM tables,
// fences) are line-shaped and easy to recognise, while everything that makes an awesome list readable as a paper
// list is heuristic work on the inline content (which link is the paper, which text is the title, the venue, the
// authors) that no Markdown parser does for us. md4c (libmd4c-dev in Debian 12) would give the inline structure,
// but only through callbacks on UTF-8 text without line numbers or offsets for list items, so we would convert
// the text, map offsets back for RawRecord, and still write the same heuristics on top. A small inline scanner
// over one list item at a time is less code, keeps offsets exact and stays linear on hostile input.

namespace lectern {

namespace {

// A list item or table row longer than this is prose or garbage, never one paper; it is skipped unread, which
// also bounds the work spent on one item.
constexpr qsizetype kMaxItemLength = 16 * 1024;
// A "/" inside one heading is not a level of the tag hierarchy: it becomes U+2215 DIVISION SLASH, which reads
// the same ("Pruning ∕ Sparsity") and keeps the heading one level.
constexpr char16_t kHeadingSlash = 0x2215;
// The start of the HTML comment MarkdownExporter writes under its heading. The rest of the comment explains it
// to readers and may change.
constexpr char kLecternListMarker[] = "<!-- Lectern reading list";

QString foldedText(QStringView s)
{
    QString folded;
    folded.reserve(s.size());
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            folded += c.toLower();
    }
    return folded;
}

// A set of words written as one space-separated literal: long word lists stay readable.
QSet<QString> wordSet(const char *words)
{
    QSet<QString> set;
    for (const QString &word : QString::fromUtf8(words).split(u' ', Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

int wordCount(QStringView s)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : s) {
        if (c.isSpace()) {
            inWord = false;
        } else if (!inWord) {
            inWord = true;
            ++words;
        }
    }
    return words;
}

int letterCount(QStringView s)
{
    int letters = 0;
    for (QChar c : s) {
        if (c.isLetter())
            ++letters;
    }
    return letters;
}

// ---------------------------------------------------------------------------------------------------------------
// Links

struct UrlParts {
    QString host; // lower case, without "www."
    QString path; // lower case, without query and fragment
};

UrlParts urlParts(QStringView url)
{
    UrlParts parts;
    qsizetype start = url.indexOf(QLatin1String("://"));
    if (start < 0)
        return parts;
    start += 3;
    qsizetype hostEnd = start;
    while (hostEnd < url.size() && url[hostEnd] != u'/' && url[hostEnd] != u'?' && url[hostEnd] != u'#')
        ++hostEnd;
    parts.host = url.sliced(start, hostEnd - start).toString().toLower();
    if (const qsizetype colon = parts.host.indexOf(u':'); colon >= 0)
        parts.host.truncate(colon);
    if (parts.host.startsWith(QLatin1String("www.")))
        parts.host.remove(0, 4);
    qsizetype pathEnd = hostEnd;
    while (pathEnd < url.size() && url[pathEnd] != u'?' && url[pathEnd] != u'#')
        ++pathEnd;
    parts.path = url.sliced(hostEnd, pathEnd - hostEnd).toString().toLower();
    return parts;
}

QString unwrappedUrl(const QString &url);

QString arxivIdOfUrl(const QString &link)
{
    const QString url = unwrappedUrl(link);
    const UrlParts parts = urlParts(url);
    if (parts.host != QLatin1String("arxiv.org") && !parts.host.endsWith(QLatin1String(".arxiv.org")))
        return {};
    for (QLatin1String prefix :
         {QLatin1String("/abs/"), QLatin1String("/pdf/"), QLatin1String("/html/"), QLatin1String("/format/")}) {
        if (parts.path.startsWith(prefix)) {
            // The path is lower-cased; old-style ids ("hep-th/9901001") are lower case anyway.
            return canonicalArxivId(QStringView(parts.path).sliced(prefix.size()));
        }
    }
    return {};
}

QString doiOfUrl(const QString &link)
{
    const QString url = unwrappedUrl(link);
    const UrlParts parts = urlParts(url);
    const bool resolver = parts.host == QLatin1String("doi.org") || parts.host == QLatin1String("dx.doi.org");
    const bool publisher = parts.host == QLatin1String("dl.acm.org") || parts.host == QLatin1String("link.springer.com")
                           || parts.host == QLatin1String("onlinelibrary.wiley.com")
                           || parts.host == QLatin1String("tandfonline.com")
                           || parts.host == QLatin1String("science.org") || parts.host == QLatin1String("pubs.acs.org");
    if (!resolver && !publisher)
        return {};
    const qsizetype start = url.indexOf(QLatin1String("10."), url.indexOf(QLatin1String("://")) + 3);
    if (start < 0)
        return {};
    qsizetype end = start;
    while (end < url.size() && url[end] != u'?' && url[end] != u'#')
        ++end;
    return canonicalDoi(QUrl::fromPercentEncoding(url.sliced(start, end - start).toUtf8()));
}

// The address a redirect or archive link leads to: web.archive.org/web/…/https://…, google.com/url?url=….
QString unwrappedUrl(const QString &url)
{
    const UrlParts p = urlParts(url);
    if (p.host == QLatin1String("web.archive.org")) {
        const qsizetype inner = url.indexOf(QLatin1String("/http"), url.indexOf(QLatin1String("/web/")));
        if (inner > 0)
            return url.mid(inner + 1);
    }
    if (p.host == QLatin1String("google.com") && p.path == QLatin1String("/url")) {
        static const QRegularExpression target(QStringLiteral(R"([?&](?:url|q)=(https?[^&#]+))"));
        if (const auto m = target.match(url); m.hasMatch())
            return QUrl::fromPercentEncoding(m.captured(1).toUtf8());
    }
    return url;
}

// A link to a paper (its abstract page, a proceedings page or a PDF), as opposed to code, a project page or
// another list.
bool isPaperUrl(const QString &link)
{
    const QString url = unwrappedUrl(link);
    const UrlParts p = urlParts(url);
    if (p.host.isEmpty())
        return false;
    const QString &path = p.path;
    // The host or one of its subdomains ("dev.neurips.cc").
    const auto host = [&p](const char *name) {
        const QLatin1String domain(name);
        return p.host == domain
               || (p.host.endsWith(domain) && p.host.size() > domain.size()
                   && p.host[p.host.size() - domain.size() - 1] == u'.');
    };
    const auto pathHas = [&path](const char *part) { return path.contains(QLatin1String(part)); };
    if (host("arxiv.org"))
        return !arxivIdOfUrl(url).isEmpty();
    const bool byHost =
        ((host("doi.org") || host("dl.acm.org") || host("link.springer.com") || host("onlinelibrary.wiley.com"))
         && !doiOfUrl(url).isEmpty())
        || (host("openreview.net")
            && (path.startsWith(QLatin1String("/forum")) || path.startsWith(QLatin1String("/pdf"))))
        || ((host("aclanthology.org") || host("aclweb.org") || host("openaccess.thecvf.com")) && path.size() > 1)
        || (p.host.startsWith(QLatin1String("proceedings.")) && path.size() > 1)
        || ((host("nips.cc") || host("neurips.cc") || host("icml.cc") || host("iclr.cc") || host("mlsys.org"))
            && (pathHas("/paper") || pathHas("/virtual/") || url.contains(QLatin1String("showEvent="))))
        || (host("ieeexplore.ieee.org") && (pathHas("/document/") || pathHas("/stamp/")))
        || (host("ecva.net") && pathHas("/papers/")) || (host("sciencedirect.com") && pathHas("/science/article/"))
        || (host("aaai.org") && (pathHas("/article/") || pathHas("/paper") || pathHas("/ojs/")))
        || (host("ijcai.org") && pathHas("/proceedings/")) || (host("jmlr.org") && pathHas("/papers/"))
        || ((host("semanticscholar.org") || host("paperswithcode.com")) && pathHas("/paper/"))
        || (host("huggingface.co") && path.startsWith(QLatin1String("/papers/")))
        || (host("usenix.org") && (pathHas("/presentation/") || pathHas("/system/files/")))
        || (host("nature.com") && pathHas("/articles/")) || (host("mdpi.com") && path.count(u'/') >= 4)
        || ((host("biorxiv.org") || host("medrxiv.org")) && pathHas("/content/"))
        || (host("researchgate.net") && pathHas("/publication/"));
    return byHost || path.endsWith(QLatin1String(".pdf"));
}

bool isCodeHostUrl(const QString &url)
{
    const UrlParts p = urlParts(url);
    static const QSet<QString> hosts = {QStringLiteral("github.com"), QStringLiteral("gitlab.com"),
                                        QStringLiteral("bitbucket.org"), QStringLiteral("codeberg.org"),
                                        QStringLiteral("gitee.com")};
    if (!hosts.contains(p.host))
        return false;
    // "github.com/owner/repo": an owner alone is a person or an organisation, not code.
    return p.path.count(u'/') >= 2 && p.path.size() > 3;
}

// ---------------------------------------------------------------------------------------------------------------
// Venues

struct KnownVenue {
    const char *folded;
    const char *name;
};

// Venues as awesome lists write them, folded (lower case, letters and digits only), with the spelling we store.
constexpr KnownVenue kKnownVenues[] = {
    {"neurips", "NeurIPS"},
    {"nips", "NeurIPS"},
    {"icml", "ICML"},
    {"iclr", "ICLR"},
    {"cvpr", "CVPR"},
    {"iccv", "ICCV"},
    {"eccv", "ECCV"},
    {"wacv", "WACV"},
    {"bmvc", "BMVC"},
    {"aaai", "AAAI"},
    {"ijcai", "IJCAI"},
    {"acl", "ACL"},
    {"emnlp", "EMNLP"},
    {"naacl", "NAACL"},
    {"eacl", "EACL"},
    {"coling", "COLING"},
    {"colm", "COLM"},
    {"tacl", "TACL"},
    {"mlsys", "MLSys"},
    {"sysml", "SysML"},
    {"kdd", "KDD"},
    {"sigir", "SIGIR"},
    {"wsdm", "WSDM"},
    {"cikm", "CIKM"},
    {"icde", "ICDE"},
    {"vldb", "VLDB"},
    {"sigmod", "SIGMOD"},
    {"isca", "ISCA"},
    {"micro", "MICRO"},
    {"hpca", "HPCA"},
    {"asplos", "ASPLOS"},
    {"osdi", "OSDI"},
    {"sosp", "SOSP"},
    {"nsdi", "NSDI"},
    {"eurosys", "EuroSys"},
    {"ppopp", "PPoPP"},
    {"dac", "DAC"},
    {"iccad", "ICCAD"},
    {"fpga", "FPGA"},
    {"fccm", "FCCM"},
    {"tpami", "TPAMI"},
    {"ijcv", "IJCV"},
    {"jmlr", "JMLR"},
    {"tmlr", "TMLR"},
    {"tnnls", "TNNLS"},
    {"tip", "TIP"},
    {"tcsvt", "TCSVT"},
    {"acmmm", "ACM MM"},
    {"interspeech", "Interspeech"},
    {"icassp", "ICASSP"},
    {"aistats", "AISTATS"},
    {"uai", "UAI"},
    {"colt", "COLT"},
    {"corl", "CoRL"},
    {"icra", "ICRA"},
    {"iros", "IROS"},
    {"mobisys", "MobiSys"},
    {"mobicom", "MobiCom"},
    {"sensys", "SenSys"},
    {"socc", "SoCC"},
    {"arxiv", "arXiv"},
    {"icpr", "ICPR"},
    {"icip", "ICIP"},
    {"lrec", "LREC"},
    {"www", "WWW"},
    {"atc", "USENIX ATC"},
    {"usenixatc", "USENIX ATC"},
    {"sc", "SC"},
    {"date", "DATE"},
    {"nature", "Nature"},
    {"science", "Science"},
    {"pr", "Pattern Recognition"},
    {"patternrecognition", "Pattern Recognition"},
};

std::optional<QString> knownVenue(QStringView text)
{
    const QString folded = foldedText(text);
    if (folded.isEmpty())
        return std::nullopt;
    for (const KnownVenue &v : kKnownVenues) {
        if (folded == QLatin1String(v.folded))
            return QString::fromLatin1(v.name);
    }
    // "ACL Findings", "ICML Workshop", "EMNLP (Findings)": the known venue with a qualifier.
    for (QLatin1String qualifier : {QLatin1String("findings"), QLatin1String("workshop"), QLatin1String("workshops")}) {
        if (folded.endsWith(qualifier) && folded.size() > qualifier.size()) {
            const QString base = folded.chopped(qualifier.size());
            for (const KnownVenue &v : kKnownVenues) {
                if (base == QLatin1String(v.folded))
                    return text.trimmed().toString();
            }
        }
    }
    return std::nullopt;
}

// "NeurIPS", "MLSys", "EuroSys", "TinyML": two capitals or more, starting with one.
bool isAcronymLike(QStringView word)
{
    if (word.size() < 2 || word.size() > 14 || !word.front().isUpper())
        return false;
    int upper = 0;
    for (QChar c : word) {
        if (c.isUpper())
            ++upper;
        else if (!c.isLetter() && c != u'-' && c != u'&')
            return false;
    }
    return upper >= 2;
}

int yearFromDigits(QStringView digits)
{
    const int value = digits.toInt();
    if (digits.size() == 2)
        return value >= 50 ? 1900 + value : 2000 + value;
    return value;
}

struct VenueYear {
    QString venue;
    std::optional<int> year;
};

// A whole text that names a venue, with or without a year: "MLSys 2024", "ICLR'24", "NeurIPS", "(CVPR 2022)",
// "ICML 2023 (Oral)". Unknown names count only as acronyms with a year ("TinyML 2023").
std::optional<VenueYear> parseVenue(QStringView text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^[\s\[\(]*(.*?)[\s,]*(?:['’‘]\s*(\d{2})|[\s-]*((?:19|20)\d{2}))?)"
                       R"((?:\s*\((?:oral|spotlight|poster|highlight|best paper)[^)]*\))?[\s\]\).,;:]*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.size() > 120)
        return std::nullopt;
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    VenueYear result;
    const QString name = m.captured(1).trimmed();
    if (m.hasCaptured(2))
        result.year = yearFromDigits(m.capturedView(2));
    else if (m.hasCaptured(3))
        result.year = yearFromDigits(m.capturedView(3));
    if (name.isEmpty())
        return std::nullopt;
    if (const auto known = knownVenue(name)) {
        result.venue = *known;
        return result;
    }
    const QStringView firstWord = QStringView(name).split(u' ').front();
    if (result.year && isAcronymLike(firstWord) && wordCount(name) <= 4) {
        result.venue = name;
        return result;
    }
    return std::nullopt;
}

// The first "VENUE YEAR" or "VENUE'YY" in running text ("… ICLR 2016.", "[NeurIPS'23]"), or a known venue in
// brackets without a year ("[ICLR]").
std::optional<VenueYear> findVenue(QStringView text)
{
    static const QRegularExpression withYear(
        QStringLiteral(R"((?<![\w'])([A-Za-z][A-Za-z&-]*(?: (?:MM|Findings|Workshops?))?)\s*)"
                       R"((?:['’‘]\s*(\d{2})|[ -]?((?:19|20)\d{2}))(?![\d\w]))"));
    static const QRegularExpression bracketed(QStringLiteral(R"([\[(]\s*([A-Za-z][A-Za-z &-]{1,30}?)\s*[\])])"));
    auto it = withYear.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        std::optional<QString> venue = knownVenue(name);
        if (!venue && isAcronymLike(QStringView(name).split(u' ').front()))
            venue = name;
        if (!venue)
            continue;
        VenueYear result;
        result.venue = *venue;
        result.year = yearFromDigits(m.hasCaptured(2) ? m.capturedView(2) : m.capturedView(3));
        return result;
    }
    auto bit = bracketed.globalMatch(text);
    while (bit.hasNext()) {
        const auto m = bit.next();
        if (const auto known = knownVenue(m.capturedView(1)))
            return VenueYear{*known, std::nullopt};
    }
    return std::nullopt;
}

// A year standing alone: "2023", "(2023)", ", 2023." but not "2048 tokens" or "2000 ms".
std::optional<int> findStandaloneYear(QStringView text)
{
    static const QRegularExpression year(
        QStringLiteral(R"((?<![\w.,])((?:19|20)\d{2})(?=\s*(?:$|[.,;:)\]]|[-–—]\s)))"));
    const auto m = year.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.capturedView(1).toInt();
}

// A shields.io badge that names a venue: img.shields.io/badge/Conference-ICML'24-blue.
std::optional<VenueYear> venueFromBadge(const QString &url)
{
    const qsizetype start = url.indexOf(QLatin1String("shields.io/badge/"));
    if (start < 0)
        return std::nullopt;
    QString spec = url.mid(start + 17);
    if (const qsizetype q = spec.indexOf(u'?'); q >= 0)
        spec.truncate(q);
    spec = QUrl::fromPercentEncoding(spec.toUtf8());
    // shields.io escapes a dash as "--" and a space as "_".
    spec.replace(QLatin1String("--"), QStringLiteral("\x01"));
    QStringList parts = spec.split(u'-');
    for (QString &part : parts) {
        part.replace(u'\x01', u'-');
        part.replace(QLatin1String("__"), QStringLiteral("\x02"));
        part.replace(u'_', u' ');
        part.replace(u'\x02', u'_');
    }
    // "label-message-colour" ("Conference-ICML'24-blue") or "message-colour"; "COLM-2024-blue" splits the venue
    // from its year.
    const QString message = parts.size() >= 3 ? parts.at(1) : parts.value(0);
    if (auto venue = parseVenue(message))
        return venue;
    if (parts.size() >= 3)
        return parseVenue(QString(parts.at(0) + QLatin1Char(' ') + parts.at(1)));
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------------
// Inline content

struct Piece {
    enum class Kind { Text, Link, Code, Break };
    Kind kind = Kind::Text;
    QString text;
    QString url;
    bool strong = false;
    bool emph = false;
    bool imageOnly = false; // a link made of images only: a badge or a logo
    bool bracketed = false; // "[[Code](…)]": a label in brackets, never a title
};

struct InlineContent {
    QList<Piece> pieces;
    QStringList imageUrls; // images and badges; they carry no text
};

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 128 && (c.isPunct() || c.isSymbol());
}

// Emoji and pictographs ("🚀", "⭐", "✅", "🔥"), with their joiners and variation selectors. Other symbols ("°",
// "©", "→") are text.
bool isEmojiCodePoint(char32_t ucs4)
{
    if (ucs4 == 0xFE0F || ucs4 == 0x200D || ucs4 == 0x20E3)
        return true;
    const bool pictographic = ucs4 >= 0x1F000 || (ucs4 >= 0x2600 && ucs4 <= 0x27BF)
                              || (ucs4 >= 0x2B00 && ucs4 <= 0x2BFF) || (ucs4 >= 0x2300 && ucs4 <= 0x23FF);
    return pictographic && QChar::category(ucs4) == QChar::Symbol_Other;
}

// The text of an entity reference without its "&" and ";" ("amp", "#38", "#x26"); empty when unknown.
QString entityText(QStringView name)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},   {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},    {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},  {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("–")}, {QStringLiteral("mdash"), QStringLiteral("—")},
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.sliced(2).toUInt(&ok, 16)
                                                                                  : name.sliced(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return named.value(name.toString());
}

// Finds a needle forward from positions that only grow, so that many unmatched openers ("<!--" without "-->")
// cost one scan in all instead of one each.
class ForwardFinder
{
public:
    ForwardFinder(QStringView text, QLatin1String needle)
        : m_text(text)
        , m_needle(needle)
    {
    }
    qsizetype find(qsizetype from)
    {
        if (m_searchedFrom >= 0 && from >= m_searchedFrom && (m_found < 0 || m_found >= from))
            return m_found;
        m_searchedFrom = from;
        m_found = m_text.indexOf(m_needle, from, Qt::CaseInsensitive);
        return m_found;
    }

private:
    QStringView m_text;
    QLatin1String m_needle;
    qsizetype m_searchedFrom = -1;
    qsizetype m_found = -1;
};

// A CommonMark-ish inline scanner for one list item or table cell: links (also nested in brackets, with <…>
// destinations), images, emphasis, code spans, backslash escapes, entities, HTML tags (<a>, <img>, <br>, <sup>),
// bare URLs, emoji. It keeps only what the analysis needs: text with its emphasis, links and code. Matching
// brackets, parentheses and backtick runs are found in one pass beforehand, so the scan stays linear.
class InlineParser
{
public:
    explicit InlineParser(QStringView text)
        : m_s(text)
        , m_close(size_t(text.size()), -1)
        , m_gt(text, QLatin1String(">"))
        , m_commentEnd(text, QLatin1String("-->"))
        , m_supEnd(text, QLatin1String("</sup"))
        , m_subEnd(text, QLatin1String("</sub"))
        , m_anchorEnd(text, QLatin1String("</a"))
    {
        matchDelimiters();
    }

    InlineContent parse()
    {
        InlineContent content;
        parseRange(0, m_s.size(), content, 0);
        QList<Piece> &pieces = content.pieces;
        for (qsizetype i = 1; i + 1 < pieces.size(); ++i) {
            if (pieces[i].kind == Piece::Kind::Link && pieces[i - 1].kind == Piece::Kind::Text
                && pieces[i + 1].kind == Piece::Kind::Text && pieces[i - 1].text.trimmed().endsWith(u'[')
                && pieces[i + 1].text.trimmed().startsWith(u']'))
                pieces[i].bracketed = true;
        }
        return content;
    }

private:
    void matchDelimiters()
    {
        std::vector<qsizetype> brackets;
        std::vector<qsizetype> parens;
        const qsizetype n = m_s.size();
        struct Run {
            qsizetype start;
            qsizetype length;
        };
        std::vector<Run> runs;
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = m_s[i];
            if (c == u'\\') {
                ++i;
                continue;
            }
            if (c == u'`') {
                qsizetype j = i;
                while (j < n && m_s[j] == u'`')
                    ++j;
                runs.push_back({i, j - i});
                i = j - 1;
                continue;
            }
            if (c == u'[') {
                brackets.push_back(i);
            } else if (c == u']') {
                if (!brackets.empty()) {
                    m_close[size_t(brackets.back())] = i;
                    brackets.pop_back();
                }
            } else if (c == u'(') {
                // "](<url with (parens)>)": an angle-bracket destination hides its parentheses.
                if (i > 0 && m_s[i - 1] == u']' && i + 1 < n && m_s[i + 1] == u'<') {
                    const qsizetype gt = m_gt.find(i + 2);
                    if (gt > 0 && gt + 1 < n && m_s[gt + 1] == u')') {
                        m_close[size_t(i)] = gt + 1;
                        i = gt + 1;
                        continue;
                    }
                }
                parens.push_back(i);
            } else if (c == u')') {
                if (!parens.empty()) {
                    m_close[size_t(parens.back())] = i;
                    parens.pop_back();
                }
            }
        }
        // Each backtick run closes at the next run of the same length.
        QHash<qsizetype, qsizetype> nextOfLength;
        for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
            m_codeClose.insert(it->start, nextOfLength.value(it->length, -1));
            nextOfLength.insert(it->length, it->start);
        }
        m_gt = ForwardFinder(m_s, QLatin1String(">"));
    }

    static QString destination(QStringView d)
    {
        d = d.trimmed();
        if (d.startsWith(u'<')) {
            const qsizetype end = d.indexOf(u'>');
            return (end > 0 ? d.sliced(1, end - 1) : d.sliced(1)).toString();
        }
        qsizetype end = 0;
        while (end < d.size() && !d[end].isSpace())
            ++end;
        return d.first(end).toString();
    }

    static QString attribute(QStringView tag, QLatin1String name)
    {
        static const QRegularExpression attr(
            QStringLiteral(R"re(\b([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))re"));
        auto it = attr.globalMatch(tag);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedView(1).compare(name, Qt::CaseInsensitive) == 0) {
                for (int g = 2; g <= 4; ++g) {
                    if (m.hasCaptured(g))
                        return m.captured(g);
                }
            }
        }
        return {};
    }

    void parseRange(qsizetype from, qsizetype to, InlineContent &out, int depth)
    {
        QString buf;
        bool strong = false;
        bool emph = false;
        QChar strongChar;
        QChar emphChar;
        qsizetype strongStart = 0;
        qsizetype emphStart = 0;
        bool inAnchor = false;
        QString anchorUrl;
        qsizetype anchorStart = 0;
        qsizetype anchorImages = 0;
        QList<Piece> &pieces = out.pieces;
        const qsizetype firstPiece = pieces.size();

        const auto flush = [&] {
            if (buf.isEmpty())
                return;
            Piece piece;
            piece.text = buf;
            piece.strong = strong;
            piece.emph = emph;
            pieces.append(std::move(piece));
            buf.clear();
        };
        const auto addBreak = [&] {
            flush();
            Piece piece;
            piece.kind = Piece::Kind::Break;
            pieces.append(std::move(piece));
        };
        const auto addLink = [&](QString text, QString url, bool imageOnly) {
            flush();
            Piece piece;
            piece.kind = Piece::Kind::Link;
            piece.text = std::move(text);
            piece.url = std::move(url);
            piece.strong = strong;
            piece.emph = emph;
            piece.imageOnly = imageOnly;
            pieces.append(std::move(piece));
        };

        qsizetype i = from;
        while (i < to) {
            const QChar c = m_s[i];
            if (c == u'\\') {
                if (i + 1 < to && isAsciiPunctuation(m_s[i + 1])) {
                    buf += m_s[i + 1];
                    i += 2;
                } else {
                    buf += c;
                    ++i;
                }
                continue;
            }
            if (c == u'\n') {
                addBreak();
                ++i;
                continue;
            }
            if (c == u'`') {
                qsizetype run = 0;
                while (i + run < to && m_s[i + run] == u'`')
                    ++run;
                const qsizetype close = m_codeClose.value(i, -1);
                if (close > i && close + run <= to) {
                    flush();
                    QStringView code = m_s.sliced(i + run, close - i - run);
                    if (code.size() >= 2 && code.front() == u' ' && code.back() == u' ')
                        code = code.sliced(1, code.size() - 2);
                    Piece piece;
                    piece.kind = Piece::Kind::Code;
                    piece.text = code.toString();
                    piece.text.replace(u'\n', u' ');
                    piece.strong = strong;
                    piece.emph = emph;
                    pieces.append(std::move(piece));
                    i = close + run;
                } else {
                    buf += m_s.sliced(i, run);
                    i += run;
                }
                continue;
            }
            if (c == u'[' || (c == u'!' && i + 1 < to && m_s[i + 1] == u'[')) {
                const bool image = c == u'!';
                const qsizetype open = image ? i + 1 : i;
                const qsizetype close = m_close[size_t(open)];
                const qsizetype paren = close > open && close + 1 < to && m_s[close + 1] == u'(' ? close + 1 : -1;
                const qsizetype parenClose = paren > 0 ? m_close[size_t(paren)] : -1;
                if (paren > 0 && parenClose > paren && parenClose < to) {
                    const QString url = destination(m_s.sliced(paren + 1, parenClose - paren - 1));
                    if (image) {
                        out.imageUrls.append(url);
                    } else {
                        InlineContent inner;
                        if (depth < 4)
                            parseRange(open + 1, close, inner, depth + 1);
                        QString text;
                        bool innerStrong = !inner.pieces.isEmpty();
                        for (const Piece &p : std::as_const(inner.pieces)) {
                            if (p.kind == Piece::Kind::Break)
                                text += QLatin1Char(' ');
                            else
                                text += p.text;
                            if (p.kind != Piece::Kind::Break && !p.strong && !p.text.trimmed().isEmpty())
                                innerStrong = false;
                        }
                        out.imageUrls.append(inner.imageUrls);
                        text = text.simplified();
                        const bool imageOnly = text.isEmpty() && !inner.imageUrls.isEmpty();
                        // "[[Paper]](…)": the brackets are inside the link text; it is a label all the same.
                        const bool labelInside = text.size() >= 2 && text.front() == u'[' && text.back() == u']';
                        if (labelInside)
                            text = text.sliced(1, text.size() - 2).trimmed();
                        const bool wasStrong = strong;
                        strong = strong || innerStrong;
                        addLink(text, url, imageOnly);
                        strong = wasStrong;
                        if (labelInside)
                            pieces.last().bracketed = true;
                    }
                    i = parenClose + 1;
                    continue;
                }
                buf += c;
                ++i;
                continue;
            }
            if (c == u'*' || c == u'_') {
                qsizetype run = 0;
                while (i + run < to && m_s[i + run] == c)
                    ++run;
                const QChar prev = i > from ? m_s[i - 1] : QChar(u' ');
                const QChar next = i + run < to ? m_s[i + run] : QChar(u' ');
                bool canOpen = !next.isSpace();
                bool canClose = !prev.isSpace();
                if (c == u'_') {
                    canOpen = canOpen && !prev.isLetterOrNumber();
                    canClose = canClose && !next.isLetterOrNumber();
                }
                qsizetype left = run;
                if (left >= 2) {
                    if (strong && strongChar == c && canClose) {
                        flush();
                        strong = false;
                        left -= 2;
                    } else if (!strong && canOpen) {
                        flush();
                        strong = true;
                        strongChar = c;
                        strongStart = pieces.size();
                        left -= 2;
                    }
                }
                if (left == 1) {
                    if (emph && emphChar == c && canClose) {
                        flush();
                        emph = false;
                        --left;
                    } else if (!emph && canOpen) {
                        flush();
                        emph = true;
                        emphChar = c;
                        emphStart = pieces.size();
                        --left;
                    }
                }
                if (left > 0)
                    buf += QString(left, c);
                i += run;
                continue;
            }
            if (c == u'<') {
                if (m_s.sliced(i, to - i).startsWith(QLatin1String("<!--"))) {
                    const qsizetype end = m_commentEnd.find(i + 4);
                    if (end >= 0 && end + 3 <= to) {
                        i = end + 3;
                        continue;
                    }
                }
                const QChar next = i + 1 < to ? m_s[i + 1] : QChar();
                const qsizetype gt = (next.isLetter() || next == u'/') ? m_gt.find(i + 1) : -1;
                if (gt > i && gt < to) {
                    const QStringView tag = m_s.sliced(i + 1, gt - i - 1);
                    if (tag.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                        || tag.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
                        addLink(QString(), tag.toString(), false);
                        i = gt + 1;
                        continue;
                    }
                    const bool closing = tag.startsWith(u'/');
                    qsizetype nameEnd = closing ? 1 : 0;
                    while (nameEnd < tag.size() && tag[nameEnd].isLetterOrNumber())
                        ++nameEnd;
                    const QString name = tag.sliced(closing ? 1 : 0, nameEnd - (closing ? 1 : 0)).toString().toLower();
                    i = gt + 1;
                    if (name == QLatin1String("a")) {
                        if (!closing && !inAnchor && m_anchorEnd.find(i) >= 0) {
                            flush();
                            inAnchor = true;
                            anchorUrl = attribute(tag, QLatin1String("href"));
                            anchorStart = pieces.size();
                            anchorImages = out.imageUrls.size();
                        } else if (closing && inAnchor) {
                            flush();
                            QString text;
                            while (pieces.size() > anchorStart) {
                                const Piece p = pieces.takeAt(anchorStart);
                                text += p.kind == Piece::Kind::Break ? QStringLiteral(" ") : p.text;
                            }
                            text = text.simplified();
                            addLink(text, anchorUrl, text.isEmpty() && out.imageUrls.size() > anchorImages);
                            inAnchor = false;
                        }
                    } else if (name == QLatin1String("img") && !closing) {
                        out.imageUrls.append(attribute(tag, QLatin1String("src")));
                    } else if (name == QLatin1String("br")) {
                        addBreak();
                    } else if ((name == QLatin1String("sup") || name == QLatin1String("sub")) && !closing) {
                        // Footnote marks and affiliations ("Song Han<sup>1</sup>"): not part of the text.
                        ForwardFinder &finder = name == QLatin1String("sup") ? m_supEnd : m_subEnd;
                        const qsizetype end = finder.find(i);
                        if (end >= 0 && end < to) {
                            const qsizetype endGt = m_gt.find(end);
                            i = endGt >= 0 && endGt < to ? endGt + 1 : to;
                        }
                    }
                    continue;
                }
                buf += c;
                ++i;
                continue;
            }
            if (c == u'&') {
                qsizetype j = i + 1;
                while (j < to && j - i <= 10 && (m_s[j].isLetterOrNumber() || m_s[j] == u'#'))
                    ++j;
                if (j < to && m_s[j] == u';' && j > i + 1) {
                    const QString decoded = entityText(m_s.sliced(i + 1, j - i - 1));
                    if (!decoded.isEmpty()) {
                        buf += decoded;
                        i = j + 1;
                        continue;
                    }
                }
                buf += c;
                ++i;
                continue;
            }
            if ((c == u'h' || c == u'H') && (i == from || !m_s[i - 1].isLetterOrNumber())
                && (m_s.sliced(i, to - i).startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
                    || m_s.sliced(i, to - i).startsWith(QLatin1String("http://"), Qt::CaseInsensitive))) {
                qsizetype j = i;
                while (j < to && !m_s[j].isSpace() && m_s[j] != u'<' && m_s[j] != u'[' && m_s[j] != u']')
                    ++j;
                qsizetype end = j;
                while (end > i && QStringView(u".,;:)").contains(m_s[end - 1]))
                    --end;
                addLink(QString(), m_s.sliced(i, end - i).toString(), false);
                i = end;
                continue;
            }
            if (c.isHighSurrogate() && i + 1 < to && m_s[i + 1].isLowSurrogate()) {
                const char32_t ucs4 = QChar::surrogateToUcs4(c, m_s[i + 1]);
                if (!isEmojiCodePoint(ucs4))
                    buf += m_s.sliced(i, 2);
                i += 2;
                continue;
            }
            if (isEmojiCodePoint(c.unicode())) {
                ++i;
                continue;
            }
            if (c == u':' && (i == from || m_s[i - 1].isSpace() || m_s[i - 1] == u'(' || m_s[i - 1] == u'[')) {
                // Emoji shortcodes: ":fire:", ":star:".
                qsizetype j = i + 1;
                while (j < to && j - i <= 40
                       && ((m_s[j].isLower() && m_s[j].unicode() < 128) || m_s[j].isDigit() || m_s[j] == u'_'
                           || m_s[j] == u'+' || m_s[j] == u'-'))
                    ++j;
                if (j < to && m_s[j] == u':' && j > i + 1 && (j + 1 >= to || !m_s[j + 1].isLetterOrNumber())) {
                    i = j + 1;
                    continue;
                }
            }
            buf += c;
            ++i;
        }
        flush();
        // An opener never closed was a literal character after all; its text loses the emphasis.
        if (strong) {
            for (qsizetype p = std::max(strongStart, firstPiece); p < pieces.size(); ++p)
                pieces[p].strong = false;
        }
        if (emph) {
            for (qsizetype p = std::max(emphStart, firstPiece); p < pieces.size(); ++p)
                pieces[p].emph = false;
        }
    }

    QStringView m_s;
    std::vector<qsizetype> m_close; // '[' → its ']', '(' → its ')'
    QHash<qsizetype, qsizetype> m_codeClose;
    ForwardFinder m_gt;
    ForwardFinder m_commentEnd;
    ForwardFinder m_supEnd;
    ForwardFinder m_subEnd;
    ForwardFinder m_anchorEnd;
};

// ---------------------------------------------------------------------------------------------------------------
// Chunks: the item's text cut where lists cut it (links, brackets, line breaks, " — ", "·", sentence ends).

struct Chunk {
    enum class Kind { Text, Link, Code };
    Kind kind = Kind::Text;
    QString text;
    QString url;
    bool strong = false;
    bool emph = false;
    bool imageOnly = false;
    bool bracketed = false;
    bool afterDash = false;  // follows " — " or " – "
    bool afterBreak = false; // first chunk of a line (a <br> or a continuation line)
    int line = 0;            // 0 for the item's first line
};

bool isSentenceEnd(QStringView text, qsizetype dot)
{
    // "Dally. ICLR" ends a sentence; "William J. Dally", "et al. 2023", "U.S. Cities", "vs. Y" do not.
    if (dot < 2 || !text[dot - 1].isLetter() || !text[dot - 2].isLetter())
        return false;
    qsizetype start = dot;
    while (start > 0 && text[start - 1].isLetter())
        --start;
    const QString word = text.sliced(start, dot - start).toString().toLower();
    static const QSet<QString> abbreviations = wordSet("al vs jr sr dr st eg ie etc fig proc conf int trans");
    return !abbreviations.contains(word);
}

QList<Chunk> chunksOf(const QList<Piece> &pieces)
{
    QList<Chunk> chunks;
    bool pendingDash = false;
    bool pendingBreak = false;
    int line = 0;
    bool lastWasStrongText = false;
    const auto push = [&](Chunk chunk) {
        chunk.text = chunk.text.simplified();
        // Leftover punctuation between links ("] [", ", ", " - ") is not a chunk.
        if (chunk.kind == Chunk::Kind::Text) {
            bool meaningful = false;
            for (QChar c : std::as_const(chunk.text)) {
                if (c.isLetterOrNumber()) {
                    meaningful = true;
                    break;
                }
            }
            if (!meaningful)
                return;
        }
        chunk.afterDash = pendingDash;
        chunk.afterBreak = pendingBreak;
        chunk.line = line;
        pendingDash = false;
        pendingBreak = false;
        chunks.append(std::move(chunk));
    };
    for (const Piece &piece : pieces) {
        const bool afterStrongText = lastWasStrongText;
        lastWasStrongText = piece.kind == Piece::Kind::Text && piece.strong && !chunks.isEmpty();
        switch (piece.kind) {
        case Piece::Kind::Break:
            ++line;
            pendingBreak = true;
            pendingDash = false;
            break;
        case Piece::Kind::Link: {
            Chunk chunk;
            chunk.kind = Chunk::Kind::Link;
            chunk.text = piece.text;
            chunk.url = piece.url;
            chunk.strong = piece.strong;
            chunk.emph = piece.emph;
            chunk.imageOnly = piece.imageOnly;
            chunk.bracketed = piece.bracketed;
            push(std::move(chunk));
            pendingDash = false;
            break;
        }
        case Piece::Kind::Code: {
            Chunk chunk;
            chunk.kind = Chunk::Kind::Code;
            chunk.text = piece.text;
            push(std::move(chunk));
            break;
        }
        case Piece::Kind::Text: {
            const QString &t = piece.text;
            Chunk current;
            current.strong = piece.strong;
            current.emph = piece.emph;
            // Bold and italic text is one unit ("**Title. Subtitle**", "*Proc. of X*").
            if (piece.strong || piece.emph) {
                current.text = t;
                const qsizetype before = chunks.size();
                push(std::move(current));
                lastWasStrongText = piece.strong && chunks.size() > before;
                break;
            }
            // "**LLM-Pruner**: On the Structural Pruning…": a bold name continued by a colon is one title.
            bool continueLast = afterStrongText && listing::trimmedLeft(t).startsWith(u':');
            const auto cut = [&] {
                if (continueLast) {
                    continueLast = false;
                    chunks.last().text = QString(chunks.last().text + current.text).simplified();
                    current.text.clear();
                    return;
                }
                Chunk chunk = current;
                current.text.clear();
                push(std::move(chunk));
            };
            for (qsizetype i = 0; i < t.size(); ++i) {
                const QChar c = t[i];
                const bool spaced = (i == 0 || t[i - 1].isSpace()) && (i + 1 >= t.size() || t[i + 1].isSpace());
                if (c == u'[' || c == u']' || c == u'|' || c == QChar(0x00B7) || c == QChar(0x2022)) {
                    cut();
                } else if ((c == QChar(0x2014) || c == QChar(0x2013)) && spaced) {
                    cut();
                    pendingDash = true;
                } else if (c == u'.' && (i + 1 >= t.size() || t[i + 1].isSpace()) && isSentenceEnd(t, i)) {
                    cut();
                } else {
                    current.text += c;
                }
            }
            cut();
            break;
        }
        }
    }
    return chunks;
}

// ---------------------------------------------------------------------------------------------------------------
// Names

// Words that occur in titles and topics but not in people's names: "Deep Learning, Computer Vision" is no list
// of authors.
bool isTopicWord(const QString &lower)
{
    static const QSet<QString> words =
        wordSet("learning network networks neural model models language vision deep efficient quantization "
                "training large transformer transformers data survey attention sparse compression inference code "
                "paper github project pruning distillation search architecture acceleration llm llms image "
                "images video text benchmark dataset computer machine intelligence systems system hardware "
                "optimization conference proceedings journal workshop international arxiv for with the of on via "
                "in to a an is are");
    return words.contains(lower);
}

bool isParticle(const QString &lower)
{
    static const QSet<QString> particles =
        wordSet("van von de der den di da la le du del dos das ter bin al el zu y ten");
    return particles.contains(lower);
}

// One name of a list. Strict (text whose role is unknown): two to five words, each capitalised, a particle or an
// initial, no topic words. Relaxed (text in the authors' place, after " — " or a <br>): one to six words, the
// first capitalised, no digits.
bool isPersonName(QStringView name, bool strict)
{
    const QList<QStringView> words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > (strict ? 5 : 6) || (strict && words.size() < 2))
        return false;
    for (QChar c : name) {
        if (c.isDigit() || c == u'/' || c == u':' || c == u'=' || c == u'?')
            return false;
    }
    const QChar first = words.front().front();
    if (!(first.isUpper() || (first.isLetter() && !first.isLower())))
        return false;
    // Even in the authors' place, "An Efficient and Intuitive Algorithm" is a subtitle, not two people.
    if (!strict) {
        if (isOrganisationName(name))
            return true;
        for (QStringView w : words) {
            if (isTopicWord(w.toString().toLower()))
                return false;
        }
        return true;
    }
    for (QStringView w : words) {
        const QString lower = w.toString().toLower();
        if (isParticle(lower))
            continue;
        if (isTopicWord(lower) || w.size() > 24)
            return false;
        const QChar c = w.front();
        if (!(c.isUpper() || (c.isLetter() && !c.isLower())))
            return false;
    }
    return true;
}

// "Song Han, Huizi Mao and William J. Dally", "Han S., Mao H. et al." → display names, "others" for "et al.";
// empty when the text is not such a list.
QStringList parseNameList(QString text, bool strict)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1String("by "), Qt::CaseInsensitive))
        text.remove(0, 3);
    while (!text.isEmpty() && QStringView(u",;: ").contains(text.back()))
        text.chop(1);
    // A sentence's full stop goes ("Luke Zettlemoyer."), an initial's or a suffix's stays ("William J.", "Jr.").
    if (text.endsWith(u'.')) {
        qsizetype start = text.size() - 1;
        while (start > 0 && text[start - 1].isLetter())
            --start;
        const QString word = text.sliced(start, text.size() - 1 - start).toLower();
        if (word.size() > 2 && word != QLatin1String("jr") && word != QLatin1String("sr")
            && word != QLatin1String("al"))
            text.chop(1);
    }
    static const QRegularExpression etAl(QStringLiteral(R"([,\s]*\bet\.?\s*al\.?$)"));
    bool others = false;
    if (const auto m = etAl.match(text); m.hasMatch()) {
        others = true;
        text.truncate(m.capturedStart());
    }
    static const QRegularExpression separators(
        QStringLiteral(R"(\s*(?:[,;]\s*(?:and\s+|&\s*)?|\s+and\s+|\s+&\s+)\s*)"));
    QStringList names;
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts)) {
        QString name = item.trimmed();
        // Footnote marks: "Song Han*", "Huizi Mao†", "Yuhang Li\*".
        while (!name.isEmpty() && QStringView(u"*†‡§¶#").contains(name.back()))
            name.chop(1);
        name = name.trimmed();
        if (name.isEmpty())
            continue;
        if (!isPersonName(name, strict))
            return {};
        names.append(name);
    }
    if (names.isEmpty() || (strict && names.size() < 2 && !others))
        return {};
    if (others)
        names.append(QStringLiteral("others"));
    return names;
}

// ---------------------------------------------------------------------------------------------------------------
// Items

// Link texts and labels that say what a link is rather than what the paper is called.
bool isGenericLabel(const QString &text)
{
    const QString folded = foldedText(text);
    if (folded.isEmpty())
        return true;
    static const QSet<QString> labels = wordSet(
        "paper papers pdf tutorial arxiv link links abs abstract html here openreview doi url project projectpage "
        "code github gitlab website page homepage blog video slides poster demo model models dataset "
        "data official supp supplementary proceedings download pytorch tensorflow torch jax openaccess "
        "cvf anthology ieee acm springer semanticscholar huggingface hf colab notebook bib bibtex cite "
        "citation review reviews talk zhihu report preprint repo repository implementation officialcode "
        "sourcecode star stars publish published more details webpage apaper thepaper thispaper ourpaper "
        "fullpaper paperlink this survey oursurvey");
    if (labels.contains(folded))
        return true;
    // "arXiv:2306.00978", "PyTorch(Author)", "Code Deleted", "2306.00978".
    if (folded.startsWith(QLatin1String("arxiv")) && folded.size() > 5 && folded.at(5).isDigit())
        return true;
    if (folded.startsWith(QLatin1String("pytorch")) || folded.startsWith(QLatin1String("tensorflow"))
        || folded.startsWith(QLatin1String("code")))
        return true;
    bool digitsOnly = true;
    for (QChar c : folded)
        digitsOnly = digitsOnly && c.isDigit();
    if (digitsOnly)
        return true;
    return text.contains(QLatin1String("://"));
}

bool isCodeLabel(const QString &text)
{
    const QString folded = foldedText(text);
    return folded.startsWith(QLatin1String("code")) || folded == QLatin1String("github")
           || folded == QLatin1String("gitlab") || folded.startsWith(QLatin1String("pytorch"))
           || folded.startsWith(QLatin1String("tensorflow")) || folded == QLatin1String("torch")
           || folded == QLatin1String("jax") || folded == QLatin1String("officialcode")
           || folded == QLatin1String("implementation") || folded == QLatin1String("repo");
}

QString cleanTitle(QString title)
{
    title = title.simplified();
    while (!title.isEmpty() && QStringView(u".,;:").contains(title.back()))
        title.chop(1);
    title = title.trimmed();
    if (title.size() >= 2) {
        const QChar a = title.front();
        const QChar b = title.back();
        if ((a == u'"' && b == u'"') || (a == QChar(0x201C) && b == QChar(0x201D)))
            title = title.sliced(1, title.size() - 2).trimmed();
    }
    return title;
}

struct ItemContext {
    bool tableCell = false; // a <br> in a table cell separates title and authors
    bool tagsFromCode = true;
};

struct ItemResult {
    bool isPaper = false;
    Paper paper;
    bool hasPaperLink = false;
};

// Reads one list item or table title cell.
ItemResult analyseItem(const InlineContent &content, const ItemContext &context)
{
    ItemResult result;
    Paper &paper = result.paper;
    const QList<Chunk> chunks = chunksOf(content.pieces);

    enum class TitleSource { None, PaperLink, Strong, Quoted, Text, Link };
    TitleSource source = TitleSource::None;
    qsizetype titleChunk = -1;
    QString title;
    QString quotedRest; // what follows a quoted title in its chunk: ", Venue, Year"

    const auto venueLike = [](const QString &text) { return parseVenue(text).has_value(); };
    // A: a paper link whose text is a title.
    for (qsizetype i = 0; i < chunks.size() && titleChunk < 0; ++i) {
        const Chunk &c = chunks[i];
        if (c.kind == Chunk::Kind::Link && !c.imageOnly && !c.bracketed && isPaperUrl(c.url) && !isGenericLabel(c.text)
            && !venueLike(c.text)) {
            titleChunk = i;
            title = c.text;
            source = TitleSource::PaperLink;
        }
    }
    // B: bold text.
    for (qsizetype i = 0; i < chunks.size() && titleChunk < 0; ++i) {
        const Chunk &c = chunks[i];
        if (c.strong && c.kind != Chunk::Kind::Code && !c.imageOnly && !c.bracketed && !isGenericLabel(c.text)
            && !venueLike(c.text) && (wordCount(c.text) >= 2 || letterCount(c.text) >= 6)) {
            titleChunk = i;
            title = c.text;
            source = TitleSource::Strong;
        }
    }
    // C: quoted text.
    static const QRegularExpression quoted(QStringLiteral(R"(^\W{0,3}["“]([^"“”]+)["”](.*)$)"));
    for (qsizetype i = 0; i < chunks.size() && titleChunk < 0; ++i) {
        const Chunk &c = chunks[i];
        if (c.kind != Chunk::Kind::Text)
            continue;
        const auto m = quoted.match(c.text);
        if (m.hasMatch() && wordCount(m.capturedView(1)) >= 2) {
            titleChunk = i;
            title = m.captured(1);
            quotedRest = m.captured(2);
            source = TitleSource::Quoted;
        }
    }
    // D: the first plain text that reads like a title.
    for (int pass = 0; pass < 2 && titleChunk < 0; ++pass) {
        for (qsizetype i = 0; i < chunks.size() && titleChunk < 0; ++i) {
            const Chunk &c = chunks[i];
            if (c.kind != Chunk::Kind::Text || c.emph || (pass == 0 && c.line > 0))
                continue;
            if (wordCount(c.text) < 2 || letterCount(c.text) < 4 || isGenericLabel(c.text) || venueLike(c.text)
                || !parseNameList(c.text, true).isEmpty())
                continue;
            titleChunk = i;
            title = c.text;
            source = TitleSource::Text;
        }
    }
    // E: any link with a name ("[ProjectName](github…) [[Paper](arxiv…)]").
    for (qsizetype i = 0; i < chunks.size() && titleChunk < 0; ++i) {
        const Chunk &c = chunks[i];
        if (c.kind == Chunk::Kind::Link && !c.imageOnly && !c.bracketed && !isGenericLabel(c.text) && !venueLike(c.text)
            && letterCount(c.text) >= 3) {
            titleChunk = i;
            title = c.text;
            source = TitleSource::Link;
        }
    }
    paper.title = cleanTitle(title);
    if (paper.title.isEmpty())
        return result;

    // Links: the paper, its identifiers, its code.
    const Chunk *paperLink = source == TitleSource::PaperLink ? &chunks[titleChunk] : nullptr;
    for (const Chunk &c : chunks) {
        if (c.kind != Chunk::Kind::Link)
            continue;
        if (isPaperUrl(c.url)) {
            if (!paperLink)
                paperLink = &c;
            if (paper.arxivId.isEmpty())
                paper.arxivId = arxivIdOfUrl(c.url);
            if (paper.doi.isEmpty())
                paper.doi = doiOfUrl(c.url);
        }
    }
    QString codeUrl;
    for (const Chunk &c : chunks) {
        if (c.kind == Chunk::Kind::Link && !isPaperUrl(c.url) && (isCodeHostUrl(c.url) || isCodeLabel(c.text))
            && !c.url.isEmpty() && c.url.contains(QLatin1String("://"))) {
            codeUrl = c.url;
            break;
        }
    }
    if (paperLink) {
        result.hasPaperLink = true;
        paper.url = paperLink->url;
        // The paper link's own identifiers win over those of other links in the item.
        if (const QString id = arxivIdOfUrl(paperLink->url); !id.isEmpty())
            paper.arxivId = id;
        if (const QString doi = doiOfUrl(paperLink->url); !doi.isEmpty())
            paper.doi = doi;
    }
    if (!codeUrl.isEmpty())
        paper.comment = QStringLiteral("Code: ") + codeUrl;

    // Venue and year.
    std::optional<VenueYear> found;
    qsizetype venueChunk = -1;
    for (const QString &image : content.imageUrls) {
        if ((found = venueFromBadge(image)))
            break;
    }
    for (qsizetype i = 0; i < chunks.size() && !found; ++i) {
        const Chunk &c = chunks[i];
        // "[[ICML](…)] Title" names the venue with a link; "[arXiv](…)" after the title only labels a link.
        if (i == titleChunk || c.kind != Chunk::Kind::Link || c.imageOnly || (i > titleChunk && isGenericLabel(c.text)))
            continue;
        found = parseVenue(c.text);
        // A bracketed label before the title is a venue even when we do not know it: "[[TGARS](…)] Title".
        if (!found && i < titleChunk && c.bracketed && wordCount(c.text) <= 6 && !isGenericLabel(c.text))
            found = VenueYear{c.text, std::nullopt};
        if (found)
            venueChunk = i;
    }
    for (qsizetype i = 0; i < chunks.size() && !found; ++i) {
        const Chunk &c = chunks[i];
        if (i == titleChunk || !c.emph || c.kind != Chunk::Kind::Text)
            continue;
        // "*Venue* 2024" (our own export): the italic text is the venue as written, the year follows it.
        const bool yearFollows = i + 1 < chunks.size() && chunks[i + 1].kind == Chunk::Kind::Text && !chunks[i + 1].emph
                                 && findStandaloneYear(chunks[i + 1].text) && chunks[i + 1].text.size() <= 6;
        if (yearFollows) {
            found = VenueYear{c.text, findStandaloneYear(chunks[i + 1].text)};
        } else if (!(found = parseVenue(c.text)) && wordCount(c.text) <= 15 && !isGenericLabel(c.text)
                   && (c.text.front().isUpper() || c.text.front().isDigit())) {
            found = VenueYear{c.text, std::nullopt};
        }
        venueChunk = i;
    }
    if (!found && source == TitleSource::Quoted) {
        // "Title", Venue, Year.
        const QStringList parts = quotedRest.split(u',', Qt::SkipEmptyParts);
        for (qsizetype p = 0; p < parts.size(); ++p) {
            const QString part = parts[p].trimmed();
            const auto year = findStandaloneYear(part);
            if (year && part.size() <= 6) {
                const QString venue = p > 0 ? parts[p - 1].trimmed() : QString();
                found =
                    VenueYear{wordCount(venue) <= 8 && parseNameList(venue, true).isEmpty() ? venue : QString(), year};
                break;
            }
        }
        if (!found)
            found = findVenue(quotedRest);
    }
    for (qsizetype i = 0; i < chunks.size() && !found; ++i) {
        const Chunk &c = chunks[i];
        if (i == titleChunk || c.kind == Chunk::Kind::Link)
            continue;
        if ((found = c.kind == Chunk::Kind::Code ? parseVenue(c.text) : findVenue(c.text)))
            venueChunk = i;
    }
    if (found) {
        paper.venue = found->venue;
        paper.year = found->year;
    }
    if (!paper.year) {
        for (qsizetype i = 0; i < chunks.size() && !paper.year; ++i) {
            if (i != titleChunk && chunks[i].kind == Chunk::Kind::Text)
                paper.year = findStandaloneYear(chunks[i].text);
        }
    }

    // Authors: the first list of names after the title.
    for (qsizetype i = titleChunk + 1; i < chunks.size(); ++i) {
        const Chunk &c = chunks[i];
        if (i == venueChunk || c.kind != Chunk::Kind::Text || c.emph)
            continue;
        const bool relaxed = (c.afterDash && c.line == chunks[titleChunk].line) || (context.tableCell && c.afterBreak);
        QString text = c.text;
        // "Song Han, Huizi Mao, 2016": the year is not a name.
        static const QRegularExpression trailingYear(QStringLiteral(R"([,\s]*\(?(?:19|20)\d{2}\)?[.\s]*$)"));
        text.remove(trailingYear);
        // "Song Han, Huizi Mao, ICLR 2016": the venue is not a name.
        if (const auto v = findVenue(text); v && !v->venue.isEmpty()) {
            const qsizetype at = text.lastIndexOf(v->venue);
            if (at > 0)
                text.truncate(at);
        }
        const QStringList names = parseNameList(text, !relaxed);
        if (!names.isEmpty()) {
            paper.authors = names;
            break;
        }
    }

    // Tags written as code spans ("[`qnn`]", our own export's "`Quantization/PTQ`").
    if (context.tagsFromCode) {
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            const Chunk &c = chunks[i];
            if (c.kind == Chunk::Kind::Code && i != venueChunk && !c.text.trimmed().isEmpty() && c.text.size() <= 60) {
                const QString tag = c.text.trimmed();
                if (!paper.tags.contains(tag))
                    paper.tags.append(tag);
            }
        }
    }

    const bool namedTitle = source == TitleSource::Strong || source == TitleSource::Quoted;
    result.isPaper =
        result.hasPaperLink || (namedTitle && (!paper.venue.isEmpty() || paper.year || !paper.authors.isEmpty()));
    return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Lectern's own reading lists

qsizetype listItemContentStart(QStringView line);

// Text as it renders: CommonMark backslash escapes (a backslash before ASCII punctuation) and entity references
// undone, whitespace simplified.
QString unescapedText(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c == u'\\' && i + 1 < raw.size() && isAsciiPunctuation(raw[i + 1])) {
            out += raw[++i];
        } else if (c == u'&') {
            qsizetype j = i + 1;
            while (j < raw.size() && j - i <= 10 && (raw[j].isLetterOrNumber() || raw[j] == u'#'))
                ++j;
            const QString decoded =
                j < raw.size() && raw[j] == u';' && j > i + 1 ? entityText(raw.sliced(i + 1, j - i - 1)) : QString();
            if (decoded.isEmpty()) {
                out += c;
            } else {
                out += decoded;
                i = j;
            }
        } else {
            out += c;
        }
    }
    return out.simplified();
}

// The position of the first unescaped `needle` at or after `from`, or -1.
qsizetype findUnescaped(QStringView text, QStringView needle, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text[i] == u'\\') {
            ++i;
            continue;
        }
        if (text.sliced(i).startsWith(needle))
            return i;
    }
    return -1;
}

// "[text](destination)" at the start of `text`: its raw text and destination, and where it ends; nullopt when
// `text` does not start with a link. Brackets and parentheses nest, escaped ones do not count.
struct RawLink {
    QStringView text;
    QString url;
    qsizetype end = 0;
};

std::optional<RawLink> rawLinkAt(QStringView text)
{
    if (!text.startsWith(u'['))
        return std::nullopt;
    int depth = 0;
    qsizetype close = -1;
    for (qsizetype i = 0; i < text.size() && close < 0; ++i) {
        const QChar c = text[i];
        if (c == u'\\')
            ++i;
        else if (c == u'[')
            ++depth;
        else if (c == u']' && --depth == 0)
            close = i;
    }
    if (close < 0 || close + 1 >= text.size() || text[close + 1] != u'(')
        return std::nullopt;
    RawLink link;
    link.text = text.sliced(1, close - 1);
    const qsizetype open = close + 2;
    if (open < text.size() && text[open] == u'<') {
        const qsizetype gt = text.indexOf(u'>', open);
        if (gt < 0 || gt + 1 >= text.size() || text[gt + 1] != u')')
            return std::nullopt;
        link.url = text.sliced(open + 1, gt - open - 1).toString();
        link.end = gt + 2;
        return link;
    }
    depth = 1;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            ++i;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            QStringView destination = text.sliced(open, i - open).trimmed();
            // A link title ("url \"title\"") is not part of the destination.
            if (const qsizetype space = destination.indexOf(u' '); space >= 0)
                destination = destination.first(space);
            link.url = destination.toString();
            link.end = i + 1;
            return link;
        }
    }
    return std::nullopt;
}

// One bullet as MarkdownExporter writes it: "**Title**" or "[Title](link)", optional "[[arXiv](…)]" links, then
// " — " and "Author, Author et al., *Venue* 2016" (each part optional); an indented details line whose code spans
// are the tags. The title is cut out first, so a " — " or "," inside it stays in it. nullopt when the bullet
// does not start with a bold or linked title.
std::optional<ItemResult> analyseLecternItem(QStringView content)
{
    const qsizetype lineEnd = content.indexOf(u'\n');
    const QStringView head = lineEnd < 0 ? content : content.first(lineEnd);
    QStringView details = lineEnd < 0 ? QStringView() : content.sliced(lineEnd + 1);
    if (const qsizetype detailsEnd = details.indexOf(u'\n'); detailsEnd >= 0)
        details.truncate(detailsEnd);

    ItemResult result;
    Paper &paper = result.paper;
    QStringList urls;
    qsizetype end = 0;
    if (head.startsWith(QLatin1String("**"))) {
        const qsizetype close = findUnescaped(head, u"**", 2);
        if (close < 0)
            return std::nullopt;
        paper.title = unescapedText(head.sliced(2, close - 2));
        end = close + 2;
    } else if (const auto link = rawLinkAt(head)) {
        paper.title = unescapedText(link->text);
        paper.url = link->url;
        urls.append(link->url);
        end = link->end;
    } else {
        return std::nullopt;
    }
    if (paper.title.isEmpty())
        return std::nullopt;

    QStringView rest = head.sliced(end).trimmed();
    // "[[arXiv](https://arxiv.org/abs/…)]" and any other bracketed link.
    while (rest.startsWith(u'[')) {
        const auto link = rawLinkAt(rest.sliced(1));
        const qsizetype after = link ? 1 + link->end : 0;
        if (!link || after >= rest.size() || rest[after] != u']')
            break;
        urls.append(link->url);
        rest = rest.sliced(after + 1).trimmed();
    }
    QStringView tail;
    if (rest.startsWith(QChar(0x2014)))
        tail = rest.sliced(1).trimmed();

    // "…, *Venue* 2016", "…, 2016", "2016": the year is last, after ", ", the venue or nothing.
    static const QRegularExpression year(QStringLiteral(R"((?:^|(?<=, )|(?<=\* ))(\d{1,4})$)"));
    if (const auto m = year.match(tail); m.hasMatch()) {
        paper.year = m.capturedView(1).toInt();
        tail = tail.first(m.capturedStart(1)).trimmed();
    }
    // The venue is the italic part; the exporter escapes every "*" in names and venues, so the first unescaped
    // "*" opens it.
    if (tail.endsWith(u'*')) {
        const qsizetype open = findUnescaped(tail, u"*", 0);
        if (open >= 0 && open < tail.size() - 1 && findUnescaped(tail, u"*", open + 1) == tail.size() - 1) {
            paper.venue = unescapedText(tail.sliced(open + 1, tail.size() - open - 2));
            tail = tail.first(open).trimmed();
        }
    }
    while (tail.endsWith(u','))
        tail = tail.chopped(1).trimmed();
    bool others = false;
    if (tail.endsWith(QLatin1String(" et al.")) || tail == QLatin1String("et al.")) {
        others = true;
        tail = tail.chopped(tail == QLatin1String("et al.") ? 6 : 7).trimmed();
    }
    // Names are separated by ", "; a comma inside a name is escaped.
    for (qsizetype from = 0; from < tail.size();) {
        qsizetype comma = findUnescaped(tail, u",", from);
        if (comma < 0)
            comma = tail.size();
        if (const QString author = unescapedText(tail.sliced(from, comma - from)); !author.isEmpty())
            paper.authors.append(author);
        from = comma + 1;
    }
    if (others)
        paper.authors.append(QStringLiteral("others"));

    for (const QString &url : std::as_const(urls)) {
        const bool titleLink = url == paper.url;
        if (const QString id = arxivIdOfUrl(url); !id.isEmpty() && (titleLink || paper.arxivId.isEmpty()))
            paper.arxivId = id;
        if (const QString doi = doiOfUrl(url); !doi.isEmpty() && (titleLink || paper.doi.isEmpty()))
            paper.doi = doi;
    }
    result.hasPaperLink = !paper.url.isEmpty();

    if (!details.isEmpty() && listItemContentStart(details) < 0) {
        for (const Piece &piece : InlineParser(details).parse().pieces) {
            const QString tag = piece.text.trimmed();
            if (piece.kind == Piece::Kind::Code && !tag.isEmpty() && !paper.tags.contains(tag))
                paper.tags.append(tag);
        }
    }
    result.isPaper = true;
    return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

enum class Column { Other, Title, Venue, Year, Authors, Code, Link };

QList<QStringView> tableCells(QStringView line)
{
    QStringView t = line.trimmed();
    if (t.startsWith(u'|'))
        t = t.sliced(1);
    if (t.endsWith(u'|') && !(t.size() >= 2 && t[t.size() - 2] == u'\\'))
        t.chop(1);
    QList<QStringView> cells;
    qsizetype start = 0;
    bool inCode = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i] == u'\\') {
            ++i;
            continue;
        }
        if (t[i] == u'`')
            inCode = !inCode;
        else if (t[i] == u'|' && !inCode) {
            cells.append(t.sliced(start, i - start));
            start = i + 1;
        }
    }
    cells.append(t.sliced(start));
    return cells;
}

bool isDelimiterRow(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || !t.contains(u'-'))
        return false;
    bool sawPipe = false;
    for (QChar c : t) {
        if (c == u'|')
            sawPipe = true;
        else if (c != u'-' && c != u':' && !c.isSpace())
            return false;
    }
    return sawPipe || t.startsWith(u':') || t.startsWith(u'-');
}

QList<Column> tableColumns(const QList<QStringView> &header)
{
    QList<Column> columns;
    bool haveTitle = false;
    for (QStringView cell : header) {
        const QString f = foldedText(cell);
        Column column = Column::Other;
        if (f == QLatin1String("title") || f == QLatin1String("papertitle")
            || f.startsWith(QLatin1String("titleauthor")) || f == QLatin1String("titleandauthors")
            || f == QLatin1String("name"))
            column = Column::Title;
        else if (f == QLatin1String("paper") || f == QLatin1String("papers") || f == QLatin1String("pdf")
                 || f == QLatin1String("link") || f == QLatin1String("links") || f == QLatin1String("arxiv"))
            column = Column::Link;
        else if (f == QLatin1String("venue") || f == QLatin1String("conference") || f == QLatin1String("conf")
                 || f == QLatin1String("publication") || f == QLatin1String("journal") || f == QLatin1String("pub")
                 || f == QLatin1String("published") || f == QLatin1String("where") || f == QLatin1String("venueyear"))
            column = Column::Venue;
        else if (f == QLatin1String("year") || f == QLatin1String("date") || f == QLatin1String("time"))
            column = Column::Year;
        else if (f == QLatin1String("author") || f == QLatin1String("authors"))
            column = Column::Authors;
        else if (f == QLatin1String("code") || f == QLatin1String("github") || f == QLatin1String("repo")
                 || f == QLatin1String("implementation") || f == QLatin1String("officialcode"))
            column = Column::Code;
        haveTitle = haveTitle || column == Column::Title;
        columns.append(column);
    }
    // Without a Title column, a "Paper" column holds the titles as link texts.
    if (!haveTitle) {
        for (Column &column : columns) {
            if (column == Column::Link) {
                column = Column::Title;
                haveTitle = true;
                break;
            }
        }
    }
    if (!haveTitle && !columns.isEmpty())
        columns[0] = Column::Title;
    return columns;
}

ItemResult analyseTableRow(const QList<QStringView> &cells, const QList<Column> &columns)
{
    qsizetype titleColumn = columns.indexOf(Column::Title);
    if (titleColumn < 0 || titleColumn >= cells.size())
        return {};
    ItemContext context;
    context.tableCell = true;
    context.tagsFromCode = false;
    ItemResult result = analyseItem(InlineParser(cells[titleColumn]).parse(), context);
    if (result.paper.title.isEmpty())
        return result;
    Paper &paper = result.paper;
    for (qsizetype i = 0; i < cells.size() && i < columns.size(); ++i) {
        if (i == titleColumn)
            continue;
        const InlineContent content = InlineParser(cells[i]).parse();
        QString text;
        for (const Piece &p : content.pieces) {
            if (p.kind == Piece::Kind::Text || p.kind == Piece::Kind::Code)
                text += p.text;
            else if (p.kind == Piece::Kind::Link) {
                if (isPaperUrl(p.url)) {
                    if (!result.hasPaperLink) {
                        result.hasPaperLink = true;
                        paper.url = p.url;
                    }
                    if (paper.arxivId.isEmpty())
                        paper.arxivId = arxivIdOfUrl(p.url);
                    if (paper.doi.isEmpty())
                        paper.doi = doiOfUrl(p.url);
                } else if (paper.comment.isEmpty() && p.url.contains(QLatin1String("://"))
                           && (columns[i] == Column::Code || isCodeHostUrl(p.url) || isCodeLabel(p.text))) {
                    paper.comment = QStringLiteral("Code: ") + p.url;
                }
                if (columns[i] == Column::Venue || columns[i] == Column::Year)
                    text += p.text;
            }
        }
        text = text.simplified();
        if (text.isEmpty() || text == QLatin1String("-"))
            continue;
        switch (columns[i]) {
        case Column::Venue:
            if (const auto v = parseVenue(text)) {
                paper.venue = v->venue;
                if (v->year)
                    paper.year = v->year;
            } else {
                paper.venue = text;
            }
            break;
        case Column::Year: {
            static const QRegularExpression year(QStringLiteral(R"((?<!\d)((?:19|20)\d{2})(?!\d))"));
            if (const auto m = year.match(text); m.hasMatch())
                paper.year = m.capturedView(1).toInt();
            break;
        }
        case Column::Authors:
            if (const QStringList names = parseNameList(text, false); !names.isEmpty())
                paper.authors = names;
            break;
        default:
            break;
        }
    }
    result.isPaper = result.hasPaperLink;
    return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks

struct Line {
    QStringView text;
    qsizetype start = 0;
    int number = 0;
};

class LineCursor
{
public:
    explicit LineCursor(QStringView text)
        : m_text(text)
    {
    }
    bool next(Line *line)
    {
        if (m_pos >= m_text.size())
            return false;
        qsizetype end = m_text.indexOf(u'\n', m_pos);
        if (end < 0)
            end = m_text.size();
        *line = Line{m_text.sliced(m_pos, end - m_pos), m_pos, m_number};
        m_pos = end + 1;
        ++m_number;
        return true;
    }
    // The line after the one last returned, without moving.
    QStringView peek() const
    {
        if (m_pos >= m_text.size())
            return {};
        qsizetype end = m_text.indexOf(u'\n', m_pos);
        if (end < 0)
            end = m_text.size();
        return m_text.sliced(m_pos, end - m_pos);
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    int m_number = 1;
};

qsizetype indentation(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    return i;
}

// "## Heading ##" → level 2 and its text; 0 when the line is no ATX heading.
int atxHeading(QStringView line, QStringView *text)
{
    const qsizetype indent = indentation(line);
    if (indent > 3)
        return 0;
    qsizetype i = indent;
    while (i < line.size() && line[i] == u'#')
        ++i;
    const int level = int(i - indent);
    if (level < 1 || level > 6 || (i < line.size() && line[i] != u' ' && line[i] != u'\t'))
        return 0;
    QStringView t = line.sliced(i).trimmed();
    qsizetype end = t.size();
    while (end > 0 && t[end - 1] == u'#')
        --end;
    if (end < t.size() && (end == 0 || t[end - 1] == u' '))
        t = t.first(end).trimmed();
    if (text)
        *text = t;
    return level;
}

bool isFence(QStringView line, QChar *fenceChar, qsizetype *fenceLength)
{
    const QStringView t = listing::trimmedLeft(line);
    if (t.size() < 3 || (t[0] != u'`' && t[0] != u'~'))
        return false;
    qsizetype n = 0;
    while (n < t.size() && t[n] == t[0])
        ++n;
    if (n < 3)
        return false;
    if (t[0] == u'`' && t.sliced(n).contains(u'`'))
        return false;
    *fenceChar = t[0];
    *fenceLength = n;
    return true;
}

bool isThematicBreak(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 3)
        return false;
    const QChar c = t[0];
    if (c != u'-' && c != u'*' && c != u'_')
        return false;
    int marks = 0;
    for (QChar x : t) {
        if (x == c)
            ++marks;
        else if (!x.isSpace())
            return false;
    }
    return marks >= 3;
}

// The content of a list item line after its marker ("- ", "* ", "+ ", "1. ", "1) ", and a task box "[ ] "); -1
// when the line is no list item.
qsizetype listItemContentStart(QStringView line)
{
    qsizetype i = indentation(line);
    if (i >= line.size())
        return -1;
    const QChar c = line[i];
    if (c == u'-' || c == u'*' || c == u'+') {
        ++i;
    } else if (c.isDigit()) {
        const qsizetype digitsStart = i;
        while (i < line.size() && line[i].isDigit() && i - digitsStart < 9)
            ++i;
        if (i >= line.size() || (line[i] != u'.' && line[i] != u')'))
            return -1;
        ++i;
    } else {
        return -1;
    }
    if (i < line.size() && line[i] != u' ' && line[i] != u'\t')
        return -1;
    while (i < line.size() && (line[i] == u' ' || line[i] == u'\t'))
        ++i;
    const QStringView rest = line.sliced(i);
    if (rest.size() >= 3 && rest[0] == u'[' && rest[2] == u']'
        && (rest[1] == u' ' || rest[1] == u'x' || rest[1] == u'X') && (rest.size() == 3 || rest[3] == u' '))
        i += std::min<qsizetype>(4, rest.size());
    return i;
}

// What a section holds besides papers.
enum class SectionKind {
    Papers,
    // A table of contents: its own bullets link to sections. Lists such as Awesome-Pruning put every section
    // under their "## Table of Contents" heading, one level deeper, so the headings below it are papers again.
    Contents,
    // Contributing, license, citation, news, related lists: nothing in them or below them is a paper.
    Other,
};

struct HeadingEntry {
    int level = 0;
    QString text; // empty for the document title, year headings and tables of contents
    SectionKind kind = SectionKind::Papers;
    std::optional<int> year;
};

QString cleanHeading(QStringView raw)
{
    const InlineContent content = InlineParser(raw).parse();
    QString text;
    for (const Piece &p : content.pieces)
        text += p.kind == Piece::Kind::Break ? QStringLiteral(" ") : p.text;
    text = text.simplified();
    // "1.2 Quantization", "II. Pruning", "A. Distillation:".
    static const QRegularExpression numbering(
        QStringLiteral(R"(^(?:\d+(?:\.\d+)*[.)]?|[IVXLC]+\.|[A-Z]\.|\(\w{1,3}\))\s+)"));
    text.remove(numbering);
    while (!text.isEmpty() && (text.back() == u':' || text.back().isSpace()))
        text.chop(1);
    text.replace(u'/', QChar(kHeadingSlash));
    return text;
}

SectionKind sectionKind(const QString &heading)
{
    const QString f = foldedText(heading);
    static const QSet<QString> contents =
        wordSet("tableofcontents tableofcontent contents content toc outline overview");
    if (contents.contains(f))
        return SectionKind::Contents;
    static const QSet<QString> names =
        wordSet("contributing contribute contribution contributions howtocontribute contributors license licence "
                "citation citations cite "
                "citing howtocite citeus citethis bibtex acknowledgement acknowledgements acknowledgment "
                "acknowledgments starhistory stargazers relatedlists otherlists otherawesomelists awesomelists "
                "relatedawesomelists relatedrepositories relatedrepos relatedprojects news updates update "
                "changelog contact contactus todo fulllist");
    if (f.startsWith(QLatin1String("tableofcontent")))
        return SectionKind::Contents;
    if (names.contains(f) || f.startsWith(QLatin1String("howtocontribute"))
        || f.startsWith(QLatin1String("acknowledg")))
        return SectionKind::Other;
    return SectionKind::Papers;
}

std::optional<int> yearHeading(const QString &heading)
{
    static const QRegularExpression year(QStringLiteral(R"(^((?:19|20)\d{2})$)"));
    const auto m = year.match(heading);
    if (!m.hasMatch())
        return std::nullopt;
    return m.capturedView(1).toInt();
}

// Whether the line opens an HTML <pre> block; an escaped "\<pre" or a word such as "<prefix>" does not.
bool opensPre(QStringView line)
{
    qsizetype at = line.indexOf(QLatin1String("<pre"), 0, Qt::CaseInsensitive);
    while (at >= 0) {
        const qsizetype next = at + 4;
        if ((at == 0 || line[at - 1] != u'\\') && (next >= line.size() || line[next] == u'>' || line[next].isSpace()))
            return true;
        at = line.indexOf(QLatin1String("<pre"), next, Qt::CaseInsensitive);
    }
    return false;
}

// Whether the line is a list item or table row with a link to a paper (for detection only).
bool hasPaperLink(QStringView line)
{
    qsizetype at = line.indexOf(QLatin1String("]("));
    while (at >= 0) {
        qsizetype end = at + 2;
        if (end < line.size() && line[end] == u'<')
            ++end;
        const qsizetype urlStart = end;
        while (end < line.size() && !line[end].isSpace() && line[end] != u')' && line[end] != u'>')
            ++end;
        if (isPaperUrl(line.sliced(urlStart, end - urlStart).toString()))
            return true;
        at = line.indexOf(QLatin1String("]("), end);
    }
    return false;
}

} // namespace

QString MarkdownListParser::id() const
{
    return QStringLiteral("markdown");
}

QString MarkdownListParser::displayName() const
{
    return QCoreApplication::translate("lectern::MarkdownListParser", "Markdown paper list");
}

int MarkdownListParser::confidence(QStringView text) const
{
    const QStringView head = listing::detectionWindow(text);
    int headings = 0;
    int paperLines = 0;
    bool inFence = false;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    LineCursor cursor(head);
    Line line;
    while (cursor.next(&line)) {
        QChar c;
        qsizetype n = 0;
        if (isFence(line.text, &c, &n)) {
            if (!inFence) {
                inFence = true;
                fenceChar = c;
                fenceLength = n;
            } else if (c == fenceChar && n >= fenceLength) {
                inFence = false;
            }
            continue;
        }
        if (inFence)
            continue;
        if (atxHeading(line.text, nullptr) > 0) {
            ++headings;
            continue;
        }
        const QStringView t = line.text.trimmed();
        if (t.startsWith(QLatin1String(kLecternListMarker)))
            return 95;
        if ((t.startsWith(u'|') || listItemContentStart(line.text) >= 0) && hasPaperLink(t))
            ++paperLines;
    }
    if (paperLines == 0)
        return headings > 0 ? 10 : 0;
    if (headings > 0)
        return paperLines >= 2 ? 90 : 60;
    return paperLines >= 3 ? 70 : 30;
}

ParseResult MarkdownListParser::parse(QStringView text) const
{
    ParseResult result;

    // The document title: a first heading of level 1 that is the only one, or that names an awesome list.
    int firstHeadingLine = 0;
    int levelOneHeadings = 0;
    bool firstIsLevelOne = false;
    bool firstIsAwesome = false;
    // Our own export: every top-level bullet is a paper, even one without a link, venue or year.
    bool lecternList = false;
    {
        LineCursor cursor(text);
        Line line;
        Line previous; // the last paragraph line, for setext headings
        bool inFence = false;
        QChar fenceChar;
        qsizetype fenceLength = 0;
        while (cursor.next(&line)) {
            QChar c;
            qsizetype n = 0;
            if (isFence(line.text, &c, &n)) {
                if (!inFence) {
                    inFence = true;
                    fenceChar = c;
                    fenceLength = n;
                } else if (c == fenceChar && n >= fenceLength) {
                    inFence = false;
                }
                previous = Line{};
                continue;
            }
            if (inFence)
                continue;
            if (line.text.trimmed().startsWith(QLatin1String(kLecternListMarker)))
                lecternList = true;
            QStringView headingText;
            int level = atxHeading(line.text, &headingText);
            int headingLine = line.number;
            const QStringView trimmed = line.text.trimmed();
            // A setext heading: a paragraph line underlined with "=" (level 1) or "-" (level 2).
            if (level == 0 && previous.number > 0 && !trimmed.isEmpty()
                && (trimmed.count(u'=') == trimmed.size() || trimmed.count(u'-') == trimmed.size())) {
                level = trimmed.front() == u'=' ? 1 : 2;
                headingText = previous.text.trimmed();
                headingLine = previous.number;
            }
            const bool paragraphLine = level == 0 && !listing::isBlank(line.text) && listItemContentStart(line.text) < 0
                                       && !trimmed.startsWith(u'|') && !trimmed.startsWith(u'<');
            previous = paragraphLine ? line : Line{};
            if (level == 0)
                continue;
            if (firstHeadingLine == 0) {
                firstHeadingLine = headingLine;
                firstIsLevelOne = level == 1;
                firstIsAwesome = foldedText(headingText).startsWith(QLatin1String("awesome"));
            }
            if (level == 1)
                ++levelOneHeadings;
        }
    }
    const int titleLine = firstIsLevelOne && (levelOneHeadings == 1 || firstIsAwesome) ? firstHeadingLine : 0;

    QList<HeadingEntry> headings;
    const auto excluded = [&headings] {
        if (!headings.isEmpty() && headings.last().kind == SectionKind::Contents)
            return true;
        for (const HeadingEntry &h : std::as_const(headings)) {
            if (h.kind == SectionKind::Other)
                return true;
        }
        return false;
    };
    const auto addHeading = [&](int level, QStringView raw, int lineNumber) {
        while (!headings.isEmpty() && headings.last().level >= level)
            headings.removeLast();
        HeadingEntry entry;
        entry.level = level;
        if (lineNumber != titleLine) {
            const QString cleaned = cleanHeading(raw.size() > kMaxItemLength ? raw.first(kMaxItemLength) : raw);
            entry.kind = sectionKind(cleaned);
            entry.year = yearHeading(cleaned);
            if (!entry.year && entry.kind != SectionKind::Contents)
                entry.text = cleaned;
        }
        headings.append(entry);
    };
    const auto headingTag = [&headings] {
        QStringList levels;
        for (const HeadingEntry &h : std::as_const(headings)) {
            if (!h.text.isEmpty())
                levels.append(h.text);
        }
        return levels.join(u'/');
    };
    const auto headingYear = [&headings]() -> std::optional<int> {
        for (qsizetype i = headings.size() - 1; i >= 0; --i) {
            if (headings[i].year)
                return headings[i].year;
        }
        return std::nullopt;
    };
    const auto addRecord = [&](ItemResult item, int lineNumber, qsizetype start, qsizetype end) {
        if (!item.isPaper)
            return;
        Paper &paper = item.paper;
        const QString tag = headingTag();
        if (!tag.isEmpty())
            paper.tags.prepend(tag);
        if (!paper.year)
            paper.year = headingYear();
        RawRecord record;
        record.position = int(result.records.size());
        record.line = lineNumber;
        record.rawStart = start;
        record.rawEnd = end;
        record.paper = std::move(paper);
        result.records.append(std::move(record));
    };

    // The list item being read: its marker line and continuation lines.
    struct PendingItem {
        bool active = false;
        bool tooLong = false;
        bool topLevel = false;
        int line = 0;
        qsizetype start = 0;
        qsizetype end = 0;
        QString content;
    } item;
    const auto flushItem = [&] {
        if (!item.active)
            return;
        if (item.tooLong) {
            result.messages.append(
                {ImportMessage::Severity::Warning, item.line,
                 QCoreApplication::translate("lectern::MarkdownListParser",
                                             "line %1: a list item longer than %2 characters was ignored")
                     .arg(item.line)
                     .arg(kMaxItemLength)});
        } else if (auto own = lecternList && item.topLevel ? analyseLecternItem(item.content) : std::nullopt) {
            addRecord(std::move(*own), item.line, item.start, item.end);
        } else if (!excluded()) {
            addRecord(analyseItem(InlineParser(item.content).parse(), ItemContext{}), item.line, item.start, item.end);
        }
        item = PendingItem{};
    };
    const auto appendToItem = [&](QStringView part, const Line &line) {
        item.end = line.start + line.text.size();
        if (item.tooLong)
            return;
        if (item.content.size() + part.size() > kMaxItemLength) {
            item.tooLong = true;
            item.content.clear();
            return;
        }
        if (!item.content.isEmpty())
            item.content += QLatin1Char('\n');
        item.content += part;
    };

    bool inFence = false;
    int fenceLine = 0;
    QChar fenceChar;
    qsizetype fenceLength = 0;
    bool inComment = false;
    bool inPre = false;
    bool inTable = false;
    QList<Column> columns;
    // The previous line, when it was a paragraph line (for setext headings).
    bool afterParagraph = false;
    Line paragraph;

    LineCursor cursor(text);
    Line line;
    while (cursor.next(&line)) {
        const QStringView t = line.text;
        QChar c;
        qsizetype n = 0;
        if (inFence) {
            if (isFence(t, &c, &n) && c == fenceChar && n >= fenceLength
                && listing::isBlank(t.sliced(t.indexOf(c) + n)))
                inFence = false;
            continue;
        }
        if (inComment) {
            if (t.contains(QLatin1String("-->")))
                inComment = false;
            continue;
        }
        if (inPre) {
            if (t.contains(QLatin1String("</pre>"), Qt::CaseInsensitive))
                inPre = false;
            continue;
        }
        if (listing::isBlank(t)) {
            flushItem();
            inTable = false;
            afterParagraph = false;
            continue;
        }
        if (isFence(t, &fenceChar, &fenceLength)) {
            flushItem();
            inTable = false;
            afterParagraph = false;
            inFence = true;
            fenceLine = line.number;
            continue;
        }
        const QStringView trimmed = t.trimmed();
        if (trimmed.startsWith(QLatin1String("<!--")) && !trimmed.contains(QLatin1String("-->"))) {
            flushItem();
            afterParagraph = false;
            inComment = true;
            continue;
        }
        if (opensPre(t) && !t.contains(QLatin1String("</pre>"), Qt::CaseInsensitive)) {
            flushItem();
            afterParagraph = false;
            inPre = true;
            continue;
        }
        QStringView headingText;
        if (const int level = atxHeading(t, &headingText); level > 0) {
            flushItem();
            inTable = false;
            afterParagraph = false;
            addHeading(level, headingText, line.number);
            continue;
        }
        if (afterParagraph && indentation(t) <= 3 && !trimmed.isEmpty()
            && (trimmed.count(u'=') == trimmed.size() || (trimmed.count(u'-') == trimmed.size() && !item.active))) {
            addHeading(trimmed.front() == u'=' ? 1 : 2, paragraph.text.trimmed(), paragraph.number);
            afterParagraph = false;
            continue;
        }
        // A GFM table: a header row, then a delimiter row ("|:--|:-:|"); without pipes at the start of the header,
        // the delimiter row needs them, or "text | text" over a "---" line would be a table.
        if (!inTable && trimmed.contains(u'|') && isDelimiterRow(cursor.peek())
            && (trimmed.startsWith(u'|') || cursor.peek().contains(u'|'))) {
            flushItem();
            afterParagraph = false;
            columns = tableColumns(tableCells(trimmed));
            inTable = true;
            cursor.next(&line); // the delimiter row
            continue;
        }
        if (inTable) {
            if (trimmed.contains(u'|')) {
                if (!excluded() && trimmed.size() <= kMaxItemLength) {
                    const qsizetype start = line.start + (trimmed.data() - t.data());
                    addRecord(analyseTableRow(tableCells(trimmed), columns), line.number, start,
                              start + trimmed.size());
                }
                continue;
            }
            inTable = false;
        }
        if (isThematicBreak(t)) {
            flushItem();
            afterParagraph = false;
            continue;
        }
        if (const qsizetype content = listItemContentStart(t); content >= 0) {
            // In our own list, nested bullets are notes on the paper above.
            if (lecternList && item.active && item.topLevel && indentation(t) >= 2) {
                appendToItem(trimmed, line);
                continue;
            }
            flushItem();
            afterParagraph = false;
            item.active = true;
            item.line = line.number;
            item.start = line.start + indentation(t);
            item.topLevel = indentation(t) < 2;
            appendToItem(t.sliced(content), line);
            continue;
        }
        if (item.active) {
            appendToItem(trimmed, line);
            continue;
        }
        paragraph = line;
        afterParagraph = !trimmed.startsWith(u'|') && !trimmed.startsWith(u'<');
    }
    flushItem();
    if (inFence) {
        result.messages.append(
            {ImportMessage::Severity::Warning, fenceLine,
             QCoreApplication::translate("lectern::MarkdownListParser",
                                         "line %1: a code block is never closed; the rest of the file was not read")
                 .arg(fenceLine)});
    }
    return result;
}

} // namespace lectern
