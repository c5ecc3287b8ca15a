-- why: a quantity seized is 0 or more; a negative one would take from the totals.
-- kind: row
-- column: quantity
-- value: quantity
-- detail: NULL
qty < 0
