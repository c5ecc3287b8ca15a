-- why: every seizure belongs to an agency; a row without one cannot be counted anywhere.
-- kind: row
-- column: agency
-- value: agency
-- detail: NULL
agency IS NULL
