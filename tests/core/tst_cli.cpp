// lectern-cli: exit codes, import reports and the JSON of `list`.
#include "cli/cli.h"
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
    static QString fixture(const char *name)
    {
        return test::testDataPath(QStringLiteral("import/") + QLatin1String(name));
    }

private Q_SLOTS:
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
