-- why: a seizure has happened by the time it is returned; a later date is a typing error.
-- kind: row
-- column: seizure_date
-- value: seizure_date
-- detail: CAST(st.today AS VARCHAR)
sdate > st.today
