-- why: every drug line is a seizure of some drug; without one it cannot be counted by drug or class.
-- kind: row
-- column: drug
-- value: NULL
-- detail: NULL
drug IS NULL
