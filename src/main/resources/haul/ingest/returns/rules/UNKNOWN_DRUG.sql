-- why: drugs are counted by the catalogue's rows; a name that is none of them or their aliases would be lost.
-- kind: row
-- column: drug
-- value: drug
-- detail: NULL
drug IS NOT NULL AND NOT drug_known
