-- why: a seizure is counted once by its id; a row without one cannot be told from another seizure.
-- kind: row
-- column: seizure_id
-- value: NULL
-- detail: NULL
seizure_id IS NULL
