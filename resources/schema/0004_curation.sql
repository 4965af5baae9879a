-- Lectern library, schema version 4: what a user records while curating a library. Tags become a tree with
-- colours and keys, each paper gets a reading status, rating, priority and a Markdown note (searchable with the
-- rest of the paper), and searches can be saved.

-- Reading status: 0 unread, 1 reading, 2 read. Priority: 0 low, 1 normal, 2 high (so sorting puts high first
-- when descending). See src/domain/curation.h.
ALTER TABLE paper ADD COLUMN status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2);
ALTER TABLE paper ADD COLUMN rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5);
ALTER TABLE paper ADD COLUMN priority INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 0 AND 2);
-- The note lives on the paper row so the full-text index (external content on `paper`) can index it.
ALTER TABLE paper ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE paper ADD COLUMN note_updated_at INTEGER;
UPDATE paper SET note = (SELECT body FROM note WHERE note.paper_id = paper.id),
                 note_updated_at = (SELECT updated_at FROM note WHERE note.paper_id = paper.id)
    WHERE id IN (SELECT paper_id FROM note);
DROP TABLE note;

-- Tags form a tree: "a/b/c" has parent "a/b", which exists as a tag of its own (the store creates ancestors;
-- the upgrade below is completed by afterMigration(4), which links the tags an older library has). The side
-- panel reads one level at a time through tag_by_parent, so it stays instant with 100,000 tags.
ALTER TABLE tag ADD COLUMN parent_id INTEGER REFERENCES tag(id) ON DELETE CASCADE;
ALTER TABLE tag ADD COLUMN key_slot INTEGER CHECK (key_slot BETWEEN 1 AND 9); -- toggled with keys 1–9
CREATE INDEX tag_by_parent ON tag(parent_id, name COLLATE NOCASE);
CREATE UNIQUE INDEX tag_by_key_slot ON tag(key_slot) WHERE key_slot IS NOT NULL;

-- Saved searches, shown in the side panel in `position` order with a live count.
CREATE TABLE saved_search (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL UNIQUE,
    query    TEXT    NOT NULL,
    position INTEGER NOT NULL
);

-- The full-text index gains the note. An external-content index cannot gain a column: it is rebuilt from the
-- paper rows, with the same settings as version 1 made it.
DROP TRIGGER paper_fts_delete;
DROP TABLE paper_fts;
CREATE VIRTUAL TABLE paper_fts USING fts5(
    title, abstract, authors, note,
    content = 'paper', content_rowid = 'sort_key',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO paper_fts(paper_fts, rank) VALUES ('hashsize', 67108864);
INSERT INTO paper_fts(paper_fts) VALUES ('rebuild');
CREATE TRIGGER paper_fts_delete AFTER DELETE ON paper BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, authors, note)
        VALUES ('delete', old.sort_key, old.title, old.abstract, old.authors, old.note);
END;
