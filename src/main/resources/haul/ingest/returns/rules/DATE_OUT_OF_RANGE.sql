-- why: the series starts when the Misuse of Drugs Act 1971 came into force (series.csv); an earlier date has no financial year in it.
-- kind: row
-- column: seizure_date
-- value: seizure_date
-- detail: st.series_start_text
sdate < st.series_start
