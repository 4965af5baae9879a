// What an export reads and how it writes, independent of any one format: citation keys assigned once and
// unique, tags from files, the scope of an export, atomic files, cancel, and the v2 → v3 upgrade.
#include "export/exportjob.h"
#include "extract/extractor.h"
#include "extract/taxonomy.h"
#include "import/importjob.h"
#include "store/library.h"
#include "store/paperreader.h"
#include "store/paperstore.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

// A minimal format for the job's own behaviour: one line per paper, "key<TAB>title", between markers.
class LinesFormat : public ExportFormat
{
public:
    QString id() const override { return QStringLiteral("lines"); }
    QString displayName() const override { return QStringLiteral("Lines"); }
    QString fileSuffix() const override { return QStringLiteral("txt"); }
    QString highlightingDefinition() const override { return {}; }
    QString begin(const ExportContext &context) const override { return QStringLiteral("# %1\n").arg(context.title); }
    QString entry(const Paper &paper, qsizetype index) const override
    {
        return QStringLiteral("%1\t%2\t%3\t%4\n")
            .arg(index)
            .arg(paper.citationKey, paper.title, paper.tags.join(QLatin1Char(',')));
    }
    QString end(qsizetype count) const override { return QStringLiteral("# %1 papers\n").arg(count); }
};

Paper paper(const QString &title, const QString &author, int year, const QString &key = {})
{
    Paper p;
    p.title = title;
    p.abstract = title + QStringLiteral(" is studied here in some detail, with results.");
    p.authors = {author};
    p.year = year;
    p.citationKey = key;
    return p;
}

qint64 scalar(Database &db, const char *sql)
{
    Statement s(db, sql);
    return s.next() ? s.int64(0) : -1;
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    qint64 insert(Library &library, Paper p)
    {
        Transaction t(library.db());
        PaperStore store(library.db(), Taxonomy::builtIn());
        store.insert(p, paperKeys(p));
        store.flush();
        t.commit();
        return p.id;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void citationKeysAreAssignedOnceAndUnique()
    {
        Library library(QStringLiteral(":memory:"));
        const qint64 a = insert(library, paper(QStringLiteral("Deep Compression"), QStringLiteral("Song Han"), 2016));
        const qint64 b =
            insert(library, paper(QStringLiteral("Deep Compression Again"), QStringLiteral("Song Han"), 2016));
        const qint64 c = insert(
            library, paper(QStringLiteral("EIE"), QStringLiteral("Song Han"), 2016, QStringLiteral("han2016eie")));
        const qint64 d =
            insert(library, paper(QStringLiteral("Other"), QStringLiteral("X Y"), 2020, QStringLiteral("han2016eie")));
        const qint64 e =
            insert(library, paper(QStringLiteral("Spaces"), QStringLiteral("X Y"), 2020, QStringLiteral("not usable")));
        PaperReader reader(library.db());
        QCOMPARE(reader.load(a).citationKey, QStringLiteral("Han2016DeepCompression"));
        QCOMPARE(reader.load(b).citationKey, QStringLiteral("Han2016DeepCompressionAgain"));
        QCOMPARE(reader.load(c).citationKey, QStringLiteral("han2016eie"));  // the file's own key
        QCOMPARE(reader.load(d).citationKey, QStringLiteral("han2016eiea")); // taken: suffixed
        QCOMPARE(reader.load(e).citationKey, QStringLiteral("Y2020Spaces")); // unusable: from the pattern
        // The same base as the first paper: JabRef's letter suffix.
        const qint64 f = insert(library, paper(QStringLiteral("Deep Compression"), QStringLiteral("Song Han"), 2016));
        QCOMPARE(reader.load(f).citationKey, QStringLiteral("Han2016DeepCompressiona"));
    }

    void theLibrarysPatternApplies()
    {
        Library library(QStringLiteral(":memory:"));
        library.db().exec(
            "INSERT INTO library_setting(key, value) VALUES ('citation_key_pattern', '[auth.lower][year]')");
        const qint64 a = insert(library, paper(QStringLiteral("Deep Compression"), QStringLiteral("Song Han"), 2016));
        QCOMPARE(PaperReader(library.db()).load(a).citationKey, QStringLiteral("han2016"));
    }

    void importedKeysAndTagsAreStoredAndAMergeKeepsTheKey()
    {
        Library library(QStringLiteral(":memory:"));
        Paper first =
            paper(QStringLiteral("Deep Compression"), QStringLiteral("Song Han"), 2016, QStringLiteral("han2016deep"));
        first.tags = {QStringLiteral("Compression/Pruning"), QStringLiteral("to-read")};
        const qint64 id = insert(library, first);
        const Extractor extractor(Taxonomy::builtIn());
        ImportJob job(library.db(), extractor);
        // The same paper again, from a listing: merged, keeps its key, gains nothing it should not.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("again.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Deep Compression\nDeep Compression is studied here in some detail, with results.\n"
                   "Token Merging\nToken merging combines similar tokens in vision transformers for speed.\n");
        file.close();
        const ImportReport report = job.importFile(file.fileName());
        QVERIFY2(!report.failed, qPrintable(report.toText()));
        QCOMPARE(report.papersMerged, 1);
        QCOMPARE(report.papersAdded, 1);
        const Paper stored = PaperReader(library.db()).load(id);
        QCOMPARE(stored.citationKey, QStringLiteral("han2016deep"));
        QCOMPARE(stored.tags, (QStringList{QStringLiteral("Compression/Pruning"), QStringLiteral("to-read")}));
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM paper"), 2);
    }

    void exportsTheScopeInOrderToAFileAtomically()
    {
        Library library(m_dir.filePath(QStringLiteral("scope.sqlite")));
        const qint64 a = insert(library, paper(QStringLiteral("Alpha"), QStringLiteral("A One"), 2020));
        const qint64 b = insert(library, paper(QStringLiteral("Beta"), QStringLiteral("B Two"), 2022));
        const qint64 c = insert(library, paper(QStringLiteral("Gamma"), QStringLiteral("C Three"), 2021));
        Library reader(library.path(), Library::Access::Read);
        ExportJob job(reader.db(), Taxonomy::builtIn());
        const LinesFormat format;
        const QString path = m_dir.filePath(QStringLiteral("out.txt"));

        // The whole library, newest first (the table's default order).
        ExportResult result = job.exportToFile(format, ExportScope{}, {QStringLiteral("all")}, path);
        QVERIFY2(!result.failed, qPrintable(result.error));
        QCOMPARE(result.papers, 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("# all\n0\tTwo2022Beta\tBeta\t\n1\tThree2021Gamma\tGamma\t\n"
                                "2\tOne2020Alpha\tAlpha\t\n# 3 papers\n"));
        file.close();

        // A selection, in its own order, with a paper deleted meanwhile left out.
        ExportScope selection;
        selection.papers = {c, 999, a};
        QCOMPARE(job.preview(format, selection, {}, 10), QStringLiteral("# \n0\tThree2021Gamma\tGamma\t\n"
                                                                        "1\tOne2020Alpha\tAlpha\t\n# 2 papers\n"));
        // A filter.
        ExportScope filter;
        filter.query = Query::parse(QStringLiteral("year>=2021"));
        qint64 total = 0;
        QCOMPARE(job.preview(format, filter, {}, 1, &total),
                 QStringLiteral("# \n0\tTwo2022Beta\tBeta\t\n# 1 papers\n"));
        QCOMPARE(total, 2);
        Q_UNUSED(b);

        // A cancelled export leaves the existing file as it was.
        const std::atomic_bool cancel{true};
        job.setCancelFlag(&cancel);
        result = job.exportToFile(format, ExportScope{}, {}, path);
        QVERIFY(result.failed && result.cancelled);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("# all\n"));
        file.close();
        job.setCancelFlag(nullptr);

        // A directory that does not exist: failure naming the file, nothing written.
        const QString bad = m_dir.filePath(QStringLiteral("no/such/dir/out.txt"));
        result = job.exportToFile(format, ExportScope{}, {}, bad);
        QVERIFY(result.failed);
        QVERIFY2(result.error.contains(QStringLiteral("no/such/dir/out.txt")), qPrintable(result.error));
        QVERIFY(!QFile::exists(bad));
    }

    void upgradingAVersionTwoLibraryGivesEveryPaperAKey()
    {
        const QString path = m_dir.filePath(QStringLiteral("v2.sqlite"));
        {
            Database db(path);
            for (const char *name : {"0001_initial.sql", "0002_taxonomy_and_facets.sql"}) {
                QFile schema(QStringLiteral(":/lectern/schema/") + QLatin1String(name));
                QVERIFY(schema.open(QIODevice::ReadOnly));
                db.exec(schema.readAll().constData());
            }
            db.exec("PRAGMA user_version = 2");
            db.exec("INSERT INTO paper(id, title, title_key, abstract, authors, year, sort_key, added_at) VALUES "
                    "(1, 'Deep Compression', 'deepcompression', 'x', 'Song Han; Huizi Mao', 2016, 1, 0), "
                    "(2, 'Deep Compression', 'deepcompression', 'y', 'Song Han', 2016, 2, 0), "
                    "(3, '', '', 'z', '', NULL, 3, 0)");
        }
        Library library(path);
        PaperReader reader(library.db());
        QCOMPARE(reader.load(1).citationKey, QStringLiteral("Han2016DeepCompression"));
        QCOMPARE(reader.load(2).citationKey, QStringLiteral("Han2016DeepCompressiona"));
        QCOMPARE(reader.load(3).citationKey, QStringLiteral("Anon"));
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
