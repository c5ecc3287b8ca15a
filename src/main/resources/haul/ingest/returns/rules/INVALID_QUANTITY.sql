-- why: a quantity is a plain decimal number the store can hold exactly; anything else would be guessed at.
-- kind: row
-- column: quantity
-- value: quantity
-- detail: NULL
quantity IS NOT NULL AND qty IS NULL
