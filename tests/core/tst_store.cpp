// The store: RAII layer, migrations, newer-schema refusal, rollback, FTS kept in sync.
#include "domain/paperkeys.h"
#include "extract/taxonomy.h"
#include "store/database.h"
#include "store/library.h"
#include "store/migrations.h"
#include "store/paperreader.h"
#include "store/paperstore.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace lectern;

class TestStore : public QObject
{
    Q_OBJECT

private:
    static qint64 scalar(Database &db, const char *sql)
    {
        Statement s(db, sql);
        return s.next() ? s.int64(0) : -1;
    }

    static qint64 ftsMatches(Database &db, const QString &match)
    {
        Statement s(db, "SELECT count(*) FROM paper_fts WHERE paper_fts MATCH ?");
        s.bind(1, match);
        return s.next() ? s.int64(0) : -1;
    }

    static Paper samplePaper(const QString &title)
    {
        Paper p;
        p.title = title;
        p.abstract = QStringLiteral("We quantize the model to 4 bits and obtain a 3.5x speedup on GPUs.");
        p.authors = {QStringLiteral("Ada Lovelace"), QStringLiteral("Émile Borel")};
        p.year = 2023;
        p.techniques.append({QStringLiteral("quantization"), 3, 11});
        p.metrics.append({QStringLiteral("speedup"), 3.5, QStringLiteral("x"), QStringLiteral("increase"),
                          QStringLiteral("3.5x speedup"), 49, 61});
        return p;
    }

private Q_SLOTS:
    void migratesToCurrentVersion()
    {
        Library library(QStringLiteral(":memory:"));
        QCOMPARE(library.db().userVersion(), currentSchemaVersion());
        QVERIFY(currentSchemaVersion() >= 1);
        QCOMPARE(scalar(library.db(), "PRAGMA foreign_keys"), 1);
    }

    void usesWalOnFiles()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("lib.sqlite")));
        Statement s(library.db(), "PRAGMA journal_mode");
        QVERIFY(s.next());
        QCOMPARE(s.text(0), QStringLiteral("wal"));
    }

    void refusesNewerSchemaAndLeavesFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            Library library(path);
            library.db().exec("PRAGMA user_version = 9999");
            // Back to a rollback journal, so that a reopen that switched to WAL would change the file.
            library.db().exec("PRAGMA journal_mode = DELETE");
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        file.close();
        for (const Library::Access access : {Library::Access::Write, Library::Access::Read}) {
            try {
                Library library(path, access);
                QFAIL("a library from a newer Lectern was opened");
            } catch (const DatabaseError &e) {
                QVERIFY2(e.message().contains(QStringLiteral("newer version of Lectern")), qPrintable(e.message()));
            }
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
    }

    void aReaderOfANewPathGetsAnEmptyLibrary()
    {
        QTemporaryDir dir;
        Library library(dir.filePath(QStringLiteral("new.sqlite")), Library::Access::Read);
        QCOMPARE(library.db().userVersion(), currentSchemaVersion());
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM paper"), 0);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, library.db().exec("INSERT INTO tag(name) VALUES ('x')"));
    }

    void connectionsOpeningANewLibraryAtOnceAllSucceed()
    {
        // The window's reader threads and its import thread open a new library together; one migrates, the
        // others must wait for it rather than fail (a reader that fails to open leaves the window empty). The
        // race is narrow, so it is run many times.
        for (int round = 0; round < 40; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("together.sqlite"));
            QMutex mutex;
            QStringList failures;
            std::vector<std::thread> threads;
            for (int i = 0; i < 6; ++i) {
                threads.emplace_back([&path, &failures, &mutex, i] {
                    try {
                        Library library(path, i % 2 ? Library::Access::Read : Library::Access::Write);
                    } catch (const DatabaseError &e) {
                        const QMutexLocker lock(&mutex);
                        failures.append(e.message());
                    }
                });
            }
            for (std::thread &t : threads)
                t.join();
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
            QCOMPARE(Library(path).db().userVersion(), currentSchemaVersion());
        }
    }

    void refusesFilesThatAreNotLibraries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QVERIFY_THROWS_EXCEPTION(DatabaseError, Library{path});
    }

    void transactionRollsBackUnlessCommitted()
    {
        Library library(QStringLiteral(":memory:"));
        {
            Transaction t(library.db());
            PaperStore store(library.db(), Taxonomy::builtIn());
            Paper p = samplePaper(QStringLiteral("Rolled back"));
            store.insert(p, paperKeys(p));
        }
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM paper"), 0);
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("rolled")), 0);
        {
            Transaction t(library.db());
            PaperStore store(library.db(), Taxonomy::builtIn());
            Paper p = samplePaper(QStringLiteral("Committed"));
            store.insert(p, paperKeys(p));
            t.commit();
        }
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM paper"), 1);
    }

    void exceptionInsideTransactionChangesNothing()
    {
        Library library(QStringLiteral(":memory:"));
        try {
            Transaction t(library.db());
            PaperStore store(library.db(), Taxonomy::builtIn());
            Paper p = samplePaper(QStringLiteral("First"));
            p.arxivId = QStringLiteral("2301.00001");
            store.insert(p, paperKeys(p));
            Paper q = samplePaper(QStringLiteral("Second"));
            q.arxivId = QStringLiteral("2301.00001"); // violates the unique arXiv index
            store.insert(q, paperKeys(q));
            t.commit();
            QFAIL("duplicate arXiv id accepted");
        } catch (const DatabaseError &) {
        }
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM paper"), 0);
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM author"), 0);
    }

    void storesAndLoadsAPaperWithFacts()
    {
        Library library(QStringLiteral(":memory:"));
        Paper p = samplePaper(QStringLiteral("Quantized Transformers"));
        {
            Transaction t(library.db());
            PaperStore(library.db(), Taxonomy::builtIn()).insert(p, paperKeys(p));
            t.commit();
        }
        const Paper loaded = PaperReader(library.db()).load(p.id);
        QCOMPARE(loaded.title, p.title);
        QCOMPARE(loaded.authors, p.authors);
        QCOMPARE(loaded.year, p.year);
        QCOMPARE(loaded.techniques, p.techniques);
        QCOMPARE(loaded.metrics, p.metrics);
        Statement s(library.db(), "SELECT techniques, headline FROM paper");
        QVERIFY(s.next());
        QCOMPARE(s.text(0), QStringLiteral("quantization"));
        QVERIFY2(s.text(1).contains(QStringLiteral("3.5")), qPrintable(s.text(1)));
    }

    void ftsFollowsInsertUpdateDelete()
    {
        Library library(QStringLiteral(":memory:"));
        Paper p = samplePaper(QStringLiteral("Pruning Giants"));
        Transaction t(library.db());
        PaperStore store(library.db(), Taxonomy::builtIn());
        store.insert(p, paperKeys(p));
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("pruning")), 1);
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("emile")), 1); // diacritics removed, authors indexed
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("quant*")), 1);
        p.title = QStringLiteral("Sparsity Giants");
        store.update(p, paperKeys(p));
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("pruning")), 0);
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("sparsity")), 1);
        library.db().exec("DELETE FROM paper");
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("sparsity")), 0);
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM technique_fact"), 0); // cascaded
        library.db().exec("INSERT INTO paper_fts(paper_fts) VALUES('integrity-check')");
    }

    void sourceFileIsStoredOnceAndRawRecordIsReadable()
    {
        Library library(QStringLiteral(":memory:"));
        Transaction t(library.db());
        PaperStore store(library.db(), Taxonomy::builtIn());
        const QByteArray text = "Title one\nAbstract one.\nTitle two\nAbstract two.\n";
        const qint64 file = store.addSourceFile({QStringLiteral("/tmp/x.txt"), QStringLiteral("abc"),
                                                 QStringLiteral("title-abstract"), text.size(), qCompress(text)});
        QCOMPARE(store.addSourceFile({QStringLiteral("/tmp/y.txt"), QStringLiteral("abc"),
                                      QStringLiteral("title-abstract"), text.size(), qCompress(text)}),
                 file);
        Paper p = samplePaper(QStringLiteral("Title two"));
        store.insert(p, paperKeys(p));
        QVERIFY(store.addSource(file, 1, p.id, 3, 24, 47));
        QVERIFY(!store.addSource(file, 1, p.id, 3, 24, 47));
        PaperReader reader(library.db());
        QCOMPARE(reader.rawRecord(file, 1), QStringLiteral("Title two\nAbstract two."));
        const QList<SourceRef> sources = reader.sources(p.id);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().line, 3);
        QCOMPARE(store.paperOfSource(file, 1), std::optional<qint64>(p.id));
    }

    void upgradeToVersion4LinksTagsAndMovesNotes()
    {
        // A version-3 library as an older Lectern left it: flat tag names, notes in their own table.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        {
            Database db(path);
            for (const char *file :
                 {":/lectern/schema/0001_initial.sql", ":/lectern/schema/0002_taxonomy_and_facets.sql",
                  ":/lectern/schema/0003_bibliographic_fields.sql"}) {
                QFile schema(QString::fromLatin1(file));
                QVERIFY2(schema.open(QIODevice::ReadOnly), file);
                db.exec(schema.readAll().constData());
            }
            db.exec("INSERT INTO paper(id, title, title_key, abstract, sort_key, added_at, citation_key) "
                    "VALUES (1, 'Old Paper', 'oldpaper', 'An abstract.', 1, 0, 'old1')");
            db.exec(
                "INSERT INTO paper_fts(rowid, title, abstract, authors) VALUES (1, 'Old Paper', 'An abstract.', '')");
            db.exec("INSERT INTO note(paper_id, body, updated_at) VALUES (1, 'Remember the zeugma.', 5)");
            db.exec(
                "INSERT INTO tag(id, name, color) VALUES (1, 'a/b/c', '#ff0000'), (2, 'x', NULL), (3, 'x/y', NULL), "
                "(4, 'flat', NULL)");
            db.exec("INSERT INTO paper_tag(paper_id, tag_id) VALUES (1, 1), (1, 3)");
            db.exec("PRAGMA user_version = 3");
        }
        Library library(path);
        QCOMPARE(library.db().userVersion(), currentSchemaVersion());
        Statement tags(library.db(), "SELECT t.name, coalesce(p.name, '-') FROM tag t LEFT JOIN tag p "
                                     "ON p.id = t.parent_id ORDER BY t.name");
        QStringList tree;
        while (tags.next())
            tree.append(tags.text(0) + QLatin1String(" < ") + tags.text(1));
        QCOMPARE(tree, (QStringList{QStringLiteral("a < -"), QStringLiteral("a/b < a"), QStringLiteral("a/b/c < a/b"),
                                    QStringLiteral("flat < -"), QStringLiteral("x < -"), QStringLiteral("x/y < x")}));
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM paper_tag"), 2);
        QCOMPARE(scalar(library.db(), "SELECT id FROM tag WHERE name = 'a/b/c'"), 1); // existing tags keep their ids
        QCOMPARE(scalar(library.db(), "SELECT note_updated_at FROM paper WHERE id = 1"), 5);
        const Paper paper = PaperReader(library.db()).load(1);
        QCOMPARE(paper.note, QStringLiteral("Remember the zeugma."));
        QCOMPARE(paper.status, ReadingStatus::Unread);
        QCOMPARE(paper.priority, Priority::Normal);
        QCOMPARE(paper.rating, 0);
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("note : zeugma")), 1);
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("title : old")), 1);
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM sqlite_master WHERE name = 'note'"), 0);
        // New tags of an import are linked to their ancestors too.
        {
            Transaction t(library.db());
            PaperStore store(library.db(), Taxonomy::builtIn());
            Paper p = samplePaper(QStringLiteral("Tagged"));
            p.tags = {QStringLiteral("a/b/d"), QStringLiteral(" m // n ")};
            store.insert(p, paperKeys(p));
            t.commit();
        }
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM tag t JOIN tag p ON p.id = t.parent_id "
                                      "WHERE t.name = 'a/b/d' AND p.name = 'a/b'"),
                 1);
        QCOMPARE(scalar(library.db(), "SELECT count(*) FROM tag t JOIN tag p ON p.id = t.parent_id "
                                      "WHERE t.name = 'm/n' AND p.name = 'm' AND p.parent_id IS NULL"),
                 1);
    }

    void updateKeepsTheNoteInTheIndex()
    {
        Library library(QStringLiteral(":memory:"));
        Paper p = samplePaper(QStringLiteral("Noted Paper"));
        p.note = QStringLiteral("a zeugma");
        p.rating = 3;
        Transaction t(library.db());
        PaperStore store(library.db(), Taxonomy::builtIn());
        store.insert(p, paperKeys(p));
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("note : zeugma")), 1);
        Paper incoming = p;
        incoming.title = QStringLiteral("Renamed Paper");
        incoming.note.clear();
        incoming.rating = 0;
        store.update(incoming, paperKeys(incoming));
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("note : zeugma")), 1);
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("noted")), 0);
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("renamed")), 1);
        const Paper loaded = PaperReader(library.db()).load(p.id);
        QCOMPARE(loaded.note, QStringLiteral("a zeugma"));
        QCOMPARE(loaded.rating, 3);
        library.db().exec("DELETE FROM paper");
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("zeugma")), 0);
        QCOMPARE(ftsMatches(library.db(), QStringLiteral("renamed")), 0);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
