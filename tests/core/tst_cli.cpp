// lectern-cli: exit codes, import reports and the JSON of `list`.
#include "cli/cli.h"
#include "i18n/translators.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace lectern;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Result {
        int status;
        QString out;
        QString err;
    };

    Result run(QStringList args)
    {
        args.prepend(QStringLiteral("lectern-cli"));
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        const int status = cli::run(args, o, e);
        o.flush();
        e.flush();
        return {status, out, err};
    }

    QString library() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QString fixture(const char *name)
    {
        return test::testDataPath(QStringLiteral("import/") + QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English, with its plural forms ("1 paper", "2 papers"), whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English));
        installTranslators(*QCoreApplication::instance());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("import without files") << QStringList{QStringLiteral("import")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
        QTest::newRow("list without --json") << QStringList{QStringLiteral("list")};
        QTest::newRow("invalid query") << QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                                      QStringLiteral("--query"), QStringLiteral("year:soon")};
        QTest::newRow("--library without path") << QStringList{QStringLiteral("--library")};
        QTest::newRow("export without format") << QStringList{QStringLiteral("export")};
        QTest::newRow("export unknown format")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx")};
        QTest::newRow("export query and list") << QStringList{
            QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("ris"), QStringLiteral("--query"),
            QStringLiteral("x"),      QStringLiteral("--list"),   QStringLiteral("y")};
        QTest::newRow("import unknown format") << QStringList{QStringLiteral("import"), QStringLiteral("--format"),
                                                              QStringLiteral("docx"), QStringLiteral("x.docx")};
        QTest::newRow("lists --add without query")
            << QStringList{QStringLiteral("lists"), QStringLiteral("--add"), QStringLiteral("x")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Result r = run(QStringList{QStringLiteral("--library"), library()} + args);
        QCOMPARE(r.status, int(cli::UsageError));
        QVERIFY(!r.err.isEmpty());
    }

    void importReportsAndExitCodes()
    {
        const Result ok = run({QStringLiteral("--library"), library(), QStringLiteral("import"), fixture("pairs.txt")});
        QCOMPARE(ok.status, int(cli::Success));
        QVERIFY2(ok.out.contains(QStringLiteral("3 records read, 3 papers added")), qPrintable(ok.out));
        const Result mixed = run({QStringLiteral("--library"), library(), QStringLiteral("import"),
                                  fixture("abstracts.txt"), fixture("prose.txt")});
        QCOMPARE(mixed.status, int(cli::Failure)); // one file failed
        QVERIFY(mixed.out.contains(QStringLiteral("abstracts.txt")));
        QVERIFY(mixed.err.contains(QStringLiteral("prose.txt")));
    }

    void listPrintsPapersAsJson()
    {
        const Result r = run({QStringLiteral("--library"), library(), QStringLiteral("list"), QStringLiteral("--query"),
                              QStringLiteral("mixture"), QStringLiteral("--json")});
        QCOMPARE(r.status, int(cli::Success));
        const QJsonArray papers = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(papers.size(), 1);
        const QJsonObject p = papers.first().toObject();
        for (const char *key :
             {"id", "title", "title_is_provisional", "abstract", "authors", "author_count", "year", "date", "venue",
              "arxiv", "doi", "url", "comment", "techniques", "metrics", "tags", "sources"})
            QVERIFY2(p.contains(QLatin1String(key)), key);
        QCOMPARE(p.value(QStringLiteral("title")).toString(), QStringLiteral("Sparse Mixture of Experts at Scale"));
        QCOMPARE(p.value(QStringLiteral("sources")).toArray().size(), 2);
        QVERIFY(p.value(QStringLiteral("techniques")).toArray().contains(QStringLiteral("moe")));
        // Metric spans are code points into the abstract.
        const QString abstract = p.value(QStringLiteral("abstract")).toString();
        bool found = false;
        for (const QJsonValue &v : p.value(QStringLiteral("metrics")).toArray()) {
            const QJsonObject m = v.toObject();
            const int start = m.value(QStringLiteral("start")).toInt();
            const int end = m.value(QStringLiteral("end")).toInt();
            QCOMPARE(abstract.mid(start, end - start), m.value(QStringLiteral("text")).toString());
            found = found || m.value(QStringLiteral("kind")).toString() == QLatin1String("speedup");
        }
        QVERIFY(found);
        const Result all =
            run({QStringLiteral("--library"), library(), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 4);
    }

    // A dry run reports what an import would do and changes nothing: no library file is created, and an
    // existing one keeps its papers and its data version.
    void dryRunTouchesNothing()
    {
        const QString missing = m_dir.filePath(QStringLiteral("never-created.sqlite"));
        const Result fresh = run({QStringLiteral("--library"), missing, QStringLiteral("import"),
                                  QStringLiteral("--dry-run"), fixture("pairs.txt")});
        QCOMPARE(fresh.status, int(cli::Success));
        QVERIFY2(fresh.out.contains(QStringLiteral("3 records read, 3 papers added")), qPrintable(fresh.out));
        QVERIFY(!QFile::exists(missing));

        const QString lib = m_dir.filePath(QStringLiteral("dry.sqlite"));
        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("import"), fixture("pairs.txt")}).status,
                 int(cli::Success));
        const QByteArray before = QFile(lib).exists() ? fileBytes(lib) : QByteArray();
        const Result again = run({QStringLiteral("--library"), lib, QStringLiteral("import"),
                                  QStringLiteral("--dry-run"), fixture("pairs.txt"), fixture("abstracts.txt")});
        QCOMPARE(again.status, int(cli::Success));
        QVERIFY2(
            again.out.contains(QStringLiteral("0 papers added, 0 merged into existing papers, 3 already imported")),
            qPrintable(again.out));
        QCOMPARE(fileBytes(lib), before);
        const Result all = run({QStringLiteral("--library"), lib, QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 3);
    }

    // export writes the papers of a filter or a reading list in every format, to a file or standard output;
    // lists makes and fills reading lists.
    void listFiltersByMetricComparison()
    {
        const auto titles = [this](const QString &query) {
            const Result r = run({QStringLiteral("--library"), library(), QStringLiteral("list"),
                                  QStringLiteral("--query"), query, QStringLiteral("--json")});
            QStringList result;
            for (const QJsonValue &p : QJsonDocument::fromJson(r.out.toUtf8()).array())
                result.append(p.toObject().value(QStringLiteral("title")).toString());
            return result;
        };
        QCOMPARE(titles(QStringLiteral("speedup>=2")),
                 QStringList{QStringLiteral("Sparse Mixture of Experts at Scale")});
        QCOMPARE(titles(QStringLiteral("speedup>=5x")), QStringList{});
        QCOMPARE(titles(QStringLiteral("throughput>=2")),
                 QStringList{QStringLiteral("Token Merging for Fast Vision Transformers")});
        const Result bad = run({QStringLiteral("--library"), library(), QStringLiteral("list"),
                                QStringLiteral("--query"), QStringLiteral("memory>40"), QStringLiteral("--json")});
        QCOMPARE(bad.status, int(cli::UsageError));
        QVERIFY2(bad.err.contains(QStringLiteral("character 8")), qPrintable(bad.err));
    }

    void exportAndReadingLists()
    {
        const QString lib = m_dir.filePath(QStringLiteral("export.sqlite"));
        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("import"), fixture("pairs.txt")}).status,
                 int(cli::Success));
        const Result bib = run({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("--format"),
                                QStringLiteral("bibtex")});
        QCOMPARE(bib.status, int(cli::Success));
        QCOMPARE(bib.out.count(QStringLiteral("\n@")) + (bib.out.startsWith(QLatin1Char('@')) ? 1 : 0), 3);

        const QString file = m_dir.filePath(QStringLiteral("out.ris"));
        const Result ris = run({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("--format"),
                                QStringLiteral("ris"), QStringLiteral("--query"), QStringLiteral("mixture"),
                                QStringLiteral("-o"), file});
        QCOMPARE(ris.status, int(cli::Success));
        QVERIFY2(ris.err.contains(QStringLiteral("1 paper written as RIS")), qPrintable(ris.err));
        QCOMPARE(fileBytes(file).count("TY  - "), 1);

        const Result unwritable =
            run({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("no/such/dir/out.csv"))});
        QCOMPARE(unwritable.status, int(cli::Failure));
        QVERIFY2(unwritable.err.contains(QStringLiteral("no/such/dir/out.csv")), qPrintable(unwritable.err));

        const Result created =
            run({QStringLiteral("--library"), lib, QStringLiteral("lists"), QStringLiteral("--create"),
                 QStringLiteral("to read"), QStringLiteral("--query"), QStringLiteral("mixture")});
        QVERIFY2(created.status == int(cli::Success), qPrintable(created.err));
        const Result added = run({QStringLiteral("--library"), lib, QStringLiteral("lists"), QStringLiteral("--add"),
                                  QStringLiteral("to read"), QStringLiteral("--query"), QString()});
        QVERIFY2(added.err.contains(QStringLiteral("to read: 2 papers added")), qPrintable(added.err));
        const Result shown = run({QStringLiteral("--library"), lib, QStringLiteral("lists")});
        QCOMPARE(shown.out, QStringLiteral("to read\t3\n"));
        const Result duplicate = run({QStringLiteral("--library"), lib, QStringLiteral("lists"),
                                      QStringLiteral("--create"), QStringLiteral("to read")});
        QCOMPARE(duplicate.status, int(cli::Failure));

        // The list's order: the "mixture" paper first, then the others as the table orders them.
        const Result md = run({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("--format"),
                               QStringLiteral("markdown"), QStringLiteral("--list"), QStringLiteral("to read")});
        QCOMPARE(md.status, int(cli::Success));
        QVERIFY2(md.out.startsWith(QStringLiteral("# to read")), qPrintable(md.out));
        const qsizetype firstBullet = md.out.indexOf(QStringLiteral("\n- "));
        QVERIFY(firstBullet > 0);
        QVERIFY2(md.out.mid(firstBullet, 60).contains(QStringLiteral("Sparse Mixture of Experts")), qPrintable(md.out));
        QCOMPARE(md.out.count(QStringLiteral("\n- ")), 3);
        const Result missingList =
            run({QStringLiteral("--library"), lib, QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--list"), QStringLiteral("nope")});
        QCOMPARE(missingList.status, int(cli::Failure));
        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("lists"), QStringLiteral("--delete"),
                      QStringLiteral("to read")})
                     .status,
                 int(cli::Success));
        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("lists")}).out, QString());
    }

    void extractReadsJson()
    {
        const QString in = m_dir.filePath(QStringLiteral("in.json"));
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"id": "x", "title": null, "abstract": "We prune 50% of the weights for a 2.1x speedup."}])");
        file.close();
        const Result r = run({QStringLiteral("extract"), QStringLiteral("--json"), in});
        QCOMPARE(r.status, int(cli::Success));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("x"));
        QVERIFY(o.value(QStringLiteral("techniques")).toArray().contains(QStringLiteral("pruning")));
        const Result broken = run({QStringLiteral("extract"), QStringLiteral("--json"), fixture("prose.txt")});
        QCOMPARE(broken.status, int(cli::Failure));
        QVERIFY(broken.err.contains(QStringLiteral("prose.txt")));
    }

    // A taxonomy imported into a library is stored, assigns its techniques, and serves `extract --library`;
    // `reextract` then finds nothing to change.
    void taxonomyImportExportAndReextract()
    {
        const QString lib = m_dir.filePath(QStringLiteral("taxonomy.sqlite"));
        QCOMPARE(run({QStringLiteral("--library"), lib, QStringLiteral("import"), fixture("pairs.txt")}).status,
                 int(cli::Success));
        const Result exported = run({QStringLiteral("--library"), lib, QStringLiteral("taxonomy"),
                                     QStringLiteral("--export"), QStringLiteral("-")});
        QCOMPARE(exported.status, int(cli::Success));
        QString json = exported.out;
        // A new technique whose signal the built-in taxonomy does not know.
        json.replace(QStringLiteral("\"nodes\": ["),
                     QStringLiteral("\"nodes\": [{\"id\": \"grafting\", \"label\": \"Weight grafting\", "
                                    "\"signals\": [\"weight grafting\"]},"));
        const QString file = m_dir.filePath(QStringLiteral("taxonomy.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json.toUtf8());
        out.close();
        const Result imported =
            run({QStringLiteral("--library"), lib, QStringLiteral("taxonomy"), QStringLiteral("--import"), file});
        QVERIFY2(imported.status == int(cli::Success), qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("Re-extracted 3 papers")));

        const QString in = m_dir.filePath(QStringLiteral("graft.json"));
        QFile input(in);
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write(R"([{"id": "g", "title": null, "abstract": "We propose weight grafting for small models."}])");
        input.close();
        const auto techniques = [&](const QStringList &prefix) {
            const Result r = run(prefix + QStringList{QStringLiteral("extract"), QStringLiteral("--json"), in});
            return QJsonDocument::fromJson(r.out.toUtf8())
                .array()
                .first()
                .toObject()
                .value(QStringLiteral("techniques"))
                .toArray();
        };
        QVERIFY(techniques({QStringLiteral("--library"), lib}).contains(QStringLiteral("grafting")));
        QVERIFY(!techniques({}).contains(QStringLiteral("grafting"))); // the built-in taxonomy

        const Result again = run({QStringLiteral("--library"), lib, QStringLiteral("reextract")});
        QCOMPARE(again.status, int(cli::Success));
        QVERIFY2(again.out.contains(QStringLiteral("techniques changed in 0, metrics in 0")), qPrintable(again.out));

        const Result broken = run({QStringLiteral("--library"), lib, QStringLiteral("taxonomy"),
                                   QStringLiteral("--import"), fixture("prose.txt")});
        QCOMPARE(broken.status, int(cli::Failure));
        QVERIFY(broken.err.contains(QStringLiteral("prose.txt")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
