-- why: a seizure's class is its drug's class on the date (drug_classes.csv); before a drug was controlled there was no offence to seize it for.
-- kind: row
-- column: drug
-- value: drug
-- detail: CAST(sdate AS VARCHAR)
drug_known AND sdate >= st.series_start AND drug_class IS NULL
