#pragma once

#include "extract/taxonomy.h"

namespace lectern {

class Database;

// The library's taxonomy: the one the user edited and stored in it, or the built-in one. A stored taxonomy that
// no longer parses (written by hand) is reported through *error and the built-in one is used.
Taxonomy libraryTaxonomy(Database &db, QString *error = nullptr);
// Stores `taxonomy` as the library's (inside the caller's transaction). Storing the built-in one clears it.
void storeLibraryTaxonomy(Database &db, const Taxonomy &taxonomy);

} // namespace lectern
