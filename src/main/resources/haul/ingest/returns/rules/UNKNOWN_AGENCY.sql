-- why: only the 45 agencies of agencies.csv make returns; a misspelt name must not become a new agency.
-- kind: row
-- column: agency
-- value: agency
-- detail: NULL
agency IS NOT NULL AND agency_code IS NULL
