#include "store/migrations.h"

#include "extract/taxonomy.h"
#include "store/curation.h"
#include "store/database.h"
#include "store/facets.h"
#include "store/paperstore.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>

namespace lectern {

// Migration files are named NNNN_what.sql; the number is the schema version after applying the file.
static QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QDir dir(QStringLiteral(":/lectern/schema"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            files.insert(version, dir.filePath(name));
    }
    return files;
}

// Tags of an older library were flat names; "a/b/c" now needs the tags "a/b" and "a" above it, linked by
// parent_id, for the side panel's tree.
static void linkTagTree(Database &db)
{
    QHash<QString, qint64> ids;
    QHash<qint64, QString> names;
    {
        Statement all(db, "SELECT id, name FROM tag");
        while (all.next()) {
            ids.insert(all.text(1), all.int64(0));
            names.insert(all.int64(0), all.text(1));
        }
    }
    Statement insert(db, "INSERT INTO tag(name) VALUES (?)");
    Statement link(db, "UPDATE tag SET parent_id = ? WHERE id = ?");
    QList<qint64> pending = names.keys();
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeLast();
        const QString parent = Curation::parentTagName(names.value(id));
        if (parent.isEmpty())
            continue;
        qint64 parentId = ids.value(parent);
        if (parentId == 0) { // a missing ancestor: created, then linked to its own parent in turn
            insert.bind(1, parent);
            insert.run();
            insert.reset();
            parentId = db.lastInsertRowId();
            ids.insert(parent, parentId);
            names.insert(parentId, parent);
            pending.append(parentId);
        }
        link.bind(1, parentId).bind(2, id);
        link.run();
        link.reset();
    }
}

// Steps a migration's SQL cannot do, run right after it in the same transaction.
static void afterMigration(Database &db, int version)
{
    if (version == 2) // per-paper facets for the papers already stored; a new library has none yet
        FacetWriter::rebuild(db, Taxonomy::builtIn());
    if (version == 3) // citation keys for the papers already stored
        PaperStore::assignMissingCitationKeys(db);
    if (version == 4)
        linkTagTree(db);
}

int currentSchemaVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

void migrate(Database &db)
{
    const int target = currentSchemaVersion();
    if (target == 0)
        throw DatabaseError(QStringLiteral("no schema migrations compiled in"), 0);
    int found = db.userVersion();
    if (found > target) {
        throw DatabaseError(
            QCoreApplication::translate("lectern::Library",
                                        "The library %1 was written by a newer version of Lectern (schema %2; this "
                                        "version understands up to %3). It was left untouched; please update Lectern.")
                .arg(db.path())
                .arg(found)
                .arg(target),
            0);
    }
    if (found == target)
        return;
    if (db.isReadOnly())
        throw DatabaseError(QStringLiteral("the library %1 needs an upgrade but was opened read-only").arg(db.path()),
                            0);

    Transaction transaction(db);
    // Another connection may have migrated the library while this one waited for the write lock.
    found = db.userVersion();
    if (found >= target)
        return;
    const auto files = migrationFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= found)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            throw DatabaseError(QStringLiteral("cannot read migration %1").arg(it.value()), 0);
        const QByteArray sql = file.readAll();
        try {
            db.exec(sql.constData());
        } catch (const DatabaseError &e) {
            throw DatabaseError(QStringLiteral("migration %1 failed: %2").arg(it.value(), e.message()), e.code());
        }
        afterMigration(db, it.key());
    }
    db.exec(QByteArrayLiteral("PRAGMA user_version = ").append(QByteArray::number(target)).constData());
    transaction.commit();
}

} // namespace lectern
