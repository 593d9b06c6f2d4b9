-- AI Trends Atlas database schema.
--
-- The tables and columns of the public contract (see db/README.md, "Public contract") never change
-- name: later versions only add tables, columns, indexes and views. Everything else is documented in
-- db/README.md. Dates are ISO prefixes: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
--
-- The builder (app/core/data/dbbuilder.cpp) runs this file on an empty database, loads db/seed/,
-- and stamps PRAGMA user_version with the schema version below.

PRAGMA user_version = 1;

-- ---------------------------------------------------------------------------------------------
-- Provenance
-- ---------------------------------------------------------------------------------------------

-- Where a row comes from in the report. page is the printed page number; line_start/line_end are
-- 1-based lines of the report's text edition (ai-industry-trends-2024.txt), which pin the passage.
CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    locator     TEXT NOT NULL,                 -- '제3장 제2절 EU · 〈표 3-16〉'
    page        INTEGER,                       -- printed page
    line_start  INTEGER,
    line_end    INTEGER,
    UNIQUE (locator, page, line_start, line_end)
);

-- Printed page numbers anchored to report lines: the contents list and the lists of tables and
-- figures give the page of each heading, table and figure. A line's page is the page of the last
-- anchor at or before it (exact for tables and figures, the section's first page for prose).
CREATE TABLE page_anchor (
    line   INTEGER PRIMARY KEY,
    page   INTEGER NOT NULL,
    label  TEXT NOT NULL                       -- '제3장 제2절 EU', '〈표 3-16〉', '[그림 2-2]'
);

-- ---------------------------------------------------------------------------------------------
-- Vocabularies (code lists referenced by the entity tables)
-- ---------------------------------------------------------------------------------------------

CREATE TABLE field (                           -- the four fields of 첨부 1
    code     TEXT PRIMARY KEY,                 -- policy_law, industry, tech_research, talent_education
    seq      INTEGER NOT NULL UNIQUE,
    name_ko  TEXT NOT NULL,
    name_en  TEXT NOT NULL
);

CREATE TABLE policy_kind (
    code     TEXT PRIMARY KEY,
    name_ko  TEXT NOT NULL,
    name_en  TEXT NOT NULL
);

CREATE TABLE policy_status (
    code     TEXT PRIMARY KEY,
    name_ko  TEXT NOT NULL,
    name_en  TEXT NOT NULL
);

CREATE TABLE organization_kind (
    code     TEXT PRIMARY KEY,
    name_ko  TEXT NOT NULL,
    name_en  TEXT NOT NULL
);

CREATE TABLE activity_kind (
    code     TEXT PRIMARY KEY,
    name_ko  TEXT NOT NULL,
    name_en  TEXT NOT NULL
);

-- A statistic topic is one series family ('tortoise_rank', 'ai_investment_global', ...).
-- map_layer = 1 marks topics with one value per country that the world map offers as a layer.
CREATE TABLE statistic_topic (
    topic            TEXT PRIMARY KEY,
    name_ko          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    unit             TEXT NOT NULL,
    map_layer        INTEGER NOT NULL DEFAULT 0 CHECK (map_layer IN (0, 1)),
    lower_is_better  INTEGER NOT NULL DEFAULT 0 CHECK (lower_is_better IN (0, 1)),
    description_ko   TEXT,
    description_en   TEXT
);

-- ---------------------------------------------------------------------------------------------
-- Jurisdictions
-- ---------------------------------------------------------------------------------------------

CREATE TABLE jurisdiction (
    id            TEXT PRIMARY KEY,            -- ISO alpha-3, 'EU', 'INT', ISO 3166-2 for sub-national
    name_ko       TEXT NOT NULL,
    name_en       TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('country', 'supranational', 'subnational')),
    parent_id     TEXT REFERENCES jurisdiction (id),
    iso_numeric   TEXT,                        -- ISO 3166-1 numeric, keys the map geometry
    chapter3_seq  INTEGER,                     -- 1..10: order of its section in chapter 3
    in_appendix1  INTEGER NOT NULL DEFAULT 0 CHECK (in_appendix1 IN (0, 1)),
    source_id     INTEGER NOT NULL REFERENCES source (id)
);

CREATE TABLE jurisdiction_member (
    group_id   TEXT NOT NULL REFERENCES jurisdiction (id),
    member_id  TEXT NOT NULL REFERENCES jurisdiction (id),
    PRIMARY KEY (group_id, member_id)
);

-- ---------------------------------------------------------------------------------------------
-- Organizations and policies
-- ---------------------------------------------------------------------------------------------

CREATE TABLE organization (
    id               INTEGER PRIMARY KEY,
    name_ko          TEXT,
    name_en          TEXT NOT NULL,
    kind             TEXT NOT NULL REFERENCES organization_kind (code),
    jurisdiction_id  TEXT REFERENCES jurisdiction (id),
    abbreviation     TEXT,
    parent_id        INTEGER REFERENCES organization (id),
    summary_ko       TEXT,
    summary_en       TEXT,
    source_id        INTEGER NOT NULL REFERENCES source (id)
);

CREATE TABLE policy (
    id               INTEGER PRIMARY KEY,
    jurisdiction_id  TEXT REFERENCES jurisdiction (id),
    issuer_ko        TEXT,
    issuer_en        TEXT,
    title_ko         TEXT NOT NULL,
    title_en         TEXT NOT NULL,
    kind             TEXT REFERENCES policy_kind (code),
    date             TEXT,                     -- ISO prefix, precision as known
    date_as_printed  TEXT,
    summary_ko       TEXT,
    summary_en       TEXT,
    source_id        INTEGER NOT NULL REFERENCES source (id),
    -- additions to the public contract
    date_end         TEXT,                     -- end of a range ('2023.10(~2024.1)')
    status           TEXT REFERENCES policy_status (code),
    issuer_org_id    INTEGER REFERENCES organization (id),
    title_original   TEXT                      -- official title in the original language, where printed
);

-- Principles, tasks, requirements and other listed items that belong to one policy.
CREATE TABLE policy_item (
    policy_id  INTEGER NOT NULL REFERENCES policy (id),
    seq        INTEGER NOT NULL,
    label_ko   TEXT,                           -- short heading of the item, as printed
    label_en   TEXT,
    text_ko    TEXT NOT NULL,                  -- our own short wording
    text_en    TEXT NOT NULL,
    source_id  INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (policy_id, seq)
);

-- Every policy may carry further sources than its main one (e.g. 첨부 1 and chapter 3).
CREATE TABLE policy_source (
    policy_id  INTEGER NOT NULL REFERENCES policy (id),
    source_id  INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (policy_id, source_id)
);

CREATE TABLE appendix1_entry (
    jurisdiction_id   TEXT NOT NULL REFERENCES jurisdiction (id),
    field             TEXT NOT NULL REFERENCES field (code)
                      CHECK (field IN ('policy_law', 'industry', 'tech_research', 'talent_education')),
    seq               INTEGER NOT NULL,
    policy_id         INTEGER NOT NULL REFERENCES policy (id),
    note_ko           TEXT,                    -- the cell's sub-bullets, as printed ('; '-joined)
    -- additions to the public contract
    note_en           TEXT,
    issuer_as_printed TEXT NOT NULL,
    title_as_printed  TEXT NOT NULL,
    date_as_printed   TEXT NOT NULL,
    source_id         INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (jurisdiction_id, field, seq)
);

-- ---------------------------------------------------------------------------------------------
-- Companies
-- ---------------------------------------------------------------------------------------------

CREATE TABLE company (
    id                  INTEGER PRIMARY KEY,
    name_ko             TEXT,
    name_en             TEXT NOT NULL,
    hq_jurisdiction_id  TEXT REFERENCES jurisdiction (id),
    -- additions to the public contract
    founded             TEXT,                  -- ISO prefix
    listed              TEXT,                  -- ISO prefix of the listing date, where printed
    fiscal_year_end     TEXT,                  -- 'MM-DD' of the fiscal-year end, where printed
    profile_table       TEXT,                  -- '〈표 5-1〉'
    parent_company_id   INTEGER REFERENCES company (id),  -- separately incorporated subsidiaries
    summary_ko          TEXT,
    summary_en          TEXT,
    source_id           INTEGER NOT NULL REFERENCES source (id)
);

CREATE TABLE appendix3_entry (
    company_id          INTEGER NOT NULL REFERENCES company (id),
    scope               TEXT NOT NULL CHECK (scope IN ('domestic', 'overseas')),
    category_ko         TEXT NOT NULL,
    seq                 INTEGER NOT NULL,      -- row order within the scope's table, 1-based
    -- additions to the public contract
    category_en         TEXT NOT NULL,
    company_as_printed  TEXT NOT NULL,
    country_as_printed  TEXT,                  -- '(중국)' tags of the overseas table
    source_id           INTEGER NOT NULL REFERENCES source (id),
    PRIMARY KEY (scope, seq)
);

CREATE TABLE company_activity (
    id               INTEGER PRIMARY KEY,
    company_id       INTEGER NOT NULL REFERENCES company (id),
    date             TEXT,
    kind             TEXT REFERENCES activity_kind (code),
    text_ko          TEXT NOT NULL,
    text_en          TEXT,
    source_id        INTEGER NOT NULL REFERENCES source (id),
    -- additions to the public contract
    date_end         TEXT,
    date_as_printed  TEXT,
    tag_ko           TEXT,                     -- the printed tag, e.g. '서비스' in 첨부 3
    amount_value     REAL,                     -- base units (dollars, not millions)
    amount_currency  TEXT,                     -- ISO 4217
    amount_as_printed TEXT,
    appendix3_scope  TEXT CHECK (appendix3_scope IN ('domestic', 'overseas')),
    appendix3_seq    INTEGER,
    FOREIGN KEY (appendix3_scope, appendix3_seq) REFERENCES appendix3_entry (scope, seq)
);

CREATE TABLE company_financial (
    company_id        INTEGER NOT NULL REFERENCES company (id),
    metric            TEXT NOT NULL CHECK (metric IN ('revenue', 'revenue_growth_pct', 'cost_of_revenue',
                          'gross_profit', 'gross_profit_growth_pct', 'gross_margin_pct', 'arr', 'arr_growth_pct')),
    fiscal_year       INTEGER NOT NULL,        -- as printed in the column header
    period_end        TEXT NOT NULL,           -- ISO date (or 'YYYY-MM') the period ends
    value             REAL NOT NULL,           -- USD millions as printed, or percent
    unit              TEXT NOT NULL CHECK (unit IN ('USD_million', 'percent')),
    source_id         INTEGER NOT NULL REFERENCES source (id),
    -- additions to the public contract
    value_as_printed  TEXT,
    PRIMARY KEY (company_id, metric, fiscal_year, period_end)
);

-- ---------------------------------------------------------------------------------------------
-- Statistics, standards, research, references
-- ---------------------------------------------------------------------------------------------

CREATE TABLE statistic (
    id               INTEGER PRIMARY KEY,
    topic            TEXT NOT NULL REFERENCES statistic_topic (topic),
    jurisdiction_id  TEXT REFERENCES jurisdiction (id),
    subject          TEXT,                     -- what is measured within the topic (Korean)
    period           TEXT,                     -- ISO prefix, or a range 'YYYY..YYYY'
    value            REAL NOT NULL,            -- base units: 189200000000 for 1,892억 달러
    unit             TEXT NOT NULL,            -- ISO 4217, 'count', 'percent', 'rank', ...
    is_forecast      INTEGER NOT NULL DEFAULT 0 CHECK (is_forecast IN (0, 1)),
    source_id        INTEGER NOT NULL REFERENCES source (id),
    -- additions to the public contract
    subject_en       TEXT,
    value_as_printed TEXT,
    publisher        TEXT                      -- who produced the figure (Stanford HAI, Tortoise, ...)
);

CREATE TABLE standard (
    id         INTEGER PRIMARY KEY,
    body       TEXT NOT NULL,                  -- 'ISO/IEC JTC 1/SC 42', 'TTA', 'IEEE'
    code       TEXT NOT NULL,                  -- as printed
    title      TEXT,                           -- as printed (English for ISO/IEEE, Korean for TTA)
    year       INTEGER,
    source_id  INTEGER NOT NULL REFERENCES source (id),
    -- additions to the public contract
    title_ko   TEXT,
    title_en   TEXT,
    date       TEXT,
    kind       TEXT CHECK (kind IN ('standard', 'technical_report', 'report', 'specification')),
    status     TEXT
);

CREATE TABLE publication (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('report', 'paper', 'topic_cluster', 'dataset', 'other')),
    organization_id  INTEGER REFERENCES organization (id),
    title_ko         TEXT,
    title_en         TEXT NOT NULL,
    authors          TEXT,
    venue            TEXT,
    date             TEXT,
    summary_ko       TEXT,
    summary_en       TEXT,
    source_id        INTEGER NOT NULL REFERENCES source (id)
);

CREATE TABLE reference (
    num        INTEGER PRIMARY KEY,            -- 1..189 as numbered in 참고 문헌
    citation   TEXT NOT NULL,
    date       TEXT,
    -- additions to the public contract
    url        TEXT,
    source_id  INTEGER REFERENCES source (id)
);

CREATE TABLE footnote (
    num             INTEGER PRIMARY KEY,       -- body footnote number (1..346)
    citation        TEXT NOT NULL,
    date            TEXT,
    url             TEXT,
    reference_num   INTEGER REFERENCES reference (num),
    source_id       INTEGER NOT NULL REFERENCES source (id)
);

-- ---------------------------------------------------------------------------------------------
-- Names spelled several ways, and notes on the report's contradictions
-- ---------------------------------------------------------------------------------------------

CREATE TABLE alias (
    entity_type  TEXT NOT NULL CHECK (entity_type IN ('jurisdiction', 'organization', 'company', 'policy')),
    entity_id    TEXT NOT NULL,
    alias        TEXT NOT NULL,
    lang         TEXT CHECK (lang IN ('ko', 'en', 'zh', 'ja', 'fr', 'de')),
    source_id    INTEGER REFERENCES source (id),
    PRIMARY KEY (entity_type, entity_id, alias)
);

-- A data note says where the report contradicts itself (or looks wrong) about a stored value:
-- what it printed, what we stored and why. anomaly_id refers to ANOMALIES.md of the seed.
CREATE TABLE data_note (
    id              INTEGER PRIMARY KEY,
    entity_type     TEXT NOT NULL CHECK (entity_type IN ('jurisdiction', 'policy', 'appendix1_entry',
                        'organization', 'company', 'company_activity', 'company_financial', 'appendix3_entry',
                        'statistic', 'standard', 'publication', 'reference', 'footnote')),
    entity_key      TEXT NOT NULL,             -- the row's key; composite keys joined by '|'
    column_name     TEXT,
    printed_value   TEXT,
    stored_value    TEXT,
    anomaly_id      TEXT,                      -- 'A01', 'B03', ...
    note_ko         TEXT NOT NULL,
    note_en         TEXT NOT NULL,
    source_id       INTEGER NOT NULL REFERENCES source (id)
);

-- ---------------------------------------------------------------------------------------------
-- Indexes and views
-- ---------------------------------------------------------------------------------------------

CREATE INDEX policy_by_jurisdiction ON policy (jurisdiction_id, date);
CREATE INDEX appendix1_by_policy ON appendix1_entry (policy_id);
CREATE INDEX activity_by_company ON company_activity (company_id, date);
CREATE INDEX statistic_by_topic ON statistic (topic, jurisdiction_id);
-- The figures of one map layer in the order the map reads them, without touching the table: a layer
-- is read when it is first shown (1 ms for 500 rows at 100x the report, where the table took 3 ms).
CREATE INDEX statistic_map_values ON statistic (topic, jurisdiction_id, period DESC, id, subject, subject_en,
                                                value, value_as_printed, publisher, source_id)
    WHERE is_forecast = 0 AND jurisdiction_id IS NOT NULL;
CREATE INDEX data_note_by_entity ON data_note (entity_type, entity_key);
CREATE INDEX alias_by_name ON alias (alias);

-- 첨부 1 cell counts: the numbers behind the four 첨부 2 maps.
CREATE VIEW appendix1_cell AS
SELECT j.id AS jurisdiction_id, f.code AS field, COUNT(a.seq) AS items
FROM jurisdiction j
CROSS JOIN field f
LEFT JOIN appendix1_entry a ON a.jurisdiction_id = j.id AND a.field = f.code
WHERE j.in_appendix1 = 1
GROUP BY j.id, f.code;

-- ---------------------------------------------------------------------------------------------
-- Search
-- ---------------------------------------------------------------------------------------------

-- One row per searchable entity: what the app's search box and `ai-trends-atlas search` look in.
CREATE VIEW search_document AS
SELECT 'policy' AS type, CAST(p.id AS TEXT) AS id, p.title_ko, p.title_en,
       coalesce(p.issuer_ko, '') || ' ' || coalesce(p.issuer_en, '') || ' ' || coalesce(p.title_original, '') || ' '
       || coalesce(p.summary_ko, '') || ' ' || coalesce(p.summary_en, '') AS body,
       p.date, p.source_id, 1 AS priority
FROM policy p
UNION ALL
SELECT 'jurisdiction', j.id, j.name_ko, j.name_en, j.id, NULL, j.source_id, 0 FROM jurisdiction j
UNION ALL
SELECT 'organization', CAST(o.id AS TEXT), coalesce(o.name_ko, o.name_en), o.name_en,
       coalesce(o.abbreviation, '') || ' ' || coalesce(o.summary_ko, '') || ' ' || coalesce(o.summary_en, ''),
       NULL, o.source_id, 2 FROM organization o
UNION ALL
SELECT 'company', CAST(c.id AS TEXT), coalesce(c.name_ko, c.name_en), c.name_en,
       coalesce(c.summary_ko, '') || ' ' || coalesce(c.summary_en, ''), c.founded, c.source_id, 2 FROM company c
UNION ALL
SELECT 'activity', CAST(a.id AS TEXT), a.text_ko, coalesce(a.text_en, ''), coalesce(a.tag_ko, ''), a.date, a.source_id, 4
FROM company_activity a
UNION ALL
SELECT 'standard', CAST(s.id AS TEXT), coalesce(s.title_ko, s.title, s.code), coalesce(s.title_en, s.title, s.code),
       s.body || ' ' || s.code || ' ' || coalesce(s.title, ''), s.date, s.source_id, 3 FROM standard s
UNION ALL
SELECT 'statistic', CAST(t.id AS TEXT), coalesce(t.subject, t.topic), coalesce(t.subject_en, t.topic),
       t.topic || ' ' || coalesce(t.value_as_printed, '') || ' ' || coalesce(t.publisher, ''), t.period, t.source_id, 5
FROM statistic t
UNION ALL
SELECT 'reference', CAST(r.num AS TEXT), r.citation, r.citation, coalesce(r.url, ''), r.date, r.source_id, 6
FROM reference r
UNION ALL
-- Other spellings find the entity under its own name (광동성 → 광둥성, 엔스로픽 → Anthropic).
SELECT a.entity_type, a.entity_id,
       coalesce(j.name_ko, o.name_ko, c.name_ko, p.title_ko, a.alias),
       coalesce(j.name_en, o.name_en, c.name_en, p.title_en, a.alias),
       a.alias, NULL, coalesce(j.source_id, o.source_id, c.source_id, p.source_id), 7
FROM alias a
LEFT JOIN jurisdiction j ON a.entity_type = 'jurisdiction' AND j.id = a.entity_id
LEFT JOIN organization o ON a.entity_type = 'organization' AND CAST(o.id AS TEXT) = a.entity_id
LEFT JOIN company c ON a.entity_type = 'company' AND CAST(c.id AS TEXT) = a.entity_id
LEFT JOIN policy p ON a.entity_type = 'policy' AND CAST(p.id AS TEXT) = a.entity_id;

-- The full-text index over search_document, filled by the builder. Trigram: substrings of three or
-- more characters in any language. Rows are stored in a fixed order (priority, then newest first),
-- and title_ko, title_en and body carry one space before and after the text, so that every
-- two-character term at the start or end of a text still lies inside a trigram (see search_trigram).
CREATE VIRTUAL TABLE search_fts USING fts5(
    type UNINDEXED, id UNINDEXED, title_ko, title_en, body, date UNINDEXED, source_id UNINDEXED,
    priority UNINDEXED, tokenize = 'trigram');

-- Every distinct trigram of search_fts, forwards and reversed, filled by the builder. A two-character
-- term (기본, 법안, AI) has no trigram of its own, and SQLite 3.40's trigram LIKE misses two-syllable
-- Hangul; the search instead looks up the trigrams that begin or end with the term (a prefix range
-- on term or rev) and matches any of them, which is exact and uses the index.
CREATE TABLE search_trigram (
    term TEXT PRIMARY KEY,
    rev  TEXT NOT NULL                    -- term reversed: a suffix becomes a prefix range
) WITHOUT ROWID;
CREATE INDEX search_trigram_rev ON search_trigram (rev);
