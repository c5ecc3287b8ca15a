-- why: only an ISO date (YYYY-MM-DD) of a real day is read the same way by every agency and engine.
-- kind: row
-- column: seizure_date
-- value: seizure_date
-- detail: NULL
seizure_date IS NOT NULL AND sdate IS NULL
