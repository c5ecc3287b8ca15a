-- haul store, version 1, for PostgreSQL: the translation of duckdb/V1__schema.sql, with the same
-- tables, columns and meanings. Financial years are stored as the calendar year they end in
-- (2021/22 is 2022). Quantities are NUMERIC(38,9): never binary floating point. BLOB is BYTEA.
-- Flyway applies this file and records it in flyway_schema_history.

CREATE TABLE ref_meta (
  fingerprint VARCHAR NOT NULL
);

CREATE TABLE ref_region (
  name VARCHAR PRIMARY KEY,
  slug VARCHAR NOT NULL,
  display_order INTEGER NOT NULL
);

CREATE TABLE ref_agency (
  code VARCHAR PRIMARY KEY,
  short_name VARCHAR NOT NULL,
  full_name VARCHAR NOT NULL,
  region VARCHAR,
  agency_type VARCHAR NOT NULL,
  area_name VARCHAR NOT NULL,
  display_order INTEGER NOT NULL
);

-- Every accepted spelling of an agency, in lower case: code, full name, short name.
CREATE TABLE ref_agency_name (
  name VARCHAR PRIMARY KEY,
  code VARCHAR NOT NULL
);

CREATE TABLE ref_drug (
  name VARCHAR PRIMARY KEY,
  unit VARCHAR,
  group_name VARCHAR,
  display_order INTEGER NOT NULL
);

CREATE TABLE ref_input_unit (
  input_unit VARCHAR PRIMARY KEY,
  unit VARCHAR NOT NULL,
  factor NUMERIC(18, 6) NOT NULL
);

CREATE TABLE ref_drug_input_unit (
  drug VARCHAR NOT NULL,
  input_unit VARCHAR NOT NULL
);

-- Names of catalogue rows in lower case (the rows' own names included), valid over inclusive dates.
CREATE TABLE ref_drug_alias (
  alias VARCHAR NOT NULL,
  drug VARCHAR NOT NULL,
  valid_from DATE,
  valid_to DATE
);

CREATE TABLE ref_drug_class (
  drug VARCHAR NOT NULL,
  drug_class VARCHAR NOT NULL,
  valid_from DATE,
  valid_to DATE
);

CREATE SEQUENCE import_id_seq START 1;

-- One row per file an import command read (kind: returns or tables).
CREATE TABLE import_log (
  import_id BIGINT PRIMARY KEY,
  kind VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  content_sha256 VARCHAR NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  rows_read BIGINT NOT NULL,
  accepted BIGINT NOT NULL,
  rejected BIGINT NOT NULL,
  revised BIGINT NOT NULL,
  detail VARCHAR
);

-- Rejected rows kept by a partial import, with their reasons.
CREATE TABLE import_reject (
  import_id BIGINT NOT NULL,
  file_name VARCHAR NOT NULL,
  row_number BIGINT,
  column_name VARCHAR,
  code VARCHAR NOT NULL,
  message VARCHAR NOT NULL
);

-- A seizure (event) of a record-level return: one per (agency_code, seizure_id).
CREATE TABLE seizure (
  agency_code VARCHAR NOT NULL,
  seizure_id VARCHAR NOT NULL,
  seizure_date DATE NOT NULL,
  financial_year_end INTEGER NOT NULL,
  import_id BIGINT NOT NULL
);

-- A drug line of a seizure; drug_class is the drug's class on the seizure's date.
-- quantity is in the drug's unit (NULL when the return gave none); a count-only drug keeps the
-- quantity and unit it was given.
CREATE TABLE drug_line (
  agency_code VARCHAR NOT NULL,
  seizure_id VARCHAR NOT NULL,
  drug VARCHAR NOT NULL,
  drug_class VARCHAR NOT NULL,
  quantity NUMERIC(38, 9),
  unit VARCHAR,
  source_row BIGINT NOT NULL,
  import_id BIGINT NOT NULL
);

-- Figures loaded from published aggregate tables (haul import-tables), one cell each.
-- measure: seizures or quantities. item_kind: drug (a catalogue row), group ("All cannabis"),
-- class (A, B, C, Unknown, none: counts of events with any drug of the class) or total ("All drugs").
-- value NULL is a blank cell: not available, never zero. Quantities are in the catalogue unit
-- (thousands of doses are stored as doses).
CREATE TABLE table_figure (
  financial_year_end INTEGER NOT NULL,
  agency_code VARCHAR NOT NULL,
  measure VARCHAR NOT NULL,
  item_kind VARCHAR NOT NULL,
  item VARCHAR NOT NULL,
  value NUMERIC(38, 9),
  import_id BIGINT NOT NULL
);

CREATE SEQUENCE note_id_seq START 1;

-- Data-quality notes; an empty agency_code is a note on the whole release.
CREATE TABLE note (
  note_id BIGINT PRIMARY KEY,
  financial_year_end INTEGER NOT NULL,
  agency_code VARCHAR,
  text VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL
);

-- An edition of a year's release. Times are UTC; status is derived from public_at and later editions.
CREATE TABLE edition (
  financial_year_end INTEGER NOT NULL,
  edition_number INTEGER NOT NULL,
  created_at TIMESTAMP NOT NULL,
  public_at TIMESTAMP NOT NULL,
  data_fingerprint VARCHAR NOT NULL,
  reference_fingerprint VARCHAR NOT NULL,
  PRIMARY KEY (financial_year_end, edition_number)
);

-- Every file an edition wrote, kept so that an edition stays readable after later revisions.
CREATE TABLE edition_file (
  financial_year_end INTEGER NOT NULL,
  edition_number INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  content BYTEA NOT NULL,
  sha256 VARCHAR NOT NULL,
  PRIMARY KEY (financial_year_end, edition_number, name)
);
