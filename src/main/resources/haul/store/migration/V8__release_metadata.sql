-- haul store, version 8, for both engines: release metadata (issue 15). What a release says about
-- itself on the workbook's cover, in the bulletin, the manifest and the dashboard's footer: its
-- title, who produces it, its source line, whom to contact, its type of statistics, when it is
-- released and when the next release is due, and its licence. One row per financial year, set with
-- haul publish --metadata FILE; setting it again replaces the row.

CREATE TABLE release_metadata (
  financial_year_end INTEGER PRIMARY KEY,
  title VARCHAR NOT NULL,
  producer VARCHAR NOT NULL,
  source_line VARCHAR NOT NULL,
  contact_email VARCHAR NOT NULL,
  statistics_type VARCHAR NOT NULL,
  release_at TIMESTAMP NOT NULL,
  next_release DATE NOT NULL,
  licence VARCHAR NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
