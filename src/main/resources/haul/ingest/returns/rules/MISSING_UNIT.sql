-- why: quantities of different units are never added, so a quantity without its unit cannot be added to anything.
-- kind: row
-- column: unit
-- value: NULL
-- detail: quantity
quantity IS NOT NULL AND unit IS NULL
