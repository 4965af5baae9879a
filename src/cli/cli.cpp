#include "cli/cli.h"

#include "export/exportjob.h"
#include "export/exportregistry.h"
#include "extract/extractjson.h"
#include "extract/extractor.h"
#include "import/formatregistry.h"
#include "import/importjob.h"
#include "import/reextraction.h"
#include "query/queryrunner.h"
#include "store/library.h"
#include "store/librarytaxonomy.h"
#include "store/paperreader.h"
#include "store/readinglists.h"
#include "store/transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace lectern::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate(
               "lectern::cli",
               "Usage: lectern-cli [--library PATH] COMMAND [OPTIONS]\n"
               "\n"
               "Commands:\n"
               "  import [--dry-run] [--format ID] FILE...\n"
               "                                   import files into the library, one transaction per file; the\n"
               "                                   format is detected from the content unless --format names it\n"
               "                                   (%2). --dry-run reports what an import would do and stores\n"
               "                                   nothing\n"
               "  export --format F [--query TEXT | --list NAME] [-o FILE]\n"
               "                                   write the papers matching TEXT (all without --query), or the\n"
               "                                   reading list NAME in its order, as F: %3; to FILE (written\n"
               "                                   atomically) or standard output\n"
               "  lists                            print the reading lists and their sizes\n"
               "  lists --create NAME [--query TEXT]\n"
               "                                   make a reading list, with the papers matching TEXT\n"
               "  lists --add NAME --query TEXT    append the papers matching TEXT to a reading list\n"
               "  lists --delete NAME              delete a reading list (not its papers)\n"
               "  list [--query TEXT] --json       print the papers matching TEXT (all papers without --query)\n"
               "  extract --json IN.json           print techniques and metrics of [{id, title, abstract}], with the\n"
               "                                   built-in taxonomy or, given --library, the library's\n"
               "  reextract [--techniques-only]    run extraction again over every paper of the library\n"
               "  taxonomy --export FILE|-         write the library's taxonomy as JSON\n"
               "  taxonomy --import FILE           make FILE the library's taxonomy and re-extract techniques\n"
               "\n"
               "Options:\n"
               "  --library PATH   the library file (default: %1)\n"
               "  --help           show this help\n"
               "  --version        show the version\n"
               "\n"
               "Exit status: 0 success, 1 a file failed or an error occurred, 2 usage error.\n")
        .arg(Library::defaultPath(), FormatRegistry::instance().ids().join(QStringLiteral(", ")),
             ExportRegistry::instance().ids().join(QStringLiteral(", ")));
}

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject paperJson(PaperReader &reader, qint64 id)
{
    const Paper p = reader.load(id);
    QJsonObject o;
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("title"), p.title);
    o.insert(QStringLiteral("title_is_provisional"), p.titleIsProvisional);
    o.insert(QStringLiteral("abstract"), p.abstract);
    o.insert(QStringLiteral("authors"), QJsonArray::fromStringList(p.authors));
    o.insert(QStringLiteral("author_count"),
             p.authors.isEmpty() ? optionalInt(p.authorCount) : QJsonValue(int(p.authors.size())));
    o.insert(QStringLiteral("year"), optionalInt(p.year));
    o.insert(QStringLiteral("date"), nullable(p.date));
    o.insert(QStringLiteral("venue"), nullable(p.venue));
    o.insert(QStringLiteral("arxiv"), nullable(p.arxivId));
    o.insert(QStringLiteral("doi"), nullable(p.doi));
    o.insert(QStringLiteral("url"), nullable(p.url));
    o.insert(QStringLiteral("comment"), nullable(p.comment));
    o.insert(QStringLiteral("upvotes"), optionalInt(p.upvotes));
    o.insert(QStringLiteral("citation_key"), nullable(p.citationKey));
    o.insert(QStringLiteral("type"), nullable(p.type));
    o.insert(QStringLiteral("volume"), nullable(p.volume));
    o.insert(QStringLiteral("issue"), nullable(p.issue));
    o.insert(QStringLiteral("pages"), nullable(p.pages));
    o.insert(QStringLiteral("publisher"), nullable(p.publisher));
    o.insert(QStringLiteral("editors"), QJsonArray::fromStringList(p.editors));
    QJsonArray techniques;
    for (const TechniqueFact &t : p.techniques)
        techniques.append(t.id);
    o.insert(QStringLiteral("techniques"), techniques);
    QJsonArray metrics;
    for (const MetricFact &m : p.metrics) {
        metrics.append(QJsonObject{{QStringLiteral("kind"), m.kind},
                                   {QStringLiteral("value"), m.value},
                                   {QStringLiteral("unit"), m.unit},
                                   {QStringLiteral("direction"), m.direction},
                                   {QStringLiteral("text"), m.text},
                                   {QStringLiteral("start"), m.start},
                                   {QStringLiteral("end"), m.end}});
    }
    o.insert(QStringLiteral("metrics"), metrics);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(p.tags));
    QJsonArray sources;
    for (const SourceRef &s : reader.sources(id)) {
        sources.append(QJsonObject{{QStringLiteral("file"), s.file},
                                   {QStringLiteral("format"), s.format},
                                   {QStringLiteral("position"), s.position},
                                   {QStringLiteral("line"), s.line}});
    }
    o.insert(QStringLiteral("sources"), sources);
    return o;
}

int importCommand(const QString &libraryPath, QStringList args, QTextStream &out, QTextStream &err)
{
    bool dryRun = false;
    ImportOptions options;
    QStringList files;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--dry-run")) {
            dryRun = true;
        } else if (a == QLatin1String("--format") && i + 1 < args.size()) {
            options.format = args[++i];
            if (!FormatRegistry::instance().byId(options.format)) {
                err << QCoreApplication::translate("lectern::cli", "lectern-cli import: unknown format %1 (known: %2)")
                           .arg(options.format, FormatRegistry::instance().ids().join(QStringLiteral(", ")))
                    << '\n';
                return UsageError;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            err << QCoreApplication::translate("lectern::cli", "lectern-cli import: unknown option %1").arg(a) << '\n';
            return UsageError;
        } else {
            files.append(a);
        }
    }
    if (files.isEmpty()) {
        err << QCoreApplication::translate("lectern::cli", "lectern-cli import: no files given") << '\n';
        return UsageError;
    }
    // A dry run touches nothing: it reads the library when there is one and otherwise checks the files against
    // an empty in-memory library, instead of creating the file.
    const bool noLibrary = dryRun && !QFileInfo::exists(libraryPath);
    Library library(noLibrary ? QStringLiteral(":memory:") : libraryPath,
                    dryRun ? Library::Access::Read : Library::Access::Write);
    const Extractor extractor(libraryTaxonomy(library.db()));
    ImportJob job(library.db(), extractor);
    job.setDryRun(dryRun);
    job.setOptions(options);
    int status = Success;
    for (const QString &file : files) {
        const ImportReport report = job.importFile(file);
        (report.failed ? err : out) << report.toText() << '\n';
        if (report.failed)
            status = Failure;
    }
    return status;
}

int listCommand(const QString &libraryPath, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString queryText;
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--json")) {
            json = true;
        } else if (args[i] == QLatin1String("--query") && i + 1 < args.size()) {
            queryText = args[++i];
        } else if (args[i].startsWith(QLatin1String("--query="))) {
            queryText = args[i].mid(8);
        } else {
            err << QCoreApplication::translate("lectern::cli", "lectern-cli list: unexpected argument %1").arg(args[i])
                << '\n';
            return UsageError;
        }
    }
    if (!json) {
        err << QCoreApplication::translate("lectern::cli",
                                           "lectern-cli list: only --json output is supported; add --json")
            << '\n';
        return UsageError;
    }
    const Query query = Query::parse(queryText);
    if (!query.isValid()) {
        err << QCoreApplication::translate("lectern::cli", "lectern-cli list: invalid query at character %1: %2")
                   .arg(query.errorPosition() + 1)
                   .arg(query.errorMessage())
            << '\n';
        return UsageError;
    }
    Library library(libraryPath, Library::Access::Read);
    QueryRunner runner(library.db(), libraryTaxonomy(library.db()));
    PaperReader reader(library.db());
    QJsonArray papers;
    for (qint64 id : runner.ids(query))
        papers.append(paperJson(reader, id));
    out << QString::fromUtf8(QJsonDocument(papers).toJson(QJsonDocument::Indented));
    return Success;
}

QString queryError(const Query &query)
{
    return QCoreApplication::translate("lectern::cli", "invalid query at character %1: %2")
        .arg(query.errorPosition() + 1)
        .arg(query.errorMessage());
}

int exportCommand(const QString &libraryPath, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString formatId;
    QString queryText;
    QString listName;
    QString outputPath;
    auto usageError = [&err](const QString &message) {
        err << QCoreApplication::translate("lectern::cli", "lectern-cli export: %1").arg(message) << '\n';
        return UsageError;
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--format") && hasValue)
            formatId = args[++i];
        else if (a.startsWith(QLatin1String("--format=")))
            formatId = a.mid(9);
        else if (a == QLatin1String("--query") && hasValue)
            queryText = args[++i];
        else if (a.startsWith(QLatin1String("--query=")))
            queryText = a.mid(8);
        else if (a == QLatin1String("--list") && hasValue)
            listName = args[++i];
        else if ((a == QLatin1String("-o") || a == QLatin1String("--output")) && hasValue)
            outputPath = args[++i];
        else
            return usageError(QCoreApplication::translate("lectern::cli", "unexpected argument %1").arg(a));
    }
    const ExportRegistry &registry = ExportRegistry::instance();
    if (formatId.isEmpty())
        return usageError(QCoreApplication::translate("lectern::cli", "--format is required (one of %1)")
                              .arg(registry.ids().join(QStringLiteral(", "))));
    const ExportFormat *format = registry.byId(formatId);
    if (!format)
        return usageError(QCoreApplication::translate("lectern::cli", "unknown format %1 (one of %2)")
                              .arg(formatId, registry.ids().join(QStringLiteral(", "))));
    if (!listName.isEmpty() && !queryText.isEmpty())
        return usageError(QCoreApplication::translate("lectern::cli", "give --query or --list, not both"));
    ExportScope scope;
    scope.query = Query::parse(queryText);
    if (!scope.query.isValid())
        return usageError(queryError(scope.query));
    Library library(libraryPath, Library::Access::Read);
    const Taxonomy taxonomy = libraryTaxonomy(library.db());
    ExportContext context;
    context.title = queryText;
    if (!listName.isEmpty()) {
        ReadingLists lists(library.db());
        const std::optional<qint64> list = lists.idOf(listName);
        if (!list) {
            err << QCoreApplication::translate("lectern::cli", "lectern-cli export: no reading list named \"%1\"")
                       .arg(listName)
                << '\n';
            return Failure;
        }
        scope.papers = lists.papers(*list);
        scope.onlyPapers = true;
        context.title = listName;
    }
    ExportJob job(library.db(), taxonomy);
    ExportResult result;
    if (!outputPath.isEmpty()) {
        result = job.exportToFile(*format, scope, context, outputPath);
        if (!result.failed) {
            err << QCoreApplication::translate("lectern::cli", "%1: %n paper(s) written as %2", nullptr,
                                               int(result.papers))
                       .arg(outputPath, format->displayName())
                << '\n';
        }
    } else if (QIODevice *device = out.device()) {
        out.flush();
        result = job.exportToDevice(*format, scope, context, *device);
    } else {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        result = job.exportToDevice(*format, scope, context, buffer);
        out << QString::fromUtf8(buffer.data());
    }
    if (result.failed) {
        err << "lectern-cli export: " << result.error << '\n';
        return Failure;
    }
    return Success;
}

int listsCommand(const QString &libraryPath, const QStringList &args, QTextStream &out, QTextStream &err)
{
    enum class Action { Show, Create, Add, Delete } action = Action::Show;
    QString name;
    QString queryText;
    bool hasQuery = false;
    auto usageError = [&err](const QString &message) {
        err << QCoreApplication::translate("lectern::cli", "lectern-cli lists: %1").arg(message) << '\n';
        return UsageError;
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (action == Action::Show && hasValue
            && (a == QLatin1String("--create") || a == QLatin1String("--add") || a == QLatin1String("--delete"))) {
            action = a == QLatin1String("--create") ? Action::Create
                     : a == QLatin1String("--add")  ? Action::Add
                                                    : Action::Delete;
            name = args[++i];
        } else if (a == QLatin1String("--query") && hasValue) {
            queryText = args[++i];
            hasQuery = true;
        } else {
            return usageError(QCoreApplication::translate("lectern::cli", "unexpected argument %1").arg(a));
        }
    }
    if (action == Action::Add && !hasQuery)
        return usageError(QCoreApplication::translate("lectern::cli", "--add needs --query"));
    if ((action == Action::Show || action == Action::Delete) && hasQuery)
        return usageError(QCoreApplication::translate("lectern::cli", "--query goes with --create or --add"));
    const Query query = Query::parse(queryText);
    if (!query.isValid())
        return usageError(queryError(query));
    if (action == Action::Show) {
        Library library(libraryPath, Library::Access::Read);
        for (const ReadingListInfo &list : ReadingLists(library.db()).all())
            out << list.name << '\t' << list.papers << '\n';
        return Success;
    }
    Library library(libraryPath);
    Transaction transaction(library.db());
    ReadingLists lists(library.db());
    std::optional<qint64> list = lists.idOf(name);
    if (action != Action::Create && !list) {
        err << QCoreApplication::translate("lectern::cli", "lectern-cli lists: no reading list named \"%1\"").arg(name)
            << '\n';
        return Failure;
    }
    if (action == Action::Delete) {
        lists.remove(*list);
        transaction.commit();
        return Success;
    }
    if (action == Action::Create)
        list = lists.create(name);
    int added = 0;
    if (hasQuery) {
        QueryRunner runner(library.db(), libraryTaxonomy(library.db()));
        added = lists.append(*list, runner.ids(query));
    }
    transaction.commit();
    err << QCoreApplication::translate("lectern::cli", "%1: %n paper(s) added", nullptr, added).arg(name) << '\n';
    return Success;
}

int extractCommand(const QString &libraryPath, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 2 || args[0] != QLatin1String("--json")) {
        err << QCoreApplication::translate("lectern::cli", "usage: lectern-cli [--library PATH] extract --json IN.json")
            << '\n';
        return UsageError;
    }
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("lectern::cli", "%1: cannot read: %2").arg(args[1], file.errorString())
            << '\n';
        return Failure;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        err << QCoreApplication::translate("lectern::cli",
                                           "%1: not a JSON array of {id, title, abstract}: %2 at byte %3")
                   .arg(args[1], parseError.errorString())
                   .arg(parseError.offset)
            << '\n';
        return Failure;
    }
    // The built-in taxonomy, or the library's when one is named.
    Taxonomy taxonomy = Taxonomy::builtIn();
    if (!libraryPath.isEmpty()) {
        Library library(libraryPath, Library::Access::Read);
        QString problem;
        taxonomy = libraryTaxonomy(library.db(), &problem);
        if (!problem.isEmpty())
            err << problem << '\n';
    }
    const Extractor extractor(taxonomy);
    QString error;
    const QJsonArray result = extractJson(doc.array(), extractor, &error);
    if (!error.isEmpty()) {
        err << args[1] << ": " << error << '\n';
        return Failure;
    }
    out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    return Success;
}

int reextractCommand(const QString &libraryPath, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() > 1 || (args.size() == 1 && args[0] != QLatin1String("--techniques-only"))) {
        err << QCoreApplication::translate("lectern::cli",
                                           "usage: lectern-cli [--library PATH] reextract [--techniques-only]")
            << '\n';
        return UsageError;
    }
    Library library(libraryPath);
    Reextraction reextraction(library.db());
    const ReextractionReport report =
        reextraction.run(args.isEmpty() ? Reextraction::Scope::Everything : Reextraction::Scope::Techniques);
    (report.failed ? err : out) << report.toText() << '\n';
    return report.failed ? Failure : Success;
}

int taxonomyCommand(const QString &libraryPath, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const bool exporting = args.size() == 2 && args[0] == QLatin1String("--export");
    const bool importing = args.size() == 2 && args[0] == QLatin1String("--import");
    if (!exporting && !importing) {
        err << QCoreApplication::translate(
            "lectern::cli", "usage: lectern-cli [--library PATH] taxonomy --export OUT.json | --import IN.json")
            << '\n';
        return UsageError;
    }
    if (exporting) {
        Library library(libraryPath, Library::Access::Read);
        QString problem;
        const Taxonomy taxonomy = libraryTaxonomy(library.db(), &problem);
        if (!problem.isEmpty())
            err << problem << '\n';
        QFile file(args[1]);
        if (args[1] == QLatin1String("-")) {
            out << QString::fromUtf8(taxonomy.toJson());
            return Success;
        }
        if (!file.open(QIODevice::WriteOnly) || file.write(taxonomy.toJson()) < 0) {
            err << QCoreApplication::translate("lectern::cli", "%1: cannot write: %2").arg(args[1], file.errorString())
                << '\n';
            return Failure;
        }
        return Success;
    }
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("lectern::cli", "%1: cannot read: %2").arg(args[1], file.errorString())
            << '\n';
        return Failure;
    }
    QString error;
    const std::optional<Taxonomy> taxonomy = Taxonomy::fromJson(file.readAll(), &error);
    if (!taxonomy) {
        err << args[1] << ": " << error << '\n';
        return Failure;
    }
    // Stored together with the techniques it assigns, in one transaction.
    Library library(libraryPath);
    const ReextractionReport report = Reextraction(library.db()).run(Reextraction::Scope::Techniques, *taxonomy);
    (report.failed ? err : out) << report.toText() << '\n';
    return report.failed ? Failure : Success;
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = run(arguments, out, err);
    out.flush();
    err.flush();
    return status;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString libraryPath;
    bool libraryGiven = false;
    int i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << usage();
            return Success;
        }
        if (a == QLatin1String("--version")) {
            out << "lectern-cli " << LECTERN_VERSION << '\n';
            return Success;
        }
        if (a == QLatin1String("--library")) {
            if (i + 1 >= arguments.size()) {
                err << QCoreApplication::translate("lectern::cli", "--library needs a path") << '\n' << usage();
                return UsageError;
            }
            libraryPath = arguments[++i];
            libraryGiven = true;
        } else if (a.startsWith(QLatin1String("--library="))) {
            libraryPath = a.mid(10);
            libraryGiven = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            err << QCoreApplication::translate("lectern::cli", "unknown option %1").arg(a) << '\n' << usage();
            return UsageError;
        } else {
            break;
        }
    }
    if (i >= arguments.size()) {
        err << usage();
        return UsageError;
    }
    const QString command = arguments[i];
    const QStringList rest = arguments.mid(i + 1);
    if (libraryPath.isEmpty())
        libraryPath = Library::defaultPath();
    try {
        if (command == QLatin1String("import"))
            return importCommand(libraryPath, rest, out, err);
        if (command == QLatin1String("export"))
            return exportCommand(libraryPath, rest, out, err);
        if (command == QLatin1String("lists"))
            return listsCommand(libraryPath, rest, out, err);
        if (command == QLatin1String("list"))
            return listCommand(libraryPath, rest, out, err);
        if (command == QLatin1String("extract"))
            return extractCommand(libraryGiven ? libraryPath : QString(), rest, out, err);
        if (command == QLatin1String("reextract"))
            return reextractCommand(libraryPath, rest, out, err);
        if (command == QLatin1String("taxonomy"))
            return taxonomyCommand(libraryPath, rest, out, err);
    } catch (const DatabaseError &e) {
        err << "lectern-cli: " << e.message() << '\n';
        return Failure;
    }
    err << QCoreApplication::translate("lectern::cli", "unknown command %1").arg(command) << '\n' << usage();
    return UsageError;
}

} // namespace lectern::cli
