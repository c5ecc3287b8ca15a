-- why: the date decides the financial year and the drug's class; without it the row has no place in the statistics.
-- kind: row
-- column: seizure_date
-- value: NULL
-- detail: NULL
seizure_date IS NULL
