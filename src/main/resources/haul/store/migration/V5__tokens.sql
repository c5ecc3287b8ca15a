-- haul store, version 5, for PostgreSQL: the translation of duckdb/V5__tokens.sql, the same tables,
-- columns and meanings. API tokens of haul serve. The store keeps only the SHA-256 of a token, never the token itself.
-- An agency token (agency_code set) submits returns for that agency; an admin token (is_admin)
-- does the statistics team's work. A revoked token stays listed with the time it was revoked.

CREATE SEQUENCE api_token_id_seq START 1;

CREATE TABLE api_token (
  token_id BIGINT PRIMARY KEY,
  agency_code VARCHAR,
  is_admin BOOLEAN NOT NULL,
  token_sha256 VARCHAR NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL,
  revoked_at TIMESTAMP
);

-- Returns submitted through haul serve (POST /api/returns), refused ones included, so an agency can
-- see what it sent and why rows were rejected. agency_code is the token's agency; NULL for an admin
-- token. report is the import report as JSON.
CREATE SEQUENCE api_submission_id_seq START 1;

CREATE TABLE api_submission (
  submission_id BIGINT PRIMARY KEY,
  agency_code VARCHAR,
  submitted_at TIMESTAMP NOT NULL,
  name VARCHAR NOT NULL,
  outcome VARCHAR NOT NULL,
  http_status INTEGER NOT NULL,
  report VARCHAR NOT NULL
);
