#include "store/librarytaxonomy.h"

#include "store/database.h"
#include "store/statement.h"

#include <QDateTime>

namespace lectern {

Taxonomy libraryTaxonomy(Database &db, QString *error)
{
    Statement s(db, "SELECT json FROM taxonomy WHERE id = 1");
    if (!s.next())
        return Taxonomy::builtIn();
    QString message;
    if (auto stored = Taxonomy::fromJson(s.text(0).toUtf8(), &message))
        return *stored;
    if (error)
        *error =
            QStringLiteral("the taxonomy stored in %1 is invalid (%2); using the built-in one").arg(db.path(), message);
    return Taxonomy::builtIn();
}

void storeLibraryTaxonomy(Database &db, const Taxonomy &taxonomy)
{
    if (taxonomy.nodes() == Taxonomy::builtIn().nodes()) {
        db.exec("DELETE FROM taxonomy");
        return;
    }
    Statement s(db, "INSERT OR REPLACE INTO taxonomy(id, json, updated_at) VALUES (1, ?, ?)");
    s.bind(1, QString::fromUtf8(taxonomy.toJson())).bind(2, QDateTime::currentSecsSinceEpoch());
    s.run();
}

} // namespace lectern
