-- Lectern library, schema version 1.
-- Derived columns (authors, techniques, headline, sort_key) are written by the store in the same transaction
-- as the rows they summarise, so the paged table reads one row per paper without joins.

CREATE TABLE paper (
    id                INTEGER PRIMARY KEY,
    title             TEXT    NOT NULL,
    title_provisional INTEGER NOT NULL DEFAULT 0,
    title_key         TEXT    NOT NULL,          -- case/punctuation/spacing-free title, for de-duplication
    abstract          TEXT    NOT NULL DEFAULT '',
    abstract_key      TEXT,                      -- the abstract's first words, normalised, for de-duplication
    authors           TEXT    NOT NULL DEFAULT '', -- "A. One; B. Two", derived from paper_author, for FTS and display
    author_count      INTEGER,                   -- given by a listing that names no authors
    year              INTEGER,
    date              TEXT,                      -- as given: "May 2, 2022", "Jul 25"
    -- "Newest first" as one unique integer: yyyymmdd (unknown parts 0) << 32 | id. It is also the full-text
    -- index's rowid, so FTS5 returns matches already in this order and the first page needs no sort.
    sort_key          INTEGER NOT NULL UNIQUE,
    venue             TEXT,
    arxiv             TEXT,                      -- canonical id without version
    doi               TEXT,                      -- lower case, no resolver prefix
    url               TEXT,
    comment           TEXT,
    upvotes           INTEGER,
    techniques        TEXT    NOT NULL DEFAULT '', -- "pruning quantization", derived from technique_fact
    headline          TEXT    NOT NULL DEFAULT '', -- the headline metric, derived from metric_fact
    added_at          INTEGER NOT NULL
);
CREATE INDEX paper_by_title_key ON paper(title_key);
CREATE INDEX paper_by_abstract_key ON paper(abstract_key) WHERE abstract_key IS NOT NULL;
CREATE UNIQUE INDEX paper_by_arxiv ON paper(arxiv) WHERE arxiv IS NOT NULL;
CREATE UNIQUE INDEX paper_by_doi ON paper(doi) WHERE doi IS NOT NULL;

CREATE TABLE author (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE paper_author (
    paper_id  INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    author_id INTEGER NOT NULL REFERENCES author(id),
    PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;
CREATE INDEX paper_author_by_author ON paper_author(author_id);

-- Each imported file once: its text is kept compressed so every record's raw text stays viewable.
CREATE TABLE source_file (
    id          INTEGER PRIMARY KEY,
    path        TEXT    NOT NULL,
    sha256      TEXT    NOT NULL UNIQUE,
    format      TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    imported_at INTEGER NOT NULL,
    content     BLOB    NOT NULL  -- qCompress()ed UTF-8 of the decoded text (LF line ends)
);

-- Every place a paper came from. raw_start/raw_end are UTF-16 offsets into the decoded file text.
CREATE TABLE source (
    file_id   INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    paper_id  INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    raw_start INTEGER NOT NULL,
    raw_end   INTEGER NOT NULL,
    PRIMARY KEY (file_id, position)
) WITHOUT ROWID;
CREATE INDEX source_by_paper ON source(paper_id);

CREATE TABLE tag (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    color TEXT
);

CREATE TABLE paper_tag (
    paper_id INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (paper_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX paper_tag_by_tag ON paper_tag(tag_id, paper_id);

CREATE TABLE note (
    paper_id   INTEGER PRIMARY KEY REFERENCES paper(id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Extracted facts. Offsets are code points into paper.abstract, end exclusive; -1 when found in the title.
CREATE TABLE technique_fact (
    paper_id  INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    technique TEXT    NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    PRIMARY KEY (paper_id, technique)
) WITHOUT ROWID;
CREATE INDEX technique_fact_by_technique ON technique_fact(technique, paper_id);

CREATE TABLE metric_fact (
    id        INTEGER PRIMARY KEY,
    paper_id  INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    kind      TEXT    NOT NULL,
    value     REAL    NOT NULL,
    unit      TEXT    NOT NULL,
    direction TEXT    NOT NULL,
    text      TEXT    NOT NULL,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL
);
CREATE INDEX metric_fact_by_paper ON metric_fact(paper_id);
CREATE INDEX metric_fact_by_kind ON metric_fact(kind, paper_id);

-- Full-text index over title, abstract and authors. Its rowid is paper.sort_key. The store writes it when it
-- inserts or updates a paper (a trigger would make FTS5 flush at every statement); deletes go through the
-- trigger below, so a paper deleted by any statement leaves the index too.
CREATE VIRTUAL TABLE paper_fts USING fts5(
    title, abstract, authors,
    content = 'paper', content_rowid = 'sort_key',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- FTS5 keeps the terms of uncommitted rows in memory and writes them out as a new segment whenever they pass
-- `hashsize` bytes (1 MiB by default). With the prefix indexes a large import flushed hundreds of small
-- segments and spent its time merging them: 64 MiB took the bare insert floor with these prefix indexes from
-- 10.2 s to 6.7 s at 100k papers. It bounds the memory one long write transaction holds for the index.
INSERT INTO paper_fts(paper_fts, rank) VALUES ('hashsize', 67108864);

-- Every term the full-text index holds (as unicode61 folds it), so a prefix being typed can be expanded into
-- the few terms it stands for: FTS5 answers "effic"* by merging the postings of every matching term before it
-- returns a row (about 160 ms at a million papers), but ("efficient" OR "efficiency" OR …) streams newest
-- first and stops after a page (about 2 ms). Terms are added by imports and never removed; a term without
-- papers only costs a moment in an expansion.
CREATE TABLE fts_term (
    term TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TRIGGER paper_fts_delete AFTER DELETE ON paper BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, authors)
        VALUES ('delete', old.sort_key, old.title, old.abstract, old.authors);
END;
