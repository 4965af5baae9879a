#pragma once

namespace lectern {

class Database;

// The schema version this build of Lectern writes (the number of the newest resources/schema/NNNN_*.sql).
int currentSchemaVersion();

// Brings `db` to currentSchemaVersion(), applying every missing numbered migration in one transaction and
// recording the version in PRAGMA user_version. Throws DatabaseError, changing nothing, when the library was
// written by a newer Lectern or a migration fails.
void migrate(Database &db);

} // namespace lectern
