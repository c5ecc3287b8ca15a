-- why: a quantity is converted by its unit's factor (units.csv); an unknown unit has none.
-- kind: row
-- column: unit
-- value: unit
-- detail: (SELECT string_agg(input_unit, ', ' ORDER BY input_unit) FROM ref_input_unit)
unit IS NOT NULL AND known_unit IS NULL
