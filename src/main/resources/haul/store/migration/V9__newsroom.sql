-- The newsroom (issue 16): token roles and names, the review queue of stories, sessions of the
-- dashboard's sign-in, the record of pre-release views, and the newsroom's own settings for feeds.

-- Every token has a role (agency, editor, admin) and a name, shown by haul token list and recorded
-- beside what its holder approves. is_admin stays: it is true exactly when the role is admin.
ALTER TABLE api_token ADD COLUMN token_role VARCHAR;
ALTER TABLE api_token ADD COLUMN token_name VARCHAR;
UPDATE api_token SET token_role = CASE WHEN is_admin THEN 'admin' ELSE 'agency' END,
  token_name = coalesce(agency_code, 'admin');

-- One row per story of an edition under review: its status (draft, edited, approved, held), the
-- version of newsroom_version it now reads as (the optimistic lock of the editor), the warning a
-- revision left, and who approved or held it, when.
CREATE TABLE newsroom_story (
  financial_year_end INTEGER NOT NULL,
  edition_number INTEGER NOT NULL,
  agency_code VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  current_version INTEGER NOT NULL,
  revision_warning VARCHAR,
  decided_by VARCHAR,
  decided_at TIMESTAMP,
  PRIMARY KEY (financial_year_end, edition_number, agency_code)
);

-- Every version of a story, across editions: the generated text of each edition, each edit, each
-- approved text, with check-story's result on it. body, facts, warnings and findings are JSON.
CREATE TABLE newsroom_version (
  financial_year_end INTEGER NOT NULL,
  agency_code VARCHAR NOT NULL,
  version_number INTEGER NOT NULL,
  edition_number INTEGER NOT NULL,
  kind VARCHAR NOT NULL,
  headline VARCHAR NOT NULL,
  body VARCHAR NOT NULL,
  facts VARCHAR NOT NULL,
  warnings VARCHAR NOT NULL,
  findings VARCHAR NOT NULL,
  contradicted INTEGER NOT NULL,
  unknown INTEGER NOT NULL,
  matched INTEGER NOT NULL,
  author VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (financial_year_end, agency_code, version_number)
);

-- Signed-in sessions of the dashboard: the store keeps the SHA-256 of the cookie only, and the
-- session's CSRF token, which every form carries.
CREATE TABLE newsroom_session (
  session_sha256 VARCHAR PRIMARY KEY,
  token_id BIGINT NOT NULL,
  csrf_token VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  ended_at TIMESTAMP
);

-- Pre-release access: every view of an embargoed edition's stories, who (token and its name), what
-- (the page or feed) and when, listed for admins.
CREATE SEQUENCE newsroom_view_id_seq START 1;

CREATE TABLE newsroom_view (
  view_id BIGINT PRIMARY KEY,
  token_id BIGINT NOT NULL,
  token_name VARCHAR NOT NULL,
  financial_year_end INTEGER NOT NULL,
  edition_number INTEGER NOT NULL,
  what VARCHAR NOT NULL,
  viewed_at TIMESTAMP NOT NULL
);

-- The newsroom's settings (one row, id 1): its name (ninjs "by"), the copyright holder and usage
-- terms of its stories: the newsroom's, not the statistics producer's.
CREATE TABLE newsroom_settings (
  settings_id INTEGER PRIMARY KEY,
  newsroom_name VARCHAR NOT NULL,
  copyright_holder VARCHAR NOT NULL,
  usage_terms VARCHAR NOT NULL,
  updated_by VARCHAR NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
