#include "export/csljsonexporter.h"

#include "domain/personname.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <optional>

namespace lectern {

namespace {

struct DateParts {
    int year = 0;
    int month = 0; // 0 when the date has none
    int day = 0;
};

int monthNumber(QStringView word)
{
    static constexpr std::array kMonths = {
        QLatin1String("january"),   QLatin1String("february"), QLatin1String("march"),    QLatin1String("april"),
        QLatin1String("may"),       QLatin1String("june"),     QLatin1String("july"),     QLatin1String("august"),
        QLatin1String("september"), QLatin1String("october"),  QLatin1String("november"), QLatin1String("december")};
    if (word.size() < 3)
        return 0;
    for (int i = 0; i < int(kMonths.size()); ++i) {
        if (word.compare(kMonths[size_t(i)], Qt::CaseInsensitive) == 0
            || (word.size() == 3 && kMonths[size_t(i)].startsWith(word, Qt::CaseInsensitive))
            || (i == 8 && word.compare(QLatin1String("sept"), Qt::CaseInsensitive) == 0))
            return i + 1;
    }
    return 0;
}

bool isWeekday(QStringView word)
{
    static constexpr std::array kDays = {QLatin1String("mon"), QLatin1String("tue"), QLatin1String("wed"),
                                         QLatin1String("thu"), QLatin1String("fri"), QLatin1String("sat"),
                                         QLatin1String("sun")};
    for (QLatin1String day : kDays) {
        if (word.size() >= 3 && word.startsWith(day, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// ISO dates ("2023-12-06", "2023-12", "2023") and English ones ("Dec 6, 2023", "6 December 2023", "Jul 25" with
// the paper's year).
std::optional<DateParts> dateParts(const QString &date, std::optional<int> paperYear)
{
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$)"));
    const QString t = date.trimmed();
    if (const auto m = iso.match(t); m.hasMatch()) {
        DateParts parts{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
        if (parts.month < 1 || parts.month > 12)
            parts.month = parts.day = 0;
        if (parts.day < 1 || parts.day > 31)
            parts.day = 0;
        return parts.year > 0 ? std::optional(parts) : std::nullopt;
    }
    static const QRegularExpression token(QStringLiteral(R"([A-Za-z]+|\d+)"));
    DateParts parts;
    for (auto it = token.globalMatch(t); it.hasNext();) {
        const QStringView word = it.next().capturedView();
        if (word.front().isDigit()) {
            if (word.size() == 4 && parts.year == 0)
                parts.year = word.toInt();
            else if (word.size() <= 2 && parts.day == 0)
                parts.day = word.toInt();
            else
                return std::nullopt;
        } else if (const int month = monthNumber(word); month > 0 && parts.month == 0) {
            parts.month = month;
        } else if (!isWeekday(word)) {
            return std::nullopt;
        }
    }
    if (parts.month == 0)
        return std::nullopt;
    if (parts.year == 0)
        parts.year = paperYear.value_or(0);
    if (parts.day < 1 || parts.day > 31)
        parts.day = 0;
    return parts.year > 0 ? std::optional(parts) : std::nullopt;
}

QJsonObject issued(const Paper &paper)
{
    QJsonArray parts;
    if (const auto date = dateParts(paper.date, paper.year); date && (!paper.year || *paper.year == date->year)) {
        parts.append(date->year);
        if (date->month > 0)
            parts.append(date->month);
        if (date->month > 0 && date->day > 0)
            parts.append(date->day);
    } else if (paper.year) {
        parts.append(*paper.year);
    } else if (!paper.date.isEmpty()) {
        return QJsonObject{{QStringLiteral("literal"), paper.date}};
    } else {
        return {};
    }
    return QJsonObject{{QStringLiteral("date-parts"), QJsonArray{parts}}};
}

QJsonArray names(const QStringList &list)
{
    QJsonArray result;
    for (const QString &name : list) {
        // BibTeX's "and others": CSL has no such name; styles add "et al." themselves.
        if (name == QLatin1String("others") || name.trimmed().isEmpty())
            continue;
        const PersonName person = splitPersonName(name);
        QJsonObject object;
        if (person.literal) {
            object.insert(QStringLiteral("literal"), name.simplified());
        } else {
            object.insert(QStringLiteral("family"), person.family);
            if (!person.given.isEmpty())
                object.insert(QStringLiteral("given"), person.given);
            if (!person.suffix.isEmpty())
                object.insert(QStringLiteral("suffix"), person.suffix);
        }
        result.append(object);
    }
    return result;
}

QString cslType(const Paper &paper)
{
    const QString &type = paper.type;
    if (type == QLatin1String("article"))
        return QStringLiteral("article-journal");
    if (type == QLatin1String("inproceedings"))
        return QStringLiteral("paper-conference");
    if (type == QLatin1String("book"))
        return QStringLiteral("book");
    if (type == QLatin1String("incollection"))
        return QStringLiteral("chapter");
    if (type == QLatin1String("phdthesis") || type == QLatin1String("mastersthesis"))
        return QStringLiteral("thesis");
    if (type == QLatin1String("techreport"))
        return QStringLiteral("report");
    if (type == QLatin1String("online"))
        return QStringLiteral("webpage");
    if (type == QLatin1String("unpublished"))
        return QStringLiteral("manuscript");
    // misc, or no type (a listing): a preprint when it has an arXiv identifier.
    return paper.arxivId.isEmpty() ? QStringLiteral("document") : QStringLiteral("article");
}

void insertText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QString CslJsonExporter::id() const
{
    return QStringLiteral("csljson");
}

QString CslJsonExporter::displayName() const
{
    return QCoreApplication::translate("lectern::CslJsonExporter", "CSL-JSON");
}

QString CslJsonExporter::fileSuffix() const
{
    return QStringLiteral("json");
}

QString CslJsonExporter::highlightingDefinition() const
{
    return QStringLiteral("JSON");
}

QString CslJsonExporter::begin(const ExportContext &context) const
{
    Q_UNUSED(context);
    return QStringLiteral("[");
}

QString CslJsonExporter::entry(const Paper &paper, qsizetype index) const
{
    QJsonObject item;
    // Every CSL item needs an id; a paper built by hand has no citation key yet, and its place in the export is
    // unique within the file.
    item.insert(QStringLiteral("id"),
                paper.citationKey.isEmpty() ? QStringLiteral("item%1").arg(index + 1) : paper.citationKey);
    const QString type = cslType(paper);
    item.insert(QStringLiteral("type"), type);
    insertText(item, QStringLiteral("title"), paper.title);
    if (const QJsonArray authors = names(paper.authors); !authors.isEmpty())
        item.insert(QStringLiteral("author"), authors);
    if (const QJsonArray editors = names(paper.editors); !editors.isEmpty())
        item.insert(QStringLiteral("editor"), editors);
    if (const QJsonObject date = issued(paper); !date.isEmpty())
        item.insert(QStringLiteral("issued"), date);
    insertText(item, QStringLiteral("container-title"), paper.venue);
    insertText(item, QStringLiteral("volume"), paper.volume);
    // A report's number is what BibTeX calls the techreport's number, kept as the issue.
    insertText(item, type == QLatin1String("report") ? QStringLiteral("number") : QStringLiteral("issue"), paper.issue);
    insertText(item, QStringLiteral("page"), QString(paper.pages).replace(QChar(0x2013), u'-'));
    insertText(item, QStringLiteral("DOI"), paper.doi);
    insertText(item, QStringLiteral("URL"), paper.url);
    // Semicolons when a tag holds a comma, so that it is read back whole.
    const bool comma =
        std::any_of(paper.tags.cbegin(), paper.tags.cend(), [](const QString &tag) { return tag.contains(u','); });
    insertText(item, QStringLiteral("keyword"), paper.tags.join(comma ? QStringLiteral("; ") : QStringLiteral(", ")));
    insertText(item, QStringLiteral("abstract"), paper.abstract);
    if (paper.type == QLatin1String("phdthesis"))
        item.insert(QStringLiteral("genre"), QStringLiteral("PhD thesis"));
    else if (paper.type == QLatin1String("mastersthesis"))
        item.insert(QStringLiteral("genre"), QStringLiteral("Master's thesis"));

    QString publisher = paper.publisher;
    QString note = paper.comment;
    if (!paper.arxivId.isEmpty()) {
        const QString arxiv = QStringLiteral("arXiv:") + paper.arxivId;
        if (type == QLatin1String("article")) {
            item.insert(QStringLiteral("number"), arxiv);
            if (publisher.isEmpty())
                publisher = QStringLiteral("arXiv");
        } else {
            note = note.isEmpty() ? arxiv : note + QLatin1Char('\n') + arxiv;
        }
    }
    insertText(item, QStringLiteral("publisher"), publisher);
    insertText(item, QStringLiteral("note"), note);

    // QJsonDocument escapes; the item is indented one level further, as an element of the array.
    // JSON strings hold no raw line breaks, so every line break is between tokens.
    QString json = QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Indented)).trimmed();
    json.replace(u'\n', QStringLiteral("\n    "));
    return (index == 0 ? QStringLiteral("\n    ") : QStringLiteral(",\n    ")) + json;
}

QString CslJsonExporter::end(qsizetype count) const
{
    return count == 0 ? QStringLiteral("]\n") : QStringLiteral("\n]\n");
}

} // namespace lectern
