-- why: a unit that does not fit its drug (cocaine in plants) is an error, never a silent conversion.
-- kind: row
-- column: unit
-- value: unit
-- detail: drug_name || ' (use ' || (SELECT string_agg(u.input_unit, ' or ' ORDER BY u.input_unit) FROM ref_drug_input_unit u WHERE u.drug = drug_name) || ')'
known_unit IS NOT NULL AND drug_unit IS NOT NULL AND drug_input_unit IS NULL
