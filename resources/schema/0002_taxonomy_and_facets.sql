-- Lectern library, schema version 2: the library's own taxonomy, and per-paper facets that let the chart
-- aggregate a million papers in SQL within its time budget.

-- The taxonomy once the user has edited it (Taxonomy ▸ Edit…); while this table is empty the library uses the
-- taxonomy built into Lectern. `json` is the form of resources/taxonomy.json.
CREATE TABLE taxonomy (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    json       TEXT    NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Small integer codes for technique ids (leaves and groups) and metric kinds, assigned on first use and never
-- reused, so one paper's facets fit in a few bytes.
CREATE TABLE facet_code (
    code  INTEGER PRIMARY KEY CHECK (code BETWEEN 1 AND 65535),
    facet TEXT    NOT NULL CHECK (facet IN ('technique', 'kind')),
    name  TEXT    NOT NULL,
    UNIQUE (facet, name)
);

-- One narrow row per paper with what the chart counts: the codes of its techniques together with the groups
-- above them, and of the metric kinds it reports, each a blob of little-endian 16-bit codes. Keyed by the
-- paper's sort key, which is also the full-text rowid, so a filter's matches reach their facets in key order.
-- It repeats the paper's id and year, so filters on those (technique:, metric:, tag:, year:) are aggregated
-- without reading the wide paper rows. Written by the store together with the paper's facts.
CREATE TABLE paper_facet (
    sort_key   INTEGER PRIMARY KEY,
    id         INTEGER NOT NULL,
    year       INTEGER,
    techniques BLOB NOT NULL,
    kinds      BLOB NOT NULL
);
CREATE UNIQUE INDEX paper_facet_by_id ON paper_facet(id);

-- The same counts for the whole library, kept by the store in the transaction that changes them: papers with
-- technique (or group) `technique`, reporting a metric of kind `kind` (0: whether or not they report one),
-- published in `year` (0: unknown).
CREATE TABLE facet_total (
    technique INTEGER NOT NULL,
    kind      INTEGER NOT NULL,
    year      INTEGER NOT NULL,
    papers    INTEGER NOT NULL,
    PRIMARY KEY (technique, kind, year)
) WITHOUT ROWID;

-- Each metric row repeats its paper's techniques with their groups (the paper_facet blob; written by the
-- store with the row and rewritten when the paper's techniques or the taxonomy's groups change), so the
-- distribution view reads the whole library's values of one kind and unit from one index, without a join.
ALTER TABLE metric_fact ADD COLUMN techniques BLOB NOT NULL DEFAULT x'';
DROP INDEX metric_fact_by_kind;
CREATE INDEX metric_fact_by_kind ON metric_fact(kind, unit, paper_id, value, start, end, techniques);
