-- Lectern library, schema version 3: what bibliographic formats carry besides a listing's fields, and the
-- citation key every paper keeps in every export.

ALTER TABLE paper ADD COLUMN type TEXT;          -- BibTeX entry type in lower case: article, inproceedings, …
ALTER TABLE paper ADD COLUMN volume TEXT;
ALTER TABLE paper ADD COLUMN issue TEXT;
ALTER TABLE paper ADD COLUMN pages TEXT;        -- "12–34"
ALTER TABLE paper ADD COLUMN publisher TEXT;
ALTER TABLE paper ADD COLUMN editors TEXT;      -- "Given Family; Given Family", display names
-- Assigned once when the paper is stored (the key its file gave when free, else one made from the library's
-- pattern), unique in the library. Papers of an older library get theirs when it is upgraded.
ALTER TABLE paper ADD COLUMN citation_key TEXT;
CREATE UNIQUE INDEX paper_by_citation_key ON paper(citation_key);

-- Library-wide settings that travel with the library file, such as the citation key pattern.
CREATE TABLE library_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Reading lists: named, ordered collections of papers; a paper may be in many. Exports keep their order.
CREATE TABLE reading_list (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE reading_list_item (
    list_id  INTEGER NOT NULL REFERENCES reading_list(id) ON DELETE CASCADE,
    paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (list_id, paper_id)
) WITHOUT ROWID;
CREATE INDEX reading_list_item_by_position ON reading_list_item(list_id, position);
CREATE INDEX reading_list_item_by_paper ON reading_list_item(paper_id);
